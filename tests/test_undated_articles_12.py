"""Undated articles, round 12 (issue 15: a user feeds .txt files without a date header): more of the ways a page
writes its own date are read as its stamp, so the estimate (kg:issuedEstimate) is there when the header is not."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article

from kg.ingest import article_from_text
from kg.records import Article
from kg.text.dates import find_times
from kg.text.document import Document


@pytest.mark.parametrize("lang,text,estimate", [
    # a machine stamp whose month and day lack their leading zero ("2017-6-25 13:17")
    ("ru", "2019-7-4 10:05 |\nПрезиденты провели переговоры в Кремле.", date(2019, 7, 4)),
    ("uk", "2019-7-4 10:05 |\nПрезиденти провели переговори в Кремлі.", date(2019, 7, 4)),
    ("en", "2019-7-4 10:05 |\nThe presidents held talks in the Kremlin.", date(2019, 7, 4)),
    # a clock time glued before a dotted date by the scrape ("13:5710.01.2025")
    ("ru", "Новости\n09:1503.02.2024 12+\nПремьер встретился с министром.", date(2024, 2, 3)),
    ("uk", "Новини\n09:1503.02.2024 12+\nПрем'єр зустрівся з міністром.", date(2024, 2, 3)),
    ("en", "News\n09:1503.02.2024 12+\nThe premier met the minister.", date(2024, 2, 3)),
    # a wire's dateline with slashes around a two-digit year ("Baku/10.03.22/Turan:")
    ("ru", "Переговоры в Анкаре\nБаку/04.05.21/Туран: Президенты провели переговоры.", date(2021, 5, 4)),
    ("uk", "Переговори в Анкарі\nБаку/04.05.21/Туран: Президенти провели переговори.", date(2021, 5, 4)),
    ("en", "Talks in Ankara\nBaku/04.05.21/Turan: The presidents held talks.", date(2021, 5, 4)),
    # near misses: a clock with three digits of minutes glued to a date; a two-digit year in running prose;
    # a stamp of two parts only
    ("ru", "Новости\nКод 09:15703.02.2024 12+\nПремьер встретился с министром.", None),
    ("uk", "Сторони домовилися, що 04.05.21 буде підписано угоду.", None),
    ("en", "News\nRef 2019-7 10:05\nThe premier met the minister.", None),
])
def test_more_machine_stamps_date_an_undated_article(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text,estimate", [
    # a short month name after a day, in a stamp with its clock ("20:47 08 Тра 2024") or a dateline
    ("ru", "Сегодня\n20:47 08 ноя 2023\nПрезидент провел телефонный разговор с премьером.", date(2023, 11, 8)),
    ("uk", "Сьогодні\n20:47 08 лис 2023\nПрезидент провів телефонну розмову з прем'єром.", date(2023, 11, 8)),
    ("en", "Today\n20:47 08 Nov 2023\nThe president held a phone call with the premier.", date(2023, 11, 8)),
    ("ru", "АСТАНА, 8 ноя. 2023 — Казинформ. Президент провел переговоры.", date(2023, 11, 8)),
    ("uk", "АСТАНА, 8 лис. 2023 — Укрінформ. Президент провів переговори.", date(2023, 11, 8)),
    # near misses: a short month name with no day before it is no date; a dateline's short month without a
    # year gives no year
    ("ru", "Сегодня\n20:47 ноя 2023\nПрезидент провел телефонный разговор.", None),
    ("uk", "Сьогодні\n20:47 лис 2023\nПрезидент провів телефонну розмову.", None),
    ("ru", "АСТАНА, 8 ноя — Казинформ. Президент провел переговоры.", None),
    ("uk", "АСТАНА, 8 лис — Укрінформ. Президент провів переговори.", None),
])
def test_a_short_month_name_after_a_day_dates_a_stamp(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text,expected", [
    # a weekday resolves against the article's date (Friday 14 March 2025)
    ("ru", "В среду президенты обсудили торговлю.", {"2025-03-12"}),
    ("uk", "У середу президенти обговорили торгівлю.", {"2025-03-12"}),
    ("en", "On Wednesday the presidents discussed trade.", {"2025-03-12"}),
    # near misses: a form that a weekday shares with a far commoner word is no weekday ("among", "environment")
    ("ru", "В экспертной среде президенты обсуждают торговлю.", set()),
    ("ru", "Президенты говорили об окружающей среде и торговле.", set()),
    ("uk", "Серед іншого, президенти обговорили торгівлю.", set()),
    ("en", "Among other things the presidents discussed trade.", set()),
])
def test_a_weekday_homograph_is_no_day(lang, text, expected):
    doc = Document(article(text, lang))
    found = {t.when.iso() for t in find_times(doc, 0, len(doc.tokens), doc.article.published)}
    assert found == expected


@pytest.mark.parametrize("lang,text,estimate", [
    # a stamp written year first, with slashes or dots ("2024/03/05 10:30", "2024.03.05")
    ("ru", "Политика | 2023/11/08 10:30\nПрезидент провел телефонный разговор с премьером.", date(2023, 11, 8)),
    ("uk", "Політика | 2023.11.08\nПрезидент провів телефонну розмову з прем'єром.", date(2023, 11, 8)),
    ("en", "Politics | 2023/11/08 10:30\nThe president held a phone call with the premier.", date(2023, 11, 8)),
    # near misses: a season, a month with no day, no month of that number
    ("ru", "Сезон 2023/24\nПрезидент провел телефонный разговор с премьером.", None),
    ("uk", "Звіт 2023/11\nПрезидент провів телефонну розмову з прем'єром.", None),
    ("en", "Politics | 2023/13/08\nThe president held a phone call with the premier.", None),
])
def test_a_stamp_written_year_first_dates_an_undated_article(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text,url,estimate", [
    # the date in the article's address, where the page itself tells none
    ("ru", "Президент провел телефонный разговор с премьером.", "https://outlet.example/ru/news/2023/11/08/talks",
     date(2023, 11, 8)),
    ("uk", "Президент провів телефонну розмову з прем'єром.", "https://outlet.example/uk/2023-11-08/rozmova.html",
     date(2023, 11, 8)),
    ("en", "The president held a phone call with the premier.", "https://outlet.example/world/2023/11/08/call",
     date(2023, 11, 8)),
    # near misses: a month with no day; an article's number that looks like a date; no address
    ("ru", "Президент провел телефонный разговор с премьером.", "https://outlet.example/ru/2023/11/talks", None),
    ("uk", "Президент провів телефонну розмову з прем'єром.", "https://outlet.example/uk/news/2023111899", None),
    ("en", "The president held a phone call with the premier.", None, None),
])
def test_the_date_in_an_articles_address_dates_it(lang, text, url, estimate):
    found = article_from_text(text, "t.txt", "t.txt", lang=lang, url=url)
    assert isinstance(found, Article) and found.published_estimate == estimate


@pytest.mark.parametrize("lang,text,estimate", [
    # "updated", "Дата публикации" open a stamp's line as "published" does, even under the article and even where
    # the text tells of later years
    ("ru", "Граница согласована\nПрезиденты подписали договор.\nВ 2026 году начнется демаркация.\n"
           "Обновлено: 14 марта 2025", date(2025, 3, 14)),
    ("ru", "Граница согласована\nПрезиденты подписали договор.\nВ 2026 году начнется демаркация.\n"
           "Дата публикации: 14 марта 2025", date(2025, 3, 14)),
    ("uk", "Кордон узгоджено\nПрезиденти підписали договір.\nУ 2026 році почнеться демаркація.\n"
           "Оновлено 14 березня 2025", date(2025, 3, 14)),
    ("en", "Border agreed\nThe presidents signed the treaty.\nDemarcation starts in 2026.\n"
           "Outlet World Desk | Updated: 14 March 2025", date(2025, 3, 14)),
    # near misses: the words of a sentence before the mark make it an event
    ("ru", "Граница согласована\nПрезиденты подписали договор.\nВ 2026 году начнется демаркация.\n"
           "Соглашение было обновлено 14 марта 2025 года.", None),
    ("uk", "Кордон узгоджено\nПрезиденти підписали договір.\nУ 2026 році почнеться демаркація.\n"
           "Угоду було оновлено 14 березня 2025 року.", None),
    ("en", "Border agreed\nThe presidents signed the treaty.\nDemarcation starts in 2026.\n"
           "The list was updated 14 March 2025.", None),
])
def test_an_updated_line_is_the_pages_stamp(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


def _days(text: str, lang: str, published: date | None) -> list[str]:
    doc = Document(article(text, lang, published=published))
    return [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), published)]


@pytest.mark.parametrize("lang,text,published,expected", [
    # a year-less day takes the year of the date the story told just before, with or without the article's date
    ("ru", "Переговоры прошли 20 июня 2017 года. 21 июня президенты подписали договор.", date(2025, 3, 14),
     ["2017-06-20", "2017-06-21"]),
    ("uk", "Переговори відбулися 20 червня 2017 року. 21 червня президенти підписали договір.", None,
     ["2017-06-20", "2017-06-21"]),
    ("en", "The leaders met on May 20, 2018. On May 31 they signed a treaty.", None, ["2018-05-20", "2018-05-31"]),
    ("en", "The leaders met on 20 May 2018, and on 2 June they signed a treaty.", date(2025, 3, 14),
     ["2018-05-20", "2018-06-02"]),
    # near misses: a day far from the dated one is the article's own time; a date two sentences back does not carry
    ("ru", "Договор подписан 8 декабря 1991 года. 21 июня президенты встретились.", date(2025, 3, 14),
     ["1991-12-08", "2024-06-21"]),
    ("uk", "Договір підписано 8 грудня 1991 року. 21 червня президенти зустрілися.", None, ["1991-12-08"]),
    ("en", "The leaders met on May 20, 2018. Trade grew. On May 31 they signed a treaty.", date(2025, 3, 14),
     ["2018-05-20", "2024-05-31"]),
])
def test_a_yearless_day_takes_the_year_the_story_told_just_before(lang, text, published, expected):
    assert _days(text, lang, published) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # looking ahead (plans, invitations), a day that took the story's year keeps it (article of 14 March 2025)
    ("ru", "Переговоры прошли 20 июня 2024 года. 22 июня стороны договорились о визите.", ["2024-06-20", "2024-06-22"]),
    ("uk", "Переговори відбулися 20 червня 2024 року. Візит запланували на 22 червня.", ["2024-06-20", "2024-06-22"]),
    ("en", "The talks were held on June 20, 2024. On June 22 the sides agreed on a visit.",
     ["2024-06-20", "2024-06-22"]),
    # near misses: a month alone, or a day with no dated one before it, is the coming one
    ("ru", "Переговоры прошли 20 июня 2024 года. Визит состоится в июне.", ["2024-06-20", "2025-06"]),
    ("uk", "Візит запланували на 22 червня.", ["2025-06-22"]),
    ("en", "The sides agreed on a visit on June 22.", ["2025-06-22"]),
])
def test_a_carried_year_is_kept_looking_ahead(lang, text, expected):
    doc = Document(article(text, lang))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), date(2025, 3, 14), ahead=True)] == expected


@pytest.mark.parametrize("lang,text,estimate", [
    # a date written out alone on its line above the headline is the page's own, before a date in digits
    # that a sentence of the story writes (the event, a month earlier)
    ("en", "March 12, 2031\n\nLeaders Speak by Phone\n\nThe president received a call on Friday 16/2/2031 from "
           "his counterpart.", date(2031, 3, 12)),
    ("ru", "12 марта 2031\n\nЛидеры поговорили по телефону\n\nПрезидент 16/2/2031 провел телефонный разговор с "
           "коллегой.", date(2031, 3, 12)),
    ("uk", "12 березня 2031 року\n\nЛідери поговорили телефоном\n\nПрезидент 16/2/2031 провів телефонну розмову з "
           "колегою.", date(2031, 3, 12)),
    # near misses: the written-out date shares its line with words of a sentence (an event), so the stamp in
    # digits near the top stays the page's date
    ("en", "Talks held on March 12, 2031\n09.04.2031\nThe presidents met.", date(2031, 4, 9)),
    ("ru", "Переговоры прошли 12 марта 2031\n09.04.2031\nПрезиденты встретились.", date(2031, 4, 9)),
    ("uk", "Переговори відбулися 12 березня 2031\n09.04.2031\nПрезиденти зустрілися.", date(2031, 4, 9)),
])
def test_a_date_alone_on_a_line_at_the_top_dates_an_undated_article(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate
