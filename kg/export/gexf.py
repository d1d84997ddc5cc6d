"""Gephi: graph.gexf (the whole property graph, dynamic) and actors.gexf (who met whom), GEXF 1.3.

Written with lxml rather than networkx's write_gexf, which is not schema-valid and stamps today's
date. Both files validate against the official GEXF 1.3 RELAX NG schema; events and their edges carry
their dates as start/end (timeformat="date"), so Gephi's timeline replays them. No attribute is named
type, label, x, y, size or color: Gephi Lite and sigma.js read those as drawing instructions (sigma picks
a node's renderer by its `type`), so the class is `entityClass` and a relationship's type `relation`.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from .neo4j import GROUPS, PropertyGraph, PropType, Relationship, Value, property_graph, scalar_text

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (31, 119, 180), "Country": (44, 160, 44), "Organization": (148, 103, 189), "City": (140, 86, 75),
    "Meeting": (255, 127, 14), "Invitation": (214, 39, 40), "Treaty": (23, 190, 207),
    "TradeFact": (188, 189, 34), "Commodity": (127, 127, 127), "Article": (227, 119, 194)}
SIZES: dict[str, float] = {"Person": 12.0, "Country": 14.0, "Organization": 10.0, "City": 8.0, "Meeting": 6.0,
                           "Invitation": 6.0, "Treaty": 8.0, "TradeFact": 5.0, "Commodity": 7.0, "Article": 4.0}
ACTOR_GROUPS = ("Person", "Country", "Organization")
GEXF_TYPES: dict[PropType, str] = {"string": "string", "string[]": "liststring", "date": "string",
                                   "double": "double", "int": "integer", "long": "long", "boolean": "boolean",
                                   "duration": "string"}
#: Which date properties place an event (start, end) on the timeline. Articles stay timeless: a report
#: comes after its event, and an edge is only drawn while both its ends exist.
TIME_PROPS: dict[str, tuple[str, str | None]] = {
    "Meeting": ("date", "dateEnd"), "Invitation": ("timeFrameStart", "timeFrameEnd"), "Treaty": ("signedOn", None),
    "TradeFact": ("periodStart", "periodEnd")}
#: Attribute names Gephi Lite and sigma.js read as drawing instructions (`type` picks a renderer): never data.
RESERVED_ATTRIBUTES = frozenset({"type", "label", "x", "y", "size", "color"})
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """`text` with the characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", text)


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                                    "\r": "&#13;", "\t": "&#9;"})


def xml_escape(text: str) -> str:
    """`text` (XML-legal) as element content, escaped as lxml (libxml2) writes it."""
    return text.translate(_TEXT_ESCAPES)


def xml_attribute(text: str) -> str:
    """`text` (XML-legal) as a double-quoted attribute value, escaped as lxml (libxml2) writes it."""
    return text.translate(_ATTRIBUTE_ESCAPES)


def gexf_value(value: Value, prop_type: PropType) -> str:
    """The attvalue text of `value`: lists as ["a", "b"] with quotes and backslashes escaped."""
    if prop_type.endswith("[]"):
        items = ('"' + xml_text(str(v)).replace("\\", "\\\\").replace('"', '\\"') + '"'
                 for v in value)  # type: ignore[attr-defined]
        return "[" + ", ".join(items) + "]"
    return xml_text(scalar_text(value, prop_type))


def _root(description: str):  # type: ignore[no-untyped-def]
    from lxml import etree

    # no xsi:schemaLocation: the normative RELAX NG schema rejects it
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS})
    root.set("version", "1.3")
    meta = etree.SubElement(root, f"{{{GEXF_NS}}}meta")
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "Entente (kg build)"
    etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = description
    graph = etree.SubElement(root, f"{{{GEXF_NS}}}graph")
    return root, graph


def _declare(graph, cls: str, attributes: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    block = etree.SubElement(graph, f"{{{GEXF_NS}}}attributes", {"class": cls, "mode": "static"})
    for attr_id, gexf_type in attributes:
        etree.SubElement(block, f"{{{GEXF_NS}}}attribute", {"id": attr_id, "title": attr_id, "type": gexf_type})


def _serialise(root) -> bytes:  # type: ignore[no-untyped-def]
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)  # type: ignore[no-any-return]


