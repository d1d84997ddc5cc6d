"""explorer.html: one self-contained page to browse a build offline (actors, timelines, network, fact cards).

The page is built from the labelled property graph the Neo4j, GEXF and GraphML exporters share, so it
follows the merged view whatever the RDF looks like underneath. Its data is one compact JSON document in a
`<script type="application/json">` block: every actor, article, commodity and repeated string (quotes,
merge reasons, property names) is stored once in a table and referred to by its index, and each fact is a
short array whose layout is listed in `FACT_LAYOUT` (the page's script reads the same layout). The script
and style sheet are Entente's own (`kg/export/web/`), written without libraries: the page loads nothing
from the network, and it renders lazily: lists are paged, a long timeline is drawn per month, and the
network shows the actors with the most meetings.

The strings table (mostly quotes, more than half the data) is a second block, read after the first view
is drawn. Above `COMPRESS_ABOVE` bytes of JSON a block holds the gzip of its JSON in base64 instead (the
page inflates it with the browser's DecompressionStream), which makes a large build's page about four
times smaller.
"""
from __future__ import annotations

import base64
import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

from .neo4j import MEASURES, Node, PropertyGraph, property_graph

FORMAT_VERSION = 1
COMPRESS_ABOVE = 4_000_000
JSON_BATCH = 1000  # list items per piece when the page's JSON is written in pieces
SPOOL_READ = 1 << 20  # bytes of a spooled data block read (and gzipped) at a time
ACTOR_TYPES = ("Person", "Country", "Organization", "City")
MEDIA = ("PhoneCall", "VideoCall", "InPersonMeeting", "")
FACT_KINDS = ("Meeting", "Invitation", "Treaty", "TradeFact")
#: Field names of each kind's fact array after the five common ones [kind, sources, conflicts, reasons, name].
#: sources is flat: article, number of quotes, the quotes' string indices, next article...; conflicts is flat
#: too: property, claimed value (string indices), article (or null), next conflict...; an empty list is 0 (one
#: fewer array for the browser to make per fact), and trailing empty fields are left out.
FACT_LAYOUT: dict[str, tuple[str, ...]] = {
    "Meeting": ("medium", "dateText", "start", "end", "duration", "minutes", "participants", "places"),
    "Invitation": ("inviters", "invitees", "destinations", "occasion", "accepted", "timeFrame", "start", "end",
                   "fulfilledBy"),
    "Treaty": ("parties", "signedOnText", "signedOn", "status", "wikidata"),
    "TradeFact": ("commodity", "suppliers", "buyers", "parties", "measure", "value", "period", "start", "end",
                  "status"),
}
LIST_FIELDS = ("participants", "places", "inviters", "invitees", "destinations", "fulfilledBy", "parties",
               "suppliers", "buyers")
_SURROGATE = re.compile("[\ud800-\udfff]")
_WEB = "web"


