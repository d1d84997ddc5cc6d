"""Meetings: phone calls, video calls, talks, visits and summits, with participants, date,
duration and place; past meetings mentioned in passing; nothing negated, planned or hypothetical."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, PhraseMatch
from ..records import Evidence, Meeting, PartialDate
from ..text.dates import day_range, find_times
from ..text.document import SentenceSpan
from ..text.morph import PymorphyLemmatizer, lemmatizer
from ..text.numbers import find_quantities
from .context import ArticleContext

WINDOW = 7  # tokens around a trigger searched for negation and modality
DENIAL_REACH = 12  # tokens before a trigger searched for a verb of denial that governs it


@dataclass
class Sighting:
    """One sentence's report of a meeting, before the sentences of an article are merged."""

    sentence: SentenceSpan
    medium: str | None  # phone | video | in_person | None (generic word: "разговор", "talks")
    participants: tuple[str, ...]  # empty: the article's main event
    date: PartialDate | None
    duration: int | None
    place: str | None
    remote_hint: bool  # only words such as "разговор" or "conversation": a call unless told otherwise
    evidence: list[Evidence] = field(default_factory=list)
    stated_in: dict[str, int] = field(default_factory=dict)  # property -> index into evidence
    past: bool = False  # told as an earlier meeting ("they last met in May"), not the article's event
    both_sides: bool = False  # "the leaders", "сторони": the pair named just before, not a new one
    same_day: bool = False  # "later that day", "затем": dated by the meeting told before it
    end_date: PartialDate | None = None  # a visit over several days: its last day
    arrival: bool = False  # told only as an arrival ("прибыл в Москву"): the first day of a visit
    talks_day: PartialDate | None = None  # an arrival's sentence telling the visit's main day after it
    start_date: PartialDate | None = None  # a visit over several days: its first day, when its talks came later
    joined: str | None = None  # "a trilateral forum along with Japan": a third party joined to the pair
    weak: bool = False  # in person only by a word such as "talks", "переговоры": a call's too, once one is told
    subjects: tuple[str, ...] = ()  # people named before the meeting's word in its clause (not those reporting it)
    eve: bool = False  # told only as on the eve of another meeting ("накануне визита в Россию"): the day before it
    set_by: str | None = None  # "before his talks with Putin, Xi met Erdogan": the partner of the meeting it is set by
    departure: bool = False  # told only as setting off on a visit ("left for a visit to Baku"): no meeting by itself


def extract_meetings(ctx: ArticleContext) -> list[Meeting]:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    sightings: list[Sighting] = []
    unreal_before: frozenset[str] = frozenset()  # the media of the last meetings told as unreal, none kept since
    for s in doc.sentences:
        triggers = _with_compounds(ctx, s, comp.meeting.longest(doc.lemmas, None, s.first, s.last))
        triggers = _press_conferences_with(ctx, s, triggers)
        triggers = _calls_on(ctx, s, triggers)
        triggers = [t for t in triggers if not _received_a_thing(ctx, s, t)]
        # "the talks were broadcast online", "переговоры транслировались онлайн": how others watched, not a video call
        broadcast = doc.lexicon.lemmas_of("medium_broadcast_words")
        triggers = [t for t in triggers if not (t.payload == "video" and any(
            doc.lemmas[j] & broadcast for j in range(max(s.first, t.start - 3), t.start)))]
        mediated = _mediator(ctx, s)
        if mediated is not None and not triggers:
            # "Алиев и Пашинян в Белом доме при посредничестве президента США Трампа подписали декларацию": two
            # leaders brought together by a third met, with him
            named = {m.actor for m in ctx.in_range(s.first, s.last) if m.type == "Person"} - {mediated[1]}
            if len(named) >= 2:
                triggers = [PhraseMatch(mediated[0], mediated[0] + 1, "in_person")]
        signatories: tuple[str, ...] = ()
        if not triggers and _signing_completed(ctx, s, sightings):
            continue
        if not triggers:
            triggers, signatories = _cosigned(ctx, s)
            triggers = triggers or _last_spoke(ctx, s)
        if not triggers:
            sightings.extend(_sighting(ctx, s, part) for part in _last_been(ctx, s))
            continue
        sightings.extend(_sighting(ctx, s, part) for part in _recalled_since(ctx, s, triggers))
        # "arrived at the invitation of X": the visit took place
        invitation = [m for m in comp.invitation.longest(doc.lemmas, None, s.first, s.last)
                      if m.payload != "by_invitation"]
        kept, blocked = [], []
        for t in triggers:
            if t.payload == "in_person" and _invitations_of(invitation, t) and not _during_main(ctx, [t]) \
                    and not _recalled(ctx, s, t) \
                    and not _held_before_invitation(ctx, t, _invitations_of(invitation, t)):
                # "пригласил посетить", "ждут с визитом": the visit is the invitation's, not a meeting; but "в ходе
                # переговоров в Москве пригласил", "during the talks ... invited": the talks were held, the invitation
                # told during them
                continue
            # ("тот позвонил ему", "the one that called": a pronoun subject of a verb, no meeting told before)
            if _blocked(ctx, s, t.start, t.end) or (_refers_back(ctx, t.start) and not _verb_trigger(ctx, t)) \
                    or _intended(ctx, t.start, t.end) \
                    or _named_future(ctx, s, t.start) or _agreed_on(ctx, s, t.start) \
                    or _future_predicate_before(ctx, s, t.start, t.end) \
                    or _counted(ctx, s, t.start, t.end) or _dated_ahead(ctx, s, t.start) \
                    or _aimed_at_far(ctx, s, t.start) or _planned_by_its_relative(ctx, s, t.end):
                blocked.append(t)
                continue
            kept.append(t)
        # "an in-person summit": a word next to a blocked trigger names the same (unreal) event (not across a comma:
        # "Путін, який перебуває у Пекіні з візитом, зустрівся з Сі": the aside's visit, then the meeting)
        kept = [t for t in kept if not any((abs(t.start - b.end) <= 1 or abs(b.start - t.end) <= 1)
                                           and not _comma_between(ctx, t, b) for b in blocked)]
        kept = _beyond_unreal_settings(ctx, s, kept, blocked)
        kept, unreal_before = _unreal_told_again(ctx, s, kept, blocked, unreal_before)
        if not kept or _ongoing_rumour(ctx, s, kept):
            continue
        # "met his counterparts ... on the sidelines of the G20 ministerial meetings": the setting, not a meeting
        settings = doc.lexicon.phrases("meeting_setting_words").matches(doc.lemmas, None, s.first, s.last)
        kept = [t for t in kept if not any(m.end <= t.start <= m.end + 5 for m in settings)] or kept
        # "Россия и Египет являются сопредседателями саммита", "the participants of the talks": a role in an event,
        # which tells no meeting of its own
        roles = doc.lexicon.lemmas_of("meeting_role_nouns")
        kept = [t for t in kept if not any(doc.lemmas[j] & roles for j in range(max(s.first, t.start - 3), t.start))]
        # "менш ніж за два дні до другого раунду переговорів", "two days before the next round of talks": a later
        # event this one is dated by, not one told as held
        anaphora = doc.lexicon.lemmas_of("anaphora")  # ("За день до этого": before what was told, a date)
        interval = [m for m in doc.lexicon.phrases("meeting_interval_before").matches(doc.lemmas, None, s.first, s.last)
                    if not (m.end < s.last and doc.lemmas[m.end] & anaphora)]
        kept = [t for t in kept if not any(m.end <= t.start <= m.end + 5 for m in interval)]
        if not kept:
            continue
        # "В аеропорту генерала зустрів спецпредставник", "greeted at the airport": a welcome, protocol, not talks
        # (not a leader welcoming his counterpart, "встретил российского коллегу в аэропорту, после чего главы
        # государств продолжили общение": the two leaders' own first meeting of the visit)
        greeting = doc.lexicon.lemmas_of("meeting_greeting_verbs")
        protocol = doc.lexicon.phrases("meeting_protocol_places")
        peers = comp.counterpart.matches(doc.lemmas, None, s.first, s.last) or _both_sides(ctx, s.first, s.last)
        kept = [t for t in kept if peers or not (t.end - t.start == 1 and doc.lemmas[t.start] & greeting
                                                 and protocol.matches(doc.lemmas, None, *ctx.clause(s, t.start)))]
        if not kept:
            continue
        kept = _greeted_on_the_call(ctx, s, kept)
        joined = doc.lexicon.phrases("joined_meeting").matches(doc.lemmas, None, s.first, s.last)
        if joined and all(any(t.start - 4 <= j.end <= t.start or j.start <= t.start < j.end
                              # "На встрече также присутствовали Лавров и Ван И": at the meeting, attended
                              or (0 <= j.start - t.end <= 2 and _after_locative(ctx, t.start))
                              for j in joined) for t in kept):
            continue  # "Fidan and Kalın also attended the meeting": people at the meeting told before, not a new one
        if _attendance_list(ctx, s, kept):
            continue
        kept = _told_in_a_briefing(ctx, s, kept)
        # "welcomed Biden's promise", "received Biden's letter": his thing, not him, was welcomed
        kept = [t for t in kept if not _possessed_thing(ctx, t)]
        kept = _outside_clauses_on_things(ctx, s, kept)
        if not kept:
            continue
        recalled, kept, cut = _recalled_visits(ctx, s, kept)
        parts = [_Part(tuple(kept), None, signatories)] if signatories and kept else \
            (_sequenced(ctx, s, kept) or _other_events(ctx, s, kept) or _briefed_on(ctx, s, kept)
             or _clause_groups(ctx, s, kept)) if kept else []
        for part in parts:
            if cut is not None and part.span is None and all(t.start < cut for t in part.triggers):
                part = replace(part, span=(s.first, cut))  # the recalled visit's date and country are its own
            sight = _sighting(ctx, s, _before_unreal(ctx, s, part, blocked))
            if _setting_off(ctx, s, part.triggers):
                sight = replace(sight, departure=True)
            sightings.extend([_with_the_addressee(ctx, s, part, one, sightings)
                              for one in _one_per_place(ctx, s, part, sight)])
        sightings.extend(_sighting(ctx, s, part) for part in recalled)
    # durations reported in a sentence of their own: "бесіда тривала 1 годину 35 хвилин"
    for s in doc.sentences:
        if any(x.sentence == s for x in sightings):
            continue
        if not comp.duration_verbs.matches(doc.lemmas, None, s.first, s.last):
            continue  # the sentence's figures are read only where a verb of lasting stands
        others = doc.lexicon.lemmas_of("duration_other_nouns")  # "a five-hour time difference": not the meeting's
        durations = [q for q in find_quantities(doc, s.first, s.last) if q.kind == "duration"
                     and not any(doc.lemmas[j] & others for j in range(q.last, min(s.last, q.last + 2)))]
        if durations:
            sightings.append(Sighting(s, None, (), None, int(round(durations[0].value)), None, False,
                                      [ctx.evidence(s, "meetings")]))
    sightings = [x for x in sightings if not _one_state(ctx, x.participants)]
    return _one_event_told_on_two_days(ctx, _merge(ctx, _frames_told_by_their_meetings(sightings)))


