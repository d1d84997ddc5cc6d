"""Scores a built graph against gold annotations (the seeds-gold JSON format): `kg eval`.

The numbers are those of the project's reference scorer (shared/eval/score.py), reimplemented here
so that `kg` needs nothing outside its own package:

* the graph is read through the public RDF contract only (prov:wasDerivedFrom, dcterms:identifier,
  kg:mentions, owl:sameAs to Wikidata, English rdfs:label); a fact's attributes are the ones stated in
  its article's named graph, else the ones anywhere in the dataset (the union, duplicates included);
* two actors are the same when both have Wikidata ids and they share one, otherwise when they share a
  normalised English name;
* gold and predicted facts of one article are paired by a maximum one-to-one matching, per fact kind;
* P, R and F1 are summed over articles per kind; the macro-F1 is the mean of the per-kind F1 *rounded
  to three places* over (actors, meetings_full, invitations, treaties, commodity_facts).

Beside the numbers, the result lists the misses (gold facts with no partner) and the false hits
(predicted facts with no partner), with their evidence, so a low score can be read back to the text.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from .errors import KgError

KG = "https://w3id.org/entente/ontology#"
WIKIDATA = "http://www.wikidata.org/entity/"
_PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

KINDS = ("actors", "meetings", "meetings_full", "invitations", "treaties", "commodity_facts")
MACRO_KINDS = ("actors", "meetings_full", "invitations", "treaties", "commodity_facts")


MEDIUM = {KG + "PhoneCall": "phone", KG + "VideoCall": "video", KG + "InPersonMeeting": "in_person"}
# gold commodity (lower case) -> words that may stand in the predicted commodity's IRI or label
COMMODITY_WORDS: dict[str, tuple[str, ...]] = {
    "crude oil": ("oil",), "natural gas": ("naturalgas", "natural gas", "natural_gas"),
    "pipeline gas": ("pipeline",), "lng": ("lng", "liquefied"), "agricultural products": ("agri",),
    "trade turnover": ("turnover", "total", "alltrade", "trade"), "energy resources": ("energy",),
    "goods (exports)": ("goods", "export", "trade", "total"),
    "goods (imports)": ("goods", "import", "trade", "total"),
    "crude oil and petroleum products": ("oil", "petroleum"),
}
# gold unit -> (property, factor that turns the property's base unit into the gold unit)
UNITS: dict[str, tuple[str, float]] = {
    "USD billion": ("kg:valueUSD", 1e-9), "percent": ("kg:changePercent", 1), "rank": ("kg:rank", 1),
    "million barrels per day": ("kg:barrelsPerDay", 1e-6), "million tonnes": ("kg:tonnes", 1e-6),
    "billion cubic metres per year": ("kg:cubicMetresPerYear", 1e-9),
}
_TREATY_STOPWORDS = frozenset({"of", "and", "the", "treaty", "on"})

Keys = frozenset[str]  # an actor's identity: Wikidata ids and normalised English names


# ---------------------------------------------------------------------------------------------- results

@dataclass(frozen=True, slots=True)
class KindScore:
    kind: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, int | float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": round(self.precision, 3),
                "r": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold fact that no predicted fact of its article matches."""

    article: str
    kind: str
    summary: str
    evidence: str

    def as_dict(self) -> dict[str, str]:
        return {"article": self.article, "kind": self.kind, "summary": self.summary, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class FalseHit:
    """A predicted fact (or mentioned actor) that no gold fact of its article matches."""

    article: str
    kind: str
    iri: str
    summary: str
    evidence: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"article": self.article, "kind": self.kind, "iri": self.iri, "summary": self.summary,
                "evidence": list(self.evidence)}


@dataclass(frozen=True)
class EvalResult:
    graph: Path
    gold: Path
    articles: int  # gold articles scored
    scores: tuple[KindScore, ...]
    articles_missing: tuple[str, ...]
    misses: tuple[Miss, ...]
    false_hits: tuple[FalseHit, ...]

    def score(self, kind: str) -> KindScore:
        for s in self.scores:
            if s.kind == kind:
                return s
        raise KeyError(kind)

    @property
    def macro_f1(self) -> float:
        """Mean F1 (each rounded to 3 places, as the reference scorer does) over MACRO_KINDS."""
        return sum(round(self.score(k).f1, 3) for k in MACRO_KINDS) / len(MACRO_KINDS)

    def as_data(self) -> dict[str, Any]:
        """Per-kind scores at the top level (the reference scorer's keys), then the rest."""
        data: dict[str, Any] = {s.kind: s.as_dict() for s in self.scores}
        data["articles_missing"] = list(self.articles_missing)
        data["macro_f1"] = round(self.macro_f1, 3)
        data["macro_kinds"] = list(MACRO_KINDS)
        data["graph"] = str(self.graph)
        data["gold"] = str(self.gold)
        data["articles"] = self.articles
        data["misses"] = [m.as_dict() for m in self.misses]
        data["false_hits"] = [f.as_dict() for f in self.false_hits]
        return data

    def as_json(self) -> str:
        return json.dumps(self.as_data(), ensure_ascii=False, indent=1)

    def as_text(self) -> str:
        lines = [f"graph {self.graph} against gold {self.gold} ({self.articles} articles)", "",
                 f"{'kind':<16} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7} {'F1':>7}"]
        for s in self.scores:
            lines.append(f"{s.kind:<16} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
                         f"{s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}")
        lines.append(f"{'macro-F1':<34} {self.macro_f1:>23.3f}   ({', '.join(MACRO_KINDS)})")
        if self.articles_missing:
            lines.append("")
            lines.append(f"articles of the gold missing from the graph: {', '.join(self.articles_missing)}")
        lines += _grouped(f"misses: {len(self.misses)} gold facts not found", self.misses, _miss_lines)
        lines += _grouped(f"false hits: {len(self.false_hits)} predicted facts not in the gold",
                          self.false_hits, _hit_lines)
        return "\n".join(lines) + "\n"


_Item = TypeVar("_Item", Miss, FalseHit)


def _grouped(title: str, items: Sequence[_Item], render: Callable[[_Item], list[str]]) -> list[str]:
    lines = ["", title]
    order = {k: i for i, k in enumerate(KINDS)}
    article = kind = None
    for item in sorted(items, key=lambda x: (x.article, order.get(x.kind, len(order)))):
        if item.article != article:
            article, kind = item.article, None
            lines.append(f"  {article}")
        if item.kind != kind:
            kind = item.kind
            lines.append(f"    {kind}")
        lines += render(item)
    return lines


def _miss_lines(m: Miss) -> list[str]:
    return [f"      - {m.summary}"] + ([f"        “{m.evidence}”"] if m.evidence else [])


def _hit_lines(f: FalseHit) -> list[str]:
    return [f"      - {f.summary}  <{f.iri}>"] + [f"        “{q}”" for q in f.evidence]


# ------------------------------------------------------------------------------------ typed fact records

@dataclass(frozen=True, slots=True)
class GoldActor:
    keys: Keys
    summary: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldMeeting:
    participant_lists: tuple[tuple[Keys, ...], ...]  # the participants, then each equally right list
    medium: str | None
    date: str | None
    duration_minutes: float | None
    summary: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldInvitation:
    inviter: Keys | None
    invitee: Keys | None
    destination: Keys | None
    summary: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldTreaty:
    name_words: frozenset[str]
    parties: tuple[Keys, ...]
    signed: str | None
    wikidata: str | None
    summary: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldTradeFact:
    commodity_words: tuple[str, ...]
    value: float | None
    unit: str | None
    supplier: Keys | None
    buyer: Keys | None
    summary: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    doc: str
    source: Path
    actors: tuple[GoldActor, ...]
    meetings: tuple[GoldMeeting, ...]
    invitations: tuple[GoldInvitation, ...]
    treaties: tuple[GoldTreaty, ...]
    commodity_facts: tuple[GoldTradeFact, ...]


@dataclass(frozen=True, slots=True)
class PredActor:
    iri: str
    keys: Keys


