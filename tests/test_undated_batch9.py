"""Undated articles, batch 9 (issue 15): a page's stamp glued to the words around it dates the article, and a
weekday fixes a year up to a year past the latest change of office Entente knows."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article, facts

PUTIN, ORBAN = "vladimir-putin", "viktor-orban"


@pytest.mark.parametrize("lang,text,estimate", [
    # page furniture (today's date with its weekday, no clock) above the article's stamp, whose clock time and
    # the words before it are glued to it by the scrape
    ("ru", "Пятница, 6 декабря, 2024\nФорум «Север — Юг»\nРубрика:Политика14.03.202318:40Автор: Иван Петров\n"
           "Премьер встретился с министром.", date(2023, 3, 14)),
    ("uk", "П'ятниця, 6 грудня, 2024\nФорум «Північ — Південь»\nРубрика:Політика14.03.202318:40Автор: Іван Петренко\n"
           "Прем'єр зустрівся з міністром.", date(2023, 3, 14)),
    ("en", "Friday, December 6, 2024\nNorth-South Forum\nSection:Politics14.03.202318:40Author: John Smith\n"
           "The premier met the minister.", date(2023, 3, 14)),
    # near misses: digits glued after the year that make no clock time, a date glued to a number before it
    ("ru", "Форум «Север — Юг»\nКод:14.03.2023123:45 Автор: Иван Петров\nПремьер встретился с министром.", None),
    ("uk", "Форум «Північ — Південь»\nКод:14.03.2023123:45 Автор: Іван Петренко\nПрем'єр зустрівся з міністром.",
     None),
    ("en", "North-South Forum\nRef 7.14.03.202318:40 by John Smith\nThe premier met the minister.", None),
])
def test_a_stamp_glued_to_its_clock_and_to_the_words_before_it_dates_an_undated_article(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


def _meetings(text: str, lang: str) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.medium, m.participants, m.date.iso() if m.date else None)
            for m in facts(text, lang, None).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    # 3 March is a Tuesday in 2026 (two months past the latest change of office Entente knows) and in 2020:
    # both leaders held office in both years, the later one is taken
    ("ru", "Путин провел телефонный разговор с Орбаном во вторник, 3 марта.",
     {("phone", (ORBAN, PUTIN), "2026-03-03")}),
    ("uk", "Путін провів телефонну розмову з Орбаном у вівторок, 3 березня.",
     {("phone", (ORBAN, PUTIN), "2026-03-03")}),
    ("en", "Putin held a phone call with Orban on Tuesday, March 3.",
     {("phone", (ORBAN, PUTIN), "2026-03-03")}),
    # near misses: 3 March is a Wednesday in 2027, more than a year past what Entente knows: 2021 is taken
    ("ru", "Путин провел телефонный разговор с Орбаном в среду, 3 марта.",
     {("phone", (ORBAN, PUTIN), "2021-03-03")}),
    ("uk", "Путін провів телефонну розмову з Орбаном у середу, 3 березня.",
     {("phone", (ORBAN, PUTIN), "2021-03-03")}),
    ("en", "Putin held a phone call with Orban on Wednesday, March 3.",
     {("phone", (ORBAN, PUTIN), "2021-03-03")}),
])
def test_a_weekday_fixes_a_year_up_to_a_year_past_what_entente_knows(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,estimate", [
    # "published" opening a line (after a short byline) gives the page's stamp, even at the bottom of the page and
    # even where the text tells of later years
    ("ru", "Граница согласована\nПрезиденты подписали договор о границе.\nВ 2026 году начнется демаркация.\n"
           "Опубликовано 14 марта 2025 в 10:20", date(2025, 3, 14)),
    ("uk", "Кордон узгоджено\nПрезиденти підписали договір про кордон.\nУ 2026 році почнеться демаркація.\n"
           "Опубліковано: 14.03.2025", date(2025, 3, 14)),
    ("en", "Border agreed\nNews Desk | Published: March 14, 2025 10:20\nThe presidents signed the border treaty. "
           "Demarcation starts in 2026.", date(2025, 3, 14)),
    # near misses: "published" inside a sentence is an event; a line whose "published" comes after a long sentence
    ("ru", "Граница согласована\nПрезиденты подписали договор.\nВ 2026 году начнется демаркация.\n"
           "Министерство опубликовано не было, а доклад вышел 14 марта 2025 года.", None),
    ("uk", "Кордон узгоджено\nПрезиденти підписали договір.\nУ 2026 році почнеться демаркація.\n"
           "Текст договору, який сторони довго готували, опубліковано 14 березня 2025 року.", None),
    ("en", "Border agreed\nThe presidents signed the treaty.\nDemarcation starts in 2026.\n"
           "The ministry published on March 14, 2025 its report.", None),
])
def test_a_date_that_published_introduces_on_its_line_is_the_pages_stamp(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate
