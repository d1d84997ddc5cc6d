"""exports/ holds the outputs of examples/articles and is kept current: a build must reproduce it.

Regenerate after a reviewed change with:  KG_UPDATE_EXPORTS=1 python -m pytest tests/test_exports_current.py
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from kg.build import build

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "exports"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def test_committed_exports_are_what_the_examples_build_gives(tmp_path):
    out = tmp_path / "exports"
    build([ROOT / "examples" / "articles"], out)
    if os.environ.get("KG_UPDATE_EXPORTS"):
        shutil.rmtree(EXPORTS, ignore_errors=True)
        shutil.copytree(out, EXPORTS, ignore=shutil.ignore_patterns(".*"))
    built, committed = _files(out), _files(EXPORTS)
    assert sorted(built) == sorted(committed)
    stale = [name for name in built if built[name] != committed[name]]
    assert not stale, f"exports/ is stale ({stale}); regenerate: KG_UPDATE_EXPORTS=1 python -m pytest {__file__}"
