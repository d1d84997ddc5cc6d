"""Small helpers the extractor tests share: build an article from a sentence and extract it."""
from __future__ import annotations

from datetime import date

from kg.extract import extract_article
from kg.ingest import article_from_text
from kg.records import Article, ArticleFacts, Meeting, TradeFact, Treaty


def article(text: str, lang: str, published: date | None = date(2025, 3, 14), article_id: str = "t.txt") -> Article:
    made = article_from_text(text, article_id, article_id, published, lang)
    assert isinstance(made, Article), made
    return made


def facts(text: str, lang: str, published: date | None = date(2025, 3, 14)) -> ArticleFacts:
    return extract_article(article(text, lang, published))


def actors(f: ArticleFacts) -> set[str]:
    return {m.actor for m in f.mentions}


def meeting_pairs(f: ArticleFacts) -> set[tuple[str, ...]]:
    """Each meeting's participants, sorted."""
    return {tuple(sorted(m.participants)) for m in f.meetings}


def merged(text: str, lang: str, published: date | None = date(2025, 3, 14)) -> list[object]:
    """The merged view of one article's facts: each fact's preferred values, Entente's knowledge included."""
    from kg.gazetteer import load_gazetteer
    from kg.iris import Iris
    from kg.resolve import preferred_values, resolve

    resolution = resolve([facts(text, lang, published)], load_gazetteer(), Iris())
    return [preferred_values(fact, resolution.published) for fact in resolution.facts]


def estimated_publication(text: str, lang: str) -> date | None:
    """The day an undated article is estimated to have been published on."""
    return article(text, lang, published=None).published_estimate


# --- meetings: participants are actor keys, sorted; days are ISO strings (or None)


def partners(*people: str) -> tuple[str, ...]:
    """The participants of a meeting as a meeting record holds them: sorted."""
    return tuple(sorted(people))


def partners_who_met(text: str, lang: str, published: date | None) -> set[tuple[str, ...]]:
    """Each meeting's participants."""
    return meeting_pairs(facts(text, lang, published))


def partners_met_in_person(text: str, lang: str, published: date | None) -> set[tuple[str, ...]]:
    """The participants of each meeting held in person."""
    return {m.participants for m in facts(text, lang, published).meetings if m.medium == "in_person"}


def medium_partners_and_day(text: str, lang: str,
                            published: date | None) -> set[tuple[str, tuple[str, ...], str | None]]:
    """Each meeting as (medium, participants, ISO day)."""
    return {(m.medium, m.participants, m.date.iso() if m.date else None) for m in facts(text, lang, published).meetings}


def medium_partners_and_date(text: str, lang: str, published: date | None) -> set[tuple[str, tuple[str, ...], object]]:
    """Each meeting as (medium, participants, PartialDate or None)."""
    return {(m.medium, m.participants, m.date) for m in facts(text, lang, published).meetings}


def partners_and_medium(text: str, lang: str, published: date | None) -> set[tuple[tuple[str, ...], str]]:
    """Each meeting as (participants, medium)."""
    return {(m.participants, m.medium) for m in facts(text, lang, published).meetings}


def partners_medium_and_day(text: str, lang: str,
                            published: date | None) -> set[tuple[tuple[str, ...], str, str | None]]:
    """Each meeting as (participants, medium, ISO day)."""
    return {(m.participants, m.medium, m.date.iso() if m.date else None) for m in facts(text, lang, published).meetings}


def partners_medium_and_minutes(text: str, lang: str,
                                published: date | None) -> set[tuple[tuple[str, ...], str, int | None]]:
    """Each meeting as (participants, medium, duration in minutes)."""
    return {(m.participants, m.medium, m.duration_minutes) for m in facts(text, lang, published).meetings}


def partners_and_place(text: str, lang: str, published: date | None) -> set[tuple[tuple[str, ...], str | None]]:
    """Each meeting as (participants, place)."""
    return {(m.participants, m.place) for m in facts(text, lang, published).meetings}


