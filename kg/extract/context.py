"""What every extractor of one article shares: the analysed text, its actor mentions, clauses."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..gazetteer import Gazetteer
from ..lexicon import lemma_positions
from ..records import Actor, Evidence, PartialDate
from ..text.document import Document, SentenceSpan
from .actors import TokenMention

NON_PARTICIPANT_ROLES = {"aide", "spokesperson"}
# the offices of a state's leaders: who hosts a leader's visit
LEADER_ROLES = frozenset({"president", "prime_minister", "head_of_state", "king", "emir", "chancellor",
                          "supreme_leader", "crown_prince"})


@dataclass
class ArticleContext:
    doc: Document
    gaz: Gazetteer
    mentions: list[TokenMention]
    _openers: frozenset[str] = field(default=frozenset())
    # indexes and answers computed once per article, so that no per-sentence or per-fact step scans every
    # mention of the article (the cost of a long article stays linear in its length)
    _by_first: list[int] = field(default_factory=list)
    _firsts: list[int] = field(default_factory=list)
    _answers: dict[str, object] = field(default_factory=dict)
    _in_range: dict[tuple[int, int], tuple[TokenMention, ...]] = field(default_factory=dict)
    _discussing: dict[int, int] = field(default_factory=dict)  # a meeting word's start -> meetings._discussing_word
    # the actors this article introduced (companies and people the gazetteer does not know), by key
    new_actors: dict[str, Actor] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._openers = self.doc.lexicon.lemmas_of("clause_openers")
        self._by_first = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].first)
        self._firsts = [self.mentions[i].first for i in self._by_first]

    @property
    def ref(self) -> date | None:
        """The article's date, else the one its text suggests (an estimate), else the day a weekday fixes."""
        if self.doc.article.published is not None:
            return self.doc.article.published
        if "weekday_ref" not in self._answers:
            estimate = self.doc.article.published_estimate
            self._answers["weekday_ref"] = self._weekday_ref() if estimate is None else self._day_after(estimate)
        return self._answers["weekday_ref"]  # type: ignore[return-value]

    def yes_no_question(self, s: SentenceSpan) -> bool:
        """Whether the sentence asks yes or no ("Will trade reach $300 billion?", "Did Putin speak with Xi?",
        "Достигнет ли ...?", "Чи сягне ...?"): a question word (the lexicon's "yes_no_question_words") first or
        second and a question mark at the end (a closing quote or bracket may follow it), no word of "why" or "how"
        first (the lexicon's "wh_question_words"); it tells no fact. Every extractor asks this one question."""
        doc = self.doc
        if not s.text.rstrip().rstrip("»\"”’')").endswith("?"):
            return False
        if doc.lemmas[s.first] & doc.lexicon.lemmas_of("wh_question_words"):
            return False  # "Why did Putin meet Xi?": the question takes the fact as told
        asking = doc.lexicon.lemmas_of("yes_no_question_words")
        return any(doc.lemmas[j] & asking for j in range(s.first, min(s.first + 2, s.last)))

    def _weekday_named(self) -> list[tuple[int, int, int]]:
        """(month, day, weekday) of the year-less days the text names with a weekday ("в пятницу, 21 февраля", or a
        dateline's "24 сентября" with the one weekday the text tells, "В среду")."""
        from ..text.dates import _in_dateline, _weekday_at, _weekday_just_before, _yearless_dates

        doc = self.doc
        named: list[tuple[int, int, int]] = []
        weekdays = [w for j in range(len(doc.tokens)) if (w := _weekday_at(doc, j)) is not None]
        for index, month, day in _yearless_dates(doc):
            weekday = _weekday_just_before(doc, index, 0)
            if weekday is None and _in_dateline(doc, index) and len(set(weekdays)) == 1:
                weekday = weekdays[0]
            if weekday is not None:
                named.append((month, day, weekday))
        return named

    def _day_after(self, day: date) -> date:
        """"в пятницу, 21 февраля, Зеленский начал обзванивать ... также вчера вечером звонил": a text that names
        a day by its weekday and says "yesterday" was written the day after it; the story's day stays that day."""
        doc = self.doc
        relative = doc.lexicon.get("relative_days", {})
        said_yesterday = any(relative.get(t.norm) == -1 and t.norm not in doc.lexicon.get(
            "meeting_before_event_preps", []) for t in doc.tokens)
        if not said_yesterday or (day.month, day.day, day.weekday()) not in self._weekday_named():
            return day
        self._answers["story_day"] = day
        return day + timedelta(days=1)

    def _weekday_ref(self) -> date | None:
        """For an undated text that writes no year: the latest day it names with a weekday ("в пятницу, 21
        февраля", or a dateline's "24 сентября" with "В среду" told after it), in the latest year, up to what
        Entente's knowledge reaches, where that day falls on that weekday and the most of the people it names
        held their offices ("Шукри", foreign minister until 2024, puts a Friday 27 September in 2019, not 2024).
        Entente's knowledge reaches a year past its latest known change of office, as the estimate's does."""
        named = self._weekday_named()
        if not named:
            return None
        from ..text.dates import _SLACK

        known = max((r.start for r in self.gaz.roles if r.start is not None), default=None)
        if known is None:
            return None
        horizon = known + _SLACK  # an article may be written up to a year after the latest change Entente knows
        office_holders = sorted({m.actor for m in self.mentions
                                     if m.type == "Person" and self.gaz.roles_of(m.actor, None)})
        best: tuple[int, date] | None = None
        for month, day, weekday in named:
            for year in range(horizon.year, horizon.year - 40, -1):
                try:
                    when = date(year, month, day)
                except ValueError:
                    continue
                if when > horizon or when.weekday() != weekday:
                    continue
                holding = sum(1 for p in office_holders if self.gaz.roles_of(p, when))
                if best is None or (holding, when) > best:
                    best = (holding, when)
        return None if best is None else self._day_after(best[1])

    @property
    def story_day(self) -> date | None:
        """The day the story tells of: the article's date, else the day its text names by its weekday (not the day
        after, from which its "yesterday" is counted)."""
        ref = self.ref
        return self._answers.get("story_day", ref)  # type: ignore[return-value]

    def in_range(self, first: int, last: int) -> list[TokenMention]:
        """The mentions within tokens [first, last), in the order of `mentions`."""
        kept = self._in_range.get((first, last))  # extractors ask about each sentence and clause many times
        if kept is None:
            lo, hi = bisect_left(self._firsts, first), bisect_left(self._firsts, last)
            found = sorted(i for i in self._by_first[lo:hi] if self.mentions[i].last <= last)
            kept = self._in_range[(first, last)] = tuple(self.mentions[i] for i in found)
        return list(kept)

    def after_preposition(self, index: int, key: str, past_determiner: bool = False) -> bool:
        """Whether token `index` follows one of the prepositions the lexicon lists under `key` ("in Geneva",
        "в Пекине"); with `past_determiner`, an article may stand between them ("to the United States")."""
        tokens = self.doc.tokens
        if past_determiner and index > 1 and tokens[index - 1].norm in self.doc.lexicon.words("determiners"):
            index -= 1
        return index > 0 and tokens[index - 1].norm in self.doc.lexicon.words(key)

    def in_dateline(self, sentence: SentenceSpan, mention: TokenMention) -> bool:
        """Whether the mention is in a wire dateline ("KAZAN, Russia, Oct 23 (Reuters) -", "ПЕКИН, 22 августа —"):
        where the news was filed, not who acted."""
        tokens, text = self.doc.tokens, self.doc.article.text
        head = tokens[sentence.first].text
        if mention.first >= sentence.last:
            return False
        if not (len(head) >= 3 and head.isupper() and head.isalpha()):
            # "Nairobi, MINA – ...": a city opening the sentence, a comma after it, opens a dateline too
            city = next((m for m in self.in_range(sentence.first, min(sentence.last, sentence.first + 4))
                         if m.first == sentence.first and m.type == "City"), None)
            if city is None or city.last >= sentence.last or \
                    text[tokens[city.last - 1].end:tokens[city.last].start].strip() != ",":
                return False
        for j in range(sentence.first + 1, min(sentence.last, sentence.first + 14)):
            if tokens[j].text in ("-", "—", "–") and text[tokens[j - 1].end:tokens[j].start]:
                return mention.first < j  # the dash that closes the dateline, spaced on its left
        return False

    def date_told_before(self, sentence: SentenceSpan, within: int | None = None,
                         keep: Callable[[PartialDate], bool] = lambda when: True) -> PartialDate | None:
        """The last date (that `keep` accepts) stated in the sentences before this one, the nearest `within`
        of them ("того же дня", "Тоді ... підписали": the day told just before)."""
        from ..text.dates import find_times

        first = 0 if within is None else max(0, sentence.index - within)
        for previous in reversed(self.doc.sentences[first:sentence.index]):
            dates = [t.when for t in find_times(self.doc, previous.first, previous.last, self.ref)
                     if isinstance(t.when, PartialDate) and keep(t.when)]
            if dates:
                return dates[-1]
        return None

    def evidence(self, sentence: SentenceSpan, extractor: str) -> Evidence:
        return Evidence(self.doc.article.id, sentence.start, sentence.end, sentence.text, extractor)

    def clause(self, sentence: SentenceSpan, index: int) -> tuple[int, int]:
        """Token range of the clause holding token `index`: cut at a comma, dash or colon before a
        subordinating word ("..., где", "..., коли", "..., which")."""
        first, last = sentence.first, sentence.last
        boundaries = self._boundaries()
        at = bisect_right(boundaries, index) - 1  # the nearest boundary in (sentence.first, index]
        if at >= 0 and boundaries[at] > sentence.first:
            first = boundaries[at]
        at = bisect_left(boundaries, index + 1)  # the nearest in [index + 1, sentence.last)
        if at < len(boundaries) and boundaries[at] < sentence.last:
            last = boundaries[at]
        return first, last

    def _boundaries(self) -> list[int]:
        """Every token at which `_boundary` holds, in order: found once per article from the tokens that are
        clause openers, not re-tested for every clause asked about."""
        if "boundaries" not in self._answers:
            openers = lemma_positions(self.doc.lemmas).keys() & self._openers
            candidates = {j for lemma in openers for j in lemma_positions(self.doc.lemmas)[lemma] if j > 0}
            self._answers["boundaries"] = sorted(j for j in candidates if self._boundary(j))
        return self._answers["boundaries"]  # type: ignore[return-value]

    def _boundary(self, j: int) -> bool:
        tokens = self.doc.tokens
        gap = self.doc.article.text[tokens[j - 1].end:tokens[j].start]
        return any(ch in gap for ch in ",;:(") and bool(self.doc.lemmas[j] & self._openers)

    def is_participant_person(self, actor: str) -> bool:
        """Aides and spokespeople report meetings; they are not their participants."""
        roles = {r.role for r in self.gaz.roles_of(actor, None)}
        return not roles or not roles <= NON_PARTICIPANT_ROLES

    def _titles_given(self) -> dict[str, set[str]]:
        """The offices the article gives the people the gazetteer does not know, by the title right before a name
        ("presidential spokesman Mohamed El-Shenawy", "пресс-секретарь Иван Петров")."""
        if "titles_given" not in self._answers:
            doc, given = self.doc, {}  # type: ignore[var-annotated]
            ends = {t.end: t.payload for t in doc.lexicon.compiled.roles.longest(doc.lemmas)}
            for m in self.mentions:
                if m.type == "Person" and m.actor not in self.gaz.actors and m.first in ends:
                    given.setdefault(m.actor, set()).add(ends[m.first])
            self._answers["titles_given"] = given
        return self._answers["titles_given"]  # type: ignore[return-value]

    def reports_rather_than_meets(self, mention: TokenMention) -> bool:
        """An aide or spokesperson who is the one reporting ("сообщил помощник Ушаков", "Peskov said"), known to
        the gazetteer or given the title by the article ("spokesman Mohamed El-Shenawy said")."""
        if any(m.end >= mention.first - 2 for m in self.doc.lexicon.phrases("meeting_disclosed_by").matches(
                self.doc.lemmas, None, max(0, mention.first - 5), mention.first)):
            return True  # "News of the visit was disclosed by Ambassador Salih Mutlu Sen": who made it known
        if any(m.start == mention.last for m in self.doc.lexicon.phrases("quoted_as_words").matches(
                self.doc.lemmas, None, mention.last, min(len(self.doc.tokens), mention.last + 3))):
            return True  # "the agency quoted Lavrov as saying Trump ... during a call": the source, not a party
        titles = self._titles_given().get(mention.actor, set())
        if self.is_participant_person(mention.actor) and not (titles and titles <= NON_PARTICIPANT_ROLES):
            return False
        verbs = self.doc.lexicon.lemmas_of("reporting_verbs")
        window = range(max(0, mention.first - 5), min(len(self.doc.tokens), mention.last + 3))
        if any(self.doc.lemmas[j] & verbs for j in window):
            return True
        # "За словами Єрмака, ...", "according to Peskov": named as the source
        if any(m.end >= mention.first - 2 for m in self.doc.lexicon.phrases("reported_by_words").matches(
                self.doc.lemmas, None, max(0, mention.first - 5), mention.first)):
            return True
        # "Ушаков: разговор длился...", "Peskov: the talks were useful": a speaker who opens a line with a colon;
        # "Переговори тривали три години – Єрмак": one who closes it after a dash
        text, tokens = self.doc.article.text, self.doc.tokens
        before = text[max(0, tokens[mention.first].start - 3):tokens[mention.first].start].strip()
        closes = mention.last >= len(tokens) or "\n" in text[tokens[mention.last - 1].end:tokens[mention.last].start] \
            or text[tokens[mention.last - 1].end:tokens[mention.last - 1].end + 1] in (".", "")
        if before.endswith(("–", "—")) and closes:
            return True
        line_start = text.rfind("\n", 0, tokens[mention.first].start) + 1
        after = text[tokens[mention.last - 1].end:tokens[mention.last - 1].end + 2]
        return not text[line_start:tokens[mention.first].start].strip() and after.lstrip().startswith(":")

    def company_state(self, key: str) -> str | None:
        """The state of a company, known to the gazetteer or introduced by the article with its state ("Poland's
        PGNiG"); None for anything else."""
        entry = self.gaz.entries.get(key)
        if entry is not None:
            if self.gaz.state_of_body(key) or entry.get("kind") == "party":
                return None  # a ministry or central bank is its state's, a ruling party no company
            return str(entry["country"]) if entry.get("type") == "Organization" and entry.get("country") else None
        actor = self.new_actors.get(key)
        return actor.country if actor is not None and actor.type == "Organization" else None

    def state_of(self, actor: str) -> str | None:
        """The country a person represents at the article's date, or the country itself."""
        country = self.gaz.country_of(actor)
        if country:
            return country
        for r in self.gaz.roles_of(actor, self.ref) or self.gaz.roles_of(actor, None):
            if self.gaz.actor(r.of) and self.gaz.actor(r.of).type == "Country":  # type: ignore[union-attr]
                return r.of
        if actor in self.new_actors and self.new_actors[actor].type == "Person":
            return self._titled_states().get(actor)
        return None

    def _titled_states(self) -> dict[str, str]:
        """The states of the people the article introduces with a title of their state ("Burundian Foreign Minister
        Albert Shingiro", "министр иностранных дел Бурунди Альбер Шингиро"): a state's adjective or name right
        before the title, or the state's name between the title and the name; the first such title counts."""
        if "titled_states" in self._answers:
            return self._answers["titled_states"]  # type: ignore[return-value]
        doc = self.doc
        tokens, text = doc.tokens, doc.article.text
        adjectives = {m.end: m for m in self.gaz.adjectives(doc.lang).longest(doc.lemmas, None)}
        titles = {t.end: t for t in doc.lexicon.compiled.roles.longest(doc.lemmas)}
        by_last = {m.last: m for m in self.mentions}

        def adjoining(one: int) -> bool:  # nothing but a space between token one - 1 and token one
            return 0 < one < len(tokens) and not text[tokens[one - 1].end:tokens[one].start].strip()

        found: dict[str, str] = {}
        for m in self.mentions:
            if m.type != "Person" or m.actor in found or not adjoining(m.first):
                continue
            state: str | None = None
            between = by_last.get(m.first)
            title = titles.get(m.first)
            if title is None and between is not None and between.type == "Country" and adjoining(between.first):
                title, state = titles.get(between.first), self.gaz.country_of(between.actor)
            if title is None:
                continue
            if state is None and adjoining(title.start):
                before = by_last.get(title.start)
                adjective = adjectives.get(title.start)
                if before is not None and before.type == "Country":
                    state = self.gaz.country_of(before.actor)
                elif adjective is not None:
                    state = self.gaz.country_of(adjective.payload.actor)
            if state:
                found[m.actor] = state
        self._answers["titled_states"] = found
        return found

    def top_people(self) -> list[str]:
        """People the article is about: most mentioned first, earliest first among equals."""
        if "top_people" not in self._answers:
            self._answers["top_people"] = self._top_people()
        return list(self._answers["top_people"])  # type: ignore[call-overload]

    def _top_people(self) -> list[str]:
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        for m in self.mentions:
            if m.type == "Person" and self.is_participant_person(m.actor):
                counts[m.actor] += 1
                first_seen.setdefault(m.actor, m.first)
        return sorted(counts, key=lambda a: (-counts[a], first_seen[a], a))

    def first_mention_order(self) -> dict[str, int]:
        if "first_mention_order" not in self._answers:
            self._answers["first_mention_order"] = self._first_mention_order()
        return dict(self._answers["first_mention_order"])  # type: ignore[call-overload]

    def _first_mention_order(self) -> dict[str, int]:
        order: dict[str, int] = {}
        for m in self.mentions:
            order.setdefault(m.actor, m.first)
            state = self.state_of(m.actor)
            if state:
                order.setdefault(state, m.first)
        return order
