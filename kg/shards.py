"""The build's work folder: extraction shards a killed build can be resumed from, and per-run graph shards.

`.OUT.kg-work/` lies beside the output folder (never inside it, so it is never published). Extraction writes
each batch of articles' facts as one shard file (written whole, then renamed into place): a line per article,
`KEY<TAB>PAYLOAD`, where KEY is a digest of the article's content and of this code's version (every source and
data file of the package), and PAYLOAD is the article's `.kg-facts` JSON (kg/cache.py) or `!` and a JSON reason
for a skipped article. `kg build ... --into OUT` after a build was killed reuses every article whose KEY is found
in a shard, whatever batch it was in; a build without --into starts a new work folder; a published build removes
its work folder (the `.kg-facts` cache serves the next --into).
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from .records import Article, ArticleFacts, Skipped

SHARD_ARTICLES = 256  # articles per extraction shard: at most this many are extracted again after a kill


def work_folder(out: Path) -> Path:
    """The work folder of builds into OUT."""
    return out.parent / f".{out.name}.kg-work"


@cache
def code_version() -> str:
    """A digest of every file of the installed package (code, lexicons, gazetteer, shapes): a shard written by
    other code is never reused."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def article_key(article: Article) -> str:
    """The digest an article's shard line is found by: its content (every field) and the code's version."""
    return hashlib.sha256(f"{code_version()}\x1f{article!r}".encode()).hexdigest()[:32]


def shard_line(key: str, result: ArticleFacts | Skipped, payload: str | None) -> str:
    if isinstance(result, Skipped):
        return f"{key}\t!{json.dumps([result.source, result.reason], ensure_ascii=False)}\n"
    return f"{key}\t{payload}\n"


def write_shard(folder: Path, lines: list[str]) -> Path:
    """Writes one shard whole (a killed build leaves no half shard) and gives its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"extract-{secrets.token_hex(8)}.tsv"
    tmp = path.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(lines))
    os.replace(tmp, path)
    return path


def finished(folder: Path, wanted: Iterable[str],
             keep: Callable[[ArticleFacts | Skipped], Any] | None = None) -> dict[str, Any]:
    """The results found in the folder's shards for the keys in `wanted` (unreadable lines are ignored:
    those articles are extracted again), each as `keep` makes it from the result read (default: as read), so
    that a resumed build need not hold every article's whole facts at once."""
    from .cache import read_payload

    wanted = set(wanted)
    found: dict[str, Any] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("extract-*.tsv")):
        with open(path, encoding="utf-8", newline="\n") as handle:
            for line in handle:
                key, _, payload = line.rstrip("\n").partition("\t")
                if key not in wanted or key in found:
                    continue
                try:
                    if payload.startswith("!"):
                        source, reason = json.loads(payload[1:])
                        result: ArticleFacts | Skipped = Skipped(source, reason)
                    else:
                        result = read_payload(payload)
                except (ValueError, TypeError, KeyError):
                    continue
                found[key] = keep(result) if keep is not None else result
    return found


def payloads(folder: Path, keys: dict[str, str]) -> Iterable[tuple[str, str]]:
    """(article id, cache text) of the articles whose key (`keys`: key -> article id) a shard holds."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("extract-*.tsv")):
        with open(path, encoding="utf-8", newline="\n") as handle:
            for line in handle:
                key, _, payload = line.rstrip("\n").partition("\t")
                if key in keys and not payload.startswith("!"):
                    yield keys[key], payload


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
