"""Meetings held and their details: the day a report states, the medium of the talks (not of the report), how long
they lasted when told of the states and then of their leaders. Rows in ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article, facts

from kg.records import PartialDate
from kg.text.dates import find_times
from kg.text.document import Document

LAVROV, FM = "sergey-lavrov", "badr-abdelatty"
ZELENSKYY, SUNAK = "volodymyr-zelenskyy", "rishi-sunak"
PUTIN, MODI = "vladimir-putin", "narendra-modi"


def _meetings(text: str, lang: str, published: date | None) -> list:  # type: ignore[type-arg]
    return list(facts(text, lang, published).meetings)


@pytest.mark.parametrize("lang,text", [
    # 18 August 2025 was a Monday: the writer's weekday is wrong, the calendar day he states is kept
    ("ru", "Во вторник, 18 августа, Лавров провёл телефонный разговор со своим египетским коллегой Бадром "
           "Абдулати."),
    ("uk", "У вівторок, 18 серпня, Сергій Лавров мав телефонну розмову з єгипетським колегою Бадром Абдельатті."),
    ("en", "On Tuesday, August 18, Lavrov held a phone call with his Egyptian counterpart Badr Abdelatty."),
    # near miss: the weekday agrees with the day; nothing changes
    ("ru", "В понедельник, 18 августа, Лавров провёл телефонный разговор с египетским коллегой Бадром Абдулати."),
    ("en", "On Monday, August 18, Lavrov held a phone call with his Egyptian counterpart Badr Abdelatty."),
])
def test_a_stated_day_wins_over_a_miswritten_weekday(lang, text):
    [m] = _meetings(text, lang, date(2025, 8, 19))
    assert set(m.participants) == {LAVROV, FM}
    assert m.date == PartialDate(2025, 8, 18)


@pytest.mark.parametrize("lang,text,published,expected", [
    # a weekday right before a year-less day still picks its year near the reference date
    ("uk", "у вівторок, 9 липня", date(2024, 7, 8), PartialDate(2024, 7, 9)),
    ("en", "on Thursday, December 12", date(2025, 1, 10), PartialDate(2024, 12, 12)),
    # but never a year away: a miswritten weekday leaves the most recent such day
    ("ru", "во вторник, 18 августа", date(2025, 8, 19), PartialDate(2025, 8, 18)),
    ("uk", "у середу, 3 березня", date(2025, 3, 5), PartialDate(2025, 3, 3)),
])
def test_a_weekday_picks_a_year_only_near_the_reference(lang, text, published, expected):
    doc = Document(article(text, lang, published))
    assert [t.when for t in find_times(doc, 0, len(doc.tokens), published)] == [expected]


@pytest.mark.parametrize("lang,text,medium", [
    # the video address is how the speaker reported the call, not the call's medium
    ("uk", "Зеленський у відеозверненні розповів, що провів розмову з прем'єр-міністром Британії Ріші Сунаком.",
     "phone"),
    ("uk", "Як сказав Зеленський у вечірньому відеозверненні, він провів телефонну розмову з Ріші Сунаком.", "phone"),
    ("ru", "Зеленский в видеообращении рассказал, что провел разговор с премьер-министром Британии Риши Сунаком.",
     "phone"),
    ("en", "In his nightly video address, Zelensky said he had held a conversation with British Prime Minister "
           "Rishi Sunak.", "phone"),
    # near misses: the talks themselves held by video link
    ("uk", "Зеленський провів розмову з прем'єр-міністром Британії Ріші Сунаком по відеозв'язку.", "video"),
    ("uk", "Зеленський поговорив із Ріші Сунаком відеозв’язком.", "video"),
    ("ru", "Зеленский провел разговор с Риши Сунаком по видеосвязи.", "video"),
    ("en", "Zelensky held talks with Rishi Sunak via video link.", "video"),
])
def test_a_video_address_is_not_the_medium_of_the_talks_it_reports(lang, text, medium):
    [m] = _meetings(text, lang, date(2022, 10, 26))
    assert set(m.participants) == {ZELENSKYY, SUNAK}
    assert m.medium == medium


@pytest.mark.parametrize("lang,text,minutes", [
    ("ru", "Завершились переговоры России и Индии\n\nПутин назвал встречу с индийским премьером Нарендрой Моди "
           "полезной. Беседа двух лидеров длилась больше двух часов.", 120),
    ("uk", "Завершилися переговори Росії та Індії\n\nПутін назвав зустріч з індійським прем'єром Нарендрою Моді "
           "корисною. Розмова двох лідерів тривала понад дві години.", 120),
    ("en", "Russia and India wrap up talks\n\nPutin called his meeting with Indian Prime Minister Narendra Modi "
           "useful. The two leaders' talks lasted more than two hours.", 120),
    ("ru", "Путин провел переговоры с Нарендрой Моди. Встреча длилась полтора часа.", 90),
    # near misses: no length told
    ("ru", "Завершились переговоры России и Индии\n\nПутин назвал встречу с индийским премьером Нарендрой Моди "
           "полезной.", None),
    ("en", "Russia and India wrap up talks\n\nPutin called his meeting with Indian Prime Minister Narendra Modi "
           "useful.", None),
])
def test_the_length_told_of_the_states_talks_is_their_leaders_meetings(lang, text, minutes):
    [m] = _meetings(text, lang, date(2025, 12, 5))
    assert set(m.participants) == {PUTIN, MODI}
    assert m.duration_minutes == minutes


@pytest.mark.parametrize("lang,text,expected", [
    # a summit its compound adjective names, told of by a minister to a colleague: the two states' (leaders unnamed)
    ("ru", "Глава МИД России Лавров рассказал бразильскому коллеге о результатах российско-китайского саммита.",
     {"russia", "china"}),
    ("uk", "Очільник МЗС Росії Лавров поінформував бразильського колегу про результати російсько-китайського саміту.",
     {"russia", "china"}),
    ("en", "Russian Foreign Minister Lavrov briefed his Brazilian counterpart on the results of the Russian-Chinese "
           "summit.", {"russia", "china"}),
    # a leader who tells of it is one of its people; the one he tells is none
    ("ru", "Путин рассказал Моди о результатах российско-китайского саммита.", {"vladimir-putin", "china"}),
    # near misses: a leader's own summit; the teller's own trip to a summit is no meeting with the one he tells
    ("ru", "«Мы провели российско-китайский саммит», — сказал Путин.", {"vladimir-putin", "china"}),
    ("ru", "Путин рассказал Моди о своей поездке на саммит.", None),
    ("en", "Putin briefed Modi on his trip to the summit.", None),
])
def test_a_summit_told_of_by_its_compound_adjective_is_its_states(lang, text, expected):
    got = [set(m.participants) for m in _meetings(text, lang, date(2025, 8, 19))]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("lang,text,expected", [
    # a verb of receiving whose object is a title, the name after it: a person received
    ("ru", "Президент Казахстана Касым-Жомарт Токаев принял премьер-министра Индии Нарендру Моди.",
     {"kassym-jomart-tokayev", "narendra-modi"}),
    ("ru", "Путин принял в Кремле президента Франции Эмманюэля Макрона.", {"vladimir-putin", "emmanuel-macron"}),
    ("uk", "Зеленський прийняв прем'єр-міністра Індії Нарендру Моді.", {"volodymyr-zelenskyy", "narendra-modi"}),
    ("en", "Kazakh President Kassym-Jomart Tokayev received Indian Prime Minister Narendra Modi.",
     {"kassym-jomart-tokayev", "narendra-modi"}),
    # near misses: a thing adopted
    ("ru", "Токаев принял закон о бюджете на следующий год.", None),
    ("ru", "Путин принял решение о поездке.", None),
    ("uk", "Зеленський прийняв рішення про відставку.", None),
])
def test_one_received_under_his_title_is_met(lang, text, expected):
    got = [set(m.participants) for m in _meetings(text, lang, date(2024, 6, 3))]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("lang,text,place", [
    # a wire dateline opening the meeting's own sentence: where it was held, no city of its own told
    ("en", "ASTANA: /APP/ Kazakh President Kassym-Jomart Tokayev received Indian Prime Minister Narendra Modi.",
     "astana"),
    ("en", "ASTANA (Reuters) - Kazakh President Kassym-Jomart Tokayev met Indian Prime Minister Narendra Modi.",
     "astana"),
    ("ru", "АСТАНА, 3 июня — Президент Казахстана Касым-Жомарт Токаев провел переговоры с Нарендрой Моди.",
     "astana"),
    ("uk", "АСТАНА, 3 червня — Президент Казахстану Касим-Жомарт Токаєв провів переговори з Нарендрою Моді.",
     "astana"),
    # near misses: the city the sentence names wins; a call has no venue
    ("en", "ASTANA (Reuters) - Kazakh President Kassym-Jomart Tokayev met Indian Prime Minister Narendra Modi in "
           "New Delhi.", "new-delhi"),
    ("en", "ASTANA (Reuters) - Kazakh President Kassym-Jomart Tokayev spoke by phone with Indian Prime Minister "
           "Narendra Modi.", None),
    ("en", "ASTANA: Kazakh President Kassym-Jomart Tokayev spoke with Indian Prime Minister Narendra Modi on "
           "Friday.", None),
])
def test_a_meeting_told_under_a_dateline_was_held_in_its_city(lang, text, place):
    [m] = _meetings(text, lang, date(2024, 6, 3))
    assert set(m.participants) == {"kassym-jomart-tokayev", "narendra-modi"}
    assert m.place == place


@pytest.mark.parametrize("lang,text,held", [
    # a visit being worked out or prepared is a plan, not a meeting held
    ("ru", "В Анкаре сейчас прорабатывается вопрос о визите Токаева в Турцию.", False),
    ("ru", "Готовится визит Токаева в Анкару, сообщили в МИД.", False),
    ("uk", "Наразі опрацьовується питання про візит Токаєва до Туреччини.", False),
    ("uk", "Готується візит Токаєва до Анкари, повідомили в МЗС.", False),
    ("en", "Preparations are under way for Tokayev's visit to Ankara, the ministry said.", False),
    # near misses: the visit made, and a meeting held where a plan is only its topic
    ("ru", "Токаев посетил Анкару и провел переговоры с Эрдоганом.", True),
    ("uk", "Токаєв відвідав Анкару і провів переговори з Ердоганом.", True),
    ("en", "Tokayev visited Ankara and held talks with Erdogan.", True),
])
def test_a_visit_being_prepared_is_no_meeting_held(lang, text, held):
    assert bool(_meetings(text, lang, date(2024, 6, 3))) == held
