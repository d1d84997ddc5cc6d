"""SPARQL over a built graph: find the query (text, .rq file or saved name), bind parameters, run, format.

Parameters are bound by injecting a `VALUES ?name { term ... }` block at the top of the query's
WHERE group, never by pasting text into the query: each value is serialised as one RDF term (an IRI
checked by pyoxigraph, or an escaped literal), so a value cannot change the query's structure.
A Wikidata Q-id binds the Wikidata IRI and every resource of the graph that is `owl:sameAs` it, so
saved queries can write `?meeting kg:participant ?a` and be called with `--param a=Q7747`.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, KgError
from .vocab import OWL_SAMEAS, PREFIXES, WD_ENTITY, XSD

if TYPE_CHECKING:
    import pyoxigraph as ox

FORMATS = ("table", "csv", "json")
TABLE_CELL_LIMIT = 80
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_VARNAME = r"[A-Za-z0-9_\u00B7\u00C0-\uFFFF]+"
_PARAM_LINE = re.compile(r"param\s+(" + _VARNAME + r")\s*(\(optional\))?\s*:\s*(.*)", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- saved queries
@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    help: str


@dataclass(frozen=True)
class SavedQuery:
    """A query read from a .rq file whose leading comment says what it answers and its parameters."""

    name: str
    path: Path
    text: str
    description: str
    params: tuple[Param, ...] = ()

    @classmethod
    def read(cls, path: Path) -> SavedQuery:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise KgError(f"cannot read query file {path} ({err})", hint="give a UTF-8 .rq file") from err
        description, params = "", []
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith("#"):
                break
            comment = stripped.lstrip("#").strip()
            m = _PARAM_LINE.fullmatch(comment)
            if m:
                params.append(Param(m.group(1), not m.group(2), m.group(3).strip()))
            elif not description:
                description = comment
        return cls(path.stem, path, text, description, tuple(params))

    def usage(self) -> str:
        args = " ".join(f"--param {p.name}=..." if p.required else f"[--param {p.name}=...]" for p in self.params)
        return f"kg query {self.name} {args}".rstrip()


def queries_dir() -> Path:
    from .paths import resource

    return resource("queries")


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """The saved queries (kg/resources/queries/NAME.rq), by name."""
    folder = queries_dir() if folder is None else folder
    return {p.stem: SavedQuery.read(p) for p in sorted(folder.glob("*.rq"))}


def find_query(spec: str, folder: Path | None = None) -> tuple[str, SavedQuery | None]:
    """The SPARQL text `spec` stands for (a saved query's name, a .rq path, or SPARQL itself), with its
    header when it came from a file."""
    if NAME_RE.fullmatch(spec) and not spec.lower().endswith((".rq", ".sparql")):
        saved = saved_queries(folder)
        if spec in saved:
            return saved[spec].text, saved[spec]
        if Path(spec).is_file():
            found = SavedQuery.read(Path(spec))
            return found.text, found
        listing = "; ".join(f"{q.name} ({q.description})" if q.description else q.name for q in saved.values())
        raise ConfigError(f"no saved query named {spec!r}",
                          hint=f"available: {listing or 'none'}; or give SPARQL text or a path to a .rq file")
    if not re.search(r"[\s{]", spec):
        path = Path(spec)
        if not path.is_file():
            raise KgError(f"no query file {path}", hint="give an existing .rq file, SPARQL text, or a saved query name")
        found = SavedQuery.read(path)
        return found.text, found
    return spec, None


# ---------------------------------------------------------------------------------------------- parameters
@dataclass
class _Scan:
    variables: set[str] = field(default_factory=set)
    insert_at: int | None = None   # just after the '{' that opens the outermost WHERE group
    close_at: int | None = None    # the matching '}'
    sub_select: bool = False       # the group is `{ SELECT ... }`, which VALUES cannot precede


@dataclass
class _Group:
    start: int
    end: int | None = None
    after_where: bool = False
    sub_select: bool = False


_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<long>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*''')
  | (?P<string>"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]""" + _VARNAME + r""")
  | (?P<word>[A-Za-z_][\w.\-]*(?::[\w.\-%]*)?|:[\w.\-%]*)
  | (?P<open>\{) | (?P<close>\})
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def scan(query: str) -> _Scan:
    """The query's variables and where its WHERE group starts and ends, skipping strings, IRIs and comments.

    The WHERE group is the first top-level `{...}` after the WHERE keyword, or the first top-level
    group when the keyword is left out (`SELECT * { ... }`, `ASK { ... }`)."""
    result = _Scan()
    groups: list[_Group] = []
    depth, where_seen, first_word_in_group = 0, False, False
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup
        if kind in ("comment", "other") and (kind == "comment" or m.group().isspace()):
            continue
        if kind == "var":
            result.variables.add(m.group()[1:])
        elif kind == "word" and depth == 0 and m.group().upper() == "WHERE":
            where_seen = True
        elif kind == "open":
            if depth == 0:
                groups.append(_Group(m.end(), after_where=where_seen))
                where_seen = False
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0 and groups:
                groups[-1].end = m.start()
        if first_word_in_group and depth == 1:
            groups[-1].sub_select = kind == "word" and m.group().upper() == "SELECT"
        first_word_in_group = kind == "open" and depth == 1
    chosen = next((g for g in groups if g.after_where), groups[0] if groups else None)
    if chosen is not None and chosen.end is not None:
        result.insert_at, result.close_at, result.sub_select = chosen.start, chosen.end, chosen.sub_select
    return result


def service_targets(query: str) -> list[str]:
    """What each SERVICE keyword of the query (outside strings, IRIs and comments) is followed by."""
    tokens = [m for m in _TOKEN.finditer(query)
              if m.lastgroup not in ("comment", "other") or not m.group().isspace()]
    tokens = [m for m in tokens if m.lastgroup != "comment"]
    found = []
    for i, m in enumerate(tokens):
        if m.lastgroup == "word" and m.group().upper() == "SERVICE":
            rest = [t.group() for t in tokens[i + 1:i + 3]]
            target = rest[1] if rest and rest[0].upper() == "SILENT" and len(rest) > 1 else (rest[0] if rest else "")
            found.append(target or "SERVICE")
    return found


def term_values(raw: str, store: ox.Store | None = None) -> list[str]:
    """The RDF terms (in SPARQL syntax) a --param value stands for.

    Q123 -> the Wikidata entity and every resource owl:sameAs it; <iri>, http(s)/urn IRIs and known
    prefixed names (kg:, wd:, ...) -> that IRI and what is owl:sameAs it; integers and decimals -> typed
    literals; anything else -> a plain string literal."""
    import pyoxigraph as ox

    iri: str | None = None
    if re.fullmatch(r"Q[1-9][0-9]*", raw):
        iri = WD_ENTITY + raw
    elif raw.startswith("<") and raw.endswith(">"):
        iri = raw[1:-1]
    elif re.match(r"[A-Za-z][\w-]*:", raw) and raw.split(":", 1)[0] in PREFIXES and "://" not in raw:
        prefix, local = raw.split(":", 1)
        iri = PREFIXES[prefix] + local
    elif re.fullmatch(r"(?:https?|urn|ftp|file|tag|mailto):\S+", raw, re.IGNORECASE):
        iri = raw
    if iri is not None:
        try:
            node = ox.NamedNode(iri)
        except ValueError as err:
            raise KgError(f"parameter value {raw!r} is not a valid IRI ({err})",
                          hint="write IRIs in full (https://...) or as <...>; quote other text as a plain value") \
                from err
        terms = {str(node)}
        if store is not None:
            terms.update(str(q.subject) for q in store.quads_for_pattern(None, ox.NamedNode(OWL_SAMEAS), node, None)
                         if isinstance(q.subject, ox.NamedNode))
        return sorted(terms)
    if re.fullmatch(r"[+-]?[0-9]+", raw):
        return [str(ox.Literal(raw, datatype=ox.NamedNode(XSD + "integer")))]
    if re.fullmatch(r"[+-]?[0-9]*\.[0-9]+", raw):
        return [str(ox.Literal(raw, datatype=ox.NamedNode(XSD + "decimal")))]
    return [str(ox.Literal(raw))]


def bind_params(query: str, values: dict[str, list[str]], saved: SavedQuery | None = None) -> str:
    """The query with a VALUES block per parameter at the top of its WHERE group.

    `values` maps a variable name to SPARQL terms already serialised by `term_values`."""
    if saved is not None:
        declared = {p.name for p in saved.params}
        missing = [p for p in saved.params if p.required and p.name not in values]
        unknown = sorted(set(values) - declared)
        if unknown and saved.params:
            raise KgError(f"{saved.name} has no parameter {unknown[0]!r}",
                          hint=f"its parameters: {', '.join(sorted(declared))}; usage: {saved.usage()}")
        if missing:
            wanted = "; ".join(f"{p.name}: {p.help}" for p in missing)
            raise KgError(f"{saved.name} needs --param {missing[0].name}=VALUE",
                          hint=f"{wanted}; usage: {saved.usage()}")
    if not values:
        return query
    found = scan(query)
    for name in sorted(values):
        if name not in found.variables:
            known = ", ".join(sorted(found.variables)) or "none"
            raise KgError(f"the query has no variable ?{name} to bind", hint=f"its variables: {known}")
    if found.insert_at is None or found.close_at is None:
        raise KgError("cannot bind parameters: the query has no WHERE { ... } group",
                      hint="parameters need a SELECT, ASK, CONSTRUCT or DESCRIBE query with a WHERE clause")
    block = " ".join(f"VALUES ?{name} {{ {' '.join(values[name])} }}" for name in sorted(values))
    start, end = found.insert_at, found.close_at
    if found.sub_select:
        return f"{query[:start]} {block} {{{query[start:end]}}} {query[end:]}"
    return f"{query[:start]} {block} {query[start:]}"


def parse_param_args(args: list[str]) -> dict[str, str]:
    """`["a=Q7747", "b=Q15031"]` -> {"a": "Q7747", "b": "Q15031"}."""
    params: dict[str, str] = {}
    for arg in args:
        name, sep, value = arg.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(_VARNAME, name):
            raise KgError(f"bad --param {arg!r}", hint="write --param NAME=VALUE, e.g. --param a=Q7747")
        if name in params:
            raise KgError(f"--param {name} given twice", hint="give each parameter once")
        params[name] = value
    return params


# ---------------------------------------------------------------------------------------------- running
@dataclass
class QueryResult:
    """What a query gave: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[Any] | None = None

    @property
    def kind(self) -> str:
        return "ask" if self.boolean is not None else "graph" if self.triples is not None else "select"


def run_query(graph: Path, spec: str, params: dict[str, str] | None = None,
              folder: Path | None = None, allow_service: bool = False) -> QueryResult:
    """The result of the query `spec` (saved name, .rq path or SPARQL) over the built graph at `graph`,
    with the default graph as the union of all graphs and the project's prefixes predeclared.
    A query with a SERVICE clause is refused unless `allow_service`: a shared query file must not make the
    analyst's machine call an address it names."""
    from .store import load_graph

    text, saved = find_query(spec, folder)
    if not allow_service:
        services = service_targets(text)
        if services:
            raise KgError(f"the query calls out to another endpoint with SERVICE ({', '.join(services[:3])}); "
                          "refused by default",
                          hint="read the query first; if you trust it, run it again with --allow-service")
    store = load_graph(graph, union_default=True)
    values = {name: term_values(raw, store) for name, raw in (params or {}).items()}
    return execute(store, with_prefixes(bind_params(text, values, saved)), prologue_lines=len(PREFIXES))


def with_prefixes(query: str) -> str:
    """The query with the project's prefixes (kg:, rdfs:, owl:, xsd:, prov:, dcterms:, time:, wd:) declared
    first; the query's own declarations come later and win."""
    declared = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in sorted(PREFIXES.items()))
    return declared + query


