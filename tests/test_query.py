"""kg query: saved queries on the examples build, parameter binding, output formats, the CLI."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.errors import KgError
from kg.query import (
    bind_params,
    find_query,
    format_csv,
    format_json,
    format_table,
    parse_param_args,
    run_query,
    saved_queries,
    scan,
    term_values,
)

PUTIN, XI, RUSSIA, USA = "Q7747", "Q15031", "Q159", "Q30"
REQUIRED = {"meetings-between": {"a": PUTIN, "b": XI}}


def rows(build: Path, query: str, **params: str) -> list[dict[str, str]]:
    """The query's solutions as dicts of plain values ('' when unbound)."""
    result = run_query(build, query, params)
    return [{v: ("" if t is None else t.value) for v, t in zip(result.variables, row)} for row in result.rows]


# ------------------------------------------------------------------------------------------- saved queries
def test_every_saved_query_is_listed() -> None:
    assert set(saved_queries()) == {"meetings-between", "invitations", "treaties", "commodity-figures",
                                    "who-meets-whom", "conflicts"}


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_query_header_says_what_it_answers_and_its_params_are_variables(name: str) -> None:
    saved = saved_queries()[name]
    assert saved.text.startswith("# ") and len(saved.description) > 20
    variables = scan(saved.text).variables
    for param in saved.params:
        assert param.name in variables and param.help


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_query_runs_on_the_examples_and_finds_something(examples_build: Path, name: str) -> None:
    assert rows(examples_build, name, **REQUIRED.get(name, {}))


def test_meetings_between_putin_and_xi_in_date_order_with_sources(examples_build: Path) -> None:
    found = rows(examples_build, "meetings-between", a=PUTIN, b=XI)
    assert len(found) >= 2
    dates = [r["date"] for r in found]
    assert all(dates) and dates == sorted(dates)
    assert any(r["date"] == "2025-01-21" and r["medium"] == "video" for r in found)
    for r in found:
        assert "Vladimir Putin" in r["participants"] and "Xi Jinping" in r["participants"]
        assert r["sources"].endswith(".txt") and r["medium"] in {"phone", "video", "in person"}


def test_meetings_between_is_symmetric_and_takes_iris_too(examples_build: Path) -> None:
    forward = rows(examples_build, "meetings-between", a=PUTIN, b=XI)
    assert rows(examples_build, "meetings-between", a=XI, b=PUTIN) == forward
    by_iri = rows(examples_build, "meetings-between", a="http://www.wikidata.org/entity/Q7747",
                  b="https://w3id.org/entente/id/actor/xi-jinping")
    assert by_iri == forward


def test_meetings_between_an_unknown_actor_is_empty(examples_build: Path) -> None:
    assert rows(examples_build, "meetings-between", a=PUTIN, b="Q999999999") == []


def test_invitations_say_accepted_and_fulfilled(examples_build: Path) -> None:
    found = rows(examples_build, "invitations")
    assert {r["accepted"] for r in found} <= {"yes", "no", ""} and any(r["accepted"] == "yes" for r in found)
    fulfilled = [r for r in found if r["fulfilled"] == "yes"]
    assert fulfilled and all(r["fulfilledOn"] for r in fulfilled)
    assert any(r["invited"] == "Xi Jinping" and r["destination"] == "Moscow" for r in fulfilled)
    assert all(r["sources"] for r in found)


def test_invitations_of_one_invitee(examples_build: Path) -> None:
    found = rows(examples_build, "invitations", invitee=PUTIN)
    assert found and {r["invited"] for r in found} == {"Vladimir Putin"}
    assert len(found) < len(rows(examples_build, "invitations"))


def test_treaties_show_status_and_disputes(examples_build: Path) -> None:
    found = rows(examples_build, "treaties")
    new_start = next(r for r in found if r["name"] == "New START")
    assert {"Russia", "United States"} <= set(new_start["parties"].split(", "))
    assert new_start["status"] == "expired"  # one answer: the latest report's (a status changes over time)
    assert new_start["disputed"] == "status"  # "2010" and the lexicon's "2010-04-08" agree
    assert new_start["signedOn"] == "2010-04-08"  # from Entente's treaty lexicon
    assert len(new_start["sources"].split()) == 3
    signed = [r["signedOn"] for r in found if r["signedOn"]]
    assert signed == sorted(signed)


