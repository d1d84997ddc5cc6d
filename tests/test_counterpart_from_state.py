"""A counterpart told by the state he comes from ("his counterpart from Kazakhstan", "с коллегой из Казахстана",
"з колегою з Казахстану") is that state's holder of the same office, as "his Kazakh counterpart" is."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

REF = date(2024, 5, 14)
LAVROV, NURTLEU, SAIDOV = "sergey-lavrov", "murat-nurtleu", "bakhtiyor-saidov"


def _meetings(text: str, lang: str) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, REF))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sergey Lavrov met his counterpart from Kazakhstan on Tuesday."),
    ("ru", "Во вторник Сергей Лавров встретился с коллегой из Казахстана."),
    ("uk", "У вівторок Сергій Лавров зустрівся з колегою з Казахстану."),
    # the adjective's form, as before
    ("en", "Sergey Lavrov met his Kazakh counterpart on Tuesday."),
    ("ru", "Во вторник Сергей Лавров встретился с казахстанским коллегой."),
])
def test_a_counterpart_from_a_state_is_its_holder_of_the_same_office(lang, text):
    assert _meetings(text, lang) == {(NURTLEU, LAVROV)}


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: a list of states gives one meeting per state, as before
    ("en", "Sergey Lavrov met his counterparts from Kazakhstan and Uzbekistan on Tuesday.",
     {("kazakhstan", LAVROV), (LAVROV, "uzbekistan")}),
    ("ru", "Во вторник Сергей Лавров встретился с коллегами из Казахстана и Узбекистана.",
     {("kazakhstan", LAVROV), (LAVROV, "uzbekistan")}),
    # the counterpart's name after the state is the mention
    ("en", "Sergey Lavrov met his counterpart from Uzbekistan, Bakhtiyor Saidov, on Tuesday.", {(SAIDOV, LAVROV)}),
])
def test_a_list_of_states_or_a_name_after_the_state_is_read_as_before(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # near misses: no counterpart word
    ("en", "Sergey Lavrov met a delegation from Kazakhstan on Tuesday."),
    ("ru", "Во вторник Сергей Лавров встретился с делегацией из Казахстана."),
])
def test_no_counterpart_word_names_no_holder(lang, text):
    assert not any(NURTLEU in m for m in _meetings(text, lang))
