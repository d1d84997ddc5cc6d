"""Undated articles: the publication date is estimated from the text (a dateline, a page's stamp, the latest
full date where it stands in the lead, signs a line or stands beside "today", a weekday beside a year-less date),
kept apart from a given date, and relative dates resolve against it."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article, facts

ESTIMATES = [
    # (lang, text, estimate or None)
    ("ru", "Переговоры в Кремле\nПЕКИН, 8 февраля 2024. Лидеры обсудили торговлю.", date(2024, 2, 8)),
    ("ru", "СОЧИ, 4 сентября. Стороны напомнили о переговорах 20 августа 2023 года.", date(2023, 9, 4)),
    ("ru", "Переговоры прошли в четверг, 11 сентября. В 2024 году товарооборот вырос.", date(2025, 9, 11)),
    ("uk", "Переговори відбулися 3 лютого 2026 року. Раніше, 20 січня 2026 року, вони говорили.",
     date(2026, 2, 3)),
    ("uk", "КИЇВ, 5 березня. Зеленський нагадав про зустріч 1 березня 2025 року.", date(2025, 3, 5)),
    ("en", "Leaders met on Thursday, Sept. 11. Trade reached $100 billion in 2024.", date(2025, 9, 11)),
    ("en", "BEIJING, Jan 20 (Reuters) - The ministers met on January 18, 2025.", date(2025, 1, 20)),
    # near misses: no year anywhere, or only a target year, or a history date with later years told
    ("ru", "МОСКВА, 11 сентября. Президент провел переговоры.", None),
    ("ru", "МОСКВА, 11 сентября. Стороны намерены довести товарооборот до 300 млрд долларов к 2030 году.", None),
    ("uk", "КИЇВ, 5 березня. Сторони обговорили торгівлю.", None),
    ("en", "Leaders met on Friday, Sept. 11. No year is told.", None),
    ("en", "The treaty was signed on July 16, 2001. In 2025 the sides extended it.", None),
]


@pytest.mark.parametrize("lang,text,estimate", ESTIMATES)
def test_an_undated_article_gets_its_publication_date_estimated_from_its_text(lang, text, estimate):
    made = article(text, lang, published=None)
    assert made.published is None
    assert made.published_estimate == estimate


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_given_date_is_never_replaced_by_an_estimate(lang):
    made = article("ПЕКИН, 8 февраля 2024. BEIJING, Jan 20, 2024.", lang, published=date(2024, 2, 9))
    assert (made.published, made.published_estimate) == (date(2024, 2, 9), None)


@pytest.mark.parametrize("lang,text,day", [
    ("ru", "МОСКВА, 12 сентября 2025. Путин и Си Цзиньпин вчера провели телефонный разговор.", "2025-09-11"),
    ("uk", "КИЇВ, 12 вересня 2025. Путін і Сі Цзіньпін учора провели телефонну розмову.", "2025-09-11"),
    ("en", "MOSCOW, Sept 12, 2025 - Putin and Xi Jinping held a phone call yesterday.", "2025-09-11"),
])
def test_relative_dates_of_an_undated_article_resolve_against_its_estimate(lang, text, day):
    (meeting,) = facts(text, lang, published=None).meetings
    assert meeting.date is not None and meeting.date.iso() == day


def test_the_build_summary_counts_undated_articles_and_their_estimates(tmp_path):
    from kg.build import build

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("МОСКВА, 12 сентября 2025. Путин провел переговоры.", encoding="utf-8")
    (folder / "b.txt").write_text("МОСКВА, 12 сентября. Путин провел переговоры.", encoding="utf-8")
    (folder / "c.txt").write_text(" date 2025-09-12\nПутин провел переговоры.", encoding="utf-8")
    report = build([folder], tmp_path / "out", validate=False)
    assert "2 articles had no date; 1 estimated from their text" in report.summary()


@pytest.mark.parametrize("lang,text,estimate", [
    ("en", "Leaders talk oil\nReutersJune 21, 2019\nThe leaders spoke on Friday.", date(2019, 6, 21)),
    ("en", "Leaders talk oil\nKyodo 12 May 2024\nThe leaders spoke on Friday.", date(2024, 5, 12)),
    # near miss: a full date inside a long sentence near the top is an event, not the stamp
    ("en", "Leaders talk oil\nThe leaders, who first met on June 21, 2019 in Osaka, spoke again about oil and "
           "gas in 2025.", None),
])
def test_a_date_on_a_short_line_near_the_top_is_the_articles_stamp(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text,estimate", [
    # a machine stamp with its clock glued by "T" ("2025-09-01T13:18:00+03:00") on its own line
    ("ru", "Пашинян и Алиев провели встречу\n\n2025-09-01T13:18:00+03:00\n\nЕРЕВАН, 1 сен. Лидеры встретились.",
     date(2025, 9, 1)),
    ("en", "Leaders meet\n2024-03-05T09:00:00Z\nThe leaders met on Tuesday.", date(2024, 3, 5)),
    # a wire dateline whose date is written with a two-digit year ("Бишкек, 16.03.26 /Кабар/.")
    ("ru", "Бишкек, 16.03.26 /Кабар/. Сегодня, 16 марта, состоялся телефонный разговор президентов.",
     date(2026, 3, 16)),
    ("uk", "Астана, 04.11.25 /Агентство/. Президенти провели телефонну розмову.", date(2025, 11, 4)),
    # near misses: a two-digit-year figure in running prose, a version number, an ISO date glued to other words
    ("ru", "Президенты обсудили рост товарооборота на 16.03.26 процента.", None),
    ("en", "The leaders met. The app version 16.03.26 was released.", None),
    ("en", "The leaders met. Ref 2025-09-01Tx was quoted.", None),
])
def test_a_stamp_with_a_glued_clock_or_a_two_digit_year_dateline_dates_an_undated_article(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate
