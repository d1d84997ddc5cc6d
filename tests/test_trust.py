"""One answer per question, and provenance that holds up: merged facts and each source's claims apart."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from kg.build import build
from kg.gazetteer import load_gazetteer
from kg.iris import Iris
from kg.records import Article, ArticleFacts, Evidence, PartialDate, Period, TradeFact
from kg.resolve import preferred_values, resolve

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = """PREFIX kg: <https://w3id.org/entente/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
SINGLE_VALUED = [
    "date", "endDate", "duration", "place", "status", "signedOn", "valueUSD", "barrelsPerDay", "tonnes",
    "cubicMetresPerYear", "changePercent", "rank", "accepted", "inviter", "invitee", "destination", "occasion",
    "period", "timeFrame", "commodity", "independentSources"
]


def _store(graph: Path):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
    return store


def _rows(store, query: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return list(store.query(PREFIXES + query, use_default_graph_as_union=True))


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("trust") / "exports"
    build([ROOT / "examples" / "articles"], out, workers=1)
    return out


# ------------------------------------------------------------------------------------------------ one answer
def test_no_fact_states_two_values_of_a_single_valued_property_over_the_union_graph(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    props = " ".join("kg:" + p for p in SINGLE_VALUED)
    found = _rows(store, f"""SELECT ?f ?p (COUNT(DISTINCT ?v) AS ?n) WHERE {{
        ?f a ?c ; ?p ?v . VALUES ?c {{ kg:Meeting kg:Invitation kg:Treaty kg:TradeFact }} VALUES ?p {{ {props} }} }}
        GROUP BY ?f ?p HAVING (COUNT(DISTINCT ?v) > 1)""")
    assert found == []


def test_a_claim_is_never_an_instance_of_a_fact_class(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    assert _rows(store, """SELECT ?c WHERE { ?c a kg:Claim ; a ?t .
        VALUES ?t { kg:Meeting kg:Invitation kg:Treaty kg:TradeFact } }""") == []
    meetings = _rows(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a kg:Meeting }")[0]["n"].value
    claims_about = _rows(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?c a kg:MeetingClaim ; kg:about ?m }")
    assert meetings == claims_about[0]["n"].value  # every meeting counted once, and each has its claims


def test_the_readme_snippet_lists_each_meeting_once(examples: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = re.search(r'q = """(.*?)"""', readme, flags=re.S).group(1)  # type: ignore[union-attr]
    store = _store(examples / "graph.trig")
    rows = list(store.query(query, use_default_graph_as_union=True))
    names = [r["participants"].value.split(" & ") for r in rows]
    assert rows and all(len(set(n)) == len(n) for n in names)  # "Vladimir Putin & Vladimir Putin" no more
    assert len(rows) == len(_rows(store, "SELECT ?m WHERE { ?m a kg:Meeting }"))


def test_who_said_what_is_one_hop_from_the_fact(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    rows = _rows(store, """SELECT ?article ?status WHERE { ?t a kg:Treaty ; rdfs:label "New START"@en .
        GRAPH ?g { ?c kg:about ?t ; kg:status ?status ; prov:wasDerivedFrom ?a } ?a dcterms:identifier ?article }""")
    said = {(str(r["article"].value), str(r["status"].value)) for r in rows}
    assert ("ru_03.txt", "expiring") in said and ("uk_03.txt", "expired") in said


# ------------------------------------------------------------------------------------------------ knowledge
def test_new_start_signing_date_comes_from_the_knowledge_source(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    sources = {r["src"].value for r in _rows(store, """SELECT ?src WHERE { ?t rdfs:label "New START"@en .
        GRAPH ?g { ?c kg:about ?t ; kg:signedOn "2010-04-08"^^<http://www.w3.org/2001/XMLSchema#date> ;
                   prov:wasDerivedFrom ?src } }""")}
    assert sources == {"https://w3id.org/entente/id/source/entente-knowledge"}
    assert bool(store.query(PREFIXES + """ASK { <https://w3id.org/entente/id/source/entente-knowledge>
        a kg:KnowledgeSource ; kg:version ?v }"""))


@pytest.mark.parametrize("prop", ["owl:sameAs", "rdfs:label"])
def test_no_article_claim_carries_a_value_only_entente_knows(examples: Path, prop: str) -> None:
    store = _store(examples / "graph.trig")
    assert _rows(store, f"""SELECT ?c WHERE {{ GRAPH ?g {{ ?c a kg:Claim ; {prop} ?v ;
        prov:wasDerivedFrom ?a }} ?a a kg:Article }}""") == []


def test_an_article_claims_a_signing_date_only_where_its_text_gives_one(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "examples" / "articles").glob("*.txt")}
    for r in _rows(store, """SELECT ?id ?d WHERE { GRAPH ?g { ?c kg:signedOn ?d ; prov:wasDerivedFrom ?a }
                             ?a dcterms:identifier ?id }"""):
        assert r["d"].value[:4] in texts[r["id"].value], (r["id"].value, r["d"].value)


def test_a_gazetteer_actor_is_derived_from_the_knowledge_source(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    assert bool(store.query(PREFIXES + """ASK { <https://w3id.org/entente/id/actor/vladimir-putin>
        owl:sameAs ?q ; prov:wasDerivedFrom <https://w3id.org/entente/id/source/entente-knowledge> }"""))


# ------------------------------------------------------------------------------------------------ trade figures
def _figure(article: str, value: float, status: str = "reported", period: str | None = "2024",
            commodity: str = "trade_turnover", supplier: str = "russia", buyer: str = "china") -> ArticleFacts:
    ev = (Evidence(article, 0, 10, "figure text", "trade"),)
    span = Period(PartialDate(int(period)), PartialDate(int(period))) if period else None
    fact = TradeFact(commodity, "valueUSD", value, ev, supplier, buyer, span, status)
    return ArticleFacts(Article(article, "figure text", "en", date(2025, 2, 1)), trade_facts=(fact,))


def _merge(*articles: ArticleFacts):  # type: ignore[no-untyped-def]
    return resolve(list(articles), load_gazetteer(), Iris())


def test_figures_within_rounding_are_one_fact_without_conflict() -> None:
    resolution = _merge(_figure("a", 244.8e9), _figure("b", 245e9))
    assert len(resolution.facts) == 1 and resolution.conflicts == []
    assert preferred_values(resolution.facts[0], resolution.published).value == 244.8e9  # the more precise


def test_figures_for_one_period_farther_apart_are_one_fact_in_conflict() -> None:
    resolution = _merge(_figure("a", 220e9), _figure("b", 245e9))
    assert len(resolution.facts) == 1
    (conflict,) = resolution.conflicts
    assert conflict.prop == "valueUSD" and {c.source for c in conflict.claims} == {"a", "b"}


def test_a_target_is_never_merged_with_a_reported_figure() -> None:
    resolution = _merge(_figure("a", 200e9, status="target"), _figure("b", 200e9))
    assert len(resolution.facts) == 2 and resolution.conflicts == []


def test_a_turnover_is_the_same_fact_whichever_side_is_named_first() -> None:
    resolution = _merge(_figure("a", 245e9), _figure("b", 245e9, supplier="china", buyer="russia"))
    assert len(resolution.facts) == 1


def test_a_turnover_has_two_parties_and_no_direction(examples: Path) -> None:
    store = _store(examples / "graph.trig")
    directed = _rows(store, """SELECT ?f WHERE { ?f kg:commodity ?c ; kg:supplier|kg:buyer ?x .
        FILTER(STRENDS(STR(?c), "trade-turnover")) }""")
    parties = _rows(store, """SELECT ?f (COUNT(?p) AS ?n) WHERE { ?f a kg:TradeFact ; kg:commodity ?c ; kg:party ?p .
        FILTER(STRENDS(STR(?c), "trade-turnover")) } GROUP BY ?f""")
    assert directed == [] and parties and all(r["n"].value == "2" for r in parties)


def test_an_undated_figure_joins_the_dated_report_it_retells() -> None:
    resolution = _merge(_figure("a", 108.5e6, period="2024", commodity="crude_oil"),
                        _figure("b", 108.5e6, period=None, commodity="crude_oil"))
    (fact,) = resolution.facts
    assert preferred_values(fact, resolution.published).period.iso() == "2024"


# ------------------------------------------------------------------------------------------------ conflicts
def test_conflicts_name_the_fact_and_show_values_in_one_human_form(examples: Path) -> None:
    rows = json.loads((examples / "conflicts.json").read_text(encoding="utf-8"))
    assert rows and all(not r["label"].startswith("http") for r in rows)
    assert all(c["source"] and "quote" in c for r in rows for c in r["claims"])
    markdown = (examples / "conflicts.md").read_text(encoding="utf-8")
    assert "## New START: status" in markdown and "PT" not in markdown.replace("https", "")


def test_a_less_precise_date_is_no_conflict() -> None:
    from kg.records import Treaty
    from kg.resolve import ConflictClaim, MergedFact, find_conflicts

    ev = (Evidence("a", 0, 1, "q", "treaties"),)
    fact = MergedFact("treaty", "x", [("a", Treaty("k", "K", (), ev, signed_on=PartialDate(2010))),
                                       ("b", Treaty("k", "K", (), ev, signed_on=PartialDate(2010, 4, 8)))])
    assert find_conflicts(fact) == []
    fact.claims.append(("c", Treaty("k", "K", (), ev, signed_on=PartialDate(2011))))
    (conflict,) = find_conflicts(fact)
    assert ConflictClaim("c", 0, "2011", "q") in conflict.claims


# ------------------------------------------------------------------------------------------------ queries
def test_who_meets_whom_gives_first_and_last_dates_when_some_meetings_are_undated(examples: Path) -> None:
    from kg.query import run_query

    result = run_query(examples, "who-meets-whom", {})
    rows = [dict(zip(result.variables, r)) for r in result.rows]
    dated = [r for r in rows if _has_dated_meeting(examples, r)]
    assert dated and all(_text(r["first"]) and _text(r["last"]) for r in dated)


def _text(term: object) -> str:
    return str(getattr(term, "value", term or ""))


def _has_dated_meeting(examples: Path, row: dict) -> bool:  # type: ignore[type-arg]
    store = _store(examples / "graph.trig")
    return bool(store.query(PREFIXES + f"""ASK {{ ?m a kg:Meeting ; kg:date ?d ;
        kg:participant <{_iri(row['iri1'])}> , <{_iri(row['iri2'])}> }}""", use_default_graph_as_union=True))


def _iri(term: object) -> str:
    return str(getattr(term, "value", term)).strip("<>")


# one row per fact: (saved query, its parameters, the column naming the fact, or None for rows per pair/claim)
SAVED = [("meetings-between", {"a": "Q7747", "b": "Q15031"}, "meeting"), ("invitations", {}, "invitation"),
         ("treaties", {}, "treaty"), ("commodity-figures", {}, "fact"), ("who-meets-whom", {}, None),
         ("conflicts", {}, None)]


@pytest.mark.parametrize("name,params,column", SAVED, ids=[s[0] for s in SAVED])
def test_every_saved_query_gives_one_row_per_fact(examples: Path, name: str, params: dict, column: str | None) -> None:  # type: ignore[type-arg]
    from kg.query import run_query

    result = run_query(examples, name, params)
    rows = [dict(zip(result.variables, r)) for r in result.rows]
    assert rows, name
    if column is not None:
        facts = [str(r[column]) for r in rows]
        assert len(facts) == len(set(facts)), name
    if name == "who-meets-whom":
        pairs = [(str(r["iri1"]), str(r["iri2"])) for r in rows]
        assert len(pairs) == len(set(pairs))
    if name == "conflicts":  # one row per claim in a conflict, as conflicts.json lists them
        expected = json.loads((examples / "conflicts.json").read_text(encoding="utf-8"))
        assert len(rows) == sum(len(c["claims"]) for c in expected)


def test_two_meetings_of_one_pair_on_one_day_in_one_article_stay_two_facts() -> None:
    from kg.records import Meeting

    ev1, ev2 = Evidence("a", 0, 10, "in Beijing", "meetings"), Evidence("a", 20, 30, "in Budapest", "meetings")
    day = PartialDate(2023, 10, 17)
    told = ArticleFacts(Article("a", "text", "en", date(2023, 10, 18)), meetings=(
        Meeting("in_person", ("viktor-orban", "vladimir-putin"), (ev1,), day, place="beijing"),
        Meeting("in_person", ("viktor-orban", "vladimir-putin"), (ev2,), day, place="budapest")))
    resolution = _merge(told)
    assert len({f.iri for f in resolution.facts}) == 2
    assert {preferred_values(f, resolution.published).place for f in resolution.facts} == {"beijing", "budapest"}


def test_a_third_report_never_chains_two_meetings_one_article_tells_apart() -> None:
    from kg.records import Meeting

    pair = ("vladimir-putin", "xi-jinping")

    def told(article: str, *days: int) -> ArticleFacts:
        meetings = tuple(Meeting("in_person", pair, (Evidence(article, 10 * d, 10 * d + 5, f"day {d}", "meetings"),),
                                 PartialDate(2025, 3, d)) for d in days)
        return ArticleFacts(Article(article, "text", "en", date(2025, 3, 25)), meetings=meetings)

    resolution = _merge(told("a", 20, 21), told("b", 21))  # b's report lies within a day of both of a's
    assert len([f for f in resolution.facts if f.kind == "meeting"]) == 2


def test_every_party_entente_knows_of_is_described_as_an_actor() -> None:
    from helpers import facts

    told = facts("Анкара высоко оценила зерновую сделку.", "ru", date(2025, 3, 14))
    resolution = _merge(told)
    (treaty,) = resolution.facts
    known = preferred_values(treaty, resolution.published)
    assert "un" in known.parties and set(known.parties) <= set(resolution.actors)
