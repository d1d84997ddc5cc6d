"""SHACL validation with pyshacl -> a typed report.

pyshacl validates a Dataset as the union of its graphs, so one article could hide another's
violation: each article's graph is validated on its own, then the merged graph as a whole.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .paths import ontology_file, shapes_file

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True, slots=True, order=True)
class ValidationResult:
    graph: str  # the named graph (article IRI) or "merged"
    severity: str  # Violation | Warning | Info
    focus: str
    focus_label: str
    path: str
    message: str
    quote: str = ""


@dataclass
class ValidationReport:
    results: list[ValidationResult] = field(default_factory=list)
    graphs_checked: int = 0

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.severity == "Warning" for r in self.results)

    @property
    def conforms(self) -> bool:
        return self.violations == 0

    def summary(self) -> str:
        head = (f"SHACL: {self.graphs_checked} graphs checked, {self.violations} violations, "
                f"{self.warnings} warnings — {'conforms' if self.conforms else 'does NOT conform'}")
        counts = Counter((r.severity, r.message) for r in self.results)
        lines = [head] + [f"  {n:>4} × {sev}: {msg}" for (sev, msg), n in sorted(counts.items())]
        return "\n".join(lines)

    def as_text(self) -> str:
        lines = [self.summary(), ""]
        for r in sorted(self.results):
            lines.append(f"[{r.severity}] {r.focus_label or r.focus} ({r.path}): {r.message}")
            lines.append(f"    graph: {r.graph}")
            if r.quote:
                lines.append(f"    quote: {r.quote}")
        return "\n".join(lines) + "\n"

    def as_json(self) -> str:
        data = {"conforms": self.conforms, "graphs_checked": self.graphs_checked,
                "violations": self.violations, "warnings": self.warnings,
                "results": [asdict(r) for r in sorted(self.results)]}
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _shapes_graph():  # type: ignore[no-untyped-def]
    import rdflib

    return rdflib.Graph().parse(shapes_file())


def _ontology_graph():  # type: ignore[no-untyped-def]
    import rdflib

    return rdflib.Graph().parse(ontology_file())


def validate_ntriples(graphs: dict[str, str], context: str = "") -> ValidationReport:
    """Validates each graph (name -> N-Triples text) on its own; `context` (N-Triples, e.g. actors)
    is added to each so that class constraints on linked actors can be checked."""
    import rdflib
    from pyshacl import validate

    shapes = _shapes_graph()
    ontology = _ontology_graph()
    report = ValidationReport()
    for name in sorted(graphs):
        data = rdflib.Graph()
        data.parse(data=graphs[name] + context, format="nt")
        _, results_graph, _ = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                       advanced=True, allow_warnings=True)
        report.graphs_checked += 1
        report.results.extend(_results(results_graph, data, name))
    report.results = sorted(set(report.results))
    return report


def _results(results_graph, data, name: str) -> list[ValidationResult]:  # type: ignore[no-untyped-def]
    import rdflib

    SHN = rdflib.Namespace(SH)
    KGN = rdflib.Namespace("https://w3id.org/entente/ontology#")
    out = []
    for result in results_graph.subjects(rdflib.RDF.type, SHN.ValidationResult):
        focus = results_graph.value(result, SHN.focusNode)
        severity = str(results_graph.value(result, SHN.resultSeverity)).rsplit("#", 1)[-1]
        path = results_graph.value(result, SHN.resultPath)
        message = str(results_graph.value(result, SHN.resultMessage) or "")
        label = next((str(o) for o in data.objects(focus, rdflib.RDFS.label)), "")
        quote = ""
        for ev in data.objects(focus, KGN.evidence):
            quote = str(data.value(ev, KGN.quote) or "")
            break
        out.append(ValidationResult(name, severity, str(focus), label, str(path or ""), message, quote))
    return out


def validate_file(path: Path) -> ValidationReport:
    """Validates any graph file; a dataset's named graphs are validated one by one."""
    import pyoxigraph as ox

    from .errors import InputError

    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    except (ValueError, SyntaxError, OSError) as err:
        raise InputError(str(path), f"cannot be parsed ({err})",
                         hint="give a .ttl, .trig, .nq, .nt, .jsonld or .rdf file") from err
    by_graph: dict[str, list[str]] = {}
    for q in store:
        g = "merged" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
    default = "\n".join(by_graph.get("merged", [])) + "\n"
    graphs = {g: "\n".join(lines) + "\n" for g, lines in by_graph.items() if g != "merged"}
    report = validate_ntriples(graphs, context=default) if graphs else ValidationReport()
    merged = validate_ntriples({"merged": "\n".join(l for ls in by_graph.values() for l in ls) + "\n"})
    report.results = sorted(set(report.results + merged.results))
    report.graphs_checked += merged.graphs_checked
    return report