@dataclass(frozen=True, slots=True)
class PredMeeting:
    iri: str
    participants: tuple[Keys, ...]  # one per stated value: duplicates count, as in the reference
    media: frozenset[str]
    dates: tuple[str, ...]
    durations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PredInvitation:
    iri: str
    inviter: tuple[Keys, ...]
    invitee: tuple[Keys, ...]
    destination: tuple[Keys, ...]


@dataclass(frozen=True, slots=True)
class PredTreaty:
    iri: str
    parties: tuple[Keys, ...]
    labels: frozenset[str]  # normalised
    signed: tuple[str, ...]
    same_as: frozenset[str]  # last path segments of owl:sameAs


@dataclass(frozen=True, slots=True)
class PredTradeFact:
    iri: str
    commodity: str  # normalised commodity IRIs and their last segments, space-joined
    numbers: tuple[tuple[str, float], ...]  # (gold unit, value in that unit)
    supplier: tuple[Keys, ...]
    buyer: tuple[Keys, ...]


# ------------------------------------------------------------------------------------------- the rules

def norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


def is_qid(key: str) -> bool:
    return bool(re.fullmatch(r"Q\d+", key))


def same_actor(gold: Keys, pred: Keys) -> bool:
    """Same Wikidata id where both sides have one; otherwise the same normalised English name."""
    gq, pq = {k for k in gold if is_qid(k)}, {k for k in pred if is_qid(k)}
    if gq and pq:
        return bool(gq & pq)
    return bool((gold - gq) & (pred - pq))


def _all_present(gold: Sequence[Keys], pred: Sequence[Keys]) -> bool:
    """As many predicted values as gold ones, and every gold actor among them."""
    return len(gold) == len(pred) and all(any(same_actor(g, p) for p in pred) for g in gold)


def _one_of(gold: Keys | None, pred: Sequence[Keys]) -> bool:
    return gold is None or any(same_actor(gold, p) for p in pred)


def minutes(iso: str) -> float | None:
    """Minutes in an xsd:duration such as PT1H25M or P0DT1H30M; None if unreadable."""
    m = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?",
                     str(iso).strip())
    if not m or not any(m.groups()):
        return None
    d, h, mi, se = (float(x) if x else 0.0 for x in m.groups())
    return d * 1440 + h * 60 + mi + se / 60


def duration_ok(gold: float | None, values: Iterable[str]) -> bool:
    return gold is None or any(v is not None and abs(v - gold) <= 10 for v in map(minutes, values))


def date_ok(gold: str | None, values: Iterable[str]) -> bool:
    return gold is None or any(str(v).startswith(gold) for v in values)


def participants_ok(g: GoldMeeting, p: PredMeeting) -> bool:
    return any(_all_present(names, p.participants) for names in g.participant_lists)


def meeting_ok(g: GoldMeeting, p: PredMeeting) -> bool:
    return (participants_ok(g, p) and (not g.medium or g.medium in p.media) and date_ok(g.date, p.dates)
            and duration_ok(g.duration_minutes, p.durations))


def invitation_ok(g: GoldInvitation, p: PredInvitation) -> bool:
    return (_one_of(g.inviter, p.inviter) and _one_of(g.invitee, p.invitee)
            and _one_of(g.destination, p.destination))


