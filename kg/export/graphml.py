"""GraphML: the property graph for Gephi, yEd, networkx and igraph (keys Gephi maps: label, weight, r/g/b, size).

GraphML has no list type, so list properties are JSON arrays in string keys; dates are ISO strings.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

from .gexf import COLOURS, SIZES, node_attributes, xml_attribute, xml_escape, xml_text
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

    from .xml_stream import streamed_text

    def tag(name: str) -> str:
        return f"{{{GRAPHML_NS}}}{name}"

    root = etree.Element(tag("graphml"), nsmap={None: GRAPHML_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    attributes = node_attributes()
    node_keys = [("label", "string"), ("r", "int"), ("g", "int"), ("b", "int"), ("size", "double")]
    node_keys += [(name, GRAPHML_TYPES[t]) for name, t in attributes]
    edge_keys = [("label", "string"), ("weight", "double"), ("relation", "string"), ("evidence", "string")]
    for cls, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, key_type in keys:
            etree.SubElement(root, tag("key"), {"id": f"{cls[0]}_{name}", "for": cls, "attr.name": name,
                                                "attr.type": key_type})
    element = etree.SubElement(root, tag("graph"), {"id": "entente", "edgedefault": "directed"})

    def data(key: str, text: str) -> str:
        return f'      <data key="{key}">{text}</data>\n'

    # the data each node of a group has after its label: colour, size, class
    constant = {group: "".join([*(data(f"n_{channel}", str(level)) for channel, level in zip("rgb", colour)),
                                data("n_size", repr(SIZES[group])), data("n_entityClass", xml_escape(group))])
                for group, colour in COLOURS.items()}

    def node_text(iri: str) -> str:
        node = graph.nodes[iri]
        parts = [f'    <node id="{xml_attribute(xml_text(iri))}">\n', data("n_label", xml_escape(xml_text(node.name))),
                 constant[node.group], data("n_labels", xml_escape(graphml_value(node.labels, "string[]")))]
        props = node.props
        for prop, prop_type in attributes[2:]:
            value = props.get(prop)
            if value is not None:
                parts.append(data(f"n_{prop}", xml_escape(graphml_value(value, prop_type))))
        parts.append("    </node>\n")
        return "".join(parts)

    def edge_text(number: int, rel: Relationship) -> str:
        kind = xml_escape(rel.type)
        evidence = rel.props.get("evidence")
        return (f'    <edge id="e{number}" source="{xml_attribute(xml_text(rel.start))}" '
                f'target="{xml_attribute(xml_text(rel.end))}">\n'
                + data("e_label", kind) + data("e_weight", "1.0") + data("e_relation", kind)
                + (data("e_evidence", xml_escape(graphml_value(evidence, "string[]"))) if evidence else "")
                + "    </edge>\n")

    children = itertools.chain((node_text(iri) for iri in sorted(graph.nodes)),
                               (edge_text(n, rel) for n, rel in enumerate(graph.relationships)))
    yield from streamed_text(root, [(element, children)])


def write_graphml(lines: list[str], out: Path) -> None:
    """Writes out/graph.graphml."""
    with open(out / "graph.graphml", "wb") as handle:
        handle.writelines(graphml_parts(property_graph(lines)))


__all__ = ["graphml", "write_graphml"]
