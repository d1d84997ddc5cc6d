"""Reasoning: materialised inferences, and a consistency check with owlready2 + HermiT.

The simple, useful inferences are computed directly, without a reasoner, and written into the named
graph `https://w3id.org/entente/id/graph/inferred`, so that SPARQL users get them without one:

- inverse properties (kg:participatedIn, kg:invitedTo), symmetric properties, super-properties;
- kg:metWith between the participants of a meeting (a property chain OWL cannot restrict to
  distinct participants);
- types implied by rdfs:domain and rdfs:range, and every super-class of every type.

HermiT (through owlready2, in a fresh World per call) then checks that the ontology and the data are
consistent — a person typed as a country, a phone call that is also an in-person meeting — and any
type it infers beyond the above is added too. HermiT does not explain an inconsistency, so the
explanation is found here: the individuals with two disjoint classes, and how each class was reached.
owlready2 reads N-Triples, not Turtle: everything goes through pyoxigraph first.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .paths import ontology_file

INFERRED_GRAPH = "https://w3id.org/entente/id/graph/inferred"
KG_NS = "https://w3id.org/entente/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
TYPE, SUBCLASS, SUBPROP = RDF + "type", RDFS + "subClassOf", RDFS + "subPropertyOf"
DOMAIN, RANGE, INVERSE = RDFS + "domain", RDFS + "range", OWL + "inverseOf"
DISJOINT, SAME_AS, LABEL = OWL + "disjointWith", OWL + "sameAs", RDFS + "label"


@dataclass
class ReasoningReport:
    consistent: bool | None  # None: not checked (say why in `reasoner`)
    reasoner: str  # "HermiT", or why it did not run
    inferred: int = 0  # triples in the inferred graph
    explanation: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verdict = {True: "consistent", False: "INCONSISTENT", None: "consistency not checked"}[self.consistent]
        lines = [f"reasoning: {self.inferred} inferred triples in <{INFERRED_GRAPH}>; {verdict} ({self.reasoner})"]
        lines += [f"  {line}" for line in self.explanation]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- schema


@dataclass
class Schema:
    """What the ontology says that the materialisation uses."""

    superclasses: dict[str, set[str]]  # class -> every named super-class, itself excluded
    superproperties: dict[str, set[str]]
    domains: dict[str, set[str]]  # property -> named classes (inherited from super-properties)
    ranges: dict[str, set[str]]
    inverses: dict[str, set[str]]
    symmetric: set[str]
    disjoint: set[frozenset[str]]
    labels: dict[str, str]

    @classmethod
    def load(cls, triples: Iterable[tuple[str, str, str]]) -> Schema:
        by_p: dict[str, list[tuple[str, str]]] = defaultdict(list)
        lists: dict[str, tuple[str, str]] = {}
        for s, p, o in triples:
            by_p[p].append((s, o))
            if p in (RDF + "first", RDF + "rest"):
                first, rest = lists.get(s, ("", ""))
                lists[s] = (o, rest) if p == RDF + "first" else (first, o)

        def members(head: str) -> list[str]:
            out = []
            while head in lists:
                out.append(lists[head][0])
                head = lists[head][1]
            return out

        def closure(pairs: list[tuple[str, str]]) -> dict[str, set[str]]:
            direct: dict[str, set[str]] = defaultdict(set)
            for s, o in pairs:
                if not o.startswith("_:"):
                    direct[s].add(o)
            result: dict[str, set[str]] = {}
            for start in list(direct):
                seen: set[str] = set()
                todo = list(direct[start])
                while todo:
                    x = todo.pop()
                    if x not in seen and x != start:
                        seen.add(x)
                        todo.extend(direct.get(x, ()))
                result[start] = seen
            return result

        superclasses = closure(by_p[SUBCLASS])
        superproperties = closure(by_p[SUBPROP])
        named = lambda o: not o.startswith("_:")
        domains: dict[str, set[str]] = defaultdict(set)
        ranges: dict[str, set[str]] = defaultdict(set)
        for s, o in by_p[DOMAIN]:
            if named(o):
                domains[s].add(o)
        for s, o in by_p[RANGE]:
            if named(o) and not o.startswith("http://www.w3.org/2001/XMLSchema#") and o != RDFS + "Literal":
                ranges[s].add(o)
        for p, supers in superproperties.items():
            for q in supers:
                domains[p] |= domains.get(q, set())
                ranges[p] |= ranges.get(q, set())
        inverses: dict[str, set[str]] = defaultdict(set)
        for s, o in by_p[INVERSE]:
            inverses[s].add(o)
            inverses[o].add(s)
        for p, invs in list(inverses.items()):  # the inverse of a property also inverts its sub-properties'
            for q in invs:
                domains[q] |= ranges.get(p, set())
                ranges[q] |= domains.get(p, set())
        symmetric = {s for s, o in by_p[TYPE] if o == OWL + "SymmetricProperty"}
        disjoint = {frozenset((s, o)) for s, o in by_p[DISJOINT] if named(s) and named(o)}
        for s, o in by_p[TYPE]:
            if o == OWL + "AllDisjointClasses":
                for lst in (m for subj, m in by_p[OWL + "members"] if subj == s):
                    ms = members(lst)
                    disjoint |= {frozenset((a, b)) for a in ms for b in ms if a < b}
        labels = {s: o for s, o in by_p[LABEL] if o.endswith("@en")}
        return cls(superclasses, superproperties, dict(domains), dict(ranges), dict(inverses), symmetric,
                   disjoint, labels)


def _term(t) -> str:  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return str(t)  # a literal, in N-Triples syntax


def ontology_triples() -> list[tuple[str, str, str]]:
    import pyoxigraph as ox

    return [(_term(t.subject), _term(t.predicate), _term(t.object))
            for t in ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)]


# ---------------------------------------------------------------------------------------------- materialisation


def materialise(triples: Iterable[tuple[str, str, str]], schema: Schema
                ) -> tuple[set[tuple[str, str, str]], dict[tuple[str, str], str]]:
    """The triples that follow from `triples` (terms as from `_term`) and are not among them, and why each
    inferred type holds: {(node, class): reason}."""
    asserted = set(triples)
    known = set(asserted)
    why: dict[tuple[str, str], str] = {}
    todo = list(asserted)
    participants: dict[str, set[str]] = defaultdict(set)
    new: set[tuple[str, str, str]] = set()

    def add(t: tuple[str, str, str], reason: str) -> None:
        if t not in known:
            known.add(t)
            new.add(t)
            todo.append(t)
            if t[1] == TYPE:
                why.setdefault((t[0], t[2]), reason)

    def short(iri: str) -> str:
        return iri.replace(KG_NS, "kg:").replace(RDFS, "rdfs:").replace(RDF, "rdf:")

    while todo:
        s, p, o = todo.pop()
        is_node = not o.startswith('"')
        if p == TYPE:
            for sup in schema.superclasses.get(o, ()):
                add((s, TYPE, sup), f"{short(o)} is a subclass of {short(sup)}")
            continue
        for q in schema.superproperties.get(p, ()):
            add((s, q, o), f"{short(p)} is a sub-property of {short(q)}")
        for d in schema.domains.get(p, ()):
            add((s, TYPE, d), f"it has a {short(p)} (domain {short(d)})")
        if is_node:
            for r in schema.ranges.get(p, ()):
                add((o, TYPE, r), f"it is the {short(p)} of <{s}> (range {short(r)})")
            for inv in schema.inverses.get(p, ()):
                add((o, inv, s), f"inverse of {short(p)}")
            if p in schema.symmetric:
                add((o, p, s), f"{short(p)} is symmetric")
            if p == KG_NS + "participant":
                for other in participants[s]:
                    if other != o:
                        add((o, KG_NS + "metWith", other), "both took part in one meeting")
                        add((other, KG_NS + "metWith", o), "both took part in one meeting")
                participants[s].add(o)
    return new - asserted, why


def explain_clashes(triples: set[tuple[str, str, str]], why: dict[tuple[str, str], str], schema: Schema,
                    limit: int = 20) -> list[str]:
    """Plain-English lines about each individual (or owl:sameAs group) that has two disjoint classes."""
    types: dict[str, set[str]] = defaultdict(set)
    same: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for s, p, o in triples:
        if p == TYPE:
            types[s].add(o)
        elif p == SAME_AS and not o.startswith('"'):
            same[o].add(s)
            same[s].add(o)
        elif p == LABEL and o.endswith("@en") and s not in labels:
            labels[s] = o.rsplit("@", 1)[0].strip('"')
    name = lambda n: f"{labels[n]} <{n}>" if n in labels else f"<{n}>"
    cname = lambda c: schema.labels.get(c, c).rsplit("@", 1)[0].strip('"') + f" ({c.replace(KG_NS, 'kg:')})"
    lines: list[str] = []
    seen: set[frozenset[str]] = set()
    for node in sorted(types):
        group = {node} | same.get(node, set()) | {x for t in same.get(node, set()) for x in same.get(t, set())}
        group = {n for n in group if n in types}
        if frozenset(group) in seen:
            continue
        seen.add(frozenset(group))
        holders = {c: n for n in sorted(group) for c in types[n]}
        for pair in sorted(schema.disjoint, key=sorted):
            a, b = sorted(pair)
            if a in holders and b in holders:
                def because(c: str, holders: dict[str, str] = holders) -> str:
                    n = holders[c]
                    return (f"{name(n)} is a {cname(c)}"
                            + (f" because {why[(n, c)]}" if (n, c) in why else " (stated)"))
                same_note = "" if holders[a] == holders[b] else " (the two are owl:sameAs the same entity)"
                lines.append(f"{because(a)}; {because(b)}; but {cname(a)} and {cname(b)} are disjoint"
                             f"{same_note}.")
                if len(lines) >= limit:
                    return lines + ["… (more clashes not shown)"]
    return lines


# ---------------------------------------------------------------------------------------------- HermiT


def java_available() -> bool:
    import owlready2

    return shutil.which(owlready2.JAVA_EXE) is not None


def hermit(ntriples: str) -> tuple[bool | None, str, set[tuple[str, str]]]:
    """(consistent, reasoner note, inferred (individual, class) pairs) from HermiT on ontology + data,
    given as N-Triples; consistent is None where Java is missing."""
    import owlready2

    if not java_available():
        return None, f"skipped: Java is not installed ('{owlready2.JAVA_EXE}' not found; install Java 17)", set()
    world = owlready2.World()  # never the default world: nothing leaks between calls
    with tempfile.TemporaryDirectory(prefix="kg-reason-") as tmp:
        path = Path(tmp) / "graph.nt"
        path.write_text(ntriples, encoding="utf-8")
        try:
            world.get_ontology(path.as_uri()).load(format="ntriples")
            try:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                               ignore_unsupported_datatypes=True)
            except owlready2.OwlReadyInconsistentOntologyError:
                return False, "HermiT", set()
            inferred = {(ind.iri, cls.iri) for ind in world.individuals() for cls in ind.is_a
                        if hasattr(cls, "iri")}
            return True, "HermiT", inferred
        except owlready2.OwlReadyJavaError as err:
            return None, f"skipped: HermiT failed ({str(err).strip().splitlines()[-1][:200]})", set()
        finally:
            world.close()


# ---------------------------------------------------------------------------------------------- entry points


def reason_store(store, check: bool = True):  # type: ignore[no-untyped-def]
    """(inferred triples as pyoxigraph Triples, report) for everything in `store` (all graphs, as one)."""
    import pyoxigraph as ox

    onto = ontology_triples()
    schema = Schema.load(onto)
    data = {(_term(q.subject), _term(q.predicate), _term(q.object)) for q in store
            if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == INFERRED_GRAPH)}
    new, why = materialise(data, schema)
    report = ReasoningReport(consistent=None, reasoner="not run")
    if check:
        nt = "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in sorted(set(onto) | data))
        report.consistent, report.reasoner, hermit_types = hermit(nt)
        for ind, cls in sorted(hermit_types):
            t = (ind, TYPE, cls)
            if t not in data and not cls.startswith(OWL):
                new.add(t)
                why.setdefault((ind, cls), "HermiT")
    if report.consistent is not True:  # explain HermiT's verdict, or check disjointness without it
        clashes = explain_clashes(data | new, why, schema)
        if report.consistent is False:
            report.explanation = clashes or [
                ("HermiT found no model, and no individual has two disjoint classes: look for owl:sameAs links "
                 "between distinct individuals and for values outside a property's range.")]
        elif clashes:
            report.consistent = False
            report.reasoner += "; disjoint classes found without it"
            report.explanation = clashes
    triples = [ox.Triple(_node(s), ox.NamedNode(p), _node(o)) for s, p, o in sorted(new)]
    report.inferred = len(triples)
    return triples, report


def _nt(term: str) -> str:
    if term.startswith(('"', "_:")):
        return term
    return f"<{term}>"


def _node(term: str):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    if term.startswith("_:"):
        return ox.BlankNode(term[2:])
    if term.startswith('"'):
        return next(iter(ox.parse(f"<urn:x> <urn:x> {term} .", format=ox.RdfFormat.N_TRIPLES))).object
    return ox.NamedNode(term)


def inferred_lines(triples) -> list[str]:  # type: ignore[no-untyped-def]
    """N-Quads lines (without the final " .") of the inferred graph, sorted."""
    return sorted(f"{t.subject} {t.predicate} {t.object} <{INFERRED_GRAPH}>" for t in triples)


def reason_file(path: Path, out: Path | None = None, check: bool = True) -> ReasoningReport:
    """Reasons over any graph file; writes the inferred triples to `out` (.nq/.trig: in the inferred graph;
    .nt/.ttl: as triples)."""
    import pyoxigraph as ox

    from .store import load_graph

    store = load_graph(path)
    triples, report = reason_store(store, check=check)
    if out is not None:
        out = Path(out)
        fmt = ox.RdfFormat.from_extension(out.suffix.lstrip(".")) or ox.RdfFormat.N_QUADS
        if fmt.supports_datasets:
            quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(INFERRED_GRAPH)) for t in triples]
            ox.serialize(quads, output=str(out), format=fmt)
        else:
            ox.serialize(triples, output=str(out), format=fmt)
    return report


def reason_into(lines: list[str], out: Path) -> ReasoningReport:
    """For `kg build --reason`: reasons over the build's N-Quads lines, writes inferred.nq into `out` and
    rewrites graph.nq and graph.trig there with the inferred graph added."""
    import pyoxigraph as ox

    from .export import EXPORTERS
    from .export.sorted_quads import SortedQuads, quads_of

    store = ox.Store()
    written = Path(out) / "graph.nq"
    if isinstance(lines, SortedQuads) and written.is_file():  # a streamed build: its N-Quads file, bulk-loaded
        store.bulk_load(path=str(written), format=ox.RdfFormat.N_QUADS)
    else:
        store.bulk_extend(quads_of(lines))
    triples, report = reason_store(store)
    added = inferred_lines(triples)
    (Path(out) / "inferred.nq").write_text("".join(line + " .\n" for line in added), encoding="utf-8")
    everything: list[str] | SortedQuads
    if isinstance(lines, SortedQuads):  # the inferred graph joins the lines the main process holds
        main = sorted(set(lines.main_lines).union(added))
        everything = SortedQuads(lines.folder, main, lines.shards, lines.graphs,
                                 lines.count - len(lines.main_lines) + len(main))
    else:
        everything = sorted(set(lines).union(added))
    for name in ("nquads", "trig"):
        EXPORTERS[name](everything, Path(out))
    return report
