"""explorer.html without a browser: what it embeds, how it escapes it, that it loads nothing from elsewhere,
and that it is the same bytes whatever the hash seed. The page in Chromium: tests/test_explorer_browser.py."""
from __future__ import annotations

import base64
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.export import EXPORTERS
from kg.export.explorer import FACT_LAYOUT, _conflict, _Strings, explorer_data, explorer_page, script_json
from kg.export.neo4j import PropertyGraph, property_graph
from kg.ingest import clean_text

ROOT = Path(__file__).resolve().parent.parent
DATA_BLOCK = re.compile(r'<script type="application/json" id="[a-z-]+" data-encoding="([^"]+)">(.*?)</script>', re.S)
HOSTILE_TEXT = "</script><script>alert(1)</script> <!-- \u2028 \u2029 </SCRIPT > & 'quotes' \"double\""


def graph_of(build: Path) -> PropertyGraph:
    lines = [line[:-2] for line in (build / "graph.nq").read_text(encoding="utf-8").splitlines() if line]
    return property_graph(lines)


def block(page: str, element_id: str) -> object:
    """One data block as the browser reads it: the first `</script` ends it, whatever its case."""
    start = page.index(f'id="{element_id}"')
    end = page.lower().index("</script", start)
    match = DATA_BLOCK.match(page[page.rindex("<script", 0, start):end + len("</script>")])
    assert match, f"the {element_id} block is not where the page's script looks for it"
    encoding, payload = match.groups()
    if encoding == "gzip+base64":
        payload = gzip.decompress(base64.b64decode(payload)).decode("utf-8")
    return json.loads(payload)


def embedded(page: str) -> dict:  # type: ignore[type-arg]
    """The page's data: the main block with the strings block read back in."""
    data = block(page, "entente-data")
    assert isinstance(data, dict) and "strings" not in data
    return {**data, "strings": block(page, "entente-strings")}