def _greeted_on_the_call(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list:  # type: ignore[type-arg]
    """"telephoned X and Y and greeted them", "позвонил X и поприветствовал его", "зателефонував X і привітав його": a
    greeting after a call, with no new person after it, was said on the call; it is no in-person meeting of its own
    (not "called X, then welcomed Y at the airport": a new person is greeted)."""
    doc = ctx.doc
    words = doc.lexicon.lemmas_of("meeting_greeting_after_call")
    remote = doc.lexicon.compiled.remote_only
    calls = [t for t in kept if t.payload in ("phone", "video") or (
        t.payload == "generic" and _verb_trigger(ctx, t) and remote.matches(doc.lemmas, None, t.start, t.end))]
    if not calls or not words:
        return kept
    out = []
    for t in kept:
        if t.payload == "in_person" and t.end - t.start == 1 and doc.lemmas[t.start] & words \
                and any(c.end <= t.start for c in calls) \
                and not any(m.type == "Person" for m in ctx.in_range(t.end, s.last)):
            continue
        out.append(t)
    return out


def _one_event_told_on_two_days(ctx: ArticleContext, meetings: list[Meeting]) -> list[Meeting]:
    """The same pair by the same medium on two days in a row ("talks yesterday" in the text, "met on Friday" in the
    caption; "called on 7 October" then "on Tuesday, 8 October"): one event whose day was told two ways, not two
    meetings. The day told by its name is kept over one told only from the day of writing ("yesterday", "today",
    which a report carried over from the day before gets wrong); between two named days, the earlier (a report comes
    after its event: a day taken from the reporting is the later one). In person, only a weekday's name beside a day
    told from the writing: two named days, or a date beside "the eve", are a visit's days (talks on Monday, an outing
    on Tuesday; a dinner on the eve of the talks of 9 July). Not where the two are in different places: a tour's
    stops on successive days."""
    doc = ctx.doc
    starts = [t.start for t in doc.tokens]

    def tokens(ev: Evidence) -> list[int]:
        return [j for j in range(bisect_left(starts, ev.start), bisect_left(starts, ev.end))
                if doc.tokens[j].end <= ev.end]

    def date_tokens(m: Meeting) -> list[int]:  # the words its day was told by
        return tokens(m.evidence[dict(m.property_evidence).get("date", 0)])

    def deictic(m: Meeting) -> bool:
        return _day_from_writing(ctx, date_tokens(m))

    weekdays = set(doc.lexicon.lemma_table("weekdays"))

    def by_weekday(m: Meeting) -> bool:
        return any(doc.lemmas[j] & weekdays for j in date_tokens(m))

    def one_day_told_twice(o: Meeting, m: Meeting) -> bool:
        if m.medium in ("phone", "video"):
            return True
        # in person, "on Friday" beside "yesterday" only: a visit's days are told by dates, or by the eve and the day
        return deictic(o) != deictic(m) and (by_weekday(o) or by_weekday(m))

    again = ctx.doc.lexicon.phrases("meeting_again_words")

    def repeated(m: Meeting) -> bool:  # "met again on Friday", "снова встретились": a second meeting told as such
        return any(again.matches(ctx.doc.lemmas, None, toks[0], toks[-1] + 1)
                   for toks in map(tokens, m.evidence) if toks)

    out: list[Meeting] = []
    for m in meetings:
        same = next((i for i, o in enumerate(out) if o.participants == m.participants and o.medium == m.medium
                     and o.date is not None and m.date is not None and o.date.day and m.date.day
                     and abs((o.date.first_day() - m.date.first_day()).days) == 1
                     and not (o.place and m.place and o.place != m.place)
                     and one_day_told_twice(o, m)), None)
        if same is not None and (repeated(m) or repeated(out[same])):
            same = None
        if same is None:
            out.append(m)
            continue
        first, second = sorted((out[same], m), key=lambda x: (deictic(x), x.date.sort_key()))  # type: ignore[union-attr]
        shift = len(first.evidence)
        stated = dict(first.property_evidence)
        for prop, index in second.property_evidence:
            if prop != "date":
                stated.setdefault(prop, index + shift)
        out[same] = replace(first, evidence=first.evidence + second.evidence,
                            place=first.place or second.place,
                            duration_minutes=first.duration_minutes or second.duration_minutes,
                            end_date=first.end_date or second.end_date,
                            property_evidence=tuple(sorted(stated.items())))
    return out


def _outside_clauses_on_things(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list:  # type: ignore[type-arg]
    """"The leaders discussed the peace plan, which Zelensky presented at the G20 summit a year ago", "обговорили
    формулу миру, яку Зеленський презентував на саміті": a meeting's word in a relative clause on a thing (not on
    the people who met: "Putin and Xi, who met on 5 March, discussed trade") is another event's, the setting of what
    the clause tells; the meeting is the one told outside it."""
    doc = ctx.doc
    outside = [t for t in kept if not _in_relative_clause(ctx, s, t.start)]
    if not outside or len(outside) == len(kept):
        return kept
    relative = doc.lexicon.lemmas_of("relative_pronouns")
    triggers = {j for t in kept for j in range(t.start, t.end)}

    def on_a_thing(t: PhraseMatch) -> bool:
        first, _ = ctx.clause(s, t.start)
        if not doc.lemmas[first] & relative or first - 1 < s.first:
            return False
        head = first - 1
        return head not in triggers and not any(m.first <= head < m.last for m in ctx.in_range(s.first, first))

    return [t for t in kept if t in outside or not on_a_thing(t)]


def _day_from_writing(ctx: ArticleContext, tokens: list[int]) -> bool:
    """Whether the words tell a day only from the day of writing ("yesterday", "сегодня", "вчора"), naming no weekday
    or month."""
    lex = ctx.doc.lexicon
    relative = set(lex.lemma_table("relative_days"))
    named = set(lex.lemma_table("weekdays")) | set(lex.lemma_table("months"))
    lemmas = [ctx.doc.lemmas[j] for j in tokens]
    return any(x & relative for x in lemmas) and not any(x & named for x in lemmas)


def _setting_off(ctx: ArticleContext, s: SentenceSpan, triggers: tuple) -> bool:  # type: ignore[type-arg]
    """Whether every word of the meeting is a visit that a verb of setting off governs ("left for a two-day visit to
    Baku", "отправился с визитом в Россию", "вирушив з візитом до Польщі"): a departure, which tells no talks until
    the visit itself is told (not "відправився на зустріч з": a meeting with someone named)."""
    doc = ctx.doc
    visit = doc.lexicon.compiled.visit
    leaving = doc.lexicon.lemmas_of("meeting_departure_verbs")
    if not triggers or not leaving:
        return False
    for t in triggers:
        lo, _ = ctx.clause(s, t.start)
        if not visit.matches(doc.lemmas, None, t.start, t.end) or not any(
                doc.lemmas[j] & leaving and not _in_brackets(ctx, j) for j in range(max(lo, t.start - 6), t.start)):
            return False  # ("Yoon (left) during his visit": a caption's place in the picture, no verb)
    return True


def _parenthetical(ctx: ArticleContext, s: SentenceSpan, j: int) -> bool:
    """Whether a token of the sentence stands inside brackets opened before it in the sentence."""
    text = ctx.doc.article.text[ctx.doc.tokens[s.first].start:ctx.doc.tokens[j].start]
    return text.count("(") > text.count(")")


def _in_brackets(ctx: ArticleContext, j: int) -> bool:
    text, tok = ctx.doc.article.text, ctx.doc.tokens[j]
    return text[max(0, tok.start - 1):tok.start] == "(" and text[tok.end:tok.end + 1] == ")"


def _recalled_visits(ctx: ArticleContext, s: SentenceSpan,  # type: ignore[type-arg]
                     kept: list) -> tuple[list[_Part], list, int | None]:  # type: ignore[type-arg]
    """Earlier visits told in passing, with no host named ("on his way back from a visit to Germany", "після відвідин
    прем'єр-міністром Абе Києва у червні 2015 року", "после визита Путина в Китай"): a meeting of the visitor with the
    country visited, dated as told there. Gives those parts, the triggers left and where the first recall starts."""
    doc = ctx.doc
    visit = doc.lexicon.compiled.visit
    markers = doc.lexicon.phrases("meeting_recalled_visit_markers").matches(doc.lemmas, None, s.first, s.last)
    if not markers:
        return [], kept, None
    parts: list[_Part] = []
    rest = list(kept)
    cut: int | None = None
    for t in sorted(kept, key=lambda t: t.start):
        marker = next((m for m in markers if t.start - 3 <= m.end <= t.start), None)
        if marker is None or not visit.matches(doc.lemmas, None, t.start, t.end) or t.payload != "in_person":
            continue
        _, hi = ctx.clause(s, t.start)
        places = [m for m in ctx.in_range(t.end, min(hi, t.end + 5)) if m.type in ("Country", "City")]
        state = ctx.gaz.country_of(places[0].actor) if places else None
        if state is None:
            continue
        persons = [m for m in ctx.in_range(s.first, s.last) if m.type == "Person" and not _relative(ctx, m)]
        if any(ctx.state_of(m.actor) == state for m in persons):
            continue  # the host is named: the visit is a meeting with him, told by the other rules
        top = ctx.top_people()[:2]
        if any(ctx.state_of(p) == state for p in top) and any(m.actor in top for m in persons if m.first < marker.start
                                                              or marker.start <= m.first < places[0].first):
            continue  # "their second meeting this year, after Lukashenko's state visit to Beijing": the pair's own
        # the visitor: named inside the phrase ("відвідин прем'єром Абе Києва", "Abe's visit to Kyiv"), else the
        # subject of the sentence ("Modi stopped in Abu Dhabi on his way back from a visit to Germany")
        inside = [m for m in persons if marker.start <= m.first and m.last <= places[0].first and m.first != t.start]
        subject = [m for m in persons if m.last <= marker.start and not ctx.reports_rather_than_meets(m)
                   and not _in_relative_clause(ctx, s, m.first)]
        visitor = (inside or subject[:1] or [None])[0]
        if visitor is None or ctx.state_of(visitor.actor) == state:
            continue
        parts.append(_Part((t,), (marker.start, hi), tuple(sorted((visitor.actor, state))), True))
        rest.remove(t)
        cut = marker.start if cut is None else min(cut, marker.start)
    return parts, rest, cut


def _recalled_since(ctx: ArticleContext, s: SentenceSpan, triggers: list) -> list[_Part]:  # type: ignore[type-arg]
    """A visit told as the first since someone else's ("the first Japanese leader to visit Korea since Yoshihiko Noda
    in October 2011", "первый японский лидер, посетивший Корею, после Ёсихико Ноды в октябре 2011 года"): that
    person's earlier visit to the same state, a meeting of the visitor and the host state dated as told after him,
    whether or not the visit of the sentence is yet to come."""
    doc = ctx.doc
    visit = doc.lexicon.compiled.visit
    since = doc.lexicon.phrases("meeting_recalled_since_words").matches(doc.lemmas, None, s.first, s.last)
    parts: list[_Part] = []
    with_words = doc.lexicon.words("with_words")
    for t in triggers:
        if t.payload != "in_person" or not visit.matches(doc.lemmas, None, t.start, t.end):
            continue
        marker = next((m for m in since if t.end <= m.start <= t.end + 8), None)
        if marker is None:
            continue
        places = [m for m in ctx.in_range(t.end, marker.start) if m.type in ("Country", "City")]
        host = ctx.gaz.country_of(places[0].actor) if places else None
        _, hi = ctx.clause(s, marker.start)
        visitor = next((m for m in ctx.in_range(marker.end, min(hi, marker.end + 5)) if m.type == "Person"
                        and ctx.is_participant_person(m.actor) and not _relative(ctx, m)), None)
        if host is None or visitor is None or ctx.state_of(visitor.actor) == host:
            continue
        # the person right after the marker, a title between at most ("после переговоров с Абэ": another event), and
        # the date of his visit right after him ("since Abe had asked him": no visit of his)
        between = range(marker.end, visitor.first)
        if any(doc.tokens[j].norm in with_words or any(x.start <= j < x.end for x in triggers) for j in between):
            continue
        if not any(0 <= w.first - visitor.last <= 3 for w in find_times(doc, visitor.last, hi, ctx.ref)):
            continue
        parts.append(_Part((t,), (marker.start, hi), tuple(sorted((visitor.actor, host))), True))
    return parts


def _briefed_on(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """Talks told as what someone briefed another on ("Макрон поінформував українського президента про зміст
    переговорів із Путіним", "Macron briefed Zelensky on his talks with Putin"): the talks are the teller's with the
    partner named after them; the one briefed is no party to them."""
    doc = ctx.doc
    verbs = doc.lexicon.phrases("meeting_briefing_verbs").matches(doc.lemmas, None, s.first, s.last)
    if not verbs:
        return None
    topic, with_words = doc.lexicon.words("meeting_briefing_preps"), doc.lexicon.words("with_words")
    for t in kept:
        told = [v for v in verbs if v.end <= t.start <= v.end + 8
                and any(doc.tokens[j].norm in topic for j in range(v.end, t.start))]
        if not told:
            continue
        verb = told[-1]
        about = next(j for j in range(verb.end, t.start) if doc.tokens[j].norm in topic)
        if not any(m.type == "Person" for m in ctx.in_range(verb.end, about)):
            continue  # "сообщил о разговоре с Пленковичем": no one briefed, the teller's own talks
        lo, _ = ctx.clause(s, verb.start)
        tellers = [m.actor for m in ctx.in_range(lo, verb.start) if m.type == "Person"]
        partners = sorted((m for m in ctx.in_range(t.end, min(s.last, t.end + 6)) if m.type in ("Person", "Country")
                           and any(doc.tokens[j].norm in with_words for j in range(max(t.end, m.first - 3), m.first))),
                          key=lambda m: (m.type != "Person", m.first))  # "с премьером Хорватии Пленковичем": him
        partners = [m.actor for m in partners]
        if tellers and partners and partners[0] != tellers[-1]:
            return [_Part(tuple(kept), None, tuple(sorted({tellers[-1], partners[0]})))]
    return None


def _told_in_a_briefing(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list:  # type: ignore[type-arg]
    """The triggers left once those told as what someone briefed another on are gone, where no partner is named
    after them ("Truss updated him on her visit to the summit", "поінформував його про свій візит на саміт"): the
    teller's trip is the topic of this talk, no meeting with the one briefed. With a partner ("briefed Zelensky on
    his talks with Putin") `_briefed_on` tells the talks."""
    doc = ctx.doc
    verbs = doc.lexicon.phrases("meeting_briefing_verbs").matches(doc.lemmas, None, s.first, s.last)
    if not verbs:
        return kept
    topic, with_words = doc.lexicon.words("meeting_briefing_preps"), doc.lexicon.words("with_words")
    pronouns = doc.lexicon.lemmas_of("object_pronouns")
    out = []
    for t in kept:
        # (the topic runs to the end of its clause: "on her visit to the European Political Community meeting")
        told = [v for v in verbs if v.end <= t.start <= v.end + 14
                and any(doc.tokens[j].norm in topic for j in range(v.end, min(t.start, v.end + 6)))
                and ctx.clause(s, v.end)[1] > t.start]
        if told:
            verb = told[-1]
            about = next(j for j in range(verb.end, t.start) if doc.tokens[j].norm in topic)
            briefed = any(m.type == "Person" for m in ctx.in_range(verb.end, about)) or any(
                doc.lemmas[j] & pronouns for j in range(verb.end, about))
            partner = any(doc.tokens[j].norm in with_words for j in range(t.end, min(s.last, t.end + 4)))
            # (but "briefed him on the Russian-Chinese summit", "об итогах российско-китайского саммита": a meeting
            # whose states its own compound adjective names is theirs, told as the topic)
            if briefed and not partner and len(_compound_states(ctx, max(s.first, t.start - 3), t.start)) < 2:
                continue
        out.append(t)
    return out


def _possessed_thing(ctx: ArticleContext, t) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb trigger's object is a person's thing, his name a possessive before a common noun ("welcomed
    Biden's promise", "received Biden's letter"), not the person ("hosted Biden's envoy": a person noun; "welcomed
    Biden's visit": a meeting word)."""
    doc = ctx.doc
    if t.end - t.start != 1 or not _verb_trigger(ctx, t):
        return False
    people = doc.lexicon.lemmas_of("person_nouns") | doc.lexicon.lemmas_of("meeting_object_people_nouns") \
        | doc.lexicon.lemmas_of("leader_words") | doc.lexicon.lemmas_of("counterpart")

    def thing(j: int) -> bool:
        return j < len(doc.tokens) and not doc.capitalised[j] and doc.tokens[j].text.isalpha() and not (
            doc.lemmas[j] & people or doc.lexicon.compiled.roles.longest(doc.lemmas, None, j, j + 1)
            or doc.lexicon.compiled.meeting.longest(doc.lemmas, None, j, min(len(doc.tokens), j + 2)))

    m = next((m for m in ctx.in_range(t.end, min(len(doc.tokens), t.end + 6)) if m.first == t.end), None)
    if m is not None:
        return m.type == "Person" and doc.tokens[m.last - 1].norm.endswith(("'s", "’s")) and thing(m.last)
    # "The leaders welcomed the increased defence cooperation": a reception verb whose object, after its article, is
    # a thing (no person, title, leader or meeting word before the clause goes on)
    if not doc.lemmas[t.start] & doc.lexicon.lemmas_of("meeting_greeting_verbs") \
            or t.end >= len(doc.tokens) or doc.tokens[t.end].norm not in doc.lexicon.words("determiners"):
        return False
    words = range(t.end + 1, min(len(doc.tokens), t.end + 5))
    if any(m.first in words or m.first == t.end + 1 for m in ctx.in_range(t.end, words.stop + 1)):
        return False
    return all(thing(j) for j in words if doc.tokens[j].text.isalpha()) and any(
        doc.tokens[j].text.isalpha() for j in words)


def _invitations_of(invitation: list, t) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The invitation words that make an in-person meeting's word the visit invited to: any in the sentence, but a
    bare verb of refusal ("rejected a visit to Russia", "отклонил визит") only for the word it governs, a few words
    after it; before any other it is no invitation ("demographic decline" after "their summit", "отклонил
    претензии" after talks held)."""
    return [m for m in invitation if not (m.payload == "decline" and m.end - m.start == 1)
            or 0 <= t.start - m.end <= 4]


def _comma_between(ctx: ArticleContext, x: PhraseMatch, y: PhraseMatch) -> bool:
    """Whether a comma stands between two phrases of a sentence."""
    a, b = (x, y) if x.start < y.start else (y, x)
    return "," in ctx.doc.article.text[ctx.doc.tokens[a.end - 1].end:ctx.doc.tokens[b.start].start]


def _held_before_invitation(ctx: ArticleContext, t, invitation: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """Whether a meeting's word is a verb in the past told, with the person met, before every invitation word of its
    sentence ("met Xi on Tuesday and invited him to visit Moscow", "встретился с Си и пригласил его посетить Москву"):
    the meeting was held, the invitation given at it; not "invited him to visit ..., where they will meet", not a noun
    ("визит"), not an arrival with nobody met ("приїхав до РФ на святкування, запрошення на яке отримав")."""
    first = min((m.start for m in invitation), default=t.end)
    return _verb_trigger(ctx, t) and _past_verb(ctx, t.start) and first >= t.end and any(
        m.type == "Person" for m in ctx.in_range(t.end, first))


def _recalled(ctx: ArticleContext, s: SentenceSpan, t) -> bool:  # type: ignore[no-untyped-def]
    """Whether a meeting's word follows a word of recalling ("recalled that the official visit by X in 2014",
    "напомнив, что визит X в 2014 году", "нагадавши, що візит"): an earlier event, held, whatever invitation the
    sentence tells."""
    doc = ctx.doc
    recalls = doc.lexicon.phrases("meeting_recall_verbs").matches(doc.lemmas, None, max(s.first, t.start - 5), t.start)
    return any(t.start - m.end <= 4 for m in recalls)


def _attendance_list(ctx: ArticleContext, s: SentenceSpan, kept: list) -> bool:  # type: ignore[type-arg]
    """A sentence listing who attended a meeting told before ("На расширенной встрече присутствовали Шойгу, Лавров и
    Новак", "На зустрічі були присутні ...", "The expanded meeting was attended by Lavrov and Novak"): the
    delegations' people, no meeting among themselves. Every meeting word names the setting, right before the
    attendance words, with no one named before it (not "Путин присутствовал на встрече": a guest of his own)."""
    doc = ctx.doc
    attendance = doc.lexicon.phrases("meeting_attendance_words").matches(doc.lemmas, None, s.first, s.last)
    if not attendance:
        return False
    persons = [m.first for m in ctx.in_range(s.first, s.last) if m.type == "Person"]
    return all(any(0 <= a.start - t.end <= 3 for a in attendance) and not any(p < t.start for p in persons)
               for t in kept)


def _one_state(ctx: ArticleContext, participants: tuple[str, ...]) -> bool:
    """Whether every participant stands for one and the same state ("President Ramaphosa is received by his
    foreign minister Lamola at the airport", "Зеленський і Єрмак провели нараду"): a state's own people among
    themselves hold no talks between states."""
    states = {ctx.state_of(p) for p in participants}
    return len(participants) >= 2 and None not in states and len(states) == 1


def _last_spoke(ctx: ArticleContext, s: SentenceSpan) -> list:  # type: ignore[type-arg]
    """A plain verb of speaking told as the last time ("востаннє лідери говорили наприкінці липня", "в последний раз
    они говорили в мае", "the two last spoke in May"): an earlier call, though the verb alone tells none."""
    doc = ctx.doc
    speaking = doc.lexicon.lemmas_of("meeting_speaking_verbs")
    # ("Ранее Эрдоган говорил о мире", "earlier he spoke about peace", "говорил, что": what was said, no call)
    said = doc.lexicon.words("meeting_topic_preps") | doc.lexicon.words("clause_openers")
    for m in doc.lexicon.compiled.past_meeting.matches(doc.lemmas, None, s.first, s.last):
        for j in range(max(s.first, m.start - 1), min(s.last, m.end + 4)):
            if doc.lemmas[j] & speaking and not (j + 1 < s.last and doc.tokens[j + 1].norm in said) \
                    and "," not in doc.article.text[doc.tokens[j].end:doc.tokens[j].end + 1]:
                return [PhraseMatch(j, j + 1, "generic")]
    return []


def _with_the_addressee(ctx: ArticleContext, s: SentenceSpan, part: _Part, sight: Sighting,
                        before: list[Sighting]) -> Sighting:
    """A meeting of "yours" in speech told at a meeting ("Путин передаёт вам привет, с удовольствием вспоминает вашу
    встречу в Тегеране", "remembers your meeting in Tehran"): a past one of the person named before it and of the
    one spoken to, who is the party of the meeting told before from another state than that person's; not the one
    who speaks ("..., Lavrov said")."""
    doc = ctx.doc
    yours = doc.lexicon.lemmas_of("meeting_addressee_possessives")
    trigger = next((t for t in part.triggers if t.start > s.first and doc.lemmas[t.start - 1] & yours), None)
    if trigger is None:
        return sight
    named = [m.actor for m in ctx.in_range(s.first, trigger.start) if m.type == "Person"]
    told = [x for x in before if len(x.participants) == 2 and not x.past]
    if not named or not told:
        return sight
    subject = named[-1]
    others = [p for p in told[-1].participants if p != subject and ctx.state_of(p) != ctx.state_of(subject)]
    if len(others) != 1 or ctx.state_of(subject) is None:
        return sight
    return replace(sight, participants=tuple(sorted((subject, others[0]))), past=True, both_sides=False)


def _last_been(ctx: ArticleContext, s: SentenceSpan) -> list[_Part]:
    """A stay told as the last time ("Останній раз Путін був у Індії в грудні 2021 року", "в последний раз Путин был
    в Индии в 2021 году", "the last time Putin was in India"): an earlier visit of the person named before
    the verb to the state named right after it, though "was in" alone tells none. Its host is a person of that state
    named in the sentence, else the state."""
    doc = ctx.doc
    been = doc.lexicon.lemmas_of("meeting_been_verbs")
    places = doc.lexicon.words("meeting_stay_preps")
    lem = lemmatizer(doc.lang)
    for m in doc.lexicon.compiled.past_meeting.matches(doc.lemmas, None, s.first, s.last):
        for j in range(max(s.first, m.start - 3), min(s.last - 2, m.end + 4)):
            if not doc.lemmas[j] & been or (isinstance(lem, PymorphyLemmatizer)
                                             and not lem.is_past_verb(doc.tokens[j].norm)):
                continue
            k = j + 1
            if k >= s.last or doc.tokens[k].norm not in places:
                continue
            state = next((ctx.gaz.country_of(x.actor) for x in ctx.in_range(k + 1, min(s.last, k + 3))
                          if x.first == k + 1), None)
            guests = [x.actor for x in ctx.in_range(s.first, j) if x.type == "Person"]
            if state is None or not guests or ctx.state_of(guests[-1]) == state:
                continue
            hosts = [x.actor for x in ctx.in_range(s.first, s.last) if x.type == "Person" and x.via != "title"
                     and ctx.state_of(x.actor) == state]
            return [_Part((PhraseMatch(j, j + 1, "in_person"),), None,
                          tuple(sorted((guests[-1], hosts[0] if hosts else state))), True)]
    return []


_LEADER_ROLES = frozenset({"president", "prime_minister", "head_of_state", "king", "emir", "chancellor",
                           "supreme_leader", "crown_prince"})


def _before_unreal(ctx: ArticleContext, s: SentenceSpan, part: _Part, blocked: list) -> _Part:  # type: ignore[type-arg]
    """A part cut where a meeting not held follows it ("розмова відбулася напередодні очікуваного саміту між Путіним
    та Трампом", "the call came ahead of an expected summit of Putin and Trump"): that meeting's people and days are
    its own."""
    if part.span is not None or part.participants or not blocked:
        return part
    doc = ctx.doc
    end = max(t.end for t in part.triggers)
    later = [b for b in blocked if b.start >= end]
    if not later:
        return part
    cut = min(b.start for b in later)
    for kind in ("meeting_before_event_preps", "meeting_after_event_preps"):
        for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, end, cut):
            if cut - 3 <= m.end <= cut:
                cut = min(cut, m.start)
    return replace(part, span=(s.first, cut))


def _on_the_eve_of(ctx: ArticleContext, t) -> bool:  # type: ignore[no-untyped-def]
    """Whether a time is "накануне", "напередодні" told before an event in the genitive ("напередодні головування
    Франції", "накануне визита"): the eve of that event, not the day before the one told."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer) or t.last - t.first != 1 or t.last >= len(doc.tokens):
        return False
    if doc.tokens[t.first].norm not in doc.lexicon.get("meeting_before_event_preps", []):
        return False
    for j in range(t.last, min(len(doc.tokens), t.last + 3)):
        parses = lem._parse(doc.tokens[j].norm)
        if not parses or parses[0].tag.POS not in ("NOUN", "ADJF", "PRTF") or doc.capitalised[j]:
            return False  # ("Накануне Путин совершил поездку": a name, the subject of the day before)
        if parses[0].tag.POS == "NOUN":
            return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in parses[:4])
    return False


def _eve_of_meeting(ctx: ArticleContext, s: SentenceSpan, kept: list) -> bool:  # type: ignore[type-arg]
    """Whether the sentence tells its meeting as held on the eve of another ("Накануне визита в Россию лидер посетил
    Киев", "Напередодні візиту до США ... зустрівся", "On the eve of his visit to Russia he met"): an eve word
    (`meeting_eve_words`) right before a meeting word, and a meeting word of its own after that one."""
    doc = ctx.doc
    for m in doc.lexicon.phrases("meeting_eve_words").matches(doc.lemmas, None, s.first, s.last):
        other = next((t for t in kept if m.end <= t.start <= m.end + 2), None)
        if other is None:
            other_words = doc.lexicon.compiled.meeting.matches(doc.lemmas, None, m.end, min(s.last, m.end + 3))
            other = other_words[0] if other_words else None
        if other is not None and any(t.start >= other.end for t in kept):
            return True
    return False


def _past_verb(ctx: ArticleContext, j: int) -> bool:
    """Whether the word is a verb in the past ("провёл", "held", "talked")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[j].norm
    if isinstance(lem, PymorphyLemmatizer):
        return lem.is_past_verb(norm)
    return norm.endswith("ed") or norm in ctx.doc.lexicon.irregular


def _cosigned(ctx: ArticleContext, s: SentenceSpan) -> tuple[list, tuple[str, ...]]:  # type: ignore[type-arg]
    """A signing by people of two states told as their joint act, whoever they are ("У Лондоні Зеленський і Джонсон
    підписали угоду", "Putin and Kim signed the treaty", "Документ подписали премьер-министр Шмыгаль и министр торговли
    Турции Муш", "Подписи под меморандумом поставили министры X и Y", "the deal was signed by X for Russia and Y for
    China"): they met in person to sign. Gives the verb as a trigger and the signatories."""
    doc = ctx.doc
    verbs = list(doc.lexicon.phrases("meeting_cosigning_verbs").matches(doc.lemmas, None, s.first, s.last))
    # "Подписи под меморандумом поставили X и Y": the signatures first, the verb after them
    nouns, put = doc.lexicon.lemmas_of("meeting_signature_nouns"), doc.lexicon.lemmas_of("meeting_signature_verbs")
    verbs += [PhraseMatch(k, k + 1, "") for j in range(s.first, s.last) if doc.lemmas[j] & nouns
              for k in range(j + 1, min(s.last, j + 6)) if doc.lemmas[k] & put and _verb_at(ctx, k)]
    for m in verbs:
        lo, hi = ctx.clause(s, m.start)

        def signer(x) -> bool:  # type: ignore[no-untyped-def]
            return x.type == "Person" and ctx.is_participant_person(x.actor) and not ctx.reports_rather_than_meets(x)

        before = [x for x in ctx.in_range(lo, m.start) if signer(x)]
        before = [x for x in before if not _possessor(ctx, x, before)]
        if len({x.actor for x in before}) >= 2:
            # leaders only when named as the subject: ministers signing at their leaders' talks ("по их итогам
            # министры X и Y подписали") are told beside the talks, not as an event of their own
            leaders = all({r.role for r in ctx.gaz.roles_of(x.actor, ctx.ref) or ctx.gaz.roles_of(x.actor, None)}
                          & _LEADER_ROLES for x in before)
            if leaders and _coordinated_subjects(ctx, before, m.start) and _two_states(ctx, before, lo, hi):
                return [PhraseMatch(m.start, m.end, "in_person")], tuple(sorted({x.actor for x in before}))
            continue
        if before or any(x.type == "Person" for x in ctx.in_range(lo, m.start)):
            continue  # "Putin signed a treaty with Tokayev and Mirziyoyev": the signer is the subject
        # the signatories after the verb ("Документ подписали X и Y", "signed by X and Y"), up to those who only
        # attended ("в присутствии президентов")
        presence = doc.lexicon.phrases("meeting_presence_words").matches(doc.lemmas, None, m.end, hi)
        limit = min([p.start for p in presence] + [hi])
        after = [x for x in ctx.in_range(m.end, limit) if signer(x)]
        after = [x for x in after if not _possessor(ctx, x, after)]
        if len({x.actor for x in after}) >= 2 and _listed_together(ctx, after) and _two_states(ctx, after, lo, hi):
            return [PhraseMatch(m.start, m.end, "in_person")], tuple(sorted({x.actor for x in after}))
    return [], ()


def _signing_completed(ctx: ArticleContext, s: SentenceSpan, sightings: list[Sighting]) -> bool:
    """The sentence after a signing told as one, completing it ("Подписание состоялось 8 августа при участии
    президента США", "The signing took place on 8 August with the participation of the US president", "Підписання
    відбулося ... за участі"): the same event gets its day and the people who took part; no new meeting. Gives
    whether it did (the signing's sighting is changed in place)."""
    doc = ctx.doc
    if not sightings or sightings[-1].sentence.index != s.index - 1 or len(sightings[-1].participants) < 2:
        return False
    before = doc.sentences[s.index - 1]
    if not doc.lexicon.phrases("meeting_cosigning_verbs").matches(doc.lemmas, None, before.first, before.last):
        return False
    nouns = doc.lexicon.phrases("meeting_signing_nouns").matches(doc.lemmas, None, s.first, min(s.last, s.first + 4))
    if not nouns or not doc.lexicon.phrases("meeting_took_place").matches(doc.lemmas, None, nouns[0].end, s.last):
        return False
    times = [t for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)
             and (ctx.ref is None or t.when.first_day() <= ctx.ref)]
    presence = doc.lexicon.phrases("meeting_presence_words").matches(doc.lemmas, None, nouns[0].end, s.last)
    joined = {m.actor for p in presence[:1] for m in ctx.in_range(p.end, s.last) if m.type == "Person"
              and ctx.is_participant_person(m.actor) and not _relative(ctx, m)}
    signing = sightings[-1]
    when = signing.date or _closest(times, nouns[0].start)
    stated = dict(signing.stated_in)
    if signing.date is None and when is not None:
        stated["date"] = len(signing.evidence)
    place = signing.place or _place(ctx, s, s.first, s.last)
    if signing.place is None and place is not None:
        stated["place"] = len(signing.evidence)
    sightings[-1] = replace(signing, participants=tuple(sorted({*signing.participants, *joined})), date=when,
                            place=place, evidence=[*signing.evidence, ctx.evidence(s, "meetings")], stated_in=stated)
    return True


def _listed_together(ctx: ArticleContext, persons: list) -> bool:  # type: ignore[type-arg]
    """Whether people named one after another are joined by "and", with their titles and states between ("министр
    иностранных дел России Лавров и министр иностранных дел Китая Ван И", "X for Russia and Y for China")."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    ordered = sorted(persons, key=lambda x: x.first)
    return all(b.first - a.last <= 10 and any(doc.tokens[j].norm in coordination for j in range(a.last, b.first))
               and not any(_verb_at(ctx, j) for j in range(a.last, b.first)) for a, b in zip(ordered, ordered[1:]))


def _two_states(ctx: ArticleContext, persons: list, lo: int, hi: int) -> bool:  # type: ignore[type-arg]
    """Whether signatories stand for two states: by who they are, by the state named beside each ("министр торговли
    Турции Муш", "Шмыгаль с украинской стороны", "X for Russia"), or as "the two countries'" officials."""
    doc = ctx.doc
    countries = [c for c in ctx.in_range(lo, hi) if c.type == "Country"]
    states = set()
    unknown = 0
    for x in persons:
        state = ctx.state_of(x.actor)
        if state is None:
            near = sorted((min(abs(x.first - c.last), abs(c.first - x.last)), c.first, c.actor) for c in countries
                          if 0 <= x.first - c.last <= 3 or 0 <= c.first - x.last <= 3)
            state = ctx.gaz.country_of(near[0][2]) if near else None
        if state is None:
            unknown += 1
        else:
            states.add(state)
    if len(states) >= 2:
        return True
    two = doc.lexicon.phrases("meeting_two_states_words").matches(doc.lemmas, None, lo, hi)
    return len(states) + unknown >= 2 and bool(unknown) and bool(two)


def _beyond_unreal_settings(ctx: ArticleContext, s: SentenceSpan, kept: list, blocked: list) -> list:  # type: ignore[type-arg]
    """The triggers that tell no setting of a meeting not held: "are likely to meet in July during the G20 summit",
    "могут встретиться на полях саммита", "ймовірно, зустрінуться під час саміту" (the summit is where the forecast
    meeting would be, no meeting of its own), nor an event told as coming after it ("Before the US visit, the two
    leaders are likely to meet")."""
    if not blocked:
        return kept
    doc = ctx.doc
    links = [m for kind in ("during", "meeting_setting_words")
             for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, s.first, s.last)]
    # "Before the US visit, the two leaders are likely to meet": in a forecast, what comes after "before" is later still
    words = doc.lexicon.words("meeting_before_event_preps")
    speech = doc.lexicon.lemmas_of("reporting_verbs") | doc.lexicon.lemmas_of("meeting_speech_verbs")
    coordination = doc.lexicon.words("coordination_words")
    before = [m for m in doc.lexicon.phrases("meeting_before_event_preps").matches(doc.lemmas, None, s.first, s.last)
              if m.end - m.start > 1 or doc.tokens[m.start].norm in words]
    also = doc.lexicon.phrases("meeting_also_conjunctions").matches(doc.lemmas, None, s.first, s.last)
    # "discussed preparations for the summit during their meeting": an event named as being prepared is unreal in
    # its own noun phrase; the meeting where it was discussed is no setting of it
    preparing = doc.lexicon.lemmas_of("meeting_preparation_nouns")
    projecting = [b for b in blocked if not any(doc.lemmas[j] & preparing for j in range(max(s.first, b.start - 3),
                                                                                        min(s.last, b.end + 3)))]
    out = []
    for t in kept:
        clause = ctx.clause(s, t.start)
        if any(b.end <= t.start and ctx.clause(s, b.start) == clause and any(
                b.end <= m.start and m.end <= t.start for m in links) for b in projecting):
            continue
        # "he will visit South Africa and participate in the G20 meetings", "посетит Москву и проведёт переговоры": a
        # meeting joined by "and" to one not held is not held either
        if any(b.end <= t.start <= b.end + 10 and ctx.clause(s, b.start) == clause and b.payload != "generic"
               and any(doc.tokens[j].norm in coordination for j in range(b.end, t.start))
               and not any(_past_verb(ctx, j) for j in range(b.end, t.end))
               and _new_predicate(ctx, b.end, t.start) is None for b in blocked):
            continue  # (not "could not visit Kyiv and held talks by phone": a verb of its own, in the past)
        if any(m.end <= t.start <= m.end + 3 for m in before) and any(
                b.start > t.end and not any(doc.lemmas[j] & speech for j in range(t.end, b.start)) for b in blocked):
            continue  # (not "Перед зустріччю з Путіним Трамп заявляв, що подзвонить": a coming call was said)
        # "проведе переговори з Моді, а також окрему зустріч із Мурму", "will hold talks with Modi as well as a separate
        # meeting with Murmu": an object joined by "as well as" with no verb of its own shares the unreal predicate
        if any(b.end <= m.start and m.end <= t.start and t.start - b.end <= 14
               and not any(_finite_verb(ctx, j) for j in range(m.end, t.end)) for b in blocked for m in also):
            continue
        out.append(t)
    return out


def _finite_verb(ctx: ArticleContext, j: int) -> bool:
    """Whether the word is a finite verb in any tense ("провёл", "проведе", "встречается"; "held", "will")."""
    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[j].norm
    if isinstance(lem, PymorphyLemmatizer):
        return lem.is_past_verb(norm) or lem.is_present_verb(norm) or lem.is_future_verb(norm)
    return _plain_past_verb(ctx, j) or norm in ctx.doc.lexicon.words("future_aux")


def _mediator(ctx: ArticleContext, s: SentenceSpan) -> tuple[int, str] | None:
    """Where a sentence names a mediator of talks ("при посредничестве президента США Дональда Трампа", "за
    посередництва Сполучених Штатів", "brokered by Qatar") and who: the person named, else the state's leader the
    article names, else the state."""
    doc = ctx.doc
    for m in doc.lexicon.phrases("meeting_mediators").matches(doc.lemmas, None, s.first, s.last):
        near = ctx.in_range(m.end, min(s.last, m.end + 6))
        person = next((x for x in near if x.type == "Person" and x.via != "title"), None) or next(
            (x for x in near if x.type == "Person"), None)
        if person is not None:
            return m.start, person.actor
        state = next((x.actor for x in near if x.type == "Country"), None)
        if state is not None:
            return m.start, _leader_named(ctx, state)
    return None


def _calls_on(ctx: ArticleContext, s: SentenceSpan, triggers: list) -> list:  # type: ignore[type-arg]
    """The triggers, with a call word used as the verb of a visit ("called on President Rajapaksa", "calls on the
    visiting minister": the lexicon's "meeting_visit_call_phrases") told as in person; the same verb with an
    infinitive after its person ("called on Putin to end the war": the lexicon's "meeting_urge_markers") urges
    and tells no meeting. A call noun ("a call on Tuesday", "the call on Ukraine") stays as it was."""
    doc = ctx.doc
    triggers = [c for c in (_called_someone(ctx, s, t) for t in triggers) if c is not None]
    phrases = doc.lexicon.phrases("meeting_visit_call_phrases")
    if not doc.lexicon.get("meeting_visit_call_phrases"):
        return triggers
    markers = doc.lexicon.words("meeting_noun_markers") | doc.lexicon.words("determiners")
    urge = doc.lexicon.words("meeting_urge_markers")
    calls = {m.start: m for m in phrases.matches(doc.lemmas, None, s.first, s.last)}
    out = []
    for t in triggers:
        m = calls.get(t.start)
        noun = t.start > s.first and doc.tokens[t.start - 1].norm in markers  # "a call on Tuesday"
        if m is None or t.payload in ("phone", "video") or noun:
            out.append(t)
            continue
        party = next((x for x in sorted(ctx.in_range(m.end, min(s.last, m.end + 6)), key=lambda x: x.first)
                      if x.type in ("Person", "Country", "Organization")), None)
        if party is None:
            out.append(t)
            continue
        nxt = party.last
        if nxt < s.last and doc.tokens[nxt].norm in urge:
            continue  # urged, no meeting
        out.append(PhraseMatch(t.start, max(t.end, m.end), "in_person", t.exact))
    return out


def _received_a_thing(ctx: ArticleContext, s: SentenceSpan, t) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb of receiving (the lexicon's "meeting_receive_verbs": "принял", "прийняв"; "received a letter")
    takes a thing as its object ("принял закон", "прийняв рішення", "приняли заявление"): a common noun right after
    it, in no actor's mention and no word of a delegation. A person ("принял Си"), a pronoun ("принял его") or a
    place ("прийняв у Кремлі") after it keeps the meeting."""
    doc = ctx.doc
    # "received a letter from Putin", "received a personal message": a verb taking its object (the lexicon's
    # "meeting_object_verbs"), then a thing of the lexicon's "meeting_received_things" (where no parser tells nouns)
    things = doc.lexicon.lemmas_of("meeting_received_things")
    if things and t.end - t.start == 1 and doc.tokens[t.start].norm in doc.lexicon.words("meeting_object_verbs"):
        j = t.end
        while j < s.last and doc.tokens[j].norm in doc.lexicon.words("determiners"):
            j += 1
        if any(doc.lemmas[k] & things for k in range(j, min(s.last, j + 2))):
            return True
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer) or t.end - t.start != 1 or t.end >= s.last or not (
            doc.lemmas[t.start] & doc.lexicon.lemmas_of("meeting_receive_verbs")):
        return False
    # "принимаемые меры", "решение принято", "прийнято рішення": a passive participle (but for a guest's "был принят
    # Путиным") or an impersonal form tells a thing adopted, nobody received
    tag = next(iter(lem._parse(doc.tokens[t.start].norm)), None)
    tag = tag.tag if tag is not None else None
    if tag is not None and (tag.POS == "PRTF" and "pssv" in tag or tag.POS == "PRTS" and "neut" in tag
                            or tag.POS == "VERB" and "Impe" in tag):
        return True
    j = t.end
    if doc.capitalised[j] or any(m.first <= j < m.last for m in ctx.in_range(t.end, min(s.last, j + 4))) or (
            doc.lemmas[j] & doc.lexicon.lemmas_of("meeting_delegation_words")):
        return False
    # "принял премьер-министра Индии Нарендру Моди", "прийняв міністра закордонних справ Польщі": a title, the
    # person's name (if any) after it, is a person received
    people = doc.lexicon.lemmas_of("person_nouns") | doc.lexicon.lemmas_of("meeting_object_people_nouns")
    if doc.lemmas[j] & people or any(
            r.start == j for r in doc.lexicon.compiled.roles.matches(doc.lemmas, None, j, min(s.last, j + 6))):
        return False
    parses = lem._parse(doc.tokens[j].norm)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _called_someone(ctx: ArticleContext, s: SentenceSpan, t):  # type: ignore[no-untyped-def]
    """A remote-only word used as a verb whose object is a person ("the latter called him", "phoned Putin"): a call,
    not a generic word whose medium other sentences tell; None when an article follows the person ("called Xi a
    friend"): the verb names, no meeting."""
    doc = ctx.doc
    if t.payload != "generic" or t.end >= s.last or not _verb_trigger(ctx, t) \
            or not doc.lexicon.compiled.remote_only.matches(doc.lemmas, None, t.start, t.end):
        return t
    objects = doc.lexicon.words("object_pronouns")
    person = next((m for m in ctx.in_range(t.end, min(s.last, t.end + 4)) if m.first == t.end and m.type == "Person"),
                  None)
    if doc.tokens[t.end].norm not in objects and person is None:
        return t
    after = t.end + 1 if person is None else person.last
    times = doc.lexicon.lemmas_of("duration_units") | doc.lexicon.lemmas_of("day_words") | doc.lexicon.lemmas_of(
        "week_words")  # "called Putin a day after the vote": a call
    if after + 1 < s.last and doc.tokens[after].norm in doc.lexicon.words("meeting_naming_markers") and not (
            doc.lemmas[after + 1] & times):
        return None  # "called Xi a friend": the verb names him so, tells no call
    if after + 1 < s.last and doc.tokens[after].norm in doc.lexicon.words("meeting_urge_markers") and not \
            doc.lemmas[after + 1] & doc.lexicon.lemmas_of("call_purpose_verbs"):
        return t  # "called Ramaphosa to mediate the dispute": asked him to act (but "called him to congratulate him")
    return PhraseMatch(t.start, t.end, "phone", t.exact)


def _press_conferences_with(ctx: ArticleContext, s: SentenceSpan, triggers: list) -> list:  # type: ignore[type-arg]
    """The triggers, with a press conference held with somebody named a few words on ("під час пресконференції у
    Києві з держсекретарем США Блінкеном", "a news conference in Kyiv with Blinken"): the two met in person."""
    doc = ctx.doc
    with_words = doc.lexicon.words("with_words")
    joint_words = doc.lexicon.lemmas_of("meeting_joint_press_words")
    persons = [m for m in ctx.in_range(s.first, s.last) if m.type == "Person"]
    found = []
    for m in doc.lexicon.phrases("meeting_press_words").matches(doc.lemmas, None, s.first, s.last):
        if any(t.start < m.end and m.start < t.end for t in triggers):
            continue
        near = [j for j in range(m.end, min(s.last, m.end + 4)) if doc.tokens[j].norm in with_words]
        if near and any(0 < p.first - near[0] <= 6 for p in persons):
            found.append(PhraseMatch(m.start, m.end, "in_person"))
            continue
        lo, _ = ctx.clause(s, m.start)
        # "під час спільного з президентом Азербайджану Алієвим брифінгу", "на совместной с Си пресс-конференции":
        # a joint word before the press word, with the partner named between them
        joint = [j for j in range(max(lo, m.start - 9), m.start) if doc.lemmas[j] & joint_words]
        if joint and any(joint[0] < p.first and p.last <= m.start for p in persons):
            found.append(PhraseMatch(m.start, m.end, "in_person"))
            continue
        # "Ruto and his Rwandan counterpart Kagame addressed a press conference": two people, one subject, one stage
        before = [p for p in persons if lo <= p.first and p.last <= m.start and not ctx.reports_rather_than_meets(p)]
        if len({p.actor for p in before}) >= 2 and _coordinated_subjects(ctx, before, m.start):
            found.append(PhraseMatch(m.start, m.end, "in_person"))
    return sorted(triggers + found, key=lambda t: t.start) if found else triggers


def _frames_told_by_their_meetings(sightings: list[Sighting]) -> list[Sighting]:
    """A visit told with its span of days ("18–19 серпня перебував з візитом") whose meetings are told one by one
    on their own days is the frame of those meetings, not a meeting of its own over the span: it keeps the one day
    its sentence names last, as every other sighting does."""
    out = []
    for x in sightings:
        if x.end_date is not None and x.date is not None and any(
                y is not x and y.participants in (x.participants, ()) and y.date is not None and y.date.day is not None
                and x.date.sort_key() <= y.date.sort_key() <= x.end_date.sort_key() for y in sightings):
            x = replace(x, date=x.end_date, end_date=None)
        out.append(x)
    return out


def _with_compounds(ctx: ArticleContext, s: SentenceSpan, triggers: list) -> list:  # type: ignore[type-arg]
    """The sentence's triggers, with words a medium stem begins ("видеоконференцсвязь", "відеозв'язком",
    "video-conferencing", "telephoned"): every compound of a medium word says that medium, whatever generic word
    ("беседа", "talks") stands beside it, which it replaces."""
    doc = ctx.doc
    stems = [(m, tuple(prefixes)) for m, prefixes in sorted(doc.lexicon.get("meeting_medium_stems", {}).items())]
    found = []
    for j in range(s.first, s.last):
        norm = doc.tokens[j].norm
        medium = next((m for m, prefixes in stems if norm.startswith(prefixes)), None)
        if medium is not None:
            found.append(PhraseMatch(j, j + 1, medium))
    # "the first virtual bilateral summit", "виртуальный двусторонний саммит": a meeting word told as virtual
    modifiers = doc.lexicon.lemmas_of("meeting_video_modifiers")
    triggers = [PhraseMatch(t.start, t.end, "video", t.exact) if t.payload in ("in_person", "generic") and any(
        doc.lemmas[j] & modifiers for j in range(max(s.first, t.start - 3), t.start)) else t for t in triggers]
    if not found:
        return triggers
    covered = {j for t in triggers if t.payload in ("phone", "video") for j in range(t.start, t.end)}
    extra = [m for m in found if m.start not in covered]
    taken = {m.start for m in extra}
    return sorted([t for t in triggers if not taken.intersection(range(t.start, t.end))] + extra,
                  key=lambda t: t.start)


def _in_relative_clause(ctx: ArticleContext, s: SentenceSpan, index: int) -> bool:
    """Whether the token sits in a clause opened by "который", "який", "who"... and not yet closed by a comma."""
    first, _ = ctx.clause(s, index)
    if first == s.first or not ctx.doc.lemmas[first] & ctx._openers:
        return False
    between = ctx.doc.article.text[ctx.doc.tokens[first].end:ctx.doc.tokens[index].start]
    return "," not in between


def _during_main(ctx: ArticleContext, kept: list) -> bool:  # type: ignore[type-arg]
    """"в ходе встречи", "during the talks" (not "during the BRICS summit": a summit is its own setting)."""
    words = ctx.doc.lexicon.phrases("during")
    summit = ctx.doc.lexicon.compiled.summit
    # ("during their bilateral meeting": a possessive and an adjective between, no name)
    return any(m.end >= t.start - 3 and m.start < t.start and not summit.matches(ctx.doc.lemmas, None, t.start, t.end)
               and not ctx.in_range(m.end, t.start)
               for t in kept for m in words.matches(ctx.doc.lemmas, None, max(0, t.start - 6), t.start))


def _weak(ctx: ArticleContext, start: int, end: int) -> bool:
    return bool(ctx.doc.lexicon.phrases("weak_in_person").matches(ctx.doc.lemmas, None, start, end))


def _one_per_place(ctx: ArticleContext, s: SentenceSpan, part: _Part, sight: Sighting) -> list[Sighting]:
    """A list of cities joined by "and" after the meeting's word, each with its own date or none of them dated ("at
    their meetings on 6 October in Prague and 31 October in Sochi", "на встречах в Праге 6 октября и в Сочи 31
    октября", "на зустрічах у Празі та Сочі"): one meeting per city, the dates taken in their order."""
    doc = ctx.doc
    # (an earlier meeting recalled inside another's sentence, "during the call they recalled their meetings in X and
    # Y", is listed the same way)
    if len(sight.participants) < 2 or (part.span is not None or part.participants) and not part.past:
        return [sight]
    start = part.triggers[-1].end
    last = ctx.clause(s, part.triggers[-1].start)[1]
    # states joined by "and" after "in" are places too ("met on the sidelines of summits in Brazil and Australia",
    # "встречались в Бразилии и Австралии", "in Brasília and South Africa"), none of them a
    # side's own ("sources in Argentina and Ukraine")
    sides = set(sight.participants) | {ctx.state_of(p) for p in sight.participants}
    cities = [m for m in ctx.in_range(start, last) if m.type == "City" or m.type == "Country" and m.actor not in sides]
    cities = cities[next((i for i, m in enumerate(cities) if _after_locative(ctx, m.first)), len(cities)):]
    # (with no place of its own, only a meeting in person: a call has none)
    if len(cities) < 2 or cities[0].actor != (sight.place or cities[0].actor) or \
            sight.place is None and sight.medium != "in_person":
        return [sight]
    found = [t for t in find_times(doc, start, last, ctx.ref) if isinstance(t.when, PartialDate)]
    times = sorted((t for t in found if not any(o is not t and o.first <= t.first and t.last <= o.last
                                               and (o.first, o.last) != (t.first, t.last) for o in found)),
                   key=lambda t: t.first)
    dated = {j for t in times for j in range(t.first, t.last)}
    joiners = doc.lexicon.words("coordination_words") | doc.lexicon.words("meeting_place_preps")
    chain = [cities[0]]
    for m in cities[1:]:
        gap = [j for j in range(chain[-1].last, m.first) if j not in dated]
        if len(gap) > 3 or not all(doc.tokens[j].norm in joiners or doc.tokens[j].norm == "," or j + 1 in dated
                                   for j in gap) or \
                not any(doc.tokens[j].norm in doc.lexicon.words("coordination_words") for j in gap):
            break
        chain.append(m)
    lo, hi = chain[0].first - 4, chain[-1].last + 4
    times = [t for t in times if lo <= t.first < hi]
    if len(times) == 1 and (times[0].first >= chain[-1].last or times[0].last <= chain[0].first):
        times = []  # "met in Prague and in Sochi last year", "their meetings last year in Prague and Sochi": one date
    if len(chain) < 2 or len({m.actor for m in chain}) < len(chain) or times and len(times) != len(chain) or \
            len({t.when for t in times}) < len(times):
        return [sight]
    return [replace(sight, place=m.actor, date=times[i].when if times else sight.date, end_date=None)
            for i, m in enumerate(chain)]


@dataclass(frozen=True)
class _Part:
    """The triggers of one sentence that tell one meeting, with what was settled when the sentence was cut."""

    triggers: tuple  # type: ignore[type-arg]
    span: tuple[int, int] | None = None  # tokens telling this meeting alone; None: the triggers' clause
    participants: tuple[str, ...] = ()  # settled by the cut: a subject given to a part that names only the partner
    past: bool = False  # "after Erdogan's call with Zelensky": an earlier event told as the time of this one
    # minutes told for this meeting alone ("with Xi for an hour and with Modi for 30 minutes"), 0 when told for
    # another of the sentence's meetings only; None: the sentence's
    duration: int | None = None


def _other_events(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """A meeting told as the time of another ("после разговора Эрдогана с Зеленским", "days after Erdogan's call
    with Zelensky", "ahead of Trump's summit with Xi", "напередодні саміту Трампа і Сі"): the people of that event
    are not the main meeting's. An earlier one is a meeting of its own, with a date only if told inside it; a
    coming one is none."""
    doc = ctx.doc
    kept = sorted(kept, key=lambda t: t.start)
    if len(kept) < 2:
        return None
    fronted = _fronted_event(ctx, s, kept)
    if fronted is not None:
        return fronted
    markers = [(m, kind) for kind in ("meeting_after_event_preps", "meeting_before_event_preps")
               for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, s.first, s.last)]
    recalls = doc.lexicon.phrases("meeting_recall_words").matches(doc.lemmas, None, s.first, s.last)
    for t in kept[1:]:
        before = [(m, kind) for m, kind in markers if t.start - 3 <= m.end <= t.start and m.start > kept[0].end - 1]
        recalled = [m for m in recalls if t.start - 4 <= m.end <= t.start and m.start > kept[0].end - 1]
        if recalled and not before:
            # "..., вспомнив свою встречу в Астане", "recalling their talks in Astana last spring": an earlier
            # meeting recalled lends neither its place nor its medium to today's
            lo = recalled[-1].start
            main = [x for x in kept if x.start < lo]
            if not main:
                return None
            pair = _parties_in(ctx, s.first, lo, main[0].end)
            theirs = _parties_in(ctx, lo, s.last, t.end)
            if len(theirs) == 1 and len(pair) >= 2 and theirs[0] not in pair:
                # "сказал Си, напомнив о визите белорусского президента": the speaker and the one recalled
                speaker = next((p for p in pair if p != theirs[0]), None)
                theirs = tuple(sorted((speaker, theirs[0]))) if speaker else theirs
            recalled_part = _Part(tuple(x for x in kept if x.start >= lo), (lo, s.last),
                                  theirs if len(theirs) >= 2 else pair, True)
            return [_Part(tuple(main), (s.first, lo), pair if len(pair) >= 2 else ()), recalled_part]
        if not before:
            continue
        marker, kind = max(before, key=lambda mk: mk[0].end)
        if any(m.type == "Person" for m in ctx.in_range(marker.end, t.start)) and doc.lang != "en":
            continue  # "перед Путиным": a person, not an event, follows the preposition
        lo = marker.start
        hi = next((j for j in range(t.end + 1, s.last)
                   if any(ch in doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start] for ch in ",;:—(")),
                  s.last)
        people = [m for m in ctx.in_range(lo, hi) if m.type == "Person" and ctx.is_participant_person(m.actor)]
        if not people:
            # "перед своєю зустріччю, о 13:00 сьогодні, з президентом України Зеленським": the partner after an aside
            with_words = doc.lexicon.words("with_words")
            later = [m for m in ctx.in_range(hi, min(s.last, hi + 10)) if m.type == "Person"
                     and any(doc.tokens[j].norm in with_words for j in range(max(hi, m.first - 5), m.first))]
            if not later:
                continue
            people, hi = later[:1], later[0].last
        main = [x for x in kept if not lo <= x.start < hi]
        if not main:
            return None
        pair = _parties_in(ctx, s.first, lo, main[0].end)
        speaker = _pronoun_antecedent(ctx, s, main[0].start) if len(pair) == 1 else None
        if speaker is not None and speaker not in pair:
            pair = tuple(sorted((*pair, speaker)))  # "I just had a call with Putin before my meeting with Zelensky"
        other = tuple(dict.fromkeys(m.actor for m in people))
        host = [m.actor for m in ctx.in_range(marker.end, t.start) if m.type == "Country"]
        if len(other) == 1 and len(host) == 1 and kind == "meeting_after_event_preps":
            # "The visit came weeks after Turkey hosted Berdimuhamedov at a summit": the state and its guest
            other = (host[0], other[0])
            if len(pair) < 2:  # the article's own event, unnamed here
                return [_Part(tuple(main), (s.first, lo), ()),
                        _Part(tuple(x for x in kept if lo <= x.start < hi), (lo, hi), tuple(sorted(other)), True)]
        if len(pair) < 2:
            return None
        if kind == "meeting_after_event_preps" and len(other) == 1 and other[0] not in pair and not any(
                m.type == "Person" for m in ctx.in_range(marker.end, t.start)):
            # "spoke with Erdogan, after speaking with Netanyahu earlier in the day", "hours after his call with
            # Netanyahu": the subject of the sentence held that earlier call too
            subject = next((m.actor for m in ctx.in_range(s.first, main[0].start)
                            if m.type == "Person" and m.actor in pair), None)
            # ("после своей беседы с Путиным": a reflexive possessive is plural only after a plural subject)
            subjects = {m.actor for m in ctx.in_range(s.first, main[0].start) if m.type == "Person" and m.actor in pair}
            reflexive = doc.lexicon.lemmas_of("reflexive_possessives")
            if any(doc.lemmas[j] & doc.lexicon.lemmas_of("plural_possessives")
                   and not (doc.lemmas[j] & reflexive and len(subjects) < 2) for j in range(marker.end, t.start)):
                other = tuple(sorted({*pair, other[0]}))  # "weeks after their trilateral summit with Kishida"
            elif subject is not None:
                other = (subject, other[0])
        parts = [_Part(tuple(main), (s.first, lo) if hi == s.last else None, pair)]
        if kind == "meeting_after_event_preps" and len(other) >= 2:
            parts.append(_Part(tuple(x for x in kept if lo <= x.start < hi), (lo, hi), tuple(sorted(other)), True))
        return parts
    return None


def _sequenced(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """Two meetings set in order by a verb between them ("Розмові з президентом України передувало спілкування
    Трампа з Путіним", "The call with Zelensky was preceded by Trump's talk with Putin"): each side is a meeting of
    its own, with the pair, the duration and the date it names; a side that names no pair is a meeting told before
    (its people, given here only in part, are not the other side's)."""
    doc = ctx.doc
    kept = sorted(kept, key=lambda t: t.start)
    order = doc.lexicon.lemmas_of("meeting_order_verbs")
    for k in range(1, len(kept)):
        verb = next((j for j in range(kept[k - 1].end, kept[k].start) if doc.lemmas[j] & order), None)
        if verb is None:
            continue
        parts = []
        for triggers, lo, hi in ((kept[:k], s.first, verb), (kept[k:], verb + 1, s.last)):
            pair = _parties_in(ctx, lo, hi, triggers[0].end)
            if len(pair) >= 2:
                parts.append(_Part(tuple(triggers), (lo, hi), pair))
        return parts or None
    return None


def _fronted_event(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """A sentence that opens with another meeting as its time ("Перед встречей с Си Видодо встретился с Ли", "After
    his talks with Xi, Putin met Modi"): the clause's own meeting is between the people after that phrase; an
    earlier one is a meeting of the subject with its partner, a coming one is none."""
    doc = ctx.doc
    t = kept[0]
    kinds = ("meeting_after_event_preps", "meeting_before_event_preps")
    opening = [(m, kind) for kind in kinds
               for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, s.first, t.start)
               if m.start == s.first and t.start - 3 <= m.end <= t.start]
    if not opening:
        return None
    marker, kind = opening[0]
    with_words = doc.lexicon.words("with_words")
    partner = next((m for m in ctx.in_range(t.end, min(s.last, t.end + 6)) if m.type == "Person"
                    and any(doc.tokens[j].norm in with_words for j in range(t.end, m.first))), None)
    if partner is None:
        return None
    text, tokens = doc.article.text, doc.tokens
    hi = next((j for j in range(t.end + 1, s.last) if "," in text[tokens[j - 1].end:tokens[j].start]), partner.last)
    main = [x for x in kept if x.start >= hi]
    if not main:
        hi = partner.last
        main = [x for x in kept if x.start >= hi]
    if not main:
        return None
    pair = _parties_in(ctx, hi, s.last, main[0].end)
    if len(pair) < 2 or partner.actor in pair:
        return None
    parts = [_Part(tuple(main), (hi, s.last), pair)]
    subject = next((m.actor for m in ctx.in_range(hi, main[0].start) if m.type == "Person" and m.actor in pair), None)
    if kind == "meeting_after_event_preps" and subject is not None:
        parts.append(_Part(tuple(x for x in kept if x.start < hi), (s.first, hi),
                           tuple(sorted((subject, partner.actor))), True))
    return parts


def _clause_groups(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part]:  # type: ignore[type-arg]
    """Triggers of one sentence, split by clause where clauses name different media
    ("met in Kazan in October, and on 21 January held a video call"), or where each part names its own pair."""
    apart = _told_apart(ctx, s, kept) or _met_each(ctx, s, kept) or _speaker_with_partners(ctx, s, kept) \
        or _each_partner(ctx, s, kept) or _paired_subjects(ctx, s, kept) or _visited_each(ctx, s, kept) \
        or _conjoined_predicates(ctx, s, kept)
    if apart:
        return apart
    groups: dict[tuple[int, int], list] = {}  # type: ignore[type-arg]
    for t in kept:
        groups.setdefault(ctx.clause(s, t.start), []).append(t)
    media = [{t.payload for t in g} - {"generic"} for g in groups.values()]
    if len(groups) > 1 and len({frozenset(m) for m in media if m}) > 1:
        return [_Part(tuple(g)) for g in groups.values()]
    if len(groups) > 1:
        # two clauses that each name a pair of their own: two meetings
        parties = [_parties_in(ctx, lo, hi, g[0].end) for (lo, hi), g in groups.items()]
        named = [p for p in parties if len(p) >= 2]
        if len(named) == len(parties) and len(set(named)) == len(named):
            return [_Part(tuple(g)) for g in groups.values()]
    return [_Part(tuple(kept))]


def _conjoined_predicates(ctx: ArticleContext, s: SentenceSpan,  # type: ignore[type-arg]
                          kept: list) -> list[_Part] | None:
    """"X held talks with A, visited the secretariat, and met with B", "X провёл переговоры с A, посетил ... и
    встретился с B": one subject, predicates joined by commas or "and", each past verb with a partner of its own:
    one meeting per predicate that names one (those naming nobody tell no meeting of their own here)."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    text = doc.article.text
    lem = lemmatizer(doc.lang)

    def past(j: int) -> bool:
        if isinstance(lem, PymorphyLemmatizer):
            return lem.is_past_verb(doc.tokens[j].norm)  # type: ignore[no-any-return]
        return _plain_past_verb(ctx, j)

    def gap(j: int) -> str:
        return text[doc.tokens[j - 1].end:doc.tokens[j].start]

    cuts = [j for j in range(kept[0].start + 1, s.last) if past(j) and (
        "," in gap(j) or doc.tokens[j - 1].norm in coordination and (doc.lang != "en" or "," in gap(j - 1)))]
    if not cuts:
        return None
    bounds = [s.first, *cuts, s.last]
    # the subject: the first person named before a trigger of the first segment ("During the trip, X held talks
    # with A"), not one of the partners after "with"
    first_triggers = [t for t in kept if t.start < cuts[0]]
    with_words = doc.lexicon.words("with_words")
    subjects = [m for m in ctx.in_range(s.first, cuts[0]) if m.type == "Person"
                and ctx.is_participant_person(m.actor) and not ctx.reports_rather_than_meets(m)
                and any(t.start >= m.last for t in first_triggers)]
    if not subjects or any(doc.tokens[j].norm in with_words for j in range(s.first, subjects[0].first)):
        return None
    subject = subjects[0].actor
    parts, seen = [], set()
    for lo, hi in zip(bounds, bounds[1:]):
        triggers = [t for t in kept if lo <= t.start < hi]
        if not triggers or all(t.payload == "generic" for t in triggers):
            continue  # "... and discussed Trump's tariffs": a topic, no partner
        mentions = ctx.in_range(max(triggers[0].start, subjects[0].last), hi)
        aside = _companions(ctx, mentions, lo, hi)  # "arrived with his wife Olena and met Duda": no partner
        persons = [m for m in mentions if m.type == "Person" and m not in aside and not _relative(ctx, m)
                   and not ctx.reports_rather_than_meets(m) and m.actor != subject]
        partners = tuple(dict.fromkeys(m.actor for m in persons if not _possessor(ctx, m, persons)))
        if not partners:
            continue
        if seen & set(partners):
            return None
        seen |= set(partners)
        parts.append(_Part(tuple(triggers), (lo, hi), tuple(sorted((subject, *partners)))))
    return parts if len(parts) >= 2 else None


def _visited_each(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """A guest who visited a list of states ("visited Rwanda, Morocco and Ethiopia", "посетил Руанду, Марокко и
    Эфиопию", "відвідав Руанду, Марокко і Ефіопію"): one visit, hence one meeting, per state, the guest being the
    clause's subject (named, a pronoun or an office told before: "the Ukrainian minister"). Only a visit verb with the
    states right after it, joined by commas and "and"; not when a person is named after the verb (a host met)."""
    doc = ctx.doc
    visits = [t for t in kept if t.payload == "in_person" and _verb_trigger(ctx, t)
              and doc.lexicon.compiled.visit.matches(doc.lemmas, None, t.start, t.end)]
    if len(visits) != 1 or len(kept) != 1:
        return None
    t = visits[0]
    lo, hi = ctx.clause(s, t.start)
    after = ctx.in_range(t.end, hi)
    if any(m.type == "Person" for m in after):
        return None
    determiners = doc.lexicon.words("determiners")
    coordination = doc.lexicon.words("coordination_words")
    chain = []
    at = t.end
    for m in after:
        gap = range(at, m.first)
        text = doc.article.text[doc.tokens[at - 1].end:doc.tokens[m.first].start]
        if m.type != "Country" or any(ch in text for ch in ".;:()") or any(
                doc.tokens[j].norm not in coordination and doc.tokens[j].norm not in determiners
                and doc.tokens[j].norm.isalnum() for j in gap) or (chain and not (
                    "," in text or any(doc.tokens[j].norm in coordination for j in gap))):
            break
        chain.append(m)
        at = m.last
    states = list(dict.fromkeys(m.actor for m in chain))
    if len(states) < 2 or len(states) != len(chain) or not any(
            doc.tokens[j].norm in coordination for j in range(chain[-2].last, chain[-1].first)):
        return None
    persons = [m for m in ctx.in_range(lo, t.start) if m.type == "Person" and ctx.is_participant_person(m.actor)]
    guest = persons[-1].actor if persons else (_pronoun_antecedent(ctx, s, t.start)
                                               or _role_subject(ctx, s, lo, t.start))
    if guest is None or ctx.state_of(guest) in states:
        return None
    return [_Part(tuple(kept), None, tuple(sorted((guest, state)))) for state in states]


def _paired_subjects(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """Two pairs of counterparts as one subject ("Джайшанкар і Кулеба та Довал і Єрмак провели телефонні переговори",
    "Lavrov and Wang Yi, and Shoigu and Dong Jun held talks"): each pair met, the two states' people pair by pair."""
    persons = [m for m in ctx.in_range(s.first, kept[0].start) if m.type == "Person"
               and not ctx.reports_rather_than_meets(m)]
    people = list(dict.fromkeys(m.actor for m in persons))
    if len(people) != 4 or len(persons) != 4 or not _coordinated_subjects(ctx, persons, kept[0].start):
        return None
    states = [ctx.state_of(p) for p in people]
    if None in states or states[0] == states[1] or states[0] != states[2] or states[1] != states[3]:
        return None
    coordination = ctx.doc.lexicon.words("coordination_words")
    text, tokens = ctx.doc.article.text, ctx.doc.tokens
    if not all(any(tokens[j].norm in coordination for j in range(a.last, b.first))
               or "," in text[tokens[a.last - 1].end:tokens[b.first].start] for a, b in zip(persons, persons[1:])):
        return None
    return [_Part(tuple(kept), None, tuple(sorted(people[:2]))), _Part(tuple(kept), None, tuple(sorted(people[2:])))]


def _told_apart(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """Two meetings told in one sentence, cut between their triggers at a comma or "and"/"а", when each part names
    a pair of its own: "Rubio and Lavrov spoke on Saturday, days after a call between Trump and Putin", "He phoned
    Modi on Thursday and held a call with Putin on Friday", "..., а 5 июля — в Москву, где провёл переговоры с
    Путиным". A part without a subject of its own takes the one of the part before it."""
    kept = sorted(kept, key=lambda t: t.start)
    cuts = [j for a, b in zip(kept, kept[1:]) if (j := _cut(ctx, a.end, b.start)) is not None]
    if not cuts:
        return None
    bounds = [s.first, *cuts, s.last]
    parts: list[_Part] = []
    subject: str | None = None
    for lo, hi in zip(bounds, bounds[1:]):
        triggers = tuple(t for t in kept if lo <= t.start < hi)
        listed = _each_partner(ctx, s, list(triggers), (lo, hi), subject)
        pair, subject = _pair_in(ctx, s, lo, hi, triggers, subject)
        if listed:  # "..., провёл телефонные разговоры с премьерами Швеции X, Словении Y и с канцлером Германии Z"
            parts.extend(listed)
            continue
        if len(pair) < 2:
            return None
        parts.append(_Part(triggers, (lo, hi), pair))
    if len({p.participants for p in parts}) < len(parts):
        return None  # the same pair twice: one meeting told with its details
    return parts


def _cut(ctx: ArticleContext, start: int, end: int) -> int | None:
    """Where the second of two meetings begins, between one trigger's end and the next one's start: the last
    ", and" (", а"), else the last comma or semicolon that opens no relative clause ("..., where", "..., who" tell
    more of what came before), else the last "and"."""
    doc = ctx.doc
    joiners = doc.lexicon.words("meeting_joiners")
    relatives = doc.lexicon.lemmas_of("meeting_relatives")
    punctuated = [j for j in range(start + 1, end + 1)
                  if any(ch in doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start] for ch in ",;")]
    joined = [j for j in range(start, end) if doc.tokens[j].norm in joiners]
    candidates = ([j for j in punctuated if j in joined] or [j for j in punctuated if not doc.lemmas[j] & relatives]
                  or joined)
    return candidates[-1] if candidates else None


def _partner(ctx: ArticleContext, lo: int, m) -> bool:  # type: ignore[no-untyped-def]
    """A person named after "with" ("с Путиным", "with Russia's Vladimir Putin"): who was met, not who met."""
    with_words = ctx.doc.lexicon.words("with_words")
    return any(ctx.doc.tokens[j].norm in with_words for j in range(max(lo, m.first - 5), m.first))


def _pair_in(ctx: ArticleContext, s: SentenceSpan, lo: int, hi: int, triggers: tuple,  # type: ignore[type-arg]
             inherited: str | None) -> tuple[tuple[str, ...], str | None]:
    """The pair one part of a sentence names, and its subject: a person before its first trigger, a pronoun
    there ("He phoned Modi"), else the subject of the part before, which only a partner named after "with" joins."""
    doc = ctx.doc
    start = triggers[0].start
    persons = [m for m in ctx.in_range(lo, hi) if m.type == "Person" and not ctx.reports_rather_than_meets(m)
               and ctx.is_participant_person(m.actor)]
    own = next((m.actor for m in persons if m.first < start and not _partner(ctx, lo, m)), None)
    pronouns = doc.lexicon.lemmas_of("pronouns") | doc.lexicon.lemmas_of("object_pronouns")
    pronoun = any(doc.lemmas[j] & pronouns and (not doc.capitalised[j] or j == lo) for j in range(lo, start))
    if own is None and pronoun:
        own = inherited or _pronoun_antecedent(ctx, s, start)
    if own is None:
        # "During her visit, the Norwegian Prime Minister held talks with X": the subject of the verb after a frame
        own = next((m.actor for m in persons if start < m.first and m.last <= triggers[-1].start
                    and not _partner(ctx, lo, m)), None)
    found = _parties_in(ctx, lo, hi, triggers[0].end)
    subject = own or inherited
    host = _host(ctx, s, lo, hi)
    if len(found) == 1 and host and host not in found:
        return tuple(sorted((found[0], host))), subject  # "С хозяином саммита Путин беседовал полтора часа"
    if len(found) == 1 and subject and subject not in found and _is_person(ctx, found[0]):
        partners = [m for m in persons if m.actor == found[0]]
        # "..., а потім зателефонував Зеленському", "and then called Zelensky": a part that names nobody before its
        # trigger goes on with the subject told before; the one named after the trigger is its partner
        if own is not None or any(_partner(ctx, lo, m) for m in partners) or (
                inherited is not None and not any(m.first < start for m in persons)
                and _verb_trigger(ctx, triggers[0])):
            found = tuple(sorted((found[0], subject)))
    return found, subject


def _verb_trigger(ctx: ArticleContext, trigger) -> bool:  # type: ignore[no-untyped-def]
    """Whether a trigger is a finite verb ("зателефонував", "called"), whose object is the partner, not a noun
    ("визит Путина": Putin is whose visit, a topic of the talks)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    norm = doc.tokens[trigger.start].norm
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return lem.is_past_verb(norm) or lem.is_future_verb(norm) or lem.is_present_verb(norm)
    return norm.endswith("ed") or norm in doc.lexicon.irregular


def _host(ctx: ArticleContext, s: SentenceSpan, lo: int, hi: int) -> str | None:
    """"хозяин саммита", "the summit host": who represents the country last named as where the story takes place
    ("поездка Путина в Тегеран": Raisi, named before as Iran's president), else that country's leader."""
    doc = ctx.doc
    if not doc.lexicon.phrases("host_words").matches(doc.lemmas, None, lo, hi):
        return None
    places = [m for m in ctx.in_range(0, hi) if m.type in ("City", "Country") and _after_locative(ctx, m.first)
              and ctx.gaz.country_of(m.actor)]
    if not places:
        return None
    state = ctx.gaz.country_of(places[-1].actor)
    named = [m.actor for m in ctx.in_range(0, s.first) if m.type == "Person" and ctx.is_participant_person(m.actor)
             and ctx.state_of(m.actor) == state]
    return named[0] if named else ctx.gaz.holder("leader", state, ctx.ref)  # type: ignore[arg-type]


def _met_each(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """"побывал в Москве, где встретился с Лавровым и Путиным": a guest who met several hosts where he went met
    each of them; the guest is the subject of the sentence, outside the "where" clause."""
    doc = ctx.doc
    lo, hi = ctx.clause(s, kept[-1].start)
    if lo == s.first or not doc.lemmas[lo] & doc.lexicon.lemmas_of("place_relatives") \
            or any(t.start >= hi for t in kept):
        return None
    inside = [t for t in kept if t.start >= lo]
    if any(t.payload in ("phone", "video") for t in kept):
        return None  # a call with two partners is one call
    persons = [m for m in ctx.in_range(lo, hi) if m.type == "Person" and not ctx.reports_rather_than_meets(m)]
    hosts = list(dict.fromkeys(m.actor for m in persons if not _possessor(ctx, m, persons)))
    with_words = doc.lexicon.words("with_words")
    if len(hosts) < 2 or not any(doc.tokens[j].norm in with_words
                                 for j in range(inside[0].start, min(m.first for m in persons))):
        return None  # somebody named before "with" met them too
    before = [m for m in ctx.in_range(s.first, lo) if m.type == "Person" and ctx.is_participant_person(m.actor)
              and not ctx.reports_rather_than_meets(m)]
    guest = before[0].actor if before else None
    if guest is None or guest in hosts:
        return None
    return [_Part(tuple(kept), None, tuple(sorted((guest, host)))) for host in hosts]


def _speaker_with_partners(ctx: ArticleContext, s: SentenceSpan, kept: list) -> list[_Part] | None:  # type: ignore[type-arg]
    """The speaker of a meeting he tells of with several partners: "Путин заявил, что встреча с Трампом и Эрдоганом
    прошла хорошо", "Putin said his meeting with Trump and Erdogan went well": one meeting word, a list of people
    right after "with", and one person besides in the sentence, next to a verb of speech: he met each of them (one
    meeting per partner). Not "the meeting between/of Trump and Erdogan" (no "with": he told of it), nor when
    another person stands outside the list ("Putin said Trump's meeting with X and Y ...")."""
    doc = ctx.doc
    if len(kept) != 1 or _verb_trigger(ctx, kept[0]):
        return None
    t = kept[0]
    with_words = doc.lexicon.words("with_words") | doc.lexicon.words("with_preps")
    coordination = doc.lexicon.words("coordination_words")
    persons = [m for m in ctx.in_range(s.first, s.last) if m.type == "Person"]
    after = [m for m in persons if m.first >= t.end]
    if not after or after[0].first - t.end > 4 or doc.tokens[t.end].norm not in with_words:
        return None
    fillers = _list_fillers(ctx, s)
    if any(j not in fillers for j in range(t.end, after[0].first)):
        return None
    chain = [after[0]]
    for m in after[1:]:  # "с Трампом и Эрдоганом", "with Trump, Xi and Erdogan": "and", commas, titles between
        gap = range(chain[-1].last, m.first)
        text = doc.article.text[doc.tokens[chain[-1].last - 1].end:doc.tokens[m.first].start]
        if len(gap) > 8 or any(ch in text for ch in ".;:()") or not (
                "," in text or any(doc.tokens[j].norm in coordination for j in gap)) or any(
                j not in fillers and doc.tokens[j].norm not in coordination for j in gap):
            break
        chain.append(m)
    # a list ends with "and" ("with Trump, Xi and Erdogan"); "at a meeting with Lukashenko, Putin said ..." is none
    while len(chain) >= 2 and not any(doc.tokens[j].norm in coordination
                                      for j in range(chain[-2].last, chain[-1].first)):
        chain.pop()
    partners = list(dict.fromkeys(m.actor for m in chain))
    others = list(dict.fromkeys(m.actor for m in persons if not chain[0].first <= m.first < chain[-1].last))
    if len(partners) < 2 or len(others) != 1 or others[0] in partners or \
            not ctx.is_participant_person(others[0]) or not all(ctx.is_participant_person(p) for p in partners):
        return None
    verbs = doc.lexicon.lemmas_of("reporting_verbs") | doc.lexicon.lemmas_of("meeting_speech_verbs")
    speaker = next(m for m in persons if m.actor == others[0])
    if not any(doc.lemmas[j] & verbs for j in range(max(s.first, speaker.first - 4), min(s.last, speaker.last + 4))):
        return None
    if doc.lexicon.phrases("meeting_joint_words").matches(doc.lemmas, None, max(s.first, t.start - 3),
                                                          min(s.last, chain[-1].last + 2)):
        return None  # "a trilateral meeting with Trump and Erdogan": one meeting of the three
    return [_Part(tuple(kept), None, tuple(sorted((speaker.actor, p)))) for p in partners]


def _each_partner(ctx: ArticleContext, s: SentenceSpan, kept: list,  # type: ignore[type-arg]
                  within: tuple[int, int] | None = None, inherited: str | None = None) -> list[_Part] | None:
    """One meeting with each of several partners of one subject: "провёл телефонные разговоры с Си и Моди", "spoke
    by phone with Xi and Modi" (calls, or a call told by a verb: one call each), "met Xi on Monday and Modi on
    Tuesday", "встретился с Си в понедельник, а с Моди — во вторник" (each partner with a day of its own), a list of
    three or more ("провёл переговоры с госсекретарём США X, главой МИД Словакии Y и Z", "held separate talks with the
    leaders of Canada, the Netherlands and Sweden": states when no person is named). A singular call noun ("a phone
    call with Trump and King Salman") or a joint word ("trilateral") is one call; two partners met in person are
    one meeting unless told apart."""
    doc = ctx.doc
    # "met his counterparts from X, Y and Z and discussed with them ...": the list follows the meeting's own word
    kept = sorted([t for t in kept if t.payload != "generic"] or kept, key=lambda t: t.start)
    first = kept[0]
    lo, hi = within or (s.first, s.last)
    persons = sorted((m for m in ctx.in_range(lo, hi) if m.type == "Person"
                      and ctx.is_participant_person(m.actor) and not ctx.reports_rather_than_meets(m)),
                     key=lambda m: m.first)
    persons = [m for m in persons if not _possessor(ctx, m, persons) and not ctx.in_dateline(s, m)
               and not _relative(ctx, m)]
    before = [m for m in persons if m.last <= kept[-1].start and not _partner(ctx, lo, m)]
    subjects = [before[-1].actor] if before else []
    joint: tuple[str, ...] = ()
    if len(before) >= 2 and before[-2].actor != before[-1].actor and _coordinated_subjects(ctx, before[-2:],
                                                                                           kept[-1].start):
        # "Лавров и Ван И встретились с ...": two subjects, one meeting; but with their counterparts named one by one
        # ("Сибіга і Умєров провели переговори з британськими колегами A та B"), both subjects with each of them
        joint = (before[-2].actor, before[-1].actor)
    if not subjects:
        antecedent = inherited or _pronoun_antecedent(ctx, s, first.start) or _role_subject(ctx, s, lo, first.start)
        subjects = [antecedent] if antecedent else []
    if len(subjects) != 1:
        return None
    fillers = _list_fillers(ctx, s)
    after = [m for m in persons if m.first >= kept[-1].end]
    # "with the leaders of Canada, the Netherlands, Sweden": states stand for their unnamed leaders
    states = [m for m in ctx.in_range(kept[-1].end, hi) if m.type in ("Country", "Organization")
              and not _after_locative(ctx, m.first)]
    # ("with the leaders of the delegations from Samoa, Vanuatu and Australia": each delegation's state)
    delegations = doc.lexicon.lemmas_of("meeting_delegation_words")
    leaders = doc.lexicon.lemmas_of("leader_words") | doc.lexicon.lemmas_of("counterpart") | delegations
    delegated = bool(states) and any(doc.lemmas[j] & delegations for j in range(kept[-1].end, states[0].first))
    if len(states) >= 2 and states[0].first - kept[-1].end <= (12 if delegated else 8) \
            and (not after or after[0].via == "title") \
            and any(doc.lemmas[j] & leaders for j in range(kept[-1].end, states[0].first)):
        after = states
    reach = 6
    if after is states and delegated:
        fillers = fillers | {j for j in range(kept[-1].end, states[0].first) if doc.lemmas[j] & leaders}
        reach = 12
    start = kept[-1].end
    if after:
        # "провёл аналогичные встречи с лидерами ряда стран, в том числе с королём Иордании X, ...", "held meetings
        # with several leaders, including X, Y and Z": the list after "including" names the partners
        including = [m for m in doc.lexicon.phrases("including_words").matches(doc.lemmas, None, start, after[0].first)
                     if m.end - start <= 12]
        start = including[-1].end if including else start
    if not after or after[0].first - start > reach or any(j not in fillers for j in range(start, after[0].first)):
        return None
    if after[0].type != "Person":
        fillers = fillers - {j for m in states for j in range(m.first, m.last)}
    coordination = doc.lexicon.words("coordination_words") | doc.lexicon.words("meeting_joiners")
    chain, bounds = [after[0]], []
    aliased: set[int] = set()  # the partners named again in brackets
    for m in after[1:]:
        if m.actor == chain[-1].actor and doc.article.text[doc.tokens[chain[-1].last - 1].end:
                                                           doc.tokens[m.first].start].strip() == "(":
            chain[-1] = replace(chain[-1], last=m.last)  # "United Arab Emirates (UAE)": the same partner again
            aliased.add(len(chain) - 1)
            continue
        if m.actor == chain[-1].actor and m.via == "title" and doc.article.text[
                doc.tokens[chain[-1].last - 1].end:doc.tokens[m.first].start].strip() == ",":
            # "with X, President of China, Y, Chancellor of Germany": each name's title in apposition, the same partner
            chain[-1] = replace(chain[-1], last=m.last)
            continue
        gap = range(chain[-1].last, m.first)
        text = doc.article.text[doc.tokens[chain[-1].last - 1].end:doc.tokens[m.first].start]
        if len(chain) - 1 in aliased and text.startswith(")"):
            text = text[1:]
        # between two partners only "and", commas, "with", titles and the first one's day: "Xi on Monday and Modi",
        # "с Си, а с Моди", "Рубио, главой МИД Словакии Бланаром"
        dated = {j for t in find_times(doc, chain[-1].last, m.first, ctx.ref) for j in range(t.first - 1, t.last)}
        # (or how long: "with Xi for an hour and with Modi", "із Сі годину, а з Моді")
        dated |= {j for q in find_quantities(doc, chain[-1].last, m.first) if q.kind == "duration"
                  for j in range(q.first - 1, q.last)}
        joined = any(doc.tokens[j].norm in coordination for j in gap) or "," in text
        # (a long gap: titles of several words, or a partner whose name was not recognised, "Foreign Minister A. B.")
        if len(gap) > 16 or not joined or any(ch in text for ch in ".;:()") or any(
                j not in dated and j not in fillers and doc.tokens[j].norm not in coordination for j in gap):
            break
        bounds.append(next((j for j in gap if doc.tokens[j].norm in coordination), m.first))
        chain.append(m)
    partners = list(dict.fromkeys(_holder_or_state(ctx, m) for m in chain))
    if len(partners) < 2 or subjects[0] in partners or len(partners) != len(chain):
        return None
    if joint:
        if set(joint) & set(partners) or not _plural_counterparts(ctx, kept[-1].end, chain[0].first) or any(
                m.type != "Person" for m in chain):
            return None
        return [_Part(tuple(kept), None, tuple(sorted((*joint, p)))) for p in partners]
    spans = list(zip([lo, *bounds], [*bounds, hi]))
    days = [next((t.when for t in find_times(doc, a, b, ctx.ref) if isinstance(t.when, PartialDate)), None)
            for a, b in spans]
    dated = None not in days and len(set(days)) == len(days)  # each partner on a day of its own
    if not dated and None in days and len({d for d in days if d is not None}) >= 2:
        # "calls to the leaders of Canada and Mexico on Saturday and of Israel and Egypt on Sunday": a day told after
        # a group of partners is each one's of the group
        told = [next((k for k in range(i, len(days)) if days[k] is not None), None) for i in range(len(days))]
        if None not in told:
            spans = [(spans[i][0], spans[k][1]) for i, k in enumerate(told)]  # type: ignore[index]
            dated = True
    media = {t.payload for t in kept}
    # ("met Putin and Xi together", "встретился с Путиным и Си вместе": the word may follow the list)
    if doc.lexicon.phrases("meeting_joint_words").matches(doc.lemmas, None, max(lo, kept[0].start - 3),
                                                          min(hi, chain[-1].last + 2)):
        return None
    number = _call_number(ctx, kept)
    separate = bool(doc.lexicon.phrases("meeting_separate_words").matches(doc.lemmas, None, lo, hi))
    # "met his counterparts from Canada and Mexico", "встретился с коллегами из Индии и Турции": one meeting each
    separate = separate or _plural_counterparts(ctx, kept[-1].end, chain[0].first)
    # "met the leaders of several countries, including X, Y and Z": several leaders, one meeting each
    separate = separate or (start > kept[-1].end and _plural_counterparts(ctx, kept[-1].end, start, "leader_words"))
    # "провёл переговоры с Путиным и Медведевым": a guest who met two people of one other state met each of them
    hosts = {ctx.state_of(p) for p in partners}
    separate = separate or (len(hosts) == 1 and None not in hosts and ctx.state_of(subjects[0]) not in hosts
                            and all(m.type == "Person" for m in chain))
    # "met President X and Speaker Y", "зустрівся з A та B": a verb with several people as its object, one meeting with
    # each (a noun, "a meeting with X and Y", may be one joint meeting)
    separate = separate or (number is None and media == {"in_person"} and all(m.type == "Person" for m in chain)
                            and all(_verb_trigger(ctx, t) for t in kept))
    if not (dated or separate or number == "plur" or (len(partners) >= 3 and number != "sing")
            or (media & {"phone", "generic"} and media <= {"phone", "generic"} and number is None)):
        # ("spoke with Macron and Scholz", "поспілкувався з A та B": a verb of speaking, one conversation with each)
        return None
    # each partner's own length of talk ("with Xi for an hour and with Modi for 30 minutes"), when one is told before
    # the last partner ("with Xi and Modi for an hour": the sentence's)
    lengths = [next((int(round(q.value)) for q in find_quantities(doc, a, b) if q.kind == "duration"), None)
               for a, b in spans]
    lengths = [length or 0 for length in lengths] if any(lengths[:-1]) else [None] * len(spans)
    return [_Part(tuple(kept), span if dated or within else None, tuple(sorted((subjects[0], p))), duration=length)
            for span, p, length in zip(spans, partners, lengths)]


def _holder_or_state(ctx: ArticleContext, m) -> str:  # type: ignore[no-untyped-def]
    """A partner named only by his office ("with the chancellor of Germany", "с канцлером Германии"): on an article
    with no known day, who held the office then is unknown (the gazetteer's latest holder is a guess), so the office's
    state stands for him, as for any unnamed participant; a named person, or any office on a dated article, stays."""
    article = ctx.doc.article
    if m.type != "Person" or m.via != "title" or article.published is not None \
            or article.published_estimate is not None:
        return str(m.actor)
    inside = [c.actor for c in ctx.in_range(m.first, m.last) if c.type == "Country"]
    state = inside[0] if inside else ctx.state_of(m.actor)
    return str(state or m.actor)


def _plural_counterparts(ctx: ArticleContext, start: int, end: int, key: str = "counterpart") -> bool:
    """Whether a counterpart word (or another word listed under `key`, "leaders") in the plural ("counterparts",
    "коллегами", "колегами", "лидерами") stands in [start, end)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    words = doc.lexicon.lemmas_of(key)
    lem = lemmatizer(doc.lang)
    for j in range(start, end):
        if not doc.lemmas[j] & words:
            continue
        norm = doc.tokens[j].norm
        if lem.noun_number(norm) == "plur" if isinstance(lem, PymorphyLemmatizer) else norm.endswith("s"):
            return True
    return False


def _list_fillers(ctx: ArticleContext, s: SentenceSpan) -> set[int]:
    """Tokens that may stand between two partners of one list: titles ("главой МИД Словакии", "British Foreign
    Secretary"), the states in them, nationality adjectives, "with", "of", "the"."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    spans = [(m.start, m.end) for m in comp.roles.matches(doc.lemmas, None, s.first, s.last)]
    spans += [(m.start, m.end) for m in comp.counterpart.matches(doc.lemmas, None, s.first, s.last)]
    cap = doc.capitalised if doc.lang == "en" else None
    spans += [(a.start, a.end) for a in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, cap, s.first, s.last)]
    spans += [(m.first, m.last) for m in ctx.in_range(s.first, s.last) if m.type != "Person"]
    # "held talks in London with X and Y": the place the talks were held, with its preposition
    spans += [(m.first - 1, m.first) for m in ctx.in_range(s.first, s.last)
              if m.type in ("City", "Country") and _after_locative(ctx, m.first)]
    words = doc.lexicon.words("with_words") | doc.lexicon.words("meeting_list_fillers") \
        | doc.lexicon.words("meeting_leaders_fillers")  # "calls to several leaders including those of"
    out = {j for lo, hi in spans for j in range(lo, hi)}
    out |= {j for j in range(s.first, s.last) if doc.tokens[j].norm in words or not doc.tokens[j].norm.isalnum()
            or _title_word(ctx, j)}
    return out


def _title_word(ctx: ArticleContext, j: int) -> bool:
    """A word that may belong to a title the lexicon does not list ("госсекретарём", "Secretary-General"): a noun or
    an adjective (Russian, Ukrainian), a capitalised word (English); never a verb."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return lem.first_pos(doc.tokens[j].norm) in ("NOUN", "ADJF", "PRTF")
    return doc.capitalised[j] and doc.tokens[j].text.isalpha() and j > 0


def _call_number(ctx: ArticleContext, kept: list) -> str | None:  # type: ignore[type-arg]
    """Whether the triggers name the event by a singular noun ("a phone call", "телефонный разговор"), a plural one
    ("phone calls", "телефонные разговоры"), or by a verb only ("spoke by phone", "поговорил по телефону")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    nouns = doc.lexicon.lemmas_of("meeting_event_nouns")
    lem = lemmatizer(doc.lang)
    numbers = set()
    for t in kept:
        for j in range(t.start, t.end):
            norm = doc.tokens[j].norm
            if not doc.lemmas[j] & nouns:
                continue
            if isinstance(lem, PymorphyLemmatizer):
                number = lem.noun_number(norm)
            elif j > 0 and doc.tokens[j - 1].norm in doc.lexicon.get("with_words", []):
                number = None
            else:
                # "a phone call", "their call" (singular); "calls"; "call" alone may be the verb
                number = "plur" if norm.endswith("s") and not norm.endswith("ss") else "sing" \
                    if any(doc.tokens[k].norm in doc.lexicon.get("meeting_noun_markers", [])
                           for k in range(max(0, j - 3), j)) else None
            if number:
                numbers.add(number)
    return "sing" if "sing" in numbers else "plur" if numbers else None


def _without_commentator(ctx: ArticleContext, s: SentenceSpan, kept: list[PhraseMatch],
                         participants: tuple[str, ...]) -> tuple[str, ...]:
    """The meeting's own parties when its word names two or more people right after it, "between" them or in the
    genitive ("разговор между Трампом и Путиным, заявил Писториус", "прокоментував зустріч ... Мірзояна і Байрамова",
    "the call between Trump and Putin ..., Pistorius said"): the person next to a speech or comment verb elsewhere
    in the sentence told of it, he did not take part. Not after "with" ("Путин заявил, что встреча с Трампом и Си
    прошла хорошо"): the speaker is the one who met them."""
    doc = ctx.doc
    if len(kept) != 1 or len(participants) < 3:
        return participants
    t = kept[0]
    with_words = doc.lexicon.words("with_words") | doc.lexicon.words("with_preps")
    coordination = doc.lexicon.words("coordination_words")
    people = [m for m in ctx.in_range(t.end, min(s.last, t.end + 16))
              if m.type == "Person" and m.actor in participants and m.via != "title"]  # (not "министров" alone)
    if len(people) < 2 or any(doc.tokens[j].norm in with_words for j in range(t.end, people[0].first)):
        return participants
    own = [people[0]]
    for m in people[1:]:  # a list joined by "and" or commas: the meeting's complement
        gap = range(own[-1].last, m.first)
        if len(gap) > 5 or not all(doc.tokens[j].norm in coordination or not doc.tokens[j].norm.isalnum()
                                   for j in gap if not _title_word(ctx, j)) or \
                not any(doc.tokens[j].norm in coordination or not doc.tokens[j].norm.isalnum() for j in gap):
            break
        own.append(m)
    if len(own) < 2 or any(doc.tokens[j].norm in ".;" for j in range(t.end, own[0].first)):
        return participants
    mine = {m.actor for m in own}
    if any(doc.tokens[j].norm in doc.lexicon.words("between_words") for j in range(t.end, own[0].first)):
        # "the meeting between Modi and Trump, Foreign Secretary Misri briefed ...": "between" names all its parties
        return tuple(p for p in participants if p in mine)
    verbs = doc.lexicon.lemmas_of("reporting_verbs") | doc.lexicon.lemmas_of("meeting_speech_verbs") | \
        doc.lexicon.lemmas_of("meeting_comment_verbs")
    drop = {m.actor for m in ctx.in_range(s.first, s.last) if m.type == "Person" and m.actor in participants
            and m.actor not in mine and not (own[0].first <= m.first < own[-1].last) and any(
                doc.lemmas[j] & verbs for j in range(max(s.first, m.first - 4), min(s.last, m.last + 4)))}
    left = tuple(p for p in participants if p not in drop)
    return left if len(left) >= 2 else participants


def _sighting(ctx: ArticleContext, s: SentenceSpan, part: _Part) -> Sighting:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    kept = list(part.triggers)
    media = {t.payload for t in kept}
    # "созвонился по видеосвязи", "called him by video link": a call word says remote, the video word says how
    medium = "video" if "video" in media else "phone" if "phone" in media else (
        "in_person" if "in_person" in media else None)
    remote_hint = any(comp.remote_only.matches(doc.lemmas, None, t.start, t.end) for t in kept)
    topic_only = medium == "in_person" and not part.participants and all(
        t.payload != "in_person" or _discussed(ctx, s.first, t.start) for t in kept)
    if topic_only:
        # "the two presidents reviewed the outcome of the negotiations held in Doha": the talks are the topic of
        # the meeting told, neither another meeting of its parties nor where they met
        medium = None
    # "The calls come after Armenia and Azerbaijan said last week they were ready for talks": what follows "after"
    # or "before" past the meeting's words tells another event, with its own parties and its own date
    other = _later_event_start(ctx, s, kept) if part.span is None else None
    participants = part.participants or _participants(ctx, s, kept, part.span[1] if part.span else other) \
        or _with_partner_pair(ctx, s, kept)
    participants = _without_commentator(ctx, s, kept, participants)
    told_as_subject = () if participants else _two_states_told_before(ctx, s, kept)
    participants = participants or told_as_subject
    mediated = _mediator(ctx, s)
    if mediated is not None and len(participants) >= 2 and mediated[1] not in participants:
        participants = tuple(sorted((*participants, mediated[1])))  # the mediator took part
    joined = None
    if len(participants) <= 2 and not any(_discussed(ctx, s.first, t.start) for t in kept) and \
            doc.lexicon.phrases("meeting_trilateral_words").matches(
            doc.lemmas, None, max(s.first, kept[0].start - 3), min(s.last, kept[-1].end + 3)):
        # "they met for a trilateral forum along with Japan", "трёхсторонняя встреча вместе с Японией": the third
        for m in doc.lexicon.phrases("meeting_along_with").matches(doc.lemmas, None, kept[0].end, s.last):
            near = ctx.in_range(m.end, min(s.last, m.end + 6))  # "вместе с президентом Ирана Рухани": the person
            joined = next((x.actor for x in near if x.type == "Person" and not _relative(ctx, x)), None) or next(
                (x.actor for x in near if x.type == "Country" and x.first - m.end <= 2), None)
            if joined is not None:
                break
        if joined is not None and len(participants) == 2 and joined not in participants:
            participants = tuple(sorted((*participants, joined)))
    if not participants and joined is None and _both_sides(ctx, s.first, kept[0].start):
        # "the ministers then held a joint meeting with Blinken", "министры провели совместную встречу с Блинкеном":
        # the pair told before, and the one they met with
        with_words = doc.lexicon.words("with_words")
        lo, hi = ctx.clause(s, kept[-1].start)
        near = [x for x in ctx.in_range(kept[-1].end, min(hi, kept[-1].end + 8)) if x.type == "Person"
                and not _relative(ctx, x) and not ctx.reports_rather_than_meets(x)]
        if near and any(doc.tokens[j].norm in with_words for j in range(kept[-1].end, near[0].first)) and \
                not any(x.type == "Person" for x in ctx.in_range(lo, kept[0].start)):
            joined = near[0].actor
    # "the official visit by X to Azerbaijan in 2014", "визит X в Соединённые Штаты": the guest and the state visited
    visited = _visit_to_state(ctx, s, kept, participants, part.past or bool(
        comp.past_meeting.matches(doc.lemmas, None, s.first, s.last))) \
        if medium == "in_person" and not part.participants else None
    if visited is not None:
        participants, recalled_visit = visited
    people = [p for p in participants if not ctx.gaz.country_of(p)]
    # (not the talks of states their own compound adjective names: "про підсумки російсько-китайського саміту")
    compounded = len(participants) >= 2 and set(participants) <= set(
        _compound_states(ctx, max(s.first, kept[0].start - 3), kept[0].start))
    during = visited is None and len(people) < 2 and not told_as_subject and _during_main(ctx, kept) and not compounded
    if during:
        participants = ()  # "в ходе встречи", "during the talks": the meeting the article is about
    first, last = part.span or ctx.clause(s, kept[0].start)
    if part.span is None and ctx.clause(s, kept[-1].start) != (first, last):
        first, last = s.first, s.last
    # "his first visit since the invasion in 2022", "впервые с 2019 года": a date after "since" is another event's
    since = doc.lexicon.phrases("meeting_since_words").matches(doc.lemmas, None, s.first, s.last)
    if part.past and part.span is not None:
        since = [m for m in since if m.start != part.span[0]]  # "since Abe in February 2018": the recalled visit's
    quoted = _quoted_elsewhere(ctx, s, kept)
    topic = doc.lexicon.words("meeting_topic_preps")
    opening = ctx.clause(s, kept[0].start)[0]
    if doc.tokens[opening].norm in topic and all(opening < t.start <= opening + 3 for t in kept):
        # "Про швидкий візит Мадуро стало відомо 20 вересня", "it was reported on Friday about the visit": the day
        # the meeting became known, not its own
        quoted |= set(range(s.first, s.last))
    if other is not None:
        quoted |= set(range(other, s.last))
    quoted |= _dated_other_events(ctx, s, kept)
    # "the visit included a concert on Wednesday", "визит включал концерт в среду": what follows a
    # verb of including is a part of the meeting, with a day of its own, not the meeting's (not "the visit, including
    # talks on Monday": a meeting word of its own after it, whose day it is)
    parts_of = doc.lexicon.lemmas_of("meeting_part_verbs")
    quoted |= {j for k in kept for v in range(k.end, min(s.last, k.end + 2)) if doc.lemmas[v] & parts_of
               and not any(x.start > v for x in kept) for j in range(v, s.last)}
    times = [t for t in find_times(doc, first, last, ctx.ref) if isinstance(t.when, PartialDate)
             and (ctx.ref is None or t.when.first_day() <= ctx.ref) and not _after_since(since, t.first, kept)
             and t.first not in quoted]
    if not times and (first, last) != (s.first, s.last) and part.span is None:
        times = [t for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                 and (ctx.ref is None or t.when.first_day() <= ctx.ref) and not _after_since(since, t.first, kept)
                 and t.first not in quoted]
    # "on 21 September at 11 a.m. EST (0:05 a.m. on 22 September, JST)": a date in brackets restates the one told
    # outside them in another time zone or calendar
    outside = [t for t in times if not _parenthetical(ctx, s, t.first)]
    times = outside or times
    # "первым лидером, посещающим Киев с февраля", "since February": the start of a span the meeting falls in, not
    # its day (but "с 1 марта по 3 марта": a visit's days; "since August 2019, when Modi visited": that meeting's)
    since_preps, span_ends = doc.lexicon.words("since_prepositions"), doc.lexicon.words("span_end_words")
    times = [t for t in times if not (t.first > s.first and doc.tokens[t.first - 1].norm in since_preps and not any(
        doc.tokens[j].norm in span_ends for j in range(t.last, min(s.last, t.last + 2)))
        and all(k.start < t.first for k in kept))]
    # "відбулися напередодні головування Франції у G7", "накануне визита": on the eve of an event, not the day before
    eve = min((t.first for t in times if _on_the_eve_of(ctx, t)), default=None)
    times = [t for t in times if eve is None or t.first < eve]  # ("... головування Франції у G7 у 2025 році": its own)
    # "Накануне визита в Россию лидер посетил Киев": on the eve of another meeting, no day of its own
    eve_of_meeting = not times and _eve_of_meeting(ctx, s, kept)
    # "..., according to media reports Monday", "..., сообщил в понедельник Кремль": the day of the report, after it
    reporting = doc.lexicon.lemmas_of("reporting_verbs")
    text = doc.article.text
    times = [t for t in times if not (t.first >= kept[-1].end and any(
        doc.lemmas[j] & reporting and "," in text[doc.tokens[kept[-1].end - 1].end:doc.tokens[j].start]
        for j in range(max(kept[-1].end, t.first - 2), t.first)))]
    # "В завершение встречи главы государств договорились провести Совет ... в 2026 году", "agreed to meet again in
    # 2026": a date after a word of agreement or intent is the plan's, not the meeting's
    plans = doc.lexicon.phrases("meeting_plan_verbs").matches(doc.lemmas, None, kept[-1].end, s.last)
    times = [t for t in times if not any(m.start < t.first for m in plans)]
    # "В пятницу в Кремле рассказали о встрече ..., состоявшейся 5 марта", "Як стало відомо сьогодні, ... зустрічався
    # 5 березня": a day told with the report, before the meeting's words, is the report's when one follows them
    report = reporting | doc.lexicon.lemmas_of("report_day_words")

    def of_report(t) -> bool:  # type: ignore[no-untyped-def]
        return t.last <= kept[0].start and any(
            doc.lemmas[j] & report for j in range(max(s.first, t.first - 3), min(kept[0].start, t.last + 3)))

    if times and all(of_report(t) for t in times) and part.span is None:
        # "У п'ятницю в Кремлі розповіли про зустріч ..., що відбулася 5 березня": the meeting's own day, told in
        # the clause of its taking place after it
        took = doc.lexicon.phrases("meeting_took_place")
        times += [t for t in find_times(doc, kept[-1].end, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                  and (ctx.ref is None or t.when.first_day() <= ctx.ref) and t.first not in quoted
                  and took.matches(doc.lemmas, None, *ctx.clause(s, t.first))]
    if any(t.first >= kept[0].end for t in times):
        times = [t for t in times if not of_report(t)]
    # a generic word ("talks", "переговоры") with nobody named refers back to the main event: no date of its own
    if medium == "in_person" and len(participants) < 2 and not times and _place(ctx, s, first, last) is None \
            and (all(t.payload != "in_person" or _weak(ctx, t.start, t.end) for t in kept) or during
                 and not _both_sides(ctx, s.first, s.last)):
        # "the talks lasted an hour", "Зеленский в ходе встречи подчеркнул": the main event, whatever its medium (not
        # "Під час зустрічі глави держав відзначили": the leaders met)
        medium = None
    states_only = bool(participants) and all(ctx.gaz.country_of(p) for p in participants)
    both_sides = (not participants or states_only) and bool(_both_sides(ctx, s.first, last))
    if compounded:
        pass  # "поінформував колегу про підсумки російсько-китайського саміту": that summit's states, not the pair's
    elif both_sides and states_only and not _sides_named(ctx, s, last, participants):
        participants = ()  # "the heads of state discussed relations between Russia and China": the pair just named
    elif states_only and not told_as_subject and (all(t.payload == "generic" for t in kept) or any(
            doc.tokens[j].norm in topic for j in range(max(first, kept[0].start - 3), kept[0].start))) and not any(
            m.type == "Country" and m.last <= kept[0].start for m in ctx.in_range(first, last)):
        # "- Обговорили двосторонні відносини України та Саудівської Аравії", "Discussed ties between India and
        # Brazil": states after a word of discussion are its topic; the talks are the ones told before. So are talks
        # of states a speaker tells about ("проинформировал о последних переговорах между Россией и США")
        participants = ()
    anchor = next((t.start for t in kept if not _in_relative_clause(ctx, s, t.start)), kept[0].start)
    relative = doc.lexicon.lemmas_of("relative_pronouns")
    if not _in_relative_clause(ctx, s, anchor):
        # "обсудили АЭС, соглашение о строительстве которой подписано в 2015 году": that date is the clause's
        # "онлайн-конференція ..., яка відбулася 7 грудня", "the call, which took place on Tuesday": the meeting's own
        # "Putin and Xi, who met on 5 March, discussed trade": a clause holding the meeting's only word of its kind
        # (the rest generic, "discussed") dates it too; not "X, who arrived on Monday, met Raab", "Lukashenko, who
        # last month hosted a meeting": another event's, beside the meeting told outside the clause
        took_place = doc.lexicon.phrases("meeting_took_place")
        outside = [k for k in kept if not _in_relative_clause(ctx, s, k.start)]
        own = all(k.payload == "generic" for k in outside)
        times = [t for t in times if not (_in_relative_clause(ctx, s, t.first)
                                          and doc.lemmas[ctx.clause(s, t.first)[0]] & relative
                                          and not took_place.matches(doc.lemmas, None, *ctx.clause(s, t.first))
                                          and not (own and any(ctx.clause(s, k.start) == ctx.clause(s, t.first)
                                                               for k in kept)))]
    told = medium is not None or len(participants) >= 2 or both_sides
    if medium is None and len(participants) < 2:
        # "Стороны обсудили X, соглашение о котором подписано в 2015 году": only a date close by is the talks'
        times = [t for t in times if abs(t.first - anchor) <= 6]
        # "Переговоры, прошедшие накануне в Сочи, продолжались четыре часа": the talks' own day, told beside them
        told = told or any(0 < t.first - anchor <= 3 for t in times)
    # "впервые в этом году", "their first talks this year": the year of the writing, not the meeting's own date
    this = doc.lexicon.lemmas_of("this_words")
    times = [t for t in times
             if t.when.month is not None or not any(doc.lemmas[j] & this for j in range(t.first, t.last))]
    # "the 1982 UN Convention on the Law of the Sea", "Конвенция ООН по морскому праву 1982 года": a year in a
    # document's name is the document's, never the day of a meeting told beside it
    times = [t for t in times if not _year_of_a_document(ctx, s, t)]
    when = _closest(times, anchor) if told and not during else None
    if when is not None and when.month is None and part.span is None and (first, last) != (s.first, s.last):
        # "gained traction in November of last year, after they met at the 2022 World Cup": the clause tells only
        # the year, the sentence the month of that year
        finer = [t for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                 and t.when.year == when.year and t.when.month is not None and t.first not in quoted
                 and (ctx.ref is None or t.when.first_day() <= ctx.ref) and not _after_since(since, t.first, kept)
                 and not any(m.start < t.first for m in plans)]
        when = _closest(finer, anchor) or when
    end_date = None
    visit = doc.lexicon.compiled.visit
    if when is not None and (medium == "in_person"
                             or any(visit.matches(doc.lemmas, None, t.start, t.end) for t in kept)):
        # "с 20 по 22 марта", "from 20 to 22 March": a visit told with its span of days (or talks held over them:
        # "was in China from 3 to 5 March, where he held talks")
        span = next((r for t in times if t.when == when and (r := day_range(doc, t) or _days_joined(ctx, times, t))),
                    None)
        if span is not None:
            when, end_date = span
    arrivals = doc.lexicon.phrases("meeting_arrival_words")
    arrival = all(visit.matches(doc.lemmas, None, t.start, t.end) for t in kept) and any(
        arrivals.matches(doc.lemmas, None, t.start, t.end) for t in kept)
    talks_day = start_date = None
    arriving = [t for t in kept if visit.matches(doc.lemmas, None, t.start, t.end)
                and arrivals.matches(doc.lemmas, None, t.start, t.end)]
    if arriving and not arrival and told and not during:
        # "Modi, who embraced Putin when he arrived on Thursday, praised the talks", "прибыл накануне, а переговоры
        # прошли в пятницу": the day told beside the arrival is the visit's first, the talks' day is another one
        by = arriving[0]
        beside = [t for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                  and t.when.day is not None and (ctx.ref is None or t.when.first_day() <= ctx.ref)
                  and (0 <= t.first - by.end <= 5 or 0 <= by.start - t.last <= 2)]
        if beside:
            arrived = min(beside, key=lambda t: min(abs(t.first - by.end), abs(by.start - t.last)))
            rest = [t for t in times if t.first != arrived.first and t.when.day is not None
                    and 0 < (t.when.first_day() - arrived.when.first_day()).days <= 3]
            talks = [t for t in kept if t not in arriving]
            # ("прибув до Пекіна, де провів переговори": an arrival told first, the talks where it led, one day)
            if rest or _in_relative_clause(ctx, s, by.start):
                start_date, when = arrived.when, _closest(rest, talks[0].start)
    if arrival and when is not None and when.day is not None:
        # "прибыл накануне, а основная часть мероприятий состоялась в среду, 5 апреля": the visit's main day
        later = [t.when for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                 and t.when.day is not None and 0 < (t.when.first_day() - when.first_day()).days <= 3]
        talks_day = max(later, key=lambda d: d.sort_key()) if later else None
    same_day = False
    if when is None and (medium is not None or len(participants) >= 2):
        if doc.lexicon.phrases("day_before_words").matches(doc.lemmas, None, s.first, s.last):
            # "За день до этого во Флориде состоялись переговоры": the day before the one told just before
            told_before = ctx.date_told_before(s, keep=lambda d: bool(d.day))
            if told_before is not None:
                day = told_before.first_day() - timedelta(days=1)
                when = PartialDate(day.year, day.month, day.day)
        elif doc.lexicon.phrases("day_after_words").matches(doc.lemmas, None, s.first, s.last):
            # "Переговоры с Путиным прошли на следующий день", "talks took place the following day": the day after
            told_before = ctx.date_told_before(s, keep=lambda d: bool(d.day))
            if told_before is not None:
                day = told_before.first_day() + timedelta(days=1)
                when = PartialDate(day.year, day.month, day.day)
        elif doc.lexicon.phrases("same_day").matches(doc.lemmas, None, s.first, s.last):
            when, same_day = ctx.date_told_before(s, keep=lambda d: bool(d.day)), True
    # "two hours after landing", "через два часа после прилёта", "за годину до зустрічі": a time between two events,
    # not how long the meeting lasted
    interval = doc.lexicon.words("duration_interval_words")
    durations = [q for q in find_quantities(doc, first, last) if q.kind == "duration"] or \
        [q for q in find_quantities(doc, s.first, s.last) if q.kind == "duration" and part.span is None]
    lasting = [m.end for m in comp.duration_verbs.matches(doc.lemmas, None, s.first, s.last)]
    lead = doc.lexicon.words("duration_preps")  # "talked for two hours before signing": how long, all the same
    durations = [q for q in durations if not (
        q.last < s.last and doc.tokens[q.last].norm in interval and not any(0 <= q.first - e <= 2 for e in lasting)
        and not (q.first > s.first and doc.tokens[q.first - 1].norm in lead))]
    # "after a two-hour flight", "после двухчасового перелёта", "під час годинної перерви": how long something else took
    others = doc.lexicon.lemmas_of("duration_other_nouns")
    durations = [q for q in durations
                 if not any(doc.lemmas[j] & others for j in range(q.last, min(s.last, q.last + 2)))]
    duration = (part.duration or None) if part.duration is not None else \
        int(round(durations[0].value)) if durations else None
    # a call has no venue
    place = _place(ctx, s, first, last, part.span is None) if medium not in ("phone", "video") and not topic_only \
        else None
    if place is None and medium == "in_person" and part.span is None:
        place = _dateline_city(ctx, s)  # (a word that says in person; "WASHINGTON: X spoke with Y" may be a call)
    # ("before his talks with Putin, Xi met Erdogan": a word of "before" that sets the meeting by another one, told
    # as held on that occasion, not an earlier one)
    before_preps = doc.lexicon.phrases("meeting_before_event_preps").matches(doc.lemmas, None, first, last)
    past = part.past or any(not any(b.start <= m.start < b.end for b in before_preps)
                            for m in comp.past_meeting.matches(doc.lemmas, None, first, last)) or (
        visited is not None and recalled_visit)
    if len(participants) < 2 and not both_sides:
        guests = list(dict.fromkeys(m.actor for m in ctx.in_range(first, last) if m.type == "Person"
                                    and not ctx.reports_rather_than_meets(m)))
        if not guests and first > s.first:
            # "Robert Habeck, who is also responsible for energy, visited Qatar": the subject before an aside
            guests = list(dict.fromkeys(m.actor for m in ctx.in_range(s.first, kept[0].start) if m.type == "Person"
                                        and not ctx.reports_rather_than_meets(m)
                                        and not _in_relative_clause(ctx, s, m.first)))
        host = _visited_host(ctx, s, kept, guests[0], last, past) if len(guests) == 1 else None
        if host is not None:
            participants = tuple(sorted((guests[0], host)))  # "Erdoğan last visited Ukraine on 3 February"
            if during and when is None and any(visit.matches(doc.lemmas, None, t.start, t.end) for t in kept):
                # "During his visit to China in October, Secretary Ross stressed": a visit told with its own
                # place is its own event, dated by its own words, not the main event's
                when = _closest(times, anchor)
    weak = medium == "in_person" and place is None and all(t.payload != "in_person" or _weak(ctx, t.start, t.end)
                                                           for t in kept)
    return Sighting(s, medium, participants, when, duration, place, remote_hint, [ctx.evidence(s, "meetings")],
                    past=past, both_sides=both_sides, same_day=same_day, end_date=end_date, arrival=arrival,
                    talks_day=talks_day, start_date=start_date, joined=joined,
                    weak=weak, subjects=_clause_subjects(ctx, s, kept[0].start), eve=eve_of_meeting,
                    set_by=_set_by_another(ctx, s, kept, participants) if when is None else None)


def _set_by_another(ctx: ArticleContext, s: SentenceSpan, kept: list,  # type: ignore[type-arg]
                    participants: tuple[str, ...]) -> str | None:
    """"Before his talks with Putin, Xi met Erdogan", "Перед встречей с Путиным Си встретился с Эрдоганом", "Після
    розмови з Путіним Сі зустрівся з Ердоганом": a sentence opening with another meeting of the subject as its time,
    the clause's own meeting after it. The partner of that other meeting (Putin), not one of this meeting's: the two
    were held on one occasion, and this one, undated, takes its day."""
    doc = ctx.doc
    kinds = ("meeting_after_event_preps", "meeting_before_event_preps")
    opening = [m for kind in kinds for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, s.first, s.last)
               if m.start == s.first]
    if not opening or len(participants) < 2:
        return None
    marker = max(opening, key=lambda m: m.end)
    words = doc.lexicon.compiled.meeting.longest(doc.lemmas, None, marker.end, min(s.last, marker.end + 3))
    if not words:
        return None
    text, tokens = doc.article.text, doc.tokens
    comma = next((j for j in range(words[0].end, s.last) if "," in text[tokens[j - 1].end:tokens[j].start]), None)
    if comma is None or not any(k.start >= comma for k in kept):
        return None  # the clause's own meeting follows the comma that closes the opening phrase
    with_words = doc.lexicon.words("with_words")
    partner = next((m.actor for m in ctx.in_range(words[0].end, comma) if m.type == "Person"
                    and any(tokens[j].norm in with_words for j in range(words[0].end, m.first))), None)
    return partner if partner is not None and partner not in participants else None


def _sides_named(ctx: ArticleContext, s: SentenceSpan, last: int, states: tuple[str, ...]) -> bool:
    """Whether the states are told right after the word for both sides, as whose they are ("the presidents of Russia
    and China", "Президенты России и Китая", "the heads of state of India and Brazil"): the sides themselves, not a
    topic of theirs ("the leaders discussed relations between Russia and China")."""
    of = ctx.doc.lexicon.words("both_sides_of_words")
    named = [m for m in ctx.in_range(s.first, last) if m.actor in states]
    for side in _both_sides(ctx, s.first, last):
        start = side.end + 1 if side.end < last and ctx.doc.tokens[side.end].norm in of else side.end
        if named and named[0].first == start:
            return True
    # "the commitments made by the leaders of Armenia and Azerbaijan at the meetings in Prague", "достигнутые
    # руководителями Армении и Азербайджана на встречах": the states' leaders met, whoever the sides told before
    leaders = ctx.doc.lexicon.lemmas_of("meeting_leaders_of")
    for m in named[:1]:
        j = m.first - 1 if m.first > s.first and ctx.doc.tokens[m.first - 1].norm in of else m.first
        if j > s.first and ctx.doc.lemmas[j - 1] & leaders and len({x.actor for x in named}) >= 2:
            return True
    return False


def _both_sides(ctx: ArticleContext, first: int, last: int) -> list[PhraseMatch]:
    """The words naming both sides of a meeting ("стороны", "лидеры", "главы государств", "the two leaders") in
    [first, last), less a noun that can only be singular: "глава государства", "российский лидер" is one person,
    though it shares its lemmas with "главы государств", "лидеры"."""
    doc = ctx.doc
    found = doc.lexicon.compiled.both_sides.matches(doc.lemmas, None, first, last)
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):  # the words as listed: "the leaders", not "the leader"
        listed = set(doc.lexicon.get("both_sides", []))
        return [m for m in found if " ".join(doc.tokens[j].norm for j in range(m.start, m.end)) in listed]

    def singular(j: int) -> bool:
        parses = lem._parse(doc.tokens[j].norm)[:3]
        return bool(parses) and parses[0].tag.POS == "NOUN" and not any("plur" in p.tag for p in parses)

    return [m for m in found if not singular(m.start)]


def _days_joined(ctx: ArticleContext, times: list, first) -> tuple[PartialDate, PartialDate] | None:  # type: ignore[no-untyped-def,type-arg]
    """The first and last day of a visit told as two days joined by "and" ("on Monday and Tuesday", "в понедельник и
    вторник", "26 і 27 липня"), at most three days apart."""
    doc = ctx.doc
    joiners = doc.lexicon.words("coordination_words")
    for t in times:
        if t.first <= first.first or t.first - first.last > 2 or t.when.day is None or first.when.day is None:
            continue
        if not any(doc.tokens[j].norm in joiners for j in range(first.last, t.first)) or any(
                doc.tokens[j].norm not in joiners and doc.tokens[j].norm.isalpha() and len(doc.tokens[j].norm) > 2
                for j in range(first.last, t.first)):
            continue
        if 0 < (t.when.first_day() - first.when.first_day()).days <= 3:
            return first.when, t.when
    return None


def _two_states_told_before(ctx: ArticleContext, s: SentenceSpan, kept: list) -> tuple[str, ...]:  # type: ignore[type-arg]
    """The two states a subject such as "the two countries" ("обе страны", "дві країни") stands for at the head of
    the meeting's clause: those the sentence before names, when it names exactly two ("Azerbaijan and Georgia
    collaborate ... The two countries signed agreements as part of a meeting of the joint commission")."""
    doc = ctx.doc
    lo, _ = ctx.clause(s, kept[0].start)
    text, tokens = doc.article.text, doc.tokens
    subjects = [p.split() for p in doc.lexicon.get("meeting_both_states_subjects", [])]
    heads = [j for j in range(lo, kept[0].start) for p in subjects
             if [tokens[k].norm for k in range(j, min(j + len(p), s.last))] == p
             and (j == lo or "," in text[tokens[j - 1].end:tokens[j].start])]
    if not heads:
        return ()
    for previous in reversed(doc.sentences[max(0, s.index - 2):s.index]):
        states = list(dict.fromkeys(m.actor for m in ctx.in_range(previous.first, previous.last)
                                    if m.type == "Country"))
        if states:
            return tuple(sorted(states)) if len(states) == 2 else ()
    return ()


def _clause_subjects(ctx: ArticleContext, s: SentenceSpan, start: int) -> tuple[str, ...]:
    """The people named in a meeting word's clause before it, less those who only report it."""
    first, _ = ctx.clause(s, start)
    quoted = _quoted_elsewhere(ctx, s, [PhraseMatch(start, start + 1, "")])
    return tuple(dict.fromkeys(m.actor for m in ctx.in_range(first, start)
                               if m.type == "Person" and not ctx.reports_rather_than_meets(m)
                               and m.first not in quoted))


_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'"}


def _later_event_start(ctx: ArticleContext, s: SentenceSpan, kept: list) -> int | None:  # type: ignore[type-arg]
    """Where a clause opened by "after", "before", "после", "перед" begins, past every word of the meeting."""
    doc = ctx.doc
    last = max(t.end for t in kept)
    words = (doc.lexicon.words("meeting_after_event_preps")
             | doc.lexicon.words("meeting_before_event_preps"))
    starts = [m.start for kind in ("meeting_after_event_preps", "meeting_before_event_preps")
              for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, last, s.last)
              # a one-word preposition as written: "после" is also a form of "посол" (ambassador)
              if m.end - m.start > 1 or doc.tokens[m.start].norm in words
              # "after Tuesday's talks", "прошедшие накануне" (the day before): a date, not another event
              if m.start >= last and not find_times(doc, m.start, min(s.last, m.end + 3), ctx.ref)]
    return min(starts, default=None)


_QUOTE_CHARS = re.compile("[«“„'\"]")


def _quoted_elsewhere(ctx: ArticleContext, s: SentenceSpan, kept: list) -> set[int]:  # type: ignore[type-arg]
    """Tokens of quoted speech that holds none of the meeting's words ("President Erdoğan said: 'In 2019, we had a
    trade volume of ...'", "заявил: «В 2019 году ...»"): a date there is the speaker's, not the meeting's. A quote is
    a pair of guillemets or curly quotes, or a straight quote opened after a colon and closed by its pair or by the
    end of the sentence."""
    doc, text = ctx.doc, ctx.doc.article.text
    spans = []
    j = s.start
    while j < s.end:
        opening = _QUOTE_CHARS.search(text, j, s.end)  # only a quotation mark may open a quote
        if opening is None:
            break
        j = opening.start()
        ch = text[j]
        straight = ch == '"' and j == s.start or ch in "'\"" and text[max(s.start, j - 3):j].rstrip().endswith(":")
        if ch in "«“„" or straight:
            close = text.find(_QUOTE_PAIRS[ch], j + 1, s.end)
            end = s.end if close < 0 else close
            spans.append((j, end))
            j = end + 1
            continue
        j += 1
    if not spans:
        return set()
    inside = {k for k in range(s.first, s.last) for a, b in spans if a < doc.tokens[k].start < b}
    held = {k for a, b in spans if any(a < doc.tokens[t.start].start < b for t in kept)
            for k in range(s.first, s.last) if a < doc.tokens[k].start < b}
    return inside - held


def _dated_other_events(ctx: ArticleContext, s: SentenceSpan, kept: list) -> set[int]:  # type: ignore[type-arg]
    """Where the dates of other events begin: right after a word of another event (`meeting_other_event_nouns`:
    "трагедии 25 декабря 2024 года", "the crash of December 25"), past a link word ("вторжения в 2022 году");
    such a date is that event's, not the meeting's."""
    doc = ctx.doc
    nouns = doc.lexicon.lemmas_of("meeting_other_event_nouns")
    links = doc.lexicon.words("meeting_other_event_date_links")
    inside = {j for t in kept for j in range(t.start, t.end)}
    out: set[int] = set()
    for j in range(s.first, s.last - 1):
        if j not in inside and doc.lemmas[j] & nouns:
            out.add(j + 1)
            if doc.tokens[j + 1].norm in links:
                out.add(j + 2)
    return out


def _after_since(since: list, index: int, kept: list) -> bool:  # type: ignore[type-arg]
    """Whether a date at `index` follows "since" within a few words, after the meeting's word ("his first visit
    since Russia's invasion of Ukraine in 2022"); "since March 2011, when Biden met Putin", "since Biden spoke with
    Putin in February 2022" date that meeting."""
    return any(m.end <= index <= m.end + 6 and m.start > kept[0].start
               and not any(t.start > index or m.end <= t.start < index for t in kept) for m in since)


def _with_partner_pair(ctx: ArticleContext, s: SentenceSpan, kept: list) -> tuple[str, ...]:  # type: ignore[type-arg]
    """"At a meeting with Lukashenko, Putin said ...": a meeting word with its partner right after "with", and the
    one person the sentence names besides, who is its subject: that meeting, not the article's main one."""
    with_words = ctx.doc.lexicon.words("with_words")
    persons = [m for m in ctx.in_range(s.first, s.last) if m.type == "Person" and ctx.is_participant_person(m.actor)]
    partner = next((m for m in persons if 0 <= m.first - kept[-1].end <= 3
                    and any(ctx.doc.tokens[j].norm in with_words for j in range(kept[-1].end, m.first))), None)
    if partner is None:
        return ()
    text, tokens = ctx.doc.article.text, ctx.doc.tokens

    def after_with(m) -> bool:  # type: ignore[no-untyped-def]
        return any(tokens[j].norm in with_words and "," not in text[tokens[j].end:tokens[m.first].start]
                   for j in range(max(s.first, m.first - 4), m.first))

    others = list(dict.fromkeys(m.actor for m in persons if m.actor != partner.actor and not after_with(m)
                                and not _possessor(ctx, m, persons)))
    return tuple(sorted((partner.actor, others[0]))) if len(others) == 1 else ()


def _visited_host(ctx: ArticleContext, sentence: SentenceSpan, kept: list, guest: str,  # type: ignore[type-arg]
                  last: int, past: bool = False) -> str | None:
    """The host of a visit told with its guest only: the country visited ("Modi's visit to the UAE", "визит в
    Катар"): the guest's counterpart or the leader of that country when the article names them, else the country; an
    earlier visit told in passing ("his previous visit to South Africa") has the country, its host unnamed there."""
    doc = ctx.doc
    visit = doc.lexicon.compiled.visit
    trigger = next((t for t in kept if visit.matches(doc.lemmas, None, t.start, t.end)), None)
    if trigger is None:
        return None
    own = ctx.state_of(guest)
    # the place visited follows the visit's word closely ("visited Qatar", "визит в Россию", "a state visit to
    # India"), never as a topic further on ("visits Mexico's president to discuss ... the situation in Venezuela")
    for m in ctx.in_range(trigger.end, min(last, trigger.end + 6)):
        state = ctx.gaz.country_of(m.actor)
        if state and state != own:
            # the guest's counterpart the article names ("Лавров посетил Пекин": Wang Yi), else its leader so named
            offices = {r.role for r in ctx.gaz.roles_of(guest, ctx.ref)}
            named = [x.actor for x in ctx.mentions if x.type == "Person" and x.via != "title"
                     and ctx.state_of(x.actor) == state]
            peer = next((p for p in named if offices & {r.role for r in ctx.gaz.roles_of(p, ctx.ref) if r.of == state}),
                        None)
            if past:
                # "his previous visit to South Africa", told in passing: the host only if named right there ("сказал Си,
                # напомнив о визите белорусского президента в Пекин"), else the country
                here = [x.actor for x in ctx.in_range(sentence.first, sentence.last) if x.type == "Person"
                        and x.via != "title" and x.actor != guest and ctx.state_of(x.actor) == state]
                return here[0] if here else state
            leader = peer or _leader_named(ctx, state)
            return leader if leader != guest else state
    return None


def _visit_to_state(ctx: ArticleContext, s: SentenceSpan, kept: list,  # type: ignore[type-arg]
                    participants: tuple[str, ...], past: bool) -> tuple[tuple[str, ...], bool] | None:
    """A visit told with its guest and the state visited, whose host the sentence does not name ("the official visit
    by X to Azerbaijan in 2014", "X concluded his State Visit to Singapore", "визит Президента X в Соединённые Штаты",
    "візит до Лівану міністра X"): the guest and the host, who is the guest's counterpart or the leader of that state
    when the article names them (an earlier visit: the state), else the state. None when no such visit is told, or
    when the sentence names somebody of the state visited or a partner met "with" (the other rules tell that one).
    The flag tells an earlier visit, recalled ("recalled that the visit by X") or told after the sentence's own event
    ("The visit ... is a follow-up to the visit X made to Guyana", "В ходе разговора ... в ходе визита X в США"), whose
    host is the state and whose date is its own."""
    doc = ctx.doc
    visit = doc.lexicon.compiled.visit
    to = doc.lexicon.words("to_preps")
    determiners = doc.lexicon.words("determiners")
    persons = [m for m in ctx.in_range(s.first, s.last) if m.type == "Person" and not _relative(ctx, m)
               and ctx.is_participant_person(m.actor) and not ctx.reports_rather_than_meets(m)]
    fillers = _list_fillers(ctx, s) - {j for m in persons for j in range(m.first, m.last)}

    def after_to(j: int) -> bool:
        place = j
        while j > s.first and doc.tokens[j - 1].norm in determiners:
            j -= 1
        if j <= s.first or doc.tokens[j - 1].norm not in to:
            return False
        # "в Казань", "у Київ": a destination; "в Казани", "у Венесуелі": where, in the locative
        cases = lem.singular_noun_cases(doc.tokens[place].norm) if isinstance(lem, PymorphyLemmatizer) else None
        return not cases or "accs" in cases or doc.tokens[j - 1].norm not in doc.lexicon.words("to_preps_accusative")

    lem = lemmatizer(doc.lang)
    pair = set(doc.lexicon.get("both_sides", []))

    def plural(m) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(lem, PymorphyLemmatizer):
            return any(lem.noun_number(doc.tokens[j].norm) == "plur" for j in range(m.start, m.end))
        return " ".join(doc.tokens[j].norm for j in range(m.start, m.end)) in pair  # not "the President"

    if any(plural(m) for m in doc.lexicon.compiled.both_sides.matches(doc.lemmas, None, s.first, s.last)):
        return None  # "the two leaders last met when Xi made a state visit to Brasilia": the pair told before
    led = doc.lexicon.phrases("delegation_head_phrases").matches(doc.lemmas, None, s.first, s.last)
    delegations = doc.lexicon.lemmas_of("meeting_delegation_words")
    for t in kept:
        if t.payload != "in_person" or not visit.matches(doc.lemmas, None, t.start, t.end):
            continue
        lo, hi = ctx.clause(s, t.start)
        # (not the state of a delegation, "визит делегации Туркменистана в Китай": whose visit it is)
        places = [m for m in ctx.in_range(t.end, min(hi, t.end + 12)) if m.type in ("Country", "City")
                  and ctx.gaz.country_of(m.actor) and not doc.lemmas[m.first - 1] & delegations
                  and not any(p.first <= m.first and m.last <= p.last for p in persons)]  # ("Президента России")
        # the place visited: right after the word ("visited Qatar") or after "to" ("to Azerbaijan", "в США", "до
        # Лівану"); the first place named otherwise is where something else is ("обговорення ситуації у Венесуелі")
        if not places or not (after_to(places[0].first) or all(doc.tokens[j].norm in determiners
                                                                for j in range(t.end, places[0].first))):
            continue
        place = places[0]
        state = ctx.gaz.country_of(place.actor)
        # "the delegation headed by President X", "делегация во главе с президентом X": who led the visit, not whom
        # it met "with"
        heads = [m for m in persons if any(0 <= m.first - h.end <= 3 for h in led)]
        if any(ctx.state_of(m.actor) == state for m in persons) or any(_partner(ctx, s.first, m) for m in persons
                                                                        if m not in heads):
            return None  # the host is named, or someone met "with": a meeting with them
        # the guest: named inside the phrase ("the visit by X to", "визит X в", "the visit X made to"), after the place
        # in the genitive ("візит до Лівану міністра X"), as its possessor ("X's visit to"), else the clause's subject
        inside = [m for m in persons if t.end <= m.first and m.last <= place.first]
        by = doc.lexicon.words("visit_guest_fillers")  # "the visit to Lebanon by Foreign Minister X"
        after = [m for m in persons if place.last <= m.first <= place.last + 8
                 and all(j in fillers or doc.tokens[j].norm in by for j in range(place.last, m.first))]
        owner = [m for m in persons if 0 <= t.start - m.last <= 3
                 and doc.tokens[m.last - 1].norm.endswith(("'s", "’s"))]
        subject = [m for m in persons if lo <= m.first and m.last <= t.start]
        if len({m.actor for m in subject}) > 1 and _coordinated_subjects(ctx, subject, t.start):
            return None  # "Scholz and Macron visited Kyiv": two guests
        found = heads or inside or after or owner or subject
        guest = found[0].actor if found else _delegation_of(ctx, lo, place.first)
        if guest is None:
            return None
        if ctx.state_of(guest) == state:
            return None
        # an earlier visit: one recalled, or one whose phrase names its own guest after another event's word ("The
        # visit ... is a follow-up to the visit X made to Guyana"; not "X arrived in Delhi on a State visit to India")
        told = doc.lexicon.compiled.meeting.longest(doc.lemmas, None, s.first, t.start)
        recalled = _recalled(ctx, s, t) or bool(inside or after or owner) and any(m.end <= t.start for m in told)
        offices = {r.role for r in ctx.gaz.roles_of(guest, ctx.ref)}
        named = [x.actor for x in ctx.mentions if x.type == "Person" and x.via != "title"
                 and ctx.state_of(x.actor) == state]
        peer = next((p for p in named if offices & {r.role for r in ctx.gaz.roles_of(p, ctx.ref) if r.of == state}),
                    None)
        host = peer or _leader_named(ctx, state)
        if past or (recalled and host not in ctx.top_people()[:2]):
            # an earlier visit told in passing ("his previous visit to South Africa"): the state; one recalled beside
            # the article's event: its host only if the article is about him ("after Lukashenko's visit to China")
            host = state
        return (tuple(sorted((guest, host))), recalled) if host != guest else None
    return None


def _delegation_of(ctx: ArticleContext, first: int, last: int) -> str | None:
    """The state whose delegation made a visit, when no person is named as its guest: a delegation noun with the
    state's adjective before it or the state after it ("the Ukrainian delegation", "делегация Туркменистана",
    "українська делегація"), between the clause's start and the place visited. None if no such delegation is told."""
    doc = ctx.doc
    words = doc.lexicon.lemmas_of("meeting_delegation_words")
    cap = doc.capitalised if doc.lang == "en" else None
    adjectives = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, cap, first, last)
    countries = [m for m in ctx.in_range(first, last) if m.type == "Country"]
    for j in range(first, last):
        if not doc.lemmas[j] & words:
            continue
        before = [a.payload.actor for a in adjectives if 0 <= j - a.end <= 2]
        after = [m.actor for m in countries if m.first == j + 1]
        state = next((ctx.gaz.country_of(a) for a in before + after if ctx.gaz.country_of(a)), None)
        if state is not None:
            return state
    return None


def _intended(ctx: ArticleContext, start: int, end: int) -> bool:
    """An infinitive names an intention, not an event: "призыв встретиться", "a challenge to meet"."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    # "успел переговорить с лидерами", "встиг поговорити", "managed to speak with": an infinitive after a verb of
    # achievement in the past tells what was done (its future, "успеет", is read by `_blocked`)
    achieved = doc.lexicon.lemmas_of("meeting_achievement_verbs")
    if any(doc.lemmas[j] & achieved for j in range(max(0, start - 2), start)):
        return False
    # "готовність організувати саміт лідерів", "ready to hold a summit": the meeting an infinitive aims at
    if isinstance(lem, PymorphyLemmatizer):
        # ("запропонував провести в Аргентині саміт": a place between the infinitive and the meeting's word)
        return lem.is_infinitive(doc.tokens[start].norm) or any(
            lem.is_infinitive(doc.tokens[j].norm) for j in range(max(0, start - 2), start)) or (
            start >= 3 and lem.is_infinitive(doc.tokens[start - 3].norm)
            and _after_locative(ctx, start - 1))
    determiners = doc.lexicon.words("determiners")
    # ("prior to his meeting", "in the run-up to talks": the "to" that closes a preposition of time, no infinitive)
    lo = max(0, start - 6)
    prepositions = {m.end - 1 for kind in ("meeting_before_event_preps", "meeting_after_event_preps")
                    for m in doc.lexicon.phrases(kind).matches(doc.lemmas, None, lo, start)}
    return (start > 0 and doc.tokens[start - 1].norm == "to" and start - 1 not in prepositions) or any(
        doc.tokens[j].norm == "to" and j not in prepositions and doc.tokens[j + 1].norm not in determiners
        and doc.tokens[j + 1].norm.isalpha() and not doc.capitalised[j + 1]
        for j in range(max(0, start - 4), start - 1))


def _planned_by_its_relative(ctx: ArticleContext, s: SentenceSpan, end: int) -> bool:
    """Whether a meeting's word is told as planned by the relative clause that follows it ("перед саммитом с
    Трампом, который планируется провести 25 августа", "зустріч, яка відбудеться у п'ятницю", "a summit with
    Trump, which is scheduled for August 25"): its own predicate, however far, is a plan or a future."""
    doc = ctx.doc
    relative = doc.lexicon.lemmas_of("relative_pronouns")
    text = doc.article.text
    for r in range(end, min(s.last, end + 10)):
        if _finite_verb(ctx, r):
            return False
        if not (doc.lemmas[r] & relative and "," in text[doc.tokens[r - 1].end:doc.tokens[r].start]):
            continue
        _, hi = ctx.clause(s, r + 1)
        hi = min(hi, r + 12)
        lem = lemmatizer(doc.lang)
        future = doc.lexicon.words("future_aux")
        return bool(doc.lexicon.phrases("meeting_scheduled").matches(doc.lemmas, None, r + 1, hi)
                    or doc.lexicon.phrases("meeting_relative_planned").matches(doc.lemmas, None, r + 1,
                                                                                 min(hi, r + 4))
                    or any(doc.tokens[j].norm in future or isinstance(lem, PymorphyLemmatizer)
                           and lem.is_future_verb(doc.tokens[j].norm) for j in range(r + 1, min(hi, r + 4))))
    return False


def _aimed_at_far(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """Whether a meeting's word ends an infinitive's phrase that a word of intent governs, however long the phrase
    ("собирается совершить свой первый в этом году официальный визит", "збирається здійснити ... візит"): a plan.
    The words between hold no finite verb and no punctuation; `_intended` reads the infinitive right before."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    lo, _ = ctx.clause(s, start)
    for j in range(start - 1, max(lo, start - 12) - 1, -1):
        norm = doc.tokens[j].norm
        if not norm.isalnum():
            return False
        if lem.is_infinitive(norm):
            # the meeting's word is the infinitive's object: no other noun between but a date's ("в 2020 году");
            # not "пригласил посетить Индию в ходе их встречи", where the meeting is the invitation's setting
            dated = {k for t in find_times(doc, j + 1, start, ctx.ref) for k in range(t.first, t.last)}
            if any(k not in dated and (parses := lem._parse(doc.tokens[k].norm)) and parses[0].tag.POS == "NOUN"
                   for k in range(j + 1, start)):
                return False
            return bool(doc.lexicon.compiled.irrealis.matches(doc.lemmas, None, max(lo, j - 3), j))
        if lem.is_past_verb(norm) or lem.is_present_verb(norm) or lem.is_future_verb(norm):
            return False
    return False


def _counted(ctx: ArticleContext, s: SentenceSpan, start: int, end: int) -> bool:
    """A meeting's word told with a number of them ("провели 42 встречи", "more than 40 meetings since 2013",
    "понад 40 зустрічей", "dozens of meetings", "встречались более 40 раз"): a tally of many, no event of its own."""
    doc = ctx.doc
    fillers = doc.lexicon.words("meeting_count_fillers")
    counts = doc.lexicon.lemmas_of("meeting_count_words")
    numbers = doc.lexicon.lemma_table("number_words")
    lem = lemmatizer(doc.lang)

    text = doc.article.text
    months = doc.lexicon.lemma_table("months")

    def dated(j: int) -> bool:  # the sentence's dates are read only when a figure stands by the meeting's word
        return any(t.first <= j < t.last for t in find_times(doc, s.first, s.last, ctx.ref))

    def many(j: int) -> bool:
        norm = doc.tokens[j].norm
        if norm.isdigit():
            # not a day or a year ("the April 6 meeting", "the 2023 summit"), not part of a name ("the G20 summit")
            glued = doc.tokens[j].start > 0 and text[doc.tokens[j].start - 1].isalnum()
            after_month = j > 0 and any(x in months for x in doc.lemmas[j - 1])  # (a day, without a reference date)
            return int(norm) >= 3 and not dated(j) and not glued and not after_month and not 1900 <= int(norm) <= 2100
        return bool(doc.lemmas[j] & counts) or any(numbers.get(x, 0) >= 3 for x in doc.lemmas[j])

    def adjective(j: int) -> bool:
        # "42 двусторонние встречи": a word describing the meetings between the number and them
        return isinstance(lem, PymorphyLemmatizer) and bool(parses := lem._parse(doc.tokens[j].norm)) \
            and parses[0].tag.POS in ("ADJF", "PRTF")

    j = start - 1
    while j >= max(0, start - 5) and doc.tokens[j].norm in fillers:
        j -= 1
    if j >= 0 and not many(j) and adjective(j):
        j -= 1
    if j >= 0 and many(j):
        return True
    # "met more than 40 times", "встречались более 40 раз"
    times = doc.lexicon.words("meeting_times_words")
    k = end
    while k < min(len(doc.tokens), end + 4) and doc.tokens[k].norm in fillers:
        k += 1
    if k >= len(doc.tokens) or not many(k):
        return False
    k += 1
    while k < len(doc.tokens) - 1 and doc.tokens[k].norm in fillers:  # "dozens of times"
        k += 1
    return k < len(doc.tokens) and doc.tokens[k].norm in times


def _future_sentence(ctx: ArticleContext, s: SentenceSpan) -> bool:
    """Whether a sentence tells of what is to come: a future auxiliary, predicate or schedule ("will arrive",
    "is slated for", "має відбутися"), or a verb in the future ("прибудет", "прибуде")."""
    key = f"future sentence {s.first} {s.last}"  # asked for every meeting word of the sentence
    if key not in ctx._answers:
        ctx._answers[key] = _tells_the_future(ctx, s)
    return ctx._answers[key]  # type: ignore[return-value]


def _tells_the_future(ctx: ArticleContext, s: SentenceSpan) -> bool:
    doc = ctx.doc
    if doc.lexicon.phrases("meeting_scheduled").matches(doc.lemmas, None, s.first, s.last):
        return True
    future = doc.lexicon.words("future_aux")
    if any(doc.tokens[j].norm in future for j in range(s.first, s.last)):
        return True
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return any(lem.is_future_verb(doc.tokens[j].norm) and not (j == s.first and _writers_voice(ctx, j))
                   for j in range(s.first, s.last))
    return bool(_future_predicate_ends(ctx, s.first, s.last))


def _future_predicate_ends(ctx: ArticleContext, lo: int, hi: int) -> list[int]:
    """Where each future predicate written out in [lo, hi) ends ("is set to", "is slated for"), by their
    first words."""
    tokens = ctx.doc.tokens
    by_first = _future_predicates_by_first(ctx.doc.lexicon)
    ends = []
    for i in range(lo, hi):
        for words in by_first.get(tokens[i].norm, ()):
            n = len(words)
            if i + n <= hi and all(tokens[i + k].norm == words[k] for k in range(1, n)):
                ends.append(i + n)
    return ends


@cache
def _future_predicates_by_first(lexicon: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in lexicon.get("future_predicates", []):
        words = tuple(p.split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    return by_first


def _dated_ahead(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """A meeting's word in a sentence about the future whose nearest date, read forward, falls after the
    publication ("Their summit is slated for May 7, the first day of the visit", published May 3): a plan. Not
    when the word's clause has a verb in the past ("met on 28 December and will meet again")."""
    doc = ctx.doc
    if ctx.ref is None or not _future_sentence(ctx, s):
        return False
    lo, hi = ctx.clause(s, start)
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        if any(lem.is_past_verb(doc.tokens[j].norm) for j in range(lo, hi)):
            return False
    else:
        planned = {j for key in ("meeting_scheduled",) for m in doc.lexicon.phrases(key).matches(
            doc.lemmas, None, lo, hi) for j in range(m.start, m.end)}
        if any(_plain_past_verb(ctx, j) for j in range(lo, hi) if j not in planned):
            return False
    times = [t for t in find_times(doc, s.first, s.last, ctx.ref, ahead=True) if isinstance(t.when, PartialDate)]
    when = _closest(times, start)
    return when is not None and when.first_day() > ctx.ref


def _named_future(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """A meeting named by an adjective as one to come ("a future meeting", "a future bilateral summit", "будущая
    встреча", "майбутня зустріч"): hoped for, not held."""
    doc = ctx.doc
    future = doc.lexicon.lemmas_of("meeting_future_adjectives")
    return any(doc.lemmas[j] & future for j in range(max(s.first, start - 2), start))


def _unreal_told_again(ctx: ArticleContext, s: SentenceSpan, kept: list[PhraseMatch], blocked: list[PhraseMatch],
                       unreal_before: frozenset[str]) -> tuple[list[PhraseMatch], frozenset[str]]:
    """A meeting's word in a sentence naming nobody and telling nothing as done ("Время телефонного разговора
    неизвестно", "Дата зустрічі ще не відома", "The time of the call is unknown") after a sentence that told a
    meeting of that medium only as planned: the same planned meeting, not one held. Returns the triggers kept and
    the media of the unreal meeting the next sentence may still speak of."""
    if not kept:
        return kept, (frozenset(t.payload for t in blocked) if blocked else unreal_before)
    if not unreal_before:
        return kept, unreal_before
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    # ("У Москві підкреслили, що візит має значення, ... які Кремль називає": a seat speaking and a verb of speech
    # in the past tell what was said of the planned visit, no visit held)
    named = any(m.type in ("Person", "Country") and m.via != "seat" for m in ctx.in_range(s.first, s.last))
    speech = doc.lexicon.lemmas_of("reporting_verbs") | doc.lexicon.lemmas_of("meeting_speech_verbs")
    past = any((lem.is_past_verb(doc.tokens[j].norm) if isinstance(lem, PymorphyLemmatizer)
                else _plain_past_verb(ctx, j)) and not doc.lemmas[j] & speech for j in range(s.first, s.last))
    if named or past:
        return kept, frozenset()
    kept = [t for t in kept if t.payload not in unreal_before]
    return kept, (unreal_before if not kept else frozenset())


def _agreed_on(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """A meeting's word as what was agreed on ("достигли договорённости о личной встрече", "домовилися про зустріч",
    "reached an agreement on a summit"): the meeting is to come. Only right after the agreement's word, with at most
    an adjective or an article between: "на встрече достигли договорённости о поставках" tells a meeting held."""
    doc = ctx.doc
    agreed = doc.lexicon.phrases("meeting_agreed_on").matches(doc.lemmas, None, max(s.first, start - 8), start)
    return any(0 <= start - m.end <= 2 and not any(doc.tokens[j].norm in ",;:" for j in range(m.end, start))
               for m in agreed)


def _future_predicate_before(ctx: ArticleContext, s: SentenceSpan, start: int, end: int) -> bool:
    """A meeting's word governed by a future predicate far before it in its clause, with no verb in the past
    between ("Ramaphosa will serve as co-chair of the two-day ... summit", "Meloni is set to arrive in Delhi on
    Monday for talks with Modi, marking her first visit"): the words of a language without verb morphology; for
    the others `_blocked` reads the tense of the nearest finite verb."""
    doc = ctx.doc
    if isinstance(lemmatizer(doc.lang), PymorphyLemmatizer):
        return False
    lo, _ = ctx.clause(s, start)
    lo = max(lo, start - 25)
    # "The visit will allow ... and is a follow-up to the visit X made": "and" with a verb of its own starts a
    # predicate the future one does not govern
    lo = _new_predicate(ctx, lo, start) or lo
    ends = [j + 1 for j in range(lo, start) if doc.tokens[j].norm in doc.lexicon.words("future_aux")]
    ends += _future_predicate_ends(ctx, lo, start)
    if not ends:
        return False
    after = max(ends)
    return not any(_plain_past_verb(ctx, j) for j in range(after, end))  # ("who will host ..., held talks")


def _new_predicate(ctx: ArticleContext, lo: int, hi: int) -> int | None:
    """Where the last "and" with a verb of its own in [lo, hi) starts a new predicate ("The visit will allow ... and
    is a follow-up to ..."), which a future told before it does not govern: the index after that "and"."""
    doc = ctx.doc
    coordination, verbs = doc.lexicon.words("coordination_words"), doc.lexicon.words("meeting_new_predicate_verbs")
    found = [j + 1 for j in range(lo, hi - 1) if doc.tokens[j].norm in coordination and doc.tokens[j + 1].norm in verbs]
    return found[-1] if found else None


def _plain_past_verb(ctx: ArticleContext, j: int) -> bool:
    """A word read as a verb in the past by its form alone ("held", "met", "said"; not "long-awaited", not a
    name), for a language without verb morphology."""
    tok = ctx.doc.tokens[j]
    return tok.text.isalpha() and not ctx.doc.capitalised[j] and (
        (tok.norm.endswith("ed") and len(tok.norm) > 3) or tok.norm in ctx.doc.lexicon.irregular)


def _refers_back(ctx: ArticleContext, index: int) -> bool:
    """"на этой встрече", "during that call": a reference to a meeting already reported."""
    anaphora = ctx.doc.lexicon.lemmas_of("anaphora")
    conjunctions = ctx.doc.lexicon.words("with_words") | {"та", "і", "и", "and"}  # uk "та" is also "that"
    topic = ctx.doc.lexicon.words("meeting_topic_preps")  # "заявил об этом на пресс-конференции": the remark
    lem = lemmatizer(ctx.doc.lang)

    def own_noun(j: int) -> bool:
        # "в этом году переговоры": the word points at a noun of its own ("году"), not at the meeting
        return isinstance(lem, PymorphyLemmatizer) and any(
            (parses := lem._parse(ctx.doc.tokens[k].norm)) and parses[0].tag.POS == "NOUN" for k in range(j + 1, index))

    return any(ctx.doc.lemmas[j] & anaphora and ctx.doc.tokens[j].norm not in conjunctions
               and not (j > 0 and ctx.doc.tokens[j - 1].norm in topic) and not own_noun(j)
               for j in range(max(0, index - 2), index))


def _blocked(ctx: ArticleContext, s: SentenceSpan, start: int, end: int) -> bool:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    if _in_future_time_clause(ctx, s, start):
        return True
    if any(m.end - m.start > 1 for m in comp.negation.matches(doc.lemmas, None, s.first, s.last)):
        return True  # "встреча ... так и не состоялась", "не планируется": a multi-word negation in the sentence
    if _denied(ctx, s, start) or _wished_for(ctx, s, start) or ctx.yes_no_question(s) \
            or _said_possible(ctx, s, end):
        return True
    # "прибыл по приглашению Путина": the invitation was fulfilled, it makes nothing unreal
    fulfilled = {j for m in comp.invitation.longest(doc.lemmas, None, s.first, s.last) if m.payload == "by_invitation"
                 for j in range(m.start, m.end)}
    # modality comes before the event ("could meet", "готов провести переговоры"), negation on either side
    past_verb = isinstance(lemmatizer(doc.lang), PymorphyLemmatizer) and lemmatizer(doc.lang).is_past_verb(  # type: ignore[attr-defined]
        doc.tokens[start].norm)
    # '"... as planned," Erdoğan said at a joint press conference': the quote's words are not the meeting's
    quoted = _quoted_elsewhere(ctx, s, [PhraseMatch(start, end, "")])
    aside = _relative_asides(ctx, s, start)  # "Putin, who will travel to Moscow in May, met Xi": its own tense
    # "extended the invitation to Xi during a meeting in Beijing", "пригласил ... в ходе встречи": an invitation
    # told as given during the meeting makes the meeting its setting, held (not "will invite ... during"); so does
    # one given after it ("extended the invitation after the latter called him", "пригласил после того, как ...")
    frames = [d for d in doc.lexicon.phrases("during").matches(doc.lemmas, None, max(s.first, start - 6), start)
              if d.end >= start - 3 and not ctx.in_range(d.end, start)] + [
        d for d in doc.lexicon.phrases("meeting_after_event_preps").matches(
            doc.lemmas, None, max(s.first, start - 8), start)]
    invited = {j for m in comp.invitation.longest(doc.lemmas, None, s.first, start) for j in range(m.start, m.end)}
    others = [t for t in comp.meeting.longest(doc.lemmas, None, s.first, start) if t.end <= start]
    preparing = doc.lexicon.lemmas_of("meeting_preparation_nouns")
    for ps, before, after in ((comp.negation, 4, 8), (comp.irrealis, WINDOW, 3)):
        a, b = max(s.first, start - before), min(s.last, end + after)
        if ps is comp.irrealis:
            b = _words_on(ctx, end, after, s.last)
        for m in ps.matches(doc.lemmas, None, a, b):
            if m.start in quoted or m.start in aside:
                continue
            if m.start != s.first and doc.capitalised[m.start] and not _title_cased(ctx, s):
                continue  # "May 5" is a date, not the modal "may"; "Ли Цян" is a name, not "ли" (but a headline's
                # every word is capitalised: "Leader Might Visit After Elections")
            if m.start in fulfilled:
                continue
            if ps is comp.irrealis and m.start in invited and any(m.end <= d.start for d in frames):
                continue
            if ps is comp.irrealis and doc.lemmas[m.start] & preparing and any(
                    m.end <= e.start <= m.end + 3 and e.end <= d.start for d in frames for e in others):
                continue  # "discussed preparations for the summit during their meeting": the word is the other
                # event's (the summit is being prepared); the meeting it was discussed at was held
            if ps is comp.irrealis and past_verb and m.start > end:
                continue  # "рассмотрели в среду подготовку к саммиту": the preparation is the topic, the talk held
            if not (start <= m.start < end):
                return True
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        # "провели переговоры и подпишут соглашение": a past verb before the trigger holds it, whatever follows
        held = any(lem.is_past_verb(doc.tokens[j].norm) for j in range(max(s.first, start - 4), end))
        # "Байден проведе після розмови з Путіним розмову з лідерами...", "вирушить до Сочі для зустрічі": the
        # nearest finite verb before the trigger in its clause says whether it is yet to come
        lo, _ = ctx.clause(s, start)
        told = any(lem.is_past_verb(doc.tokens[j].norm) or lem.is_present_verb(doc.tokens[j].norm)
                   for j in range(start, end))
        for j in range(start - 1, max(lo, start - 10) - 1, -1):
            norm = doc.tokens[j].norm
            if told:
                break
            if j in aside:
                continue
            if lem.is_future_verb(norm) and not (_writers_voice(ctx, j) and j == s.first):
                return True  # ("Напомним", "Нагадаємо" opening a sentence: the writer, not the event)
            if lem.is_past_verb(norm) or lem.is_present_verb(norm):
                break
        for j in range(max(s.first, start - 4), min(s.last, end + 4)):
            if j not in aside and lem.is_future_verb(doc.tokens[j].norm) and not (held and j >= end) and not (
                    j == s.first and _writers_voice(ctx, j)):
                return True  # "оба президента примут участие в саммите" (not the writer's opening "Напомним")
    a, b = max(s.first, start - WINDOW), min(s.last, end + WINDOW)
    future = doc.lexicon.words("future_aux")
    # "Araqchi is going to hold a new round of talks": the words, not their lemmas ("went to talks" was held)
    for words in (p.split() for p in doc.lexicon.get("future_word_sequences", [])):
        if any(all(doc.tokens[i + k].norm == w for k, w in enumerate(words))
               for i in range(max(s.first, start - 10), start - len(words) + 1)):
            return True
    return any(doc.tokens[i].norm in future for i in range(a, b) if i not in aside) or _scheduled(ctx, s, start, end)


def _writers_voice(ctx: ArticleContext, j: int) -> bool:
    """A verb in the first person plural opening a sentence ("Напомним", "Нагадаємо"): the writer's voice, not the
    event's tense; a speaker's singular ("«Буду рад приветствовать Вас на саммите»", "«Буду радий вітати»") tells
    the meeting yet to come."""
    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[j].norm
    return lem.is_first_person(norm) and norm.endswith(  # type: ignore[attr-defined,no-any-return]
        tuple(ctx.doc.lexicon.words("writer_voice_endings")))


def _said_possible(ctx: ArticleContext, s: SentenceSpan, end: int) -> bool:
    """"a visit by Zelensky to the United States is possible after the elections", "визит Зеленского в США возможен",
    "візит Зеленського до США можливий": a predicate of possibility (or of a plan) told of the meeting's noun phrase,
    however long (no verb between them: "talks were held, a deal is possible" tells the talks held)."""
    doc = ctx.doc
    # "визит ... планируется уже год и несколько раз откладывался", "візит ... переносився": a predicate of a plan
    # or of putting off, told of it the same way, says it has not taken place
    # (only of a noun: "met him on Monday as planned" was held)
    possible = doc.lexicon.lemmas_of("meeting_possible_predicates")
    if not _verb_at(ctx, end - 1):
        possible = possible | doc.lexicon.lemmas_of("meeting_pending_predicates")
    as_planned = {j for m in doc.lexicon.phrases("meeting_as_planned").matches(doc.lemmas, None, end, s.last)
                  for j in range(m.start, m.end)}
    text = doc.article.text
    for j in range(end, _words_on(ctx, end, 8, s.last)):
        if any(c in text[doc.tokens[j - 1].end:doc.tokens[j].start] for c in ",;:—–("):
            return False  # another clause: "talks were held, a deal is possible"
        if doc.lemmas[j] & possible and j not in as_planned:
            return True
        if _finite_verb(ctx, j) and doc.tokens[j].norm not in doc.lexicon.words("copula_words"):
            return False
    return False


def _title_cased(ctx: ArticleContext, s: SentenceSpan) -> bool:
    """A headline written in title case ("Leader Might Visit After Elections"): every word of three letters or more
    capitalised, so a capital tells no name."""
    doc = ctx.doc
    words = [j for j in range(s.first, s.last) if doc.tokens[j].text.isalpha() and len(doc.tokens[j].text) > 3]
    return len(words) >= 3 and all(doc.capitalised[j] for j in words)


def _relative_asides(ctx: ArticleContext, s: SentenceSpan, start: int) -> set[int]:
    """The words of relative clauses told between commas before the meeting's word ("Putin, who will travel to Moscow
    in May, met Xi", "Путин, который находится в Пекине, поговорил", "Путін, який перебуває в Пекіні, поговорив"):
    their tense and mood are their own, not the meeting's."""
    doc = ctx.doc
    relatives = doc.lexicon.lemmas_of("relative_pronouns")
    text = doc.article.text

    def comma_before(j: int) -> bool:
        return "," in text[doc.tokens[j - 1].end:doc.tokens[j].start]

    found: set[int] = set()
    j = s.first + 1
    while j < start:
        if not (doc.lemmas[j] & relatives and comma_before(j)):
            j += 1
            continue
        k = j + 1
        while k < start and not comma_before(k):
            k += 1
        # closed at or before the meeting's word, and telling no meeting with a person of its own ("Putin, who will
        # meet Xi in May, spoke to reporters": the aside's meeting is the one told, yet to come)
        if comma_before(k) and not (doc.lexicon.compiled.meeting.longest(doc.lemmas, None, j, k)
                                    and any(m.type == "Person" for m in ctx.in_range(j, k))):
            found.update(range(j, k))
        j = k
    return found


def _wished_for(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """Whether a word of wish or call governs the meeting's word ("called for talks with", "open to a meeting",
    "urged Xi to hold talks", "призвал Си к переговорам", "надежду на встречу", "сподівання на зустріч": the
    lexicon's "meeting_wish_words"), with only names and the lexicon's "meeting_wish_links" (an article, "to hold",
    "к", "до") between: the meeting is asked for, not held ("urged Xi during talks" keeps the talks)."""
    doc = ctx.doc
    links = doc.lexicon.words("meeting_wish_links")
    for m in doc.lexicon.phrases("meeting_wish_words").matches(doc.lemmas, None, max(s.first, start - 8), start):
        if m.end > start:
            continue
        names = {k for x in ctx.in_range(m.end, start) for k in range(x.first, x.last)}
        between = [k for k in range(m.end, start) if k not in names]
        if len(between) <= 3 and all(doc.tokens[k].norm in links for k in between):
            return True
    return False


def _denied(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """Whether a verb of denial before the trigger governs it ("the Kremlin denied that Putin had spoken with Xi",
    "denied reports of a call", "Песков опроверг информацию о разговоре", "спростували, що ... розмовляв"): the
    lexicon's "meeting_denial_verbs", unless a word of contrast comes between ("denied the report, but said that
    the two met": the lexicon's "meeting_denial_contrasts")."""
    doc = ctx.doc
    denial = doc.lexicon.lemmas_of("meeting_denial_verbs")
    if not denial:
        return False
    contrasts = doc.lexicon.words("meeting_denial_contrasts")
    for j in range(start - 1, max(s.first, start - DENIAL_REACH) - 1, -1):
        if doc.tokens[j].norm in contrasts:
            return False
        if doc.lemmas[j] & denial:
            return True
    return False


def _words_on(ctx: ArticleContext, start: int, words: int, last: int) -> int:
    """Where `words` words from token `start` end, a name of several tokens counting as one word ("a visit to South
    Africa mooted", "визит в Южную Африку возможен": the plan's word is the third after the visit's)."""
    names = {m.first: m.last for m in ctx.in_range(start, last) if m.first >= start}
    j = start
    for _ in range(words):
        if j >= last:
            break
        j = max(j + 1, names.get(j, j + 1))
    return min(j, last)


def _in_future_time_clause(ctx: ArticleContext, s: SentenceSpan, start: int) -> bool:
    """Whether the trigger stands in a clause of time whose main clause tells the future ("they would discuss trade
    when the former travels to the United States for his state visit", "will sign it once Modi arrives"): English
    tells that future in the present tense (Russian and Ukrainian in the future one, read by their verbs)."""
    doc = ctx.doc
    openers = doc.lexicon.words("future_time_clause_openers")
    modals = doc.lexicon.words("future_main_clause_modals")
    if not openers or not modals:
        return False
    opener = max((j for j in range(s.first + 1, start) if doc.tokens[j].norm in openers), default=None)
    if opener is None:
        return False
    main = range(max(s.first, opener - 12), opener)
    # ("We look forward to the award being presented to him when he visits Port Moresby": a hope told of the future)
    hoped = doc.lexicon.phrases("future_main_clause_hopes").matches(doc.lemmas, None, main.start, opener)
    return (any(doc.tokens[j].norm in modals for j in main) or bool(hoped)) and not any(
        _plain_past_verb(ctx, j) for j in range(opener + 1, start))


def _scheduled(ctx: ArticleContext, s: SentenceSpan, start: int, end: int) -> bool:
    """Talks named as the subject of a schedule ("Переговоры ... запланированы на четверг", "talks between X and Y
    are planned for Thursday", "зустріч ... відбудеться"): the predicate may stand far after the trigger, anywhere in
    its clause; "as planned" ("как и планировалось") tells a meeting that took place."""
    doc = ctx.doc
    _, last = ctx.clause(s, start)
    if doc.lexicon.phrases("meeting_as_planned").matches(doc.lemmas, None, s.first, s.last):
        return False
    if doc.lexicon.phrases("meeting_scheduled").matches(doc.lemmas, None, end, last):
        return True
    # "Ruto set for State Visit to the US", "Modi slated for talks with Putin": the schedule named before the meeting
    if any(start - 3 <= m.end <= start for m in doc.lexicon.phrases("meeting_scheduled").matches(
            doc.lemmas, None, max(s.first, start - 5), start)):
        return True
    # "Москва и Астана обсуждают даты визита", "discussing the dates of the visit": a visit whose dates are being set
    if any(start - 1 <= m.end <= start for m in doc.lexicon.phrases("meeting_dates_words").matches(
            doc.lemmas, None, max(s.first, start - 4), start)):
        return True
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    first, _ = ctx.clause(s, start)
    for j in range(first, min(last, end + 12)):
        if lem.is_past_verb(doc.tokens[j].norm):
            return False  # "провели переговоры и подпишут соглашение": the talks were held
        if j >= end and lem.is_future_verb(doc.tokens[j].norm):
            return True
    return False


def _participants(ctx: ArticleContext, s: SentenceSpan, triggers: list,  # type: ignore[type-arg]
                  limit: int | None = None) -> tuple[str, ...]:
    best: tuple[str, ...] = ()
    antecedent = _pronoun_antecedent(ctx, s, triggers[0].start) or _role_subject(ctx, s, s.first, triggers[0].start)
    end = s.last if limit is None else limit
    # "«... мой визит в Россию, после чего — визит президента России в Армению», — сказал Пашинян на встрече с
    # Лавровым": people in a quote that holds none of the meeting's words are the speaker's topic, not its parties
    quoted = _quoted_elsewhere(ctx, s, triggers)
    for t in triggers:
        first, last = ctx.clause(s, t.start)
        for lo, hi in ((first, min(last, end)), (s.first, end)):
            lo = max([lo] + [j + 1 for j in quoted if j < t.start])
            hi = min([hi] + [j for j in quoted if j >= t.end])
            found = _parties_in(ctx, lo, hi, t.end)
            if (lo, hi) != (first, min(last, end)) and _states_of_another_clause(ctx, s, found, (first, last)):
                found = ()  # "arrived in Turkiye on a tour, which also includes Iran, Azerbaijan and Tajikistan"
            if len(found) == 1 and antecedent and antecedent not in found and \
                    _is_person(ctx, found[0]):
                found = tuple(sorted((found[0], antecedent)))
            if len(found) >= 2:
                if len(found) > len(best) or not best:
                    best = found
                break
    return best


def _states_of_another_clause(ctx: ArticleContext, s: SentenceSpan, found: tuple[str, ...],
                              clause: tuple[int, int]) -> bool:
    """Whether the parties found are states named only in a relative clause other than the meeting's ("a tour
    which also includes Iran and Azerbaijan", "турне, яке охопить також Іран"): what that clause tells of."""
    if len(found) < 2 or not all(ctx.gaz.country_of(p) == p for p in found):
        return False
    named = [m for m in ctx.in_range(s.first, s.last) if m.actor in found]
    start = min(m.first for m in named)
    return start >= clause[1] and any(ctx.doc.lemmas[j] & ctx._openers for j in range(clause[1], start))


def _role_subject(ctx: ArticleContext, s: SentenceSpan, lo: int, start: int) -> str | None:
    """The person an unnamed subject stands for ("the external affairs minister met ...", "российский министр провёл
    переговоры"): a title or a nationality adjective with a noun before the meeting's word and no name, which points
    back at the person of that office or state the article has named before, the most mentioned one."""
    doc = ctx.doc
    first, _ = ctx.clause(s, start)
    lo = max(lo, first)
    if any(m.type == "Person" for m in ctx.in_range(lo, start)):
        return None
    # ("лидеры", "главы государств": both sides, told before, not one person)
    pair = _both_sides(ctx, lo, start)
    roles = [m for m in doc.lexicon.compiled.roles.matches(doc.lemmas, None, lo, start)
             if not any(b.start < m.end and m.start < b.end for b in pair)]
    cap = doc.capitalised if doc.lang == "en" else None
    adjectives = [a for a in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, cap, lo, start)
                  if a.end < start and _title_word(ctx, a.end)]
    if not roles and not adjectives:
        return None
    # "глава государства": the title is the longest role ending last ("president"), not its first word alone
    # ("глава", any leader); a bare "leader" fits every leader's office
    end = max((r.end for r in roles), default=None)
    role = max((r for r in roles if r.end == end), key=lambda r: r.end - r.start).payload if roles else None
    state = ctx.gaz.country_of(adjectives[-1].payload.actor) if adjectives else None
    before = {m.actor for m in ctx.in_range(0, s.first) if m.type == "Person"}
    for person in ctx.top_people():
        if person not in before or (state is not None and ctx.state_of(person) != state):
            continue
        if role is not None and not any(r.role == role or (role == "leader" and r.role in _LEADER_ROLES)
                                        for r in ctx.gaz.roles_of(person, ctx.ref)) \
                and not _introduced_as(ctx, person, role):
            continue
        return person
    return None


def _introduced_as(ctx: ArticleContext, person: str, role: str) -> bool:
    """Whether a person the gazetteer knows no office of was named right after a title of that office ("Prime
    Minister Peter O'Neill ... The Prime Minister held meetings": he is the one meant)."""
    if ctx.gaz.roles_of(person, None):
        return False
    doc = ctx.doc
    titles = doc.lexicon.compiled.roles
    for m in ctx.mentions:
        if m.actor == person and m.type == "Person" and m.first > 0:
            if any(t.end == m.first and (t.payload == role or (role == "leader" and t.payload in _LEADER_ROLES))
                   for t in titles.matches(doc.lemmas, None, max(0, m.first - 6), m.first)):
                return True
    return False


def _is_person(ctx: ArticleContext, actor: str) -> bool:
    """A person of the gazetteer, or one the article introduced ("his Mexican counterpart Marcelo Ebrard")."""
    known = ctx.gaz.actor(actor)
    return known.type == "Person" if known else any(m.actor == actor and m.type == "Person" for m in ctx.mentions)


def _pronoun_antecedent(ctx: ArticleContext, s: SentenceSpan, index: int) -> str | None:
    """"Он провёл встречу с Ли Цяном": "он" is the first person named in the sentence before."""
    pronouns = ctx.doc.lexicon.lemmas_of("pronouns")
    first_person = ctx.doc.lexicon.words("meeting_first_person")
    if any(ctx.doc.tokens[j].norm in first_person for j in range(s.first, index)):
        return _speaker(ctx, s)  # "«Я щойно провів розмову з Путіним», – написав він"
    if not any(ctx.doc.lemmas[j] & pronouns and not ctx.doc.capitalised[j] or
               ctx.doc.lemmas[j] & pronouns and j == s.first for j in range(s.first, index)):
        return None
    agent_words = ctx.doc.lexicon.words("passive_agent_words")
    for previous in reversed(ctx.doc.sentences[max(0, s.index - 2):s.index]):
        mentions = [m for m in ctx.in_range(previous.first, previous.last)
                    if m.type == "Person" and ctx.is_participant_person(m.actor)]
        # "Modi is the fifth leader to be called by Trump. Earlier, he had made calls to ...": the one who called,
        # the agent of a meeting's verb in the passive, goes on doing so
        told = ctx.doc.lexicon.compiled.meeting.matches(ctx.doc.lemmas, None, previous.first, previous.last)
        honorifics = ctx.doc.lexicon.lemmas_of("name_honorifics") | ctx.doc.lexicon.lemmas_of("surname_courtesy_titles")
        agents = []
        for m in mentions if agent_words else []:
            by = m.first - 1
            while by > previous.first and ctx.doc.lemmas[by] & honorifics:
                by -= 1  # "by Mr Trump"
            if ctx.doc.tokens[by].norm in agent_words and any(t.end == by and t.payload != "in_person" for t in told):
                agents.append(m.actor)
        # (a call goes on with calls; "X was received by Y. Before that he met Z": he is X)
        if agents and any(t.payload == "phone" for t in ctx.doc.lexicon.compiled.meeting.matches(
                ctx.doc.lemmas, None, index, s.last)):
            return agents[0]
        people = [m.actor for m in mentions]
        if people:
            return people[0]
    return None


def _speaker(ctx: ArticleContext, s: SentenceSpan) -> str | None:
    """Who says "I" in a quote: the person named beside the reporting verb after it ("– написав Трамп", "said
    Trump"), or, for "– написав він", the person named last before the quote."""
    doc = ctx.doc
    verbs = doc.lexicon.lemmas_of("reporting_verbs") | doc.lexicon.lemmas_of("meeting_speech_verbs")
    pronouns = doc.lexicon.lemmas_of("pronouns")
    for later in doc.sentences[s.index:s.index + 3]:
        for j in range(later.first, later.last):
            if not doc.lemmas[j] & verbs:
                continue
            text = doc.article.text
            near = [m for m in ctx.in_range(j + 1, min(later.last, j + 4)) if m.type == "Person"] + [
                m for m in ctx.in_range(max(later.first, j - 3), j) if m.type == "Person" and not any(
                    q in text[doc.tokens[m.last - 1].end:doc.tokens[j].start] for q in "\"»”“")]
            if near:
                return near[0].actor
            if any(doc.lemmas[k] & pronouns for k in range(max(later.first, j - 2), min(later.last, j + 3))):
                for previous in reversed(doc.sentences[max(0, s.index - 3):s.index]):
                    people = [m.actor for m in ctx.in_range(previous.first, previous.last) if m.type == "Person"
                              and ctx.is_participant_person(m.actor)]
                    if people:
                        return people[0]
                return None
    return None


def _parties_in(ctx: ArticleContext, first: int, last: int, after: int) -> tuple[str, ...]:
    mentions = [m for m in ctx.in_range(first, last) if not _relative(ctx, m)]
    discussing = ctx.doc.lexicon.lemmas_of("discussion_verbs")
    # "At the meeting they discussed the agreements reached between Tokayev and Putin", "на встрече обсудили
    # договорённости, достигнутые между X и Y": a verb of discussion after the meeting's word opens its topic too
    verb = next((j + 1 for j in range(max(first, after - 1), last) if ctx.doc.lemmas[j] & discussing), None)
    if verb is not None:
        # "We discussed ... the first steps of US President Trump", "обсудили первые шаги Трампа": whom a verb of
        # discussion names as its object is the topic; its partner is named "with" ("discussed trade with Trump")
        partner = ctx.doc.lexicon.words("with_words")
        mentions = [m for m in mentions if m.type != "Person" or m.first < verb
                    or any(ctx.doc.tokens[j].norm in partner for j in range(verb, m.first))]
    # "встретился с советником премьера Индии", "met an aide of the Indian prime minister": an unnamed aide stands
    # for his state, not for the leader whose aide he is
    aides = [m for m in mentions if _aide_of(ctx, m, mentions)]
    mentions = [m for m in mentions if m not in aides]
    # "including a session with Blinken and Lavrov", "с участием министров": attendees, not the meeting's pair
    including = [m.start for m in ctx.doc.lexicon.phrases("including_words").matches(ctx.doc.lemmas, None, first, last)]
    if including:
        mentions = [m for m in mentions if m.type != "Person" or m.first < min(including)]
    companions = _companions(ctx, mentions, first, last)
    if len({m.actor for m in mentions if m.type == "Person" and m not in companions}) >= 2:
        mentions = [m for m in mentions if m not in companions]
    # "консультации России, США и Украины", "talks between Russia and Ukraine": states right after the noun
    listed: list[str] = []
    cursor = after
    # "зустріч лідерів США та Північної Кореї", "talks of the leaders of Russia and China": each state's leader
    leaders = ctx.doc.lexicon.lemmas_of("meeting_leaders_of")
    fillers = ctx.doc.lexicon.words("determiners") | ctx.doc.lexicon.words("meeting_list_fillers")
    fillers |= ctx.doc.lexicon.words("with_words")  # "met with the leaders of", "встретился с лидерами"
    # "made telephone calls to several leaders including those of Qatar, Turkey and Malaysia"
    fillers |= ctx.doc.lexicon.words("meeting_leaders_fillers")
    led = False
    while cursor < last and (ctx.doc.lemmas[cursor] & leaders or ctx.doc.tokens[cursor].norm in fillers):
        led, cursor = led or bool(ctx.doc.lemmas[cursor] & leaders), cursor + 1
    if not led:
        cursor = after
    joiners = ctx.doc.lexicon.words("coordination_words") | ctx.doc.lexicon.words("between_words") \
        | ctx.doc.lexicon.words("determiners")
    for m in sorted((m for m in mentions if m.first >= cursor), key=lambda m: m.first):
        if m.type != "Country" or m.first - cursor > 1 or m.actor in listed:
            break
        if m.first > cursor and ctx.doc.tokens[cursor].norm not in joiners and ctx.doc.tokens[cursor].norm.isalnum():
            break  # "arrived in Italy from Greece": states after prepositions are places, not parties
        listed.append(m.actor)
        cursor = m.last
    if len(listed) >= 2 and led:
        # "Putin hosted the leaders of Azerbaijan and Armenia": the one who met them is a party too
        hosts = [m.actor for m in mentions if m.type == "Person" and m.last <= after and m.actor not in listed]
        return tuple(sorted({*hosts[-1:], *(_leader_named(ctx, state) for state in listed)}))
    if len(listed) >= 2:
        return tuple(sorted(listed))
    people = []
    # "discussed trade and Putin's visit to China": whose later event is a topic of this one, not a party to it
    told = ctx.doc.lexicon.compiled.meeting.matches(ctx.doc.lemmas, None, first, last)
    mentions = [m for m in mentions if not (m.type == "Person" and ctx.doc.tokens[m.last - 1].norm.endswith("'s")
                                            and any(t.start in (m.last, m.last + 1) for t in told)
                                            and any(t.end <= m.first for t in told))]
    persons = [m for m in mentions if m.type == "Person" and not _apposed_title(ctx, m, mentions)]
    aside = _told_aside(ctx, persons, first, after)
    if aside and len({m.actor for m in persons if m not in aside and not ctx.reports_rather_than_meets(m)
                      and not _possessor(ctx, m, persons)}) >= 2:
        persons = [m for m in persons if m not in aside]
    for m in persons:
        if ctx.reports_rather_than_meets(m) or _possessor(ctx, m, persons):
            continue
        if m.actor not in people:
            people.append(m.actor)
    subjects = list(dict.fromkeys(m.actor for m in persons if m.last <= after and m.actor in people))
    with_words = ctx.doc.lexicon.words("with_words")
    partner_after = any(ctx.doc.tokens[j].norm in with_words for j in range(after, min(last, after + 3)))
    if len(people) > 2 and len(subjects) >= 2 and partner_after and not _coordinated_subjects(ctx, persons, after):
        # "Putin informed his counterpart of his conversation with Biden": Putin is the one; but "Bolsonaro snubbed
        # Lisbon ... since 2016 when Costa met with Temer": the subject of the clause the meeting's word opens
        opener = max((j for j in range(first, after) if ctx.doc.lemmas[j] & ctx._openers), default=None)
        own = [m.actor for m in persons if opener is not None and opener < m.first < after and m.actor in subjects]
        if not own:
            # "Prior to his meeting with Xi, Jokowi met with Li", "Перед встречей с Си Видодо встретился с Ли": the
            # subject after the comma that closes a fronted phrase, not the person named inside it
            text, tokens = ctx.doc.article.text, ctx.doc.tokens
            comma = max((j for j in range(first + 1, after) if "," in text[tokens[j - 1].end:tokens[j].start]),
                        default=None)
            own = [m.actor for m in persons if comma is not None and comma <= m.first < after
                   and m.actor in subjects]
        subjects = own[:1] or subjects[:1]
    if len(people) > 2 and len(subjects) >= 2 and all(m.first < after for m in persons if m.actor in subjects):
        # "Лавров и Джайшанкар обсудили ... визит Путина": the coordinated subjects met
        # (or the object right after the verb: "Macron and Scholz met Zelensky", "приняли Зеленского")
        partner = next((m for m in persons if m.first >= after and m.first - after <= 6
                        and (any(ctx.doc.tokens[j].norm in with_words for j in range(after, m.first))
                             or (m.first == after and _verb_at(ctx, after - 1)
                                 and _coordinated_subjects(ctx, persons, after)))), None)
        # "Алієв і Пашинян зустрілися у Білому домі з Трампом": and with the partner after "with"
        people = subjects + ([partner.actor] + _joined_after(ctx, partner, persons) if partner is not None else [])
    if len(people) > 2:
        # "X held a call with Y on Monday, days before Z...": the partner is the first person after "with"
        with_words = ctx.doc.lexicon.words("with_words")
        partner = next((m for m in mentions if m.type == "Person" and m.first >= after
                        and any(ctx.doc.tokens[j].norm in with_words for j in range(after, m.first))), None)
        if partner is not None:
            kept = [m.actor for m in persons if m.first <= partner.first and (m.first >= after or m.actor in subjects)
                    and not ctx.reports_rather_than_meets(m) and not _possessor(ctx, m, persons)]
            kept += _joined_after(ctx, partner, persons)  # "с Трампом и королём Сальманом": both partners
            people = list(dict.fromkeys(kept))
    if people:
        # "«мы участвовали в российско-турецко-иранском саммите», — заявил Путин": a summit of the states of one
        # compound adjective, some of whose people are named: they, and the leaders of the others
        # (one told of it whose state it does not name is none of its people: "Путин проинформировал Моди об итогах
        # российско-американского саммита", "Putin briefed Modi on the Russia-US summit")
        joined = _compound_states(ctx, max(first, after - 3), after)
        inside = [p for p in people if ctx.state_of(p) in joined] if len(joined) >= 2 else people
        own = {ctx.state_of(p): p for p in inside}
        if len(joined) > len(inside) and len(own) == len(inside) and set(own) <= set(joined) and \
                ctx.doc.lexicon.compiled.summit.matches(ctx.doc.lemmas, None, max(first, after - 1), after):
            # (a summit is its leaders': "Лавров рассказал коллеге об итогах российско-китайского саммита", "Lavrov
            # briefed him on the Russia-China summit": a minister who tells of it is none of its people)
            return tuple(sorted(own[state] if state in own and ctx.gaz.holder("leader", state, ctx.ref) in (
                None, own[state]) else _leader_named(ctx, state) for state in joined))
    if len(people) >= 2:
        return tuple(sorted(people))
    envoys = [a for m in aides if (a := _aide_named(ctx, m, first)) is not None and a not in people]
    if len(people) == 1 and envoys:
        return tuple(sorted((people[0], envoys[0])))  # the aide the article named before: "Kerry, Biden's envoy"
    represented = [state for m in aides if (state := ctx.state_of(m.actor)) is not None]
    if len(people) == 1 and represented and represented[0] != ctx.state_of(people[0]):
        return tuple(sorted((people[0], represented[0])))
    # "Лавров провёл переговоры с казахстанской стороной", "met the Kazakh side": the state is the counterpart
    sides = [m.actor for m in mentions if m.via == "side" and m.first >= after and m.actor != ctx.state_of(people[0])] \
        if len(people) == 1 else []
    if sides:
        return tuple(sorted((people[0], sides[0])))
    office_state = _office_of_a_state(ctx, mentions, after, last, people[0]) if len(people) == 1 else None
    if office_state is not None:
        return tuple(sorted((people[0], office_state)))
    title_tokens = {i for m in mentions if m.type == "Person" for i in range(m.first, m.last)}
    states = []
    for m in mentions:
        if m.type == "Country" and m.first not in title_tokens and m.actor not in states:
            if not _after_locative(ctx, m.first):
                states.append(m.actor)
    # "India and the US held talks on Russia's oil exports": whose exports, not a party
    aside_states = {m.actor for m in _told_aside(ctx, [m for m in mentions if m.type == "Country"], first, after)}
    if len([x for x in states if x not in aside_states]) >= 2:
        states = [x for x in states if x not in aside_states]
    if not people:
        delegates = _delegations(ctx, first, last)  # "talks between Russian and Ukrainian negotiators"
        if len(delegates) >= 2:
            return delegates
        joined = _compound_states(ctx, max(first, after - 3), after)  # "американо-украинские переговоры"
        if len(joined) >= 2:
            # "Российско-индийские переговоры на высшем уровне", "the Russia-India summit": the leaders it names;
            # other talks of the states: the people of each the article is about, if it names one for each
            summit = ctx.doc.lexicon.compiled.summit.matches(ctx.doc.lemmas, None, max(first, after - 1), after) or \
                ctx.doc.lexicon.phrases("top_level_words").matches(ctx.doc.lemmas, None, max(first, after - 4),
                                                                   min(last, after + 4))
            return tuple(sorted(_leader_named(ctx, state) for state in joined)) if summit else _people_of(ctx, joined)
    if not people and len(states) >= 2 and _states_as_parties(ctx, mentions, after):
        return tuple(sorted(states))
    return tuple(people)


def _office_of_a_state(ctx: ArticleContext, mentions: list, after: int, last: int,  # type: ignore[type-arg]
                       person: str, titles: bool = True) -> str | None:
    """"зустрівся зі спікером Сенату Чехії", "встретился с руководством оборонных предприятий Чехии", "met with the
    Speaker of the Senate of the Czech Republic": an office (or a body's leadership) of another state, its holder
    not named, right after the meeting's word: that state is the counterpart (not "met Xi, the President of China",
    the holder named, nor "the Minister of Trade of Sri Lanka, Dr. X", "міністром оборони Чехії Яною Черночовою",
    an apposed name the finders do not know; not one of the person's own state). Without `titles`, only the
    offices the lexicon's titles lack (a speaker, a body's leadership), never held by a leader met elsewhere."""
    doc = ctx.doc
    lex = doc.lexicon
    fillers = lex.words("with_words") | lex.words("determiners") | lex.words("meeting_list_fillers")
    links = lex.words("office_noun_links") | lex.words("determiners")
    offices = lex.lemmas_of("meeting_office_nouns")
    roles = {m.start: m.end for m in lex.compiled.roles.longest(doc.lemmas, None, after, last)} if titles else {}
    j = after
    while j < min(last, after + 3) and doc.tokens[j].norm in fillers and j not in roles:
        j += 1
    if j in roles:
        k = roles[j]
    elif j < last and doc.lemmas[j] & offices:
        k = j + 1
    else:
        return None
    starts = {m.first: m for m in mentions}
    end = min(last, k + 6)
    while k < end and k not in starts and (doc.tokens[k].norm in links or _title_word(ctx, k)):
        k += 1
    m = starts.get(k)
    if m is None or m.type != "Country" or m.actor == ctx.state_of(person) or any(
            p.type == "Person" and after <= p.first < m.last for p in mentions):
        return None
    n = m.last + 1 if m.last < last and "," in doc.article.text[doc.tokens[m.last - 1].end:doc.tokens[m.last].start] \
        else m.last
    if n < last and doc.capitalised[n] and doc.tokens[n].text.isalpha():
        return None
    return m.actor  # type: ignore[no-any-return]


def _told_as_office(ctx: ArticleContext, s: SentenceSpan, person: str, state: str) -> bool:
    """"talks with the Czech prime minister Fiala ... also met the speaker of the Czech Senate": a meeting with a
    state told by another of its offices, its holder unnamed, is another counterpart than the leader met."""
    mentions = ctx.in_range(s.first, s.last)
    with_words = ctx.doc.lexicon.words("with_words")
    return any(_office_of_a_state(ctx, mentions, j, s.last, person, titles=False) == state
               for j in range(s.first + 1, s.last)
               if ctx.doc.tokens[j].norm in with_words or _verb_at(ctx, j - 1))


def _companions(ctx: ArticleContext, mentions: list, first: int, last: int) -> list:  # type: ignore[type-arg]
    """People told as attending or coming along with a side ("met Xi in the presence of Lavrov and Wang Yi", "Putin,
    accompanied by Lavrov, met Xi", "в присутствии Лаврова", "у супроводі Лаврова"): the people listed after the word
    (joined by "and" or commas), up to a verb (or, the word fronted, "Accompanied by Lavrov, Putin met Xi", a comma);
    and whose message a side brought ("handed him a message from Putin", "передал послание Путина"); no parties when
    two others are named (the caller checks)."""
    doc = ctx.doc
    text, tokens = doc.article.text, doc.tokens
    words = [*doc.lexicon.phrases("meeting_presence_words").matches(doc.lemmas, None, first, last),
             *doc.lexicon.phrases("meeting_companion_words").matches(doc.lemmas, None, first, last),
             *doc.lexicon.phrases("meeting_message_words").matches(doc.lemmas, None, first, last)]
    persons = sorted((m for m in mentions if m.type == "Person"), key=lambda m: m.first)
    joiners = doc.lexicon.words("coordination_words")
    out = []
    for w in words:
        fronted = not any(m.first < w.start for m in persons)
        cursor = w.end
        for m in (m for m in persons if m.first >= w.end):
            gap = text[tokens[cursor - 1].end:tokens[m.first].start]
            listed = "," in gap or any(tokens[j].norm in joiners for j in range(cursor, m.first))
            if m.first - cursor > 6 or any(ch in gap for ch in ";:()") or (fronted and "," in gap) or (
                    cursor > w.end and not listed) or any(_verb_at(ctx, j) for j in range(cursor, m.first)):
                break
            out.append(m)
            cursor = m.last
    return out


def _told_aside(ctx: ArticleContext, persons: list, first: int, after: int) -> list:  # type: ignore[type-arg]
    """People a meeting's sentence names beside its parties: whose aide or remarks it is ("Biden's adviser Jake
    Sullivan", "Kishida's remarks came after ..."), whom the talks were about ("a call from Trump regarding the king's
    health", "розмова з Трампом щодо Путіна") and the source the report quotes ("According to Lavrov, ...")."""
    doc = ctx.doc
    with_words = doc.lexicon.words("with_words")
    starts, topics, topic_meetings = _asides_from(ctx, first)
    sources = doc.lexicon.phrases("reported_by_words").matches(doc.lemmas, None, max(0, after - 40), after)
    text = doc.article.text
    out = []
    for m in persons:
        if any(t.end <= m.first <= t.end + 6 and not any(
                ch in text[doc.tokens[t.end - 1].end:doc.tokens[m.first].start] for ch in ",;:")
               for t in topic_meetings):
            out.append(m)
            continue
        if doc.tokens[m.last - 1].norm.endswith(("'s", "’s")) and not any(
                j in starts for j in range(m.last, min(len(doc.tokens), m.last + 4))):
            out.append(m)  # a possessive that owns no meeting word ("Putin's talks", "Modi's two-day visit")
            continue
        if any(t.end <= m.first and not any(
                doc.tokens[j].norm in with_words for j in range(t.end, m.first)) for t in topics):
            out.append(m)
            continue
        if m.last <= after and any(m.first - 3 <= t.end <= m.first for t in sources) and "," in text[
                doc.tokens[m.last - 1].end:doc.tokens[after - 1].start]:
            out.append(m)
    return out


def _asides_from(ctx: ArticleContext, first: int) -> tuple[set[int], list[PhraseMatch], list[PhraseMatch]]:
    """What `_told_aside` reads from token `first` on, the same for every list of persons of a sentence: where
    the article's meeting words start, the topics told after one of them, and the meetings that are a discussion's
    topic."""
    key = f"asides from {first}"
    if key not in ctx._answers:
        doc = ctx.doc
        told = doc.lexicon.compiled.meeting.matches(doc.lemmas, None, 0, len(doc.tokens))
        # a topic told after a meeting's word ("a call with Trump about Zelensky and the talks in Istanbul")
        topics = [t for t in doc.lexicon.phrases("meeting_topic_openers").matches(doc.lemmas, None, first,
                                                                                 len(doc.tokens))
                  if any(first <= w.start and w.end <= t.start for w in told)]
        # "Зеленський і Макрон обговорили розмову з Трампом", "discussed the outcome of the talks with Trump": the
        # meeting after a word of discussion is its topic, and whom it was with is no party to this one
        topic_meetings = [t for t in told if first <= t.start and _discussed(ctx, first, t.start)]
        ctx._answers[key] = ({t.start for t in told}, topics, topic_meetings)
    return ctx._answers[key]  # type: ignore[return-value]


def _discussed(ctx: ArticleContext, first: int, start: int) -> bool:
    """Whether the meeting word at `start` is what a word of discussion just before it names ("обговорили розмову
    з Трампом", "discussed their trilateral summit with Kishida"): a topic, not the meeting told."""
    return _discussing_word(ctx, start) >= first


def _discussing_word(ctx: ArticleContext, start: int) -> int:
    """The last word of discussion among the seven before `start` with nothing but fillers between it and `start`
    (-1 if none): `_discussed` for any sentence start, found once per meeting word (it is asked for every sentence
    start before the word)."""
    found = ctx._discussing.get(start)
    if found is None:
        doc = ctx.doc
        discussing = doc.lexicon.lemmas_of("discussion_verbs")
        between = doc.lexicon.lemmas_of("discussed_meeting_fillers") | doc.lexicon.lemmas_of("determiners")
        found = max((d for d in range(max(0, start - 7), start) if doc.lemmas[d] & discussing
                     and all(doc.lemmas[j] & between for j in range(d + 1, start))), default=-1)
        ctx._discussing[start] = found
    return found


def _leader_named(ctx: ArticleContext, state: str) -> str:
    """The leader of a state, when the article names that leader; else the state itself."""
    leader = ctx.gaz.holder("leader", state, ctx.ref)
    return leader if leader and any(m.actor == leader and m.via != "title" for m in ctx.mentions) else state


def _states_as_parties(ctx: ArticleContext, mentions: list, after: int) -> bool:  # type: ignore[type-arg]
    """States are the parties of a meeting only when told as such: right after its word or after "between"
    ("talks between Russia and Ukraine", "переговоры между Ираном и США") or as its subject just before it ("Russia
    and China held talks"); states named elsewhere in the clause are its topic ("in the wake of Iran's shooting
    down of a US drone", "hasn't received gas from Russia since August", "the Armenia-Azerbaijan peace agenda")."""
    doc = ctx.doc
    between = doc.lexicon.words("between_words")
    states = sorted((m for m in mentions if m.type == "Country"), key=lambda m: m.first)
    for m in states:
        if after <= m.first <= after + 3 and all(doc.tokens[j].norm in between or not doc.tokens[j].norm.isalnum()
                                                 or doc.tokens[j].norm in doc.lexicon.get("determiners", [])
                                                 for j in range(after, m.first)):
            return True
    # two states joined by "and" or in a list ("Saudi Arabia, Russia and six other countries"): the parties told
    coordination = doc.lexicon.words("coordination_words") | doc.lexicon.words("determiners")
    text = doc.article.text
    for a, b in zip(states, states[1:]):
        gap = range(a.last, b.first)
        if len(gap) <= 2 and (any(doc.tokens[j].norm in coordination for j in gap) or "," in text[
                doc.tokens[a.last - 1].end:doc.tokens[b.first].start]) and all(
                doc.tokens[j].norm in coordination for j in gap):
            return True
    return False


def _apposed_title(ctx: ArticleContext, m, mentions: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """"верховным лидером Ирана аятоллой Али Хаменеи": a title right before a named person is that person's,
    whoever else the title alone would name."""
    return m.via == "title" and any(n.type == "Person" and n.via != "title" and n.actor != m.actor
                                    and m.last <= n.first <= m.last + 1 for n in mentions)


def _compound_states(ctx: ArticleContext, first: int, last: int) -> tuple[str, ...]:
    """States named by one compound adjective ("американо-украинские", "російсько-американський"): each part a
    state's adjective in its combining form (its stem and "-о")."""
    doc = ctx.doc
    stems = _compound_stems(ctx.gaz, doc.lexicon)
    for j in range(first, last):
        parts = doc.tokens[j].norm.split("-")
        if len(parts) < 2:
            continue
        states = [stems.get(p) or (stems.get(p[:-1]) if p.endswith(("о", "е")) else None) for p in parts[:-1]]
        last_part = parts[-1]
        # (a whole short name however short: "Russia-US summit"; a longer stem before an ending: "-украинские")
        tail = stems.get(last_part) or next(
            (stems[last_part[:k]] for k in range(len(last_part), 2, -1) if last_part[:k] in stems), None)
        found = [x for x in (*states, tail) if x]
        if len(found) == len(parts) and len(set(found)) == len(found):
            return tuple(sorted(found))
    return ()


@lru_cache(maxsize=8)
def _compound_stems(gaz: Gazetteer, lexicon: Lexicon) -> dict[str, str]:
    """Combining forms of the states' adjectives and short names -> the state, built once per gazetteer and
    language (not per article)."""
    lang = lexicon.lang
    endings = sorted(lexicon.get("adjective_endings", []), key=len, reverse=True)
    stems: dict[str, str] = {}
    for key, entry in gaz.entries.items():
        for adjective in entry.get("adjectives", {}).get(lang, []):
            word = adjective.lower()
            if " " not in word:
                stems.setdefault(word, key)  # "US-Ukrainian": a whole adjective
            for ending in endings:  # "российский": "российск-о", "американский": "американ-о"
                if word.endswith(ending) and " " not in word:
                    stems.setdefault(word[: -len(ending)], key)
        if entry.get("type") == "Country":  # "US-Ukrainian", "Russia-Ukraine": a state's short name
            names = [entry.get("name", {}).get(lang, "")] + list(entry.get("aliases", {}).get(lang, []))
            for name in names:
                if name and " " not in name and "-" not in name:
                    stems.setdefault(name.lower(), key)
    return stems


def _delegations(ctx: ArticleContext, first: int, last: int) -> tuple[str, ...]:
    """States named by adjectives before a delegates noun ("российские и украинские переговорщики")."""
    doc = ctx.doc
    words = doc.lexicon.lemmas_of("delegate_words")
    cap = doc.capitalised if doc.lang == "en" else None
    adjectives = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, cap, first, last)
    spans = [(a.start, a.end, a.payload.actor) for a in adjectives]
    spans += [(m.first, m.last, m.actor) for m in ctx.in_range(first, last) if m.type == "Country"]  # "US and Russian"
    states: list[str] = []
    for _start, end, actor in sorted(spans):
        if any(doc.lemmas[j] & words for j in range(end, min(last, end + 4))):
            state = ctx.gaz.country_of(actor)
            if state and state not in states:
                states.append(state)
    return tuple(sorted(states))


def _verb_at(ctx: ArticleContext, j: int) -> bool:
    """Whether the meeting's word ending at token j is a finite verb ("met", "приняли"), which takes its partner as
    its object, not a noun ("talks Zelensky ...")."""
    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[j].norm
    if isinstance(lem, PymorphyLemmatizer):
        return lem.is_past_verb(norm) or lem.is_present_verb(norm)
    return norm in ctx.doc.lexicon.words("meeting_object_verbs")


def _coordinated_subjects(ctx: ArticleContext, persons: list, after: int) -> bool:  # type: ignore[type-arg]
    """Whether the people before the trigger are joined by "and" ("Лавров и Джайшанкар обсудили")."""
    coordination = ctx.doc.lexicon.words("coordination_words")
    before = sorted((m for m in persons if m.last <= after), key=lambda m: m.first)

    def joined(a, b) -> bool:  # type: ignore[no-untyped-def]
        gap = range(a.last, b.first)
        if not any(ctx.doc.tokens[j].norm in coordination for j in gap):
            return False
        # "Зеленський і голова Ради міністрів Польщі Туск", "X and the chairman of the Council of Ministers of
        # Poland Y": a longer title before the second name, nothing but its words after the "and"
        return len(gap) <= 4 or len(gap) <= 8 and all(
            ctx.doc.tokens[j].norm in coordination or _title_word(ctx, j) for j in gap)

    return any(joined(a, b) for a, b in zip(before, before[1:]))


def _joined_after(ctx: ArticleContext, partner, persons: list) -> list[str]:  # type: ignore[no-untyped-def,type-arg]
    """People coordinated with the partner ("with Trump and King Salman"), titles allowed in between."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    out: list[str] = []
    previous = partner
    for m in sorted((m for m in persons if m.first >= partner.last), key=lambda m: m.first):
        gap = doc.article.text[doc.tokens[previous.last - 1].end:doc.tokens[m.first].start]
        if doc.tokens[previous.last].norm not in coordination or m.first - previous.last > 6 or any(
                ch in gap for ch in ",;.:()—"):
            break
        out.append(m.actor)
        previous = m
    return out


def _aide_of(ctx: ArticleContext, m, mentions: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """"с советником премьера Индии", "with an envoy of President Xi": the leader only says whose aide is met (not
    when the aide is named right after: "советник Моди Аджит Довал" is a person of his own)."""
    doc = ctx.doc
    if m.type != "Person" or m.first == 0 or any(p.type == "Person" and p.first == m.last for p in mentions):
        return False
    aides = doc.lexicon.phrases("meeting_aide_words")
    named = {j for p in mentions if p.type == "Person" and p is not m for j in range(p.first, p.last)}
    if doc.tokens[m.last - 1].norm.endswith("'s"):
        # "Biden's climate envoy met Duda": the envoy met him, Biden only says whose envoy (one word may stand
        # between: "Biden's special envoy"; not "Biden's envoy Kerry", the envoy named)
        return any(f.start - m.last <= 1 and not named & set(range(m.last, f.end)) and not (
            f.end < len(doc.tokens) and f.end in {p.first for p in mentions if p.type == "Person"})
            for f in aides.matches(doc.lemmas, None, m.last, min(len(doc.tokens), m.last + 4)))
    owner = doc.lexicon.words("meeting_aide_owner_preps")  # "an adviser to Modi", "an aide of the prime minister"
    return any(m.first - 4 <= f.end <= m.first and not named & set(range(f.end, m.first)) and (
        any(doc.tokens[j].norm in owner for j in range(f.end, m.first)) if doc.lang == "en"
        else _may_be_genitive(ctx, m.first))  # ("советником премьера Индии"; not "помощник Ушаков", the aide named)
        for f in aides.matches(doc.lemmas, None, max(0, m.first - 6), m.first))


def _aide_named(ctx: ArticleContext, owner, before: int) -> str | None:  # type: ignore[no-untyped-def]
    """The person an unnamed aide stands for ("Biden's climate envoy", "спецпосланник Байдена"): the one the article
    named before with an aide's title beside the name ("John Kerry, the US envoy for climate", "спецпосланник Стів
    Віткофф"), if it named exactly one such person (not the owner himself)."""
    doc = ctx.doc
    aides = doc.lexicon.phrases("meeting_aide_words")
    text = doc.article.text
    found: list[str] = []
    for s in doc.sentences:
        if s.first >= before:
            break
        for p in ctx.in_range(s.first, s.last):
            if p.type != "Person" or p.actor == owner.actor or p.via == "title" or p.actor in found:
                continue
            # the title right before the name, or after it set off by a comma ("Kerry, the US envoy for climate,")
            titled = any(f.end == p.first for f in aides.matches(doc.lemmas, None, max(s.first, p.first - 3),
                                                                 p.first))
            if not titled and p.last < s.last and \
                    text[doc.tokens[p.last - 1].end:doc.tokens[p.last].start].strip() == ",":
                people = {q.first for q in ctx.in_range(p.last, s.last) if q.type == "Person"}
                stop = next((j for j in range(p.last + 1, min(s.last, p.last + 8))
                             if any(c in text[doc.tokens[j - 1].end:doc.tokens[j].start] for c in ",;.()\n")
                             or j in people), min(s.last, p.last + 8))
                titled = bool(aides.matches(doc.lemmas, None, p.last, stop))
            if titled:
                found.append(p.actor)
    return found[0] if len(found) == 1 else None


def _relative(ctx: ArticleContext, m) -> bool:  # type: ignore[no-untyped-def]
    """"вместе с супругой Айгуль Жапаровой", "accompanied by his wife, Jill Biden", "first lady Olena Zelenska": a
    relative travelling with a leader, no counterpart of anybody."""
    if m.type != "Person":
        return False
    family = ctx.doc.lexicon.phrases("meeting_family_words")
    return any(m.first - 2 <= f.end <= m.first for f in family.matches(ctx.doc.lemmas, None, max(0, m.first - 4),
                                                                        m.first))


def _possessor(ctx: ArticleContext, m, persons: list) -> bool:  # type: ignore[no-untyped-def]
    """"Спецпосланець Трампа Стів Віткофф", "Putin's envoy Sergei Shoigu": the first name only says whose
    envoy the second is."""
    if m.via == "title":
        return False
    follows = any(p.first == m.last for p in persons if p is not m)
    role_before = any(r.end == m.first for r in ctx.doc.lexicon.compiled.roles.matches(
        ctx.doc.lemmas, None, max(0, m.first - 3), m.first)) or (
        m.first > 0 and bool(ctx.doc.lemmas[m.first - 1] & ctx.doc.lexicon.lemmas_of("relation_words")))
    # ("Предшественник Байдена Дональд Трамп": Biden only says whose predecessor Trump is)
    possessive = ctx.doc.tokens[m.last - 1].norm.endswith("'s") and any(
        p.first in (m.last, m.last + 1) for p in persons if p is not m)
    return (follows and role_before and _may_be_genitive(ctx, m.last - 1)) or possessive


def _may_be_genitive(ctx: ArticleContext, j: int) -> bool:
    """Whether a word may stand in the genitive ("Трампа", "Байдена"); not an instrumental "з Путіним" (with
    Putin), whose name is a partner, not an owner. English has no case: always."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return True
    parses = lem._parse(ctx.doc.tokens[j].norm)
    return not parses or any("gent" in p.tag.grammemes for p in parses[:4]) or not parses[0].is_known


def _after_locative(ctx: ArticleContext, index: int) -> bool:
    """Whether a place is where the meeting is held or its guest goes ("in Geneva", "в Пекин")."""
    return ctx.after_preposition(index, "meeting_place_preps")


def _place(ctx: ArticleContext, s: SentenceSpan, first: int, last: int, whole: bool = True) -> str | None:
    """The city after "in"/"в" in the meeting's own words, else (`whole`) anywhere in its sentence."""
    sources = ctx.doc.lexicon.lemmas_of("meeting_source_words")
    # "according to a White House spokesman", "according to Paris": the preposition closes a phrase naming who
    # reports the meeting, not where it was held
    attributed = {r.end for r in ctx.doc.lexicon.phrases("reported_by_words").matches(
        ctx.doc.lemmas, None, s.first, s.last)}

    def reported_by(at: int) -> bool:
        at = at - 1 if at > s.first and ctx.doc.tokens[at - 1].norm in ctx.doc.lexicon.words("determiners") else at
        return at in attributed

    found = [m for m in ctx.in_range(first, last) + (ctx.in_range(s.first, s.last) if whole else [])
             if m.type == "City" and _after_locative(ctx, m.first) and not reported_by(m.first)
             and not (m.first >= 2 and ctx.doc.lemmas[m.first - 2] & sources)]  # "sources in Washington say"
    # "X, who traveled to Riyadh on Thursday, held talks with Y in Jeddah": the relative clause's city is its own
    own = [m for m in found if not _in_relative_clause(ctx, s, m.first)]
    if found:
        return (own or found)[0].actor
    # "в Кремле провел переговоры", "talks at the White House": a seat of power in the meeting's own words is a
    # venue in its state's capital (not "в Кремле заявили": the seat speaking for its state)
    doc = ctx.doc
    reporting = doc.lexicon.lemmas_of("reporting_verbs")
    determiners = doc.lexicon.words("determiners")
    # "У Кремлі переговори ..., які тривали годину, назвали змістовними": a verb of speech or opinion in the plural
    # with no subject of its own; the seat's people speak, the talks may have been held anywhere
    speaking = reporting | doc.lexicon.lemmas_of("meeting_speech_verbs") | doc.lexicon.lemmas_of(
        "meeting_opinion_verbs")
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer) and any(
            doc.lemmas[j] & speaking and any(p.tag.POS == "VERB" and "plur" in p.tag
                                             for p in lem._parse(doc.tokens[j].norm)[:1])
            for j in range(s.first, s.last)):
        return None
    # "in the Chinese capital", "в столице Китая", "у китайській столиці": the state's capital, named by its word
    capitals = doc.lexicon.lemmas_of("capital_words")
    for j in (j for j in range(first, last) if doc.lemmas[j] & capitals):
        named = [(m.first, m.last, m.actor) for m in ctx.in_range(max(first, j - 2), min(last, j + 3))
                 if m.type == "Country"] + [(a.start, a.end, a.payload.actor) for a in ctx.gaz.adjectives(
                     doc.lang).longest(doc.lemmas, None, max(first, j - 3), j)]
        for lo, hi, actor in named:
            capital = ctx.gaz.entries.get(actor, {}).get("capital")
            at = lo if hi == j else j if lo == j + 1 else None
            if capital and at is not None:
                at = at - 1 if at > first and doc.tokens[at - 1].norm in determiners else at
                if _after_locative(ctx, at):
                    return str(capital)
    for m in ctx.in_range(first, last):
        capital = ctx.gaz.entries.get(m.actor, {}).get("capital") if m.via == "seat" else None
        at = m.first - 1 if m.first > first and ctx.doc.tokens[m.first - 1].norm in determiners else m.first
        if capital and _after_locative(ctx, at) and not reported_by(m.first) and not (
                m.last < len(ctx.doc.tokens) and ctx.doc.lemmas[m.last] & reporting):
            return str(capital)
    return None


def _dateline_city(ctx: ArticleContext, s: SentenceSpan) -> str | None:
    """The city of a wire dateline that opens the meeting's own sentence ("ASTANA: Tokayev received Modi", "АСТАНА,
    3 июня — Токаев принял Моди", "Nairobi, MINA – ... received ..."): a meeting told in person in the dateline's
    sentence, no city of its own named, was held where the news was filed."""
    doc = ctx.doc
    head = next((m for m in ctx.in_range(s.first, min(s.last, s.first + 2)) if m.first == s.first), None)
    if head is None or head.type != "City" or head.last >= s.last:
        return None
    if ctx.in_dateline(s, head):
        return head.actor
    word = doc.tokens[head.first].text
    gap = doc.article.text[doc.tokens[head.last - 1].end:doc.tokens[head.last].start].strip()
    return head.actor if word.isupper() and len(word) >= 3 and gap[:1] in (":", ",", "(") else None


def _ongoing_rumour(ctx: ArticleContext, s: SentenceSpan, kept: list) -> bool:  # type: ignore[type-arg]
    """"Sources in the capital say Trump and Xi are discussing tariffs", "источники говорят, что ... обсуждают":
    talk in the present tense reported by unnamed sources is no meeting that took place."""
    doc = ctx.doc
    if any(t.payload != "generic" for t in kept) or not any(
            doc.lemmas[j] & doc.lexicon.lemmas_of("meeting_source_words") for j in range(s.first, s.last)):
        return False
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return all(lem.is_present_verb(doc.tokens[t.start].norm) for t in kept)
    return all(doc.tokens[t.start].norm.endswith("ing") and t.start > 0
               and doc.tokens[t.start - 1].norm in ("is", "are") for t in kept)


def _year_of_a_document(ctx: ArticleContext, s: SentenceSpan, t) -> bool:  # type: ignore[no-untyped-def]
    """Whether a bare year names a document: before its capitalised name ("the 1982 United Nations Convention",
    "the 2015 Paris Agreement") or after a document word, joined by "of" or by the year word's attributive form
    ("the Convention of 1982", "Конвенция ООН по морскому праву 1982 года", "угода 2015 року"). Not a year told by
    a preposition ("signed an agreement in 2015", "соглашение, подписанное в 2015 году")."""
    doc = ctx.doc
    if t.when.month is not None:
        return False
    years = [j for j in range(t.first, t.last) if doc.tokens[j].text.isdigit() and len(doc.tokens[j].text) == 4]
    if len(years) != 1:
        return False
    y = years[0]
    text = doc.article.text
    words = doc.lexicon.compiled.treaty_words
    particles = doc.lexicon.words("name_particles") | doc.lexicon.words("treaty_year_after_openers") | \
        doc.lexicon.words("document_name_inner_words")

    def joined(a: int, b: int) -> bool:  # no clause break between tokens a and b
        return not any(c in text[doc.tokens[a].end:doc.tokens[b].start] for c in ",;:()—–")

    if y > s.first and doc.tokens[y - 1].norm in doc.lexicon.words("determiners"):
        k = y + 1
        while k < min(s.last, y + 7) and joined(y, k):
            if words.matches(doc.lemmas, None, k, min(s.last, k + 4)) and doc.tokens[k].text[:1].isupper():
                return True
            if not (doc.tokens[k].text[:1].isupper() or doc.tokens[k].norm in particles):
                break
            k += 1
    left = doc.tokens[y - 1].norm if y > s.first else ""
    openers = doc.lexicon.words("treaty_year_after_openers")
    attributive = doc.lexicon.words("document_year_attributive")
    if not (left in openers or y + 1 < s.last and doc.tokens[y + 1].norm in attributive
            and left not in doc.lexicon.words("document_year_left_preps")):
        return False
    for w in words.longest(doc.lemmas, None, max(s.first, y - 8), y):
        if joined(w.start, y) and not any(_finite_verb(ctx, j) for j in range(w.end, y)):
            return True
    return False


def _closest(times: list, index: int) -> PartialDate | None:
    if not times:
        return None
    def precision(t) -> int:  # type: ignore[no-untyped-def]
        return 2 if t.when.day else 1 if t.when.month else 0

    best = min(times, key=lambda t: (-precision(t), abs(t.first - index), t.first))
    return best.when  # type: ignore[no-any-return]


def _merge(ctx: ArticleContext, sightings: list[Sighting]) -> list[Meeting]:
    """One meeting per real event: sightings with the same participants and compatible medium and
    date are one; sightings that name nobody ("the call lasted 85 minutes") are the main event's."""
    events: list[Sighting] = []
    main = _main_participants(ctx, sightings)
    explicit_main = any(len(x.participants) >= 2 and x.sentence.index <= 2 for x in sightings)
    headline = bool(ctx.doc.sentences) and not ctx.doc.sentences[0].text.rstrip().endswith((".", "!", "?", "»", '"'))
    lead_sentences = {0, 1} if headline else {0}
    lead = {id(x) for x in sightings if x.sentence.index in lead_sentences and len(x.participants) >= 2}
    dated_by_lead: set[int] = set()
    told_unnamed: set[int] = set()  # events reported as the article's own ("the talks lasted three hours")
    also = ctx.doc.lexicon.words("also_words")
    seen: list[Sighting] = []  # the sightings before, with the dates they were given here
    for sight in sightings:
        if sight.date is None and not sight.past and len(sight.participants) >= 2 and any(
                ctx.doc.tokens[j].norm in also for j in range(sight.sentence.first, sight.sentence.last)):
            # "He also met his Mexican counterpart", "Yoon also held talks with ...": the occasion told before
            dated = [x.date for x in seen if x.date is not None and x.date.day and not x.past
                     and not x.arrival and set(x.participants) & set(sight.participants)]
            if dated:
                sight = replace(sight, date=dated[-1])
        if sight.same_day:
            # "later that day he also spoke with ...": the day of the meeting told before, not any date between
            dated = [x.date for x in seen if x.date is not None and x.date.day and not x.same_day
                     and not x.arrival]  # an arrival's day is not its talks' day
            if dated:
                sight = replace(sight, date=dated[-1])
        seen.append(sight)
        if id(sight) in lead:
            dated_by_lead.add(id(sight))
        unnamed = len(sight.participants) < 2
        told_again = unnamed or sight.remote_hint  # "the call", "the two leaders discussed": a meeting told before
        if unnamed and not sight.participants:
            # "the leaders", "the meeting lasted three hours": the meeting told just before
            reach = 2 if sight.both_sides else 1
            named = [x for x in sightings if len(x.participants) >= 2
                     and sight.sentence.index - reach <= x.sentence.index <= sight.sentence.index and x is not sight
                     and x.sentence.first < sight.sentence.last and not (x.past and not sight.past)]
            told_main = [x for x in sightings if x.participants == main and x.sentence.index < sight.sentence.index]
            if sight.both_sides and main is not None and told_main:
                named = told_main[-1:]  # "the leaders": the article's own pair, once it has been named
            if named and not sight.both_sides and sight.subjects and not set(sight.subjects) & set(
                    named[-1].participants):
                named = []  # "Ранее Трамп провёл телефонные разговоры с ...": its own subject, not that pair's meeting
            if named and (sight.both_sides or named[-1].participants != main):
                pair = named[-1].participants
                place = sight.place
                if sight.joined is not None and sight.joined not in pair:
                    pair = tuple(sorted((*pair, sight.joined)))  # "the two leaders met ... along with Japan"
                    # "the ministers then held a joint meeting with Blinken": where the pair met, when not told
                    place = place or named[-1].place
                sight = replace(sight, participants=pair, past=sight.past or named[-1].past, place=place)
                unnamed = False
        if unnamed:
            people = set(sight.participants)
            if main is None or not people <= set(main) or (people and not explicit_main):
                continue
            if not people and sight.subjects and not set(sight.subjects) & set(main):
                continue  # "the ambassador met a group of senators": someone else's meeting, not the article's own
            if sight.past and (people or sight.subjects and not explicit_main):
                # "Ранее Путин принял участие в саммите": his earlier trip, not the pair's meeting; "Ранее Трамп провёл
                # телефонные разговоры с ...": his earlier calls, when no meeting of the pair was told at the start
                continue
            pair = main if sight.joined is None or sight.joined in main else tuple(sorted((*main, sight.joined)))
            sight = replace(sight, participants=pair)
        if told_again and sight.medium is None and sight.date is None and sight.place is not None and any(
                e.participants == sight.participants and e.medium in ("phone", "video") for e in events):
            # "The call took place before dawn in Washington", "the two leaders also discussed the situation in Gaza":
            # the call told before, no meeting in a city of its own (a call has no venue)
            sight = replace(sight, place=None)
        fitting = [e for e in events if _compatible(e, sight)]
        if sight.medium is None and sight.remote_hint:
            # "in the course of their 40-minute conversation": a word of talking with no medium of its own is the call
            # told of the pair, before any visit of theirs told earlier
            fitting = [e for e in fitting if e.medium in ("phone", "video")] + [
                e for e in fitting if e.medium not in ("phone", "video")]
        if fitting:
            event = fitting[0]
            _absorb(event, sight)
            if id(sight) in lead:
                dated_by_lead.add(id(event))
            if unnamed:
                told_unnamed.add(id(event))
        else:
            if unnamed and not sight.past and sight.date is None and sight.duration is None and sight.medium is None:
                continue  # a bare word ("calls to join talks") tells no meeting of its own
            event = replace(sight, evidence=list(sight.evidence))
            if id(sight) in lead:
                dated_by_lead.add(id(event))
            if unnamed:
                told_unnamed.add(id(event))
            events.append(event)
    events = _states_met_through_people(ctx, _group_told_in_full(ctx, _visits_over_days(ctx, events)))
    events = _states_beside_their_leaders(ctx, _dated_by_the_writing_day(ctx, events))
    meetings = []
    for _index, e in enumerate(events):
        if e.departure:
            continue  # a visit told only as its setting off, no talks of it told
        # ("пообщались во время заседания в Казани", "talked in Kazan": a word of talking with a place was in person)
        medium = e.medium or ("phone" if e.remote_hint and e.place is None else "in_person")
        when = e.date
        if when is None and not e.past and (day := _sibling_day(e, events)) is not None:
            when = day  # "met Putin and Lavrov", the day told later of the meeting with Putin: one occasion
        elif when is None and id(e) in dated_by_lead and ctx.ref is not None and not e.past:
            # the lead's meeting, reported without a date of its own: the day the lead tells, else the article's
            when = _lead_date(ctx, lead_sentences)
        elif when is None and id(e) in told_unnamed and not e.past and e.participants == main:
            # the article's own event ("the leaders' talks lasted three hours"): the day its lead tells
            when = _lead_date(ctx, lead_sentences)
        elif when is None and not e.past and e.set_by is not None and (day := next((
                x.date for x in events if x is not e and e.set_by in x.participants and x.date is not None
                and x.date.day and set(x.participants) & set(e.participants)), None)) is not None:
            when = day  # "before his talks with Putin, Xi met Erdogan": the day of the talks with Putin
        elif when is None and not e.past:
            # an undated meeting of the article's own story ("agreed on Saturday ... took the decision at a video
            # meeting", "С хозяином саммита Путин беседовал"): the day of the ceremony told just before it
            # ("Церемония состоялась 7 октября. ... фрагменты встречи Мадуро с послом"), else the day the lead
            # tells, else the article's date
            when = _occasion_told_before(ctx, e.sentence) or _lead_date(ctx, lead_sentences)
            if e.eve and when is not None and when.day is not None:
                before = when.first_day() - timedelta(days=1)  # "накануне визита": the day before the one told
                when = PartialDate(before.year, before.month, before.day)
        if e.start_date is not None and (when is None or not 0 <= (
                when.first_day() - e.start_date.first_day()).days <= 3 or when.day is None):
            when = e.start_date  # the talks' day is not told: the visit is dated by its first day
        stated = dict(e.stated_in)
        for prop, value in (("date", e.date), ("duration", e.duration), ("place", e.place)):
            if value is not None:
                stated.setdefault(prop, 0)
        start = e.start_date if e.start_date is not None and e.start_date != when else None
        end = e.end_date if e.end_date is not None and when is not None and e.end_date.sort_key() > when.sort_key() \
            else None
        meetings.append(Meeting(medium=medium, participants=e.participants, evidence=tuple(e.evidence),
                                date=when, duration_minutes=e.duration, place=e.place, end_date=end, start_date=start,
                                property_evidence=tuple(sorted(stated.items()))))
    return meetings


def _sibling_day(event: Sighting, events: list[Sighting]) -> PartialDate | None:
    """"In Moscow, Xi met Putin and Lavrov", then "Putin received Xi on 11 March": the meetings one clause told
    together, of the same person, medium and place, were one occasion; the day told later of one of them is the
    others' too (one day only, none of their own)."""
    days = {x.date for x in events if x is not event and x.sentence == event.sentence and x.date is not None
            and x.date.day and not x.past and x.medium == event.medium and x.place == event.place
            and set(x.participants) & set(event.participants)}
    return next(iter(days)) if len(days) == 1 else None


def _group_told_in_full(ctx: ArticleContext, events: list[Sighting]) -> list[Sighting]:
    """A call "with several European leaders and Trump" whose other parties a later sentence names ("Zelensky, Macron,
    Merz, Starmer and Tusk held a call with Trump"): one call, told in full by the later sentence."""
    from ..text.morph import PymorphyLemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    leaders = doc.lexicon.lemmas_of("leader_words")

    def unnamed_group(e: Sighting) -> bool:
        for j in range(e.sentence.first, e.sentence.last):
            if doc.lemmas[j] & leaders and not doc.capitalised[j] and (
                    lem.noun_number(doc.tokens[j].norm) == "plur" if isinstance(lem, PymorphyLemmatizer)
                    else doc.tokens[j].norm.endswith("s")):
                return True
        return False

    out = list(events)
    for a in events:
        if len(a.participants) != 2 or a.past or not unnamed_group(a):
            continue
        fuller = [b for b in out if b is not a and set(a.participants) < set(b.participants) and not b.past
                  and (a.medium is None or b.medium is None or a.medium == b.medium)
                  and (a.date is None or b.date is None or a.date == b.date)]
        if len(fuller) == 1:
            _absorb(fuller[0], a)
            out = [e for e in out if e is not a]
    return out


def _visits_over_days(ctx: ArticleContext, events: list[Sighting]) -> list[Sighting]:
    """An arrival on one day and talks of the same pair told on their own (undated, or on the days after) are one
    visit, never two meetings: dated by its talks' day ("прибыл в Москву в понедельник ... во вторник провёл
    переговоры": Tuesday), starting on the arrival's day and ending on the last day of talks told. An arrival whose
    host its sentence does not name (the state's head, found by Entente) is the visit of the talks held in the days
    after with another person of that state ("arrived on Thursday ... held talks with the prime minister on Friday")."""
    kept = list(events)
    for arrival in events:
        if not arrival.arrival or arrival.date is None or arrival.date.day is None or arrival.past:
            continue
        start = arrival.date.first_day()
        later = [e for e in kept if e is not arrival and not e.arrival and e.participants == arrival.participants
                 and e.medium in (None, "in_person") and not e.past
                 and (e.date is None or e.date.day is not None and 0 <= (e.date.first_day() - start).days <= 3)
                 and (e.place is None or arrival.place is None or e.place == arrival.place)]
        if not later:
            later = _talks_with_the_host_state(ctx, arrival, kept, start)
        if not later:
            if arrival.talks_day is not None:
                arrival.date, arrival.start_date = arrival.talks_day, arrival.date
            continue
        dated = sorted((e for e in later if e.date is not None), key=lambda e: e.date.sort_key())  # type: ignore[union-attr]
        visit = dated[0] if dated else later[0]
        last = max((e.end_date or e.date for e in dated), key=lambda d: d.sort_key(), default=None)  # type: ignore[union-attr]
        for e in later:
            if e is not visit:
                _absorb_days(visit, e)
                kept.remove(e)
        if visit.date is None and arrival.talks_day is not None:
            visit.date = arrival.talks_day
            visit.stated_in["date"] = len(visit.evidence)
        visit.evidence.extend(arrival.evidence)
        visit.start_date, visit.end_date = arrival.date, last if last is not None and last != visit.date else None
        visit.place = visit.place or arrival.place
        visit.medium = visit.medium or arrival.medium
        kept.remove(arrival)
    return kept


def _talks_with_the_host_state(ctx: ArticleContext, arrival: Sighting, kept: list[Sighting],
                               start: date) -> list[Sighting]:
    """The dated talks, within three days after an arrival, of its visitor with one person of the state of the host
    the arrival's sentence does not name: the arrival's host was found by Entente, the talks name whom he met."""
    if len(arrival.participants) != 2:
        return []
    told = arrival.sentence
    named = {m.actor for m in ctx.in_range(told.first, told.last)}
    hosts = [p for p in arrival.participants if p not in named]
    if len(hosts) != 1:
        return []
    host = hosts[0]
    visitor = next(p for p in arrival.participants if p != host)
    state = _state_named_with(ctx, host)
    if state is None:
        return []
    talks = [e for e in kept if e is not arrival and not e.arrival and len(e.participants) == 2
             and visitor in e.participants and host not in e.participants
             and e.medium in (None, "in_person") and not e.past and e.date is not None and e.date.day is not None
             and 0 <= (e.date.first_day() - start).days <= 3
             and _state_named_with(ctx, next(p for p in e.participants if p != visitor)) == state]
    return talks if len({e.participants for e in talks}) == 1 else []


def _states_met_through_people(ctx: ArticleContext, events: list[Sighting]) -> list[Sighting]:
    """"met his counterparts from Britain, Japan and Canada ... He met Japanese Foreign Minister Motegi": a meeting
    with a state whose counterpart the article names elsewhere is the meeting with that person."""
    kept = list(events)
    for event in events:
        told = event.sentence
        summit = ctx.doc.lexicon.compiled.summit.matches(ctx.doc.lemmas, None, told.first, told.last)
        if len(event.participants) >= 2 and all(ctx.gaz.country_of(p) == p for p in event.participants) and summit:
            # "the first-ever trilateral summit of India, the US and Japan": the meeting of Modi, Trump and Japan (a
            # summit; "diplomats of China and Russia met" is another meeting than their leaders')
            same = [e for e in kept if e is not event and len(e.participants) == len(event.participants)
                    and e.past == event.past and (e.medium is None or event.medium is None or e.medium == event.medium)
                    and (e.date is None or event.date is None or e.date == event.date)
                    and {_state_named_with(ctx, p) for p in e.participants} == set(event.participants)]
            if len(same) == 1 and same[0].participants != event.participants:
                same[0].evidence.extend(event.evidence)
                same[0].date = same[0].date or event.date
                same[0].place = same[0].place or event.place
                same[0].duration = same[0].duration or event.duration
                kept.remove(event)
                continue
        if len(event.participants) != 2:
            continue
        states = [p for p in event.participants if ctx.gaz.country_of(p) == p]
        if len(states) != 1:
            continue
        other = next(p for p in event.participants if p != states[0])
        met = [e for e in kept if e is not event and other in e.participants and len(e.participants) == 2
               and e.past == event.past and (e.medium is None or event.medium is None or e.medium == event.medium)
               and (e.date is None or event.date is None or e.date == event.date)
               and _state_named_with(ctx, next(p for p in e.participants if p != other)) == states[0]]
        if len(met) != 1:
            continue
        if _told_as_office(ctx, told, other, states[0]):
            continue
        person = met[0]
        person.evidence.extend(event.evidence)
        person.date = person.date or event.date
        person.place = person.place or event.place
        person.duration = person.duration or event.duration
        kept.remove(event)
    return kept


def _dated_by_the_writing_day(ctx: ArticleContext, events: list[Sighting]) -> list[Sighting]:
    """"On August 8 the president left for a two-day visit ... expressed confidence in the success of today's summit",
    in an article dated August 9: the meeting told on the day of the writing is the one its text dates the day
    before (the story was filed a day later), one meeting, on the day the text names."""
    ref = ctx.ref
    if ref is None or ref.toordinal() <= 1:
        return events  # (a header dated 1 January of year 1 has no day before it)
    before = ref - timedelta(days=1)
    relative = ctx.doc.lexicon.get("relative_days", {})
    kept = list(events)
    for late in events:
        if late.date is None or late.date.day is None or late.date.first_day() != ref or late.past \
                or late.medium not in (None, "in_person"):
            continue
        told = late.sentence
        if not any(relative.get(t.norm.removesuffix("'s")) == 0 or any(relative.get(x) == 0 for x in lemmas)
                   for t, lemmas in zip(ctx.doc.tokens[told.first:told.last], ctx.doc.lemmas[told.first:told.last])):
            continue  # dated by a day of its own, not by "today" (the writing's)
        early = [e for e in kept if e is not late and e.participants == late.participants and not e.past
                 and e.medium in (None, "in_person") and e.date is not None and e.date.day is not None
                 and e.date.first_day() == before and (e.place is None or late.place is None or e.place == late.place)]
        if len(early) == 1 and len(late.participants) >= 2:
            late.date = None
            _absorb(early[0], late)
            kept.remove(late)
    return kept


def _states_beside_their_leaders(ctx: ArticleContext, events: list[Sighting]) -> list[Sighting]:
    """"Ilham Aliyev met Erdogan ... the meeting focused on cooperation between Azerbaijan and Turkey", "Зеленський
    зустрівся з Юн Сок Йолем ... Україна та Південна Корея вели перемовини": states whose leaders' meeting the article
    tells hold no meeting of their own beside it; nor does a leader "meet" a state whose head he met or spoke to
    ("прем'єр приїжджає до Кишинева ... телефонна розмова з прем'єром Молдови")."""
    def state(p: str) -> bool:
        return ctx.gaz.country_of(p) == p

    people = [e for e in events if len(e.participants) >= 2 and not any(state(p) for p in e.participants)]
    kept = []
    for event in events:
        states = [p for p in event.participants if state(p)]
        persons = [p for p in event.participants if not state(p)]
        leaders = [e for e in people if len(event.participants) >= 2 and len(states) == len(event.participants)
                   and len(e.participants) == len(states) and e.past == event.past
                   and (e.medium is None or event.medium is None or e.medium == event.medium)
                   and not (e.date is not None and event.date is not None and e.date.day and event.date.day
                            and e.date != event.date)
                   and not (e.place is not None and event.place is not None and e.place != event.place)
                   and {_state_named_with(ctx, p) for p in e.participants} == set(states)]
        if leaders:
            # (nor beside a meeting told otherwise: "ministers of the alliance met online" beside the leaders' talks)
            # (not beside the leaders' earlier meeting: "Xi and Putin last met in May; diplomats of China and Russia
            # met in Beijing" are two meetings)
            # (nor beside a meeting in another city: "the ministers met in Washington ... the commitments made by the
            # leaders of the two states at their meetings in Prague and Sochi")
            if len(leaders) == 1:
                # "переговоры Китая и Бразилии ... беседа лидеров длилась три часа", "talks between China and Brazil
                # ... the leaders' meeting lasted three hours": how long the states' talks lasted, their leaders' did
                leaders[0].duration = leaders[0].duration or event.duration
            continue
        if len(event.participants) == 2 and len(states) == 1 and any(
                persons[0] in e.participants and len(e.participants) == 2 and not event.past and not e.past
                and _state_named_with(ctx, next(p for p in e.participants if p != persons[0])) == states[0]
                for e in people) and not _told_as_office(ctx, event.sentence, persons[0], states[0]):
            continue
        kept.append(event)
    return kept


def _state_named_with(ctx: ArticleContext, actor: str) -> str | None:
    """The state a person stands for: from Entente's knowledge, else a nationality adjective right before one of
    the article's mentions of that person ("his Italian counterpart Luigi Di Maio")."""
    state = ctx.state_of(actor)
    if state is not None:
        return state
    doc = ctx.doc
    cap = doc.capitalised if doc.lang == "en" else None
    for m in ctx.mentions:
        if m.actor != actor:
            continue
        for a in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, cap, max(0, m.first - 4), m.first):
            return ctx.gaz.country_of(a.payload.actor)
    # "the Prime Minister of Samoa, Tuilaepa Sailele Malielegaoi", "Samoa's Prime Minister X", "Prime Minister X of
    # Samoa": the state of the title he was named with
    titles = [(t.start, t.end) for t in doc.lexicon.compiled.roles.matches(doc.lemmas, None, 0, len(doc.tokens))]
    joiners = doc.lexicon.words("determiners") | doc.lexicon.words("name_joiners") | {"of"}

    def in_title(j: int) -> bool:
        return any(a <= j < b for a, b in titles)

    def joined(lo: int, hi: int) -> bool:
        return all(in_title(j) or doc.tokens[j].norm in joiners or not doc.tokens[j].norm.isalnum()
                   for j in range(lo, hi))

    for m in ctx.mentions:
        if m.actor != actor or m.type != "Person":
            continue
        for c in ctx.mentions:
            if c.type != "Country":
                continue
            # (the country's end to the name: a title between, or only a comma after "the Prime Minister of")
            before = 0 <= m.first - c.last <= 5 and joined(c.last, m.first) and (
                any(in_title(j) for j in range(c.last, m.first)) or (c.first >= 2 and in_title(c.first - 2)
                                                                     and doc.tokens[c.first - 1].norm in joiners))
            after = c.first == m.last + 1 and doc.tokens[m.last].norm in joiners and any(
                b == m.first for _, b in titles)
            # ("с премьер-министром Самоа Туилаэпой ...": the state right after the title, the name right after it)
            after = after or (m.first == c.last and any(b == c.first for _, b in titles))
            if before or after:
                return ctx.gaz.country_of(c.actor)
    return None


def _absorb_days(event: Sighting, other: Sighting) -> None:
    event.evidence.extend(other.evidence)
    event.duration = event.duration or other.duration
    event.place = event.place or other.place


def _occasion_told_before(ctx: ArticleContext, s: SentenceSpan) -> PartialDate | None:
    """The day of an occasion told as held in the sentence just before ("Церемония подписания состоялась 7
    октября", "The ceremony took place on 7 October"), which an undated meeting told next was part of."""
    doc = ctx.doc
    if s.index == 0:
        return None
    previous = doc.sentences[s.index - 1]
    if not doc.lexicon.phrases("meeting_took_place").matches(doc.lemmas, None, previous.first, previous.last):
        return None
    days = [t.when for t in find_times(doc, previous.first, previous.last, ctx.ref) if isinstance(t.when, PartialDate)
            and t.when.day is not None and (ctx.ref is None or t.when.first_day() <= ctx.ref)]
    return days[-1] if len(days) == 1 else None


def _lead_date(ctx: ArticleContext, lead_sentences: set[int], fallback: bool = True) -> PartialDate | None:
    """The day the lead reports ("В пятницу в Кремле ... подписали"), else the article's date."""
    for index in sorted(lead_sentences):
        if index < len(ctx.doc.sentences):
            s = ctx.doc.sentences[index]
            relative = ctx.doc.lexicon.lemmas_of("relative_pronouns")
            other = _dated_other_events(ctx, s, [])  # "the crash of December 25": that event's day
            # ("Modi, who arrived on Monday, met Putin": Monday is the arrival's, not the day the lead tells)
            days = [t.when for t in find_times(ctx.doc, s.first, s.last, ctx.ref)
                    if isinstance(t.when, PartialDate) and t.when.day and t.first not in other
                    and (ctx.ref is None or t.when.first_day() <= ctx.ref)
                    and not (_in_relative_clause(ctx, s, t.first)
                              and ctx.doc.lemmas[ctx.clause(s, t.first)[0]] & relative)]
            if days:
                return days[0]  # type: ignore[no-any-return]
    dateline = _dateline_day(ctx)
    if dateline is not None:
        return dateline
    day = ctx.story_day
    return PartialDate(day.year, day.month, day.day) if day is not None and fallback else None


def _dateline_day(ctx: ArticleContext) -> PartialDate | None:
    """The day of a wire dateline standing as a line of its own near the top ("Кёнджу, Южная Корея, 30 октября (Jiji
    Press).", "GYEONGJU, Oct 30 (Reuters) -"): the day the story was filed, which its undated events took place on."""
    doc = ctx.doc
    text = doc.article.text
    for s in doc.sentences[:16]:
        opens = s.first + 1 < s.last and doc.capitalised[s.first] and "," in text[
            doc.tokens[s.first].end:doc.tokens[s.first + 1].start + 1]
        if not opens or s.last - s.first > 14:
            continue
        days = [t for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                and t.when.day and (ctx.ref is None or t.when.first_day() <= ctx.ref)]
        if days and not doc.lexicon.compiled.meeting.matches(doc.lemmas, None, s.first, s.last):
            return days[0].when  # type: ignore[return-value]
    return None


def _main_participants(ctx: ArticleContext, sightings: list[Sighting]) -> tuple[str, ...] | None:
    for sight in sightings:
        if len(sight.participants) >= 2 and sight.sentence.index <= 2 and not sight.past:
            return sight.participants
    people = ctx.top_people()
    if len(people) < 2:
        return None
    # the two people the article is about, of two states ("Ramaphosa ... received by his minister Lamola": not a pair);
    # both states known: a chief executive or an official the gazetteer places in no state ("Gazprom's CEO Miller",
    # "Commerce Secretary Ross", "Tellurian's CEO") is no counterpart an unnamed meeting word could mean
    if ctx.state_of(people[0]) is None:
        return None
    other = next((p for p in people[1:] if ctx.state_of(p) is not None and not _one_state(ctx, (people[0], p))), None)
    return tuple(sorted((people[0], other))) if other else None


def _people_of(ctx: ArticleContext, pair: tuple[str, ...]) -> tuple[str, ...]:
    """"Российско-узбекистанские переговоры": the states stand for the people the article is about who represent
    them (the most mentioned of each), when it names one for every state; else they stay states."""
    if not all(ctx.gaz.country_of(p) == p for p in pair):
        return pair
    people = [next((p for p in ctx.top_people() if ctx.state_of(p) == state), None) for state in pair]
    return tuple(sorted(p for p in people if p)) if all(people) and len(set(people)) == len(people) else pair


def _compatible(a: Sighting, b: Sighting) -> bool:
    if a.participants != b.participants:
        return False
    if a.arrival != b.arrival and any(x.arrival and x.date is not None and x.date.day for x in (a, b)):
        return False  # a dated arrival is the first day of a visit whose talks are joined to it afterwards
    if a.past != b.past and (a.date is None or b.date is None) and not any(
            x.past and x.date is None and x.place is None and x.duration is None for x in (a, b)):
        # "the talks lasted three hours; they had last met in October": two meetings; an earlier mention with
        # nothing of its own ("Ранее об этом разговоре сообщил Трамп", "earlier we showed the talks") is the same
        return False
    remote = {"phone", "video"}
    if (a.medium in remote and b.place) or (b.medium in remote and a.place):
        return False  # a call has no venue: talks in a named city are another meeting
    if a.medium and b.medium and a.medium != b.medium and not (
            (a.medium in remote and b.weak) or (b.medium in remote and a.weak)):
        return False  # "телефонные переговоры ... переговоры с Блинкеном": talks of the call already told
    if a.date and b.date and a.date != b.date and not (_within_days(a, b) or _within_days(b, a)):
        return False
    return not (a.place and b.place and a.place != b.place)


def _within_days(visit: Sighting, day: Sighting) -> bool:
    """Whether a visit told with its span of days ("a two-day visit on Monday and Tuesday") takes in a day told of one
    meeting of the same pair ("during a meeting on Tuesday evening"): that day is the visit's talks."""
    if visit.date is None or visit.end_date is None or day.date is None or day.end_date is not None \
            or None in (visit.date.day, visit.end_date.day, day.date.day):
        return False
    return visit.date.first_day() <= day.date.first_day() <= visit.end_date.first_day()


def _absorb(event: Sighting, sight: Sighting) -> None:
    if _within_days(event, sight) and event.date != sight.date:
        # the visit's span told first, its talks' day after: the meeting is dated by its talks, from the first day
        event.start_date, event.date = event.start_date or event.date, sight.date
        event.stated_in["date"] = len(event.evidence)
    elif _within_days(sight, event) and sight.date != event.date:
        event.start_date = event.start_date or sight.date
    for prop, value, incoming in (("date", event.date, sight.date), ("duration", event.duration, sight.duration),
                                  ("place", event.place, sight.place)):
        if value is None and incoming is not None:
            event.stated_in[prop] = len(event.evidence)
    # a sighting told by no word of its medium ("они обсудили", "the two leaders discussed") is no in-person evidence:
    # the weakness of the talks is the other's ("переговоры" absorbed into it stay a call's talks, once one is told)
    event.weak = (event.weak or not event.medium) and (sight.weak or not sight.medium) and bool(
        event.medium or sight.medium)
    event.medium = event.medium if event.medium in ("phone", "video") or not sight.medium else (
        sight.medium if sight.medium in ("phone", "video") or not event.medium else event.medium)
    event.remote_hint = event.remote_hint or sight.remote_hint
    event.date = event.date or sight.date
    event.end_date = event.end_date or sight.end_date
    event.start_date = event.start_date or sight.start_date
    event.arrival = event.arrival and sight.arrival
    event.set_by = event.set_by or sight.set_by
    event.departure = event.departure and sight.departure
    event.duration = event.duration or sight.duration
    event.place = event.place or sight.place
    event.evidence.extend(sight.evidence)