class _Strings:
    """A table of distinct strings, indexed in first-use order after a sorted pre-fill (deterministic)."""

    def __init__(self, initial: Iterable[str] = ()) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}
        for text in sorted(set(initial)):
            self.add(text)

    def add(self, text: str) -> int:
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.items)
            self.items.append(text)
        return found


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def explorer_data(graph: PropertyGraph) -> dict[str, object]:
    """The page's data: tables of actors, articles, commodities and strings, and one array per fact."""
    actor_nodes = [n for n in (graph.nodes[i] for i in sorted(graph.nodes)) if n.group in ACTOR_TYPES]
    article_nodes = graph.by_group("Article")
    commodity_nodes = graph.by_group("Commodity")
    fact_nodes = [n for n in (graph.nodes[i] for i in sorted(graph.nodes)) if n.group in FACT_KINDS]
    actor_index = {n.iri: i for i, n in enumerate(actor_nodes)}
    article_index = {n.iri: i for i, n in enumerate(article_nodes)}
    identifier_index = {str(n.props.get("identifier", n.iri)): i for i, n in enumerate(article_nodes)}
    commodity_index = {n.iri: i for i, n in enumerate(commodity_nodes)}
    fact_index = {n.iri: i for i, n in enumerate(fact_nodes)}

    targets: dict[tuple[str, str], list[str]] = {}
    quotes_by_source: dict[tuple[str, str], tuple[str, ...]] = {}
    for rel in graph.relationships:
        targets.setdefault((rel.start, rel.type), []).append(rel.end)
        if rel.type == "DERIVED_FROM" and rel.end in article_index:
            quotes_by_source[(rel.start, rel.end)] = tuple(rel.props.get("evidence", ()))  # type: ignore[arg-type]
    strings = _Strings(q for quotes in quotes_by_source.values() for q in quotes)

    def actors(node: Node, rel_type: str) -> list[int]:
        return sorted(actor_index[t] for t in targets.get((node.iri, rel_type), []) if t in actor_index)

    def text(node: Node, prop: str) -> str | None:
        value = node.props.get(prop)
        return None if value is None else str(value)

    facts: list[list[object]] = []
    for node in fact_nodes:
        sources: list[int] = []
        for article in sorted((a for a in targets.get((node.iri, "DERIVED_FROM"), []) if a in article_index),
                              key=article_index.__getitem__):
            quotes = [strings.add(q) for q in quotes_by_source.get((node.iri, article), ())]
            sources += [article_index[article], len(quotes), *quotes]
        conflicts = [x for c in node.props.get("conflicts", ())  # type: ignore[attr-defined]
                     for x in _conflict(str(c), identifier_index, strings)]
        reasons = [strings.add(str(r)) for r in node.props.get("mergeReasons", ())]  # type: ignore[attr-defined]
        name = text(node, "name") if node.group == "Treaty" else None
        row: list[object] = [FACT_KINDS.index(node.group), sources or 0, conflicts or 0, reasons or 0, name]
        p = node.props
        if node.group == "Meeting":
            minutes = p.get("durationMinutes")
            row += [MEDIA.index(str(p.get("kind", ""))) if str(p.get("kind", "")) in MEDIA else 3,
                    text(node, "dateText"), _iso(p.get("date")), _iso(p.get("dateEnd")), text(node, "duration"),
                    minutes if isinstance(minutes, int) else None,
                    actors(node, "PARTICIPANT"), actors(node, "PLACE")]
        elif node.group == "Invitation":
            accepted = p.get("accepted")
            row += [actors(node, "INVITER"), actors(node, "INVITEE"), actors(node, "DESTINATION"),
                    None if p.get("occasion") is None else strings.add(str(p["occasion"])),
                    accepted if isinstance(accepted, bool) else None, text(node, "timeFrame"),
                    _iso(p.get("timeFrameStart")), _iso(p.get("timeFrameEnd")),
                    sorted(fact_index[t] for t in targets.get((node.iri, "FULFILLED_BY"), []) if t in fact_index)]
        elif node.group == "Treaty":
            row += [actors(node, "PARTY"), text(node, "signedOnText"), _iso(p.get("signedOn")),
                    text(node, "status"), text(node, "wikidata")]
        else:
            commodities = sorted(commodity_index[t] for t in targets.get((node.iri, "COMMODITY"), [])
                                 if t in commodity_index)
            measure = str(p.get("measure", ""))
            value = p.get("value")
            row += [commodities[0] if commodities else None, actors(node, "SUPPLIER"), actors(node, "BUYER"),
                    actors(node, "PARTY"), MEASURES.index(measure) if measure in MEASURES else None,
                    _number(value), text(node, "period"), _iso(p.get("periodStart")), _iso(p.get("periodEnd")),
                    text(node, "status")]
        row = [0 if value == [] else value for value in row]
        fields = FACT_LAYOUT[node.group]
        while len(row) > 5 and (row[-1] is None or fields[len(row) - 6] in LIST_FIELDS and row[-1] == 0):
            row.pop()
        facts.append(row)

    return {
        "version": FORMAT_VERSION,
        "actorTypes": list(ACTOR_TYPES),
        "media": list(MEDIA),
        "kinds": list(FACT_KINDS),
        "measures": list(MEASURES),
        "layout": {kind: list(fields) for kind, fields in FACT_LAYOUT.items()},
        "listFields": list(LIST_FIELDS),
        "actors": [[n.name, ACTOR_TYPES.index(n.group), n.iri.rsplit("/", 1)[-1],
                    text(n, "wikidata"), sorted(str(a) for a in n.props.get("aliases", ()))]  # type: ignore[attr-defined]
                   for n in actor_nodes],
        "articles": [[str(n.props.get("identifier", n.iri)), text(n, "title"), text(n, "language"),
                      _iso(n.props.get("issued"))] for n in article_nodes],
        "commodities": [n.name for n in commodity_nodes],
        "strings": strings.items,
        "facts": facts,
    }


