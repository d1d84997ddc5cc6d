"""Reasoning: the inferred graph triple by triple, HermiT's consistency check (skipped without Java),
and `kg reason` / `kg build --reason`."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.reason import INFERRED_GRAPH, Schema, explain_clashes, materialise, ontology_triples

KG = "https://w3id.org/entente/ontology#"
ID = "https://w3id.org/entente/id/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIXES = """@prefix kg: <https://w3id.org/entente/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix a: <https://w3id.org/entente/id/actor/> .
@prefix f: <https://w3id.org/entente/id/fact/> .
"""


def _java() -> bool:
    from kg.reason import java_available

    return java_available()


needs_java = pytest.mark.skipif(not _java(), reason="Java is not installed: HermiT cannot run")


def _triples(turtle: str) -> set[tuple[str, str, str]]:
    import pyoxigraph as ox

    from kg.reason import _term

    return {(_term(t.subject), _term(t.predicate), _term(t.object))
            for t in ox.parse(PREFIXES + turtle, format=ox.RdfFormat.TURTLE)}


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.load(ontology_triples())


DATA = """
a:putin a kg:Person . a:xi a kg:Person . a:modi a kg:Person . a:beijing a kg:City .
f:m a kg:Meeting , kg:InPersonMeeting ; kg:participant a:putin , a:xi , a:modi ; kg:place a:beijing .
f:i a kg:Invitation ; kg:inviter a:xi ; kg:invitee a:putin .
f:claim a kg:MeetingClaim ; kg:about f:m ; kg:participant a:putin , a:xi ; kg:date "2025-05-08" .
<https://w3id.org/entente/id/article/x> kg:mentions a:beijing , a:putin .
f:t kg:commodity <https://w3id.org/entente/id/commodity/oil> .
f:c2 kg:about f:t .
"""


def test_inverse_properties_are_materialised(schema: Schema) -> None:
    new, _ = materialise(_triples(DATA), schema)
    for actor in ("putin", "xi", "modi"):
        assert (ID + "actor/" + actor, KG + "participatedIn", ID + "fact/m") in new
    assert (ID + "actor/putin", KG + "invitedTo", ID + "fact/i") in new
    assert (ID + "actor/xi", KG + "invitedTo", ID + "fact/i") not in new  # the inviter is not invited


def test_met_with_links_every_two_distinct_participants_both_ways(schema: Schema) -> None:
    new, _ = materialise(_triples(DATA), schema)
    met = {(s, o) for s, p, o in new if p == KG + "metWith"}
    people = [ID + "actor/" + a for a in ("putin", "xi", "modi")]
    assert met == {(a, b) for a in people for b in people if a != b}


def test_types_follow_from_domains_ranges_and_superclasses(schema: Schema) -> None:
    new, why = materialise(_triples(DATA), schema)
    types = {(s, o) for s, p, o in new if p == TYPE}
    assert (ID + "actor/putin", KG + "Actor") in types  # Person ⊑ Actor
    assert (ID + "actor/beijing", KG + "Place") in types  # City ⊑ Place
    assert (ID + "fact/m", KG + "Fact") in types
    assert (ID + "fact/c2", KG + "Claim") in types  # domain of kg:about
    assert (ID + "fact/t", KG + "Fact") in types  # range of kg:about
    assert (ID + "commodity/oil", KG + "Commodity") in types  # range of kg:commodity
    assert "domain" in why[(ID + "fact/c2", KG + "Claim")]


def test_no_wrong_types_are_inferred(schema: Schema) -> None:
    new, _ = materialise(_triples(DATA), schema)
    types = {(s, o) for s, p, o in new if p == TYPE}
    assert (ID + "actor/beijing", KG + "Actor") not in types  # mentioned, but a city is no actor
    # a claim states a meeting's values, but is no meeting: each meeting is counted once, reasoner or not
    assert not {(ID + "fact/claim", KG + c) for c in ("Meeting", "Fact", "Evidence")} & types
    assert (ID + "fact/t", KG + "TradeFact") not in types  # kg:commodity belongs to figures and their claims
    assert not any(p == KG + "metWith" and s == o for s, p, o in new)


def test_asserted_triples_are_not_repeated(schema: Schema) -> None:
    data = _triples(DATA)
    new, _ = materialise(data, schema)
    assert not new & data


def test_disjoint_classes_are_explained_without_a_reasoner(schema: Schema) -> None:
    data = _triples('a:georgia a kg:Person ; rdfs:label "Georgia"@en . f:m kg:place a:georgia .')
    new, why = materialise(data, schema)
    lines = explain_clashes(data | new, why, schema)
    assert len(lines) == 1
    assert "Georgia" in lines[0] and "kg:Person" in lines[0] and "kg:Place" in lines[0] and "range" in lines[0]


BAD = PREFIXES + """
a:putin a kg:Person ; rdfs:label "Vladimir Putin"@en .
a:russia a kg:Country ; rdfs:label "Russia"@en .
f:call a kg:Meeting , kg:PhoneCall , kg:InPersonMeeting ; kg:participant a:putin , a:russia .
"""


@needs_java
def test_hermit_rejects_an_inconsistent_graph_and_says_why(tmp_path: Path) -> None:
    from kg.reason import reason_file

    path = tmp_path / "bad.ttl"
    path.write_text(BAD, encoding="utf-8")
    report = reason_file(path)
    assert report.consistent is False and report.reasoner == "HermiT"
    assert any("Phone call" in line and "In-person meeting" in line and "disjoint" in line
               for line in report.explanation), report.explanation


@needs_java
def test_kg_reason_accepts_a_consistent_graph_and_writes_the_inferred_graph(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    from kg.cli import main

    path = tmp_path / "good.ttl"
    path.write_text(PREFIXES + DATA, encoding="utf-8")
    assert main(["reason", str(path), "-o", str(tmp_path / "inferred.nq")]) == 0
    assert "consistent (HermiT)" in capsys.readouterr().out
    quads = list(ox.parse(path=str(tmp_path / "inferred.nq"), format=ox.RdfFormat.N_QUADS))
    assert quads and {q.graph_name.value for q in quads} == {INFERRED_GRAPH}


@needs_java
def test_kg_reason_exits_3_on_an_inconsistent_graph(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from kg.cli import main

    path = tmp_path / "bad.ttl"
    path.write_text(BAD, encoding="utf-8")
    assert main(["reason", str(path)]) == 3
    out = capsys.readouterr().out
    assert "INCONSISTENT" in out and "disjoint" in out


def test_without_java_the_check_is_skipped_with_a_clear_note(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import kg.reason
    from kg.reason import reason_file

    monkeypatch.setattr(kg.reason, "java_available", lambda: False)
    good = tmp_path / "good.ttl"
    good.write_text(PREFIXES + DATA, encoding="utf-8")
    report = reason_file(good)
    assert report.consistent is None and "Java is not installed" in report.reasoner
    bad = tmp_path / "bad.ttl"
    bad.write_text(BAD, encoding="utf-8")
    report = reason_file(bad)  # the disjointness check still runs
    assert report.consistent is False and report.explanation


@needs_java
def test_build_with_reason_adds_the_inferred_graph_to_the_outputs(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg.cli import main

    article = tmp_path / "a.txt"
    article.write_text(" date 2025-05-13\nVladimir Putin held talks with Xi Jinping in Moscow on Tuesday.\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(article), "-o", str(out), "--reason", "--quiet"]) in (0, 1)
    inferred = (out / "inferred.nq").read_text(encoding="utf-8")
    assert f"<{KG}participatedIn>" in inferred and f"<{KG}metWith>" in inferred
    graphs = {q.graph_name.value for q in ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
              if isinstance(q.graph_name, ox.NamedNode)}
    assert INFERRED_GRAPH in graphs
    trig = {q.graph_name.value for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
            if isinstance(q.graph_name, ox.NamedNode)}
    assert INFERRED_GRAPH in trig
