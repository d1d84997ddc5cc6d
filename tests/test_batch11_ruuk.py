"""Real batch 11 in Russian and Ukrainian (issue 15), in general form: a capitalised word right after a first
name, an initial or a courtesy title is a surname, whatever state or city it also spells ("Степан Кубів" is no
Cuba, "Michael Jordan" no Jordan). Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

D = date(2019, 1, 25)


def _actors(text: str, lang: str) -> set[str]:
    return {m.actor for m in facts(text, lang, D).mentions}


# ---- a place word after a first name, an initial or a courtesy title is a surname ------------------------------

@pytest.mark.parametrize("lang,text,place,person", [
    ("uk", "Віце-прем'єр Степан Кубів провів нараду з експортерами.", "cuba", "new:stepan-kubiv"),
    ("uk", "Нараду з експортерами провів міністр Петро Кубів.", "cuba", "new:petro-kubiv"),
    ("uk", "Нараду з експортерами провів С.Кубів.", "cuba", None),
    ("uk", "Нараду з експортерами провів С. Кубів.", "cuba", None),
    ("uk", "Нараду з експортерами провів пан Кубів.", "cuba", None),
    ("ru", "Совещание с экспортерами провел господин Куба.", "cuba", None),
    ("en", "The meeting with exporters was chaired by Michael Jordan.", "jordan", "new:michael-jordan"),
    ("en", "The meeting with exporters was chaired by Mr Jordan.", "jordan", None),
])
def test_a_place_word_after_a_first_name_initial_or_title_is_a_surname(lang, text, place, person):
    found = _actors(text, lang)
    assert place not in found
    assert person is None or person in found


@pytest.mark.parametrize("lang,text,place", [
    # near misses: a state after a first name that is also a common noun, a state's own cases and plural forms,
    # the end of an abbreviation, a city's abbreviation in lower case
    ("ru", "Надежда Украины на мир не угасла.", "ukraine"),
    ("ru", "Вера Франции в союзников крепка.", "france"),
    ("uk", "Надія України на мир не згасла.", "ukraine"),
    ("uk", "Делегація Куби прибула до Києва.", "cuba"),
    ("ru", "Делегация Кубы прибыла в Москву.", "cuba"),
    ("uk", "Президент Франції Емманюель Макрон прибув до Києва.", "france"),
    ("en", "The U.S. Cuba policy was discussed.", "cuba"),
    ("en", "Jordan and Egypt signed the deal.", "jordan"),
    ("ru", "Делегация прибыла в г. Минск.", "minsk"),
])
def test_a_place_after_a_common_word_an_abbreviation_or_a_title_stays_a_place(lang, text, place):
    assert place in _actors(text, lang)
