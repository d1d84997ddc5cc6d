"""Exporters: one module per target, one explicit table, same signature (quads file -> out dir)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError
from .explorer import write_explorer
from .gexf import write_gexf
from .graphml import write_graphml
from .neo4j import write_neo4j
from .rdf_files import write_jsonld, write_nquads, write_trig, write_turtle

Exporter = Callable[[list[str], Path], None]

EXPORTERS: dict[str, Exporter] = {
    "nquads": write_nquads,
    "trig": write_trig,
    "turtle": write_turtle,
    "jsonld": write_jsonld,
    "neo4j": write_neo4j,
    "gexf": write_gexf,
    "graphml": write_graphml,
    "explorer": write_explorer,
}


def exporter(name: str) -> Exporter:
    if name not in EXPORTERS:
        raise ConfigError(f"unknown exporter {name!r}", hint=f"available: {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[name]


def release_shared_views() -> None:
    """Frees the property graph the Neo4j, GEXF, GraphML and explorer exporters share within one build."""
    from .neo4j import _LAST_BUILT

    _LAST_BUILT.clear()
