"""A compiled checker for the SHACL features Entente's shapes use, for archives too large for pyshacl.

pyshacl is the reference (and the default for builds and `kg validate`); this engine reads the same
shapes file and must report the same results: tests/test_shapes.py runs every SHACL test case through
both. It evaluates core constraints in Python over an index of the batch, and SPARQL targets with
pyoxigraph, tens of times faster than pyshacl on our graphs.

Supported: sh:targetClass, sh:targetSubjectsOf, SPARQL targets; property shapes with an IRI path; node and
property constraints sh:class, sh:datatype, sh:nodeKind (sh:IRI), sh:pattern, sh:in, sh:languageIn,
sh:minLength, sh:minInclusive/minExclusive/maxInclusive/maxExclusive, sh:minCount, sh:maxCount,
sh:lessThan, sh:equals, sh:disjoint, sh:or, sh:xone, sh:not, sh:qualifiedValueShape with
qualifiedMinCount/MaxCount, sh:property inside logical constraints. Anything else raises, so a new kind of
shape cannot be skipped silently.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
KGSH = "https://w3id.org/entente/shapes#"
RDF_TYPE = RDF + "type"
LANG_STRING = RDF + "langString"

_LEXICAL = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    XSD + "boolean": re.compile(r"true|false|1|0"),
    XSD + "date": re.compile(r"-?\d{4,}-\d\d-\d\d(Z|[+-]\d\d:\d\d)?"),
    XSD + "gYearMonth": re.compile(r"-?\d{4,}-\d\d(Z|[+-]\d\d:\d\d)?"),
    XSD + "gYear": re.compile(r"-?\d{4,}(Z|[+-]\d\d:\d\d)?"),
    XSD + "duration": re.compile(r"-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?"),
}
_NUMERIC = {XSD + "integer", XSD + "decimal", XSD + "double", XSD + "float"}
_KNOWN = {SH + p for p in (
    "targetClass", "targetSubjectsOf", "target", "property", "path", "class", "datatype", "nodeKind", "pattern",
    "in", "languageIn", "minLength", "minInclusive", "minExclusive", "maxInclusive", "maxExclusive", "minCount",
    "maxCount", "lessThan", "equals", "disjoint", "or", "xone", "not", "qualifiedValueShape",
    "qualifiedMinCount", "qualifiedMaxCount", "message", "severity", "deactivated", "name", "description")}


@dataclass
class Shape:
    node: Any
    path: str | None = None
    constraints: list[tuple[str, Any]] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    severity: str = "Violation"
    message: str = ""
    deactivated: bool = False
    target_classes: list[str] = field(default_factory=list)
    target_subjects_of: list[str] = field(default_factory=list)
    sparql_targets: list[str] = field(default_factory=list)


class Term:
    """A value node: an IRI, a blank node or a literal, with what the checks need."""

    __slots__ = ("kind", "value", "datatype", "language", "key")

    def __init__(self, kind: str, value: str, datatype: str = "", language: str = "", key: str = "") -> None:
        self.kind, self.value, self.datatype, self.language, self.key = kind, value, datatype, language, key


def _term(t: Any) -> Term:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return Term("iri", t.value, key=str(t))
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value, key=str(t))
    language = t.language or ""
    datatype = LANG_STRING if language else t.datatype.value
    return Term("literal", t.value, datatype, language, str(t))


class Index:
    """The batch as subject -> predicate -> objects, with types closed under rdfs:subClassOf."""

    def __init__(self, ntriples: str, superclasses: dict[str, set[str]]) -> None:
        import pyoxigraph as ox

        self.ntriples = ntriples
        self._store: Any = None
        self.out: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self.terms: dict[str, Term] = {}
        self.by_type: dict[str, list[str]] = defaultdict(list)
        self.subjects_of: dict[str, list[str]] = defaultdict(list)
        for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
            s, p, o = _term(triple.subject), triple.predicate.value, _term(triple.object)
            self.terms.setdefault(s.key, s)
            bucket = self.out[s.key][p]
            if all(existing.key != o.key for existing in bucket):
                bucket.append(o)
        self.types: dict[str, set[str]] = {}
        for key, preds in self.out.items():
            direct = {t.value for t in preds.get(RDF_TYPE, []) if t.kind == "iri"}
            closed = set(direct)
            for t in direct:
                closed |= superclasses.get(t, set())
            self.types[key] = closed
            for t in closed:
                self.by_type[t].append(key)
            for p in preds:
                self.subjects_of[p].append(key)

    @property
    def store(self) -> Any:
        """The batch in a pyoxigraph store, for SPARQL targets (built on first use)."""
        if self._store is None:
            import pyoxigraph as ox

            self._store = ox.Store()
            self._store.bulk_load(self.ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return self._store

    def values(self, key: str, path: str) -> list[Term]:
        if "/" not in path.replace("://", ""):
            return self.out.get(key, {}).get(path, [])
        steps = re.split(r"/(?=https?:)", path)  # a sequence path "p1/p2"
        nodes, seen = [key], set()
        for step in steps:
            nodes = [v.key for n in nodes for v in self.out.get(n, {}).get(step, [])]
        found = []
        for n in nodes:
            if n not in seen:
                seen.add(n)
                found.append(self.terms.get(n) or _parse_key_literal(n, self, steps, key))
        return found


def _literal_value(t: Term) -> Any:
    if t.kind != "literal":
        return None
    if t.datatype in _NUMERIC:
        try:
            return Decimal(t.value)
        except InvalidOperation:
            return None
    return t.value


def _comparable(a: Term, b: Term) -> tuple[Any, Any] | None:
    va, vb = _literal_value(a), _literal_value(b)
    if va is None or vb is None:
        return None
    if isinstance(va, Decimal) != isinstance(vb, Decimal):
        return None
    if not isinstance(va, Decimal) and a.datatype != b.datatype:
        return None
    return va, vb


class Engine:
    def __init__(self, shapes_graph: Any, ontology_graph: Any) -> None:
        import rdflib

        self.g = shapes_graph
        self.rdflib = rdflib
        self.superclasses: dict[str, set[str]] = defaultdict(set)
        sub = rdflib.RDFS.subClassOf
        direct: dict[str, set[str]] = defaultdict(set)
        for graph in (ontology_graph, shapes_graph):
            for c, d in graph.subject_objects(sub):
                if isinstance(c, rdflib.URIRef) and isinstance(d, rdflib.URIRef):
                    direct[str(c)].add(str(d))
        for c in list(direct):
            seen, stack = set(), [c]
            while stack:
                for d in direct.get(stack.pop(), ()):
                    if d not in seen:
                        seen.add(d)
                        stack.append(d)
            self.superclasses[c] = seen
        self.prefixes = self._prefixes()
        node_shapes = set(shapes_graph.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "NodeShape")))
        self.shapes = [self._shape(n) for n in sorted(node_shapes, key=str)]

    # ------------------------------------------------------------------ compiling the shapes graph
    def _prefixes(self) -> str:
        rdflib, g = self.rdflib, self.g
        out = []
        for decl in g.objects(None, rdflib.URIRef(SH + "declare")):
            prefix = g.value(decl, rdflib.URIRef(SH + "prefix"))
            ns = g.value(decl, rdflib.URIRef(SH + "namespace"))
            if prefix is not None and ns is not None:
                out.append(f"PREFIX {prefix}: <{ns}>")
        return "\n".join(sorted(set(out))) + "\n"

    def _list(self, node: Any) -> list[Any]:
        from rdflib.collection import Collection

        return list(Collection(self.g, node))

    def _shape(self, node: Any) -> Shape:
        rdflib, g = self.rdflib, self.g
        shape = Shape(node)
        for p, o in sorted(g.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
            name = str(p)
            if name == RDF_TYPE or name.startswith(KGSH) or name == RDFS + "comment" or name == RDFS + "label":
                continue
            if name not in _KNOWN:
                raise NotImplementedError(f"the fast SHACL engine does not support {name} (shape {node})")
            key = name.removeprefix(SH)
            if key == "path":
                if isinstance(o, rdflib.URIRef):
                    shape.path = str(o)
                elif g.value(o, rdflib.RDF.first) is not None and all(
                        isinstance(step, rdflib.URIRef) for step in self._list(o)):
                    shape.path = "/".join(str(step) for step in self._list(o))  # a sequence path
                else:
                    raise NotImplementedError(f"complex path in shape {node}")
            elif key == "property":
                shape.properties.append(self._shape(o))
            elif key == "severity":
                shape.severity = str(o).removeprefix(SH)
            elif key == "message":
                shape.message = str(o)
            elif key == "deactivated":
                shape.deactivated = bool(o.toPython())
            elif key == "targetClass":
                shape.target_classes.append(str(o))
            elif key == "targetSubjectsOf":
                shape.target_subjects_of.append(str(o))
            elif key == "target":
                shape.sparql_targets.append(str(g.value(o, rdflib.URIRef(SH + "select"))))
            elif key in ("or", "xone"):
                shape.constraints.append((key, [self._shape(x) for x in self._list(o)]))
            elif key in ("not", "qualifiedValueShape"):
                shape.constraints.append((key, self._shape(o)))
            elif key in ("in", "languageIn"):
                shape.constraints.append((key, [str(x) for x in self._list(o)]))
            elif key in ("name", "description"):
                continue
            else:
                shape.constraints.append((key, o.toPython() if isinstance(o, rdflib.Literal) else str(o)))
        return shape

    # ------------------------------------------------------------------ checking
    def validate(self, ntriples: str) -> list[tuple[str, str, str, str, str]]:
        """(focus key, severity, path, message, value key) for every result in the batch."""
        index = Index(ntriples, self.superclasses)
        results: list[tuple[str, str, str, str, str]] = []
        for shape in self.shapes:
            if shape.deactivated:
                continue
            for focus in sorted(self._targets(shape, index)):
                results.extend(self._check(shape, index, focus))
        return results

    def _targets(self, shape: Shape, index: Index) -> set[str]:
        focus: set[str] = set()
        for c in shape.target_classes:
            focus.update(index.by_type.get(c, ()))
        for p in shape.target_subjects_of:
            focus.update(index.subjects_of.get(p, ()))
        for query in shape.sparql_targets:
            focus.update(self._sparql(query, index))
        return focus

    def _sparql(self, query: str, index: Index) -> set[str]:

        return {str(row["this"]) for row in index.store.query(self.prefixes + query)}

    def _check(self, shape: Shape, index: Index, focus: str) -> list[tuple[str, str, str, str, str]]:
        out = []
        node = index.terms.get(focus) or _parse_key(focus)
        for kind, arg in shape.constraints:  # node constraints: the focus node is the value node
            if kind in ("minCount", "maxCount", "qualifiedMinCount", "qualifiedMaxCount"):
                continue
            for value in self._failing(kind, arg, [node], index, focus, shape):
                out.append((focus, shape.severity, "", shape.message, value.key))
        for prop in shape.properties:
            if prop.deactivated:
                continue
            out.extend(self._check_property(prop, index, focus))
        return out

    def _check_property(self, prop: Shape, index: Index, focus: str) -> list[tuple[str, str, str, str, str]]:
        values = index.values(focus, prop.path or "")
        out = []
        constraints = dict(prop.constraints)
        for kind, arg in prop.constraints:
            if kind == "minCount":
                if len(values) < int(arg):
                    out.append((focus, prop.severity, prop.path or "", prop.message, ""))
            elif kind == "maxCount":
                if len(values) > int(arg):
                    out.append((focus, prop.severity, prop.path or "", prop.message, ""))
            elif kind == "qualifiedValueShape":
                n = sum(1 for v in values if self._conforms(arg, v, index))
                low, high = constraints.get("qualifiedMinCount"), constraints.get("qualifiedMaxCount")
                if (low is not None and n < int(low)) or (high is not None and n > int(high)):
                    out.append((focus, prop.severity, prop.path or "", prop.message, ""))
            elif kind in ("qualifiedMinCount", "qualifiedMaxCount"):
                continue
            else:
                for value in self._failing(kind, arg, values, index, focus, prop):
                    out.append((focus, prop.severity, prop.path or "", prop.message, value.key))
        return out

    def _failing(self, kind: str, arg: Any, values: list[Term], index: Index, focus: str,
                 shape: Shape) -> list[Term]:
        if kind == "lessThan":
            others = index.values(focus, arg)
            bad = []
            for v in values:
                for w in others:
                    pair = _comparable(v, w)
                    if pair is None or not pair[0] < pair[1]:
                        bad.append(v)
                        break
            return bad
        if kind == "equals":
            others = index.values(focus, arg)
            keys, other_keys = {v.key for v in values}, {w.key for w in others}
            return [v for v in values if v.key not in other_keys] + [w for w in others if w.key not in keys]
        if kind == "disjoint":
            other_keys = {w.key for w in index.values(focus, arg)}
            return [v for v in values if v.key in other_keys]
        return [v for v in values if not self._value_ok(kind, arg, v, index)]

    def _value_ok(self, kind: str, arg: Any, v: Term, index: Index) -> bool:
        if kind == "class":
            return v.kind != "literal" and arg in index.types.get(v.key, set())
        if kind == "datatype":
            if v.kind != "literal" or v.datatype != arg:
                return False
            lexical = _LEXICAL.get(arg)
            return lexical is None or bool(lexical.fullmatch(v.value))
        if kind == "nodeKind":
            kinds = {SH + "IRI": ("iri",), SH + "BlankNode": ("bnode",), SH + "Literal": ("literal",),
                     SH + "BlankNodeOrIRI": ("iri", "bnode"), SH + "IRIOrLiteral": ("iri", "literal"),
                     SH + "BlankNodeOrLiteral": ("bnode", "literal")}[arg]
            return v.kind in kinds
        if kind == "pattern":
            return v.kind != "bnode" and re.search(str(arg), v.value) is not None
        if kind == "in":
            return any(v.value == a and v.kind in ("iri", "literal") for a in arg)
        if kind == "languageIn":
            return v.kind == "literal" and any(
                v.language.lower() == a.lower() or v.language.lower().startswith(a.lower() + "-") for a in arg)
        if kind == "minLength":
            return v.kind != "bnode" and len(v.value) >= int(arg)
        if kind in ("minInclusive", "minExclusive", "maxInclusive", "maxExclusive"):
            numeric = isinstance(arg, (int, float, Decimal))
            bound = _literal_value(Term("literal", str(arg), XSD + "decimal")) if numeric else arg
            value = _literal_value(v)
            if value is None or not isinstance(value, Decimal) or not isinstance(bound, Decimal):
                if value is None or isinstance(value, Decimal) != isinstance(bound, Decimal):
                    return False
            try:
                return {"minInclusive": value >= bound, "minExclusive": value > bound,
                        "maxInclusive": value <= bound, "maxExclusive": value < bound}[kind]
            except TypeError:
                return False
        if kind == "or":
            return any(self._conforms(s, v, index) for s in arg)
        if kind == "xone":
            return sum(1 for s in arg if self._conforms(s, v, index)) == 1
        if kind == "not":
            return not self._conforms(arg, v, index)
        raise NotImplementedError(f"the fast SHACL engine does not support sh:{kind}")

    def _conforms(self, shape: Shape, v: Term, index: Index) -> bool:
        """Whether a value node conforms to a shape used inside a logical or qualified constraint."""
        if shape.path is not None:
            return not self._check_property(shape, index, v.key)
        for kind, arg in shape.constraints:
            if kind in ("minCount", "maxCount", "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShape"):
                continue
            if self._failing(kind, arg, [v], index, v.key, shape):
                return False
        return all(not self._check_property(p, index, v.key) for p in shape.properties)


def _parse_key_literal(value_key: str, index: Index, steps: list[str], start: str) -> Term:
    """The Term object for a value reached by a sequence path (literals are not subjects)."""
    nodes = [start]
    for step in steps[:-1]:
        nodes = [v.key for n in nodes for v in index.out.get(n, {}).get(step, [])]
    for n in nodes:
        for v in index.out.get(n, {}).get(steps[-1], []):
            if v.key == value_key:
                return v
    return _parse_key(value_key)


def _parse_key(key: str) -> Term:
    if key.startswith("<"):
        return Term("iri", key[1:-1], key=key)
    if key.startswith("_:"):
        return Term("bnode", key[2:], key=key)
    return Term("literal", key, key=key)


@cache
def engine(scope: str) -> Engine:
    """The compiled shapes for a scope (parsed once per process)."""
    from .validate import _ontology_graph, shapes_graph

    return Engine(shapes_graph(scope), _ontology_graph())