def execute(store: ox.Store, query: str, prologue_lines: int = 0) -> QueryResult:
    """The result of `query` over `store`'s default graph (see `load_graph(union_default=True)`);
    `prologue_lines` added lines are left out of the line numbers of syntax errors."""
    import pyoxigraph as ox

    try:
        answer = store.query(query)
    except SyntaxError as err:
        where = re.sub(r"^(?:error )?at (\d+):(\d+)",
                       lambda m: f"at line {int(m.group(1)) - prologue_lines}, column {m.group(2)}", str(err))
        where = " ".join(where.split())
        raise KgError(f"SPARQL syntax error {where[:200]}{'…' if len(where) > 200 else ''}",
                      hint="check the query; kg query accepts SELECT, ASK, CONSTRUCT and DESCRIBE") from err
    except (OSError, ValueError, RuntimeError) as err:
        raise KgError(f"the query failed: {err}") from err
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [tuple(solution[name] for name in names) for solution in answer]
        return QueryResult(variables=names, rows=rows)
    return QueryResult(triples=sorted(answer, key=str))


# ---------------------------------------------------------------------------------------------- formatting
def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt == "table":
        return format_table(result)
    if fmt == "csv":
        return format_csv(result)
    if fmt == "json":
        return format_json(result)
    raise ConfigError(f"unknown format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")


