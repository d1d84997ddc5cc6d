"""Exporters: one module per target, one explicit table, same signature (quads file -> out dir)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError
from .rdf_files import write_jsonld, write_nquads, write_trig, write_turtle

Exporter = Callable[[list[str], Path], None]

EXPORTERS: dict[str, Exporter] = {
    "nquads": write_nquads,
    "trig": write_trig,
    "turtle": write_turtle,
    "jsonld": write_jsonld,
}


def exporter(name: str) -> Exporter:
    if name not in EXPORTERS:
        raise ConfigError(f"unknown exporter {name!r}", hint=f"available: {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[name]
