"""Multi-word phrases matched on lemmas: each phrase word may stand in any inflected form.

A phrase set is compiled into a trie keyed by lemma: a phrase whose words have several lemmas each is filed
under every path of them (at most a few hundred for the longest names), so finding the phrases that start at a
token is one dictionary look-up per lemma of each following token, however many phrases share their first
words ("Ministry of Foreign Affairs of ..." for every state). A document's matches are found once per phrase
set, in one pass from the tokens whose lemmas begin a phrase, and every later question about a sentence or a
clause of it is a bisection into that list. `_matches` and `_longest` are the plain scans the indexes must
agree with (tests/test_phrase_matching.py, tests/test_extraction_indexes.py).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Any, Generic, TypeVar

from .morph import lemmatizer, stems
from .tokens import tokenize

Payload = TypeVar("Payload")
LemmaSets = Sequence[frozenset[str]]

INDEX_FROM_TOKENS = 32  # shorter token lists (a name, a phrase) are matched directly, not indexed
KEPT_INDEXES = 4  # documents whose matches a phrase set keeps (one article is extracted at a time)


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[Payload]):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payload: Payload
    exact: int = field(default=0, compare=False)  # words matched by a dictionary form, not a crude stem


class _Node:
    """A trie node: the next word's lemmas -> nodes, and the phrases that end here."""

    __slots__ = ("next", "ends")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        # (words, payload number, positions of words that must be capitalised, dictionary forms of each word)
        self.ends: list[tuple[int, int, tuple[int, ...], tuple[frozenset[str], ...]]] = []


class PhraseSet(Generic[Payload]):
    """Multi-word phrases matched on lemmas: each phrase word may stand in any inflected form.

    `case_endings` are the language's case endings (the lexicon's "case_endings"); a case-sensitive phrase's
    capitalised words also match their crude stems without a one-letter ending ("Тяньцзине" -> тяньцзин)."""

    def __init__(self, lang: str, preference: dict[Any, int] | None = None,
                 case_endings: Iterable[str] = (), name_finals: Iterable[str] = ()) -> None:
        self.lang = lang
        self._preference = preference or {}
        # a name in the gazetteer is in the nominative: only a final vowel or soft sign may go
        # ("Тяньцзинь" -> тяньцзин), never a suffix such as "-ов" ("Денисов" is not "Денис"); `name_finals` are the
        # other letters a name loses in its oblique cases (the lexicon's "name_finals": "Мілей" -> Мілея, Мілею)
        self._name_endings = tuple(e for e in case_endings if len(e) == 1) + tuple(name_finals)
        # first word's lemma -> (lemma sets with stems, payload, capitalised words, dictionary forms alone):
        # the plain scan's index, kept as the reference the trie is tested against
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], Payload, tuple[bool, ...],
                                             tuple[frozenset[str], ...]]]] = {}
        self._trie: dict[str, _Node] = {}
        self._payloads: list[Payload] = []  # payload number -> payload
        self._numbers: dict[Any, int] = {}  # payload -> its number
        self._ranks: list[int] | None = None  # payload number -> rank of its repr (the order of equal spans)
        # the matches over a whole document's tokens, found once per document and sliced per question
        # (extractors ask one phrase set about many sentences and clauses of one document)
        self._indexes: dict[tuple[int, int], _DocumentMatches[Payload]] = {}
        self._last: _DocumentMatches[Payload] | None = None
        self._before: _DocumentMatches[Payload] | None = None  # the one asked about before the last

    def add(self, phrase: str, payload: Payload, case_sensitive: bool = False) -> None:
        tokens = tokenize(phrase)
        if not tokens:
            return
        lem = lemmatizer(self.lang)
        endings = self._name_endings if case_sensitive else ()
        # an English name's word stands as written: names do not inflect there, and the lemmas of "Fars" ("far")
        # would read "the Far East" as the agency (the text's token is still lemmatised: "Fars's" finds "Fars")
        sets = tuple(frozenset((t.norm,)) if (t.text.isupper() and len(t.text) <= 5) or (
                         case_sensitive and self.lang == "en" and t.text[:1].isupper())
                     else lem.lemmas(t.norm) | (stems(t.norm, endings) if t.text[:1].isupper() else frozenset())
                     for t in tokens)
        capitals = tuple(case_sensitive and t.text[0].isupper() for t in tokens)
        exact = tuple(lem.lemmas(t.norm) for t in tokens)
        entry = (sets, payload, capitals, exact)
        for first in sets[0]:
            bucket = self._by_first.setdefault(first, [])
            if entry not in bucket:
                bucket.append(entry)
        number = self._numbers.get(payload)
        if number is None:
            number = self._numbers[payload] = len(self._payloads)
            self._payloads.append(payload)
        compiled = (len(sets), number, tuple(k for k, c in enumerate(capitals) if c), exact)
        for path in product(*(sorted(s) for s in sets)):
            node = self._trie.get(path[0])
            if node is None:
                node = self._trie[path[0]] = _Node()
            for lemma in path[1:]:
                child = node.next.get(lemma)
                if child is None:
                    child = node.next[lemma] = _Node()
                node = child
            if compiled not in node.ends:
                node.ends.append(compiled)
        # what was found before this phrase was added is no longer the whole answer
        self._ranks = None
        self._indexes.clear()
        self._last = self._before = None

    def matches(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None = None,
                start: int = 0, end: int | None = None) -> list[PhraseMatch[Payload]]:
        """All matches inside tokens [start, end), longest first where two start at one token."""
        index = self._last
        if index is None or index.lemmas is not lemmas or index.capitalised is not capitalised:
            size = len(lemmas)
            if size < INDEX_FROM_TOKENS or start < 0 or (end is not None and end > size):
                return self._matches(lemmas, capitalised, start, size if end is None else end)
            index = self._index(lemmas, capitalised)
        if end is None:
            end = len(lemmas)
        elif start < 0 or end > len(lemmas):
            return self._matches(lemmas, capitalised, start, end)
        starts = index.starts
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        found = index.found
        ends = index.ends
        return [found[k] for k in range(lo, hi) if ends[k] <= end]

    def longest(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None = None,
                start: int = 0, end: int | None = None) -> list[PhraseMatch[Payload]]:
        """Non-overlapping matches, preferring the longest and then the earliest."""
        size = len(lemmas)
        end_ = size if end is None else end
        if size < INDEX_FROM_TOKENS or start < 0 or end_ > size:
            return self._longest(lemmas, capitalised, start, end_)
        index = self._last
        if index is None or index.lemmas is not lemmas or index.capitalised is not capitalised:
            index = self._index(lemmas, capitalised)
        chosen = index.longest.get((start, end_))
        if chosen is None:
            chosen = index.longest[(start, end_)] = self._longest_indexed(index, start, end_)
        return list(chosen)

    def _index(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None) -> _DocumentMatches[Payload]:
        """The matches over all of `lemmas`, found on the first question about this document."""
        last, before = self._last, self._before
        if last is not None and last.lemmas is lemmas and last.capitalised is capitalised:
            return last
        if before is not None and before.lemmas is lemmas and before.capitalised is capitalised:
            # extractors ask one set about a document with and without capitals in turn
            self._last, self._before = before, last
            return before
        key = (id(lemmas), id(capitalised))
        index = self._indexes.get(key)
        if index is None or index.lemmas is not lemmas or index.capitalised is not capitalised:
            if len(self._indexes) >= KEPT_INDEXES:  # the oldest goes: its document is done with
                self._indexes.pop(next(iter(self._indexes), key), None)
            index = self._scan(lemmas, capitalised)
            self._indexes[key] = index
        self._last, self._before = index, last
        return index

    def _rank(self) -> list[int]:
        """Payload number -> the rank of its repr among all payloads: the plain scan orders equal spans by repr."""
        if self._ranks is None:
            order = sorted(range(len(self._payloads)), key=lambda n: repr(self._payloads[n]))
            ranks = [0] * len(order)
            for rank, number in enumerate(order):
                ranks[number] = rank
            self._ranks = ranks
        return self._ranks

    def _scan(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None) -> _DocumentMatches[Payload]:
        """`_matches` over the whole document: the trie walked from each token whose lemma begins a phrase."""
        positions = lemma_positions(lemmas)
        trie = self._trie
        firsts = positions.keys() & trie.keys()
        if not firsts:  # most phrase sets find nothing in most documents
            return _DocumentMatches(lemmas, capitalised, [], [])
        size = len(lemmas)
        # the trie's roots at each token: a word with several lemmas ("марсела", "марсел") starts several paths
        roots: dict[int, list[_Node]] = {}
        for lemma in firsts:
            root = trie[lemma]
            for i in positions[lemma]:
                at = roots.get(i)
                if at is None:
                    roots[i] = [root]
                else:
                    at.append(root)
        best: dict[tuple[int, int, int], int] = {}  # (start, words, payload number) -> most exact words
        for i, nodes in roots.items():
            seen: set[int] = set()  # a phrase filed under several paths is counted once per start
            k = i
            while True:
                for node in nodes:
                    for entry in node.ends:
                        if id(entry) in seen:
                            continue
                        seen.add(id(entry))
                        n, number, caps_at, exact = entry
                        if caps_at and capitalised is not None and not all(capitalised[i + c] for c in caps_at):
                            continue
                        if n == 1:
                            words = 1 if exact[0] & lemmas[i] else 0
                        else:
                            words = sum(1 for c in range(n) if exact[c] & lemmas[i + c])
                        key = (i, n, number)
                        if words > best.get(key, -1):
                            best[key] = words
                k += 1
                if k >= size:
                    break
                forms = lemmas[k]
                nodes = [child for node in nodes if node.next
                         for form in forms if (child := node.next.get(form)) is not None]
                if not nodes:
                    break
                if len(nodes) > 1:  # two lemmas of one word may lead to one node
                    nodes = list({id(node): node for node in nodes}.values())
        ranks = self._rank()
        payloads = self._payloads
        preference = self._preference
        keys = sorted(best, key=lambda key: (key[0], -key[1], ranks[key[2]]))
        found = [PhraseMatch(i, i + n, payloads[number], best[(i, n, number)]) for i, n, number in keys]
        # what `_longest` sorts the candidates by, computed once per match
        order = [(-n, i, -best[(i, n, number)], preference.get(payloads[number], 99), ranks[number])
                 for i, n, number in keys]
        return _DocumentMatches(lemmas, capitalised, found, order)

    def _longest_indexed(self, index: _DocumentMatches[Payload], start: int, end: int) -> list[PhraseMatch[Payload]]:
        """`_longest` from a document's index: the candidates come sorted by the keys computed in `_scan`."""
        starts = index.starts
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        ends, order, found = index.ends, index.order, index.found
        candidates = sorted((k for k in range(lo, hi) if ends[k] <= end), key=order.__getitem__)
        chosen: list[int] = []
        taken: set[int] = set()
        for k in candidates:
            span = range(starts[k], ends[k])
            if not taken.intersection(span):
                chosen.append(k)
                taken.update(span)
        chosen.sort()  # by start: the chosen do not overlap, and `found` is sorted by start
        return [found[k] for k in chosen]

    def _matches(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None,
                 start: int, end: int) -> list[PhraseMatch[Payload]]:
        """The plain scan: every token and lemma of the range looked up among the phrases' first words."""
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

    def _longest(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None,
                 start: int, end: int) -> list[PhraseMatch[Payload]]:
        """The plain choice of non-overlapping matches, from the plain scan."""
        chosen: list[PhraseMatch[Payload]] = []
        taken: set[int] = set()
        for m in sorted(self._matches(lemmas, capitalised, start, end),
                        key=lambda m: (-(m.end - m.start), m.start, -m.exact, self._preference.get(m.payload, 99),
                                       repr(m.payload))):
            if not taken.intersection(range(m.start, m.end)):
                chosen.append(m)
                taken.update(range(m.start, m.end))
        return sorted(chosen, key=lambda m: m.start)


