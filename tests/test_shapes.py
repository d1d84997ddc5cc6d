"""Every shape, with conforming and violating data: tests/shacl/*.ttl hold the data and, in comments,
the expected results. Each file is validated with tests/shacl/_context.ttl (correct actors, an article,
its evidence) in the scope it names; the results must be exactly the expected (focus, path, severity).

File header:
    # shapes: kgsh:A kgsh:B            the shapes the file exercises (each shape is in some file)
    # scope: article | default | all   where the data would live (see kgsh:appliesTo)
    # expect: ex:node kg:path Severity one line per expected result; "-" for a result without a path
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.paths import shapes_file
from kg.validate import SCOPES, _index, _subject_units, validate_units

HERE = Path(__file__).parent / "shacl"
CASES = sorted(p for p in HERE.glob("*.ttl") if not p.name.startswith("_"))
PREFIXES = {"ex": "https://w3id.org/entente/id/test/", "kg": "https://w3id.org/entente/ontology#",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "owl": "http://www.w3.org/2002/07/owl#", "prov": "http://www.w3.org/ns/prov#",
            "dcterms": "http://purl.org/dc/terms/", "time": "http://www.w3.org/2006/time#",
            "kgsh": "https://w3id.org/entente/shapes#"}


def _expand(curie: str) -> str:
    if curie == "-":
        return ""
    return "/".join(PREFIXES[p] + local for p, local in (step.split(":", 1) for step in curie.split("/")))


def _header(path: Path, key: str) -> list[str]:
    return [line.split(":", 1)[1].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(f"# {key}:")]


def _ntriples(path: Path) -> str:
    import pyoxigraph as ox

    text = (HERE / "_context.ttl").read_text(encoding="utf-8") + "\n" + path.read_text(encoding="utf-8")
    return "".join(f"{t} .\n" for t in ox.parse(text, format=ox.RdfFormat.TURTLE))


ENGINES = ["pyshacl", "turbo"]  # the reference, and the engine (pyshacl-turbo)


def _validate(path: Path, scope: str, engine: str = "pyshacl") -> set[tuple[str, str, str]]:
    index = _index(_ntriples(path).splitlines())
    results = validate_units(_subject_units("test", index, 10**6), index, scope, workers=1, engine=engine)
    return {(r.focus, r.path, r.severity) for r in results}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_shapes_give_exactly_the_expected_results(case: Path, engine: str) -> None:
    (scope,) = _header(case, "scope")
    assert scope in SCOPES
    expected = set()
    for line in _header(case, "expect"):
        focus, path, severity = line.split()
        expected.add((_expand(focus), _expand(path), severity))
    assert _validate(case, scope, engine) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_the_shared_context_conforms_in_every_scope(engine: str) -> None:
    empty = HERE / "_context.ttl"
    for scope in SCOPES:
        index = _index(_ntriples(empty).splitlines())
        assert validate_units(_subject_units("test", index, 10**6), index, scope, workers=1, engine=engine) == [], scope


def test_every_named_shape_has_a_test_file() -> None:
    shapes_text = shapes_file().read_text(encoding="utf-8")
    named = set(re.findall(r"^(kgsh:\w+) a sh:NodeShape", shapes_text, flags=re.MULTILINE))
    covered = {name for case in CASES for line in _header(case, "shapes") for name in line.split()}
    assert named - covered == set()
    assert covered - named == set()


def test_every_message_is_plain_english_and_every_shape_has_one() -> None:
    import rdflib

    from kg.validate import shapes_graph

    g = shapes_graph()
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    for shape in {s for s in g.subjects(sh.property, None) if isinstance(s, rdflib.URIRef)}:
        for prop in g.objects(shape, sh.property):
            assert g.value(prop, sh.message) is not None or g.value(shape, sh.message) is not None, prop
    for message in g.objects(None, sh.message):
        assert str(message)[0].isupper() and str(message).endswith((".", ")")), message


# ---------------------------------------------------------------------------------------------- datasets, batches

MEETING = "<https://w3id.org/entente/id/meeting/m1>"
KG = "https://w3id.org/entente/ontology#"


def _article_graph(name: str, participant: str) -> str:
    art = f"<https://w3id.org/entente/id/article/{name}>"
    ev = f"<https://w3id.org/entente/id/evidence/{name}>"
    return "".join(line + " .\n" for line in [
        f"{MEETING} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Meeting>",
        f"{MEETING} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}PhoneCall>",
        f"{MEETING} <{KG}participant> <https://w3id.org/entente/id/actor/{participant}>",
        f"{MEETING} <http://www.w3.org/ns/prov#wasDerivedFrom> {art}",
        f"{MEETING} <{KG}evidence> {ev}",
        f"{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Evidence>",
        f'{ev} <{KG}quote> "{participant} called."',
        f'{ev} <{KG}startOffset> "0"^^<http://www.w3.org/2001/XMLSchema#integer>',
        f'{ev} <{KG}endOffset> "5"^^<http://www.w3.org/2001/XMLSchema#integer>',
        f"{ev} <{KG}inArticle> {art}"])


def _context(*names: str) -> str:
    lines = []
    for name in names:
        art = f"<https://w3id.org/entente/id/article/{name}>"
        lines += [f"{art} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Article>",
                  f'{art} <http://purl.org/dc/terms/identifier> "{name}.txt"',
                  f'{art} <http://purl.org/dc/terms/language> "en"',
                  f'{art} <{KG}textLength> "100"^^<http://www.w3.org/2001/XMLSchema#integer>']
    for actor in ("putin", "xi"):
        node = f"<https://w3id.org/entente/id/actor/{actor}>"
        lines += [f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Person>",
                  f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Actor>",
                  f'{node} <http://www.w3.org/2000/01/rdf-schema#label> "{actor}"@en']
    return "".join(line + " .\n" for line in lines)


def test_two_articles_about_one_meeting_are_never_validated_as_their_union() -> None:
    from kg.validate import validate_dataset

    # each article names one participant; together they would name two and hide both violations
    graphs = {"https://w3id.org/entente/id/article/a": _article_graph("a", "putin"),
              "https://w3id.org/entente/id/article/b": _article_graph("b", "xi")}
    report = validate_dataset(graphs, _context("a", "b"), workers=1, batch_triples=10_000)
    flagged = {(r.graph, r.article) for r in report.results if r.path == KG + "participant"}
    assert flagged == {("https://w3id.org/entente/id/article/a", "a.txt"),
                       ("https://w3id.org/entente/id/article/b", "b.txt")}


def test_batches_in_parallel_give_the_results_of_one_process() -> None:
    from kg.validate import validate_dataset

    graphs = {f"https://w3id.org/entente/id/article/a{i}": _article_graph(f"a{i}", "putin") for i in range(6)}
    context = _context(*(f"a{i}" for i in range(6)))
    serial = validate_dataset(graphs, context, workers=1, batch_triples=25)
    parallel = validate_dataset(graphs, context, workers=2, batch_triples=25)
    assert serial.results == parallel.results
    assert {r.graph for r in serial.results if r.path == KG + "participant"} == set(graphs)


# ---------------------------------------------------------------------------------------------- the report


def _report():  # type: ignore[no-untyped-def]
    from kg.validate import ValidationReport, ValidationResult

    return ValidationReport([
        ValidationResult("https://w3id.org/entente/id/article/a", "Violation", "https://x/m1", "PhoneCall: <Putin>",
                         KG + "participant", "A meeting needs at least two distinct participants, each a kg:Actor.",
                         quote='<script>alert("x")</script> & co', article="a.txt"),
        ValidationResult("merged", "Warning", "https://x/m2", "PhoneCall: Putin, Xi", KG + "date",
                         "The meeting's date is after the publication date of an article that reports it.",
                         article="b.txt", value="2030"),
        ValidationResult("merged", "Warning", "https://x/m3", "PhoneCall: Modi, Xi", KG + "date",
                         "The meeting's date is after the publication date of an article that reports it.",
                         article="c.txt", value="2031")], graphs_checked=3)


def test_html_report_is_self_contained_grouped_and_escaped() -> None:
    page = _report().as_html()
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http-equiv" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert "PhoneCall: &lt;Putin&gt;" in page and "a.txt" in page and "kg:participant" in page
    assert page.index("Violation") < page.index("Warning")
    assert "<small>(2)</small>" in page  # the two warnings are one group


def test_terminal_summary_counts_each_problem_once_with_examples() -> None:
    summary = _report().summary(examples=1)
    assert "3 graphs checked, 1 violations, 2 warnings — does NOT conform" in summary
    assert "    2 × Warning: The meeting's date is after" in summary
    assert "… and 1 more" in summary


def test_json_report_has_groups_and_results() -> None:
    import json

    data = json.loads(_report().as_json())
    assert data["violations"] == 1 and data["warnings"] == 2 and not data["conforms"]
    assert [g["count"] for g in data["groups"]] == [1, 2]
    assert {r["article"] for r in data["results"]} == {"a.txt", "b.txt", "c.txt"}


# ---------------------------------------------------------------------------------------------- CLI


def _bad_file(tmp_path: Path, warning_only: bool) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text((HERE / "_context.ttl").read_text(encoding="utf-8") + (
        "ex:m a kg:Meeting , kg:PhoneCall ; kg:participant ex:putin , ex:xi ; kg:date \"2026\"^^xsd:gYear ;\n"
        "    rdfs:label \"Vladimir Putin–Xi Jinping phone call, 2026\"@en ; prov:wasDerivedFrom ex:article1 ;\n"
        "    kg:claim ex:c .\n"
        "ex:c a kg:Claim , kg:MeetingClaim ; kg:about ex:m ; kg:participant ex:putin , ex:xi ;\n"
        "    kg:date \"2026\"^^xsd:gYear ; prov:wasDerivedFrom ex:article1 ; kg:evidence ex:ev1 .\n"
        + ("" if warning_only else
           "ex:m2 a kg:Meeting , kg:PhoneCall ; kg:participant ex:putin ;\n"
           "    rdfs:label \"Putin\"@en ; prov:wasDerivedFrom ex:article1 ; kg:claim ex:c .\n")),
        encoding="utf-8")
    return path


def test_kg_validate_exits_3_on_violations_and_writes_html(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from kg.cli import main

    assert main(["validate", str(_bad_file(tmp_path, warning_only=False)), "--html", str(tmp_path / "r.html")]) == 3
    assert "A meeting needs at least two distinct participants" in capsys.readouterr().out
    assert "two distinct participants" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_kg_validate_passes_warnings_unless_strict(tmp_path: Path) -> None:
    from kg.cli import main

    path = _bad_file(tmp_path, warning_only=True)
    assert main(["validate", str(path)]) == 0
    assert main(["validate", str(path), "--strict"]) == 3


@pytest.mark.parametrize(("severity", "strict", "code"),
                         [("Violation", False, 3), ("Warning", False, 0), ("Warning", True, 3), (None, True, 0)])
def test_kg_build_exit_code_follows_validation(tmp_path: Path, monkeypatch, severity, strict, code) -> None:  # type: ignore[no-untyped-def]
    import kg.build
    from kg.cli import main
    from kg.validate import ValidationReport, ValidationResult

    results = [] if severity is None else [ValidationResult("merged", severity, "https://x/m", "m", "", "Bad.")]
    monkeypatch.setattr(kg.build, "validate_dataset", lambda *a, **k: ValidationReport(results, 1))
    article = tmp_path / "a.txt"
    article.write_text("Putin held talks with Xi Jinping in Moscow on Tuesday.\n", encoding="utf-8")
    argv = ["build", str(article), "-o", str(tmp_path / "out"), "--quiet"] + (["--strict"] if strict else [])
    assert main(argv) == code
    assert (tmp_path / "out" / "validation.html").exists()


def test_examples_build_conforms_and_writes_the_three_reports(examples_build: Path) -> None:
    import json

    report = json.loads((examples_build / "validation.json").read_text(encoding="utf-8"))
    assert report["violations"] == 0, report["results"][:3]
    assert (examples_build / "validation.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (examples_build / "validation.txt").exists()


@pytest.mark.parametrize(("line", "node"), [
    ("<https://x/a> <https://x/p> <https://x/o> .\n", "<https://x/o>"),
    ("<https://x/a> <https://x/p> _:b1 .\n", "_:b1"),
    ('<https://x/a> <https://x/p> "x <https://x/o>"^^<https://x/dt> .\n', None),  # an IRI inside a literal
    ('<https://x/a> <https://x/p> "two words"@en .\n', None),
    ('<https://x/a> <https://x/p> "_:b1" .\n', None),
    ('<https://x/a> <https://x/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n', None),
])
def test_the_neighbourhood_follows_objects_that_are_nodes_never_literals(line: str, node: str | None) -> None:
    from kg.validate import _object_node

    assert _object_node(line) == node
