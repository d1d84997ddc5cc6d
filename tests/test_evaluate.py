"""`kg eval`: the scores of kg.evaluate equal the reference scorer's; misses and false hits are listed."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.evaluate import KINDS, MACRO_KINDS, EvalResult, evaluate, minutes

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _reference(graph: Path, gold: Path) -> tuple[dict, float]:
    """The reference scorer's per-kind numbers and macro-F1 (needs ../shared)."""
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is absent")
    out = subprocess.run([sys.executable, str(SCORER), str(graph), str(gold), "--json"],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out[:out.rindex("}") + 1])
    return data, float(out.rsplit("macro-F1", 1)[1])


def _assert_same_as_reference(result: EvalResult, graph: Path, gold: Path) -> None:
    reference, macro = _reference(graph, gold)
    data = result.as_data()
    for kind in KINDS:
        assert data[kind] == reference[kind], kind
    assert data["articles_missing"] == reference["articles_missing"]
    assert f"{result.macro_f1:.3f}" == f"{macro:.3f}"


# ------------------------------------------------------------------------------- (a) the examples

@pytest.mark.parametrize("name", ["graph.trig", "graph.nq", "graph.ttl"])
def test_examples_score_exactly_as_the_reference_scorer(examples_build: Path, name: str) -> None:
    gold = ROOT / "examples" / "gold"
    result = evaluate(examples_build / name, gold)
    assert result.articles == len(list(gold.glob("*.json")))
    assert result.articles_missing == ()
    _assert_same_as_reference(result, examples_build / name, gold)


def test_examples_lists_one_miss_per_false_negative_and_one_hit_per_false_positive(examples_build: Path) -> None:
    result = evaluate(examples_build / "graph.trig", ROOT / "examples" / "gold")
    for s in result.scores:
        assert sum(m.kind == s.kind for m in result.misses) == s.fn
        assert sum(f.kind == s.kind for f in result.false_hits) == s.fp
    facts = [f for f in result.false_hits if f.kind != "actors"]
    assert facts and all(f.evidence for f in facts), "every false hit of a fact carries its quote"


# ---------------------------------------------------------------------------------- (b) the devset

@pytest.fixture(scope="module")
def devset_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("devset")
    build([ROOT / "devset" / "articles"], out)
    return out


def test_devset_result_has_every_kind_and_a_macro_f1_between_0_and_1(devset_build: Path) -> None:
    result = evaluate(devset_build / "graph.trig", ROOT / "devset" / "gold")
    assert result.articles == 30
    assert [s.kind for s in result.scores] == list(KINDS)
    assert isinstance(result.macro_f1, float) and 0.0 <= result.macro_f1 <= 1.0
    data = json.loads(result.as_json())
    assert set(KINDS) | {"macro_f1", "articles_missing", "misses", "false_hits"} <= set(data)
    for kind in KINDS:
        assert set(data[kind]) == {"tp", "fp", "fn", "p", "r", "f1"}
        assert all(0.0 <= data[kind][k] <= 1.0 for k in ("p", "r", "f1"))
    for m in data["misses"]:
        assert set(m) == {"article", "kind", "summary", "evidence"}
    for f in data["false_hits"]:
        assert set(f) == {"article", "kind", "iri", "summary", "evidence"}


def test_devset_score_exactly_as_the_reference_scorer(devset_build: Path) -> None:
    gold = ROOT / "devset" / "gold"
    _assert_same_as_reference(evaluate(devset_build / "graph.trig", gold), devset_build / "graph.trig", gold)


# ------------------------------------------------------------------ (c) a hand-made graph, known counts

TRIG = """\
@prefix kg: <https://w3id.org/entente/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix : <https://example.org/id/> .

:putin a kg:Person ; owl:sameAs wd:Q7747 ; rdfs:label "Vladimir Putin"@en , "Владимир Путин"@ru .
:xi a kg:Person ; owl:sameAs wd:Q15031 ; rdfs:label "Xi Jinping"@en .
:biden a kg:Person ; owl:sameAs wd:Q6279 ; rdfs:label "Joe Biden"@en .
:russia a kg:Country ; owl:sameAs wd:Q159 ; rdfs:label "Russia"@en .
:china a kg:Country ; owl:sameAs wd:Q148 ; rdfs:label "China"@en .
:a1 a kg:Article ; dcterms:identifier "a1.txt" .
:a2 a kg:Article ; dcterms:identifier "a2.txt" .

# the merged view: its date is another article's, the claim of a1 is in a1's graph
:call a kg:PhoneCall , kg:Meeting ; kg:date "2026-02-03"^^xsd:date ;
    kg:participant :putin , :xi ; prov:wasDerivedFrom :a1 , :a2 .

:a1 {
  :a1 kg:mentions :putin , :xi , :biden , :russia , :china .
  :call a kg:PhoneCall , kg:Meeting ; prov:wasDerivedFrom :a1 ; kg:date "2026-02-04"^^xsd:date ;
      kg:duration "PT1H25M"^^xsd:duration ; kg:participant :putin , :xi ; kg:evidence :e1 .
  :e1 a kg:Evidence ; kg:quote "Putin and Xi spoke by phone for 85 minutes." ; kg:inArticle :a1 .
  :visit a kg:InPersonMeeting , kg:Meeting ; prov:wasDerivedFrom :a1 ; kg:date "2025-06"^^xsd:gYearMonth ;
      kg:participant :putin , :xi ; kg:evidence :e2 .
  :e2 a kg:Evidence ; kg:quote "They last met in Beijing." ; kg:inArticle :a1 .
  :lunch a kg:InPersonMeeting , kg:Meeting ; prov:wasDerivedFrom :a1 ;
      kg:participant :putin , :biden ; kg:evidence :e3 .
  :e3 a kg:Evidence ; kg:quote "Putin lunched with Biden in Geneva." ; kg:inArticle :a1 .
  :inv a kg:Invitation ; prov:wasDerivedFrom :a1 ; kg:inviter :xi ; kg:invitee :putin ; kg:destination :china .
  :start a kg:Treaty ; prov:wasDerivedFrom :a1 ; rdfs:label "New START"@en ; kg:party :russia , :biden ;
      kg:evidence :e4 .
  :e4 a kg:Evidence ; kg:quote "New START expires next year." ; kg:inArticle :a1 .
  :oil a kg:TradeFact ; prov:wasDerivedFrom :a1 ; kg:commodity <https://example.org/id/commodity/crude-oil> ;
      kg:supplier :russia ; kg:buyer :china ; kg:valueUSD 1.0E11 .
}
"""

GOLD = {
    "doc": "a1.txt", "published": "2026-02-05", "language": "en",
    "actors": [
        {"name": "Vladimir Putin", "type": "Person", "wikidata": "Q7747", "mentions": ["Putin"]},
        {"name": "Xi Jinping", "type": "Person", "wikidata": "Q15031", "mentions": ["Xi"]},
        {"name": "Russia", "type": "Country", "wikidata": "Q159", "mentions": ["Russia"]},
        {"name": "China", "type": "Country", "wikidata": "Q148", "mentions": ["China"]},
        {"name": "Narendra Modi", "type": "Person", "wikidata": "Q1058", "mentions": ["Modi"]},
    ],
    "meetings": [
        {"participants": ["Vladimir Putin", "Xi Jinping"], "medium": "phone", "date": "2026-02-04",
         "duration_minutes": 85, "place": None, "evidence": "Putin and Xi spoke by phone for 85 minutes."},
        {"participants": ["Vladimir Putin", "Xi Jinping"], "medium": "in_person", "date": "2025-05",
         "duration_minutes": None, "place": "Beijing", "evidence": "They last met in Beijing."},
        {"participants": ["Vladimir Putin", "Narendra Modi"], "medium": "video", "date": None,
         "duration_minutes": None, "place": None, "evidence": "Putin held a video call with Modi."},
    ],
    "invitations": [
        {"inviter": "Xi Jinping", "invitee": "Vladimir Putin", "destination": "China", "occasion": None,
         "time": None, "accepted": None, "evidence": "Xi invited Putin to China."},
    ],
    "treaties": [],
    "commodity_facts": [
        {"commodity": "crude oil", "supplier": "Russia", "buyer": "China", "value": 100, "unit": "USD billion",
         "period": "2024", "evidence": "Russia sold China $100 billion of oil."},
        {"commodity": "LNG", "supplier": "Russia", "buyer": "China", "value": None, "unit": "USD billion",
         "period": None, "evidence": "Russia also ships LNG to China."},
    ],
}