def test_treaties_of_one_party(examples_build: Path) -> None:
    with_usa = rows(examples_build, "treaties", party=USA)
    assert with_usa and all("United States" in r["parties"] for r in with_usa)
    assert any(r["name"] == "Power of Siberia 2 memorandum" for r in rows(examples_build, "treaties", party=RUSSIA))
    assert not any(r["name"] == "Power of Siberia 2 memorandum" for r in with_usa)


def test_commodity_figures_of_trade_turnover_over_time(examples_build: Path) -> None:
    found = rows(examples_build, "commodity-figures", commodity="trade turnover")
    assert found and {r["commodityName"] for r in found} == {"total trade turnover"}
    china_brazil = next(r for r in found if r["value"] == "188000000000")
    assert {"measure": "value", "unit": "USD", "period": "2024", "sources": "en_01.txt"}.items() <= china_brazil.items()
    assert set(china_brazil["parties"].split(", ")) == {"China", "Brazil"}  # a turnover has no direction
    assert china_brazil["supplier"] == china_brazil["buyer"] == "" and china_brazil["status"] == "reported"
    periods = [r["period"][:4] for r in found if r["period"]]
    assert periods == sorted(periods)


def test_commodity_figures_match_label_key_or_iri(examples_build: Path) -> None:
    by_label = rows(examples_build, "commodity-figures", commodity="Crude Oil")
    assert by_label and {r["commodityName"] for r in by_label} == {"crude oil"}
    assert rows(examples_build, "commodity-figures", commodity="crude_oil") == by_label
    assert rows(examples_build, "commodity-figures",
                commodity="https://w3id.org/entente/id/commodity/crude-oil") == by_label


def test_commodity_figures_without_commodity_cover_every_commodity(examples_build: Path) -> None:
    names = {r["commodityName"] for r in rows(examples_build, "commodity-figures")}
    assert {"crude oil", "natural gas", "total trade turnover"} <= names


def test_who_meets_whom_counts_shared_meetings(examples_build: Path) -> None:
    found = rows(examples_build, "who-meets-whom")
    counts = [int(r["meetings"]) for r in found]
    assert counts == sorted(counts, reverse=True)
    pair = next(r for r in found if {r["actor1"], r["actor2"]} == {"Vladimir Putin", "Xi Jinping"})
    assert int(pair["meetings"]) == len(rows(examples_build, "meetings-between", a=PUTIN, b=XI))
    assert all(r["iri1"] < r["iri2"] for r in found)


def test_who_meets_whom_of_one_actor(examples_build: Path) -> None:
    found = rows(examples_build, "who-meets-whom", actor=PUTIN)
    assert found and all("Vladimir Putin" in (r["actor1"], r["actor2"]) for r in found)


def test_conflicts_list_each_sources_value_and_quote(examples_build: Path) -> None:
    found = rows(examples_build, "conflicts")
    expected = json.loads((examples_build / "conflicts.json").read_text(encoding="utf-8"))
    assert len(found) == sum(len(c["claims"]) for c in expected)
    status = [r for r in found if r["name"] == "New START" and r["property"] == "status"]
    assert {r["value"] for r in status} >= {"expiring"} and len({r["value"] for r in status}) >= 2
    assert all(r["source"].endswith(".txt") and r["quote"] and r["published"] for r in found)


# ------------------------------------------------------------------------------------------- finding queries
def test_an_unknown_query_name_lists_the_saved_ones() -> None:
    with pytest.raises(KgError) as err:
        find_query("meetings-betwen")
    assert "meetings-betwen" in err.value.message and "meetings-between" in (err.value.hint or "")


def test_a_query_file_is_read_with_its_header(tmp_path: Path, examples_build: Path) -> None:
    file = tmp_path / "mine.rq"
    file.write_text("# Treaties by label.\n# param t: a treaty label\nSELECT ?x WHERE { ?x <http://www.w3.org/2000/"
                    "01/rdf-schema#label> ?l FILTER(STR(?l) = ?t) }\n", encoding="utf-8")
    _, saved = find_query(str(file))
    assert saved is not None and saved.description == "Treaties by label." and saved.params[0].name == "t"
    assert len(rows(examples_build, str(file), t="New START")) == 1
    with pytest.raises(KgError, match="needs --param t"):
        run_query(examples_build, str(file))


def test_a_missing_query_file_is_named() -> None:
    with pytest.raises(KgError, match="no query file"):
        find_query("nowhere/q.rq")


# ------------------------------------------------------------------------------------------- parameters
@pytest.mark.parametrize("query, inserted_after", [
    ("SELECT ?a WHERE { ?a ?p ?o }", "WHERE {"),
    ("SELECT * { ?a ?p ?o }", "* {"),
    ("ASK { ?a ?p ?o }", "ASK {"),
    ("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", "WHERE {"),
    ('SELECT ?a WHERE { ?a ?p "WHERE { }" }', "?a WHERE {"),
    ("PREFIX ex: <http://e/{x}#> SELECT ?a # WHERE {\nWHERE { ?a ex:where ?o }", "\nWHERE {"),
])
def test_values_go_at_the_top_of_the_where_group(query: str, inserted_after: str) -> None:
    bound = bind_params(query, {"a": ["<http://e/1>"]})
    assert inserted_after + " VALUES ?a { <http://e/1> }" in bound


def test_a_sub_select_group_is_wrapped() -> None:
    bound = bind_params("SELECT ?a WHERE { SELECT ?a WHERE { ?a ?p ?o } }", {"a": ["1"]})
    assert bound.replace("  ", " ").startswith("SELECT ?a WHERE { VALUES ?a { 1 } { SELECT ?a WHERE")


@pytest.mark.parametrize("raw, expected", [
    ("Q7747", ["<http://www.wikidata.org/entity/Q7747>"]),
    ("wd:Q7747", ["<http://www.wikidata.org/entity/Q7747>"]),
    ("<urn:x:1>", ["<urn:x:1>"]),
    ("kg:Treaty", ["<https://w3id.org/entente/ontology#Treaty>"]),
    ("2024", ['"2024"^^<http://www.w3.org/2001/XMLSchema#integer>']),
    ("-7.5", ['"-7.5"^^<http://www.w3.org/2001/XMLSchema#decimal>']),
    ('crude "oil" }', ['"crude \\"oil\\" }"']),
    ("Q7747x", ['"Q7747x"']),
])
def test_parameter_values_become_one_rdf_term(raw: str, expected: list[str]) -> None:
    assert term_values(raw) == expected


def test_a_qid_also_binds_what_is_same_as_it(examples_build: Path) -> None:
    from kg.store import load_graph

    assert "<https://w3id.org/entente/id/actor/vladimir-putin>" in term_values(PUTIN, load_graph(examples_build))


def test_an_invalid_iri_is_refused() -> None:
    with pytest.raises(KgError, match="not a valid IRI"):
        term_values("<http://a b>")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_text_parameter_comes_back_unchanged(text: str) -> None:
    import pyoxigraph as ox

    from kg.query import execute

    terms = term_values(text)
    assume(not terms[0].startswith("<"))  # Q-ids and IRIs become IRIs, tested above
    assume("^^" not in terms[0])  # numbers become typed literals in canonical form ("00" -> 0)
    result = execute(ox.Store(), bind_params("SELECT ?v WHERE { }", {"v": terms}))
    assert [row[0].value for row in result.rows] == [text]


def test_parameters_are_checked_against_the_query(examples_build: Path) -> None:
    with pytest.raises(KgError, match="has no parameter 'c'"):
        run_query(examples_build, "meetings-between", {"a": PUTIN, "b": XI, "c": "1"})
    with pytest.raises(KgError, match="no variable \\?zz"):
        run_query(examples_build, "SELECT ?x WHERE { ?x ?p ?o }", {"zz": "1"})
    with pytest.raises(KgError, match="bad --param"):
        parse_param_args(["a"])
    assert parse_param_args(["a=Q1", "?b=x=y"]) == {"a": "Q1", "b": "x=y"}