def node_attributes() -> list[tuple[str, PropType]]:
    """Every node property of every group, once, in table order, after `entityClass` and `labels`."""
    seen: dict[str, PropType] = {"entityClass": "string", "labels": "string[]"}
    for spec in GROUPS.values():
        for prop, prop_type in spec.props:
            if prop in RESERVED_ATTRIBUTES:
                raise ValueError(f"property {prop!r} would be read by Gephi Lite/sigma.js as a drawing attribute")
            if seen.setdefault(prop, prop_type) != prop_type:
                raise ValueError(f"property {prop!r} has two types")
    return list(seen.items())


def event_time(graph: PropertyGraph, iri: str) -> tuple[str | None, str | None]:
    """The (start, end) ISO dates that place a node on the timeline; (None, None) for timeless nodes."""
    node = graph.nodes[iri]
    if node.group not in TIME_PROPS:
        return None, None
    start_prop, end_prop = TIME_PROPS[node.group]
    start, end = node.props.get(start_prop), node.props.get(end_prop) if end_prop else None
    return (start.isoformat() if isinstance(start, date) else None,
            end.isoformat() if isinstance(end, date) else None)


def full_gexf(graph: PropertyGraph) -> bytes:
    """graph.gexf: every node and relationship, typed attributes, colours and sizes by class, dated events."""
    return b"".join(full_gexf_parts(graph))


def full_gexf_parts(graph: PropertyGraph) -> Iterator[bytes]:
    """graph.gexf's bytes in pieces, made a batch of elements at a time (kg/export/xml_stream.py)."""
    from lxml import etree

    from .xml_stream import streamed_text

    root, element = _root("Entente knowledge graph: actors, meetings, invitations, treaties, trade figures "
                          "and the articles they were read from.")
    element.attrib.update({"defaultedgetype": "directed", "idtype": "string", "mode": "dynamic",
                           "timeformat": "date"})
    attributes = node_attributes()
    types = dict(attributes)
    _declare(element, "node", [(a, GEXF_TYPES[t]) for a, t in attributes])
    _declare(element, "edge", [("relation", "string"), ("evidence", "liststring")])
    nodes = etree.SubElement(element, f"{{{GEXF_NS}}}nodes", {"count": str(len(graph.nodes))})
    edges = etree.SubElement(element, f"{{{GEXF_NS}}}edges", {"count": str(len(graph.relationships))})

    def node_text(iri: str) -> str:
        node = graph.nodes[iri]
        start, end = event_time(graph, iri)
        values = [("entityClass", node.group), ("labels", gexf_value(node.labels, "string[]"))]
        values += [(prop, gexf_value(node.props[prop], types[prop]))
                   for prop, _ in attributes[2:] if node.props.get(prop) is not None]
        return (f'      <node id="{xml_attribute(xml_text(iri))}" label="{xml_attribute(xml_text(node.name))}"'
                + (f' start="{start}"' if start else "") + (f' end="{end}"' if end else "") + ">\n"
                + _attvalues_text(values) + _viz_text(node.group) + "      </node>\n")

    def edge_text(number: int, rel: Relationship) -> str:
        start, end = event_time(graph, rel.start)
        kind = xml_attribute(rel.type)
        values = [("relation", rel.type)]
        if rel.props.get("evidence"):
            values.append(("evidence", gexf_value(rel.props["evidence"], "string[]")))
        return (f'      <edge id="e{number}" source="{xml_attribute(xml_text(rel.start))}" '
                f'target="{xml_attribute(xml_text(rel.end))}" label="{kind}" kind="{kind}" weight="1.0"'
                + (f' start="{start}"' if start else "") + (f' end="{end}"' if end else "") + ">\n"
                + _attvalues_text(values) + "      </edge>\n")

    yield from streamed_text(root, [(nodes, (node_text(iri) for iri in sorted(graph.nodes))),
                                    (edges, (edge_text(n, rel) for n, rel in enumerate(graph.relationships)))])


def _attvalues_text(values: list[tuple[str, str]]) -> str:
    """A node's or edge's <attvalues> block (never empty here), as lxml writes it."""
    return ("        <attvalues>\n"
            + "".join(f'          <attvalue for="{attr_id}" value="{xml_attribute(text)}"/>\n'
                      for attr_id, text in values)
            + "        </attvalues>\n")