def _short(term: Any) -> str:
    """A term as a person reads it: prefixed IRIs, bare literal values."""
    import pyoxigraph as ox

    from .iris import DEFAULT_BASE

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(ns) and re.fullmatch(r"[\w.\-]*", term.value[len(ns):]):
                return f"{prefix}:{term.value[len(ns):]}"
        if term.value.startswith(DEFAULT_BASE):
            return "id:" + term.value[len(DEFAULT_BASE):]
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _cell(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if any(unicodedata.category(ch) == "Cc" for ch in text):  # an escape sequence must not reach the terminal
        text = "".join("\ufffd" if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def format_table(result: QueryResult, limit: int = TABLE_CELL_LIMIT) -> str:
    """An aligned text table; IRIs under the resource base print as id:..., long cells are cut."""
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    if result.kind == "graph":
        return "".join(f"{t} .\n" for t in result.triples or [])
    header = list(result.variables)
    body = [[_cell(_short(term), limit) for term in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]
    out.append(f"({len(body)} row{'' if len(body) == 1 else 's'})")
    return "\n".join(out) + "\n"


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 query results CSV: IRIs and literal values bare, CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    elif result.kind == "graph":
        writer.writerow(["subject", "predicate", "object"])
        for t in result.triples or []:
            writer.writerow([_csv_value(t.subject), _csv_value(t.predicate), _csv_value(t.object)])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_csv_value(term) for term in row])
    return buf.getvalue()


def _csv_value(term: Any) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def json_term(term: Any) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 query results JSON format."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    raise KgError(f"cannot write {term} as SPARQL JSON", hint="use --format table")


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 query results JSON (application/sparql-results+json)."""
    if result.kind == "ask":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    elif result.kind == "graph":
        raise KgError("a CONSTRUCT or DESCRIBE query gives triples, which SPARQL results JSON cannot hold",
                      hint="use --format table (N-Triples) or --format csv")
    else:
        bindings = [{name: json_term(term) for name, term in zip(result.variables, row) if term is not None}
                    for row in result.rows]
        doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
