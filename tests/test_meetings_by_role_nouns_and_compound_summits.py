"""Meetings told through the words around them: a summit named by a compound of two states' short names ("the
Russia-US summit") is a meeting of those states, however short a name; an event named as being prepared
("discussed preparations for the summit during their meeting") is unreal in its own noun phrase, while the meeting
it was discussed at was held, with its place."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

MAR_14_2025 = date(2025, 3, 14)  # a Friday

PUTIN, TRUMP = "vladimir-putin", "donald-trump"


def _meetings(text: str, lang: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(sorted(m.participants)), m.place) for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Putin and Trump discussed preparations for the summit during their meeting in Tehran on Monday.",
     {((TRUMP, PUTIN), "tehran")}),
    ("ru", "Путин и Трамп обсудили подготовку к саммиту в ходе встречи в Тегеране в понедельник.",
     {((TRUMP, PUTIN), "tehran")}),
    ("uk", "Путін і Трамп обговорили підготовку до саміту під час зустрічі в Тегерані в понеділок.",
     {((TRUMP, PUTIN), "tehran")}),
    # near misses: the meeting itself yet to come, or a forecast meeting told with its setting
    ("en", "Putin and Trump will discuss preparations for the summit during their meeting in Tehran on Monday.",
     set()),
    ("ru", "Путин и Трамп обсудят подготовку к саммиту в ходе встречи в Тегеране в понедельник.", set()),
    ("uk", "Путін і Трамп обговорять підготовку до саміту під час зустрічі в Тегерані в понеділок.", set()),
    ("en", "Putin and Trump are likely to meet in July during the G20 summit in Tehran.", set()),
    ("en", "Preparations for the summit of Putin and Trump are under way in Tehran.", set()),
])
def test_a_meeting_where_preparations_for_another_event_were_discussed_was_held(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Russia-US summit was held in Helsinki on Monday.", {(("russia", "united-states"), "helsinki")}),
    ("en", "The US-Russia summit took place in Helsinki on Monday.", {(("russia", "united-states"), "helsinki")}),
    ("en", "The Korea-Japan summit was held in Busan on Tuesday.", {(("japan", "south-korea"), "busan")}),
    ("ru", "Российско-американский саммит прошел в Хельсинки в понедельник.",
     {(("russia", "united-states"), "helsinki")}),
    ("uk", "Російсько-американський саміт відбувся в Гельсінкі в понеділок.",
     {(("russia", "united-states"), "helsinki")}),
    # near misses: a compound summit yet to come; a compound of one state's words names no pair
    ("en", "The Russia-US summit will be held in Helsinki on Monday.", set()),
    ("ru", "Российско-американский саммит пройдет в Хельсинки в понедельник.", set()),
])
def test_a_summit_named_by_two_states_short_names_is_their_meeting(lang, text, expected):
    assert _meetings(text, lang) == expected
