"""SHACL validation with pyshacl-turbo -> a typed report (text, JSON, HTML).

The engine is pyshacl-turbo, a Rust SHACL engine with pySHACL's API; pyshacl, the reference, remains
available (`engine="pyshacl"`), and tests/test_shacl_engines.py checks that both report the same results on
every shape test case (bench/shacl_engines.py does so on a 2,000-article build; bench/RESULTS.md).

A SHACL engine validates a Dataset as the union of its graphs, so one article could hide another's
violation: each article's graph is validated apart from the others, with the actors and article
records it refers to, and the default graph (actors, article records, merged facts) on its own.
Shapes say where they apply with `kgsh:appliesTo` (see kg/resources/shapes/entente.shacl.ttl).

Large graphs are cut into batches (about 1,000 triples of article graphs, 10,000 of the default graph),
each validated by one engine call, in threads (turbo releases the GIL) or processes (pyshacl). A batch
holds whole units (one article graph, or one subject of the default graph) plus the one-hop neighbourhood
they refer to; two article graphs that say different things about the same node (the same meeting
reported twice) never share a batch, and each result is attributed to the unit whose subject it is about.
"""
from __future__ import annotations

import html
import itertools
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from .errors import KgError
from .paths import ontology_file, shapes_file

SH = "http://www.w3.org/ns/shacl#"
KGSH = "https://w3id.org/entente/shapes#"
KG_NS = "https://w3id.org/entente/ontology#"
INFERRED_GRAPH_SUFFIX = "/graph/inferred"
SEVERITIES = ("Violation", "Warning", "Info")

# scope -> the kgsh:appliesTo values whose shapes are checked in that scope (untagged shapes: always)
SCOPES = {"article": {"ArticleGraph"}, "default": {"DefaultGraph"}, "all": {"ArticleGraph", "DefaultGraph"}}
BATCH_TRIPLES = 10_000  # triples per engine call (plus their neighbourhood) in the default graph
# article graphs: turbo's cost per triple grows with the batch (1k: 1.8 ms of CPU an article, 10k: 2.4; RESULTS.md)
ARTICLE_BATCH_TRIPLES = 1_000
PARALLEL_FROM_TRIPLES = 40_000  # below this, starting workers costs more than it saves