def _viz_text(group: str, size: float | None = None) -> str:
    """A node's colour and size by its class, as lxml writes them."""
    r, g, b = COLOURS[group]
    return (f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'
            f'        <viz:size value="{float(size if size is not None else SIZES[group])!r}"/>\n')


def actor_network(graph: PropertyGraph):  # type: ignore[no-untyped-def]
    """A networkx Graph of actors who took part in meetings: an edge per pair that met, with its meetings."""
    import networkx as nx

    participants: dict[str, list[str]] = defaultdict(list)
    for rel in graph.relationships:
        if rel.type == "PARTICIPANT" and graph.nodes[rel.end].group in ACTOR_GROUPS:
            participants[rel.start].append(rel.end)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for meeting in sorted(participants):
        who = sorted(set(participants[meeting]))
        for i, a in enumerate(who):
            for b in who[i + 1:]:
                pairs[(a, b)].append(meeting)
    network = nx.Graph()
    for actor in sorted({a for who in participants.values() for a in who}):
        network.add_node(actor)
    for (a, b) in sorted(pairs):
        meetings = sorted(pairs[(a, b)])
        starts = sorted(s for s in (event_time(graph, m)[0] for m in meetings) if s)
        ends = sorted(e for e in (event_time(graph, m)[1] for m in meetings) if e)
        network.add_edge(a, b, weight=len(meetings), meetings=meetings,
                         first=starts[0] if starts else None, last=ends[-1] if ends else None)
    return network


#: actors up to which betweenness is exact; above, it is estimated from this many source actors (Brandes' algorithm
#: costs actors × links exactly: 31 s at 4,000 actors, hours at a year of news's tens of thousands; sampled, it
#: grows with the links alone)
EXACT_BETWEENNESS_UP_TO = 1000


def actor_betweenness(network) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Each actor's normalised betweenness centrality: exact in a network of up to EXACT_BETWEENNESS_UP_TO actors,
    else estimated from that many source actors drawn with a fixed seed (the same network gives the same
    figures). The figures are networkx's `betweenness_centrality(network, k, normalized=True, seed=0)`, float for
    float: `_betweenness` runs the same Brandes passes in the same order, on lists indexed by node number."""
    import random

    actors = list(network)
    if len(actors) <= EXACT_BETWEENNESS_UP_TO:
        return _betweenness(network, actors, None)
    return _betweenness(network, actors, random.Random(0).sample(actors, EXACT_BETWEENNESS_UP_TO))


def _betweenness(network, actors: list[str], sources: list[str] | None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """networkx 3.6's `betweenness_centrality` (unweighted, normalised, without endpoints) from `sources` (every
    actor when None): the neighbours of each node are read once into lists of numbers, where networkx looks each one
    up through its graph views for every source; sums are made in networkx's order, so the floats are the same."""
    number = {actor: i for i, actor in enumerate(actors)}
    neighbours = [[number[w] for w in network[v]] for v in actors]
    n = len(actors)
    betweenness = [0.0] * n
    for s in (range(n) if sources is None else [number[a] for a in sources]):
        order = [s]  # the breadth-first order, read as the queue while it grows
        reach = order.append
        before: list[list[int]] = [None] * n  # type: ignore[list-item]  # predecessors on shortest paths from s
        paths = [0.0] * n  # shortest paths from s
        depth = [-1] * n
        paths[s], depth[s] = 1.0, 0
        for v in order:
            below, through = depth[v] + 1, paths[v]
            for w in neighbours[v]:
                found = depth[w]
                if found < 0:
                    reach(w)
                    depth[w] = below
                    before[w] = [v]
                    paths[w] += through
                elif found == below:
                    paths[w] += through
                    before[w].append(v)
        delta = [0.0] * n
        order.pop(0)  # the source: nothing lies before it
        for w in reversed(order):
            coeff = (1 + delta[w]) / paths[w]
            for v in before[w]:
                delta[v] += paths[v] * coeff
            betweenness[w] += delta[w]
    # networkx's _rescale without endpoints: by the (source, target) pairs a node could lie between
    pairs = n - 1
    if pairs < 2:
        return dict(zip(actors, betweenness))
    if sources is None:
        scale = 1 / (pairs * (pairs - 1))
        if scale != 1:
            betweenness = [b * scale for b in betweenness]
        return dict(zip(actors, betweenness))
    k = len(sources)
    scale_source = 1 / ((k - 1) * (pairs - 1)) if k > 1 else math.nan
    scale_nonsource = 1 / (k * (pairs - 1))
    sampled = set(sources)
    return {actor: b * (scale_source if actor in sampled else scale_nonsource) for actor, b in zip(actors, betweenness)}


