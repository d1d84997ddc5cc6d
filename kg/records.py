"""Small typed records that pass between the pipeline's steps.

Every record is a frozen, slotted dataclass holding tuples, so facts are hashable, comparable
in tests and deduplicated by set().
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk or a JSON Lines stream."""

    id: str  # file name (or JSONL id): the article's public identifier
    text: str
    lang: str  # "ru" | "uk" | "en"
    published: date | None = None
    source: str = ""  # where it was read from (path, or path:line)
    url: str | None = None
    title: str | None = None
    # When no publication date is given: the date estimated from the text (dateline, latest explicit
    # date); relative dates are resolved against it, and the graph marks it as an estimate.
    published_estimate: date | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not become an article, and why."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """Where a fact was read: the article, the quoted sentence and its character offsets."""

    article_id: str
    start: int
    end: int
    quote: str
    extractor: str


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date as precise as the text allows: a year, a year and month, or a full day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """ "2010-04-08", "2010-04" or "2010", as the lexicons write dates."""
        return cls(*(int(part) for part in text.split("-")))  # type: ignore[arg-type]

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        if self.month is None:
            return date(self.year, 12, 31)
        nxt = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)


def iso_duration(minutes: int) -> str:
    """An xsd:duration in hours and minutes: 85 -> PT1H25M (the one form every output uses)."""
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def human_duration(minutes: int) -> str:
    """85 -> '1 h 25 min', as an analyst reads it."""
    hours, rest = divmod(minutes, 60)
    return " ".join(part for part in (f"{hours} h" if hours else "", f"{rest} min" if rest or not hours else "")
                    if part)


@dataclass(frozen=True, slots=True)
class Period:
    """A closed interval of partial dates: "January–November 2024", "the first half of 2026"."""

    start: PartialDate
    end: PartialDate
    label: str = ""

    def iso(self) -> str:
        if self.start == self.end:
            return self.start.iso()
        return f"{self.start.iso()}..{self.end.iso()}"


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """A stretch of text that names an actor (by name, title, seat of power or counterpart)."""

    actor: str  # actor key in the gazetteer, or "new:<normalised name>"
    start: int
    end: int
    surface: str
    via: str = "name"  # name | title | seat | counterpart | adjective | intro


@dataclass(frozen=True, slots=True)
class Actor:
    """A real-world actor: person, country, organisation or city."""

    key: str
    type: str  # Person | Country | Organization | City
    label_en: str
    qid: str | None = None
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label)
    country: str | None = None  # for cities: the country key


@dataclass(frozen=True, slots=True)
class Meeting:
    medium: str  # phone | video | in_person
    participants: tuple[str, ...]  # actor keys, sorted
    evidence: tuple[Evidence, ...]
    date: PartialDate | None = None
    duration_minutes: int | None = None
    place: str | None = None
    kind: str = ""  # talks | visit | summit | call
    end_date: PartialDate | None = None  # a visit over several days: its last day
    start_date: PartialDate | None = None  # a visit over several days: its first day, when `date` (its talks) is later
    property_evidence: tuple[tuple[str, int], ...] = ()  # (property, index into evidence) that stated it


@dataclass(frozen=True, slots=True)
class Invitation:
    invitee: str
    evidence: tuple[Evidence, ...]
    inviter: str | None = None
    destination: str | None = None
    occasion: str | None = None
    time_frame: Period | None = None
    accepted: bool | None = None


@dataclass(frozen=True, slots=True)
class Treaty:
    key: str  # treaty key in the lexicon, or "new:<normalised name>"
    label: str
    parties: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    signed_on: PartialDate | None = None
    status: str | None = None  # in_force | extended | expiring | expired | suspended
    qid: str | None = None
    label_en: str | None = None  # the English name, where `label` is the article's own wording in another language


@dataclass(frozen=True, slots=True)
class TradeFact:
    commodity: str  # commodity key: crude_oil, natural_gas, lng, agri, trade_turnover, total_exports…
    measure: str  # valueUSD | changePercent | rank | tonnes | barrelsPerDay | cubicMetresPerYear
    value: float
    evidence: tuple[Evidence, ...]
    supplier: str | None = None
    buyer: str | None = None
    period: Period | None = None
    status: str = "reported"  # reported | target | forecast | plan: a target is never trade done


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article: the unit that is cached, merged and written."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    treaties: tuple[Treaty, ...] = ()
    trade_facts: tuple[TradeFact, ...] = ()
    new_actors: tuple[Actor, ...] = field(default=())  # actors found in the text but not in the gazetteer

    def compact(self) -> ArticleFacts:
        """These facts as a build's main process keeps them once they are extracted and stored (kg/shards.py):
        without the article's text (TextDigest keeps what is read of it) and with one mention per actor (the
        merge and the article graphs read which actors an article mentions, not where)."""
        import dataclasses

        mentions = tuple(sorted({Mention(m.actor, 0, 0, "") for m in self.mentions}, key=lambda m: m.actor))
        return dataclasses.replace(self, article=dataclasses.replace(self.article, text=""), mentions=mentions)


@dataclass(frozen=True, slots=True)
class TextDigest:
    """What a build reads of an article's text after extraction: its length (kg:textLength) and the digests
    of its word 5-grams (syndication, kg/resolve.py `shingles`), packed as unsigned 32-bit integers."""

    length: int
    shingles: bytes
