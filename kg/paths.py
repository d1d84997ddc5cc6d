"""Where the shipped resources live: ontology, shapes and saved queries, inside the package (kg/resources/).

They are package data, found through importlib.resources, so a wheel install has them as an editable
install does. The lexicons (kg/lexicon/*.json) and the gazetteer (kg/gazetteer/data/*.json) are package
data of their own modules, found the same way (`package_folder`).
"""
from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from .errors import ConfigError

_EXTRACTED = ExitStack()  # resources copied out of a zipped install live until the process ends
atexit.register(_EXTRACTED.close)


def package_folder(package: str, *parts: str) -> Path:
    """A folder of package data (such as kg.lexicon's JSON files) as a path on disk."""
    traversable = resources.files(package).joinpath(*parts)
    if isinstance(traversable, Path):
        return traversable
    return Path(_EXTRACTED.enter_context(resources.as_file(traversable)))


def resource(*parts: str) -> Path:
    """The file or folder `kg/resources/<parts>` as a path on disk."""
    traversable = resources.files("kg").joinpath("resources", *parts)
    if not traversable.is_file() and not traversable.is_dir():
        raise ConfigError(f"missing resource kg/resources/{'/'.join(parts)}",
                          hint="reinstall Entente (pip install entente-*.whl, or pip install -e . from a checkout)")
    if isinstance(traversable, Path):
        return traversable
    return Path(_EXTRACTED.enter_context(resources.as_file(traversable)))


def ontology_file() -> Path:
    return resource("ontology", "entente.ttl")


def shapes_file() -> Path:
    return resource("shapes", "entente.shacl.ttl")


def queries_dir() -> Path:
    return resource("queries")