def day_and_place_by_partners(text: str, lang: str,
                              published: date | None) -> dict[tuple[str, ...], tuple[object, object]]:
    """Each meeting's (ISO day, place), by its participants."""
    return {m.participants: (m.date.iso() if m.date else None, m.place) for m in facts(text, lang, published).meetings}


def meeting_records(text: str, lang: str, published: date | None) -> list[Meeting]:
    """The meeting records found, in the order found."""
    return facts(text, lang, published).meetings


def meetings_of(text: str, lang: str, published: date | None, pair: tuple[str, ...]) -> list[Meeting]:
    """The meeting records whose participants are exactly `pair`."""
    return [m for m in facts(text, lang, published).meetings if m.participants == pair]


def the_meeting(text: str, lang: str, published: date | None, pair: tuple[str, ...]) -> Meeting:
    """The one meeting record of `pair` (the test fails unless there is exactly one)."""
    found = meetings_of(text, lang, published, pair)
    assert len(found) == 1, found
    return found[0]


# --- invitations


def invitations(text: str, lang: str, published: date | None) -> set[tuple[str | None, str, str | None]]:
    """Each invitation as (inviter, invitee, destination)."""
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, published).invitations}


def invitations_as_listed(text: str, lang: str, published: date | None) -> list[tuple[str | None, str, str | None]]:
    """Each invitation as (inviter, invitee, destination), in the order found, repeats kept."""
    return [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, published).invitations]


def invitations_and_acceptance(text: str, lang: str,
                               published: date | None) -> set[tuple[str | None, str, str | None, bool | None]]:
    """Each invitation as (inviter, invitee, destination, accepted)."""
    return {(i.inviter, i.invitee, i.destination, i.accepted) for i in facts(text, lang, published).invitations}


def inviters_and_invitees(text: str, lang: str, published: date | None) -> set[tuple[str | None, str]]:
    """Each invitation as (inviter, invitee)."""
    return {(i.inviter, i.invitee) for i in facts(text, lang, published).invitations}


# --- treaties


def treaty_parties(text: str, lang: str, published: date | None) -> set[tuple[str, ...]]:
    """Each treaty's parties, sorted."""
    return {t.parties for t in facts(text, lang, published).treaties}


def treaty_party_sets(text: str, lang: str, published: date | None) -> set[frozenset[str]]:
    """Each treaty's parties, as a set."""
    return {frozenset(t.parties) for t in facts(text, lang, published).treaties}


def treaty_party_sets_as_listed(text: str, lang: str, published: date | None) -> list[frozenset[str]]:
    """Each treaty's parties as a set, in the order found, repeats kept."""
    return [frozenset(t.parties) for t in facts(text, lang, published).treaties]


def treaty_names_and_parties(text: str, lang: str, published: date | None) -> set[tuple[str, tuple[str, ...]]]:
    """Each treaty as (name as written, parties)."""
    return {(t.label, t.parties) for t in facts(text, lang, published).treaties}


def treaty_english_names(text: str, lang: str, published: date | None) -> list[str]:
    """Each treaty's English name (its name as written when it has none), sorted, repeats kept."""
    return sorted((t.label_en or t.label) for t in facts(text, lang, published).treaties)


def treaties_by_parties_and_day(text: str, lang: str, published: date | None) -> list[Treaty]:
    """The treaty records, sorted by parties, then signing day, then name."""
    found = facts(text, lang, published).treaties
    return sorted(found, key=lambda t: (t.parties, t.signed_on.iso() if t.signed_on else "", t.label))


def treaties_by_key(text: str, lang: str, published: date | None) -> list[Treaty]:
    """The treaty records, sorted by key."""
    return sorted(facts(text, lang, published).treaties, key=lambda t: t.key)


def treaty_parties_by_key(text: str, lang: str, published: date | None) -> list[tuple[str, ...]]:
    """Each treaty's parties, the treaties sorted by key."""
    return [t.parties for t in treaties_by_key(text, lang, published)]