# ------------------------------------------------------------------------------------------- formats
def test_csv_and_json_follow_the_sparql_results_formats(examples_build: Path) -> None:
    result = run_query(examples_build, "meetings-between", {"a": PUTIN, "b": XI})
    text = format_csv(result)
    assert text.startswith("date,endDate,medium,duration,place,disputed,participants,sources,meeting\r\n")
    table = list(csv.reader(io.StringIO(text)))
    assert len(table) == len(result.rows) + 1 and table[1][8].startswith("https://w3id.org/entente/id/meeting/")
    doc = json.loads(format_json(result))
    assert doc["head"]["vars"] == result.variables
    first = doc["results"]["bindings"][0]
    assert first["meeting"]["type"] == "uri" and first["date"] == {"type": "literal", "value": table[1][0]}


def test_json_keeps_datatypes_and_languages(examples_build: Path) -> None:
    result = run_query(examples_build, "PREFIX kg: <https://w3id.org/entente/ontology#> "
                                       "SELECT ?d ?l WHERE { ?t a kg:Treaty ; kg:signedOn ?d ; "
                                       "<http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 1")
    binding = json.loads(format_json(result))["results"]["bindings"][0]
    assert binding["d"]["datatype"].startswith("http://www.w3.org/2001/XMLSchema#")
    assert binding["l"]["xml:lang"] == "en"


def test_ask_and_construct_results(examples_build: Path) -> None:
    ask = run_query(examples_build, "ASK { ?s a <https://w3id.org/entente/ontology#Treaty> }")
    assert format_table(ask) == "true\n" and json.loads(format_json(ask)) == {"head": {}, "boolean": True}
    graph = run_query(examples_build, "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3")
    assert format_table(graph).count(" .\n") == 3
    with pytest.raises(KgError):
        format_json(graph)


def test_the_table_is_aligned_and_counts_rows(examples_build: Path) -> None:
    text = format_table(run_query(examples_build, "who-meets-whom"))
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["actor1", "actor2", "meetings"] and set(lines[1]) <= {"-", " "}
    assert lines[-1] == f"({len(lines) - 3} rows)"
    assert all(line[lines[0].index("meetings")].isdigit() for line in lines[2:-1])


def test_the_projects_prefixes_are_predeclared(examples_build: Path) -> None:
    found = rows(examples_build, "SELECT DISTINCT ?q WHERE { ?t a kg:Treaty ; kg:party/owl:sameAs ?q }")
    assert {"http://www.wikidata.org/entity/Q159", "http://www.wikidata.org/entity/Q30"} <= {r["q"] for r in found}


def test_the_default_graph_is_the_union_without_repeats(examples_build: Path) -> None:
    found = rows(examples_build, "SELECT ?t WHERE { ?t a <https://w3id.org/entente/ontology#Treaty> }")
    assert found and len(found) == len({r["t"] for r in found})


# ------------------------------------------------------------------------------------------- CLI
def test_cli_query_prints_a_table(examples_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["query", "meetings-between", "--graph", str(examples_build), "--param", f"a={PUTIN}",
                 "--param", f"b={XI}"])
    out = capsys.readouterr().out
    assert code == 0 and out.splitlines()[0].startswith("date") and "Xi Jinping" in out


def test_cli_query_json_and_a_graph_file(examples_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["query", "treaties", "--graph", str(examples_build / "graph.trig"), "--format", "json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["results"]["bindings"]


def test_cli_unknown_query_exits_2_and_lists_the_saved_ones(examples_build: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["query", "meetings", "--graph", str(examples_build)])
    err = capsys.readouterr().err
    assert code == 2 and "error: no saved query named 'meetings'" in err and "conflicts" in err


def test_cli_missing_graph_says_how_to_build_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["query", "treaties", "--graph", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert code == 2 and "kg build" in err


def test_cli_sparql_syntax_error_exits_2(examples_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["query", "SELECT ?x WHERE { ?x ?p }", "--graph", str(examples_build)])
    assert code == 2 and "SPARQL syntax error" in capsys.readouterr().err