@dataclass(frozen=True, slots=True, order=True)
class ValidationResult:
    graph: str  # the named graph (article IRI) or "merged" (the default graph)
    severity: str  # Violation | Warning | Info
    focus: str
    focus_label: str
    path: str
    message: str
    quote: str = ""
    article: str = ""  # the article's dcterms:identifier (file name), where one is known
    value: str = ""


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

    def groups(self) -> list[tuple[str, str, list[ValidationResult]]]:
        """(severity, message, results) for each distinct problem, Violations first, the most frequent first."""
        grouped: dict[tuple[str, str], list[ValidationResult]] = defaultdict(list)
        for r in sorted(self.results):
            grouped[(r.severity, r.message)].append(r)
        rank = {s: i for i, s in enumerate(SEVERITIES)}
        order = sorted(grouped, key=lambda k: (rank.get(k[0], 9), -len(grouped[k]), k[1]))
        return [(sev, msg, grouped[(sev, msg)]) for sev, msg in order]

    def summary(self, examples: int = 3) -> str:
        """A few lines for the terminal: totals, then each distinct problem with its count
        (and up to `examples` focus nodes)."""
        head = (f"SHACL: {self.graphs_checked} graphs checked, {self.violations} violations, "
                f"{self.warnings} warnings — {'conforms' if self.conforms else 'does NOT conform'}")
        lines = [head]
        for severity, message, results in self.groups():
            lines.append(f"  {len(results):>5} × {severity}: {message}")
            for r in results[:examples]:
                where = f" [{r.article}]" if r.article else ""
                lines.append(f"          {r.focus_label or r.focus}{where}")
            if 0 < examples < len(results):
                lines.append(f"          … and {len(results) - examples} more")
        return "\n".join(lines)

    def as_text(self) -> str:
        lines = [self.summary(examples=0), ""]
        for severity, message, results in self.groups():
            lines.append(f"== {severity}: {message} ({len(results)})")
            for r in results:
                lines.append(f"  {r.focus_label or r.focus}" + (f" ({_short(r.path)})" if r.path else "")
                             + (f" = {r.value}" if r.value else ""))
                lines.append(f"      node: {r.focus}")
                lines.append(f"      graph: {r.graph}" + (f" ({r.article})" if r.article else ""))
                if r.quote:
                    lines.append(f"      quote: {r.quote}")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def as_json(self) -> str:
        data = {"conforms": self.conforms, "graphs_checked": self.graphs_checked,
                "violations": self.violations, "warnings": self.warnings,
                "groups": [{"severity": s, "message": m, "count": len(rs)} for s, m, rs in self.groups()],
                "results": [asdict(r) for r in sorted(self.results)]}
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def as_html(self, title: str = "Entente — SHACL validation report") -> str:
        """A self-contained page (no scripts, no external resources), grouped by severity and message."""
        e = html.escape
        verdict = "conforms" if self.conforms else "does NOT conform"
        out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
               f"<title>{e(title)}</title>", "<style>", _CSS, "</style></head><body>",
               f"<h1>{e(title)}</h1>",
               (f'<p class="verdict {"ok" if self.conforms else "bad"}">{self.graphs_checked} graphs checked: '
                f"{self.violations} violations, {self.warnings} warnings — {e(verdict)}.</p>")]
        groups = self.groups()
        if groups:
            out.append("<table class=\"toc\"><thead><tr><th>severity</th><th>count</th><th>problem</th></tr>"
                       "</thead><tbody>")
            for i, (severity, message, results) in enumerate(groups):
                out.append(f'<tr class="{e(severity.lower())}"><td>{e(severity)}</td><td>{len(results)}</td>'
                           f'<td><a href="#g{i}">{e(message)}</a></td></tr>')
            out.append("</tbody></table>")
        for i, (severity, message, results) in enumerate(groups):
            out.append(f'<section id="g{i}" class="{e(severity.lower())}"><h2><span class="sev">{e(severity)}'
                       f"</span> {e(message)} <small>({len(results)})</small></h2>")
            out.append("<table><thead><tr><th>focus node</th><th>property</th><th>value</th><th>article</th>"
                       "<th>quote</th></tr></thead><tbody>")
            for r in results:
                out.append(f'<tr><td title="{e(r.focus)}">{e(r.focus_label or r.focus)}</td>'
                           f'<td title="{e(r.path)}">{e(_short(r.path))}</td><td>{e(r.value)}</td>'
                           f'<td title="{e(r.graph)}">{e(r.article or r.graph)}</td><td>{e(r.quote)}</td></tr>')
            out.append("</tbody></table></section>")
        if not groups:
            out.append("<p>No problems found.</p>")
        out.append("</body></html>")
        return "\n".join(out) + "\n"

    def write(self, folder: Path) -> None:
        """Writes validation.txt, validation.json and validation.html into `folder`."""
        folder = Path(folder)
        (folder / "validation.txt").write_text(self.as_text(), encoding="utf-8")
        (folder / "validation.json").write_text(self.as_json(), encoding="utf-8")
        (folder / "validation.html").write_text(self.as_html(), encoding="utf-8")


_CSS = """body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.verdict.ok{color:#17642b}.verdict.bad{color:#a00;font-weight:bold}
section.violation h2 .sev,tr.violation td:first-child{color:#a00}
section.warning h2 .sev,tr.warning td:first-child{color:#a65f00}
h2{font-size:1.1em}small{color:#666}"""

_PREFIXES = {"https://w3id.org/entente/ontology#": "kg:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
             "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "http://www.w3.org/ns/prov#": "prov:",
             "http://purl.org/dc/terms/": "dcterms:", "http://www.w3.org/2002/07/owl#": "owl:",
             "http://www.w3.org/2006/time#": "time:"}


def _short(iri: str) -> str:
    for ns, prefix in _PREFIXES.items():
        iri = iri.replace(ns, prefix)
    return iri


