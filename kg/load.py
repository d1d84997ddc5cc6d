"""Upload a built graph to a SPARQL store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each graph of OUT/graph.trig is sent with PUT (`?graph=IRI`, `?default` for the default graph), which
replaces what the store held under that name: loading twice gives the same store, never duplicates.
A graph larger than `batch` triples is sent as one PUT of the first `batch` triples and POSTs (append)
of the rest. Network failures (and 429/502/503/504 answers) are retried with exponential backoff, a
bounded number of times; any other refusal stops the load with the graph's name and the HTTP status.
A store that asks for HTTP Digest authentication (Virtuoso's /sparql-graph-crud-auth) gets it; a quad store
without an unnamed default graph (Virtuoso) takes the default graph under a name (`default_graph`).
Only the standard library speaks HTTP.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError

DEFAULT_BATCH = 50_000
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF = 0.5  # seconds before the first retry; doubled at each further one
TRANSIENT_STATUS = frozenset({429, 502, 503, 504})
NTRIPLES = "application/n-triples"


@dataclass
class LoadReport:
    endpoint: str
    graphs: list[str] = field(default_factory=list)  # "default" or the graph IRI, in load order
    triples: int = 0
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"loaded {len(self.graphs)} graphs ({self.triples} triples) into {self.endpoint} "
                f"in {self.requests} requests ({self.retries} retries, {self.seconds:.1f} s)")


@dataclass(frozen=True)
class Auth:
    """Credentials for the store: basic (user and password), a bearer token, or none."""

    user: str | None = None
    password: str | None = None
    token: str | None = None
    scheme: str = "basic"  # with user and password: "basic" (sent at once), or "digest" (answers the challenge)

    def __post_init__(self) -> None:
        if self.scheme not in ("basic", "digest"):
            raise KgError(f"unknown authentication scheme {self.scheme!r}", hint="use --auth basic or --auth digest")
        if self.scheme == "digest" and self.user is None:
            raise KgError("--auth digest needs --user and --password", hint="give both, or leave out --auth")
        if self.token and (self.user or self.password):
            raise KgError("give either --user/--password or --token, not both",
                          hint="GraphDB takes basic auth (--user, --password) or a GDB token (--token)")
        if (self.user is None) != (self.password is None):
            raise KgError("--user and --password go together", hint="give both, or --token, or neither")

    def header(self) -> str | None:
        if self.token:
            # a token that names its scheme ("GDB eyJ...", as GraphDB's /rest/login returns) goes as it is
            return self.token if " " in self.token.strip() else f"Bearer {self.token}"
        if self.user is not None and self.scheme == "basic":
            raw = f"{self.user}:{self.password}".encode()
            return "Basic " + base64.b64encode(raw).decode("ascii")
        return None


@dataclass
class DigestChallenge:
    """A server's `WWW-Authenticate: Digest ...` challenge, answered per request (RFC 7616, qop=auth)."""

    realm: str
    nonce: str
    opaque: str | None = None
    algorithm: str = "MD5"
    qop: str | None = None
    count: int = 0

    @classmethod
    def parse(cls, header: str) -> DigestChallenge | None:
        scheme, _, params = header.strip().partition(" ")
        if scheme.lower() != "digest":
            return None
        fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(params))
        if "nonce" not in fields:
            return None
        qops = [q.strip() for q in fields.get("qop", "").split(",") if q.strip()]
        if qops and "auth" not in qops:
            return None  # auth-int only: not offered
        return cls(realm=fields.get("realm", ""), nonce=fields["nonce"], opaque=fields.get("opaque"),
                   algorithm=fields.get("algorithm", "MD5"), qop="auth" if qops else None)

    def answer(self, method: str, url: str, user: str, password: str, cnonce: str | None = None) -> str:
        """The Authorization header value for one request."""
        algorithm = self.algorithm.upper()
        digest = hashlib.sha256 if algorithm.startswith("SHA-256") else hashlib.md5

        def h(text: str) -> str:
            return digest(text.encode("utf-8")).hexdigest()

        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        self.count += 1
        nc = f"{self.count:08x}"
        cnonce = cnonce or os.urandom(8).hex()
        ha1 = h(f"{user}:{self.realm}:{password}")
        if algorithm.endswith("-SESS"):
            ha1 = h(f"{ha1}:{self.nonce}:{cnonce}")
        ha2 = h(f"{method}:{uri}")
        if self.qop:
            response = h(f"{ha1}:{self.nonce}:{nc}:{cnonce}:{self.qop}:{ha2}")
        else:
            response = h(f"{ha1}:{self.nonce}:{ha2}")
        fields = [f'username="{user}"', f'realm="{self.realm}"', f'nonce="{self.nonce}"', f'uri="{uri}"',
                  f"algorithm={self.algorithm}", f'response="{response}"']
        if self.opaque is not None:
            fields.append(f'opaque="{self.opaque}"')
        if self.qop:
            fields += [f"qop={self.qop}", f"nc={nc}", f'cnonce="{cnonce}"']
        return "Digest " + ", ".join(fields)


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph: `endpoint?graph=<encoded IRI>` or `endpoint?default`."""
    sep = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def load(out: Path, endpoint: str, auth: Auth | None = None, batch: int = DEFAULT_BATCH,
         retries: int = DEFAULT_RETRIES, backoff: float = DEFAULT_BACKOFF, timeout: float = 60.0,
         sleep: Callable[[float], None] = time.sleep,
         progress: Callable[[str, int], None] | None = None, default_graph: str | None = None) -> LoadReport:
    """Every graph of the build at `out` (a folder or an RDF file), PUT into the Graph Store at `endpoint`.

    With `default_graph`, the default graph's triples go to the named graph of that IRI instead of `?default`,
    for quad stores that have no unnamed graph (Virtuoso)."""
    from .store import iter_graphs, load_graph

    parsed = urllib.parse.urlsplit(endpoint)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise KgError(f"not an HTTP endpoint: {endpoint!r}",
                      hint="give the Graph Store URL, e.g. http://localhost:7878/store (Oxigraph) or "
                           "http://localhost:7200/repositories/REPO/rdf-graphs/service (GraphDB)")
    if not timeout > 0:
        raise KgError(f"--timeout must be more than 0 seconds (got {timeout})",
                      hint="it is how long to wait for each answer of the store")
    if default_graph is not None and not urllib.parse.urlsplit(default_graph).scheme:
        raise KgError(f"--default-graph must be an absolute IRI (got {default_graph!r})",
                      hint="e.g. --default-graph https://w3id.org/entente/id/graph/default")
    if batch < 1:
        raise KgError(f"--batch must be at least 1 (got {batch})", hint="it is the number of triples per request")
    auth = auth or Auth()
    report = LoadReport(endpoint=endpoint)
    started = time.monotonic()
    client = _Client(auth, retries, backoff, timeout, sleep, report)
    for graph, lines in iter_graphs(load_graph(out)):
        name = f"graph <{graph}>" if graph is not None else (
            "default graph" if default_graph is None else f"default graph (as <{default_graph}>)")
        url = graph_url(endpoint, graph if graph is not None else default_graph)
        for i in range(0, len(lines), batch):
            body = "".join(line + "\n" for line in lines[i:i + batch]).encode("utf-8")
            client.send("PUT" if i == 0 else "POST", url, body, name)
        report.graphs.append("default" if graph is None else graph)
        report.triples += len(lines)
        if progress:
            progress(report.graphs[-1], len(lines))
    report.seconds = time.monotonic() - started
    return report


@dataclass
class _Client:
    auth: Auth
    retries: int
    backoff: float
    timeout: float
    sleep: Callable[[float], None]
    report: LoadReport
    digest: DigestChallenge | None = None

    def _authorization(self, method: str, url: str) -> str | None:
        if self.digest is not None and self.auth.user is not None:
            return self.digest.answer(method, url, self.auth.user, self.auth.password or "")
        return self.auth.header()

    def _take_challenge(self, err: urllib.error.HTTPError) -> bool:
        """Whether a 401 carries a Digest challenge (kept for the following requests) that can be answered."""
        if err.code != 401 or self.auth.user is None:
            return False
        for header in err.headers.get_all("WWW-Authenticate") or []:
            challenge = DigestChallenge.parse(header)
            if challenge is not None:
                self.digest = challenge
                return True
        return False

    def send(self, method: str, url: str, body: bytes, name: str) -> None:
        headers = {"Content-Type": f"{NTRIPLES}; charset=utf-8", "User-Agent": "entente-kg"}
        attempt = 0
        challenges = 0  # a first challenge, then perhaps a stale nonce; a third means the credentials are wrong
        while True:
            authorization = self._authorization(method, url)
            if authorization:
                headers["Authorization"] = authorization
            request = urllib.request.Request(url, data=body, headers=headers, method=method)
            self.report.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
                return
            except urllib.error.HTTPError as err:
                if challenges < 2 and self._take_challenge(err):
                    challenges += 1
                    err.close()
                    continue
                detail = _body_excerpt(err)
                if err.code not in TRANSIENT_STATUS or attempt >= self.retries:
                    raise KgError(f"the store refused the {name}: HTTP {err.code} {err.reason} ({method} {url})"
                                  + (f": {detail}" if detail else ""), hint=_hint_for(err.code, detail)) from err
            except (urllib.error.URLError, OSError) as err:  # refused, reset, timed out, DNS
                if attempt >= self.retries:
                    reason = getattr(err, "reason", err)
                    raise KgError(f"cannot reach the store to send the {name}: {reason} ({method} {url}); "
                                  f"gave up after {attempt + 1} attempts",
                                  hint="check that the server runs and the URL is right; graphs sent before this "
                                       "one are loaded, and loading again replaces them") from err
            delay = self.backoff * (2 ** attempt)
            attempt += 1
            self.report.retries += 1
            self.sleep(delay)


def _body_excerpt(err: urllib.error.HTTPError, limit: int = 300) -> str:
    """The answer's text without markup (Virtuoso answers in HTML), cut at `limit` characters."""
    try:
        text = err.read().decode("utf-8", "replace")
    except OSError:
        return ""
    text = re.sub(r"<title>.*?</title>|<[^>]*>", " ", text, flags=re.DOTALL | re.IGNORECASE)
    return " ".join(text.split())[:limit]


def _hint_for(status: int, detail: str = "") -> str:
    if "default graph" in detail.lower():
        return ("this store has no unnamed default graph (Virtuoso): name one with --default-graph IRI, e.g. "
                "--default-graph https://w3id.org/entente/id/graph/default")
    if status in (401, 403):
        return ("check the credentials (--user/--password or --token) and that the user may write to the repository; "
                "a store that wants HTTP Digest (Virtuoso's /sparql-graph-crud-auth) needs --auth digest")
    if status == 404:
        return ("check the endpoint path: Oxigraph serves the Graph Store at /store, GraphDB at "
                "/repositories/REPO/rdf-graphs/service (and the repository must exist)")
    if status in (405, 501):
        return "the URL answers but does not accept Graph Store PUT/POST; point --endpoint at the Graph Store service"
    if status == 413:
        return "the request is too large for the server; lower --batch"
    if status == 415:
        return "the server does not accept N-Triples at this URL; is it a Graph Store endpoint?"
    return "see the server's log; graphs sent before this one are loaded, and loading again replaces them"
