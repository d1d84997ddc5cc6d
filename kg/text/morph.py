"""Lemmas for every word form: pymorphy3 for Russian and Ukrainian, light rules for English.

News reuses its words, so every analysis is cached per analyser (over 99% hits on real text).
"""
from __future__ import annotations

import json
from functools import cache, lru_cache
from typing import Any, Protocol

from ..paths import package_folder


class Lemmatizer(Protocol):
    def lemmas(self, norm: str) -> frozenset[str]: ...


def stems(norm: str, endings: tuple[str, ...]) -> frozenset[str]:
    """Crude stems of a name in an oblique case ("тяньцзине" -> "тяньцзин"), for names the
    dictionary does not know. Only names (capitalised words) get them."""
    if len(norm) < 5:
        return frozenset()
    return frozenset(norm[: -len(e)] for e in endings if norm.endswith(e) and len(norm) - len(e) >= 4)


class PymorphyLemmatizer:
    """All normal forms pymorphy3 proposes for a word, plus the word itself."""

    def __init__(self, lang: str) -> None:
        import pymorphy3

        self._analyzer = pymorphy3.MorphAnalyzer(lang=lang)
        # every question below asks pymorphy3 about one word form: parse each form once (news reuses its
        # words), and remember the answers, which extractors ask for the same token again and again
        self._parse = lru_cache(maxsize=50_000)(self._parse_uncached)  # ~1 KB a form: ~50 MB at most
        self.lemmas = lru_cache(maxsize=200_000)(self._lemmas)  # type: ignore[method-assign]
        self._name_weight = lru_cache(maxsize=50_000)(self._name_weight)  # type: ignore[method-assign]
        for name in _CACHED_QUESTIONS:
            setattr(self, name, lru_cache(maxsize=100_000)(getattr(self, name)))

    def _parse_uncached(self, norm: str) -> tuple[Any, ...]:
        return tuple(self._analyzer.parse(norm))

    def _lemmas(self, norm: str) -> frozenset[str]:
        if not norm[:1].isalpha():
            return frozenset((norm,))
        forms = {norm}
        for parse in self._parse(norm)[:4]:
            forms.add(parse.normal_form.replace("ё", "е"))
        return frozenset(forms)

    def is_common_word(self, norm: str) -> bool:
        """A dictionary word that is not a name ("того", "мир"): a capital at a sentence start proves nothing."""
        parses = self._parse(norm)
        if not parses or not parses[0].is_known:
            return False
        proper = {"Geox", "Name", "Surn", "Orgn", "Trad", "Abbr", "Patr"}
        if any(proper & set(str(p.tag).replace(" ", ",").split(",")) for p in parses[:3]):
            return False
        tag = parses[0].tag
        # function words ("Наши", "Того" in Russian): surnames shaped like adjectives ("Зеленський") stay names
        return tag.POS in ("NPRO", "PREP", "CONJ", "PRCL", "ADVB", "PRED", "INTJ", "NUMR") or "Apro" in str(tag)

    def reads_as_name(self, norm: str) -> bool:
        """Whether a word written in lower case is still most likely a surname, a first name or a place
        ("путін", "путина", "россии", "захарова"), not a common word that shares its letters with a name
        ("мир", "роса", "надія", "песков" as the genitive of "песок"): the name readings outweigh the others."""
        return self._name_weight(norm) > 0

    def _name_weight(self, norm: str) -> float:
        parses = self._parse(norm)
        if not parses or not parses[0].is_known:
            return 0.0
        proper = {"Surn", "Name", "Patr", "Geox"}
        named = sum(p.score for p in parses if proper & p.tag.grammemes)
        return named - sum(p.score for p in parses if not proper & p.tag.grammemes)

    def is_known(self, norm: str) -> bool:
        """Whether the dictionary holds the word (not a reading guessed from its ending)."""
        parses = self._parse(norm)
        return bool(parses) and bool(parses[0].is_known)

    def first_pos(self, norm: str) -> str | None:
        """The part of speech of the word's likeliest reading ("NOUN", "ADJF", "VERB"…), None for no reading."""
        parses = self._parse(norm)
        return parses[0].tag.POS if parses else None

    def is_future_verb(self, norm: str) -> bool:
        """A finite verb in the future ("примут", "візьмуть"): the event has not happened yet."""
        parses = self._parse(norm)
        if parses and "infn" in parses[0].tag.grammemes and norm.endswith("ть") and not norm.endswith(("ати", "ити")):
            # Ukrainian "вирушить", "відвідать": the dictionary's colloquial infinitive in "-ть" is, in news, the
            # future "вирушить" (he will set off) it shares its letters with
            return any(p.tag.POS == "VERB" and "futr" in p.tag for p in parses[1:3])
        return bool(parses) and parses[0].tag.POS == "VERB" and "futr" in parses[0].tag

    def is_surely_future_verb(self, norm: str) -> bool:
        """A verb whose every verb reading is in the future ("составит", "отримуватиме"; not "посідає", which also
        reads as a present)."""
        verbs = [p for p in self._parse(norm) if p.tag.POS == "VERB"]
        return bool(verbs) and self.is_future_verb(norm) and all("futr" in p.tag for p in verbs)

    def is_past_verb(self, norm: str) -> bool:
        """A finite verb in the past ("провели", "зустрілися"): the event has happened."""
        parses = self._parse(norm)
        return bool(parses) and parses[0].tag.POS == "VERB" and "past" in parses[0].tag

    def noun_number(self, norm: str) -> str | None:
        """"sing" or "plur" for a noun ("разговор", "розмови"), else None."""
        parses = self._parse(norm)
        if not parses or parses[0].tag.POS != "NOUN":
            return None
        return "plur" if "plur" in parses[0].tag else "sing" if "sing" in parses[0].tag else None

    def is_present_verb(self, norm: str) -> bool:
        """A finite verb in the present ("звонит", "телефонує", Ukrainian "проводить")."""
        parses = self._parse(norm)
        if self._colloquial_infinitive(norm, parses):
            return any(p.tag.POS == "VERB" and "pres" in p.tag for p in parses[1:3])
        return bool(parses) and parses[0].tag.POS == "VERB" and "pres" in parses[0].tag

    @staticmethod
    def _colloquial_infinitive(norm: str, parses: list) -> bool:  # type: ignore[type-arg]
        """Whether the first reading is the Ukrainian dictionary's colloquial infinitive in "-ть" ("проводить",
        "говорить"), which in news is the finite verb it shares its letters with (he holds, he speaks)."""
        return bool(parses) and "infn" in parses[0].tag.grammemes and norm.endswith("ть") \
            and not norm.endswith(("ати", "ити")) and any(p.tag.POS == "VERB" and "3per" in p.tag for p in parses[1:3])

    def is_first_person(self, norm: str) -> bool:
        """A verb in the first person ("напомним", "нагадаємо"): the writer's voice."""
        parses = self._parse(norm)
        return bool(parses) and "1per" in parses[0].tag

    def is_infinitive(self, norm: str) -> bool:
        """An infinitive ("встретиться", "зустрітися": Ukrainian tags it VERB,infn)."""
        parses = self._parse(norm)
        if self._colloquial_infinitive(norm, parses):
            return False
        return bool(parses) and (parses[0].tag.POS == "INFN" or "infn" in str(parses[0].tag))

    def is_plural_only(self, norm: str) -> bool:
        """A form read as plural and never as singular ("соглашения" is also a singular genitive: no)."""
        parses = self._parse(norm)
        return bool(parses) and "plur" in parses[0].tag and "sing" not in parses[0].tag

    def can_be_genitive(self, norm: str) -> bool:
        """Whether a word may stand in the genitive ("саммита", "річниці"; not "Трамп", "Путин")."""
        parses = self._parse(norm)[:4]
        return bool(parses) and str(parses[0].tag.case) != "nomn" and any(str(p.tag.case) == "gent" for p in parses)

    def first_case(self, norm: str) -> str | None:
        """The case of the word's likeliest reading ("індію" accs, "росії" gent), None for an unknown word."""
        parses = self._parse(norm)
        return str(parses[0].tag.case) if parses and parses[0].tag.case else None

    def given_name(self, norm: str) -> tuple[str, str] | None:
        """(nominative, case) when the word is a first name in the dictionary ("Робертом" -> роберт, ablt)."""
        for parse in self._parse(norm)[:3]:
            if "Name" in parse.tag:
                return parse.normal_form, str(parse.tag.case or "nomn")
        return None

    def surname(self, norm: str, case: str, female: bool = False) -> str:
        """The nominative of a surname seen in `case` (a woman's in its feminine form: "Лавровой" -> лаврова);
        the word itself when the dictionary cannot tell."""
        parses = [p for p in self._parse(norm) if "Surn" in p.tag and str(p.tag.case) == case]
        if female:
            # an indeclinable first name ("Айгуль Жапаровой", "Кармен Петровой") tells no case: the surname's own
            feminine = parses or [p for p in self._parse(norm) if "Surn" in p.tag and "femn" in p.tag
                                  and p.tag.case != "nomn"]
            for parse in feminine:
                if "femn" in parse.tag:
                    inflected = parse.inflect({"nomn"})
                    return str(inflected.word) if inflected else norm
        return str(parses[0].normal_form) if parses else norm

    def is_female_nominative(self, norm: str, kind: str) -> bool:
        """Whether the word can be a woman's first name ("Name") or surname ("Surn") in the nominative, as written
        ("Владислава", "Магалецька")."""
        return any(kind in p.tag and "femn" in p.tag and p.tag.case == "nomn" and p.word == p.normal_form
                   for p in self._parse(norm)[:4])

    def is_male_surname(self, norm: str) -> bool:
        """Whether the word can be a man's surname in some case ("Лаврова" is Лавров's genitive)."""
        return any("Surn" in p.tag and "masc" in p.tag for p in self._parse(norm))

    def may_be_surname(self, norm: str) -> bool:
        """Whether one of the word's likeliest readings is a surname in some case ("Кубів", not "Франції")."""
        return any("Surn" in p.tag for p in self._parse(norm)[:4])

    def part_and_case(self, norm: str) -> tuple[str | None, str | None, str | None]:
        """(part of speech, case, number) of a word in a name: the likeliest common reading's part of speech; "gent"
        where any of the first readings is a genitive ("енергетики"), else its case; "plur" only where every
        reading is plural ("проектам", not "торгівлі")."""
        parses = self._parse(norm)[:4]
        if not parses:
            return None, None, None
        tag = parses[0].tag
        case = "gent" if any(p.tag.case == "gent" for p in parses) else (str(tag.case) if tag.case else None)
        plural = all("plur" in p.tag for p in parses)
        # a common word's reading before a name's ("української" is an adjective before a surname)
        common = next((p.tag for p in parses if not {"Surn", "Name", "Patr"} & p.tag.grammemes), tag)
        return str(common.POS) if common.POS else None, case, "plur" if plural else None

    def may_be_plural_object(self, norm: str) -> bool:
        """Whether a noun may be a plural subject or object ("соглашения" after "подписали"), whatever its
        likeliest reading."""
        return any("plur" in p.tag and p.tag.case in ("nomn", "accs") for p in self._parse(norm)[:4])

    def singular_noun_cases(self, norm: str) -> frozenset[str]:
        """The cases of the word's singular noun readings ("главы" -> gent, "министром" -> ablt): the case a
        name in apposition to the title takes."""
        return frozenset(str(p.tag.case) for p in self._parse(norm)
                         if p.tag.POS == "NOUN" and p.tag.case and "plur" not in p.tag)

    def name_in_case(self, norm: str, cases: frozenset[str], kind: str) -> str | None:
        """The nominative of a first name ("Name") or surname ("Surn") the dictionary reads in one of the cases
        ("Эльмером" is no dictionary name: None)."""
        for p in self._parse(norm):
            if kind in p.tag and str(p.tag.case) in cases:
                return str(p.normal_form)
        return None

    def nominative(self, norm: str, cases: frozenset[str], gender: str | None = None) -> str:
        """The word in the nominative, read in one of the cases ("Громадського" after "в ефірі" -> громадське),
        an adjective in the gender of its noun; the word itself where it may be a nominative already or no
        reading is in those cases."""
        parses = self._parse(norm)
        if any(p.tag.case in ("nomn", None) for p in parses) or not norm[:1].isalpha():
            return norm
        for p in parses:
            if str(p.tag.case) in cases:
                wanted = {"nomn", gender} if gender and p.tag.POS in ("ADJF", "PRTF") and "plur" not in p.tag \
                    else {"nomn"}
                form = p.inflect(wanted) or p.inflect({"nomn"})
                if form is not None:
                    return str(form.word)
        return norm

    def may_be_name_in_case(self, norm: str, cases: frozenset[str]) -> bool:
        """Whether a capitalised word may be a surname or a first name in one of the cases ("Рейганом" in ablt,
        "Марапе", a foreign name that does not decline, in any; not "Рейган" in ablt): a word the dictionary knows
        only with a name's reading in one of the cases, never a common word ("Фото", "Укрзалізниці") or an
        organisation ("Совкомфлота"); a word it does not know where it is guessed in one of the cases or ends in a
        vowel no case ending of a noun's nominative has."""
        parses = self._parse(norm)[:4]
        if not parses:
            return False
        if parses[0].is_known:
            return any({"Surn", "Name"} & p.tag.grammemes and (not cases or str(p.tag.case) in cases)
                       for p in parses)
        return not cases or any(str(p.tag.case) in cases for p in parses) or norm[-1:] in "еэиоуюіїє"

    def may_be_adjective(self, norm: str) -> bool:
        """Whether any reading of the word is an adjective or a participle ("центральне", "вечерний")."""
        return any(p.tag.POS in ("ADJF", "PRTF") for p in self._parse(norm))

    def noun_gender(self, norm: str, cases: frozenset[str]) -> str | None:
        """The gender of the word's first noun reading, not plural, in one of the cases ("радіо" -> neut)."""
        for p in self._parse(norm):
            if p.tag.POS == "NOUN" and "plur" not in p.tag and (str(p.tag.case) in cases or p.tag.case == "nomn") \
                    and p.tag.gender:
                return str(p.tag.gender)
        return None

    def feminine_surname(self, norm: str) -> str | None:
        """The nominative of a surname that can only be a woman's ("Жапаровой", "Жапаровою", "Ковальової" ->
        жапарова, ковальова); None for a word that may be a man's surname in some case ("Лаврова") or no surname."""
        parses = [p for p in self._parse(norm) if "Surn" in p.tag]
        if not parses or any("masc" in p.tag for p in parses) or not all("femn" in p.tag for p in parses):
            return None
        inflected = parses[0].inflect({"nomn"})
        return str(inflected.word) if inflected else None

    def is_female_name(self, norm: str) -> bool:
        """Whether a first name is a woman's ("Ирины", "Олени")."""
        return any("Name" in p.tag and "femn" in p.tag for p in self._parse(norm)[:2])


_CACHED_QUESTIONS = ("first_pos", "is_common_word", "is_future_verb", "is_past_verb", "noun_number", "is_present_verb",
                     "is_first_person", "is_infinitive", "is_plural_only", "can_be_genitive", "first_case",
                     "given_name", "surname", "is_female_name", "part_and_case", "may_be_plural_object")


class EnglishLemmatizer:
    """Suffix rules and an irregular-forms table: enough for names, triggers and units."""

    def __init__(self, irregular: dict[str, str]) -> None:
        self._irregular = irregular
        self.lemmas = lru_cache(maxsize=100_000)(self._lemmas)  # type: ignore[method-assign]

    def _lemmas(self, norm: str) -> frozenset[str]:
        forms = {norm}
        if norm in self._irregular:
            forms.add(self._irregular[norm])
        if norm.endswith("'s"):
            norm = norm[:-2]
            forms.add(norm)
        if len(norm) > 3:
            if norm.endswith("ies"):
                forms.add(norm[:-3] + "y")
            if norm.endswith("es"):
                forms.add(norm[:-2])
            if norm.endswith("s") and not norm.endswith("ss"):
                forms.add(norm[:-1])
            if norm.endswith("ed"):
                forms.update((norm[:-2], norm[:-1]))
                if len(norm) > 5 and norm[-3] == norm[-4]:
                    forms.add(norm[:-3])
            if norm.endswith("ing"):
                forms.update((norm[:-3], norm[:-3] + "e"))
                if len(norm) > 6 and norm[-4] == norm[-5]:
                    forms.add(norm[:-4])
        # a stem cut off a suffix is never an irregular form itself: "ranging" is no "rang" (of "ring"), "meted" no
        # "met", "roses" no "rose" (of "rise")
        return frozenset(f for f in forms if f == norm or f not in self._irregular or f in self._irregular.values())


_CACHE: dict[str, Lemmatizer] = {}


@cache
def irregular_forms(lang: str) -> dict[str, str]:
    """The language's irregular word forms and their lemmas ("met" -> "meet"), from `irregular/<lang>.json`
    beside this module; empty for a language whose dictionary knows its forms (ru, uk) or that lists none."""
    path = package_folder("kg.text", "irregular", f"{lang}.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def lemmatizer(lang: str) -> Lemmatizer:
    """The shared, cached lemmatizer for a language (dictionaries load once per process)."""
    if lang not in _CACHE:
        if lang in ("ru", "uk"):
            _CACHE[lang] = PymorphyLemmatizer(lang)
        else:
            _CACHE[lang] = EnglishLemmatizer(irregular_forms(lang))
    return _CACHE[lang]
