"""Issue 15, undated articles: the ways a page tells the day it was written, in Russian, Ukrainian and English, and
the near misses that must not be taken for it. Each row is a page without a ` date` header; the estimate
(kg:issuedEstimate) is the day the page's own wording gives, or None where it gives none.

| family | ru | uk | en |
|---|---|---|---|
| wire dateline (a year told) | МОСКВА, 5 декабря. /ТАСС/. | КИЇВ, 5 грудня. | MOSCOW, Dec 5 (Reuters) |
| dateline with full stops | Москва. 5 декабря. ИНТЕРФАКС - | КИЇВ. 5 грудня. УНН. | — |
| stamp with a clock, before or after | 14:30, 5 декабря 2024 | 5 грудня 2024, 14:30 | Dec 5, 2024, 2:30 PM ET |
| several stamps: the earliest (the others: the day viewed, an update) | a site's today above the article's | | |
| published before updated | Опубликовано / Обновлено | Опубліковано / Оновлено | Published / Updated |
| "today" beside a year-less day | Сегодня, 5 декабря, | Сьогодні, 5 грудня, | Today, December 5, |
| a weekday beside the day, agreeing with the year | в четверг, 5 декабря | у четвер, 5 грудня | on Thursday, Dec 5 |
| the year named as this one | в этом, 2024 году | у цьому, 2024 році | this year, 2024 |
| the latest full date in the lead | 5 декабря 2024 года | 5 грудня 2024 року | on December 5, 2024 |
| near misses: a birth, a plan, a day before the named office holders held office, no year anywhere | | | |
"""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article, facts

DAY = date(2024, 12, 5)  # a Thursday