# ---------------------------------------------------------------------------------------------- shapes


@cache  # parsed once per process: pyshacl reads the shapes and ontology graphs, never changes them
def shapes_graph(scope: str = "all"):  # type: ignore[no-untyped-def]
    """The shapes, with those that do not apply in `scope` ("article", "default" or "all") deactivated."""
    import rdflib

    # no rdflib default prefixes: pyshacl-turbo binds each of the shapes graph's prefixes in every report
    shapes = rdflib.Graph(bind_namespaces="none").parse(shapes_file())
    applies_to = rdflib.URIRef(KGSH + "appliesTo")
    deactivated = rdflib.URIRef(SH + "deactivated")
    for shape, where in list(shapes.subject_objects(applies_to)):
        if str(where).removeprefix(KGSH) not in SCOPES[scope]:
            shapes.add((shape, deactivated, rdflib.Literal(True)))
    return shapes


@cache
def _ontology_graph():  # type: ignore[no-untyped-def]
    import rdflib

    return rdflib.Graph().parse(ontology_file())


# ---------------------------------------------------------------------------------------------- units, batches


@dataclass
class _Unit:
    """Something validated apart from the others: an article graph, or the default graph's triples about
    some subjects. `name` is the graph a result is reported under."""

    name: str
    lines: list[str]
    subjects: dict[str, int]  # subject -> hash of its triples in this unit


def _object_node(line: str) -> str | None:
    """The object of an N-Triples line if it is an IRI or a blank node. A literal's last word holds its
    closing quote, and a quote cannot stand in an IRI or a blank node label."""
    last = line.rstrip().rsplit(" ", 2)[-2]
    return last if last.startswith(("<", "_:")) and '"' not in last else None


def _index(lines: Iterable[str]) -> dict[str, list[str]]:
    by_subject: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        if line and not line.isspace():
            by_subject[line[:line.index(" ")]].append(line if line.endswith("\n") else line + "\n")
    return by_subject


def _unit(name: str, by_subject: dict[str, list[str]]) -> _Unit:
    lines: list[str] = []
    subjects: dict[str, int] = {}
    for s in sorted(by_subject):
        own = sorted(by_subject[s])
        lines += own
        subjects[s] = hash(tuple(own))
    return _Unit(name, lines, subjects)


def _batches(units: list[_Unit], limit: int) -> list[list[_Unit]]:
    """First-fit packing of units into batches of about `limit` triples; units that state different
    triples about one subject go to different batches (the union would hide one's violations)."""
    batches: list[tuple[list[_Unit], dict[str, int], list[int]]] = []
    for unit in sorted(units, key=lambda u: (-len(u.lines), u.name)):
        for members, seen, size in batches:  # noqa: B007 — `members` is the batch the loop stops at
            if size[0] + len(unit.lines) <= limit and all(seen.get(s, h) == h for s, h in unit.subjects.items()):
                break
        else:
            members, seen, size = [], {}, [0]
            batches.append((members, seen, size))
        members.append(unit)
        seen.update(unit.subjects)
        size[0] += len(unit.lines)
    return [members for members, _, _ in batches]


def _closure(batch: list[_Unit], neighbourhood: dict[str, list[str]]) -> list[str]:
    """The triples of the batch and of every node it refers to (one hop), from `neighbourhood`."""
    lines: set[str] = set()
    nodes: set[str] = set()
    for unit in batch:
        lines.update(unit.lines)
        nodes.update(unit.subjects)
        for line in unit.lines:
            o = _object_node(line)
            if o is not None:
                nodes.add(o)
    for node in nodes:
        lines.update(neighbourhood.get(node, ()))
    return sorted(lines)


# ---------------------------------------------------------------------------------------------- validation


# focus, severity, path, message, value, label, quote, article
_RawResult = tuple[str, str, str, str, str, str, str, str]
# a batch: its N-Triples, the scope, and the subjects whose results are wanted (the others are neighbourhood)
_Job = tuple[str, str, frozenset[str]]


def _validate_batch(job: _Job) -> list[_RawResult]:
    """pyshacl on one batch (N-Triples text) in one scope; runs in a worker process."""
    import rdflib
    from pyshacl import validate

    ntriples, scope, wanted = job
    data = rdflib.Graph()
    data.parse(data=ntriples, format="nt")
    _, results_graph, _ = validate(data, shacl_graph=shapes_graph(scope), ont_graph=_ontology_graph(),
                                   inference="none", advanced=True, allow_warnings=True)
    return _results(results_graph, data, wanted)


@cache
def _turbo_shapes(scope: str):  # type: ignore[no-untyped-def]
    """The shapes of `scope` compiled by pyshacl-turbo (once per process)."""
    from pyshacl_turbo import compile_shapes

    return compile_shapes(shapes_graph(scope), advanced=True)


@cache
def _ontology_ntriples() -> str:
    """The ontology's rdfs:subClassOf triples as N-Triples, added to each batch. pyshacl's `ont_graph=` copies
    the whole ontology into the data graph, but SHACL reads it only through rdfs:subClassOf (sh:class,
    sh:targetClass); its other axioms (labels, domains, ranges) could only become focus nodes that no unit
    owns, and parsing them cost more than validating a small batch."""
    import pyoxigraph as ox

    sub_class_of = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    return "".join(f"{t} .\n" for t in ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
                   if t.predicate == sub_class_of and not isinstance(t.object, ox.BlankNode))


def turbo_report(ntriples: str, scope: str):  # type: ignore[no-untyped-def]
    """pyshacl-turbo's report graph (rdflib) for one batch (N-Triples text) in one scope."""
    # the N-Triples text goes straight to the Rust parser (no rdflib graph: parsing one cost 10x the validation)
    from pyshacl_turbo.rdf import Input

    data = Input(ntriples + _ontology_ntriples(), "nt", None, {}, preserve_ids=True)
    _, report, _ = _turbo_shapes(scope).validate(data, allow_warnings=True)
    return report


def _validate_batch_turbo(job: _Job) -> list[_RawResult]:
    """pyshacl-turbo (a Rust engine with pySHACL's API) on one batch, its wanted subjects only."""
    import rdflib

    ntriples, scope, wanted = job
    report = turbo_report(ntriples, scope)
    focus = {_key(node) for node in report.objects(None, rdflib.URIRef(SH + "focusNode"))} & wanted
    if not focus:
        return []
    return _results(report, _neighbourhood_graph(ntriples, focus), wanted)


def _key(node) -> str:  # type: ignore[no-untyped-def]
    """The N-Triples spelling of an rdflib IRI or blank node."""
    import rdflib

    return f"_:{node}" if isinstance(node, rdflib.BNode) else f"<{node}>"


def _neighbourhood_graph(ntriples: str, nodes: set[str]):  # type: ignore[no-untyped-def]
    """An rdflib graph of the triples about `nodes` and the nodes they point to (what describe() reads)."""
    import rdflib

    by_subject = _index(ntriples.split("\n"))
    wanted = set(nodes)
    for node in nodes:
        for line in by_subject.get(node, ()):
            obj = _object_node(line)
            if obj is not None:
                wanted.add(obj)
    data = rdflib.Graph()
    data.parse(data="".join(line for node in sorted(wanted) for line in by_subject.get(node, ())), format="nt")
    return data


def _results(results_graph, data, wanted: frozenset[str]) -> list[_RawResult]:  # type: ignore[no-untyped-def]
    """The results about `wanted` subjects, described for people from `data`."""
    import rdflib

    shn = rdflib.Namespace(SH)
    out = []
    for result in results_graph.subjects(rdflib.RDF.type, shn.ValidationResult):
        focus = results_graph.value(result, shn.focusNode)
        if _key(focus) not in wanted:
            continue
        severity = str(results_graph.value(result, shn.resultSeverity)).rsplit("#", 1)[-1]
        path = results_graph.value(result, shn.resultPath)
        message = str(results_graph.value(result, shn.resultMessage) or "")
        value = results_graph.value(result, shn.value)
        label, quote, article = describe(data, focus)
        path_text = str(path) if isinstance(path, rdflib.URIRef) else _path(results_graph, path)
        out.append((_term(focus), severity, path_text, message, str(value) if value is not None else "",
                    label, quote, article))
    return out


def _term(node) -> str:  # type: ignore[no-untyped-def]
    import rdflib

    return f"_:{node}" if isinstance(node, rdflib.BNode) else str(node)


def _path(graph, path) -> str:  # type: ignore[no-untyped-def]
    """A sequence path as "p1/p2"; other complex paths as "(path)"."""
    import rdflib
    from rdflib.collection import Collection

    if path is None:
        return ""
    if graph.value(path, rdflib.RDF.first) is None:  # not a sequence: an inverse or alternative path
        return "(path)"
    steps = list(Collection(graph, path))
    if steps and all(isinstance(step, rdflib.URIRef) for step in steps):
        return "/".join(str(step) for step in steps)
    return "(path)"


def describe(data, node) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """(label, quote, article identifier) of a node, for people: its English label, or what kind of
    fact it is and who took part; the first quote of its evidence; the article it comes from."""
    import rdflib

    kg = rdflib.Namespace(KG_NS)
    prov_derived = rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    identifier = rdflib.URIRef("http://purl.org/dc/terms/identifier")

    def label_of(n) -> str:  # type: ignore[no-untyped-def]
        labels = sorted(data.objects(n, rdflib.RDFS.label), key=lambda x: (getattr(x, "language", "") != "en", str(x)))
        return str(labels[0]) if labels else ""

    label = label_of(node)
    if not label:
        kinds = sorted(str(t).removeprefix(KG_NS) for t in data.objects(node, rdflib.RDF.type)
                       if str(t).startswith(KG_NS) and str(t) != KG_NS + "Meeting")
        who = sorted(filter(None, (label_of(a) for p in (kg.participant, kg.inviter, kg.invitee, kg.party,
                                                           kg.supplier, kg.buyer) for a in data.objects(node, p))))
        when = next((str(d) for p in (kg.date, kg.signedOn) for d in data.objects(node, p)), "")
        if kinds or who:
            label = " ".join(kinds) + (": " + ", ".join(who) if who else "") + (f" ({when})" if when else "")
    quote = str(data.value(node, kg.quote) or "")
    for ev in sorted(data.objects(node, kg.evidence)):
        quote = str(data.value(ev, kg.quote) or "")
        break
    article = ""
    for src in sorted([*data.objects(node, prov_derived), *data.objects(node, kg.inArticle)]):
        article = str(data.value(src, identifier) or "")
        break
    if not article and (node, rdflib.RDF.type, kg.Article) in data:
        article = str(data.value(node, identifier) or "")
    return label, quote, article


ENGINES = {"turbo": _validate_batch_turbo, "pyshacl": _validate_batch}  # the engine, and the reference


def _run(jobs: Iterable[_Job], workers: int, engine: str = "turbo") -> Iterator[list[_RawResult]]:
    """Each job's results, in the jobs' order; at most WINDOW_PER_WORKER jobs per worker are made (their batch
    text held) ahead of the one being checked: a batch's closure is made when its turn nears, not all first."""
    if engine not in ENGINES:
        raise KgError(f"unknown SHACL engine {engine!r}", hint=f"available: {', '.join(ENGINES)}")
    check = ENGINES[engine]
    if workers <= 1:
        yield from map(check, jobs)
        return
    if engine == "turbo":  # Rust, releasing the GIL: threads share the compiled shapes, no process to start
        with ThreadPoolExecutor(max_workers=workers) as threads:
            yield from _windowed(threads, check, jobs, workers * WINDOW_PER_WORKER)
        return
    from .publish import die_with_parent

    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent) as pool:
        yield from _windowed(pool, check, jobs, workers * WINDOW_PER_WORKER)


WINDOW_PER_WORKER = 2  # batches made ahead per worker


