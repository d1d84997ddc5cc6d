"""Publishing a build: the output folder is replaced whole, in one step, never file by file.

A build is written into a staging folder beside OUT (`.OUT.kg-staging-HOST-PID-XXXX` in OUT's parent) and
then swapped with OUT in one atomic exchange of the two directory entries (Linux `renameat2(RENAME_EXCHANGE)`),
so a reader of `OUT/graph.trig`, `OUT/neo4j/`, ... sees the previous build or the new one, whole, whatever
moment the build is killed at. Where the exchange is not available, OUT is renamed aside and the staging
folder renamed into its place (a reader may then find OUT missing for an instant, never a mix), and a build
killed between the two renames is put back by the next `kg build`.

Entries of OUT that Entente does not write (a README, a .git folder) are carried into the new build by hard
links. Staging folders left by a killed build are removed by the next build into the same OUT.
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import socket
import sys
from pathlib import Path

from .errors import KgError

#: What a build writes into OUT; everything else found there belongs to the user and is kept.
OUTPUT_NAMES = frozenset({
    "graph.trig", "graph.nq", "graph.ttl", "graph.jsonld", "graph.gexf", "actors.gexf", "graph.graphml",
    "neo4j", "conflicts.md", "conflicts.json", "validation.txt", "validation.json", "validation.html",
    "inferred.nq", ".kg-facts"})
_HOST = "".join(ch if ch.isalnum() else "-" for ch in socket.gethostname())[:40] or "host"


def _prefix(out: Path, kind: str) -> str:
    return f".{out.name}.kg-{kind}-"


def check_out(out: Path) -> Path:
    """The absolute output folder, after checking a build may be published there."""
    out = Path(os.path.abspath(out))
    if out.is_symlink() and out.is_dir():
        out = out.resolve()  # the folder the link points at is replaced, the link kept
    if out.exists() and not out.is_dir():
        raise KgError(f"the output path {out} is a file, not a folder",
                      hint="give a folder for the outputs with -o (it is created if missing)")
    if out.is_dir() and os.path.ismount(out):
        raise KgError(f"the output folder {out} is a mount point, which cannot be swapped for a new build",
                      hint=f"give a folder inside it, e.g. -o {out / 'exports'}")
    if out.parent == out:
        raise KgError(f"cannot build into the root folder {out}", hint="give a folder of its own with -o")
    cwd = Path(os.path.abspath(os.getcwd()))
    if out == cwd or out in cwd.parents:
        raise KgError(f"the output folder {out} is the current folder or holds it; a build replaces its output "
                      "folder whole",
                      hint="give a folder of its own, e.g. -o exports")
    nearest = out.parent
    while not nearest.exists() and nearest.parent != nearest:
        nearest = nearest.parent
    if not os.access(nearest, os.W_OK | os.X_OK):  # said now, not after the extraction
        raise KgError(f"cannot write the output folder {out}: {nearest} is not writable",
                      hint=f"a build is written next to {out.name} and then swapped in; make {nearest} writable "
                           "or give another output folder with -o")
    if out.is_dir():
        try:
            names = {p.name for p in out.iterdir()}
        except OSError as err:
            raise KgError(f"cannot read the output folder {out} ({err.strerror or err})",
                          hint="check its permissions, or give another folder with -o") from err
        own = {n for n in names if not n.startswith(".")}  # hidden files (.gitkeep, .DS_Store) are kept anyway
        if own and not names & OUTPUT_NAMES:
            raise KgError(f"the output folder {out} holds files that are not an Entente build "
                          f"({', '.join(sorted(own)[:3])}{', ...' if len(own) > 3 else ''}); a build replaces "
                          "its output folder whole",
                          hint="give a new or empty folder with -o")
    return out


def staging_folder(out: Path) -> Path:
    """A new, empty staging folder beside OUT (OUT's parent is created if missing)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = out.parent / f"{_prefix(out, 'staging')}{_HOST}-{os.getpid()}-{secrets.token_hex(4)}"
        staging.mkdir()
    except OSError as err:
        raise KgError(f"cannot write beside the output folder {out} ({err.strerror or err})",
                      hint=f"a build is written next to {out.name} in {out.parent} and then swapped in; "
                           "make that folder writable or give another output folder with -o") from err
    return staging


def clean_stale(out: Path) -> list[Path]:
    """Removes the staging folders of builds into OUT that were killed on this machine; puts back an OUT
    renamed aside by a build killed mid-swap. Gives what it removed."""
    out = Path(os.path.abspath(out))
    parent = out.parent
    if not parent.is_dir():
        return []
    removed = []
    for kind in ("staging", "old"):
        prefix = _prefix(out, kind)
        try:
            entries = sorted(p for p in parent.iterdir() if p.name.startswith(prefix))
        except OSError:
            return removed
        for entry in entries:
            host, _, rest = entry.name[len(prefix):].rpartition("-")[0].rpartition("-")
            pid = rest
            if host != _HOST or not pid.isdigit() or _alive(int(pid)):
                continue
            if kind == "old" and not out.exists():
                os.rename(entry, out)  # killed between the two renames of the fallback swap: the old build is back
                continue
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish(staging: Path, out: Path) -> None:
    """Makes the build in `staging` the content of OUT in one step; the previous build is removed."""
    if out.is_dir():
        _carry_over(out, staging)
        if _exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous build
            return
        aside = out.parent / f"{_prefix(out, 'old')}{_HOST}-{os.getpid()}-{secrets.token_hex(4)}"
        os.rename(out, aside)
        os.rename(staging, out)
        shutil.rmtree(aside, ignore_errors=True)
        return
    os.rename(staging, out)


def _carry_over(out: Path, staging: Path) -> None:
    """Hard-links into `staging` the entries of OUT a build does not write (the user's own files)."""
    for entry in sorted(out.iterdir()):
        if entry.name in OUTPUT_NAMES or entry.name.startswith(".kg-build-"):
            continue
        target = staging / entry.name
        if target.exists() or target.is_symlink():
            continue
        if entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.is_dir():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(str(entry), str(target))


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swaps two directory entries atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV, errno.EPERM):
        return False  # a file system without RENAME_EXCHANGE (or OUT is a mount point): rename aside instead
    raise OSError(code, os.strerror(code), str(b))


def die_with_parent() -> None:
    """In a worker process: ends it when the process that started it ends (even by kill -9)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):  # no prctl: the parent check below still holds
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    parent = os.getppid()
    if parent == 1:  # the parent already ended before the signal was armed
        os._exit(1)
