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


@dataclass(frozen=True)
class Node:
    iri: str
    group: str
    labels: tuple[str, ...]
    props: dict[str, Value] = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        return str(self.props.get("name", self.iri))


@dataclass(frozen=True)
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


def _property_graph(lines: list[str]) -> PropertyGraph:
    import pyoxigraph as ox

    # Memory is what limits a large build here: every string the model keeps (IRIs, predicates, quotes) is one
    # object however often it occurs (`keep`), and of the article graphs only the values are kept, as strings.
    default: dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]] = defaultdict(
        lambda: defaultdict(list))
    named: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # objects' values
    fact_evidence: dict[tuple[str, str], set[str]] = defaultdict(set)  # (fact, article graph) -> evidence IRIs
    mentions: set[tuple[str, str]] = set()
    about: dict[str, tuple[str, str]] = {}  # claim -> (the fact it is about, the graph that holds it)
    kept: dict[str, str] = {}
    keep = kept.setdefault
    from .sorted_quads import quads_of

    for quad in quads_of(lines):  # a batch of lines at a time: the whole N-Quads text is never one string
        subject, predicate, obj = keep(quad.subject.value, quad.subject.value), quad.predicate.value, quad.object
        predicate = keep(predicate, predicate)
        if isinstance(quad.graph_name, ox.DefaultGraph):
            if predicate not in _UNREAD_IN_DEFAULT_GRAPH:
                default[subject][predicate].append(obj)
            continue
        graph = quad.graph_name.value
        if predicate == KG.about:
            about[subject] = (keep(obj.value, obj.value), keep(graph, graph))
        elif predicate == KG.mentions and subject == graph:
            mentions.add((subject, keep(obj.value, obj.value)))
        elif predicate not in _UNREAD_IN_ARTICLE_GRAPHS:  # claims' own values and evidence, quotes, periods
            value = obj.value
            named[subject][predicate].append(keep(value, value))
    del kept
    for claim, (fact, graph) in about.items():
        fact_evidence[(fact, graph)].update(named.get(claim, {}).get(KG.evidence, []))

    def values(subject: str, predicate: str) -> list[str]:
        return sorted({o.value for o in default.get(subject, {}).get(predicate, [])})

    def first(subject: str, predicate: str) -> ox.NamedNode | ox.Literal | ox.BlankNode | None:
        objs = sorted(default.get(subject, {}).get(predicate, []), key=str)
        return objs[0] if objs else None

    def label(subject: str, lang: str | None = "en") -> str | None:
        labels = sorted((o for o in default.get(subject, {}).get(RDFS_LABEL, []) if isinstance(o, ox.Literal)),
                        key=lambda o: (o.language != lang, o.language or "", o.value))
        return labels[0].value if labels else None

    def period(subject: str, predicate: str) -> tuple[str, date, date] | None:
        interval = first(subject, predicate)
        if interval is None:
            return None
        iri = interval.value
        text = label(iri, None) or iri.rsplit("/", 1)[-1]
        bounds = []
        for end in (TIME_HAS_BEGINNING, TIME_HAS_END):
            point = first(iri, end)
            instant = first(point.value, TIME_IN_XSD) if point is not None else None
            bounds.append(date.fromisoformat(instant.value) if instant is not None else None)
        if bounds[0] is None or bounds[1] is None:
            return None
        return text, bounds[0], bounds[1]

    groups: dict[str, str] = {}
    for subject, props in default.items():
        types = {o.value for o in props.get(RDF_TYPE, [])}
        for cls, group in GROUP_BY_CLASS:
            if cls in types:
                groups[subject] = group
                break
    identifiers = {iri: (values(iri, DCT_IDENTIFIER) or [iri])[0] for iri, g in groups.items() if g == "Article"}

    nodes: dict[str, Node] = {}
    for iri in sorted(groups):
        group = groups[iri]
        props: dict[str, Value] = {}
        labels = GROUPS[group].labels
        if group in ("Person", "Country", "Organization", "City"):
            name = label(iri) or iri
            props["name"] = name
            aliases = tuple(sorted({o.value for o in default[iri].get(RDFS_LABEL, [])} - {name}))
            if aliases:
                props["aliases"] = aliases
        elif group == "Commodity":
            props["name"] = label(iri) or iri.rsplit("/", 1)[-1]
        elif group == "Article":
            identifier = identifiers[iri]
            props["identifier"] = identifier
            title = first(iri, DCT_TITLE)
            if title is not None:
                props["title"] = title.value
            props["name"] = title.value if title is not None else identifier
            language = first(iri, DCT_LANGUAGE)
            if language is not None:
                props["language"] = language.value
            issued = first(iri, DCT_ISSUED)
            if isinstance(issued, ox.Literal) and (span := date_range(issued.value, issued.datatype.value)):
                props["issued"] = span[0]
            length = first(iri, KG.textLength)
            if length is not None:
                props["textLength"] = int(length.value)
        else:
            _fact_props(iri, group, props, default, named, fact_evidence, identifiers, first, values, period)
        if group in ("Person", "Country", "Organization", "City", "Treaty"):
            sameas = [v for v in values(iri, OWL_SAMEAS) if v.startswith(WD_ENTITY)]
            if sameas:
                props["wikidata"] = sameas[0][len(WD_ENTITY):]
        if group == "Meeting" and props.get("kind"):
            labels = (*labels, str(props["kind"]))
        nodes[iri] = Node(iri, group, labels, props)

    for node in nodes.values():
        if node.group in ("Meeting", "Invitation", "TradeFact") and "name" not in node.props:
            node.props["name"] = label(node.iri) or _fact_name(node, default, nodes, label)

    rels: dict[tuple[str, str, str], dict[str, Value]] = {}
    for subject in sorted(nodes):
        for predicate, rel_type in REL_BY_PREDICATE.items():
            for target in values(subject, predicate):
                if target not in nodes:
                    continue
                if rel_type == "DERIVED_FROM":
                    if nodes[target].group != "Article":
                        continue
                    quotes = _quotes(fact_evidence.get((subject, target), set()), named)
                    rels[(rel_type, subject, target)] = {"evidence": quotes} if quotes else {}
                else:
                    rels[(rel_type, subject, target)] = {}
    for article, actor in sorted(mentions):
        if article in nodes and actor in nodes:
            rels[("MENTIONS", article, actor)] = {}
    relationships = [Relationship(t, s, e, rels[(t, s, e)]) for t, s, e in sorted(rels)]
    return PropertyGraph(nodes, relationships)


