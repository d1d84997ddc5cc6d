"""`kg actors NAME`: the actors of a build a name stands for, in any language or grammatical case.

The name is read like article text: tokenised and lemmatised in Russian, Ukrainian and English, then
matched against the gazetteer's names, aliases and adjectives ("Путина", "Путін", "Putin", "российский"),
so each spelling finds the actor's one IRI; a Wikidata id (Q7747) matches directly; actors the gazetteer does
not know (people named in one article) are found by their labels, word by word on lemmas. Each match comes
with its id, Wikidata id, the articles that mention it and the merged facts it takes part in.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import KgError

ACTOR_CLASSES = ("Person", "Country", "Organization", "City")
FACT_CLASSES = ("Meeting", "Invitation", "Treaty", "TradeFact")
LANGS = ("ru", "uk", "en")
_QID = re.compile(r"Q[1-9]\d*")
_PREFIXES = """PREFIX kg: <https://w3id.org/entente/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


@dataclass(frozen=True, slots=True)
class ActorMatch:
    iri: str
    name: str  # English label, else any label
    entity_class: str  # Person, Country, Organization or City
    wikidata: str | None
    mentions: int  # articles that mention the actor
    facts: int  # merged facts (meetings, invitations, treaties, trade figures) it takes part in
    via: str  # what matched: wikidata, gazetteer or label


def _norm(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _lemma_sets(text: str, lang: str) -> list[frozenset[str]]:
    from .text.morph import lemmatizer
    from .text.tokens import tokenize

    lem = lemmatizer(lang)
    return [lem.lemmas(t.norm) | {t.norm} for t in tokenize(text) if any(ch.isalnum() for ch in t.text)]


def gazetteer_keys(name: str) -> set[str]:
    """Gazetteer keys whose name, alias, seat or adjective, in some language and case, covers the whole `name`."""
    from .gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    keys: set[str] = set()
    for lang in LANGS:
        lemmas = _lemma_sets(name, lang)
        if not lemmas:
            continue
        for phrases in (gazetteer.names(lang), gazetteer.adjectives(lang)):
            for match in phrases.matches(lemmas):
                if match.start == 0 and match.end == len(lemmas):
                    keys.add(match.payload.actor)
    return keys


def _label_matches(query: str, labels: list[tuple[str, str]]) -> bool:
    """Whether every word of the query is a word of one label, compared on lemmas in the label's language."""
    for text, lang in labels:
        lang = lang if lang in LANGS else "en"
        if _norm(query) == _norm(text):
            return True
        words = _lemma_sets(text, lang)
        wanted = _lemma_sets(query, lang)
        if wanted and all(any(w & x for x in words) for w in wanted):
            return True
    return False


def find_actors(graph: Path | str, name: str) -> list[ActorMatch]:
    """The actors of the build at `graph` that `name` stands for, most mentioned first."""
    from .gazetteer import load_gazetteer
    from .store import load_graph

    name = name.strip()
    if not name:
        raise KgError("give a name to look for", hint="e.g. kg actors Putin, kg actors Путина, kg actors Q7747")
    store = load_graph(graph)
    actors: dict[str, dict[str, object]] = {}
    classes = " ".join(f"kg:{c}" for c in ACTOR_CLASSES)
    for row in store.query(_PREFIXES + f"""SELECT ?a ?class ?same ?label WHERE {{
            ?a a ?class . VALUES ?class {{ {classes} }}
            OPTIONAL {{ ?a owl:sameAs ?same FILTER(STRSTARTS(STR(?same), "http://www.wikidata.org/entity/")) }}
            OPTIONAL {{ ?a rdfs:label ?label }} }}"""):
        entry = actors.setdefault(row["a"].value, {"class": row["class"].value.rsplit("#", 1)[1], "qid": None,
                                                   "labels": set()})
        if row["same"] is not None:
            entry["qid"] = row["same"].value.rsplit("/", 1)[1]
        if row["label"] is not None:
            entry["labels"].add((row["label"].value, row["label"].language or ""))  # type: ignore[union-attr]
    counts = {}
    for key, query in (("mentions", "SELECT ?x (COUNT(DISTINCT ?art) AS ?n) WHERE { ?art kg:mentions ?x } GROUP BY ?x"),
                       ("facts", f"""SELECT ?x (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f ?p ?x ; a ?c .
                                     VALUES ?c {{ {' '.join(f'kg:{c}' for c in FACT_CLASSES)} }} }} GROUP BY ?x""")):
        counts[key] = {r["x"].value: int(r["n"].value)
                       for r in store.query(_PREFIXES + query, use_default_graph_as_union=key == "mentions")}

    gazetteer = load_gazetteer()
    qid = name.upper() if _QID.fullmatch(name.upper()) else None
    keys = set() if qid else gazetteer_keys(name)
    key_qids = {gazetteer.actors[k].qid for k in keys if k in gazetteer.actors and gazetteer.actors[k].qid}
    found = []
    for iri, entry in actors.items():
        labels = sorted(entry["labels"])  # type: ignore[call-overload]
        if qid:
            via = "wikidata" if entry["qid"] == qid else None
        elif iri.rsplit("/", 1)[-1] in keys or (entry["qid"] and entry["qid"] in key_qids):
            via = "gazetteer"
        else:
            via = "label" if _label_matches(name, labels) else None
        if via is None:
            continue
        english = [text for text, lang in labels if lang == "en"]
        found.append(ActorMatch(iri, english[0] if english else (labels[0][0] if labels else iri),
                                str(entry["class"]), entry["qid"],  # type: ignore[arg-type]
                                counts["mentions"].get(iri, 0), counts["facts"].get(iri, 0), via))
    return sorted(found, key=lambda m: (-m.mentions, -m.facts, m.name, m.iri))


def format_actors(matches: list[ActorMatch], as_json: bool = False) -> str:
    """A table (ids as id:…), or JSON with full IRIs."""
    from .iris import DEFAULT_BASE

    if as_json:
        return json.dumps([asdict(m) for m in matches], ensure_ascii=False, indent=2) + "\n"
    header = ("id", "wikidata", "class", "name", "mentions", "facts", "matched by")
    rows = [("id:" + m.iri[len(DEFAULT_BASE):] if m.iri.startswith(DEFAULT_BASE) else m.iri, m.wikidata or "",
             m.entity_class, m.name, str(m.mentions), str(m.facts), m.via) for m in matches]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in (header, *rows)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
