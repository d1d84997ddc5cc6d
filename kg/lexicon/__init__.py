"""Language knowledge as data: one JSON file per language (triggers, titles, months, units…).

Adding a language means adding `<lang>.json` beside this file (and its tests), not code.
Phrases are written in natural form; they are lemmatised on load, so one entry matches every
grammatical case of every word in it.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Generic, TypeVar

from ..errors import ConfigError
from ..paths import package_folder

HERE = package_folder(__name__)
Payload = TypeVar("Payload")
LemmaSets = Sequence[frozenset[str]]


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[Payload]):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payload: Payload
    exact: int = field(default=0, compare=False)  # words matched by a dictionary form, not a crude stem


class PhraseSet(Generic[Payload]):
    """Multi-word phrases matched on lemmas: each phrase word may stand in any inflected form."""

    def __init__(self, lang: str, preference: dict[Any, int] | None = None) -> None:
        self.lang = lang
        self._preference = preference or {}
        # first word's lemma -> (lemma sets with stems, payload, capitalised words, dictionary forms alone)
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], Payload, tuple[bool, ...],
                                             tuple[frozenset[str], ...]]]] = {}
        # the matches over a whole document's tokens, found once per document and sliced per question
        # (extractors ask one phrase set about many sentences and clauses of one document)
        self._indexes: dict[tuple[int, int], _DocumentMatches[Payload]] = {}
        self._last: _DocumentMatches[Payload] | None = None

    def add(self, phrase: str, payload: Payload, case_sensitive: bool = False) -> None:
        from ..text.morph import lemmatizer
        from ..text.tokens import tokenize

        tokens = tokenize(phrase)
        if not tokens:
            return
        from ..text.morph import stems

        lem = lemmatizer(self.lang)
        # a name in the gazetteer is in the nominative: only a final vowel or soft sign may go
        # ("Тяньцзинь" -> тяньцзин), never a suffix such as "-ов" ("Денисов" is not "Денис")
        endings = tuple(e for e in load_lexicon(self.lang).get("case_endings", ()) if len(e) == 1) \
            if case_sensitive else ()
        sets = tuple((lem.lemmas(t.norm) | (stems(t.norm, endings) if t.text[:1].isupper() else frozenset()))
                     if not t.text.isupper() or len(t.text) > 5 else frozenset((t.norm,))
                     for t in tokens)
        capitals = tuple(case_sensitive and t.text[0].isupper() for t in tokens)
        exact = tuple(lem.lemmas(t.norm) for t in tokens)
        entry = (sets, payload, capitals, exact)
        for first in sets[0]:
            bucket = self._by_first.setdefault(first, [])
            if entry not in bucket:
                bucket.append(entry)

    def matches(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None = None,
                start: int = 0, end: int | None = None) -> list[PhraseMatch[Payload]]:
        """All matches inside tokens [start, end), longest first where two start at one token."""
        size = len(lemmas)
        end = size if end is None else end
        if size < INDEX_FROM_TOKENS or start < 0 or end > size:
            return self._matches(lemmas, capitalised, start, end)
        index = self._last
        if index is None or index.lemmas is not lemmas or index.capitalised is not capitalised:
            index = self._index(lemmas, capitalised)
        starts = index.starts
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        return [m for m in index.found[lo:hi] if m.end <= end] if lo < hi else []

    def _index(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None) -> _DocumentMatches[Payload]:
        """The matches over all of `lemmas`, found on the first question about this document."""
        last = self._last
        if last is not None and last.lemmas is lemmas and last.capitalised is capitalised:
            return last
        key = (id(lemmas), id(capitalised))
        index = self._indexes.get(key)
        if index is None or index.lemmas is not lemmas or index.capitalised is not capitalised:
            if len(self._indexes) >= KEPT_INDEXES:  # the oldest goes: its document is done with
                self._indexes.pop(next(iter(self._indexes), key), None)
            index = _DocumentMatches(lemmas, capitalised, self._scan(lemmas, capitalised))
            self._indexes[key] = index
        self._last = index
        return index

    def _scan(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None) -> list[PhraseMatch[Payload]]:
        """`_matches` over the whole document, from the phrases whose first word is in it: the same answer,
        without a look-up per token and lemma for each phrase set."""
        positions = lemma_positions(lemmas)
        end = len(lemmas)
        best: dict[PhraseMatch[Payload], PhraseMatch[Payload]] = {}
        for lemma in positions.keys() & self._by_first.keys():
            entries = self._by_first[lemma]
            for i in positions[lemma]:
                for sets, payload, capitals, exact in entries:
                    n = len(sets)
                    if n == 1:
                        if capitalised is not None and capitals[0] and not capitalised[i]:
                            continue
                        m = PhraseMatch(i, i + 1, payload, 1 if exact[0] & lemmas[i] else 0)
                    elif i + n > end or not all(sets[k] & lemmas[i + k] for k in range(1, n)) or (
                            capitalised is not None and not all(capitalised[i + k] or not capitals[k]
                                                                for k in range(n))):
                        continue
                    else:
                        m = PhraseMatch(i, i + n, payload, sum(1 for k in range(n) if exact[k] & lemmas[i + k]))
                    if m not in best or m.exact > best[m].exact:
                        best[m] = m
        return sorted(best.values(), key=lambda m: (m.start, -(m.end - m.start), repr(m.payload)))

    def _matches(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None,
                 start: int, end: int) -> list[PhraseMatch[Payload]]:
        found: list[PhraseMatch[Payload]] = []
        for i in range(start, end):
            for lemma in lemmas[i]:
                for sets, payload, capitals, exact in self._by_first.get(lemma, ()):
                    n = len(sets)
                    if i + n > end:
                        continue
                    if all(sets[k] & lemmas[i + k] for k in range(1, n)) and (
                            capitalised is None or all(capitalised[i + k] or not capitals[k] for k in range(n))):
                        found.append(PhraseMatch(i, i + n, payload,
                                                 sum(1 for k in range(n) if exact[k] & lemmas[i + k])))
        best: dict[PhraseMatch[Payload], PhraseMatch[Payload]] = {}
        for m in found:
            if m not in best or m.exact > best[m].exact:
                best[m] = m
        return sorted(best.values(), key=lambda m: (m.start, -(m.end - m.start), repr(m.payload)))

    def longest(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None = None,
                start: int = 0, end: int | None = None) -> list[PhraseMatch[Payload]]:
        """Non-overlapping matches, preferring the longest and then the earliest."""
        end_ = len(lemmas) if end is None else end
        if len(lemmas) < INDEX_FROM_TOKENS or start < 0 or end_ > len(lemmas):
            return self._longest(lemmas, capitalised, start, end_)
        index = self._index(lemmas, capitalised)
        chosen = index.longest.get((start, end_))
        if chosen is None:
            chosen = index.longest[(start, end_)] = self._longest(lemmas, capitalised, start, end_)
        return list(chosen)

    def _longest(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None,
                 start: int, end: int) -> list[PhraseMatch[Payload]]:
        chosen: list[PhraseMatch[Payload]] = []
        taken: set[int] = set()
        for m in sorted(self.matches(lemmas, capitalised, start, end),
                        key=lambda m: (-(m.end - m.start), m.start, -m.exact, self._preference.get(m.payload, 99),
                                       repr(m.payload))):
            if not taken.intersection(range(m.start, m.end)):
                chosen.append(m)
                taken.update(range(m.start, m.end))
        return sorted(chosen, key=lambda m: m.start)


INDEX_FROM_TOKENS = 32  # shorter token lists (a name, a phrase) are matched directly, not indexed
KEPT_INDEXES = 4  # documents whose matches a phrase set keeps (one article is extracted at a time)


_LEMMA_POSITIONS: dict[int, tuple[LemmaSets, dict[str, list[int]]]] = {}


def lemma_positions(lemmas: LemmaSets) -> dict[str, list[int]]:
    """Each lemma of a document -> the indexes of its tokens, built once per document for all phrase sets."""
    kept = _LEMMA_POSITIONS.get(id(lemmas))
    if kept is not None and kept[0] is lemmas:
        return kept[1]
    positions: dict[str, list[int]] = {}
    for i, forms in enumerate(lemmas):
        for lemma in forms:
            positions.setdefault(lemma, []).append(i)
    if len(_LEMMA_POSITIONS) >= KEPT_INDEXES:
        _LEMMA_POSITIONS.pop(next(iter(_LEMMA_POSITIONS), id(lemmas)), None)
    _LEMMA_POSITIONS[id(lemmas)] = (lemmas, positions)
    return positions


class _DocumentMatches(Generic[Payload]):
    """One phrase set's matches over one document, in the order `matches` returns them, with the answers of
    `longest` for the token ranges asked so far. It holds the document's lists, so their ids stay its own."""

    __slots__ = ("lemmas", "capitalised", "found", "starts", "longest")

    def __init__(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None,
                 found: list[PhraseMatch[Payload]]) -> None:
        self.lemmas = lemmas
        self.capitalised = capitalised
        self.found = found
        self.starts = [m.start for m in found]
        self.longest: dict[tuple[int, int], list[PhraseMatch[Payload]]] = {}


