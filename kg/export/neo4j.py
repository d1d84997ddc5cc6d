"""Neo4j: CSV files for `neo4j-admin database import full` and an idempotent `load.cypher`.

The build's quads become a labelled property graph (also used by the GEXF and GraphML exporters):
one node per actor, fact, commodity and article of the merged (default-graph) view, with the
evidence quotes and sources of each fact as list properties, and one relationship per object
property the ontology names. Article text stays data: CSV fields are quoted by the csv module,
list elements and a node's labels are joined with U+001F (`--array-delimiter=U+001F`), and every Cypher string is a
literal whose quotes, backslashes, semicolons, slashes and control characters are escaped.
"""
from __future__ import annotations

import calendar
import csv
import io
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..vocab import (
    DCT_IDENTIFIER,
    DCT_ISSUED,
    DCT_LANGUAGE,
    DCT_TITLE,
    KG,
    OWL_SAMEAS,
    PROV_DERIVED,
    RDF_TYPE,
    RDFS_LABEL,
    TIME_HAS_BEGINNING,
    TIME_HAS_END,
    TIME_IN_XSD,
    WD_ENTITY,
    XSD,
)

#: Property value types, named as neo4j-admin's CSV header names them.
PropType = str
Value = object  # str | int | float | bool | date | tuple[str, ...]

ARRAY_DELIMITER = "\x1f"
CYPHER_BATCH = 500
READ_BATCH = 2000  # N-Quads lines parsed at a time when the property graph is read

_FACT_PROPS: tuple[tuple[str, PropType], ...] = (
    ("evidence", "string[]"), ("sources", "string[]"), ("mergeReasons", "string[]"), ("conflicts", "string[]"))
_ACTOR_PROPS: tuple[tuple[str, PropType], ...] = (
    ("name", "string"), ("aliases", "string[]"), ("wikidata", "string"))


@dataclass(frozen=True)
class Group:
    """A node file: the labels its nodes carry, the label MERGE keys on, and its typed properties."""

    name: str
    key_label: str
    labels: tuple[str, ...]
    props: tuple[tuple[str, PropType], ...]


GROUPS: dict[str, Group] = {g.name: g for g in (
    Group("Person", "Actor", ("Actor", "Person"), _ACTOR_PROPS),
    Group("Country", "Actor", ("Actor", "Country", "Place"), _ACTOR_PROPS),
    Group("Organization", "Actor", ("Actor", "Organization"), _ACTOR_PROPS),
    Group("City", "Place", ("City", "Place"), _ACTOR_PROPS),
    Group("Meeting", "Meeting", ("Meeting",), (
        ("name", "string"), ("kind", "string"), ("date", "date"), ("dateEnd", "date"), ("dateText", "string"),
        ("duration", "duration"), ("durationMinutes", "int"), *_FACT_PROPS)),
    Group("Invitation", "Invitation", ("Invitation",), (
        ("name", "string"), ("occasion", "string"), ("accepted", "boolean"), ("timeFrame", "string"),
        ("timeFrameStart", "date"), ("timeFrameEnd", "date"), *_FACT_PROPS)),
    Group("Treaty", "Treaty", ("Treaty",), (
        ("name", "string"), ("signedOn", "date"), ("signedOnText", "string"), ("status", "string"),
        ("wikidata", "string"), *_FACT_PROPS)),
    Group("TradeFact", "TradeFact", ("TradeFact",), (
        ("name", "string"), ("measure", "string"), ("value", "double"), ("period", "string"),
        ("periodStart", "date"), ("periodEnd", "date"), *_FACT_PROPS)),
    Group("Commodity", "Commodity", ("Commodity",), (("name", "string"),)),
    Group("Article", "Article", ("Article",), (
        ("name", "string"), ("identifier", "string"), ("language", "string"), ("title", "string"),
        ("issued", "date"), ("textLength", "int"))),
)}
#: Which group a node falls in, by the first of its rdf:types found in this order.
GROUP_BY_CLASS = [(KG.Person, "Person"), (KG.Country, "Country"), (KG.Organization, "Organization"),
                  (KG.City, "City"), (KG.Meeting, "Meeting"), (KG.Invitation, "Invitation"),
                  (KG.Treaty, "Treaty"), (KG.TradeFact, "TradeFact"), (KG.Commodity, "Commodity"),
                  (KG.Article, "Article")]
