"""Past meetings of a pair mentioned in passing: one meeting per place told, whether the places are cities or
states, and one date told before or after the places is the date of each."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, partners

from kg.records import PartialDate

MAR_14_2025 = date(2025, 3, 14)  # a Friday

PUTIN, MODI, LULA = "vladimir-putin", "narendra-modi", "luiz-inacio-lula-da-silva"


def _places(text: str, lang: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(sorted(m.participants)), m.place) for m in facts(text, lang, MAR_14_2025).meetings}


def _places_and_dates(text: str, lang: str) -> set[tuple[str | None, PartialDate | None]]:
    return {(m.place, m.date) for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Putin and Modi have already met on the sidelines of summits in Brazil and Australia.",
     {(partners(PUTIN, MODI), "brazil"), (partners(PUTIN, MODI), "australia")}),
    ("ru", "Путин и Моди ранее уже встречались на полях саммитов в Бразилии и Австралии.",
     {(partners(PUTIN, MODI), "brazil"), (partners(PUTIN, MODI), "australia")}),
    ("uk", "Путін і Моді раніше вже зустрічалися на полях самітів у Бразилії та Австралії.",
     {(partners(PUTIN, MODI), "brazil"), (partners(PUTIN, MODI), "australia")}),
    ("en", "Putin and Modi previously met in Brasilia and South Africa.",
     {(partners(PUTIN, MODI), "brasilia"), (partners(PUTIN, MODI), "south-africa")}),
    ("ru", "Путин и Моди ранее встречались в Казани и Бразилии.",
     {(partners(PUTIN, MODI), "kazan"), (partners(PUTIN, MODI), "brazil")}),
    # near miss: a single state after "in" is no list; and a state after "about" is a topic, not a second place
    ("en", "Putin and Modi previously met in Kazan and talked about Australia.", {(partners(PUTIN, MODI), "kazan")}),
    ("uk", "Путін і Моді раніше зустрічалися в Казані, говорили про Австралію.", {(partners(PUTIN, MODI), "kazan")}),
])
def test_each_place_listed_for_a_past_meeting_is_a_meeting_of_its_own(lang, text, expected):
    assert _places(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Lula and Modi recalled their meetings last year in Brasilia and Johannesburg.",
     {("brasilia", PartialDate(2024)), ("johannesburg", PartialDate(2024))}),
    ("ru", "Лула и Моди вспомнили свои встречи в прошлом году в Бразилиа и Йоханнесбурге.",
     {("brasilia", PartialDate(2024)), ("johannesburg", PartialDate(2024))}),
    ("uk", "Лула і Моді згадали свої зустрічі минулого року в Бразиліа та Йоганнесбурзі.",
     {("brasilia", PartialDate(2024)), ("johannesburg", PartialDate(2024))}),
    # near miss: a date for each place is each meeting's own
    ("en", "Lula and Modi met in Brasilia in May 2024 and in Johannesburg in August 2024.",
     {("brasilia", PartialDate(2024, 5)), ("johannesburg", PartialDate(2024, 8))}),
])
def test_one_date_told_before_the_places_dates_each_meeting(lang, text, expected):
    assert _places_and_dates(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Milei met Zelensky in Buenos Aires, officials in Argentina and Ukraine confirmed.",
     {(partners("javier-milei", "volodymyr-zelenskyy"), "buenos-aires")}),
    ("uk", "Мілей зустрівся із Зеленським у Буенос-Айресі, підтвердили офіційні джерела в Аргентині та Україні.",
     {(partners("javier-milei", "volodymyr-zelenskyy"), "buenos-aires")}),
    ("ru", "Милей встретился с Зеленским в Буэнос-Айресе, подтвердили официальные источники в Аргентине и Украине.",
     {(partners("javier-milei", "volodymyr-zelenskyy"), "buenos-aires")}),
])
def test_the_sides_own_states_listed_after_in_are_no_places(lang, text, expected):
    assert _places(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Lula and Modi spoke by phone on Tuesday; during the call they recalled their meetings in Brasilia and "
           "Johannesburg.", {("phone", None), ("in_person", "brasilia"), ("in_person", "johannesburg")}),
    ("ru", "Лула и Моди поговорили по телефону во вторник, в ходе разговора они вспомнили свои встречи в Бразилиа "
           "и Йоханнесбурге.", {("phone", None), ("in_person", "brasilia"), ("in_person", "johannesburg")}),
    ("uk", "Лула і Моді поговорили телефоном у вівторок, під час розмови вони згадали свої зустрічі в Бразиліа та "
           "Йоганнесбурзі.", {("phone", None), ("in_person", "brasilia"), ("in_person", "johannesburg")}),
])
def test_meetings_recalled_during_a_call_are_one_per_place(lang, text, expected):
    assert {(m.medium, m.place) for m in facts(text, lang, MAR_14_2025).meetings} == expected