def actors_gexf(graph: PropertyGraph) -> bytes:
    """actors.gexf: actors linked by shared meetings (weight = meetings), with first and last meeting
    dates, degree and betweenness centrality; each edge appears on the timeline at its first meeting."""
    return b"".join(actors_gexf_parts(graph))


def actors_gexf_parts(graph: PropertyGraph) -> Iterator[bytes]:
    """actors.gexf's bytes in pieces, made a batch of elements at a time (kg/export/xml_stream.py): its edges list
    every meeting of each pair, so the file grows with the corpus."""
    from lxml import etree

    from .xml_stream import streamed_text

    network = actor_network(graph)
    betweenness = actor_betweenness(network)
    root, element = _root("Entente actor network: actors linked by the meetings they took part in together.")
    element.attrib.update({"defaultedgetype": "undirected", "idtype": "string", "mode": "dynamic",
                           "timeformat": "date"})
    _declare(element, "node", [("entityClass", "string"), ("wikidata", "string"), ("meetings", "integer"),
                               ("degree", "integer"), ("weightedDegree", "integer"), ("betweenness", "double")])
    _declare(element, "edge", [("meetings", "integer"), ("firstMeeting", "string"), ("lastMeeting", "string"),
                               ("meetingIris", "liststring")])
    meetings_of: dict[str, set[str]] = defaultdict(set)
    for a, b, data in network.edges(data=True):
        meetings_of[a].update(data["meetings"])
        meetings_of[b].update(data["meetings"])
    nodes = etree.SubElement(element, f"{{{GEXF_NS}}}nodes", {"count": str(network.number_of_nodes())})
    edges = etree.SubElement(element, f"{{{GEXF_NS}}}edges", {"count": str(network.number_of_edges())})

    def node_text(actor: str) -> str:
        node = graph.nodes[actor]
        values = [("entityClass", node.group)]
        if node.props.get("wikidata"):
            values.append(("wikidata", xml_text(str(node.props["wikidata"]))))
        centrality = round(betweenness[actor], 12)
        degree = network.degree(actor)
        values += [("meetings", str(len(meetings_of[actor]))), ("degree", str(degree)),
                   ("weightedDegree", str(network.degree(actor, weight="weight"))),
                   ("betweenness", repr(centrality))]
        return (f'      <node id="{xml_attribute(xml_text(actor))}" label="{xml_attribute(xml_text(node.name))}">\n'
                + _attvalues_text(values) + _viz_text(node.group, round(6.0 + 3.0 * degree + 40.0 * centrality, 3))
                + "      </node>\n")

    def edge_text(number: int, a: str, b: str) -> str:
        data = network.edges[a, b]
        weight = repr(float(data["weight"]))
        values = [("meetings", str(data["weight"]))]
        if data["first"]:
            values.append(("firstMeeting", data["first"]))
        if data["last"]:
            values.append(("lastMeeting", data["last"]))
        values.append(("meetingIris", gexf_value(data["meetings"], "string[]")))
        start = f' start="{data["first"]}"' if data["first"] else ""
        return (f'      <edge id="e{number}" source="{xml_attribute(xml_text(a))}" '
                f'target="{xml_attribute(xml_text(b))}" label="met" weight="{weight}"{start}>\n'
                + _attvalues_text(values) + f'        <viz:thickness value="{weight}"/>\n' + "      </edge>\n")

    pairs = sorted(tuple(sorted(e)) for e in network.edges)
    yield from streamed_text(root, [(nodes, (node_text(actor) for actor in sorted(network.nodes))),
                                    (edges, (edge_text(n, a, b) for n, (a, b) in enumerate(pairs)))])


def write_gexf(lines: list[str], out: Path) -> None:
    """Writes out/graph.gexf and out/actors.gexf."""
    graph = property_graph(lines)
    with open(out / "graph.gexf", "wb") as handle:
        handle.writelines(full_gexf_parts(graph))
    with open(out / "actors.gexf", "wb") as handle:
        handle.writelines(actors_gexf_parts(graph))


__all__ = ["actor_network", "actors_gexf", "actors_gexf_parts", "full_gexf", "write_gexf", "xml_text"]
