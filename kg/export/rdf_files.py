"""RDF files: N-Quads, TriG, Turtle (the merged graph) and JSON-LD, byte-for-byte reproducible.

Every writer takes the build's N-Quads lines already sorted, so output order never depends
on hashing or on the order articles were read in.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..vocab import PREFIXES
from . import sorted_quads as streamed
from .sorted_quads import SortedQuads


def _quads(lines: list[str]) -> list[ox.Quad]:
    """Quads grouped by graph, then subject, so each graph and subject is written once."""
    quads = ox.parse("".join(line + " .\n" for line in lines), format=ox.RdfFormat.N_QUADS)
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def write_nquads(lines: list[str], out: Path) -> None:
    if isinstance(lines, SortedQuads):
        return streamed.write_nquads(lines, out)
    (out / "graph.nq").write_text("".join(line + " .\n" for line in lines), encoding="utf-8")


def write_trig(lines: list[str], out: Path) -> None:
    if isinstance(lines, SortedQuads):
        return streamed.write_trig(lines, out)
    ox.serialize(_quads(lines), output=str(out / "graph.trig"), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def write_turtle(lines: list[str], out: Path) -> None:
    if isinstance(lines, SortedQuads):
        return streamed.write_turtle(lines, out)
    """The union of all graphs, for tools without named graphs."""
    triples = sorted({f"{q.subject} {q.predicate} {q.object}" for q in _quads(lines)})
    parsed = ox.parse("".join(t + " .\n" for t in triples), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(parsed, output=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_jsonld(lines: list[str], out: Path) -> None:
    if isinstance(lines, SortedQuads):
        return streamed.write_jsonld(lines, out)
    ox.serialize(_quads(lines), output=str(out / "graph.jsonld"), format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES)
