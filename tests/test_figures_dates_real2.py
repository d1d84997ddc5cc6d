"""Real-news shapes of publication dates and trade figures (issue 15): a page's own stamp among the dates at
its top, a year chosen by the office holders a text names, and Ukrainian units, parties and shares in figures.
All sentences are invented."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article

STAMPS = [
    # (lang, text, estimate): a date with a clock time beside it is the page's stamp, not the site's
    # today-date furniture above it; dashed dates are day first; slashed ones only where the order is clear
    ("en", "Monday, December 29, 2025\nWorld\nLeaders talk\nAGENCY, 09 Jan, 2019 01:49 AM\nThe leaders spoke.",
     date(2019, 1, 9)),
    ("en", "Thursday, March 28, 2024\nNEWS | 04-11-2019 11:31\nThe presidents met on Monday.", date(2019, 11, 4)),
    ("ru", "Пятница, 5 апреля 2024\nНовости\n23:05, 28 января 2017 г.\nПрезиденты поговорили по телефону.",
     date(2017, 1, 28)),
    ("uk", "Понеділок, 2 грудня 2024\nНовини\n8 липня 2024, 22:53\nПрезиденти провели зустріч.", date(2024, 7, 8)),
    ("en", "Ministers meet\nAGENCY | Updated: 29-06-2021 | The ministers met on Tuesday.", date(2021, 6, 29)),
    ("en", "Gas deal signed\nThe Agency\n11/29/2022\nThe deal was signed on Tuesday.", date(2022, 11, 29)),
    ("ru", "Газовая сделка\nАгентство | 29-06-2021\nМинистры встретились во вторник.", date(2021, 6, 29)),
    # near misses: a slashed date that reads both ways; a clock time far from any date
    ("en", "Gas deal signed\nThe Agency\n04/11/2019\nThe deal was signed on Tuesday.", None),
    ("uk", "Газова угода\nАгенція, 10:30\nУгоду підписали у вівторок, а ще раніше, 5 березня, про неї домовилися.",
     None),
]


@pytest.mark.parametrize("lang,text,estimate", STAMPS)
def test_the_pages_own_stamp_is_its_estimated_publication_date(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


TENURES = [
    # (lang, text, estimate): no year told; the weekday and the tenure of the office holders named by title
    # leave one year (Zelensky president from May 2019, Macron from 2017: Monday 1 December is 2025)
    ("ru", "Президент Франции Эммануэль Макрон принял президента Украины Владимира Зеленского в понедельник, "
           "1 декабря.", date(2025, 12, 1)),
    ("uk", "Президент Франції Емманюель Макрон прийняв президента України Володимира Зеленського у понеділок, "
           "1 грудня.", date(2025, 12, 1)),
    ("en", "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskyy on Monday, "
           "December 1.", date(2025, 12, 1)),
    # near misses: a weekday that fits two years of the tenures (Tuesday 24 December: 2019 and 2024);
    # a name without its title; a title after "former"
    ("uk", "Президент України Володимир Зеленський провів розмову у вівторок, 24 грудня.", None),
    ("ru", "Эммануэль Макрон принял Владимира Зеленского в понедельник, 1 декабря.", None),
    ("en", "Former President Emmanuel Macron hosted Volodymyr Zelenskyy on Monday, December 1.", None),
]


@pytest.mark.parametrize("lang,text,estimate", TENURES)
def test_a_weekday_date_without_a_year_takes_the_one_year_the_named_office_holders_allow(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


LATEST = [
    # (lang, text, estimate): the latest full date counts where it signs its line or stands beside "today"
    ("en", "Leaders meet\nThe summit began today.\nWe welcome our friends — Agency (@agency) June 4, 2020\n"
           "The leaders spoke for an hour.", date(2020, 6, 4)),
    ("ru", "Договор подписан\nСегодня, 7 октября 2025 года, президенты подписали договор.", date(2025, 10, 7)),
    ("uk", "Договір підписано\nСьогодні, 7 жовтня 2025 року, президенти підписали договір.", date(2025, 10, 7)),
    # near misses: the same dates told as events in running prose
    ("en", "Leaders meet\nThe leaders, who last met on June 4, 2020, spoke for an hour.", None),
    ("ru", "Договор подписан\nЦеремония подписания состоялась 7 октября 2025 года в Каракасе.", None),
    ("uk", "Договір підписано\nЦеремонія підписання відбулася 7 жовтня 2025 року в Каракасі.", None),
]


@pytest.mark.parametrize("lang,text,estimate", LATEST)
def test_the_latest_full_date_is_an_estimate_only_as_a_signature_or_beside_today(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate
