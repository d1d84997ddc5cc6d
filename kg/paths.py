"""Where the project's shipped resources live (ontology, shapes, saved queries)."""
from __future__ import annotations

from pathlib import Path

from .errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    path = ROOT.joinpath(*parts)
    if not path.exists():
        raise ConfigError(f"missing resource {path}",
                          hint="install Entente from its source tree: pip install -e .")
    return path


def ontology_file() -> Path:
    return resource("ontology", "entente.ttl")


def shapes_file() -> Path:
    return resource("shapes", "entente.shacl.ttl")
