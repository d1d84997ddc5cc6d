"""Language knowledge as data: one JSON file per language (triggers, titles, months, units…).

Adding a language means adding `<lang>.json` beside this file (and its tests), not code.
Phrases are written in natural form; they are lemmatised on load, so one entry matches every
grammatical case of every word in it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..paths import package_folder
from ..text.morph import irregular_forms, lemmatizer
from ..text.phrases import LemmaSets, PhraseMatch, PhraseSet, lemma_positions, phrase_set
from ..text.tokens import normalise

HERE = package_folder(__name__)


class Lexicon:
    """One language's lexicon: raw data plus compiled phrase sets."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self.irregular = irregular_forms(lang)  # the morphology's table: "met", "held" are past forms
        self.abbreviations = frozenset(a.lower() for a in data.get("abbreviations", []))
        # abbreviated scales ("млрд.") end a sentence when a capitalised word follows
        self.scale_abbreviations = frozenset(a.lower() for a in data.get("scale_abbreviations", []))
        self.clock_abbreviations = frozenset(a.lower() for a in data.get("clock_abbreviations", []))
        self.time_zones = frozenset(a.upper() for a in data.get("time_zones", []))
        self._lemmas: dict[str, frozenset[str]] = {}
        self._words: dict[str, frozenset[str]] = {}
        self._tables: dict[str, dict[str, Any]] = {}
        self._phrases: dict[str, PhraseSet[str]] = {}

    def lemmas_of(self, key: str) -> frozenset[str]:
        """Every lemma of the words listed under `key` (the keys, for a table), computed once."""
        found = self._lemmas.get(key)  # one look-up: extractors ask about the same lists at every token
        if found is None:
            found = self._lemmas[key] = lemma_set(self.lang, self.data.get(key, ()))
        return found

    def words(self, key: str) -> frozenset[str]:
        """The words listed under `key` as written (compared with a token's norm), computed once: extractors ask
        for the same list at every sentence."""
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = frozenset(self.data.get(key, ()))
        return found

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
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = phrase_set(self.lang, ((w, key) for w in self.data.get(key, ())))
        return found

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


@cache
def load_chinese_syllables() -> dict[str, Any]:
    """Chinese syllables as Russian (Palladius) and Ukrainian outlets write them, with their pinyin, and the
    commonest Chinese family names in pinyin (`chinese_syllables.json`)."""
    return dict(json.loads((HERE / "chinese_syllables.json").read_text(encoding="utf-8")))


def chinese_name_in_pinyin(words: list[str], lang: str) -> str | None:
    """The English label of a Chinese name written in Cyrillic ("Си Цзиньпин" -> Xi Jinping, "Ду Вей" -> Du Wei,
    "Ван Цішанем" -> Wang Qishan): a known family name of one syllable, then a given name of one or two syllables
    (maybe in an oblique case), every letter read; None for any other name ("То Лам", "Ким Чен Ын", "Иван Ли")."""
    data = load_chinese_syllables()
    table: dict[str, str] = data.get(lang, {})
    if len(words) != 2 or not table:
        return None
    family, given = (w.lower().replace("’", "'") for w in words)
    if table.get(family) not in set(data["family_names"]):
        return None
    syllables = _syllables(given, table)
    for ending in data["endings"].get(lang, ()) if syllables is None else ():
        if given.endswith(ending) and len(given) > len(ending):  # "Вэем", "Цішанем": the nominative's syllables
            stem = given[:-len(ending)]
            syllables = _syllables(stem, table) or _syllables(stem + "й", table)
            if syllables is not None:
                break
    if syllables is None or not 1 <= len(syllables) <= 2:
        return None
    return f"{table[family].capitalize()} {''.join(syllables).capitalize()}"


def _syllables(word: str, table: dict[str, str]) -> list[str] | None:
    """The word read as Chinese syllables, the longest first ("цзиньпин" -> jin, ping), or None."""
    if not word:
        return []
    for size in range(min(6, len(word)), 0, -1):
        head = table.get(word[:size])
        if head is not None:
            rest = _syllables(word[size:].lstrip("'-"), table)
            if rest is not None:
                return [head, *rest]
    return None


def lemma_set(lang: str, words: Iterable[str]) -> frozenset[str]:
    """Every lemma of every listed word: for single-word lookups such as month names."""
    lem = lemmatizer(lang)
    out: set[str] = set()
    for word in words:
        out |= lem.lemmas(normalise(word))
    return frozenset(out)


# the phrase matcher (PhraseSet, PhraseMatch, lemma_positions, phrase_set) lives with the text analysis it runs on,
# in kg/text/phrases.py; it is named here too, for the extractors that import it from here
__all__ = ["CompiledLexicon", "LemmaSets", "Lexicon", "PhraseMatch", "PhraseSet", "chinese_name_in_pinyin",
           "lemma_positions", "lemma_set", "load_chinese_syllables", "load_lexicon", "load_treaties", "phrase_set"]