def _windowed(executor, fn, items: Iterable, window: int) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    """executor.map(fn, items) in order, with at most `window` items submitted and not yet given back
    (Executor.map would take every item first)."""
    from collections import deque

    pending: deque = deque()  # type: ignore[type-arg]
    for item in items:
        pending.append(executor.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _auto_workers(triples: int) -> int:
    return (os.cpu_count() or 1) if triples >= PARALLEL_FROM_TRIPLES else 1


def validate_units(units: list[_Unit], neighbourhood: dict[str, list[str]], scope: str,
                   workers: int | None = None, batch_triples: int = BATCH_TRIPLES,
                   engine: str = "turbo") -> list[ValidationResult]:
    """Validates units in batches; each result is reported under the unit(s) whose subject it is about,
    and results about neighbourhood nodes only are dropped (they are checked where they are subjects)."""
    batches = _batches(units, batch_triples)
    jobs = (("".join(_closure(b, neighbourhood)), scope, frozenset(s for unit in b for s in unit.subjects))
            for b in batches)  # made one at a time as the engine is ready for them (_run)
    if workers is None:
        workers = _auto_workers(sum(len(u.lines) for u in units))
    workers = min(workers, len(batches))
    results: set[ValidationResult] = set()
    for batch, raw in zip(batches, _run(jobs, workers, engine)):
        owners: dict[str, list[str]] = defaultdict(list)
        for unit in batch:
            for s in unit.subjects:
                owners[s].append(unit.name)
        for focus, severity, path, message, value, label, quote, article in raw:
            subject = focus if focus.startswith("_:") else f"<{focus}>"
            for name in owners.get(subject, ()):
                results.add(ValidationResult(name, severity, focus, label, path, message, quote,
                                             article, value))
    return sorted(results)


def validate_dataset(article_graphs: dict[str, str], default: str, context: str | None = None,
                     workers: int | None = None, batch_triples: int = BATCH_TRIPLES,
                     engine: str = "turbo") -> ValidationReport:
    """Validates an Entente dataset: each article graph (name -> N-Triples) with the actors and article
    records it refers to (`context`, by default the whole `default` graph), then the default graph.
    Graphs named .../graph/inferred belong with the default graph."""
    default_index = _index(default.split("\n"))
    context_index = _context_of(default_index) if context is None else _index(context.split("\n"))
    article_units = [_unit(name, _index(text.split("\n"))) for name, text in sorted(article_graphs.items())]
    default_units = _subject_units("merged", default_index, batch_triples)
    results = validate_units(article_units, context_index, "article", workers,
                             min(batch_triples, ARTICLE_BATCH_TRIPLES), engine)
    results += validate_units(default_units, default_index, "default", workers, batch_triples, engine)
    return ValidationReport(sorted(set(results)), len(article_units) + 1)


_FACT_TYPES = tuple(f"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG_NS}{c}>" for c in (
    "Fact", "Meeting", "PhoneCall", "VideoCall", "InPersonMeeting", "Invitation", "Treaty", "TradeFact",
    "Conflict", "Claim"))


def _context_of(index: dict[str, list[str]]) -> dict[str, list[str]]:
    """The default graph without its merged facts and conflicts: what article graphs may refer to
    (a merged fact shares its IRI with the article claims; mixing them would mix their values)."""
    return {s: lines for s, lines in index.items()
            if not any(t in line for line in lines for t in _FACT_TYPES)}


def _subject_units(name: str, index: dict[str, list[str]], size: int) -> list[_Unit]:
    """The default graph cut into units of whole subjects (a unit per subject would make packing slow)."""
    units, current, n = [], {}, 0
    for s in sorted(index):
        current[s] = index[s]
        n += len(index[s])
        if n >= size // 4:
            units.append(_unit(name, current))
            current, n = {}, 0
    if current:
        units.append(_unit(name, current))
    return units


class _StoredLines:
    """A run of lines of a file (each ending "\n"), read again each time it is iterated: a unit's lines kept on disk."""

    __slots__ = ("fd", "offset", "length", "count")

    def __init__(self, fd: int, offset: int, length: int, count: int) -> None:
        self.fd, self.offset, self.length, self.count = fd, offset, length, count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        text = os.pread(self.fd, self.length, self.offset).decode("utf-8")
        return (line + "\n" for line in text[:-1].split("\n"))


class SortedIndex:
    """`_index` of a file of N-Triples or N-Quads lines sorted by subject (a build's default graph), holding only
    where each subject's lines are: `get` reads them from the file when a batch's neighbourhood needs them, and
    `units` cuts the file into `_subject_units`' units, whose lines are read when their batch is checked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = os.open(path, os.O_RDONLY)
        self.spans: dict[str, tuple[int, int, int]] = {}  # subject -> offset, length, lines

    def close(self) -> None:
        os.close(self.fd)

    def __enter__(self) -> SortedIndex:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(self, subject: str, default: Iterable[str] = ()) -> Iterable[str]:
        span = self.spans.get(subject)
        return default if span is None else list(_StoredLines(self.fd, *span))

    def units(self, name: str, size: int) -> list[_Unit]:
        """The units `_subject_units(name, _index(lines of the file), size)` gives, in one pass over the file."""
        units: list[_Unit] = []
        subjects: dict[str, int] = {}
        start = offset = count = 0

        def cut() -> None:
            nonlocal subjects, start, count
            units.append(_Unit(name, _StoredLines(self.fd, start, offset - start, count), subjects))  # type: ignore[arg-type]
            subjects, start, count = {}, offset, 0

        with open(self.path, "rb") as handle:
            for subject, group in itertools.groupby(handle, key=lambda line: line[:line.index(b" ")]):
                raw = list(group)
                length = sum(map(len, raw))
                key = subject.decode("utf-8")
                self.spans[key] = (offset, length, len(raw))
                subjects[key] = hash(tuple(sorted(line.decode("utf-8") for line in raw)))  # as `_unit` hashes
                count += len(raw)
                offset += length
                if count >= size // 4:
                    cut()
        if subjects:
            cut()
        return units


def validate_ntriples(graphs: dict[str, str], context: str = "") -> ValidationReport:
    """Validates each graph (name -> N-Triples text) on its own, with `context` (N-Triples: actors,
    article records) for the nodes it refers to. A graph named "merged" is the default graph; the
    others are article graphs. Prefer `validate_dataset`."""
    index = _index(context.split("\n"))
    results: list[ValidationResult] = []
    for name in sorted(graphs):
        if name == "merged":
            merged_index = _index((graphs[name] + context).split("\n"))
            results += validate_units(_subject_units(name, merged_index, BATCH_TRIPLES), merged_index, "default")
        else:
            results += validate_units([_unit(name, _index(graphs[name].split("\n")))], index, "article")
    return ValidationReport(sorted(set(results)), len(graphs))


def validate_graph(ntriples: str, name: str = "graph") -> ValidationReport:
    """Validates one graph with every shape (for files without named graphs, such as graph.ttl)."""
    index = _index(ntriples.split("\n"))
    results = validate_units(_subject_units(name, index, BATCH_TRIPLES), index, "all")
    return ValidationReport(results, 1)


def validate_file(path: Path, workers: int | None = None) -> ValidationReport:
    """Validates any graph file; a dataset's named graphs are validated one by one, then its default graph
    (with the inferred graph, if any); a file without named graphs is validated with every shape."""
    import pyoxigraph as ox

    from .store import load_graph

    store = load_graph(path)
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in store:
        named = not isinstance(q.graph_name, ox.DefaultGraph) and not q.graph_name.value.endswith(
            INFERRED_GRAPH_SUFFIX)
        by_graph[q.graph_name.value if named else ""].append(f"{q.subject} {q.predicate} {q.object} .\n")
    default = "".join(sorted(set(by_graph.pop("", []))))
    if not by_graph:
        return validate_graph(default)
    return validate_dataset({g: "".join(lines) for g, lines in by_graph.items()}, default, workers=workers)


def results_by_severity(report: ValidationReport) -> Counter[str]:
    return Counter(r.severity for r in report.results)