def treaty_ok(g: GoldTreaty, p: PredTreaty) -> bool:
    if g.wikidata and g.wikidata in p.same_as:
        return True
    if not _all_present(g.parties, p.parties):
        return False
    need = max(1, len(g.name_words) // 2)
    similar = any(len(g.name_words & set(label.split())) >= need for label in p.labels)
    return similar or bool(g.signed and date_ok(g.signed[:4], p.signed))


def trade_ok(g: GoldTradeFact, p: PredTradeFact) -> bool:
    squeezed = p.commodity.replace(" ", "")
    if not any(w in squeezed or w in p.commodity for w in g.commodity_words):
        return False
    if g.value is not None:
        tolerance = max(0.02 * abs(g.value), 1e-9)
        if not any(u == g.unit and abs(v - g.value) <= tolerance for u, v in p.numbers):
            return False
    return _one_of(g.supplier, p.supplier) and _one_of(g.buyer, p.buyer)


_G = TypeVar("_G")
_P = TypeVar("_P")


def match(golds: Sequence[_G], preds: Sequence[_P], ok: Callable[[_G, _P], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths): {pred index: gold index}."""
    edges = [[pi for pi, p in enumerate(preds) if ok(g, p)] for g in golds]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi not in seen:
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return owner


# ------------------------------------------------------------------------------------------- the gold

def _gold_keys(name: str, actors: list[dict[str, Any]]) -> Keys:
    for a in actors:
        if a.get("name") == name:
            return frozenset({a["wikidata"], norm(name)}) if a.get("wikidata") else frozenset({norm(name)})
    return frozenset({norm(name)})


def _optional(value: Any) -> str:
    return "?" if value is None else str(value)


def _parse_gold(data: dict[str, Any], source: Path) -> GoldArticle:
    actors: list[dict[str, Any]] = data.get("actors") or []

    def keys(name: str | None) -> Keys | None:
        return None if name is None else _gold_keys(name, actors)

    gold_actors = tuple(
        GoldActor(_gold_keys(a["name"], actors),
                  f"{a['name']} ({a.get('type') or '?'}{', ' + a['wikidata'] if a.get('wikidata') else ''})",
                  " | ".join(a.get("mentions") or []))
        for a in actors)
    meetings = []
    for m in data.get("meetings") or []:
        lists = [m.get("participants") or []] + list(m.get("participants_alt") or [])
        summary = (f"{' & '.join(m.get('participants') or [])} — {m.get('medium') or 'any medium'}, "
                   f"date {_optional(m.get('date'))}, {_optional(m.get('duration_minutes'))} min, "
                   f"place {_optional(m.get('place'))}")
        meetings.append(GoldMeeting(tuple(tuple(_gold_keys(n, actors) for n in names) for names in lists),
                                    m.get("medium"), m.get("date"), m.get("duration_minutes"),
                                    summary, m.get("evidence") or ""))
    invitations = [
        GoldInvitation(keys(i.get("inviter")), keys(i.get("invitee")), keys(i.get("destination")),
                       f"{_optional(i.get('inviter'))} invites {_optional(i.get('invitee'))} to "
                       f"{_optional(i.get('destination'))}, time {_optional(i.get('time'))}",
                       i.get("evidence") or "")
        for i in data.get("invitations") or []]
    treaties = [
        GoldTreaty(frozenset(norm(t.get("name")).split()) - _TREATY_STOPWORDS,
                   tuple(_gold_keys(n, actors) for n in t.get("parties") or []), t.get("signed"),
                   t.get("wikidata"),
                   f"{t.get('name')} — parties {' & '.join(t.get('parties') or [])}, "
                   f"signed {_optional(t.get('signed'))}", t.get("evidence") or "")
        for t in data.get("treaties") or []]
    facts = []
    for f in data.get("commodity_facts") or []:
        commodity = str(f.get("commodity") or "")
        facts.append(GoldTradeFact(
            COMMODITY_WORDS.get(commodity.lower(), (norm(commodity),)), f.get("value"), f.get("unit"),
            keys(f.get("supplier")), keys(f.get("buyer")),
            f"{commodity}: {_optional(f.get('supplier'))} → {_optional(f.get('buyer'))}, "
            f"{_optional(f.get('value'))} {f.get('unit') or ''}, period {_optional(f.get('period'))}",
            f.get("evidence") or ""))
    return GoldArticle(str(data["doc"]), source, gold_actors, tuple(meetings), tuple(invitations),
                       tuple(treaties), tuple(facts))


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """The gold articles of a folder (`*.json` with a "doc"; others, like cross-document.json, skipped)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise KgError(f"gold folder {gold_dir} not found",
                      hint="give a folder of gold JSON files in the seeds-gold format, e.g. devset/gold")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise KgError(f"no gold annotations in {gold_dir}: it holds no .json file",
                      hint="give a folder of gold JSON files in the seeds-gold format, e.g. devset/gold")
    out = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
            raise KgError(f"gold file {path} cannot be read: {str(err)[:200]}",
                          hint="fix the file or move it out of the gold folder") from err
        if not isinstance(data, dict):
            raise KgError(f"gold file {path} is not in the seeds-gold format (a JSON {type(data).__name__}, "
                          "not an object)", hint="fix the file or move it out of the gold folder")
        if "doc" not in data:
            if set(data) & {"same_events", "distinct_events"}:
                continue  # cross-document annotations (cross-document.json), not an article's gold
            raise KgError(f"gold file {path} has no \"doc\" (keys: {', '.join(sorted(map(str, data))[:5]) or 'none'})",
                          hint="each gold file names its article in \"doc\"; fix the file or move it out of the "
                               "gold folder")
        try:
            out.append(_parse_gold(data, path))
        except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as err:
            raise KgError(f"gold file {path} is not in the seeds-gold format ({type(err).__name__}: {err})",
                          hint="see shared/seeds-gold/README.md for the format") from err
    if not out:
        raise KgError(f"no gold annotations in {gold_dir}: no .json file there has a \"doc\"",
                      hint="give a folder of gold JSON files in the seeds-gold format, e.g. devset/gold")
    return out


# ------------------------------------------------------------------------------------------- the graph

def _value(term: Any) -> str | None:
    return None if term is None else str(term.value)


class _GraphView:
    """The graph as the contract exposes it; every query reads the default graph as the union."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.actor_keys: dict[str, set[str]] = {}
        self.labels: dict[str, str] = {}
        for r in self._rows("""SELECT ?a ?same ?label WHERE {
              ?a a ?c . FILTER(?c IN (kg:Actor, kg:Person, kg:Country, kg:Organization, kg:City, kg:Place))
              OPTIONAL { ?a owl:sameAs ?same FILTER(STRSTARTS(STR(?same), "http://www.wikidata.org/entity/")) }
              OPTIONAL { ?a rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "en")) } }"""):
            a, same, label = _value(r["a"]), _value(r["same"]), _value(r["label"])
            assert a is not None
            keys = self.actor_keys.setdefault(a, set())
            if same:
                keys.add(same.rsplit("/", 1)[1])
            if label:
                keys.add(norm(label))
                self.labels.setdefault(a, label)
        self.articles: dict[str, str] = {}
        for r in self._rows("SELECT ?a ?id WHERE { ?a a kg:Article ; dcterms:identifier ?id }"):
            self.articles[str(_value(r["id"]))] = str(_value(r["a"]))

    def _rows(self, query: str) -> list[Any]:
        return list(self.store.query(_PREFIXES + query, use_default_graph_as_union=True))

    def keys(self, iri: str) -> Keys:
        return frozenset(self.actor_keys.get(iri, {iri}))

    def label(self, iri: str) -> str:
        if iri in self.labels:
            return self.labels[iri]
        return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri

    def mentioned(self, article: str) -> list[str]:
        return sorted(str(_value(r["x"])) for r in
                      self._rows(f"SELECT DISTINCT ?x WHERE {{ <{article}> kg:mentions ?x }}"))

    def facts(self, article: str, cls: str) -> list[str]:
        """Facts derived from the article whose class is cls or (if the ontology is loaded) below it."""
        rows = (self._rows(f"""SELECT DISTINCT ?f WHERE {{
                    ?f prov:wasDerivedFrom <{article}> ; a ?c . ?c rdfs:subClassOf* kg:{cls} }}""")
                or self._rows(f"SELECT DISTINCT ?f WHERE {{ ?f prov:wasDerivedFrom <{article}> ; a kg:{cls} }}"))
        return sorted(str(_value(r["f"])) for r in rows)

    def values(self, article: str, node: str, prop: str) -> list[str]:
        """Values of prop on node as the article states them (its named graph), else anywhere."""
        own = self._rows(f"SELECT ?v WHERE {{ GRAPH <{article}> {{ ?c kg:about <{node}> ; {prop} ?v }} }}") \
            or self._rows(f"SELECT ?v WHERE {{ GRAPH <{article}> {{ <{node}> {prop} ?v }} }}")
        rows = own or self._rows(f"SELECT ?v WHERE {{ <{node}> {prop} ?v }}")
        return [str(_value(r["v"])) for r in rows]

    def types(self, node: str) -> set[str]:
        return {str(_value(r["c"])) for r in self._rows(f"SELECT ?c WHERE {{ <{node}> a ?c }}")}

    def quotes(self, article: str, node: str) -> tuple[str, ...]:
        """The evidence quotes of a fact in the article's named graph (else those tied to the article)."""
        rows = self._rows(f"""SELECT DISTINCT ?q WHERE {{
                    GRAPH <{article}> {{ ?c kg:about <{node}> ; kg:evidence ?e . ?e kg:quote ?q }} }}""") \
            or self._rows(f"""SELECT DISTINCT ?q WHERE {{
                    GRAPH <{article}> {{ <{node}> kg:evidence ?e . ?e kg:quote ?q }} }}""") \
            or self._rows(f"""SELECT DISTINCT ?q WHERE {{
                    <{node}> kg:evidence ?e . ?e kg:quote ?q ; kg:inArticle <{article}> }}""")
        return tuple(sorted(str(_value(r["q"])) for r in rows))

    # -- typed predictions of one article

    def _actors(self, article: str, node: str, prop: str) -> tuple[Keys, ...]:
        return tuple(self.keys(x) for x in self.values(article, node, prop))

    def meetings(self, article: str) -> list[PredMeeting]:
        return [PredMeeting(m, self._actors(article, m, "kg:participant"),
                            frozenset(MEDIUM[t] for t in self.types(m) if t in MEDIUM),
                            tuple(self.values(article, m, "kg:date")), tuple(self.values(article, m, "kg:duration")))
                for m in self.facts(article, "Meeting")]

    def invitations(self, article: str) -> list[PredInvitation]:
        return [PredInvitation(i, self._actors(article, i, "kg:inviter"), self._actors(article, i, "kg:invitee"),
                               self._actors(article, i, "kg:destination"))
                for i in self.facts(article, "Invitation")]

    def treaties(self, article: str) -> list[PredTreaty]:
        return [PredTreaty(t, self._actors(article, t, "kg:party"),
                           frozenset(norm(label) for label in self.values(article, t, "rdfs:label")),
                           tuple(self.values(article, t, "kg:signedOn")),
                           frozenset(x.rsplit("/", 1)[-1] for x in self.values(article, t, "owl:sameAs")))
                for t in self.facts(article, "Treaty")]

    def trade_facts(self, article: str) -> list[PredTradeFact]:
        out = []
        for f in self.facts(article, "TradeFact"):
            commodity = " ".join(norm(x) + " " + norm(x.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
                                 for x in self.values(article, f, "kg:commodity"))
            numbers = []
            for unit, (prop, factor) in UNITS.items():
                for v in self.values(article, f, prop):
                    try:
                        numbers.append((unit, float(v) * factor))
                    except ValueError:
                        continue
            parties = self._actors(article, f, "kg:party")  # a turnover's two states, with no direction
            out.append(PredTradeFact(f, commodity, tuple(numbers), self._actors(article, f, "kg:supplier") + parties,
                                     self._actors(article, f, "kg:buyer") + parties))
        return out

    def summary(self, article: str, node: str, kind: str) -> str:
        """A one-line reading of a predicted fact, for the list of false hits."""
        def names(prop: str) -> str:
            return " & ".join(sorted({self.label(x) for x in self.values(article, node, prop)})) or "?"

        def literals(prop: str) -> str:
            return ", ".join(sorted(set(self.values(article, node, prop)))) or "?"

        if kind == "actors":
            same = sorted(k for k in self.keys(node) if is_qid(k))
            return f"{self.label(node)}{' (' + ', '.join(same) + ')' if same else ''}"
        if kind in ("meetings", "meetings_full"):
            media = ", ".join(sorted(MEDIUM[t] for t in self.types(node) if t in MEDIUM)) or "?"
            return (f"{names('kg:participant')} — {media}, date {literals('kg:date')}, "
                    f"duration {literals('kg:duration')}, place {names('kg:place')}")
        if kind == "invitations":
            return (f"{names('kg:inviter')} invites {names('kg:invitee')} to {names('kg:destination')}")
        if kind == "treaties":
            return (f"{literals('rdfs:label')} — parties {names('kg:party')}, signed {literals('kg:signedOn')}")
        numbers = [f"{prop} {literals(prop)}" for prop, _ in UNITS.values() if self.values(article, node, prop)]
        return (f"{names('kg:commodity')}: {names('kg:supplier')} → {names('kg:buyer')}, "
                f"{'; '.join(numbers) or 'no figure'}")


# ------------------------------------------------------------------------------------------ scoring

@dataclass
class _Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in KINDS})
    misses: list[Miss] = field(default_factory=list)
    false_hits: list[FalseHit] = field(default_factory=list)


