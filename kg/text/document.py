"""An article analysed once: tokens, their lemma sets, sentences with their token ranges."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..lexicon import load_lexicon
from ..records import Article
from .morph import lemmatizer, stems
from .tokens import Sentence, Token, sentences, tokenize


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
        self.lemmas: list[frozenset[str]] = [
            lem.lemmas(t.norm) | stems(t.norm, endings) if cap and endings else lem.lemmas(t.norm)
            for t, cap in zip(self.tokens, self.capitalised)]
        starts = [t.start for t in self.tokens]
        # page furniture ("Читайте также: ...", "Read more:" and its list of links) tells no facts of this article
        furniture = page_furniture(article.text, tuple(self.lexicon.get("page_furniture", ())))
        self.sentences: list[SentenceSpan] = []
        for s in sentences(article.text, self.lexicon.abbreviations):
            if any(lo <= s.start < hi for lo, hi in furniture):
                continue
            first = bisect_left(starts, s.start)
            last = bisect_left(starts, s.end)
            self.sentences.append(SentenceSpan(len(self.sentences), s.start, s.end, first, last, s.text))

    def sentence_of_token(self, index: int) -> SentenceSpan:
        for s in self.sentences:
            if s.first <= index < s.last:
                return s
        return self.sentences[-1]

    def span_text(self, first: int, last: int) -> str:
        return self.article.text[self.tokens[first].start:self.tokens[last - 1].end]

    def has_lemma(self, index: int, words: frozenset[str]) -> bool:
        return 0 <= index < len(self.lemmas) and bool(self.lemmas[index] & words)


def page_furniture(text: str, prefixes: tuple[str, ...]) -> list[tuple[int, int]]:
    """Character ranges of lines that begin with a furniture prefix ("Читайте також:"); a prefix alone on its
    line ("Read more:") also covers the lines of links below it, up to the next blank line."""
    ranges: list[tuple[int, int]] = []
    lowered = tuple(p.lower() for p in prefixes)
    headings = {p.rstrip(":") for p in lowered}
    offset, in_block = 0, False
    for line in text.splitlines(keepends=True):
        stripped = line.strip().lower()
        if not stripped:
            in_block = False
        elif in_block or stripped.startswith(lowered):
            ranges.append((offset, offset + len(line)))
            in_block = in_block or stripped.rstrip(":") in headings
        offset += len(line)
    return ranges


__all__ = ["Document", "Sentence", "SentenceSpan", "page_furniture"]
