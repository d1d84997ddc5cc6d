"""Cross-document merging: the same event reported by several articles becomes one fact that
keeps each article's claims; disagreements between sources become conflicts.

Candidates are blocked by participants (or invitee, treaty, commodity), never compared all-pairs.
"""
from __future__ import annotations

import itertools
import re
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from .gazetteer import Gazetteer
from .iris import Iris
from .records import (
    Actor,
    ArticleFacts,
    Invitation,
    Meeting,
    PartialDate,
    Period,
    TextDigest,
    TradeFact,
    Treaty,
    iso_duration,
)
from .text.translit import name_skeleton, to_latin, without_diacritics

Claim = Meeting | Invitation | Treaty | TradeFact


@dataclass
class MergedFact:
    """One real-world fact and the claims each article makes about it."""

    kind: str  # meeting | invitation | treaty | trade
    iri: str
    claims: list[tuple[str, Claim]] = field(default_factory=list)  # (article id, claim)
    reasons: list[str] = field(default_factory=list)
    fulfilled_by: str | None = None
    # what Entente's own knowledge (gazetteer, lexicons) says of this fact: values no article states
    knowledge: Claim | None = None

    @property
    def articles(self) -> list[str]:
        return sorted({a for a, _ in self.claims})


KNOWLEDGE = "entente:knowledge"  # the source id of Entente's own knowledge in conflicts


@dataclass(frozen=True, slots=True, order=True)
class ConflictClaim:
    """One source's value in a conflict: an article (and which of its claims about the fact), or KNOWLEDGE."""

    source: str
    index: int
    value: str
    quote: str


@dataclass(frozen=True, slots=True)
class ConflictRecord:
    fact_iri: str
    prop: str  # ontology term name: date, duration, valueUSD…
    claims: tuple[ConflictClaim, ...]


@dataclass
class Resolution:
    facts: list[MergedFact]
    conflicts: list[ConflictRecord]
    actors: dict[str, Actor]
    syndicated: dict[str, str]  # article id -> the earlier article it copies
    published: dict[str, date | None] = field(default_factory=dict)  # article id -> its publication date


def resolve(all_facts: Iterable[ArticleFacts], gaz: Gazetteer, iris: Iris,
            digests: Mapping[str, TextDigest] | None = None) -> Resolution:
    """The merged facts of the articles; `digests` (article id -> TextDigest) stand for the texts of compact
    facts (ArticleFacts.compact)."""
    facts_list = sorted(all_facts, key=lambda f: f.article.id)
    # an undated article counts from the date estimated from its text (kg:issuedEstimate)
    published = {f.article.id: f.article.published or f.article.published_estimate for f in facts_list}
    syndicated = find_syndicated(facts_list, digests=digests)
    actors: dict[str, Actor] = {}
    for f in facts_list:
        for m in f.mentions:
            if m.actor in gaz.actors:
                actors[m.actor] = gaz.actors[m.actor]
        for a in f.new_actors:
            actors.setdefault(a.key, a)
    merged: list[MergedFact] = []
    merged += _merge_meetings(facts_list, iris, gaz)
    merged += _merge_invitations(facts_list, iris, gaz)
    merged += _merge_treaties(facts_list, iris, gaz)
    merged += _merge_trade(facts_list, iris, published)
    _distinct_iris(merged, iris)
    for fact in merged:  # every actor a fact names, in a claim or in Entente's knowledge of it, is described
        for claim in [c for _, c in fact.claims] + ([fact.knowledge] if fact.knowledge else []):
            for key in _actor_keys(claim):
                if key in gaz.actors:
                    actors.setdefault(key, gaz.actors[key])
    for key in sorted(actors):  # a city's country is described wherever the city is
        country = actors[key].country
        if country and country in gaz.actors:
            actors.setdefault(country, gaz.actors[country])
    _link_fulfilment(merged, gaz, published)
    conflicts = [c for fact in merged for c in find_conflicts(fact)]
    merged.sort(key=lambda m: m.iri)
    return Resolution(merged, sorted(conflicts, key=lambda c: (c.fact_iri, c.prop)), actors, syndicated, published)


def person_name_key(label: str) -> str | None:
    """A person's name as its spellings share it across languages and romanisations: each word's consonant skeleton
    (`name_skeleton`: vowels, й/y/i, doubled letters, kh/h/g, diacritics levelled; ch as c), the family name's
    feminine ending kept apart ("Vitalii Koval", "Vitaly Koval", "Віталій Коваль" -> one key; "Ivanova" is not
    "Ivanov"). None for a name too short to tell anyone apart (one word, or fewer than five consonants)."""
    plain = without_diacritics(to_latin(label.lower()))
    words = [w for w in re.split(r"[\s-]+", plain.replace("ch", "c")) if w]
    if len(words) < 2:
        return None
    skeletons = [name_skeleton(w) for w in words]
    if sum(map(len, skeletons)) < 5 or not all(skeletons):
        return None
    feminine = "f" if re.search(r"(?:a|ia|ya|aia|aya)$", words[-1]) else ""
    return " ".join(skeletons) + feminine


def company_name_key(label: str, legal_forms: frozenset[str]) -> str:
    """An organisation's name with its legal form and spacing left out: "Chart Industries Inc" and "Chart
    Industries", "ExxonMobil India LNG Limited" and "Exxon Mobil India LNG Limited" -> one key."""
    plain = without_diacritics(label.lower())
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w]
    while len(words) > 1 and words[-1] in legal_forms:
        words.pop()
    return "".join(words)


def unify_new_actors(facts_list: list[ArticleFacts], gaz: Gazetteer) -> list[ArticleFacts]:
    """One node per real-world actor the gazetteer does not know: new people whose names have one `person_name_key`
    (spelled after another language or romanisation: "Vitaly Koval" in one article, "Vitalii Koval" in another)
    and new organisations named alike but for a legal form ("Chart Industries Inc", "Chart Industries") take one
    key, and a new person whose name key is a known person's (one person only) takes the known one's ("Nicholas
    Maduro"). Two keys one article tells apart stay apart. People's keys go to a spelling an English text uses (as
    the press writes it, not as Entente romanises it), else the one most articles use (the first article's on a tie);
    organisations' to the shortest name."""
    from .lexicon import load_lexicon

    legal_forms = load_lexicon("en").words("company_legal_forms")
    known: dict[str, set[str]] = defaultdict(set)
    for key, actor in gaz.actors.items():
        if actor.type == "Person":
            for name in {actor.label_en, *(text for _, text in actor.labels)}:
                nk = person_name_key(name)
                if nk:
                    known[nk].add(key)
    groups: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)  # (type, name key) -> key -> articles
    labels: dict[str, str] = {}
    as_written: set[str] = set()  # keys of names an English text spells (not romanised by Entente)
    for f in facts_list:
        for a in f.new_actors:
            if a.type == "Person":
                nk = person_name_key(a.label_en)
            elif a.type == "Organization":
                nk = company_name_key(a.label_en, legal_forms) or None
            else:
                nk = None
            if nk:
                groups[(a.type, nk)].setdefault(a.key, []).append(f.article.id)
                if f.article.lang == "en":
                    as_written.add(a.key)
                labels.setdefault(a.key, a.label_en)
    mapping: dict[str, str] = {}
    for (kind, nk), members in groups.items():
        target: str | None = None
        if kind == "Person" and len(known.get(nk, ())) == 1:
            target = next(iter(known[nk]))
        elif len(members) > 1:
            if kind == "Person":
                target = min(members, key=lambda k: (k not in as_written, -len(set(members[k])), min(members[k]), k))
            else:
                target = min(members, key=lambda k: (len(labels[k]), min(members[k]), k))
        if target is not None:
            mapping.update({k: target for k in members if k != target})
    if not mapping:
        return facts_list
    out = []
    for f in facts_list:
        present = {m.actor for m in f.mentions} | {a.key for a in f.new_actors}
        local = {k: v for k, v in mapping.items() if k in present and v not in present
                 and not any(o != k and mapping.get(o) == v for o in present)}
        out.append(_renamed(f, local) if local else f)
    return out


def _renamed(f: ArticleFacts, names: dict[str, str]) -> ArticleFacts:
    """The article's facts with actor keys replaced as `names` says."""
    def n(key: str | None) -> str | None:
        return names.get(key, key) if key is not None else None

    return replace(
        f,
        mentions=tuple(replace(m, actor=names.get(m.actor, m.actor)) for m in f.mentions),
        new_actors=tuple(a for a in f.new_actors if a.key not in names),
        meetings=tuple(replace(m, participants=tuple(sorted(names.get(p, p) for p in m.participants)),
                               place=n(m.place)) for m in f.meetings),
        invitations=tuple(replace(i, invitee=names.get(i.invitee, i.invitee), inviter=n(i.inviter),
                                  destination=n(i.destination)) for i in f.invitations),
        treaties=tuple(replace(t, parties=tuple(names.get(p, p) for p in t.parties)) for t in f.treaties),
        trade_facts=tuple(replace(t, supplier=n(t.supplier), buyer=n(t.buyer)) for t in f.trade_facts))


