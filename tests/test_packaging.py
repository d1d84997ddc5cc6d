"""The shipped resources are package data: a wheel carries them, so a plain install works like a checkout."""
from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

from kg.paths import ontology_file, queries_dir, resource, shapes_file

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"


def _package_data_globs() -> list[str]:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["kg"]


def test_every_data_file_of_the_package_is_declared_package_data() -> None:
    globs = _package_data_globs()
    data = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data, "kg/ holds no data files"
    missing = [f for f in data if not any(fnmatch.fnmatchcase(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert missing == [], f"not in [tool.setuptools.package-data] (a wheel would lack them): {missing}"


def test_ontology_shapes_and_saved_queries_are_found_inside_the_package() -> None:
    for path in (ontology_file(), shapes_file(), queries_dir()):
        assert PACKAGE in path.parents
    assert sorted(p.stem for p in queries_dir().glob("*.rq")), "no saved query shipped"


def test_no_resource_folder_is_left_at_the_top_of_the_checkout() -> None:
    assert [d for d in ("ontology", "shapes", "queries") if (ROOT / d).exists()] == []


def test_a_missing_resource_names_it_and_says_how_to_reinstall() -> None:
    from kg.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        resource("shapes", "no-such.ttl")
    assert "kg/resources/shapes/no-such.ttl" in caught.value.message
    assert "reinstall" in (caught.value.hint or "")
