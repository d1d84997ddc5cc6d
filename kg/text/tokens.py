"""Tokens with character offsets, and sentence boundaries."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_TOKEN = re.compile(
    # a clock's minutes glued to the day after them ("10:157 ноября", a page's stamp and dateline run together): the
    # two digits of the minutes, then the day as a number of its own
    r"(?<=\d:)[0-5]\d(?=\d{1,2}(?!\d))"
    r"|\d+(?:[.,]\d+)*"  # numbers: 1,5  220  2.5
    r"|[^\W\d_]+(?:['’ʼ`‘-][^\W\d_]+)*"  # words, with inner apostrophes and hyphens
    r"|[$€£¥₽%]"  # currency and percent signs
    r"|[–—-]"  # dashes (ranges, appositions)
)
# Sentence ends at . ! ? … or a newline, when followed by space and something that can open a sentence.
# A page that lost the space after a full stop ("in India.The office said") still ends its sentence there, where
# a lowercase word of three letters or more meets a capitalised one.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”“)]*\s+(?=[\"«“„(–—-]?\s*[A-ZА-ЯЁІЇЄҐ0-9•])|\n\s*"
                           r"|(?<=[a-zа-яёіїєґ]{3}[.!?])(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    norm: str  # lowercase, apostrophes unified, ё -> е

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


# Letters that look alike in the two scripts: a word that mixes them ("СNN" with a Cyrillic С) is read in the
# script most of its letters are written in
_CYRILLIC_TO_LATIN = str.maketrans("аеорсухк\u0456АЕОРСХКМТВН\u0406", "aeopcyxkiAEOPCXKMTBHI")
_LATIN_TO_CYRILLIC = str.maketrans("aeopcyxkiAEOPCXKMTBHI", "аеорсухк\u0456АЕОРСХКМТВН\u0406")
_MIXED = re.compile(r"(?=.*[a-zA-Z])(?=.*[а-яА-ЯёЁіІїЇєЄґҐ])")


def _one_script(word: str) -> str:
    """A word written in one script: its look-alike letters of the other script replaced, where it mixes them."""
    if not _MIXED.match(word):
        return word
    latin = sum(ch.isascii() and ch.isalpha() for ch in word)
    cyrillic = sum(ch.isalpha() and not ch.isascii() for ch in word)
    return word.translate(_CYRILLIC_TO_LATIN if latin >= cyrillic else _LATIN_TO_CYRILLIC)


def normalise(word: str) -> str:
    return _one_script(word).translate(_APOSTROPHES).lower().replace("ё", "е")


# news repeats its words: each word form is normalised once (str.translate is slow on Cyrillic)
_normalised = lru_cache(maxsize=200_000)(normalise)


_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$")
_OPENERS = "([«\"“„'"  # brackets and quotes that may open before a word
_TIME_ZONE = re.compile(r"\s*\(?([A-Z]{2,5})\b")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    norm = _normalised
    return [Token(word, m.start() + offset, m.end() + offset, norm(word))
            for m in _TOKEN.finditer(text) for word in (m.group(),)]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str, abbreviations: frozenset[str] = frozenset(),
              scales: frozenset[str] = frozenset(), clock: frozenset[str] = frozenset(),
              zones: frozenset[str] = frozenset()) -> list[Sentence]:
    """Splits on sentence punctuation and line breaks, not after known abbreviations ("г.", "U.S."); after an
    abbreviated scale ("млрд.", "тис.") a capitalised word opens the next sentence ("$610 млрд. Экспорт ..."); after
    a clock's "a.m."/"p.m." a time zone does not ("11 a.m. EST", "9 p.m. (GMT)")."""
    spans: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.start()
        before = text[start:cut].rstrip()
        words = before.rsplit(None, 2)[-2:]  # the last two words are all that is read
        # "(Dr.) Lotay Tshering": a bracket or a quote around an abbreviation keeps it one
        last_word = words[-1].lower().lstrip(_OPENERS) if words else ""
        same_line = "\n" not in match.group()
        if same_line and _INITIALS.match(last_word) and last_word not in clock and len(words) == 2 \
                and words[0][-1:].isalpha() and (len(last_word) > 2 or last_word.isascii()
                                                 or not words[0].lstrip(_OPENERS)[:1].isupper()):
            # "and K.P. Sharma Oli", "Donald J. Trump", "з В. Зеленським": a name's initials (not "Washington, D.C.
            # The"); one Cyrillic letter after a capitalised word ends a name ("с коллегой Ван И. Встреча ...")
            continue
        after = text[match.end():match.end() + 2]
        opens = last_word in scales and len(after) == 2 and after[0].isupper() and after[1].islower()
        if same_line and last_word in abbreviations and not opens:
            continue
        zone = _TIME_ZONE.match(text, match.end()) if last_word in clock else None
        if same_line and zone is not None and zone.group(1) in zones:
            continue
        following = text[match.end():match.end() + 60].split(None, 1)[0] if not match.group() else ""
        if not match.group() and (any(ch in last_word[:-1] for ch in "./@:")
                                  or any(ch in following[:-1] for ch in "./@")):
            continue  # "www.Example.Com", "U.S.President": an address or initials, no glued sentence end
        _append(spans, text, start, cut)
        start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end, text[start:end]))
