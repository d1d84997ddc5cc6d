"""kg load: the Graph Store Protocol upload, against a real Oxigraph server and a recording stub.

Only 127.0.0.1 is ever contacted.
"""
from __future__ import annotations

import base64
import http.server
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.load import Auth, graph_url, load
from kg.store import graph_names, load_graph

COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """The base URL of a fresh `oxigraph serve` on a free localhost port, stopped afterwards."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "oxigraph.log").open("wb")
    server = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.skip(f"oxigraph serve did not start: {(tmp_path / 'oxigraph.log').read_text()[-500:]}")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def sparql(base: str, query: str) -> list[dict[str, str]]:
    url = f"{base}/query?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        doc = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


def count(base: str, query: str) -> int:
    return int(sparql(base, query)[0]["n"])


# ------------------------------------------------------------------------------------------- real server
def test_load_puts_every_graph_and_reloading_replaces(examples_build: Path, oxigraph: str) -> None:
    import pyoxigraph as ox

    store = load_graph(examples_build)
    names = graph_names(store)
    expected_default = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    expected_named = len(store) - expected_default

    report = load(examples_build, f"{oxigraph}/store")
    assert report.graphs == ["default", *names] and report.triples == len(store)
    assert count(oxigraph, COUNT_DEFAULT) == expected_default
    assert count(oxigraph, COUNT_NAMED) == expected_named
    assert [r["g"] for r in sparql(oxigraph, GRAPHS)] == names

    again = load(examples_build, f"{oxigraph}/store", batch=100)
    assert again.requests > report.requests  # smaller batches: PUT then POSTs
    assert count(oxigraph, COUNT_DEFAULT) == expected_default
    assert count(oxigraph, COUNT_NAMED) == expected_named


def test_a_saved_query_gives_the_same_answer_on_the_server(examples_build: Path, oxigraph: str) -> None:
    from kg.query import run_query, saved_queries

    load(examples_build, f"{oxigraph}/store")
    saved = saved_queries()["who-meets-whom"]
    local = run_query(examples_build, "who-meets-whom")
    # the server's default graph is only the default graph; the merged facts alone give the same pairs
    remote = sparql(oxigraph, saved.text)
    assert [(r["actor1"], r["actor2"], r["meetings"]) for r in remote] == [
        (row[0].value, row[1].value, row[2].value) for row in local.rows]


def test_a_wrong_path_is_refused_with_the_graph_and_status(examples_build: Path, oxigraph: str) -> None:
    with pytest.raises(KgError) as err:
        load(examples_build, f"{oxigraph}/no-such-service")
    assert "HTTP 404" in err.value.message and "default graph" in err.value.message
    assert "/rdf-graphs/service" in (err.value.hint or "")


def test_cli_load_prints_a_summary(examples_build: Path, oxigraph: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["load", str(examples_build), "--endpoint", f"{oxigraph}/store"])
    assert code == 0 and capsys.readouterr().out.startswith("loaded ")
    code = main(["load", str(examples_build), "--endpoint", f"{oxigraph}/nowhere"])
    assert code == 2 and "error: the store refused" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- stub server
class Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[tuple[str, str, dict[str, str], bytes]]] = []
    status: ClassVar[int] = 204
    url: ClassVar[str] = ""

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        type(self).requests.append((self.command, self.path, dict(self.headers), body))
        self.send_response(type(self).status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _handle

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def stub() -> Iterator[type[Recorder]]:
    handler = type("Handler", (Recorder,), {"requests": [], "status": 204})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}/repositories/entente/rdf-graphs/service"
    try:
        yield handler
    finally:
        server.shutdown()
        server.server_close()


def test_basic_auth_batches_and_graph_urls(examples_build: Path, stub: type[Recorder]) -> None:
    report = load(examples_build, stub.url, Auth(user="ana", password="s3cret:x"), batch=200)
    assert report.requests == len(stub.requests)
    expected = "Basic " + base64.b64encode(b"ana:s3cret:x").decode()
    assert all(h["Authorization"] == expected for _, _, h, _ in stub.requests)
    assert all(h["Content-Type"].startswith("application/n-triples") for _, _, h, _ in stub.requests)
    assert stub.requests[0][1].endswith("/rdf-graphs/service?default") and stub.requests[0][0] == "PUT"
    per_graph: dict[str, list[tuple[str, int]]] = {}
    for method, path, _, body in stub.requests:
        per_graph.setdefault(path, []).append((method, body.count(b"\n")))
    for sent in per_graph.values():
        assert [m for m, _ in sent] == ["PUT"] + ["POST"] * (len(sent) - 1)
        assert all(n <= 200 for _, n in sent)
    assert sum(n for sent in per_graph.values() for _, n in sent) == report.triples
    assert any(len(sent) > 1 for sent in per_graph.values())


def test_bearer_token(examples_build: Path, stub: type[Recorder]) -> None:
    load(examples_build, stub.url, Auth(token="t0k"))
    assert {h["Authorization"] for _, _, h, _ in stub.requests} == {"Bearer t0k"}


def test_a_token_with_its_own_scheme_is_sent_as_it_is(examples_build: Path, stub: type[Recorder]) -> None:
    load(examples_build, stub.url, Auth(token="GDB eyJhbGc"))
    assert {h["Authorization"] for _, _, h, _ in stub.requests} == {"GDB eyJhbGc"}


def test_graph_iris_are_percent_encoded() -> None:
    assert graph_url("http://h/s", "https://w3id.org/a?b#c") == "http://h/s?graph=https%3A%2F%2Fw3id.org%2Fa%3Fb%23c"
    assert graph_url("http://h/s?x=1", None) == "http://h/s?x=1&default"


def test_unauthorised_names_the_graph_and_status(examples_build: Path, stub: type[Recorder]) -> None:
    stub.status = 401
    with pytest.raises(KgError) as err:
        load(examples_build, stub.url, Auth(user="ana", password="wrong"))
    assert "HTTP 401" in err.value.message and "default graph" in err.value.message
    assert "credentials" in (err.value.hint or "") and len(stub.requests) == 1  # refusals are not retried


def test_unavailable_is_retried_with_backoff_then_fails(examples_build: Path, stub: type[Recorder]) -> None:
    stub.status = 503
    delays: list[float] = []
    with pytest.raises(KgError, match="HTTP 503"):
        load(examples_build, stub.url, retries=3, backoff=0.25, sleep=delays.append)
    assert delays == [0.25, 0.5, 1.0] and len(stub.requests) == 4


def test_unreachable_server_is_retried_with_exponential_backoff(examples_build: Path) -> None:
    delays: list[float] = []
    with pytest.raises(KgError) as err:
        load(examples_build, f"http://127.0.0.1:{free_port()}/store", retries=2, backoff=0.5, sleep=delays.append)
    assert delays == [0.5, 1.0]
    assert "cannot reach the store" in err.value.message and "3 attempts" in err.value.message


@pytest.mark.parametrize("auth", [{"user": "a", "password": "b", "token": "t"}, {"user": "a"}])
def test_contradictory_credentials_are_refused(auth: dict[str, str]) -> None:
    with pytest.raises(KgError):
        Auth(**auth)


def test_only_http_endpoints(examples_build: Path) -> None:
    with pytest.raises(KgError, match="not an HTTP endpoint"):
        load(examples_build, "ftp://127.0.0.1/store")


def test_digest_answer_matches_the_rfc_2617_example() -> None:
    from kg.load import DigestChallenge

    challenge = DigestChallenge.parse('Digest realm="testrealm@host.com", qop="auth,auth-int", '
                                      'nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", '
                                      'opaque="5ccc069c403ebaf9f0171e9517f40e41"')
    assert challenge is not None
    header = challenge.answer("GET", "http://www.nowhere.org/dir/index.html", "Mufasa", "Circle Of Life",
                              cnonce="0a4f113b")
    assert 'response="6629fae49393a05397450978507c4ef1"' in header
    assert 'uri="/dir/index.html"' in header and "nc=00000001" in header
    assert 'opaque="5ccc069c403ebaf9f0171e9517f40e41"' in header


def test_a_basic_challenge_is_no_digest_challenge() -> None:
    from kg.load import DigestChallenge

    assert DigestChallenge.parse('Basic realm="GraphDB"') is None