def estimate(text: str, lang: str) -> date | None:
    return article(text, lang, published=None).published_estimate


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "МОСКВА, 5 декабря 2024. /ТАСС/. Президенты провели переговоры.", DAY),
    ("ru", "КИЕВ, 5 декабря. /ТАСС/. Президенты провели переговоры. Ранее, 20 ноября 2024 года, они "
           "говорили по телефону.", DAY),
    ("ru", "МОСКВА, 5 дек — РИА Новости. Президенты провели переговоры 3 декабря 2024 года.", DAY),
    ("uk", "Київ, 5 грудня 2024 /Укрінформ/. Президенти провели переговори.", DAY),
    ("uk", "КИЇВ, 5 грудня /Укрінформ/. Президенти провели переговори. Раніше, 20 листопада 2024 року, вони "
           "говорили.", DAY),
    ("en", "MOSCOW, Dec. 5, 2024 (Reuters) - Russia and China held talks.", DAY),
    ("en", "MOSCOW, Dec 5 (Reuters) - Russia and China held talks. The sides met earlier on Nov 20, 2024.", DAY),
    ("en", "BEIJING, December 5, 2024 /Xinhua/ -- The leaders held talks.", DAY),
    # near misses: a dateline with no year anywhere in the text
    ("ru", "МОСКВА, 5 декабря. /ТАСС/. Президенты провели переговоры.", None),
    ("uk", "КИЇВ, 5 грудня /Укрінформ/. Президенти провели переговори.", None),
    ("en", "KYIV, Dec 5 (Reuters) - The presidents held talks on Thursday.", None),
])
def test_a_wire_dateline_dates_the_page(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва. 5 декабря. ИНТЕРФАКС - Президенты провели переговоры. Ранее, 20 ноября 2024 года, они "
           "говорили.", DAY),
    ("uk", "КИЇВ. 5 грудня. УНН. Президенти провели переговори. Раніше, 20 листопада 2024 року, вони говорили.",
     DAY),
    ("en", "LONDON. Dec 5. PA - The leaders met. They last spoke on November 20, 2024.", DAY),
    # near misses: a sentence that ends before a year-less day is no place name; no year told
    ("ru", "Путин и Си провели переговоры. Они обсудили торговлю. 5 декабря они подписали заявление. Ранее, 20 "
           "ноября 2024 года, они говорили.", None),
    ("uk", "Москва. 5 грудня. УНН. Президенти провели переговори.", None),
    ("en", "Putin met Xi. They discussed trade. Dec 5 saw a statement. They last spoke on November 20, 2024.", None),
])
def test_a_dateline_with_full_stops_dates_the_page(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "14:30, 5 декабря 2024\nПрезиденты провели переговоры.", DAY),
    ("ru", "Четверг, 5 декабря 2024, 14:30\nПрезиденты провели переговоры.", DAY),
    ("uk", "5 грудня 2024, 14:30\nПрезиденти провели переговори.", DAY),
    ("uk", "Четвер, 5 грудня 2024 р., 14:30\nПрезиденти провели переговори.", DAY),
    ("en", "Dec 5, 2024, 2:30 PM ET\nThe presidents held talks.", DAY),
    ("en", "Thu 5 Dec 2024 14.30 GMT\nThe presidents held talks.", DAY),
    # several stamps at the top: the earliest is the page's (a site's "today" or an update come later)
    ("ru", "Москва\n21 марта 2025 / 17:39\nПолитика\nЛидеры провели переговоры\n5 декабря 2024 / 16:08\n"
           "Президенты провели переговоры.", DAY),
    ("uk", "Київ\n21 березня 2025, 17:39\nПолітика\nЛідери провели переговори\n5 грудня 2024, 16:08\n"
           "Президенти провели переговори.", DAY),
    ("en", "London\nMarch 21, 2025 5:39 PM\nPolitics\nLeaders hold talks\nDecember 5, 2024 4:08 PM\n"
           "The presidents held talks.", DAY),
])
def test_a_stamp_with_its_clock_dates_the_page_and_the_earliest_of_several_wins(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президенты провели переговоры.\nОпубликовано: 5 декабря 2024, 14:30", DAY),
    ("ru", "Обновлено 6 декабря 2024\nОпубликовано 5 декабря 2024\nПрезиденты провели переговоры.", DAY),
    ("uk", "Оновлено 6 грудня 2024\nОпубліковано 5 грудня 2024 року о 14:30\nПрезиденти провели переговори.", DAY),
    ("en", "Updated: Dec 6, 2024\nPublished: Dec 5, 2024\nThe presidents held talks.", DAY),
    ("en", "Posted on December 5, 2024 by Staff\nThe presidents held talks.", DAY),
    # an update alone is the only day the page gives
    ("ru", "Обновлено 6 декабря 2024\nПрезиденты провели переговоры.", date(2024, 12, 6)),
    ("en", "Updated: Dec 6, 2024\nThe presidents held talks.", date(2024, 12, 6)),
    # near misses: "updated" or "posted on" inside a sentence tells an event
    ("en", "The presidents held talks. They spoke about trade. The ministry posted on December 5, 2020 a long "
           "statement.", None),
    ("uk", "Президенти провели переговори. Вони обговорили торгівлю. Сторони повідомили, що угоду було оновлено "
           "6 грудня 2020 року.", None),
])
def test_published_is_the_pages_day_before_an_update(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Сегодня, 5 декабря, президенты провели переговоры. Прошлая встреча прошла 20 ноября 2024 года.", DAY),
    ("uk", "Сьогодні, 5 грудня, президенти провели переговори. Попередня зустріч відбулася 20 листопада 2024 "
           "року.", DAY),
    ("en", "Today, December 5, the presidents held talks. They last met on November 20, 2024.", DAY),
    # "today" inside the sentence, past its subject
    ("ru", "Президенты России и Китая сегодня, 5 декабря, провели переговоры. Прошлая встреча прошла 20 ноября "
           "2024 года.", DAY),
    ("uk", "Президенти України та Польщі сьогодні, 5 грудня, провели переговори. Попередня зустріч відбулася 20 "
           "листопада 2024 року.", DAY),
    ("en", "The presidents of Russia and China today, December 5, held talks. They last met on November 20, 2024.",
     DAY),
    # "yesterday" or "tomorrow" beside the day: written the day after it, or the day before
    ("ru", "Вчера, 4 декабря, президенты провели переговоры. Прошлая встреча прошла 20 ноября 2024 года.", DAY),
    ("uk", "Завтра, 6 грудня, президенти проведуть переговори. Попередня зустріч відбулася 20 листопада 2024 року.",
     DAY),
    ("en", "The presidents held talks yesterday, December 4. They last met on November 20, 2024.", DAY),
    ("ru", "Президенты провели переговоры вчера, 4 декабря 2024 года, в Кремле.", DAY),
    # near misses: "накануне" before a noun is "on the eve of" it; no year fixes the day (a year's totals may
    # be told a year later); "today" far from the day
    ("ru", "Президенты провели переговоры накануне саммита, 4 декабря 2024 года, в Кремле.", date(2024, 12, 4)),
    ("ru", "Сегодня, 5 декабря, президенты провели переговоры. В 2024 году товарооборот вырос.", None),
    ("uk", "Сьогодні президенти провели переговори, а 5 грудня міністри підпишуть угоду. Попередня зустріч "
           "відбулася 20 листопада 2024 року.", date(2024, 11, 20)),
    ("en", "Today, December 5, the presidents held talks.", None),
])
def test_today_beside_a_yearless_day_tells_the_day_of_writing(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В четверг, 5 декабря, президенты провели переговоры. В 2024 году товарооборот вырос.", DAY),
    ("uk", "У четвер, 5 грудня, президенти провели переговори. У 2024 році товарообіг зріс.", DAY),
    ("en", "On Thursday, December 5, the presidents held talks. In 2024 trade grew.", DAY),
    # the weekday puts the day in the next year: 5 December 2025 is a Friday
    ("ru", "В пятницу, 5 декабря, президенты провели переговоры. В 2024 году товарооборот вырос.",
     date(2025, 12, 5)),
    ("en", "On Friday, December 5, the presidents held talks. In 2024 trade grew.", date(2025, 12, 5)),
    # near miss: a weekday that fits neither year told
    ("uk", "У середу, 5 грудня, президенти провели переговори. У 2024 році товарообіг зріс.", None),
])
def test_a_weekday_beside_the_day_must_agree_with_the_year(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "5 декабря президенты провели переговоры. В этом, 2024 году они встречались трижды.", DAY),
    ("ru", "5 декабря президенты провели переговоры. В текущем 2024 году они встречались трижды.", DAY),
    ("uk", "5 грудня президенти провели переговори. У цьому, 2024 році вони зустрічалися тричі.", DAY),
    ("uk", "5 грудня президенти провели переговори. Поточного 2024 року вони зустрічалися тричі.", DAY),
    ("en", "On December 5 the presidents held talks. This year, 2024, they met three times.", DAY),
    ("en", "On December 5 the presidents held talks, their third meeting this year (2024).", DAY),
    # near misses: a year joined to "this year" by a word; a year told without "this"
    ("ru", "5 декабря президенты провели переговоры. В этом году и в 2023 году они встречались.", None),
    ("uk", "5 грудня президенти провели переговори. Цього року і 2023 року вони зустрічалися.", None),
    ("en", "On December 5 the presidents held talks. This year and 2023 saw more trade.", None),
])
def test_the_year_named_as_this_one_dates_the_day_the_lead_tells(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президенты провели переговоры 5 декабря 2024 года в Кремле.", DAY),
    ("uk", "Президенти провели переговори 5 грудня 2024 року в Кремлі.", DAY),
    ("en", "The presidents held talks on December 5, 2024 in the Kremlin.", DAY),
    # near misses: a birth, a plan (it bounds the page's day from above), a day before the office holders the
    # text names held office
    ("en", "The presidents held talks. Putin, born on October 7, 1952, spoke first.", None),
    ("ru", "Президенты провели переговоры. Путин родился 7 октября 1952 года в Ленинграде.", None),
    ("uk", "Президенти провели переговори. Лідери зустрінуться знову 15 січня 2025 року.", None),
    ("ru", "Президенты провели переговоры. Лидеры встретятся снова 15 января 2025 года.", None),
    ("en", "The presidents held talks. The leaders will meet again on January 15, 2025.", None),
    ("en", "The presidents held talks. On January 15, 2025, the leaders will meet again.", None),
    ("ru", "Президент пригласил коллегу на 9 мая. На 9 мая 2025 года в Москве ожидают многих лидеров.", None),
    ("uk", "Президент запросив колегу на 9 травня. На 9 травня 2025 року в Москві чекають багатьох лідерів.", None),
    ("en", "The president invited his counterpart. The parade is scheduled for May 9, 2025 in Moscow.", None),
    ("ru", "Президент Китая Си Цзиньпин провел переговоры. Договор подписали 16 июля 2001 года.", None),
    ("uk", "Президент Китаю Сі Цзіньпін провів переговори. Договір підписали 16 липня 2001 року.", None),
    # a plan told in another clause of the sentence, or after the day of the news: the news's own day stays
    ("en", "Putin, who will visit China next year, held talks with Xi on December 5, 2024.", DAY),
    ("ru", "Путин, который посетит Китай в следующем году, провел переговоры 5 декабря 2024 года.", DAY),
    ("uk", "Путін, який відвідає Китай наступного року, провів переговори 5 грудня 2024 року.", DAY),
    ("ru", "Президенты провели переговоры 5 декабря 2024 года. Лидеры встретятся снова 15 января 2025 года.", DAY),
    ("en", "The presidents held talks on December 5, 2024. They will meet again on January 15, 2025.", DAY),
])
def test_the_latest_full_date_of_the_lead_but_not_a_birth_a_plan_or_history(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the one weekday the story tells, on the dateline's day, picks the year among those told and the next
    ("ru", "СТАМБУЛ, 5 декабря. /ТАСС/. Президенты в четверг провели переговоры. Газопровод построили в 2023 "
           "году.", DAY),
    ("uk", "Стамбул, 5 грудня. Президенти у четвер провели переговори. Газопровід збудували у 2023 році.", DAY),
    ("en", "ISTANBUL, Dec 5 (Reuters) - The presidents held talks on Thursday. The pipeline was built in 2023.", DAY),
    # with no year told, a weekday beside the dateline's day, within the time the titled office holders held
    # office together (Tusk again Poland's prime minister from December 2023)
    ("en", "KYIV, Thursday, Dec 5 (Reuters) - Ukrainian President Volodymyr Zelensky and Polish Prime Minister "
           "Donald Tusk held talks.", DAY),
    # near miss: a weekday told apart in the lead may be the day before the dateline's (a Friday 5 December fits
    # 2025 for a story of Thursday)
    ("en", "KYIV, Dec 5 (Reuters) - Ukrainian President Volodymyr Zelensky and Polish Prime Minister Donald Tusk "
           "held talks on Thursday.", None),
    # the first weekday of the lead, past the agency's name, when the story tells more than one
    ("uk", "ЛЬВІВ, 5 грудня. Укрінформ. Президенти у четвер провели переговори, а в п'ятницю відвідають завод. "
           "Газопровід збудували у 2023 році.", DAY),
    ("ru", "МОСКВА, 5 декабря. /ТАСС/. Президенты в четверг провели переговоры. В понедельник министры "
           "подписали соглашение. Газопровод построили в 2023 году.", DAY),
    # near misses: a weekday that fits neither the latest year told nor the next (not an older year told:
    # "their first talks since 2019"); a weekday that fits no year told and no earlier full date
    ("en", "KAZAN, Oct 23 (Reuters) - The leaders held their first talks since 2019 on Wednesday. Trade grew in "
           "2020.", None),
    # near miss: the weekday may be the day before the dateline's (a Sunday 13 April in 2025, or a Monday 13 April
    # in 2020 telling of Sunday's call: Trump was president in both)
    ("ru", "МОСКВА, 13 апреля. /ТАСС/. Президент России Владимир Путин в воскресенье провёл телефонный разговор с "
           "президентом США Дональдом Трампом.", None),
    ("en", "ISTANBUL, Dec 5 (Reuters) - The presidents held talks on Monday. The pipeline was built in 2023.", None),
])
def test_the_one_weekday_the_story_tells_dates_its_dateline(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the day the lead tells without its year, in the year that puts it just after an earlier full date told
    # (a lower bound), up to half a year later
    ("ru", "5 декабря президенты провели переговоры. Прошлая встреча прошла 20 ноября 2024 года.", DAY),
    ("uk", "3 лютого президенти провели переговори. Декларацію вони підписали 8 серпня 2024 року.",
     date(2025, 2, 3)),
    ("en", "On December 5 the presidents held talks. They last met on November 20, 2024.", DAY),
    # near misses: an earlier day of the year told after the full date, or more than half a year after it
    ("ru", "Ещё 3 февраля стороны договорились о встрече. Переговоры прошли 20 мая 2025 года.", date(2025, 5, 20)),
    ("en", "On December 5 the presidents held talks. They signed a treaty on March 20, 2024.", date(2024, 3, 20)),
])
def test_a_full_date_told_earlier_bounds_the_year_of_the_leads_day(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # no year told: the one year, within the time the titled office holders held office together, where the day
    # falls on its weekday; a deceased or former holder, or a leader not of a state, does not narrow that time
    ("ru", "В пятницу, 4 апреля, премьер-министр Великобритании Кир Стармер почтил память покойного "
           "премьер-министра Японии Синдзо Абэ.", date(2025, 4, 4)),
    ("uk", "У пʼятницю, 4 квітня, прем'єр-міністр Великої Британії Кір Стармер вшанував пам'ять покійного "
           "прем'єр-міністра Японії Сіндзо Абе.", date(2025, 4, 4)),
    ("en", "On Friday, April 4, British Prime Minister Keir Starmer honoured the late Japanese Prime Minister "
           "Shinzo Abe.", date(2025, 4, 4)),
    ("en", "On Tuesday, April 4, President William Ruto met opposition leader Raila Odinga in Nairobi.",
     date(2023, 4, 4)),
    ("ru", "Во вторник, 4 апреля, президент Кении Уильям Руто встретился с оппозиционным лидером Раилой Одингой.",
     date(2023, 4, 4)),
    # near misses: a holder named by his title alone is taken as in office, and the tenures never meet
    ("ru", "В пятницу, 4 апреля, премьер-министр Великобритании Кир Стармер почтил память премьер-министра Японии "
           "Синдзо Абэ.", None),
    ("uk", "У пʼятницю, 4 квітня, прем'єр-міністр Великої Британії Кір Стармер вшанував пам'ять прем'єр-міністра "
           "Японії Сіндзо Абе.", None),
    ("en", "On Friday, April 4, British Prime Minister Keir Starmer honoured Japanese Prime Minister Shinzo Abe.",
     None),
    ("en", "On Tuesday, April 4, President William Ruto met leader Raila Odinga in Nairobi.", None),
])
def test_a_weekday_fixes_the_year_within_the_time_of_the_office_holders_in_office(lang, text, expected):
    assert estimate(text, lang) == expected


