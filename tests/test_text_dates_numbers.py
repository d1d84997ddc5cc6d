"""Dates resolved against the article's date, durations, money and percentages, in ru, uk and en."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article

from kg.text.dates import find_times
from kg.text.document import Document
from kg.text.numbers import find_quantities

REF = date(2026, 2, 4)  # a Wednesday


def _times(text: str, lang: str, ref: date | None = REF, ahead: bool = False) -> list[str]:
    doc = Document(article(text, lang, ref))
    out = []
    for t in find_times(doc, 0, len(doc.tokens), ref, ahead=ahead):
        out.append(t.when.iso())
    return out


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Встреча прошла сегодня.", "2026-02-04"),
    ("ru", "Разговор состоялся вчера.", "2026-02-03"),
    ("ru", "Лидеры говорили в понедельник.", "2026-02-02"),
    ("ru", "Переговоры прошли 8 февраля.", "2025-02-08"),
    ("ru", "Переговоры прошли 3 февраля 2026 года.", "2026-02-03"),
    ("uk", "Розмова відбулася у вересні.", "2025-09"),
    ("uk", "Зустріч відбулася вчора.", "2026-02-03"),
    ("uk", "Лідери говорили 17 січня.", "2026-01-17"),
    ("en", "They met last weekend.", "2026-01-31"),
    ("en", "The call took place in April.", "2025-04"),
    ("en", "Talks were held on February 3, 2026.", "2026-02-03"),
    ("en", "They spoke on Tuesday.", "2026-02-03"),
])
def test_date_is_resolved_against_the_article_date(lang, text, expected):
    assert expected in _times(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "визит в первой половине 2026 года", "2026-01..2026-06"),
    ("ru", "визит весной 2023 года", "2023-03..2023-05"),
    ("uk", "за 11 місяців 2024 року", "2024-01..2024-11"),
    ("ru", "в период с января по ноябрь 2022 года", "2022-01..2022-11"),
    ("en", "in the first half of this year", "2026-01..2026-06"),
    ("en", "in January–November 2024", "2024-01..2024-11"),
])
def test_period_is_read(lang, text, expected):
    assert expected in _times(text, lang)


def test_invitation_months_look_ahead():
    assert _times("приехать в декабре", "ru", date(2025, 9, 1), ahead=True) == ["2025-12"]


def test_eve_of_an_event_is_not_yesterday():
    assert "2026-02-03" not in _times("накануне саммита лидеры обменялись посланиями", "ru")


def _quantities(text: str, lang: str) -> list[tuple[str, float]]:
    doc = Document(article(text, lang, REF))
    return [(q.kind, round(q.value, 6)) for q in find_quantities(doc, 0, len(doc.tokens))]


@pytest.mark.parametrize("lang,text,minutes", [
    ("ru", "разговор длился 1 час 25 минут", 85),
    ("ru", "беседа продлилась почти 1,5 часа", 90),
    ("ru", "беседа продлилась полтора часа", 90),
    ("uk", "розмова тривала 1 годину 35 хвилин", 95),
    ("uk", "розмова тривала дві години", 120),
    ("en", "four-hour talks", 240),
    ("en", "a 90-minute call", 90),
    ("ru", "переговоры длились чуть больше часа", 60),
    ("ru", "встреча шла около двух с половиной часов", 150),
    ("uk", "розмова тривала годину сорок хвилин", 100),
    ("uk", "зустріч тривала понад дві з половиною години", 150),
    ("en", "an hour-long call", 60),
    ("en", "talks lasted about two and a half hours", 150),
    ("ru", "провели четырёхчасовые переговоры", 240),
    ("ru", "полуторачасовая беседа", 90),
    ("uk", "майже півторагодинну телефонну розмову", 90),
    ("uk", "двогодинна зустріч", 120),
])
def test_duration_is_read_in_minutes(lang, text, minutes):
    assert ("duration", minutes) in _quantities(text, lang)


@pytest.mark.parametrize("lang,text,dollars", [
    ("uk", "сягнув понад $220 мільярдів", 220e9),
    ("ru", "достиг 200 млрд долларов", 200e9),
    ("en", "reached $240bn", 240e9),
    ("en", "reached 240 billion dollars", 240e9),
    ("ru", "превысил шестьдесят миллиардов долларов", 60e9),
    ("en", "reached 240.1 billion U.S. dollars", 240.1e9),
])
def test_money_is_read_in_dollars(lang, text, dollars):
    assert ("money", dollars) in _quantities(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "пшеница - 2 млн. 875 тыс. тонн", ("volume", 2_875_000.0)),
    ("uk", "кукурудза - 4 млн 120 тис. тонн", ("volume", 4_120_000.0)),
    ("en", "1 billion 200 million dollars", ("money", 1.2e9)),
    ("ru", "товарооборот 3 млрд 400 млн долларов", ("money", 3.4e9)),
    ("en", "2 million tonnes and 300 thousand more", ("volume", 2_000_000.0)),  # "and": two numbers
    ("ru", "2 млн тонн, 875 тыс. тонн", ("volume", 2_000_000.0)),  # a comma: two numbers
    ("ru", "5 тыс. 200 млн долларов", ("money", 2e8)),  # a larger scale after a smaller one: another number
])
def test_a_number_written_with_two_scales_is_one_number(lang, text, expected):
    found = _quantities(text, lang)
    assert found and found[0] == expected, found


@pytest.mark.parametrize("lang,text", [("ru", "упали на 9%"), ("uk", "зросло на 9 відсотків"),
                                       ("en", "fell 9 percent"), ("en", "rose by 9 per cent"),
                                       ("ru", "выросли на 9 процентов")])
def test_percentage_is_read(lang, text):
    assert ("percent", 9.0) in _quantities(text, lang)


@pytest.mark.parametrize("lang,text", [("en", "9 per capita"), ("en", "9 cents"), ("ru", "9 центов")])
def test_a_word_near_per_cent_is_no_percentage(lang, text):
    assert not [q for q in _quantities(text, lang) if q[0] == "percent"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "часовой пояс Москвы"),
    ("uk", "година пік у Києві"),
    ("en", "a long hour of questions"),
    ("ru", "трёхсторонние переговоры"),
    ("uk", "тривалі переговори"),
])
def test_an_hour_word_without_a_measure_is_not_a_duration(lang, text):
    assert not [q for q in _quantities(text, lang) if q[0] == "duration"]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Накануне Путин говорил с Трампом.", "2026-02-03"),
    ("uk", "Напередодні Трамп говорив із Путіним.", "2026-02-03"),
    ("ru", "Накануне саммита Путин говорил с Трампом.", None),
    ("uk", "Напередодні переговорів Трамп говорив із Путіним.", None),
])
def test_the_eve_is_the_day_before_unless_it_is_the_eve_of_an_event(lang, text, expected):
    doc = Document(article(text, lang, REF))
    found = [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), REF)]
    assert found == ([expected] if expected else [])


def test_a_year_is_not_money_or_a_duration():
    assert _quantities("В 2024 году стороны встретились.", "ru") == []


def test_the_evening_before_is_yesterday():
    assert "2026-02-03" in _times("Накануне вечером лидеры поужинали.", "ru")


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "в июле прошлого года", "2025-07"),
    ("uk", "у липні минулого року", "2025-07"),
    ("en", "in July last year", "2025-07"),
    ("ru", "8 февраля прошлого года", "2025-02-08"),
    ("uk", "у вересні наступного року", "2027-09"),
])
def test_a_month_with_last_this_or_next_year_is_in_that_year(lang, text, expected):
    doc = Document(article(text, lang, REF))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), REF)] == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "they met in Bali last February", "2025-02"),
    ("en", "they will meet next February", "2027-02"),
    ("en", "they met last January", "2026-01"),
])
def test_last_or_next_month_is_the_nearest_such_month_on_that_side(lang, text, expected):
    doc = Document(article(text, lang, REF))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), REF)] == [expected]


def test_the_eve_before_a_preposition_is_the_day_before():
    doc = Document(article("Переговоры, прошедшие накануне в Сочи, длились час.", "ru", REF))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), REF)] == ["2026-02-03"]