# --- trade figures


def trade_figures(text: str, lang: str, published: date | None, decimals: int | None = None,
                  turnover_has_no_direction: bool = False) -> set[tuple[str, str, float, str | None, str | None]]:
    """Each trade figure as (commodity, measure, value, supplier, buyer).

    `decimals` rounds values computed by division; `turnover_has_no_direction` puts a turnover's two sides in
    alphabetical order, for tests that do not care which side is the supplier.
    """
    found = set()
    for f in facts(text, lang, published).trade_facts:
        value = f.value if decimals is None else round(f.value, decimals)
        sides = (f.supplier, f.buyer)
        if turnover_has_no_direction and f.commodity == "trade_turnover" and f.supplier and f.buyer:
            sides = (min(f.supplier, f.buyer), max(f.supplier, f.buyer))
        found.add((f.commodity, f.measure, value) + sides)
    return found


def values_of_measure(text: str, lang: str, published: date | None, measure: str) -> set[float]:
    """The values of the trade figures of one measure, rounded to one decimal."""
    return {round(f.value, 1) for f in facts(text, lang, published).trade_facts if f.measure == measure}


def values_and_sides(text: str, lang: str, published: date | None,
                     measure: str) -> list[tuple[float, str | None, str | None]]:
    """The trade figures of one measure as (value, supplier, buyer), sorted."""
    return sorted((f.value, f.supplier, f.buyer) for f in facts(text, lang, published).trade_facts
                  if f.measure == measure)


def measures_values_and_statuses(text: str, lang: str, published: date | None) -> set[tuple[str, float, str]]:
    """Each trade figure as (measure, value rounded to two decimals, status)."""
    return {(f.measure, round(f.value, 2), f.status) for f in facts(text, lang, published).trade_facts}


# --- actors


def actors_named(text: str, lang: str, published: date | None) -> set[str]:
    """The keys of the actors mentioned."""
    return actors(facts(text, lang, published))


def actor_types_by_label(text: str, lang: str, published: date | None) -> dict[str, str]:
    """Each actor mentioned (known or new) as its English label: its type."""
    from kg.gazetteer import load_gazetteer

    f = facts(text, lang, published)
    gaz = load_gazetteer()
    new = {a.key: a for a in f.new_actors}
    out = {}
    for m in f.mentions:
        actor = gaz.actor(m.actor) or new.get(m.actor)
        if actor is not None:
            out[actor.label_en] = actor.type
    return out


def labels_of_people_named(text: str, lang: str, published: date | None) -> dict[str, str]:
    """Each actor mentioned by name or introduced: its label (its key when known)."""
    f = facts(text, lang, published)
    labels = {a.key: a.label_en for a in f.new_actors}
    return {m.actor: labels.get(m.actor, m.actor) for m in f.mentions if m.via in ("name", "intro")}


def assert_actors_found(text: str, lang: str, published: date | None, present: set[str], absent: set[str]) -> None:
    """Fail unless every key in `present` is mentioned and none in `absent` ("new:" prefixes match every new key)."""
    found = actors(facts(text, lang, published))
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k == a or (a.endswith(":") and k.startswith(a))}, found


def trade_facts(text: str, lang: str, published: date | None) -> list[TradeFact]:
    """The trade figure records found, in the order found."""
    return facts(text, lang, published).trade_facts


def partners_who_met_as_listed(text: str, lang: str, published: date | None) -> list[tuple[str, ...]]:
    """Each meeting's participants, sorted, repeats kept (one meeting per partner shows as one row each)."""
    return sorted(m.participants for m in facts(text, lang, published).meetings)


def treaty_names_in_both_languages_and_parties(text: str, lang: str,
                                               published: date | None) -> set[tuple[str, str | None, tuple[str, ...]]]:
    """Each treaty as (name as written, English name, parties)."""
    return {(t.label, t.label_en, t.parties) for t in facts(text, lang, published).treaties}