@pytest.mark.parametrize("lang,text,holder,day", [
    # "yesterday" counts from the estimate, and the title names whoever held it that day
    ("ru", "ВАШИНГТОН, 5 декабря. Президент США вчера провел телефонный разговор с Си Цзиньпином. Прошлый "
           "разговор состоялся 20 ноября 2024 года.", "joe-biden", "2024-12-04"),
    ("ru", "ВАШИНГТОН, 5 марта. Президент США вчера провел телефонный разговор с Си Цзиньпином. Прошлый "
           "разговор состоялся 20 февраля 2025 года.", "donald-trump", "2025-03-04"),
    ("uk", "ВАШИНГТОН, 5 грудня. Президент США вчора провів телефонну розмову із Сі Цзіньпіном. Попередня "
           "розмова відбулася 20 листопада 2024 року.", "joe-biden", "2024-12-04"),
    ("uk", "Сьогодні, 5 березня, президент США провів телефонну розмову із Сі Цзіньпіном. У цьому, 2025 році це "
           "їхня перша розмова.", "donald-trump", "2025-03-05"),
    ("en", "WASHINGTON, Dec 5 (Reuters) - The US President held a phone call with Chinese President Xi Jinping "
           "yesterday. They last spoke on November 20, 2024.", "joe-biden", "2024-12-04"),
    ("en", "Today, March 5, the US president spoke by phone with Xi Jinping. This year, 2025, it is their first "
           "call.", "donald-trump", "2025-03-05"),
])
def test_relative_days_and_titles_resolve_against_the_estimate(lang, text, holder, day):
    told = facts(text, lang, published=None)
    first = told.meetings[0]
    assert set(first.participants) == {holder, "xi-jinping"}
    assert first.date is not None and first.date.iso() == day
