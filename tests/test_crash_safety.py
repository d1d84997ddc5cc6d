"""A build killed at any moment leaves the previous build or the new one, whole; its workers die with it.

Each test starts `kg build` in a child process that stops at one point of the build (while extracting, after
half the exports are written, just after the new build was swapped in), kills it with SIGKILL there, and
compares the output folder file by file with the previous build and with the same build run to its end.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.build import build

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
BEFORE = ("en_01.txt", "ru_01.txt")
AFTER = ("en_01.txt", "ru_01.txt", "uk_01.txt", "en_02.txt", "ru_02.txt")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills processes the Linux way")

STOPPER = r'''
import os, sys, time
from pathlib import Path

point, marker, out, *inputs = sys.argv[1:]

def stop_here():
    with open(marker, "a") as handle:
        handle.write(f"{os.getpid()}\n")
    time.sleep(600)

import kg.build as build_module
import kg.extract.worker as worker_module
import kg.publish as publish_module
from kg import export

if point == "extract":
    worker_module.extract_long_article = lambda article: stop_here()
elif point == "export":
    write_neo4j = export.EXPORTERS["neo4j"]
    def half_written(lines, folder):
        write_neo4j(lines, folder)
        stop_here()
    export.EXPORTERS["neo4j"] = half_written
elif point == "swap":
    exchange = publish_module._exchange
    def swapped(a, b):
        done = exchange(a, b)
        stop_here()
        return done
    publish_module._exchange = swapped
build_module.build([Path(i) for i in inputs], Path(out), workers=2, validate=False)
'''


def _folder(names: tuple[str, ...], where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, where / name)
    return where


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its parent's reaper is late


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("crash")
    before, after = _folder(BEFORE, root / "before"), _folder(AFTER, root / "after")
    build([before], root / "previous", validate=False)
    build([after], root / "complete", validate=False)
    return {"before": before, "after": after, "previous": root / "previous", "complete": root / "complete"}


def _kill_at(point: str, builds: dict[str, Path], tmp_path: Path) -> tuple[Path, list[int]]:
    out = tmp_path / "work" / "out"
    out.parent.mkdir()
    shutil.copytree(builds["previous"], out)
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", STOPPER, point, str(marker), str(out), str(builds["after"])],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while not (marker.exists() and marker.read_text().strip()):
        if child.poll() is not None:
            pytest.fail(f"the build ended before reaching {point}: {child.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            child.kill()
            pytest.fail(f"the build never reached {point}")
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    child.stderr.close()
    pids = [int(line) for line in marker.read_text().split()]
    return out, [p for p in pids if p != child.pid]


def test_killed_while_extracting_leaves_the_previous_build_and_no_worker(builds: dict[str, Path],
                                                                         tmp_path: Path) -> None:
    out, workers = _kill_at("extract", builds, tmp_path)
    assert _snapshot(out) == _snapshot(builds["previous"])
    assert workers, "the extraction ran in worker processes"
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)], "workers outlived the killed build"


def test_killed_while_writing_exports_leaves_the_previous_build(builds: dict[str, Path], tmp_path: Path) -> None:
    out, _ = _kill_at("export", builds, tmp_path)
    assert _snapshot(out) == _snapshot(builds["previous"])
    assert [p.name for p in out.parent.iterdir() if ".kg-staging-" in p.name], "a half-written staging folder"


def test_killed_just_after_the_swap_leaves_the_new_build(builds: dict[str, Path], tmp_path: Path) -> None:
    out, _ = _kill_at("swap", builds, tmp_path)
    assert _snapshot(out) == _snapshot(builds["complete"])


def test_the_next_build_removes_what_a_killed_build_left(builds: dict[str, Path], tmp_path: Path) -> None:
    out, _ = _kill_at("export", builds, tmp_path)
    build([builds["before"]], out, validate=False)
    assert not [p.name for p in out.parent.iterdir() if p.name != "out"]
    assert _snapshot(out) == _snapshot(builds["previous"])


def test_a_build_keeps_the_users_own_files_in_the_output_folder(builds: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(builds["previous"], out)
    (out / "NOTES.md").write_text("my notes", encoding="utf-8")
    (out / "mine").mkdir()
    (out / "mine" / "a.txt").write_text("kept", encoding="utf-8")
    build([builds["after"]], out, validate=False)
    assert (out / "NOTES.md").read_text(encoding="utf-8") == "my notes"
    assert (out / "mine" / "a.txt").read_text(encoding="utf-8") == "kept"
    theirs = {k: v for k, v in _snapshot(out).items() if k not in ("NOTES.md", "mine/a.txt")}
    assert theirs == _snapshot(builds["complete"])


def test_outputs_of_an_earlier_build_that_this_one_does_not_write_are_not_left_behind(
        builds: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(builds["previous"], out)
    (out / "validation.txt").write_text("stale report of another build", encoding="utf-8")
    build([builds["after"]], out, validate=False)
    assert not (out / "validation.txt").exists()


def test_workers_end_with_their_parent() -> None:
    code = ("import os, time\n"
            "from concurrent.futures import ProcessPoolExecutor\n"
            "from kg.publish import die_with_parent\n"
            "pool = ProcessPoolExecutor(1, initializer=die_with_parent)\n"
            "future = pool.submit(os.getpid)\n"
            "print(future.result(), flush=True)\n"
            "time.sleep(600)\n")
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE)
    assert child.stdout is not None
    worker = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    deadline = time.monotonic() + 20
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(worker)


def test_without_an_atomic_exchange_the_build_is_still_swapped_in_whole(builds: dict[str, Path], tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import publish

    monkeypatch.setattr(publish, "_exchange", lambda a, b: False)  # as on macOS or Windows
    out = tmp_path / "out"
    shutil.copytree(builds["previous"], out)
    build([builds["after"]], out, validate=False)
    assert _snapshot(out) == _snapshot(builds["complete"])
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_build_killed_between_the_two_renames_is_put_back_by_the_next(builds: dict[str, Path],
                                                                        tmp_path: Path) -> None:
    from kg.publish import _HOST, clean_stale

    aside = tmp_path / f".out.kg-old-{_HOST}-999999999-abcd"
    shutil.copytree(builds["previous"], aside)  # OUT renamed aside, the new build never renamed in
    clean_stale(tmp_path / "out")
    assert _snapshot(tmp_path / "out") == _snapshot(builds["previous"])
    assert not aside.exists()


def test_a_staging_folder_of_a_running_build_is_left_alone(tmp_path: Path) -> None:
    from kg.publish import _HOST, clean_stale

    running = tmp_path / f".out.kg-staging-{_HOST}-{os.getppid()}-abcd"
    dead = tmp_path / f".out.kg-staging-{_HOST}-999999999-abcd"
    running.mkdir()
    dead.mkdir()
    clean_stale(tmp_path / "out")
    assert running.exists() and not dead.exists()


def test_the_current_folder_is_never_an_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", str(EXAMPLES / "en_01.txt"), "-o", "."]) == 2
    assert "current folder" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