def _distinct_iris(merged: list[MergedFact], iris: Iris) -> None:
    """Two facts whose keys coincide (one article telling two meetings of the same pair on one day, each
    somewhere else) stay two nodes: the later ones are told apart by where their first claim was read."""
    seen: dict[str, int] = defaultdict(int)
    for fact in merged:
        seen[fact.iri] += 1
        if seen[fact.iri] > 1:
            article_id, claim = fact.claims[0]
            where = claim.evidence[0].start if claim.evidence else 0
            fact.iri = iris.fact(fact.kind, (fact.iri.rsplit("/", 1)[-1], article_id, where))


def _name(gaz: Gazetteer, key: str) -> str:
    """An actor's English name for a sentence an analyst reads (merge reasons); its key if unknown."""
    actor = gaz.actor(key)
    return actor.label_en if actor else key.removeprefix("new:").replace("-", " ")


def _actor_keys(claim: Claim) -> list[str]:
    if isinstance(claim, Meeting):
        return list(claim.participants) + ([claim.place] if claim.place else [])
    if isinstance(claim, Invitation):
        return [k for k in (claim.inviter, claim.invitee, claim.destination) if k]
    if isinstance(claim, Treaty):
        return list(claim.parties)
    return [k for k in (claim.supplier, claim.buyer) if k]


@lru_cache(maxsize=1 << 16)
def _days(d: PartialDate) -> tuple[date, date]:
    """The first and last day of a partial date (asked for each pair of claims compared: computed once)."""
    return d.first_day(), d.last_day()


def _same_day_window(a: PartialDate | None, b: PartialDate | None, slack: int = 1) -> bool:
    """Both dated, and the dates lie within `slack` days of each other (time zones, late reports)."""
    if a is None or b is None:
        return False
    a0, a1 = _days(a)
    b0, b1 = _days(b)
    if (a.day is None) != (b.day is None):
        return False
    return (b0 - a1).days <= slack and (a0 - b1).days <= slack


def _merge_meetings(facts_list: list[ArticleFacts], iris: Iris, gaz: Gazetteer) -> list[MergedFact]:
    blocks: dict[tuple[str, tuple[str, ...]], list[tuple[str, Meeting]]] = defaultdict(list)
    for f in facts_list:
        for m in f.meetings:
            blocks[(m.medium, m.participants)].append((f.article.id, m))
    out: list[MergedFact] = []
    for (medium, participants), claims in sorted(blocks.items()):
        clusters: list[list[tuple[str, Meeting]]] = []
        for article_id, m in sorted(claims, key=lambda c: (c[1].date.sort_key() if c[1].date else (0, 0, 0), c[0])):
            home = None
            if m.date is not None:
                # claims come in date order: only the latest clusters can lie within a day of this one
                for cluster in reversed(clusters[-8:]):
                    # two meetings one article tells apart stay apart, whatever a third report chains them by
                    if any(a == article_id for a, _ in cluster):
                        continue
                    if any(_same_day_window(m.date, other.date) for a, other in cluster):
                        home = cluster
                        break
            if home is None:
                clusters.append([(article_id, m)])
            else:
                home.append((article_id, m))
        for cluster in clusters:
            first = min(cluster, key=lambda c: (c[1].date.sort_key() if c[1].date else (0, 0, 0), c[0]))
            key = (medium, "+".join(participants), first[1].date.iso() if first[1].date else f"in:{first[0]}")
            fact = MergedFact("meeting", iris.fact("meeting", key), list(cluster))
            if len({a for a, _ in cluster}) > 1:
                fact.reasons.append(f"same {medium.replace('_', '-')} meeting of "
                                    f"{', '.join(_name(gaz, p) for p in participants)} "
                                    f"dated within one day by {len(cluster)} reports")
            out.append(fact)
    return out