def phrase_set(lang: str, entries: Iterable[tuple[str, Any]],
               preference: dict[Any, int] | None = None) -> PhraseSet[Any]:
    ps: PhraseSet[Any] = PhraseSet(lang, preference)
    for phrase, payload in entries:
        ps.add(phrase, payload)
    return ps


class Lexicon:
    """One language's lexicon: raw data plus compiled phrase sets."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self.irregular: dict[str, str] = data.get("irregular", {})
        self.abbreviations = frozenset(a.lower() for a in data.get("abbreviations", []))
        # abbreviated scales ("млрд.") end a sentence when a capitalised word follows
        self.scale_abbreviations = frozenset(a.lower() for a in data.get("scale_abbreviations", []))
        self._lemmas: dict[str, frozenset[str]] = {}
        self._tables: dict[str, dict[str, Any]] = {}
        self._phrases: dict[str, PhraseSet[str]] = {}

    def lemmas_of(self, key: str) -> frozenset[str]:
        """Every lemma of the words listed under `key` (the keys, for a table), computed once."""
        if key not in self._lemmas:
            self._lemmas[key] = lemma_set(self.lang, self.data.get(key, ()))
        return self._lemmas[key]

    def lemma_table(self, key: str) -> dict[str, Any]:
        """The table under `key` (months, ordinals, units…) keyed by every lemma of its words, computed once."""
        if key not in self._tables:
            inverse: dict[str, Any] = {}
            for word, value in self.data.get(key, {}).items():
                for lemma in lemma_set(self.lang, [word]):
                    inverse.setdefault(lemma, value)
            self._tables[key] = inverse
        return self._tables[key]

    def phrases(self, key: str) -> PhraseSet[str]:
        """The phrases listed under `key` as a phrase set whose payload is the key, compiled once."""
        if key not in self._phrases:
            self._phrases[key] = phrase_set(self.lang, ((w, key) for w in self.data.get(key, ())))
        return self._phrases[key]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def compiled(self) -> CompiledLexicon:
        return _compiled(self.lang)


class CompiledLexicon:
    """Phrase sets built from a lexicon (built lazily: the lemmatiser must exist first)."""

    def __init__(self, lex: Lexicon) -> None:
        d = lex.data
        lang = lex.lang
        # where one word is listed twice, the explicit medium wins over the generic reading
        self.meeting = phrase_set(lang, ((p, medium) for medium, ps in d["meeting"].items() for p in ps),
                                  {"phone": 0, "video": 1, "in_person": 2, "generic": 3})
        self.irrealis = phrase_set(lang, ((p, "irrealis") for p in d["irrealis"]))
        self.negation = phrase_set(lang, ((p, "negation") for p in d["negation"]))
        self.past_meeting = phrase_set(lang, ((p, "past") for p in d["past_meeting"]))
        self.remote_only = phrase_set(lang, ((p, "remote") for p in d["remote_only"]))
        self.visit = phrase_set(lang, ((p, "visit") for p in d["visit_words"]))
        self.summit = phrase_set(lang, ((p, "summit") for p in d["summit_words"]))
        inv = d["invitation"]
        self.invitation = phrase_set(lang, [(p, kind) for kind in ("invite", "invitation_noun", "received",
                                                                    "accept", "decline", "expect_visit", "give",
                                                                    "by_invitation")
                                            for p in inv.get(kind, [])])
        self.occasion = phrase_set(lang, ((p, "occasion") for p in d["occasion_markers"]))
        self.visit_kinds = phrase_set(lang, ((p, kind) for kind, ps in d["visit_kinds"].items() for p in ps))
        self.roles = phrase_set(lang, ((p, role) for role, ps in d["roles"].items() for p in ps))
        self.counterpart = phrase_set(lang, ((p, "counterpart") for p in d["counterpart"]))
        self.both_sides = phrase_set(lang, ((p, "both") for p in d["both_sides"]))
        self.commodities = phrase_set(lang, ((p, key) for key, ps in d["commodities"].items() for p in ps))
        self.rise = phrase_set(lang, ((p, 1) for p in d["rise_words"]))
        self.fall = phrase_set(lang, ((p, -1) for p in d["fall_words"]))
        self.supply = phrase_set(lang, ((p, "supply") for p in d["supply_words"]))
        self.imports = phrase_set(lang, ((p, "import") for p in d["import_words"]))
        self.volume_units = phrase_set(lang, ((p, tuple(v)) for p, v in d["volume_units"].items()))
        self.treaty_signed = phrase_set(lang, ((p, "signed") for p in d["treaty_signed_words"]))
        self.treaty_status = phrase_set(lang, ((p, s) for s, ps in d["treaty_status"].items() for p in ps))
        self.treaty_words = phrase_set(lang, ((p, "treaty") for p in d["treaty_words"]))
        self.duration_verbs = phrase_set(lang, ((p, "lasted") for p in d["duration_verbs"]))
        self.approx = phrase_set(lang, ((p, "approx") for p in d["approx_words"]))
        self.treaty_names = phrase_set(lang, ((name, t["key"]) for t in load_treaties()
                                              for name in t["names"].get(lang, []) + t["names"].get("en", [])))


@cache
def load_lexicon(lang: str) -> Lexicon:
    path = HERE / f"{lang}.json"
    if not path.exists():
        available = sorted(p.stem for p in HERE.glob("??.json"))
        raise ConfigError(f"no lexicon for language {lang!r}", hint=f"available: {', '.join(available)}")
    return Lexicon(lang, json.loads(path.read_text(encoding="utf-8")))


@cache
def _compiled(lang: str) -> CompiledLexicon:
    return CompiledLexicon(load_lexicon(lang))


@cache
def load_treaties() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads((HERE / "treaties.json").read_text(encoding="utf-8")))


def lemma_set(lang: str, words: Iterable[str]) -> frozenset[str]:
    """Every lemma of every listed word: for single-word lookups such as month names."""
    from ..text.morph import lemmatizer
    from ..text.tokens import normalise

    lem = lemmatizer(lang)
    out: set[str] = set()
    for word in words:
        out |= lem.lemmas(normalise(word))
    return frozenset(out)
