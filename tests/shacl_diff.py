"""The same batch through two SHACL engines, compared result by result: pyshacl (the reference) and the
engine Entente validates with. Used by tests/test_shacl_engines.py (every shape case) and by
bench/shacl_engines.py (a 2,000-article build, as built and with faults put in).

A result is compared on everything a SHACL report says of it: focus node, path, severity, source shape,
constraint component, value (in rdflib's canonical spelling, see _canonical) and message. A blank-node
shape (a property shape) is named by the shape that holds it and its own non-blank triples, so the names
mean the same in both engines' reports.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

SH = "http://www.w3.org/ns/shacl#"
HERE = Path(__file__).parent / "shacl"

# focus, path, severity, source shape, constraint component, value, message
Row = tuple[str, str, str, str, str, str, str]


def shape_cases() -> list[tuple[str, str, str]]:
    """(name, N-Triples with tests/shacl/_context.ttl, scope) for every shape test case, and the context
    alone in each scope."""
    import pyoxigraph as ox

    context = (HERE / "_context.ttl").read_text(encoding="utf-8")
    cases = []
    for path in sorted(HERE.glob("*.ttl")):
        text = path.read_text(encoding="utf-8")
        scopes = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("# scope:")]
        if path.name.startswith("_"):
            text, scopes = "", ["article", "default", "all"]
        nt = "".join(f"{t} .\n" for t in ox.parse(context + "\n" + text, format=ox.RdfFormat.TURTLE))
        cases += [(f"{path.stem}:{scope}", nt, scope) for scope in scopes]
    return cases


def pyshacl_report(ntriples: str, scope: str):  # type: ignore[no-untyped-def]
    """pyshacl's report graph, called as kg/validate.py called it when it was the engine."""
    import rdflib
    from pyshacl import validate

    from kg.validate import _ontology_graph, shapes_graph

    data = rdflib.Graph().parse(data=ntriples, format="nt")
    _, report, _ = validate(data, shacl_graph=shapes_graph(scope), ont_graph=_ontology_graph(),
                            inference="none", advanced=True, allow_warnings=True)
    return report


def turbo_report(ntriples: str, scope: str):  # type: ignore[no-untyped-def]
    from kg.validate import turbo_report

    return turbo_report(ntriples, scope)


REPORTS = {"pyshacl": pyshacl_report, "turbo": turbo_report}


@cache
def _shape_names(scope: str) -> dict[str, str]:
    import rdflib

    from kg.validate import shapes_graph

    g = shapes_graph(scope)
    names: dict[str, str] = {}

    def name(node) -> str:  # type: ignore[no-untyped-def]
        if isinstance(node, rdflib.URIRef):
            return _short(str(node))
        if str(node) in names:
            return names[str(node)]
        own = sorted(f"{_short(str(p))} {_short(o.n3())}" for p, o in g.predicate_objects(node)
                     if not isinstance(o, rdflib.BNode))
        holders = sorted(name(s) for s in g.subjects(None, node))
        names[str(node)] = f"{'|'.join(holders)}[{'; '.join(own)}]"
        return names[str(node)]

    for node in set(g.subjects()) | set(g.objects()):
        if isinstance(node, rdflib.BNode):
            name(node)
    return names


def _short(text: str) -> str:
    for ns, prefix in (("https://w3id.org/entente/ontology#", "kg:"), ("https://w3id.org/entente/shapes#", "kgsh:"),
                       (SH, "sh:"), ("http://www.w3.org/2001/XMLSchema#", "xsd:")):
        text = text.replace(ns, prefix)
    return text


def rows(report, scope: str) -> set[Row]:  # type: ignore[no-untyped-def]
    """Every sh:ValidationResult of a report graph as a Row."""
    import rdflib

    from kg.validate import _path

    sh = rdflib.Namespace(SH)
    names = _shape_names(scope)
    out = set()
    for r in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus, path, value = (report.value(r, p) for p in (sh.focusNode, sh.resultPath, sh.value))
        shape = report.value(r, sh.sourceShape)
        out.add((focus.n3(), str(path) if isinstance(path, rdflib.URIRef) else _path(report, path),
                 str(report.value(r, sh.resultSeverity)).removeprefix(SH),
                 names.get(str(shape), _short(str(shape))) if isinstance(shape, rdflib.BNode) else _short(str(shape)),
                 str(report.value(r, sh.sourceConstraintComponent)).removeprefix(SH),
                 _canonical(value), str(report.value(r, sh.resultMessage) or "")))
    return out


def _canonical(value) -> str:  # type: ignore[no-untyped-def]
    """A value in rdflib's canonical spelling: pyshacl reports literals as rdflib parsed them ("PT0M" as
    "P0D", "1.0e9" as "1000000000.0"), pyshacl-turbo as the data spells them, but for language tags, which
    it lower-cases ("ru-RU" as "ru-ru": RDF 1.1 compares them without case); the value is the same."""
    import rdflib

    if value is None:
        return ""
    if isinstance(value, rdflib.Literal):
        value = rdflib.Literal(str(value), lang=value.language.lower() if value.language else None,
                               datatype=value.datatype, normalize=True)
    return value.n3()


def engine_rows(engine: str, ntriples: str, scope: str) -> set[Row]:
    return rows(REPORTS[engine](ntriples, scope), scope)
