"""Properties of whole builds: whatever text or JSON values come in beside a good article, the build ends without
an exception, keeps the good article, writes RDF that parses, and offsets that point at the stored text.

Each example is a whole `kg build` (without SHACL), so the examples are few; the hostile matrix
(tests/test_hostile_inputs.py) holds the cases found this way and by hand.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import build
from kg.cache import load

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "examples" / "articles" / "en_01.txt"
DCT_ID = "http://purl.org/dc/terms/identifier"
UNNORMALISED = re.compile("[\ud800-\udfff\u2028\u2029\x85\x00-\x08\x0b-\x1f\x7f-\x9f]")
SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SEEDS = ["Vladimir Putin held talks with Xi Jinping in Moscow on 5 May 2025.",
         "Владимир Путин провёл телефонный разговор с Эрдоганом 3 марта.", ""]

# any code point, surrogates and controls included, with the separators scraped text carries made likely
unicode_text = st.text(alphabet=st.one_of(st.characters(codec=None, categories=None),
                                          st.sampled_from("\u2028\u2029\x85\x00\x0b\x0c\r\n\t\ufeff\ufffe\x1f")),
                       max_size=200)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | unicode_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6)


def _check(out: Path) -> None:
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    ids = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(DCT_ID), None, None)}
    assert "good/en_01.txt" in ids
    assert list(ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    for facts in load(out):
        stored = (facts.article.text, facts.article.id, facts.article.title or "", facts.article.url or "")
        assert not any(UNNORMALISED.search(field) for field in stored), stored
        for claim in (*facts.meetings, *facts.invitations, *facts.treaties, *facts.trade_facts):
            for ev in claim.evidence:
                assert facts.article.text[ev.start:ev.end] == ev.quote


def _inputs(root: Path) -> Path:
    shutil.rmtree(root, ignore_errors=True)
    (root / "good").mkdir(parents=True)
    shutil.copy(GOOD, root / "good" / "en_01.txt")
    return root


@SETTINGS
@given(texts=st.lists(st.tuples(st.sampled_from(SEEDS), unicode_text), min_size=1, max_size=3))
def test_random_unicode_beside_a_good_article_never_breaks_a_build(texts: list[tuple[str, str]],
                                                                   tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    root = _inputs(tmp_path_factory.mktemp("unicode") / "in")
    for i, (seed, noise) in enumerate(texts):
        half = len(seed) // 2
        (root / f"r{i}.txt").write_bytes((seed[:half] + noise + seed[half:]).encode("utf-8", "surrogatepass"))
    out = root.parent / "out"
    build([root], out, workers=1)
    _check(out)


@SETTINGS
@given(records=st.lists(st.dictionaries(st.sampled_from(["id", "title", "url", "published", "lang", "text"]),
                                        json_values, max_size=6), min_size=1, max_size=3), ascii_only=st.booleans())
def test_random_json_values_beside_a_good_article_never_break_a_build(records: list[dict[str, object]],
                                                                      ascii_only: bool,
                                                                      tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    root = _inputs(tmp_path_factory.mktemp("json") / "in")
    lines = []
    for record in records:
        if isinstance(record.get("text"), str):
            record["text"] = SEEDS[0] + str(record["text"])
        lines.append(json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass"))
    (root / "random.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    out = root.parent / "out"
    build([root], out, workers=1)
    _check(out)