@pytest.fixture()
def handmade(tmp_path: Path) -> tuple[Path, Path]:
    graph = tmp_path / "graph.trig"
    graph.write_text(TRIG, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (gold / "cross-document.json").write_text('{"same_events": []}', encoding="utf-8")
    return graph, gold


EXPECTED = {  # kind: (tp, fp, fn)
    "actors": (4, 1, 1),  # Biden is a false hit, Modi a miss
    "meetings": (2, 1, 1),  # both Putin-Xi meetings by participants; the lunch is extra; Modi's call missed
    "meetings_full": (1, 2, 2),  # the visit's date (2025-06) is not the gold's (2025-05)
    "invitations": (1, 0, 0),
    "treaties": (0, 1, 0),
    "commodity_facts": (1, 0, 1),
}


def test_handmade_graph_has_the_known_counts(handmade: tuple[Path, Path]) -> None:
    result = evaluate(*handmade)
    assert {s.kind: (s.tp, s.fp, s.fn) for s in result.scores} == EXPECTED
    assert result.articles == 1 and result.articles_missing == ()
    full = result.score("meetings_full")
    assert math.isclose(full.precision, 1 / 3) and math.isclose(full.recall, 1 / 3)
    treaties = result.score("treaties")
    assert (treaties.precision, treaties.recall, treaties.f1) == (0.0, 1.0, 0.0)
    f1 = {s.kind: round(s.f1, 3) for s in result.scores}
    assert math.isclose(result.macro_f1, sum(f1[k] for k in MACRO_KINDS) / 5)


def test_handmade_graph_reads_the_articles_own_claim_over_the_merged_value(handmade: tuple[Path, Path]) -> None:
    # the merged call says 2026-02-03; a1's graph says 2026-02-04 as the gold does: a full match
    result = evaluate(*handmade)
    assert not any(h.iri.endswith("/call") for h in result.false_hits)


def test_handmade_graph_lists_misses_and_false_hits_with_their_evidence(handmade: tuple[Path, Path]) -> None:
    result = evaluate(*handmade)
    misses = {(m.kind, m.evidence) for m in result.misses}
    assert ("meetings", "Putin held a video call with Modi.") in misses
    assert ("meetings_full", "They last met in Beijing.") in misses
    assert ("commodity_facts", "Russia also ships LNG to China.") in misses
    assert any(m.kind == "actors" and m.summary.startswith("Narendra Modi") for m in result.misses)
    assert all(m.article == "a1.txt" for m in result.misses)
    hits = {(h.kind, h.iri): h for h in result.false_hits}
    lunch = hits[("meetings", "https://example.org/id/lunch")]
    assert lunch.article == "a1.txt" and lunch.evidence == ("Putin lunched with Biden in Geneva.",)
    assert "Joe Biden" in lunch.summary and "Vladimir Putin" in lunch.summary
    assert hits[("treaties", "https://example.org/id/start")].evidence == ("New START expires next year.",)
    assert ("actors", "https://example.org/id/biden") in hits
    assert len(result.false_hits) == sum(fp for _, fp, _ in EXPECTED.values())

    text = result.as_text()
    assert "a1.txt" in text and "Putin lunched with Biden in Geneva." in text and "Narendra Modi" in text
    data = json.loads(result.as_json())
    assert data["meetings_full"] == {"tp": 1, "fp": 2, "fn": 2, "p": 0.333, "r": 0.333, "f1": 0.333}
    assert {"article": "a1.txt", "kind": "meetings", "summary": lunch.summary,
            "iri": "https://example.org/id/lunch", "evidence": ["Putin lunched with Biden in Geneva."]} \
        in data["false_hits"]


def test_handmade_graph_scores_exactly_as_the_reference_scorer(handmade: tuple[Path, Path]) -> None:
    result = evaluate(*handmade)
    _assert_same_as_reference(result, *handmade)


def test_an_article_missing_from_the_graph_counts_all_its_gold_as_misses(handmade: tuple[Path, Path]) -> None:
    graph, gold = handmade
    (gold / "b.json").write_text(json.dumps(dict(GOLD, doc="b.txt")), encoding="utf-8")
    result = evaluate(graph, gold)
    assert result.articles_missing == ("b.txt",)
    assert result.score("actors").fn == 1 + 5
    assert sum(m.article == "b.txt" for m in result.misses) == 5 + 3 + 3 + 1 + 2


def test_durations_are_read_in_minutes() -> None:
    assert minutes("PT1H25M") == 85 and minutes("P0DT1H30M") == 90 and minutes("PT90S") == 1.5
    assert minutes("P") is None and minutes("1 hour") is None


# -------------------------------------------------------------------------------------- errors

def test_a_gold_folder_without_json_files_is_named(tmp_path: Path, handmade: tuple[Path, Path]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(KgError) as err:
        evaluate(handmade[0], empty)
    assert str(empty) in err.value.message and err.value.hint


def test_a_graph_that_cannot_be_loaded_is_named(tmp_path: Path, handmade: tuple[Path, Path]) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> {{{ not rdf", encoding="utf-8")
    for graph in (broken, tmp_path / "absent.trig", tmp_path / "graph.rdfxml"):
        with pytest.raises(KgError) as err:
            evaluate(graph, handmade[1])
        assert str(graph) in err.value.message and err.value.hint


# ------------------------------------------------------------------------------------------ (d) CLI

def test_cli_eval_prints_the_table(handmade: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    graph, gold = handmade
    assert main(["eval", str(gold), "--graph", str(graph)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2].split() == ["kind", "tp", "fp", "fn", "P", "R", "F1"]
    for kind in KINDS:
        assert any(line.split()[:1] == [kind] for line in out.splitlines())
    assert "macro-F1" in out and "false hits" in out and "misses" in out


def test_cli_eval_json(handmade: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    graph, gold = handmade
    assert main(["eval", str(gold), "--graph", str(graph), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["actors"]["tp"] == 4 and data["misses"] and data["false_hits"]


def test_cli_eval_reports_a_missing_graph_with_exit_code_2(handmade: tuple[Path, Path], tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(handmade[1]), "--graph", str(tmp_path / "none.trig")]) == 2
    err = capsys.readouterr().err
    assert "none.trig" in err and "hint:" in err