MEETING_KINDS = {KG.PhoneCall: "PhoneCall", KG.VideoCall: "VideoCall", KG.InPersonMeeting: "InPersonMeeting"}
KIND_NAMES = {"PhoneCall": "Phone call", "VideoCall": "Video call", "InPersonMeeting": "Meeting", "": "Meeting"}
REL_BY_PREDICATE = {KG.participant: "PARTICIPANT", KG.inviter: "INVITER", KG.invitee: "INVITEE",
                    KG.destination: "DESTINATION", KG.party: "PARTY", KG.supplier: "SUPPLIER",
                    KG.buyer: "BUYER", KG.commodity: "COMMODITY", KG.place: "PLACE",
                    KG.fulfilledBy: "FULFILLED_BY", KG.country: "COUNTRY", PROV_DERIVED: "DERIVED_FROM"}
REL_TYPES = ("BUYER", "COMMODITY", "COUNTRY", "DERIVED_FROM", "DESTINATION", "FULFILLED_BY", "INVITEE",
             "INVITER", "MENTIONS", "PARTICIPANT", "PARTY", "PLACE", "SUPPLIER")
REL_PROPS: dict[str, tuple[tuple[str, PropType], ...]] = {"DERIVED_FROM": (("evidence", "string[]"),)}
MEASURES = ("valueUSD", "changePercent", "rank", "tonnes", "barrelsPerDay", "cubicMetresPerYear")


@dataclass(frozen=True, slots=True)
class Node:
    iri: str
    group: str
    labels: tuple[str, ...]
    props: dict[str, Value] = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        return str(self.props.get("name", self.iri))


@dataclass(frozen=True, slots=True)
class Relationship:
    type: str
    start: str
    end: str
    props: dict[str, Value] = field(default_factory=dict, compare=False)


@dataclass
class PropertyGraph:
    """Nodes by IRI and relationships sorted by (type, start, end)."""

    nodes: dict[str, Node]
    relationships: list[Relationship]

    def by_group(self, group: str) -> list[Node]:
        return [self.nodes[iri] for iri in sorted(self.nodes) if self.nodes[iri].group == group]


# ---------------------------------------------------------------------------------------------- the model
def date_range(lexical: str, datatype: str) -> tuple[date, date] | None:
    """The first and last day an xsd:date, gYearMonth or gYear literal covers, or None if it is none of them."""
    try:
        if datatype == XSD + "date":
            day = date.fromisoformat(lexical[:10])
            return day, day
        if datatype == XSD + "gYearMonth":
            year, month = int(lexical[:4]), int(lexical[5:7])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if datatype == XSD + "gYear":
            year = int(lexical[:4])
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None
    return None