def _number(value: object) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2 ** 53 else float(value)


def _conflict(text: str, identifier_index: dict[str, int], strings: _Strings) -> list[object]:
    """[property, claimed value, article index or None] from the graph's "property: value (article)" text."""
    prop, _, rest = text.partition(": ")
    if rest.endswith(")"):
        # The longest known identifier in brackets at the end: the leftmost " (" whose rest is one. Looked up, not
        # scanned: every conflict of a 100k-article build once compared itself with every article's identifier.
        start = rest.find(" (")
        while start != -1:
            index = identifier_index.get(rest[start + 2:-1])
            if index is not None:
                return [strings.add(prop), strings.add(rest[:start]), index]
            start = rest.find(" (", start + 1)
    return [strings.add(prop), strings.add(rest), None]


def script_json(data: object) -> str:
    """JSON text safe inside a <script> element: no `<` (so no `</script>` or `<!--`), no U+2028/U+2029,
    no lone surrogates; JSON.parse gives back exactly `data`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _asset(name: str) -> str:
    return (resources.files(__package__) / _WEB / name).read_text(encoding="utf-8")


def explorer_html(graph: PropertyGraph, compress_above: int = COMPRESS_ABOVE) -> str:
    """The whole page for a build's property graph."""
    return explorer_page(explorer_data(graph), compress_above)


def _block(payload: str, compress: bool) -> tuple[str, str]:
    """(encoding, text) of one data block: its JSON, or the JSON's gzip in base64."""
    if not compress:
        return "json", payload
    return "gzip+base64", base64.b64encode(gzip.compress(payload.encode("utf-8"), compresslevel=6, mtime=0)).decode()


def explorer_page(data: dict[str, object], compress_above: int = COMPRESS_ABOVE) -> str:
    """The page for `data` (as `explorer_data` gives it): the template with its style sheet, script and data
    inlined. The strings table (quotes, mostly) is a block of its own, read after the first view is drawn:
    the actor list and the network need none of it. Both blocks are gzipped, in base64, when their JSON is
    longer than `compress_above` bytes in all."""
    main_json = script_json({k: v for k, v in data.items() if k != "strings"})
    strings_json = script_json(data["strings"])
    compress = len(main_json.encode("utf-8")) + len(strings_json.encode("utf-8")) > compress_above
    encoding, payload = _block(main_json, compress)
    strings_encoding, strings = _block(strings_json, compress)
    contents = {"STYLE": _asset("explorer.css"), "SCRIPT": _asset("explorer.js"), "ENCODING": encoding,
                "DATA": payload, "STRINGSENCODING": strings_encoding, "STRINGS": strings}
    for marker in ("STYLE", "SCRIPT"):
        if "</" in contents[marker]:
            raise ValueError(f"the explorer's {marker.lower()} contains '</', which would end its element")
    # markers are looked for in the template alone, so no text inside the data can be mistaken for one
    pieces = re.split(r"<!--ENTENTE:([A-Z]+)-->", _asset("explorer.html"))
    return "".join(contents[piece] if i % 2 else piece for i, piece in enumerate(pieces))