def _frames_overlap(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return False
    return a.start.first_day() <= b.end.last_day() and b.start.first_day() <= a.end.last_day()


class _FramesByMonth:
    """Items filed under every month their time frame covers; a frame over more than WIDE_MONTHS months (or one
    that ends before it starts) is kept apart and offered to every question."""

    WIDE_MONTHS = 24

    def __init__(self) -> None:
        self.by_month: dict[int, list[tuple[int, str, Invitation]]] = defaultdict(list)
        self.wide: list[tuple[int, str, Invitation]] = []
        self.every: list[tuple[int, str, Invitation]] = []

    @classmethod
    def _months(cls, frame: Period) -> range | None:
        first, last = frame.start.first_day(), frame.end.last_day()
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return months if 0 < len(months) <= cls.WIDE_MONTHS else None

    def add(self, frame: Period, item: tuple[int, str, Invitation]) -> None:
        self.every.append(item)
        months = self._months(frame)
        if months is None:
            self.wide.append(item)
        else:
            for month in months:
                self.by_month[month].append(item)

    def near(self, frame: Period) -> list[tuple[int, str, Invitation]]:
        """The items whose frames may overlap `frame` (every item whose frame does is among them)."""
        months = self._months(frame)
        if months is None:
            return self.every
        return self.wide + [item for month in months for item in self.by_month.get(month, ())]


def _merge_invitations(facts_list: list[ArticleFacts], iris: Iris, gaz: Gazetteer) -> list[MergedFact]:
    blocks: dict[tuple[str, str], list[tuple[str, Invitation]]] = defaultdict(list)
    for f in facts_list:
        for inv in f.invitations:
            dest = gaz.country_of(inv.destination or "") or inv.destination or ""
            city = gaz.actor(inv.destination or "")
            if city is not None and city.type == "City" and city.country:
                dest = city.country
            blocks[(inv.invitee, dest)].append((f.article.id, inv))
    out: list[MergedFact] = []
    for (invitee, dest), claims in sorted(blocks.items()):
        clusters: list[list[tuple[str, Invitation]]] = []
        # each claim joins the first cluster holding a claim of another article whose time frame overlaps its
        # own; the clusters' claims are filed by the months their frames cover, so that only those sharing a
        # month are compared (a block grows with the archive; its clusters' frames mostly lie far apart)
        members: _FramesByMonth = _FramesByMonth()
        for article_id, inv in sorted(claims, key=lambda c: (c[0], repr(c[1]))):
            if inv.time_frame is None:
                clusters.append([(article_id, inv)])  # without a time frame it matches nothing
                continue
            home = min((index for index, a, o in members.near(inv.time_frame)
                        if _frames_overlap(inv.time_frame, o.time_frame) and a != article_id
                        and (inv.inviter is None or o.inviter is None or inv.inviter == o.inviter)), default=None)
            if home is None:
                home = len(clusters)
                clusters.append([(article_id, inv)])
            else:
                clusters[home].append((article_id, inv))
            members.add(inv.time_frame, (home, article_id, inv))
        for cluster in clusters:
            first = min(cluster, key=lambda c: c[0])
            frame = first[1].time_frame.iso() if first[1].time_frame else f"in:{first[0]}"
            fact = MergedFact("invitation", iris.fact("invitation", (invitee, dest, frame)), list(cluster))
            if len({a for a, _ in cluster}) > 1:
                fact.reasons.append(f"invitation of {_name(gaz, invitee)} to {_name(gaz, dest)} for an overlapping "
                                    f"time frame "
                                    f"in {len(cluster)} reports")
            out.append(fact)
    return out


def _merge_treaties(facts_list: list[ArticleFacts], iris: Iris, gaz: Gazetteer) -> list[MergedFact]:
    from .lexicon import load_treaties

    known = {t["key"]: t for t in load_treaties()}
    blocks: dict[str, list[tuple[str, Treaty]]] = defaultdict(list)
    for f in facts_list:
        for t in f.treaties:
            blocks[t.key].append((f.article.id, t))
    out = []
    for key, claims in sorted(blocks.items()):
        fact = MergedFact("treaty", iris.fact("treaty", (key,)), sorted(claims, key=lambda c: c[0]))
        if len({a for a, _ in claims}) > 1:
            fact.reasons.append(f"the same named treaty ({key}) in {len(claims)} reports")
        if key in known:
            fact.knowledge = _known_treaty(known[key], gaz)
        out.append(fact)
    return out


def _known_treaty(entry: dict, gaz: Gazetteer) -> Treaty:  # type: ignore[type-arg]
    """What the treaty lexicon knows of a treaty: its English name, parties, signing date and Wikidata id."""
    signed = entry.get("signed")
    return Treaty(key=entry["key"], label=entry["label_en"], evidence=(),
                  parties=tuple(sorted(k for k in (gaz.by_qid.get(q) for q in entry["parties"]) if k)),
                  signed_on=PartialDate.from_iso(str(signed)) if signed else None, qid=entry.get("qid"))


def trade_sides(t: TradeFact) -> tuple[str, str]:
    """(supplier, buyer) of a one-way figure; a turnover counts both directions, so its two parties are
    given in a fixed order and say nothing of direction."""
    if t.commodity == "trade_turnover":
        sides = sorted(k for k in (t.supplier, t.buyer) if k)
        return "+".join(sides), ""
    return t.supplier or "", t.buyer or ""


def precision(value: float) -> float:
    """Half the last unit the figure is written to, read at its scale: 244.8e9 -> 0.05e9, 245e9 -> 0.5e9."""
    magnitude = abs(value)
    scale = 1.0
    while magnitude >= scale * 1000:
        scale *= 1000
    mantissa = f"{magnitude / scale:.6f}".rstrip("0").rstrip(".")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return scale * 10 ** -decimals / 2


def same_figure(a: float, b: float) -> bool:
    """Two reports of one figure: within ±0.5 %, or within the rounding the coarser of them is written to."""
    return abs(a - b) <= max(0.005 * max(abs(a), abs(b)), precision(a), precision(b)) + 1e-9


UNDATED_FIGURE_REACH = 400  # days after a period's end within which an undated report may retell its figure


def _merge_trade(facts_list: list[ArticleFacts], iris: Iris,
                 published: dict[str, date | None]) -> list[MergedFact]:
    blocks: dict[tuple[str, ...], list[tuple[str, TradeFact]]] = defaultdict(list)
    periods: dict[tuple[str, ...], list[Period]] = defaultdict(list)  # (commodity, sides, measure, status) -> periods
    for f in facts_list:  # dated figures first: an undated one may retell one of them
        for t in f.trade_facts:
            if t.period:
                periods[(t.commodity, *trade_sides(t), t.measure, t.status)].append(t.period)
                blocks[(t.commodity, *trade_sides(t), t.measure, t.period.iso(), t.status)].append((f.article.id, t))
    for f in facts_list:
        for t in f.trade_facts:
            if t.period is None:
                period = _period_retold(t, periods[(t.commodity, *trade_sides(t), t.measure, t.status)],
                                        published.get(f.article.id), blocks) or f"in:{f.article.id}"
                blocks[(t.commodity, *trade_sides(t), t.measure, period, t.status)].append((f.article.id, t))
    out = []
    for key, claims in sorted(blocks.items()):
        clusters: list[list[tuple[str, TradeFact]]] = []
        for article_id, t in sorted(claims, key=lambda c: (c[1].value, c[0])):
            home = next((c for c in clusters if same_figure(c[0][1].value, t.value)), None)
            if home is None:
                clusters.append([(article_id, t)])
            else:
                home.append((article_id, t))
        sources = [{a for a, _ in c} for c in clusters]
        if not key[4].startswith("in:") and len(clusters) > 1 and \
                sum(len(s) for s in sources) == len(set().union(*sources)):
            # the same figure for the same period from different articles, farther apart than rounding:
            # one fact whose sources disagree (a conflict), not two facts
            clusters = [[c for cluster in clusters for c in cluster]]
        for cluster in clusters:
            cluster.sort(key=lambda c: (c[0], c[1].value))
            first = min(cluster, key=lambda c: c[0])
            fact = MergedFact("trade", iris.fact("trade", (*key, round(first[1].value, 6))), cluster)
            if len({a for a, _ in cluster}) > 1:
                fact.reasons.append("same commodity, parties, period and status, figures within rounding"
                                    if all(same_figure(cluster[0][1].value, t.value) for _, t in cluster)
                                    else "same commodity, parties, period and status")
            out.append(fact)
    return out


def _period_retold(figure: TradeFact, periods: list[Period], published: date | None,
                   blocks: dict[tuple[str, ...], list[tuple[str, TradeFact]]]) -> str | None:
    """The period an undated figure speaks of, when another report gives the same figure for the latest period
    that ended shortly before this article ("108.5 million tonnes" retold from a 2024 yearly figure)."""
    if published is None:
        return None
    best: Period | None = None
    for period in set(periods):
        end = period.end.last_day()
        if not (end < published and (published - end).days <= UNDATED_FIGURE_REACH):
            continue
        if best is None or end > best.end.last_day():
            best = period
    if best is None:
        return None
    # only with a dated report of the same figure for that period
    key_prefix = (figure.commodity, *trade_sides(figure), figure.measure, best.iso(), figure.status)
    for claim in blocks.get(key_prefix, []):
        if claim[1].period is not None and same_figure(claim[1].value, figure.value):
            return best.iso()
    return None


def _link_fulfilment(merged: list[MergedFact], gaz: Gazetteer,
                     published: dict[str, date | None]) -> None:
    """An invitation is fulfilled by the invitee's later in-person meeting in the destination,
    inside the invitation's time frame when it has one."""
    # participant -> their dated in-person meetings as (first day, IRI, place, place's country), in that order:
    # an invitation looks from the earliest day it allows, not through every visit of the invitee
    visits_of: dict[str, list[tuple[date, str, str | None, str | None]]] = defaultdict(list)
    for m in merged:
        if m.kind == "meeting" and any(isinstance(c, Meeting) and c.medium == "in_person" for _, c in m.claims):
            meeting: Meeting = m.claims[0][1]  # type: ignore[assignment]
            if meeting.date is None:
                continue
            place = meeting.place
            place_actor = gaz.actor(place) if place else None
            country = place_actor.country if place_actor else None
            for p in meeting.participants:
                visits_of[p].append((meeting.date.first_day(), m.iri, place, country))
    days_of: dict[str, list[date]] = {}
    for p, visits in visits_of.items():
        visits.sort()
        days_of[p] = [v[0] for v in visits]
    for inv in (m for m in merged if m.kind == "invitation"):
        claim: Invitation = inv.claims[0][1]  # type: ignore[assignment]
        frame = next((c.time_frame for _, c in inv.claims if isinstance(c, Invitation) and c.time_frame), None)
        dest = claim.destination
        if dest is None or claim.invitee not in visits_of:
            continue
        dest_country = gaz.country_of(dest or "") or (gaz.actor(dest).country if dest and gaz.actor(dest) else None)
        invited_on = min((d for a in inv.articles if (d := published.get(a))), default=None)
        earliest = max((d for d in (frame.start.first_day() if frame else None, invited_on) if d is not None),
                       default=None)
        latest = frame.end.last_day() if frame is not None else None
        visits = visits_of[claim.invitee]
        start = bisect_left(days_of[claim.invitee], earliest) if earliest is not None else 0
        for day, iri, place, place_country in visits[start:]:
            if latest is not None and day > latest:
                break
            if place == dest or (place_country and place_country == dest_country):
                inv.fulfilled_by = iri  # the earliest such visit (and the first IRI among visits on one day)
                break


def find_conflicts(fact: MergedFact) -> list[ConflictRecord]:
    """Properties whose values differ between the sources that report the fact (articles, and Entente's
    own knowledge where it has a value)."""
    sources = len(fact.articles) + (fact.knowledge is not None)
    if sources < 2:
        return []
    values: dict[str, dict[str, ConflictClaim]] = defaultdict(dict)
    seen: dict[str, int] = defaultdict(int)
    for article_id, claim in fact.claims:
        index = seen[article_id]
        seen[article_id] += 1
        stated = dict(getattr(claim, "property_evidence", ()))
        for prop, value in claim_values(claim).items():
            at = stated.get(prop, 0)
            quote = claim.evidence[at].quote if len(claim.evidence) > at else ""
            if value is not None:
                values[prop].setdefault(article_id, ConflictClaim(article_id, index, value, quote))
    if fact.knowledge is not None:
        for prop, value in claim_values(fact.knowledge).items():
            if value is not None and values.get(prop):
                values[prop][KNOWLEDGE] = ConflictClaim(KNOWLEDGE, 0, value, "")
    out = []
    for prop, by_source in sorted(values.items()):
        distinct = sorted({c.value for c in by_source.values()})
        if prop in TRADE_MEASURES:
            disagree = any(not same_figure(float(a), float(b)) for a in distinct for b in distinct)
        elif prop in DATE_PROPERTIES:  # "2010" and "2010-04-08" agree: one is only less precise
            disagree = any(not (a.startswith(b) or b.startswith(a)) for a in distinct for b in distinct)
        else:
            disagree = len(distinct) > 1
        if disagree:
            out.append(ConflictRecord(fact.iri, prop, tuple(sorted(by_source.values()))))
    return out


DATE_PROPERTIES = frozenset(("date", "signedOn"))
TRADE_MEASURES = frozenset(("valueUSD", "changePercent", "rank", "tonnes", "barrelsPerDay", "cubicMetresPerYear"))


def claim_values(claim: Claim) -> dict[str, str | None]:
    """The comparable literal values of a claim, by ontology property name."""
    if isinstance(claim, Meeting):
        return {"date": claim.date.iso() if claim.date else None,
                "duration": iso_duration(claim.duration_minutes) if claim.duration_minutes else None,
                "place": claim.place}
    if isinstance(claim, Invitation):
        return {"inviter": claim.inviter, "accepted": None if claim.accepted is None else str(claim.accepted).lower(),
                "timeFrame": claim.time_frame.iso() if claim.time_frame else None}
    if isinstance(claim, Treaty):
        return {"signedOn": claim.signed_on.iso() if claim.signed_on else None, "status": claim.status}
    return {claim.measure: repr(claim.value)}


def preferred_values(fact: MergedFact, published: dict | None = None) -> object:  # type: ignore[type-arg]
    """The values the merged node states: the most common value of each property, the earliest-published
    article's where sources split evenly; never a meeting date later than the first report of it; a treaty's
    status as its latest report gives it (a status changes); what Entente's knowledge says of a treaty (name,
    parties, signing date) over what articles say."""
    published = published or {}
    order = sorted(fact.claims, key=lambda c: (published.get(c[0]) or date.max, c[0]))
    claims = [c for _, c in order]
    first_report = min((d for a, _ in fact.claims if (d := published.get(a))), default=None)
    base = claims[0]
    if isinstance(base, Meeting):
        if len(claims) == 1:
            return base
        dates = Counter(c.date for c in claims if isinstance(c, Meeting) and c.date
                        and (first_report is None or c.date.first_day() <= first_report))
        ends = Counter(c.end_date for c in claims if isinstance(c, Meeting) and c.end_date)
        starts = Counter(c.start_date for c in claims if isinstance(c, Meeting) and c.start_date)
        durations = Counter(c.duration_minutes for c in claims if isinstance(c, Meeting) and c.duration_minutes)
        places = Counter(c.place for c in claims if isinstance(c, Meeting) and c.place)
        start = _most_common(dates)
        end = _most_common(ends)
        if end is not None and (start is None or end.sort_key() <= start.sort_key()):  # type: ignore[union-attr]
            end = None
        first = _most_common(starts)
        if first is not None and (start is None or first.sort_key() >= start.sort_key()):  # type: ignore[union-attr]
            first = None
        return Meeting(medium=base.medium, participants=base.participants, evidence=(),
                       date=start, end_date=end, start_date=first,  # type: ignore[arg-type]
                       duration_minutes=_most_common(durations),  # type: ignore[arg-type]
                       place=_most_common(places))  # type: ignore[arg-type]
    if isinstance(base, Invitation):
        if len(claims) == 1:
            return base
        inv = [c for c in claims if isinstance(c, Invitation)]
        return Invitation(invitee=base.invitee, evidence=(),
                          inviter=_most_common(Counter(c.inviter for c in inv if c.inviter)),  # type: ignore[arg-type]
                          destination=_most_common(Counter(c.destination for c in inv if c.destination)),  # type: ignore[arg-type]
                          occasion=_most_common(Counter(c.occasion for c in inv if c.occasion)),  # type: ignore[arg-type]
                          time_frame=_most_common(Counter(c.time_frame for c in inv if c.time_frame)),  # type: ignore[arg-type]
                          accepted=True if any(c.accepted for c in inv) else (
                              False if any(c.accepted is False for c in inv) else None))
    if isinstance(base, Treaty):
        tr = [c for c in claims if isinstance(c, Treaty)]
        known = fact.knowledge if isinstance(fact.knowledge, Treaty) else None
        latest_status = next((c.status for c in reversed(tr) if c.status), None)
        parties = known.parties if known and known.parties else tuple(sorted({p for c in tr for p in c.parties}))
        signed = known.signed_on if known and known.signed_on else _most_common(
            Counter(c.signed_on for c in tr if c.signed_on))
        return Treaty(key=base.key, label=known.label if known else base.label, parties=parties, evidence=(),
                      signed_on=signed, status=latest_status, qid=known.qid if known else None,  # type: ignore[arg-type]
                      label_en=None if known else base.label_en)
    if isinstance(base, TradeFact):
        if len(claims) == 1:
            return base
        trade = [c for c in claims if isinstance(c, TradeFact)]
        support = [sum(same_figure(c.value, o.value) for o in trade) for c in trade]
        top = max(support)
        winner = trade[support.index(top)]  # the earliest report among the best supported
        agreeing = [c for c in trade if same_figure(c.value, winner.value)]
        best = min(agreeing, key=lambda c: (precision(c.value), trade.index(c)))  # the most precise of them
        period = best.period or next((c.period for c in trade if c.period), None)  # undated retellings join dated
        return best if period == best.period else replace(best, period=period)
    return base


def _most_common(counter: Counter) -> object:  # type: ignore[type-arg]
    if not counter:
        return None
    top = max(counter.values())
    for value in counter:  # insertion order: the earliest article's value wins a tie
        if counter[value] == top:
            return value
    return None


def shingles(text: str) -> set[int]:
    """The digests of the text's word 5-grams (lowercase), which syndication compares."""
    words = text.lower().split()
    return {zlib.crc32(" ".join(words[i:i + 5]).encode()) for i in range(max(1, len(words) - 4))}


def packed_shingles(text: str) -> bytes:
    """`shingles` sorted and packed as unsigned 32-bit integers (a TextDigest's)."""
    from array import array

    return array("I", sorted(shingles(text))).tobytes()


RARE_PHRASE_ARTICLES = 25  # a phrase more earlier articles share is a stock phrase: it says nothing about copying
_PARTS = 256  # partitions of the (phrase, article) numbers, each sorted on its own
_PAIR_BITS = 10  # pairs of articles are partitioned by the later article's position // 1024
_LOW = (1 << 32) - 1


def find_syndicated(facts_list: list[ArticleFacts], threshold: float = 0.8,
                    digests: Mapping[str, TextDigest] | None = None) -> dict[str, str]:
    """Articles whose text is a near-copy of an earlier one in the list (word 5-gram Jaccard ≥ threshold), each
    mapped to the first article of its copies; an article found in `digests` is compared by its digest's shingles
    (its facts need not hold its text).

    The earlier articles compared with one are those (in the order of their ids) that share enough of its rare
    phrases: a phrase is rare for an article when at most RARE_PHRASE_ARTICLES earlier articles hold it, so only a
    phrase's first RARE_PHRASE_ARTICLES + 1 articles count it. What is held stays compact whatever the corpus:
    every (phrase, article) as one 64-bit number in arrays partitioned by the phrase, the pairs of articles that
    share a rare phrase partitioned by the later article, and the packed shingles (a digest's own bytes)."""
    from array import array

    ids = [f.article.id for f in facts_list]
    packed: list[bytes] = []  # each article's sorted shingles, 4 bytes each
    postings = [array("Q") for _ in range(_PARTS)]  # phrase << 32 | article, partitioned by the phrase
    for i, f in enumerate(facts_list):
        digest = digests.get(f.article.id) if digests is not None else None
        grams = digest.shingles if digest is not None else packed_shingles(f.article.text)
        packed.append(grams)
        for g in array("I", grams):
            postings[g % _PARTS].append(g << 32 | i)
    pairs: dict[int, array] = defaultdict(lambda: array("Q"))  # later << 32 | earlier, partitioned by the later
    for part, bucket in enumerate(postings):
        postings[part] = array("Q")  # freed as it is read
        for _, group in itertools.groupby(sorted(bucket), key=lambda key: key >> 32):
            first = [key & _LOW for key in itertools.islice(group, RARE_PHRASE_ARTICLES + 1)]
            for rank, later in enumerate(first[1:], 1):
                pairs[later >> _PAIR_BITS].extend(later << 32 | earlier for earlier in first[:rank])
        del bucket
    copies: dict[str, str] = {}
    for part in sorted(pairs):
        candidates: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        for key, rare_shared in Counter(pairs.pop(part)).items():
            candidates[key >> 32].append((ids[key & _LOW], key & _LOW, rare_shared))
        for later in sorted(candidates):
            grams = set(array("I", packed[later]))
            for _, earlier, rare_shared in sorted(candidates[later]):
                if rare_shared * 4 < len(grams):
                    continue  # a copy shares most of its rare phrases too
                other = set(array("I", packed[earlier]))
                union = len(grams | other)
                if union and len(grams & other) / union >= threshold:
                    copies[ids[later]] = copies.get(ids[earlier], ids[earlier])
                    break
    return copies
