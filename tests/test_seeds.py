"""The seed articles, built and scored with the shared scorer (skipped where ../shared is absent)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _score(shared: Path, graph: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(graph),
                          str(shared / "seeds-gold"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout[:out.stdout.rindex("}") + 1])


def test_seed_build_scores_macro_f1_of_at_least_0_60_with_no_article_missing(shared, seeds_build):
    result = _score(shared, seeds_build / "graph.trig")
    assert result["articles_missing"] == []
    kinds = ("actors", "meetings_full", "invitations", "treaties", "commodity_facts")
    macro = sum(result[k]["f1"] for k in kinds) / len(kinds)
    assert macro >= 0.60, result


def test_seed_build_finds_the_main_meeting_of_every_article(shared, seeds_build):
    result = _score(shared, seeds_build / "graph.trig")
    assert result["meetings"]["tp"] >= 5


def test_seed_graphs_conform_to_the_shapes(seeds_build):
    report = json.loads((seeds_build / "validation.json").read_text())
    assert report["violations"] == 0, report["results"][:3]


def _store(build_dir: Path):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(build_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    return store


PREFIX = """PREFIX kg: <https://w3id.org/entente/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/>
"""
XI_PUTIN = """?m kg:participant ?x , ?p . ?x owl:sameAs <http://www.wikidata.org/entity/Q15031> .
              ?p owl:sameAs <http://www.wikidata.org/entity/Q7747> ."""


def test_seeds_give_four_xi_putin_remote_talks_one_of_them_reported_by_two_articles(seeds_build):
    store = _store(seeds_build)
    rows = list(store.query(PREFIX + f"""SELECT ?m (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        {{ ?m a kg:PhoneCall }} UNION {{ ?m a kg:VideoCall }} {XI_PUTIN} ?m prov:wasDerivedFrom ?a }}
        GROUP BY ?m""", use_default_graph_as_union=True))
    assert sorted(int(r["n"].value) for r in rows) == [1, 1, 1, 2]


def test_seeds_give_one_accepted_invitation_of_putin_to_china_for_the_first_half_of_2026(seeds_build):
    store = _store(seeds_build)
    rows = list(store.query(PREFIX + """SELECT ?i (GROUP_CONCAT(DISTINCT ?id) AS ?ids) WHERE {
        ?i a kg:Invitation ; kg:invitee/owl:sameAs <http://www.wikidata.org/entity/Q7747> ;
           kg:destination/owl:sameAs <http://www.wikidata.org/entity/Q148> ; kg:accepted true ;
           prov:wasDerivedFrom/dcterms:identifier ?id } GROUP BY ?i""", use_default_graph_as_union=True))
    assert len(rows) == 1
    assert sorted(rows[0]["ids"].value.split()) == ["001_03229a18f41ac658.txt", "004_297b037b5d841f92.txt"]


def test_the_2025_invitation_to_china_is_fulfilled_by_the_beijing_meeting_of_september_2025(seeds_build):
    store = _store(seeds_build)
    rows = list(store.query(PREFIX + """SELECT DISTINCT ?d WHERE { ?i kg:fulfilledBy ?m .
        ?i kg:invitee/owl:sameAs <http://www.wikidata.org/entity/Q7747> . ?m a kg:InPersonMeeting ; kg:date ?d }""",
        use_default_graph_as_union=True))
    assert [r["d"].value for r in rows] == ["2025-09"]


def test_conflicts_list_the_date_and_duration_of_the_february_2026_call_with_quotes(seeds_build):
    text = (seeds_build / "conflicts.md").read_text(encoding="utf-8")
    assert "## Vladimir Putin–Xi Jinping video call, 2026-02-03: date" in text  # named by its label
    for value in ("2026-02-03", "2026-02-04", "1 h 25 min", "1 h 30 min", "001_03229a18f41ac658.txt",
                  "004_297b037b5d841f92.txt"):
        assert value in text
