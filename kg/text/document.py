"""An article analysed once: tokens, their lemma sets, sentences with their token ranges."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import load_lexicon
from ..records import Article
from .morph import lemmatizer, stems
from .phrases import lemma_positions
from .tokens import Sentence, Token, sentences, tokenize

MAX_SENTENCE_TOKENS = 150
NAME_LEMMAS_KEPT = 100_000  # capitalised word forms whose lemmas and stems are remembered, per language

_NAME_LEMMAS: dict[tuple[str, tuple[str, ...]], dict[str, frozenset[str]]] = {}


def _name_lemmas(lang: str, endings: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Capitalised word form -> its lemmas and crude stems, shared by the documents of a language (a pure
    function of the word, the dictionary and the endings: remembering it changes no answer)."""
    table = _NAME_LEMMAS.get((lang, endings))
    if table is None:
        table = _NAME_LEMMAS[(lang, endings)] = {}
    return table


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    index: int
    start: int  # character offsets
    end: int
    first: int  # token range [first, last)
    last: int
    text: str


class Document:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.lang = article.lang
        self.lexicon = load_lexicon(article.lang)
        self.tokens: list[Token] = tokenize(article.text)
        lem = lemmatizer(article.lang)
        self.capitalised: list[bool] = [t.text[:1].isupper() or t.text[:1] in "$€£¥₽" for t in self.tokens]
        endings = tuple(self.lexicon.get("case_endings", ()))
        lemmas = lem.lemmas
        name_lemmas = _name_lemmas(article.lang, endings) if endings else {}
        self.lemmas: list[frozenset[str]] = []
        for t, cap in zip(self.tokens, self.capitalised):
            if cap and endings:  # a capitalised word may be a name the dictionary does not know: its crude stems too
                forms = name_lemmas.get(t.norm)
                if forms is None:
                    if len(name_lemmas) >= NAME_LEMMAS_KEPT:
                        name_lemmas.clear()
                    forms = name_lemmas[t.norm] = lemmas(t.norm) | stems(t.norm, endings)
                self.lemmas.append(forms)
            else:
                self.lemmas.append(lemmas(t.norm))
        starts = [t.start for t in self.tokens]
        # page furniture ("Читайте также: ...", "Read more:" and its list of links) tells no facts of this article
        furniture = page_furniture(article.text, tuple(self.lexicon.get("page_furniture", ())))
        self.sentences: list[SentenceSpan] = []
        for s in sentences(article.text, self.lexicon.abbreviations, self.lexicon.scale_abbreviations,
                           self.lexicon.clock_abbreviations, self.lexicon.time_zones):
            if any(lo <= s.start < hi for lo, hi in furniture):
                continue
            first = bisect_left(starts, s.start)
            last = bisect_left(starts, s.end)
            if first == last:
                continue  # no word at all ('|' left of a scraped table): nothing to tell, nothing to index
            for piece in self._capped(s.start, s.end, first, last):
                self.sentences.append(SentenceSpan(len(self.sentences), *piece))
        self._sentence_firsts = [s.first for s in self.sentences]
        self._table_values: dict[str, dict[int, Any]] = {}
        self._numbers: dict[int, float | None] = {}

    def table_value(self, key: str, index: int) -> Any:
        """The value of token `index` in the lexicon table `key` (months, ordinals, number words…): that of its
        first lemma in sorted order that the table holds; None for none, or out of the document. The date and
        number finders ask about every token of every clause: each table is looked up once per document."""
        values = self._table_values.get(key)
        if values is None:
            values = self._table_values[key] = self._table_values_of(key)
        return values.get(index)

    def _table_values_of(self, key: str) -> dict[int, Any]:
        table = self.lexicon.lemma_table(key)
        positions = lemma_positions(self.lemmas)
        hits: dict[int, list[str]] = {}
        for lemma in positions.keys() & table.keys():
            for i in positions[lemma]:
                hits.setdefault(i, []).append(lemma)
        return {i: table[min(lemmas)] for i, lemmas in hits.items()}

    def _capped(self, start: int, end: int, first: int, last: int) -> list[tuple[int, int, int, int, str]]:
        """The sentence as pieces of at most MAX_SENTENCE_TOKENS tokens, cut after a comma, semicolon or
        colon where there is one in the second half of a piece. Several extractors compare the tokens of a
        sentence pairwise; a run of text without a full stop (a scraped list of names, a transcript without
        punctuation) would otherwise cost the square of its length. No sentence of the annotated sets comes
        near the cap (the longest has 61 tokens)."""
        text = self.article.text
        if last - first <= MAX_SENTENCE_TOKENS:
            return [(start, end, first, last, text[start:end])]
        pieces = []
        while last - first > MAX_SENTENCE_TOKENS:
            cut = first + MAX_SENTENCE_TOKENS
            for j in range(cut, first + MAX_SENTENCE_TOKENS // 2, -1):
                if any(ch in ",;:" for ch in text[self.tokens[j - 1].end:self.tokens[j].start]):
                    cut = j
                    break
            piece_end = self.tokens[cut - 1].end
            pieces.append((start, piece_end, first, cut, text[start:piece_end]))
            first, start = cut, self.tokens[cut].start
        pieces.append((start, end, first, last, text[start:end]))
        return pieces

    def sentence_of_token(self, index: int) -> SentenceSpan:
        at = bisect_right(self._sentence_firsts, index) - 1
        if at >= 0 and self.sentences[at].first <= index < self.sentences[at].last:
            return self.sentences[at]
        return self.sentences[-1]

    def span_text(self, first: int, last: int) -> str:
        return self.article.text[self.tokens[first].start:self.tokens[last - 1].end]

    def has_lemma(self, index: int, words: frozenset[str]) -> bool:
        return 0 <= index < len(self.lemmas) and bool(self.lemmas[index] & words)


def page_furniture(text: str, prefixes: tuple[str, ...]) -> list[tuple[int, int]]:
    """Character ranges of lines that begin with a furniture prefix ("Читайте також:"); a prefix alone on its
    line ("Read more:") also covers the lines of links below it, up to the next blank line."""
    ranges: list[tuple[int, int]] = []
    lowered, headings, longest = _folded_prefixes(prefixes)
    offset, in_block = 0, False
    for line in text.splitlines(keepends=True):
        stripped = line.strip().lower()
        if not stripped:
            in_block = False
        # folding maps one letter to one letter: a line's first letters decide whether it begins with a prefix
        elif in_block or _fold(stripped[:longest]).startswith(lowered):
            ranges.append((offset, offset + len(line)))
            in_block = in_block or _fold(stripped).rstrip(":") in headings
        offset += len(line)
    return ranges


@lru_cache(maxsize=64)
def _folded_prefixes(prefixes: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str], int]:
    """The prefixes in lower case and one alphabet, the headings among them, and the longest one's length."""
    lowered = tuple(_fold(p.lower()) for p in prefixes)
    return lowered, frozenset(p.rstrip(":") for p in lowered), max(map(len, lowered), default=0)


# Latin letters that look like Cyrillic ones ("Підписуйтеcь" typed with a Latin "c"): furniture prefixes are
# compared with both sides written in one alphabet
_LOOK_ALIKES = str.maketrans("aceopxiy", "асеорхіу")


def _fold(text: str) -> str:
    return text.translate(_LOOK_ALIKES)


__all__ = ["Document", "Sentence", "SentenceSpan", "page_furniture"]