def _score_kind(tally: _Tally, view: _GraphView, gold: GoldArticle, kind: str,
                golds: Sequence[GoldActor | GoldMeeting | GoldInvitation | GoldTreaty | GoldTradeFact],
                preds: Sequence[Any], ok: Callable[[Any, Any], bool]) -> None:
    owner = match(golds, preds, ok)
    matched_golds = set(owner.values())
    counts = tally.counts[kind]
    counts[0] += len(owner)
    counts[1] += len(preds) - len(owner)
    counts[2] += len(golds) - len(owner)
    tally.misses += [Miss(gold.doc, kind, g.summary, g.evidence)
                     for gi, g in enumerate(golds) if gi not in matched_golds]
    article = view.articles.get(gold.doc)
    for pi, p in enumerate(preds):
        if pi not in owner and article is not None:
            evidence = () if kind == "actors" else view.quotes(article, p.iri)
            tally.false_hits.append(FalseHit(gold.doc, kind, p.iri, view.summary(article, p.iri, kind), evidence))


def _score_article(tally: _Tally, view: _GraphView, gold: GoldArticle) -> None:
    article = view.articles.get(gold.doc)
    actors = [PredActor(x, view.keys(x)) for x in view.mentioned(article)] if article else []
    _score_kind(tally, view, gold, "actors", gold.actors, actors, lambda g, p: same_actor(g.keys, p.keys))
    meetings = view.meetings(article) if article else []
    _score_kind(tally, view, gold, "meetings", gold.meetings, meetings, participants_ok)
    _score_kind(tally, view, gold, "meetings_full", gold.meetings, meetings, meeting_ok)
    _score_kind(tally, view, gold, "invitations", gold.invitations,
                view.invitations(article) if article else [], invitation_ok)
    _score_kind(tally, view, gold, "treaties", gold.treaties, view.treaties(article) if article else [], treaty_ok)
    _score_kind(tally, view, gold, "commodity_facts", gold.commodity_facts,
                view.trade_facts(article) if article else [], trade_ok)


def evaluate(graph_path: Path | str = Path("exports/graph.trig"), gold_dir: Path | str = Path("gold")) -> EvalResult:
    """Scores the graph (a build folder or an RDF file) against the gold folder (seeds-gold JSON files)."""
    from .store import load_graph

    graph_path, gold_dir = Path(graph_path), Path(gold_dir)
    golds = load_gold(gold_dir)
    view = _GraphView(load_graph(graph_path))
    tally = _Tally()
    for gold in golds:
        _score_article(tally, view, gold)
    return EvalResult(
        graph=graph_path, gold=gold_dir, articles=len(golds),
        scores=tuple(KindScore(k, *tally.counts[k]) for k in KINDS),
        articles_missing=tuple(g.doc for g in golds if g.doc not in view.articles),
        misses=tuple(tally.misses), false_hits=tuple(tally.false_hits))