def duration_minutes(lexical: str) -> int | None:
    """Minutes in an xsd:duration of days, hours and minutes (PT1H35M), or None if it has other parts."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?", lexical)
    if not match or lexical in ("P", "PT"):
        return None
    days, hours, minutes, seconds = match.groups()
    return (int(days or 0) * 24 + int(hours or 0)) * 60 + int(minutes or 0) + int(float(seconds or 0) // 60)


_LAST_BUILT: list[tuple[list[str], int, PropertyGraph]] = []  # the Neo4j, GEXF and GraphML exports share one


def property_graph(lines: list[str]) -> PropertyGraph:
    """The labelled property graph of a build: merged-view nodes and relationships, evidence from article graphs."""
    if _LAST_BUILT and _LAST_BUILT[0][0] is lines and _LAST_BUILT[0][1] == len(lines):
        return _LAST_BUILT[0][2]
    graph = _property_graph(lines)
    _LAST_BUILT[:] = [(lines, len(lines), graph)]
    return graph


#: What the property graph never reads in article graphs (evidence offsets, types): not kept, it is most of them.
_UNREAD_IN_ARTICLE_GRAPHS = frozenset({RDF_TYPE, KG.startOffset, KG.endOffset, KG.extractor, KG.inArticle})
#: What it never reads in the default graph (each fact's count of independent sources).
_UNREAD_IN_DEFAULT_GRAPH = frozenset({KG.independentSources})
#: What the first pass reads in article graphs besides kg:about and kg:mentions (the claims a conflict cites are
#: read again in a second pass).
_READ_IN_FIRST_PASS = frozenset({KG.evidence, KG.quote})
_ACTOR_GROUPS = ("Person", "Country", "Organization", "City")
#: A fact's properties that come from other subjects: which interval gives its period, which properties hold it.
_PERIODS = {"Invitation": (KG.timeFrame, ("timeFrame", "timeFrameStart", "timeFrameEnd")),
            "TradeFact": (KG.period, ("period", "periodStart", "periodEnd"))}


class _Subject:
    """One subject's default-graph objects by predicate, with the lookups the model makes on them. The quads are
    read a subject at a time, so only the subject being read is held as pyoxigraph terms."""

    __slots__ = ("iri", "objects")

    def __init__(self, iri: str, objects: dict[str, list[Any]]) -> None:
        self.iri, self.objects = iri, objects

    def values(self, predicate: str) -> list[str]:
        return sorted({o.value for o in self.objects.get(predicate, [])})

    def first(self, predicate: str) -> Any:
        objs = self.objects.get(predicate)
        if not objs:
            return None
        return objs[0] if len(objs) == 1 else min(objs, key=str)

    def label(self, lang: str | None = "en") -> str | None:
        import pyoxigraph as ox

        labels = sorted((o for o in self.objects.get(RDFS_LABEL, []) if isinstance(o, ox.Literal)),
                        key=lambda o: (o.language != lang, o.language or "", o.value))
        return labels[0].value if labels else None


@dataclass(slots=True)
class _Pending:
    """What a fact node still needs from subjects read after it (or before it) once the whole stream is read."""

    derived: tuple[str, ...]  # prov:wasDerivedFrom: articles (identifiers, quotes)
    conflicts: tuple[str, ...]  # kg:hasConflict
    period: str | None  # the interval of its time frame or period


@dataclass
class _Model:
    """The side tables of one pass over a build's quads, a subject at a time. Besides the nodes it keeps only
    what ties subjects together: article identifiers, periods' intervals and instants, conflicts, and the
    evidence quotes per (fact, article) (themselves properties of the graph)."""

    nodes: dict[str, Node] = field(default_factory=dict)
    pending: dict[str, _Pending] = field(default_factory=dict)
    links: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)  # node -> (pred, targets)
    identifiers: dict[str, str] = field(default_factory=dict)  # article -> dct:identifier
    intervals: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)  # label, begin, end
    instants: dict[str, str] = field(default_factory=dict)  # time point -> its xsd date
    conflicts: dict[str, tuple[str | None, list[str]]] = field(default_factory=dict)  # -> (property, claims)
    mentions: set[tuple[str, str]] = field(default_factory=set)
    ev_quotes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # evidence -> its quotes
    ev_waiting: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # evidence not read yet -> claims'
    quotes: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (fact, article graph) -> quotes
    kept: dict[str, str] = field(default_factory=dict)  # one object per string while reading

    def keep(self, text: str) -> str:
        return self.kept.setdefault(text, text)

    def read(self, subject: str, default: dict[str, list[Any]], about: tuple[str, str] | None,
             named: dict[str, list[str]]) -> None:
        """One subject: its default-graph objects, the last (fact, graph) it is a claim about, its article-graph
        values."""
        if about is not None:  # a claim: its evidence's quotes are the fact's in that article
            for evidence in named.get(KG.evidence, ()):
                quotes = self.ev_quotes.get(evidence)
                if quotes is None:
                    self.ev_waiting.setdefault(evidence, []).append(about)
                elif quotes:
                    self.quotes.setdefault(about, []).extend(quotes)
        if KG.quote in named or subject in self.ev_waiting:  # evidence
            quotes = tuple(named.get(KG.quote, ()))
            self.ev_quotes[subject] = quotes
            for claim_about in self.ev_waiting.pop(subject, ()):
                if quotes:
                    self.quotes.setdefault(claim_about, []).extend(quotes)
        if not default:
            return
        own = _Subject(subject, default)
        if TIME_HAS_BEGINNING in default or TIME_HAS_END in default:
            begin, end = own.first(TIME_HAS_BEGINNING), own.first(TIME_HAS_END)
            self.intervals[subject] = (own.label(None), begin.value if begin is not None else None,
                                       end.value if end is not None else None)
        if TIME_IN_XSD in default:
            self.instants[subject] = own.first(TIME_IN_XSD).value
        types = {o.value for o in default.get(RDF_TYPE, [])}
        group = next((g for cls, g in GROUP_BY_CLASS if cls in types), None)
        if group is not None:
            self._node(own, group, types)
        elif KG.conflictProperty in default or KG.claim in default:  # a conflict (facts list their claims too)
            prop = own.first(KG.conflictProperty)
            self.conflicts[subject] = (prop.value if prop is not None else None, own.values(KG.claim))

    def _node(self, own: _Subject, group: str, types: set[str]) -> None:
        import pyoxigraph as ox

        iri, first = own.iri, own.first
        props: dict[str, Value] = {}
        labels = GROUPS[group].labels
        if group in _ACTOR_GROUPS:
            name = own.label() or iri
            props["name"] = name
            aliases = tuple(sorted({o.value for o in own.objects.get(RDFS_LABEL, [])} - {name}))
            if aliases:
                props["aliases"] = aliases
        elif group == "Commodity":
            props["name"] = own.label() or iri.rsplit("/", 1)[-1]
        elif group == "Article":
            identifier = self.identifiers[iri] = (own.values(DCT_IDENTIFIER) or [iri])[0]
            props["identifier"] = identifier
            title = first(DCT_TITLE)
            if title is not None:
                props["title"] = title.value
            props["name"] = title.value if title is not None else identifier
            language = first(DCT_LANGUAGE)
            if language is not None:
                props["language"] = language.value
            issued = first(DCT_ISSUED)
            if isinstance(issued, ox.Literal) and (span := date_range(issued.value, issued.datatype.value)):
                props["issued"] = span[0]
            length = first(KG.textLength)
            if length is not None:
                props["textLength"] = int(length.value)
        else:
            _fact_props(own, group, types, props)
            interval = first(_PERIODS[group][0]) if group in _PERIODS else None
            self.pending[iri] = _Pending(tuple(self.keep(a) for a in own.values(PROV_DERIVED)),
                                         tuple(own.values(KG.hasConflict)),
                                         interval.value if interval is not None else None)
            if group in ("Meeting", "Invitation", "TradeFact") and (name := own.label()):
                props["name"] = name
        if group in ("Person", "Country", "Organization", "City", "Treaty"):
            sameas = [v for v in own.values(OWL_SAMEAS) if v.startswith(WD_ENTITY)]
            if sameas:
                props["wikidata"] = sameas[0][len(WD_ENTITY):]
        if group == "Meeting" and props.get("kind"):
            labels = (*labels, str(props["kind"]))
        self.nodes[iri] = Node(iri, group, labels, props)
        objects = own.objects
        links = tuple((predicate, tuple(self.keep(t) for t in targets)) for predicate in REL_BY_PREDICATE
                      if predicate in objects and (targets := own.values(predicate)))
        if links:
            self.links[iri] = links

    def period(self, interval: str | None) -> tuple[str, date, date] | None:
        if interval is None:
            return None
        label, *points = self.intervals.get(interval, (None, None, None))
        text = label or interval.rsplit("/", 1)[-1]
        bounds = [date.fromisoformat(self.instants[p]) if p is not None and p in self.instants else None
                  for p in points]
        if bounds[0] is None or bounds[1] is None:
            return None
        return text, bounds[0], bounds[1]


def _property_graph(lines: Iterable[str]) -> PropertyGraph:
    """The property graph from one pass over the sorted lines (a subject's quads are one run of lines), and a
    second pass over the lines of the claims a conflict cites, if there are conflicts."""
    import pyoxigraph as ox

    from .sorted_quads import quads_of

    if isinstance(lines, list) and any(a > b for a, b in zip(lines, lines[1:])):
        lines = sorted(lines)  # lines given in another order (a build's are sorted)
    model = _Model()
    keep = model.keep
    about_predicate, mentions_predicate = KG.about, KG.mentions
    for _, run in itertools.groupby(quads_of(_first_pass_lines(_checked_sorted(lines)), READ_BATCH),
                                    key=lambda q: q.subject):
        default: dict[str, list[Any]] = {}
        named: dict[str, list[str]] = {}
        about: tuple[str, str] | None = None
        subject = ""
        for quad in run:
            subject, predicate = quad.subject.value, quad.predicate.value
            if isinstance(quad.graph_name, ox.DefaultGraph):
                if predicate not in _UNREAD_IN_DEFAULT_GRAPH:
                    default.setdefault(predicate, []).append(quad.object)
                continue
            graph = quad.graph_name.value
            if predicate == about_predicate:
                about = (keep(quad.object.value), keep(graph))
            elif predicate == mentions_predicate and subject == graph:
                model.mentions.add((subject, keep(quad.object.value)))
            elif predicate in _READ_IN_FIRST_PASS:  # claims' evidence, evidence's quotes
                named.setdefault(predicate, []).append(keep(quad.object.value))
        model.read(subject, default, about, named)
    model.kept.clear()
    return _assembled(model, _claims_stated(lines, {c for _, claims in model.conflicts.values() for c in claims}))


#: The article-graph predicates the first pass reads, as N-Quads writes them.
_NAMED_READ_TOKENS = frozenset(f"<{p}>" for p in (KG.about, KG.mentions, *_READ_IN_FIRST_PASS))
#: The predicates the first pass reads in no graph: unread in the default graph, and not read in article graphs.
_UNREAD_DEFAULT_TOKENS = frozenset(f"<{p}>" for p in _UNREAD_IN_DEFAULT_GRAPH if p not in _READ_IN_FIRST_PASS
                                   and p not in (KG.about, KG.mentions))


def _first_pass_lines(lines: Iterable[str]) -> Iterator[str]:
    """The lines whose quads the first pass reads: the default-graph lines but those of _UNREAD_IN_DEFAULT_GRAPH, and
    the article-graph lines of the predicates in _NAMED_READ_TOKENS; the rest (most of an article graph) is told
    by its text and never parsed."""
    from .sorted_quads import in_named_graph

    for line in lines:
        after_subject = line.find(" ") + 1
        predicate = line[after_subject:line.find(" ", after_subject)]
        if predicate in _NAMED_READ_TOKENS or not (predicate in _UNREAD_DEFAULT_TOKENS or in_named_graph(line)):
            yield line


def _checked_sorted(lines: Iterable[str]) -> Iterator[str]:
    """The lines, which must be sorted (as a build writes them): a subject's quads are then one run."""
    previous = ""
    for line in lines:
        if line < previous:
            raise ValueError("the property graph is read from sorted N-Quads lines")
        previous = line
        yield line


def _claims_stated(lines: Iterable[str], claims: set[str]) -> dict[str, dict[str, list[str]]]:
    """What the article graphs state of each of `claims` (predicate -> values): the lines of those subjects alone
    are parsed."""
    from .sorted_quads import quads_of

    stated: dict[str, dict[str, list[str]]] = {}
    if not claims:
        return stated
    tokens = {f"<{c}>" for c in claims} | {f"_:{c}" for c in claims}
    import pyoxigraph as ox

    chosen = (line for line in lines if line[:line.find(" ")] in tokens)
    for quad in quads_of(chosen):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            continue
        subject, predicate = quad.subject.value, quad.predicate.value
        if predicate == KG.about or (predicate == KG.mentions and subject == quad.graph_name.value) \
                or predicate in _UNREAD_IN_ARTICLE_GRAPHS:
            continue
        stated.setdefault(subject, {}).setdefault(predicate, []).append(quad.object.value)
    return stated


def _assembled(model: _Model, stated: dict[str, dict[str, list[str]]]) -> PropertyGraph:
    """Nodes in IRI order with what they take from other subjects, and the relationships between them."""
    nodes = {iri: model.nodes.pop(iri) for iri in sorted(model.nodes)}
    identifiers = model.identifiers
    quotes: dict[tuple[str, str], tuple[str, ...]] = {}
    while model.quotes:
        key, found = model.quotes.popitem()
        quotes[key] = tuple(sorted(set(found)))
    for iri, pending in model.pending.items():
        props = nodes[iri].props
        covered = model.period(pending.period)
        if covered:
            names = _PERIODS[nodes[iri].group][1]
            props[names[0]], props[names[1]], props[names[2]] = covered
        articles = [a for a in pending.derived if a in identifiers]
        found = sorted({q for article in articles for q in quotes.get((iri, article), ())})
        if found:
            props["evidence"] = tuple(found)
        if articles:
            props["sources"] = tuple(sorted(identifiers[a] for a in articles))
        conflicts = []
        for conflict in pending.conflicts:
            prop, claims = model.conflicts.get(conflict, (None, []))
            prop_name = prop.rsplit("#", 1)[-1] if prop is not None else "?"
            for claim in claims:
                said = stated.get(claim, {})
                value = sorted(said.get(prop, [])) if prop is not None else []
                source = sorted(said.get(PROV_DERIVED, []))
                who = identifiers.get(source[0], "Entente's knowledge") if source else "?"
                conflicts.append(f"{prop_name}: {value[0] if value else '?'} ({who})")
        if conflicts:
            props["conflicts"] = tuple(sorted(conflicts))
    links = model.links
    for node in nodes.values():
        if node.group in ("Meeting", "Invitation", "TradeFact") and "name" not in node.props:
            node.props["name"] = _fact_name(node, dict(links.get(node.iri, ())), nodes)

    rels: list[tuple[str, str, str, dict[str, Value]]] = []  # one each: a node's targets of a predicate are a set
    for subject in nodes:
        for predicate, targets in links.get(subject, ()):
            rel_type = REL_BY_PREDICATE[predicate]
            for target in targets:
                if target not in nodes:
                    continue
                if rel_type == "DERIVED_FROM":
                    if nodes[target].group != "Article":
                        continue
                    found = quotes.get((subject, target), ())
                    rels.append((rel_type, subject, target, {"evidence": found} if found else {}))
                else:
                    rels.append((rel_type, subject, target, {}))
    rels += (("MENTIONS", article, actor, {}) for article, actor in model.mentions
             if article in nodes and actor in nodes)
    rels.sort(key=lambda rel: rel[:3])
    relationships = [Relationship(*rel) for rel in rels]
    return PropertyGraph(nodes, relationships)


def _fact_props(own: _Subject, group: str, types: set[str], props: dict[str, Value]) -> None:
    """Fills `props` with what a fact's own triples give: its kind, dates, duration, occasion, status, measure and
    merge reasons (its period, evidence, sources and conflicts come from other subjects)."""
    first = own.first
    if group == "Meeting":
        kinds = sorted(kind for cls, kind in MEETING_KINDS.items() if cls in types)
        if kinds:
            props["kind"] = kinds[0]
        when = first(KG.date)
        if when is not None and (span := date_range(when.value, when.datatype.value)):
            props["date"], props["dateEnd"] = span
            props["dateText"] = when.value
        length = first(KG.duration)
        if length is not None:
            props["duration"] = length.value
            minutes = duration_minutes(length.value)
            if minutes is not None:
                props["durationMinutes"] = minutes
    elif group == "Invitation":
        occasion = first(KG.occasion)
        if occasion is not None:
            props["occasion"] = occasion.value
        accepted = first(KG.accepted)
        if accepted is not None:
            props["accepted"] = accepted.value in ("true", "1")
    elif group == "Treaty":
        labels = own.values(RDFS_LABEL)
        if labels:
            props["name"] = labels[0]
        signed = first(KG.signedOn)
        if signed is not None and hasattr(signed, "datatype") and (
                span := date_range(signed.value, signed.datatype.value)):
            props["signedOn"] = span[0]
            props["signedOnText"] = signed.value
        status = first(KG.status)
        if status is not None:
            props["status"] = status.value
    elif group == "TradeFact":
        for measure in MEASURES:
            amount = first(getattr(KG, measure))
            if amount is not None:
                props["measure"] = measure
                props["value"] = float(amount.value)
                break
    reasons = tuple(own.values(KG.mergeReason))
    if reasons:
        props["mergeReasons"] = reasons


def _fact_name(node: Node, targets: dict[str, tuple[str, ...]], nodes: dict[str, Node]) -> str:
    """A display name for a meeting, invitation or trade figure, from its participants and date."""
    def names(predicate: str) -> list[str]:
        return [nodes[t].name if t in nodes else t for t in targets.get(predicate, ())]

    p = node.props
    if node.group == "Meeting":
        who = " & ".join(names(KG.participant))
        when = f" ({p['dateText']})" if "dateText" in p else ""
        return f"{KIND_NAMES[str(p.get('kind', ''))]}: {who}{when}"
    if node.group == "Invitation":
        inviter = ", ".join(names(KG.inviter)) or "?"
        where = ", ".join(names(KG.destination))
        return f"Invitation: {inviter} → {', '.join(names(KG.invitee))}" + (f" ({where})" if where else "")
    commodity = ", ".join(names(KG.commodity))
    flow = " → ".join(x for x in (", ".join(names(KG.supplier)), ", ".join(names(KG.buyer))) if x)
    when = f" ({p['period']})" if "period" in p else ""
    return f"{commodity}: {flow}{when}" if flow else f"{commodity}{when}"


# ---------------------------------------------------------------------------------------------- CSV
def csv_value(value: Value, prop_type: PropType) -> str:
    """The CSV text neo4j-admin reads back as `value` of `prop_type` (empty for a missing value)."""
    if value is None:
        return ""
    if prop_type.endswith("[]"):
        return ARRAY_DELIMITER.join(csv_value(v, prop_type[:-2]).replace(ARRAY_DELIMITER, " ")
                                    for v in value)  # type: ignore[attr-defined]
    return scalar_text(value, prop_type)


def scalar_text(value: Value, prop_type: PropType) -> str:
    """One property value as text, the same in every export: true/false, a round-tripping float, ISO dates."""
    if prop_type == "boolean":
        return "true" if value else "false"
    if prop_type == "double":
        return repr(float(value))  # type: ignore[arg-type]
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_header(prop: str, prop_type: PropType) -> str:
    """A neo4j-admin header field: `name` for strings, `name:type` otherwise."""
    return prop if prop_type == "string" else f"{prop}:{prop_type}"


def _csv_text(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    _csv_writer(buffer).writerows(rows)
    return buffer.getvalue()


def _csv_writer(handle):  # type: ignore[no-untyped-def]
    return csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def node_file_name(group: str) -> str:
    return f"nodes_{group}.csv"


def rel_file_name(rel_type: str) -> str:
    return f"rels_{rel_type}.csv"


def node_csv(graph: PropertyGraph, group: str) -> str:
    """The node file of one group: `iri:ID`, `:LABEL`, then the group's typed properties, rows sorted by IRI.

    neo4j-admin splits `:LABEL` on the array delimiter, like list properties, so labels are joined with it too."""
    return _csv_text(node_rows(graph, group))


def node_rows(graph: PropertyGraph, group: str) -> Iterator[list[str]]:
    """node_csv's rows, the header first, one at a time."""
    spec = GROUPS[group]
    yield ["iri:ID", ":LABEL", *(csv_header(p, t) for p, t in spec.props)]
    for node in graph.by_group(group):
        yield [node.iri, ARRAY_DELIMITER.join(node.labels), *(csv_value(node.props.get(p), t) for p, t in spec.props)]


def rel_csv(graph: PropertyGraph, rel_type: str) -> str:
    """The relationship file of one type, rows sorted by start and end."""
    return _csv_text(rel_rows(graph, rel_type))


def rel_rows(graph: PropertyGraph, rel_type: str) -> Iterator[list[str]]:
    """rel_csv's rows, the header first, one at a time."""
    props = REL_PROPS.get(rel_type, ())
    yield [":START_ID", ":END_ID", ":TYPE", *(csv_header(p, t) for p, t in props)]
    for rel in graph.relationships:
        if rel.type == rel_type:
            yield [rel.start, rel.end, rel.type, *(csv_value(rel.props.get(p), t) for p, t in props)]


# ---------------------------------------------------------------------------------------------- Cypher
_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Escaped as \\uXXXX although Cypher allows them raw, so no statement splitter or editor breaks a literal.
_CYPHER_AS_UNICODE = {";", "\u0085", "\u2028", "\u2029", "\ufeff"}


def _cypher_table() -> dict[int, str]:
    table = {code: f"\\u{code:04x}" for code in [*range(0x20), *range(0x7F, 0xA0)]}
    table.update({ord(ch): f"\\u{ord(ch):04x}" for ch in _CYPHER_AS_UNICODE})
    table.update({ord(ch): escaped for ch, escaped in _CYPHER_ESCAPES.items()})
    return table


_CYPHER_TABLE = _cypher_table()


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal whose value is exactly `text`."""
    return "'" + text.translate(_CYPHER_TABLE) + "'"


def cypher_value(value: Value, prop_type: PropType) -> str:
    """A Cypher literal (or date()/duration() call) for `value` of `prop_type`."""
    if prop_type.endswith("[]"):
        return "[" + ", ".join(cypher_value(v, prop_type[:-2]) for v in value) + "]"  # type: ignore[attr-defined]
    if prop_type == "boolean":
        return "true" if value else "false"
    if prop_type == "double":
        return repr(float(value)).replace("e+", "e")  # type: ignore[arg-type]
    if prop_type in ("int", "long"):
        return str(int(value))  # type: ignore[call-overload]
    if prop_type == "date":
        return f"date({cypher_string(value.isoformat())})"  # type: ignore[attr-defined]
    if prop_type == "duration":
        return f"duration({cypher_string(str(value))})"
    return cypher_string(str(value))


def _cypher_map(items: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{key}: {literal}" for key, literal in items) + "}"


def _batches(rows: Iterable[str]) -> Iterator[list[str]]:
    it = iter(rows)
    while batch := list(itertools.islice(it, CYPHER_BATCH)):
        yield batch


def load_cypher(graph: PropertyGraph) -> str:
    """The cypher-shell script: uniqueness constraints, then one MERGE per node and relationship, in batches."""
    return "".join(load_cypher_parts(graph))


def load_cypher_parts(graph: PropertyGraph) -> Iterator[str]:
    """load_cypher's text in pieces, a batch of statements at a time (never the whole script at once)."""
    return _joined(_cypher_lines(graph))


def _joined(parts: Iterable[str]) -> Iterator[str]:
    """`"\n".join(parts).rstrip() + "\n"` in pieces."""
    pending, first = "", True
    for part in parts:
        piece = part if first else "\n" + part
        first = False
        text = piece.rstrip()
        if text:
            yield pending + text
            pending = piece[len(text):]
        else:
            pending += piece
    yield "\n"


def _cypher_lines(graph: PropertyGraph) -> Iterator[str]:
    key_labels = sorted({g.key_label for g in GROUPS.values()} | {"Place"})
    yield from ["// Entente property graph for cypher-shell: cypher-shell -u neo4j -p <password> -f load.cypher",
                "// Idempotent: nodes are MERGEd on their IRI and their properties replaced, so running it twice",
                "// gives the same graph. Generated by `kg build`. Article text appears only in string literals.",
                ""]
    for label in key_labels:
        yield (f"CREATE CONSTRAINT entente_{label.lower()}_iri IF NOT EXISTS "
               f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE;")
    yield ""
    for group, spec in GROUPS.items():
        nodes = graph.by_group(group)
        for labels in sorted({node.labels for node in nodes}):
            maps = (_cypher_map([("iri", cypher_string(node.iri)),
                                 *((p, cypher_value(node.props[p], t)) for p, t in spec.props
                                   if node.props.get(p) is not None)])
                    for node in nodes if node.labels == labels)
            for batch in _batches(maps):
                yield "UNWIND [\n  " + ",\n  ".join(batch) + "\n] AS row"
                yield f"MERGE (n:{spec.key_label} {{iri: row.iri}})"
                yield f"SET n = row, n:{':'.join(labels)};"
                yield ""
    ends: dict[tuple[str, str, str], list[int]] = defaultdict(list)  # (type, start label, end label) -> rels
    for number, rel in enumerate(graph.relationships):
        ends[_rel_ends(graph, rel)].append(number)
    for key in sorted(ends):
        rel_type, start_label, end_label = key
        for batch in _batches(_rel_map(graph.relationships[n]) for n in ends[key]):
            yield "UNWIND [\n  " + ",\n  ".join(batch) + "\n] AS row"
            yield f"MATCH (a:{start_label} {{iri: row.start}})"
            yield f"MATCH (b:{end_label} {{iri: row.end}})"
            yield f"MERGE (a)-[r:{rel_type}]->(b)"
            yield "SET r = row.props;"
            yield ""


def _rel_ends(graph: PropertyGraph, rel: Relationship) -> tuple[str, str, str]:
    start, end = graph.nodes[rel.start], graph.nodes[rel.end]
    end_label = "Place" if rel.type in ("PLACE", "DESTINATION") and "Place" in end.labels \
        else GROUPS[end.group].key_label
    return rel.type, GROUPS[start.group].key_label, end_label


def _rel_map(rel: Relationship) -> str:
    props = [(p, cypher_value(rel.props[p], t)) for p, t in REL_PROPS.get(rel.type, ()) if rel.props.get(p) is not None]
    return _cypher_map([("start", cypher_string(rel.start)), ("end", cypher_string(rel.end)),
                        ("props", _cypher_map(props))])


def write_neo4j(lines: list[str], out: Path) -> None:
    """Writes out/neo4j/: nodes_<Group>.csv, rels_<TYPE>.csv (every file, even when empty) and load.cypher."""
    graph = property_graph(lines)
    folder = out / "neo4j"
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in [*((node_file_name(g), node_rows(graph, g)) for g in GROUPS),
                       *((rel_file_name(t), rel_rows(graph, t)) for t in REL_TYPES)]:
        with open(folder / name, "w", encoding="utf-8", newline="") as handle:
            _csv_writer(handle).writerows(rows)
    with open(folder / "load.cypher", "w", encoding="utf-8", newline="") as handle:
        handle.writelines(load_cypher_parts(graph))


__all__ = [
    "GROUPS",
    "REL_TYPES",
    "Node",
    "PropertyGraph",
    "Relationship",
    "csv_value",
    "cypher_string",
    "date_range",
    "property_graph",
    "write_neo4j",
]
