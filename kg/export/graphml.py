"""GraphML: the property graph for Gephi, yEd, networkx and igraph (keys Gephi maps: label, weight, r/g/b, size).

GraphML has no list type, so list properties are JSON arrays in string keys; dates are ISO strings.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

from .gexf import COLOURS, SIZES, node_attributes, xml_text
from .neo4j import PropertyGraph, PropType, Relationship, Value, property_graph

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
GRAPHML_TYPES: dict[PropType, str] = {"string": "string", "string[]": "string", "date": "string",
                                      "double": "double", "int": "long", "long": "long", "boolean": "boolean",
                                      "duration": "string"}


def graphml_value(value: Value, prop_type: PropType) -> str:
    """The text of a <data> element: JSON arrays for lists, ISO dates, lowercase booleans."""
    if prop_type.endswith("[]"):
        return xml_text(json.dumps([str(v) for v in value], ensure_ascii=False))  # type: ignore[attr-defined]
    if prop_type == "boolean":
        return "true" if value else "false"
    if prop_type == "double":
        return repr(float(value))  # type: ignore[arg-type]
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return xml_text(str(value))


def graphml(graph: PropertyGraph) -> bytes:
    """graph.graphml: every node (label, class, colour, size, properties) and relationship (label, weight)."""
    return b"".join(graphml_parts(graph))


def graphml_parts(graph: PropertyGraph) -> Iterator[bytes]:
    """graph.graphml's bytes in pieces, made a batch of elements at a time (kg/export/xml_stream.py)."""
    from lxml import etree

    from .xml_stream import streamed

    def tag(name: str) -> str:
        return f"{{{GRAPHML_NS}}}{name}"

    root = etree.Element(tag("graphml"), nsmap={None: GRAPHML_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    attributes = node_attributes()
    types = dict(attributes)
    node_keys = [("label", "string"), ("r", "int"), ("g", "int"), ("b", "int"), ("size", "double")]
    node_keys += [(name, GRAPHML_TYPES[t]) for name, t in attributes]
    edge_keys = [("label", "string"), ("weight", "double"), ("relation", "string"), ("evidence", "string")]
    for cls, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, key_type in keys:
            etree.SubElement(root, tag("key"), {"id": f"{cls[0]}_{name}", "for": cls, "attr.name": name,
                                                "attr.type": key_type})
    element = etree.SubElement(root, tag("graph"), {"id": "entente", "edgedefault": "directed"})

    def data(parent, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
        etree.SubElement(parent, tag("data"), {"key": key}).text = text

    def make_node(parent, iri: str) -> None:  # type: ignore[no-untyped-def]
        node = graph.nodes[iri]
        xml_node = etree.SubElement(parent, tag("node"), {"id": xml_text(iri)})
        data(xml_node, "n_label", xml_text(node.name))
        for channel, level in zip("rgb", COLOURS[node.group]):
            data(xml_node, f"n_{channel}", str(level))
        data(xml_node, "n_size", repr(SIZES[node.group]))
        data(xml_node, "n_entityClass", node.group)
        data(xml_node, "n_labels", graphml_value(node.labels, "string[]"))
        for prop, _ in attributes[2:]:
            if node.props.get(prop) is not None:
                data(xml_node, f"n_{prop}", graphml_value(node.props[prop], types[prop]))

    def make_edge(parent, number: int, rel: Relationship) -> None:  # type: ignore[no-untyped-def]
        xml_edge = etree.SubElement(parent, tag("edge"), {"id": f"e{number}", "source": xml_text(rel.start),
                                                          "target": xml_text(rel.end)})
        data(xml_edge, "e_label", rel.type)
        data(xml_edge, "e_weight", "1.0")
        data(xml_edge, "e_relation", rel.type)
        if rel.props.get("evidence"):
            data(xml_edge, "e_evidence", graphml_value(rel.props["evidence"], "string[]"))

    def make(parent, item) -> None:  # type: ignore[no-untyped-def]
        if item[0] == "node":
            make_node(parent, item[1])
        else:
            make_edge(parent, item[1], item[2])

    items = itertools.chain((("node", iri) for iri in sorted(graph.nodes)),
                            (("edge", n, rel) for n, rel in enumerate(graph.relationships)))
    yield from streamed(root, [(element, items, make)])


def write_graphml(lines: list[str], out: Path) -> None:
    """Writes out/graph.graphml."""
    with open(out / "graph.graphml", "wb") as handle:
        handle.writelines(graphml_parts(property_graph(lines)))


__all__ = ["graphml", "write_graphml"]
