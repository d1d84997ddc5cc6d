"""The gazetteer's JSON files are what tools/gazetteer/build_gazetteer.py writes from the hand-curated tables beside
it, byte for byte: an edit made to the JSON alone would be lost at the next build."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "gazetteer" / "data"
BUILD = ROOT / "tools" / "gazetteer" / "build_gazetteer.py"
FILES = ("countries.json", "cities.json", "organizations.json", "media.json", "people.json")


def _differences(built: str, shipped: str) -> str:
    """Which entries differ, by key: only in the shipped file, only in the built one, different."""
    try:
        new = {e["key"]: e for e in json.loads(built)}
        old = {e["key"]: e for e in json.loads(shipped)}
    except (ValueError, KeyError, TypeError):
        return "the shipped file is no list of keyed entries"
    only_old = sorted(set(old) - set(new))
    only_new = sorted(set(new) - set(old))
    changed = sorted(k for k in old.keys() & new.keys()
                     if json.dumps(old[k], ensure_ascii=False) != json.dumps(new[k], ensure_ascii=False))
    if not (only_old or only_new or changed):
        return "same entries, another layout or order"
    return (f"{len(only_old)} only in the shipped file {only_old[:8]}, {len(only_new)} only in the tables "
            f"{only_new[:8]}, {len(changed)} different {changed[:8]}")


def test_build_from_the_tables_reproduces_every_shipped_json_file(tmp_path):
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILD)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    with contextlib.redirect_stdout(io.StringIO()):
        assert build.main(["--out", str(tmp_path)]) == 0
    wrong = []
    for name in FILES:
        built = (tmp_path / name).read_text(encoding="utf-8")
        shipped = (DATA / name).read_text(encoding="utf-8")
        if built != shipped:
            wrong.append(f"{name}: {_differences(built, shipped)}")
    assert not wrong, (
        "kg/gazetteer/data differs from what tools/gazetteer/build_gazetteer.py builds from the tables in "
        "tools/gazetteer/ (countries.tsv, country_extra.txt, cities_extra.txt, orgs.txt, media.txt, people.txt). "
        "The tables are the source: if you edited a table, run `python3 tools/gazetteer/build_gazetteer.py` and "
        "commit the JSON; if you edited the JSON by hand, make the same edit in the tables (a build would "
        "otherwise drop it).\n  " + "\n  ".join(wrong))