def script_json_parts(data: object, batch: int | None = None) -> Iterator[str]:
    """`script_json(data)` in pieces: a dict's keys in order and a long list `batch` items at a time, so the whole
    text is never one string (the escapes replace single characters, so each piece is escaped alone)."""
    batch = batch or JSON_BATCH
    if isinstance(data, dict):
        yield "{"
        for i, key in enumerate(sorted(data)):
            yield ("," if i else "") + script_json(key) + ":"
            yield from script_json_parts(data[key], batch)
        yield "}"
    elif isinstance(data, list) and len(data) > batch:
        yield "["
        for start in range(0, len(data), batch):
            yield ("," if start else "") + script_json(data[start:start + batch])[1:-1]
        yield "]"
    else:
        yield script_json(data)


def _gzip_base64(parts: Iterable[bytes]) -> Iterator[bytes]:
    """`_block`'s gzip+base64 text of the concatenated parts, in pieces (zlib's output does not depend on how its
    input is cut; base64 is cut at multiples of 3 bytes)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip.compress(..., compresslevel=6, mtime=0)
    rest = b""

    def packed() -> Iterator[bytes]:
        yield from (packer.compress(part) for part in parts)
        yield packer.flush()

    for part in packed():
        rest += part
        cut = len(rest) - len(rest) % 3
        if cut:
            yield base64.b64encode(rest[:cut])
            rest = rest[cut:]
    if rest:
        yield base64.b64encode(rest)


def write_explorer_page(data: dict[str, object], path: Path, compress_above: int = COMPRESS_ABOVE) -> None:
    """Writes `explorer_page(data, compress_above)` to `path`, each data block's JSON spooled to a file beside it
    in pieces first (its length decides whether it is compressed): the page is never one string."""
    blocks = {"DATA": {k: v for k, v in data.items() if k != "strings"}, "STRINGS": data["strings"]}
    spooled: dict[str, Path] = {}
    total = 0
    try:
        for marker, block in blocks.items():
            spooled[marker] = path.with_name(f".{path.name}.{marker.lower()}.json")
            with open(spooled[marker], "wb") as handle:
                for piece in script_json_parts(block):
                    total += handle.write(piece.encode("utf-8"))
        compress = total > compress_above

        def spooled_bytes(marker: str) -> Iterator[bytes]:
            with open(spooled[marker], "rb") as handle:
                while chunk := handle.read(SPOOL_READ):
                    yield chunk

        def block_text(marker: str) -> Iterator[bytes]:
            return _gzip_base64(spooled_bytes(marker)) if compress else spooled_bytes(marker)

        encoding = "gzip+base64" if compress else "json"
        contents: dict[str, Callable[[], Iterable[bytes]]] = {
            "STYLE": lambda: [_asset("explorer.css").encode()], "SCRIPT": lambda: [_asset("explorer.js").encode()],
            "ENCODING": lambda: [encoding.encode()], "STRINGSENCODING": lambda: [encoding.encode()],
            "DATA": lambda: block_text("DATA"), "STRINGS": lambda: block_text("STRINGS")}
        for marker in ("STYLE", "SCRIPT"):
            if "</" in _asset(f"explorer.{'css' if marker == 'STYLE' else 'js'}"):
                raise ValueError(f"the explorer's {marker.lower()} contains '</', which would end its element")
        pieces = re.split(r"<!--ENTENTE:([A-Z]+)-->", _asset("explorer.html"))
        with open(path, "wb") as handle:
            for i, piece in enumerate(pieces):
                handle.writelines(contents[piece]() if i % 2 else [piece.encode("utf-8")])
    finally:
        for spool in spooled.values():
            spool.unlink(missing_ok=True)


def write_explorer(lines: list[str], out: Path) -> None:
    """Writes out/explorer.html."""
    write_explorer_page(explorer_data(property_graph(lines)), out / "explorer.html")


__all__ = ["FACT_LAYOUT", "explorer_data", "explorer_html", "explorer_page", "script_json", "script_json_parts",
           "write_explorer", "write_explorer_page"]
