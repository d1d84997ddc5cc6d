"""Causes of missed or wrong meetings seen on real news (batch 15, round 21), each as a general family in ru, uk
and en: the leaders of two states named right before the meeting's word ("made by the leaders of X and Y at their
meetings", "достигнутые руководителями X и Y на встречах") are its parties, the states standing for their unnamed
leaders, even after a word for both sides and beside another pair's meeting in another city."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2024, 5, 14)
ARM, AZE = "armenia", "azerbaijan"
MIRZ, BAYR = "ararat-mirzoyan", "jeyhun-bayramov"


def _meetings(text: str, lang: str) -> set:  # type: ignore[type-arg]
    return {(tuple(sorted(m.participants)), m.place) for m in facts(text, lang, REF).meetings}


PAIR = {
    "ru": "Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов провели переговоры в "
          "Вашингтоне. ",
    "uk": "Міністри закордонних справ Вірменії та Азербайджану Арарат Мірзоян і Джейхун Байрамов провели "
          "переговори у Вашингтоні. ",
    "en": "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in "
          "Washington. ",
}
LEADERS = {
    "ru": "Стороны вновь подтвердили договорённости, достигнутые руководителями Армении и Азербайджана на встречах "
          "в Праге 6 октября и в Сочи 31 октября.",
    "uk": "Сторони знову підтвердили домовленості, досягнуті керівниками Вірменії та Азербайджану на зустрічах у "
          "Празі 6 жовтня та в Сочі 31 жовтня.",
    "en": "The sides reaffirmed the understandings reached by the leaders of Armenia and Azerbaijan at their "
          "meetings in Prague on 6 October and in Sochi on 31 October.",
}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_leaders_of_two_states_before_the_meeting_word_are_its_parties(lang):
    assert _meetings(LEADERS[lang], lang) == {((ARM, AZE), "prague"), ((ARM, AZE), "sochi")}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_leaders_meetings_elsewhere_stand_beside_the_ministers_meeting(lang):
    assert _meetings(PAIR[lang] + LEADERS[lang], lang) == {
        ((MIRZ, BAYR), "washington"), ((ARM, AZE), "prague"), ((ARM, AZE), "sochi")}


@pytest.mark.parametrize("lang,text", [
    # near misses: states after a word of discussion are the topic of the talks the sides held, not their parties
    ("ru", "Стороны обсудили отношения между Арменией и Азербайджаном на встрече в Праге."),
    ("uk", "Сторони обговорили відносини між Вірменією та Азербайджаном на зустрічі в Празі."),
    ("en", "The leaders discussed relations between Armenia and Azerbaijan at the meeting in Prague."),
])
def test_states_told_as_a_topic_are_not_the_parties(lang, text):
    assert not any(parties == (ARM, AZE) for parties, _ in _meetings(text, lang))
