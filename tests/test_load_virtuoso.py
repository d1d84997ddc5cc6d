"""kg load into Virtuoso (Debian's virtuoso-opensource), the second real SPARQL server beside Oxigraph.

The `virtuoso` fixture (conftest.py) starts `virtuoso-t` on free loopback ports in a temporary folder; the
tests load through its authenticated Graph Store endpoint (/sparql-graph-crud-auth, HTTP Digest); it stops at
the end. Virtuoso is a quad store without an unnamed default graph, so the default graph goes to a named graph
(`--default-graph`). Skipped where virtuoso-t is not installed (CI: apt-get install virtuoso-opensource-7-bin).
"""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.load import Auth, load
from kg.store import iter_graphs, load_graph

DEFAULT_GRAPH = "https://w3id.org/entente/id/graph/default"


def graph_counts(base: str, names: list[str]) -> dict[str, int]:
    """Triples per graph on the server, for the given graph IRIs (Virtuoso keeps system graphs of its own)."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"{base}/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        rows = json.load(response)["results"]["bindings"]
    found = {r["g"]["value"]: int(r["n"]["value"]) for r in rows}
    return {name: found.get(name, 0) for name in names}


def file_counts(build: Path) -> dict[str, int]:
    return {(name or DEFAULT_GRAPH): len(lines) for name, lines in iter_graphs(load_graph(build))}


def test_loading_twice_leaves_exactly_the_files_triples_in_virtuoso(examples_build: Path, virtuoso: str) -> None:
    expected = file_counts(examples_build)
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    auth = Auth(user="dba", password="dba", scheme="digest")
    first = load(examples_build, endpoint, auth, default_graph=DEFAULT_GRAPH)
    assert first.triples == sum(expected.values())
    assert graph_counts(virtuoso, sorted(expected)) == expected
    load(examples_build, endpoint, auth, default_graph=DEFAULT_GRAPH, batch=200)  # PUT then POSTs, replacing
    assert graph_counts(virtuoso, sorted(expected)) == expected


def test_cli_load_with_digest_auth(examples_build: Path, virtuoso: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["load", str(examples_build), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--auth", "digest",
                 "--user", "dba", "--password", "dba", "--default-graph", DEFAULT_GRAPH])
    assert code == 0, capsys.readouterr().err
    expected = file_counts(examples_build)
    assert graph_counts(virtuoso, sorted(expected)) == expected


def test_basic_credentials_are_refused_with_a_hint_to_use_digest(examples_build: Path, virtuoso: str) -> None:
    with pytest.raises(KgError) as err:
        load(examples_build, f"{virtuoso}/sparql-graph-crud-auth", Auth(user="dba", password="dba"),
             default_graph=DEFAULT_GRAPH)
    assert "HTTP 401" in err.value.message
    assert "--auth digest" in (err.value.hint or "")


def test_a_wrong_password_is_refused_with_the_graph_and_status(examples_build: Path, virtuoso: str) -> None:
    with pytest.raises(KgError) as err:
        load(examples_build, f"{virtuoso}/sparql-graph-crud-auth", Auth(user="dba", password="wrong", scheme="digest"),
             default_graph=DEFAULT_GRAPH)
    assert "HTTP 401" in err.value.message and DEFAULT_GRAPH in err.value.message
    assert "credentials" in (err.value.hint or "")


def test_without_a_default_graph_name_the_hint_says_to_give_one(examples_build: Path, virtuoso: str) -> None:
    with pytest.raises(KgError) as err:
        load(examples_build, f"{virtuoso}/sparql-graph-crud-auth", Auth(user="dba", password="dba", scheme="digest"))
    assert "default graph" in err.value.message
    assert "--default-graph" in (err.value.hint or "")