_LEMMA_POSITIONS: dict[int, tuple[LemmaSets, dict[str, list[int]]]] = {}


def lemma_positions(lemmas: LemmaSets) -> dict[str, list[int]]:
    """Each lemma of a document -> the indexes of its tokens, built once per document for all phrase sets."""
    kept = _LEMMA_POSITIONS.get(id(lemmas))
    if kept is not None and kept[0] is lemmas:
        return kept[1]
    positions: dict[str, list[int]] = {}
    for i, forms in enumerate(lemmas):
        for lemma in forms:
            at = positions.get(lemma)
            if at is None:
                positions[lemma] = [i]
            else:
                at.append(i)
    if len(_LEMMA_POSITIONS) >= KEPT_INDEXES:
        _LEMMA_POSITIONS.pop(next(iter(_LEMMA_POSITIONS), id(lemmas)), None)
    _LEMMA_POSITIONS[id(lemmas)] = (lemmas, positions)
    return positions


_NONE: list[int] = []  # shared by the indexes that found nothing (never changed)


class _DocumentMatches(Generic[Payload]):
    """One phrase set's matches over one document, in the order `matches` returns them, with the answers of
    `longest` for the token ranges asked so far. It holds the document's lists, so their ids stay its own."""

    __slots__ = ("lemmas", "capitalised", "found", "starts", "ends", "order", "longest")

    def __init__(self, lemmas: LemmaSets, capitalised: Sequence[bool] | None,
                 found: list[PhraseMatch[Payload]], order: list[tuple[int, int, int, int, int]]) -> None:
        self.lemmas = lemmas
        self.capitalised = capitalised
        self.found = found
        self.starts = [m.start for m in found] if found else _NONE
        self.ends = [m.end for m in found] if found else _NONE
        self.order = order
        self.longest: dict[tuple[int, int], list[PhraseMatch[Payload]]] = {}


def phrase_set(lang: str, entries: Iterable[tuple[str, Any]],
               preference: dict[Any, int] | None = None) -> PhraseSet[Any]:
    """A phrase set of (phrase, payload) entries."""
    ps: PhraseSet[Any] = PhraseSet(lang, preference)
    for phrase, payload in entries:
        ps.add(phrase, payload)
    return ps


__all__ = ["INDEX_FROM_TOKENS", "LemmaSets", "PhraseMatch", "PhraseSet", "lemma_positions", "phrase_set"]
