"""explorer.html: one self-contained page to browse a build offline (actors, timelines, network, fact cards).

The page is built from the labelled property graph the Neo4j, GEXF and GraphML exporters share, so it
follows the merged view whatever the RDF looks like underneath. Its data is one compact JSON document in a
`<script type="application/json">` block: every actor, article, commodity and repeated string (quotes,
merge reasons, property names) is stored once in a table and referred to by its index, and each fact is a
short array whose layout is listed in `FACT_LAYOUT` (the page's script reads the same layout). The script
and style sheet are Entente's own (`kg/export/web/`), written without libraries: the page loads nothing
from the network, and it renders lazily: lists are paged, a long timeline is drawn per month, and the
network shows the actors with the most meetings.

Above `COMPRESS_ABOVE` bytes of JSON the block holds the gzip of the JSON in base64 instead (the page
inflates it with the browser's DecompressionStream), which makes a large build's page about three times
smaller.
"""
from __future__ import annotations

import base64
import gzip
import json
import re
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path

from .neo4j import MEASURES, Node, PropertyGraph, property_graph

FORMAT_VERSION = 1
COMPRESS_ABOVE = 4_000_000
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
    for identifier, index in sorted(identifier_index.items(), key=lambda item: -len(item[0])):
        if rest.endswith(f" ({identifier})"):
            return [strings.add(prop), strings.add(rest[:-len(identifier) - 3]), index]
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


def explorer_page(data: dict[str, object], compress_above: int = COMPRESS_ABOVE) -> str:
    """The page for `data` (as `explorer_data` gives it): the template with its style sheet, script and data
    inlined; the data gzipped and in base64 when its JSON is longer than `compress_above` bytes."""
    payload = script_json(data)
    encoding = "json"
    if len(payload.encode("utf-8")) > compress_above:
        payload = base64.b64encode(gzip.compress(payload.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")
        encoding = "gzip+base64"
    contents = {"STYLE": _asset("explorer.css"), "SCRIPT": _asset("explorer.js"), "ENCODING": encoding,
                "DATA": payload}
    for marker in ("STYLE", "SCRIPT"):
        if "</" in contents[marker]:
            raise ValueError(f"the explorer's {marker.lower()} contains '</', which would end its element")
    # markers are looked for in the template alone, so no text inside the data can be mistaken for one
    pieces = re.split(r"<!--ENTENTE:([A-Z]+)-->", _asset("explorer.html"))
    return "".join(contents[piece] if i % 2 else piece for i, piece in enumerate(pieces))


def write_explorer(lines: list[str], out: Path) -> None:
    """Writes out/explorer.html."""
    graph = property_graph(lines)
    (out / "explorer.html").write_text(explorer_html(graph), encoding="utf-8", newline="\n")


__all__ = ["FACT_LAYOUT", "explorer_data", "explorer_html", "explorer_page", "script_json", "write_explorer"]
