"""Entente: a knowledge-graph builder for diplomatic news (ru, uk, en)."""
from __future__ import annotations

__all__ = ["build", "extract_article", "read_inputs", "validate_file"]
__version__ = "0.1.0"


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # Heavy modules load only when asked for, so `kg --help` stays instant.
    if name == "build":
        from .build import build

        return build
    if name == "extract_article":
        from .extract import extract_article

        return extract_article
    if name == "read_inputs":
        from .ingest import read_inputs

        return read_inputs
    if name == "validate_file":
        from .validate import validate_file

        return validate_file
    raise AttributeError(name)