def _quotes(evidence: Iterable[str], named: dict) -> tuple[str, ...]:  # type: ignore[type-arg]
    return tuple(sorted({q for ev in evidence for q in named.get(ev, {}).get(KG.quote, [])}))


def _fact_props(iri: str, group: str, props: dict[str, Value], default: dict, named: dict,  # type: ignore[type-arg]
                fact_evidence: dict[tuple[str, str], set[str]], identifiers: dict[str, str],
                first, values, period) -> None:  # type: ignore[no-untyped-def]
    """Fills `props` with a fact's merged values, evidence quotes, sources, merge reasons and conflicts."""
    types = {o.value for o in default[iri].get(RDF_TYPE, [])}
    if group == "Meeting":
        kinds = sorted(kind for cls, kind in MEETING_KINDS.items() if cls in types)
        if kinds:
            props["kind"] = kinds[0]
        when = first(iri, KG.date)
        if when is not None and (span := date_range(when.value, when.datatype.value)):
            props["date"], props["dateEnd"] = span
            props["dateText"] = when.value
        length = first(iri, KG.duration)
        if length is not None:
            props["duration"] = length.value
            minutes = duration_minutes(length.value)
            if minutes is not None:
                props["durationMinutes"] = minutes
    elif group == "Invitation":
        occasion = first(iri, KG.occasion)
        if occasion is not None:
            props["occasion"] = occasion.value
        accepted = first(iri, KG.accepted)
        if accepted is not None:
            props["accepted"] = accepted.value in ("true", "1")
        frame = period(iri, KG.timeFrame)
        if frame:
            props["timeFrame"], props["timeFrameStart"], props["timeFrameEnd"] = frame
    elif group == "Treaty":
        labels = values(iri, RDFS_LABEL)
        if labels:
            props["name"] = labels[0]
        signed = first(iri, KG.signedOn)
        if signed is not None and hasattr(signed, "datatype") and (
                span := date_range(signed.value, signed.datatype.value)):
            props["signedOn"] = span[0]
            props["signedOnText"] = signed.value
        status = first(iri, KG.status)
        if status is not None:
            props["status"] = status.value
    elif group == "TradeFact":
        for measure in MEASURES:
            amount = first(iri, getattr(KG, measure))
            if amount is not None:
                props["measure"] = measure
                props["value"] = float(amount.value)
                break
        covered = period(iri, KG.period)
        if covered:
            props["period"], props["periodStart"], props["periodEnd"] = covered
    articles = [a for a in values(iri, PROV_DERIVED) if a in identifiers]
    evidence = set()
    for article in articles:
        evidence |= fact_evidence.get((iri, article), set())
    quotes = _quotes(evidence, named)
    if quotes:
        props["evidence"] = quotes
    if articles:
        props["sources"] = tuple(sorted(identifiers[a] for a in articles))
    reasons = tuple(values(iri, KG.mergeReason))
    if reasons:
        props["mergeReasons"] = reasons
    conflicts = []
    for conflict in values(iri, KG.hasConflict):
        prop = first(conflict, KG.conflictProperty)
        prop_name = prop.value.rsplit("#", 1)[-1] if prop is not None else "?"
        for claim in values(conflict, KG.claim):
            stated = named.get(claim, {})
            value = sorted(stated.get(prop.value, []), key=str) if prop is not None else []
            source = sorted(stated.get(PROV_DERIVED, []))
            who = identifiers.get(source[0], "Entente's knowledge") if source else "?"
            conflicts.append(f"{prop_name}: {value[0] if value else '?'} ({who})")
    if conflicts:
        props["conflicts"] = tuple(sorted(conflicts))


def _fact_name(node: Node, default: dict, nodes: dict[str, Node], label) -> str:  # type: ignore[no-untyped-def,type-arg]
    """A display name for a meeting, invitation or trade figure, from its participants and date."""
    def names(predicate: str) -> list[str]:
        targets = sorted({o.value for o in default[node.iri].get(predicate, [])})
        return [nodes[t].name if t in nodes else t for t in targets]

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