def test_explorer_is_a_registered_exporter_that_a_build_runs(examples_build: Path) -> None:
    assert "explorer" in EXPORTERS
    page = (examples_build / "explorer.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def test_the_page_refers_to_no_file_or_server_outside_itself(examples_build: Path) -> None:
    page = (examples_build / "explorer.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|<img\b|<iframe\b|@import|url\(", page, re.I)
    assert page.count("<script") == 3  # two data blocks and the inlined script


def test_the_data_holds_every_fact_source_quote_and_conflict_of_the_property_graph(examples_build: Path) -> None:
    graph = graph_of(examples_build)
    data = embedded((examples_build / "explorer.html").read_text(encoding="utf-8"))
    facts = [n for n in graph.nodes.values() if n.group in FACT_LAYOUT]
    assert len(data["facts"]) == len(facts)
    quotes = {q for r in graph.relationships if r.type == "DERIVED_FROM" for q in r.props.get("evidence", ())}
    assert quotes and quotes <= set(data["strings"])
    sources = sum(1 for r in graph.relationships
                  if r.type == "DERIVED_FROM" and graph.nodes[r.start].group in FACT_LAYOUT)
    assert sum(_count_sources(row[1]) for row in data["facts"]) == sources
    conflicts = sum(len(n.props.get("conflicts", ())) for n in facts)
    assert conflicts and sum(len(row[2] or []) // 3 for row in data["facts"]) == conflicts


def _count_sources(flat: list[int] | int) -> int:
    count, at = 0, 0
    while flat and at < len(flat):
        count, at = count + 1, at + 2 + flat[at + 1]
    return count


def test_each_string_is_stored_once_and_referred_to_by_index(examples_build: Path) -> None:
    data = embedded((examples_build / "explorer.html").read_text(encoding="utf-8"))
    assert len(set(data["strings"])) == len(data["strings"])
    page = (examples_build / "explorer.html").read_text(encoding="utf-8")
    longest = max(data["strings"], key=len)
    assert page.count(json.dumps(longest, ensure_ascii=False)[1:-1].replace("<", "\\u003c")) == 1


@given(st.text())
def test_any_text_survives_script_escaping_and_cannot_end_the_script_element(text: str) -> None:
    payload = script_json({"quote": text, "list": [text, HOSTILE_TEXT]})
    assert "</" not in payload and "<!--" not in payload
    assert "\u2028" not in payload and "\u2029" not in payload
    assert json.loads(payload) == {"quote": text, "list": [text, HOSTILE_TEXT]}
    payload.encode("utf-8")  # no lone surrogate left to break the file's encoding


def test_hostile_article_text_is_embedded_intact(tmp_path: Path) -> None:
    from kg.build import build

    source = tmp_path / "hostile.jsonl"
    record = {"id": "a</script>b", "title": HOSTILE_TEXT, "published": "2025-05-06", "lang": "en",
              "text": f"Vladimir Putin held talks with Xi Jinping in Moscow on 5 May 2025. {HOSTILE_TEXT}\n"}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    build([source], tmp_path / "out", validate=False)
    page = (tmp_path / "out" / "explorer.html").read_text(encoding="utf-8")
    assert page.lower().count("</script") == 3
    data = embedded(page)
    # ingest turns U+2028/U+2029 into plain line breaks (one place normalises input); the rest arrives intact
    assert [a[0] for a in data["articles"]] == ["a</script>b"]
    assert data["articles"][0][1] == clean_text(HOSTILE_TEXT)


def test_a_large_data_block_is_gzipped_and_decodes_to_the_same_data(examples_build: Path) -> None:
    data = explorer_data(graph_of(examples_build))
    plain, packed = explorer_page(data), explorer_page(data, compress_above=0)
    assert 'data-encoding="json"' in plain and 'data-encoding="gzip+base64"' in packed
    assert embedded(packed) == embedded(plain) == json.loads(script_json(data))
    assert len(packed) < len(plain)


def test_page_is_byte_identical_across_processes_and_hash_seeds(examples_build: Path, tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from kg.export.explorer import write_explorer; "
            "lines = [l[:-2] for l in Path(sys.argv[1]).read_text(encoding='utf-8').splitlines() if l]; "
            "write_explorer(lines, Path(sys.argv[2]))")
    pages = []
    for seed in ("0", "4242"):
        out = tmp_path / seed
        out.mkdir()
        subprocess.run([sys.executable, "-c", code, str(examples_build / "graph.nq"), str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT)
        pages.append((out / "explorer.html").read_bytes())
    assert pages[0] == pages[1] == (examples_build / "explorer.html").read_bytes()


@pytest.mark.parametrize(("text", "expected"), [
    ("date: 2026-02-03 (004_a.txt)", ["date", "2026-02-03", "004_a.txt"]),
    ("duration: PT85M (web (mirror).txt)", ["duration", "PT85M", "web (mirror).txt"]),
    ("label: Treaty (of 2001) (a.txt)", ["label", "Treaty (of 2001)", "a.txt"]),
    ("status: expired (unknown.txt)", ["status", "expired (unknown.txt)", None]),  # near miss: no such article
])
def test_a_conflict_is_read_back_to_its_property_value_and_article(text: str, expected: list[object]) -> None:
    identifiers = {"004_a.txt": 0, "web (mirror).txt": 1, "a.txt": 2, "mirror).txt": 3}
    strings = _Strings()
    prop, value, article = _conflict(text, identifiers, strings)
    names = {v: k for k, v in identifiers.items()}
    assert [strings.items[prop], strings.items[value], None if article is None else names[article]] == expected


class _LookupOnly(dict):
    def __iter__(self):
        raise AssertionError("the identifiers were scanned")

    def items(self):
        raise AssertionError("the identifiers were scanned")

    keys = values = items


def test_a_conflict_finds_its_article_by_lookup_not_by_scanning_every_identifier() -> None:
    # A build of 100k articles has 100k identifiers and tens of thousands of conflicts: a scan per conflict was the
    # explorer's whole cost at that size.
    identifiers = _LookupOnly({f"{n:06d}.txt": n for n in range(1000)})
    strings = _Strings()
    prop, value, article = _conflict("date: 2026-02-03 (000417.txt)", identifiers, strings)
    assert (strings.items[prop], strings.items[value], article) == ("date", "2026-02-03", 417)
