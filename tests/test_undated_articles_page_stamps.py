"""Undated articles: the publication date is estimated from the text, never replacing a given one. A page's own
stamp dates it (machine-written, year first, short month names, glued to a clock or to the words around it, an
updated line, the article's address, a dateline), as does the latest full date where it stands in the lead, signs a
line or stands beside "today", with the near misses that must not."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article, estimated_publication, facts

from kg.ingest import article_from_text
from kg.records import Article
from kg.text.dates import find_times
from kg.text.document import Document

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


DATELINES = [
    # (lang, text, estimate): a dateline may name the city and its country before the day
    ("en", "SEOUL, South Korea, March 5 (AP) - The leaders met. They last met on November 20, 2024.",
     date(2025, 3, 5)),
    ("ru", "Кёнджу, Южная Корея, 30 октября (Jiji Press). Лидеры встретились. Ранее они говорили 20 сентября "
           "2025 года.", date(2025, 10, 30)),
    ("uk", "Київ, Україна, 5 березня. Лідери зустрілися. Востаннє вони говорили 20 лютого 2025 року.",
     date(2025, 3, 5)),
    # near miss: no year told anywhere
    ("ru", "Кёнджу, Южная Корея, 30 октября (Jiji Press). Лидеры встретились.", None),
]


@pytest.mark.parametrize("lang,text,estimate", DATELINES)
def test_a_dateline_with_city_and_country_gives_the_day(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text,estimate", STAMPS)
def test_the_pages_own_stamp_is_its_estimated_publication_date(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


LATEST = [
    # (lang, text, estimate): the latest full date counts in the lead, where it signs its line, or beside "today"
    ("en", "Leaders meet\nThe summit began today. The leaders spoke for an hour. They agreed on trade.\n"
           "We welcome our friends — Agency (@agency) June 4, 2020\nThe talks go on.", date(2020, 6, 4)),
    ("ru", "Договор подписан\nПрезиденты встретились в Каракасе. Они обсудили торговлю. Сегодня, 7 октября "
           "2025 года, они подписали договор.", date(2025, 10, 7)),
    ("uk", "Договір підписано\nПрезиденти зустрілися в Каракасі. Вони обговорили торгівлю. Сьогодні, 7 жовтня "
           "2025 року, вони підписали договір.", date(2025, 10, 7)),
    ("uk", "Орбан у Пекіні\nАвтор: Ірина Савчук\n\nПрем'єр Угорщини 8 липня 2024 року прибув до Пекіна.",
     date(2024, 7, 8)),
    # near misses: the same dates told deep in running prose, as earlier events
    ("en", "Leaders meet\nThe leaders spoke for an hour. They agreed on trade. They had last met on June 4, 2020 "
           "in Osaka.", None),
    ("ru", "Договор подписан\nПрезиденты встретились в Каракасе. Они обсудили торговлю. Ранее, 7 октября 2025 "
           "года, парламент ратифицировал договор.", None),
    ("uk", "Договір підписано\nПрезиденти зустрілися в Каракасі. Вони обговорили торгівлю. Раніше, 7 жовтня "
           "2025 року, парламент ратифікував договір.", None),
]


@pytest.mark.parametrize("lang,text,estimate", LATEST)
def test_the_latest_full_date_is_an_estimate_only_in_the_lead_as_a_signature_or_beside_today(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenyatta met Suluhu in Nairobi.\n|"),
    ("ru", "Кениата встретился с Сулуху в Найроби.\n|\n"),
    ("uk", "Кеніата зустрівся з Сулуху в Найробі.\n|"),
])
def test_an_undated_article_ending_in_a_stray_mark_is_read(lang, text):
    # a line of punctuation alone at the end makes an empty last sentence; reading it must not fail
    assert facts(text, lang, None).meetings


DAY = date(2024, 12, 5)  # a Thursday


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Политика\n05.12.2024г. в 14:30\nПрезиденты провели переговоры в Кремле.", DAY),
    ("uk", "Політика\n05.12.2024р. о 14:30\nПрезиденти провели переговори у Києві.", DAY),
    ("en", "Politics\n05.12.2024h 14:30\nThe presidents held talks in Kyiv.", DAY),
    # near misses: more figures glued on make no year; a date in figures needs its day and month
    ("ru", "Политика\n05.12.20245 в 14:30\nПрезиденты провели переговоры в Кремле.", None),
    ("uk", "Політика\n12.2024р. о 14:30\nПрезиденти провели переговори у Києві.", None),
    ("en", "Politics\n05.12.20245 14:30\nThe presidents held talks in Kyiv.", None),
])
def test_a_stamp_with_its_year_abbreviation_glued_on_dates_the_page(lang, text, expected):
    assert estimated_publication(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Заголовок новости\nРИА Новости 05.12.24 Слов: 204\nПрезиденты провели переговоры.", DAY),
    ("uk", "Заголовок новини\nУкрінформ 05.12.24\nПрезиденти провели переговори.", DAY),
    ("en", "Headline of the story\nThe Daily Star 05.12.24 Words: 310\nThe presidents held talks.", DAY),
    # near misses: a short date inside a sentence of prose, or one that is no day
    ("ru", "Заголовок новости\nДокумент версии 05.12.24 опубликовали вчера.\nПрезиденты провели переговоры.", None),
    ("uk", "Заголовок новини\nУкрінформ 45.12.24\nПрезиденти провели переговори.", None),
    ("en", "Headline of the story\nThe patch numbered 05.12.24 was released.\nThe presidents held talks.", None),
])
def test_a_two_digit_year_stamp_after_the_outlets_name_dates_the_page(lang, text, expected):
    assert estimated_publication(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "21.03.2025\nЛидеры провели переговоры\n05.12.2024\nПрезиденты провели переговоры.", DAY),
    ("uk", "21.03.2025\nЛідери провели переговори\n05.12.2024\nПрезиденти провели переговори.", DAY),
    ("en", "21.03.2025\nLeaders hold talks\n05.12.2024\nThe presidents held talks.", DAY),
    ("ru", "21 марта 2025 года\nЛидеры провели переговоры\n5 декабря 2024 года\nПрезиденты провели переговоры.",
     DAY),
    ("uk", "21 березня 2025 року\nЛідери провели переговори\n5 грудня 2024 року\nПрезиденти провели переговори.",
     DAY),
    ("en", "March 21, 2025\nLeaders hold talks\nDecember 5, 2024\nThe presidents held talks.", DAY),
    # a clocked stamp of another story above the article's own stamp alone on its line
    ("ru", "Другая новость\n14:48 21.03.2025\nПрезиденты провели переговоры\n05.12.2024\nПрезиденты провели "
           "переговоры в Кремле.", DAY),
    ("uk", "Інша новина\n14:48 21.03.2025\nПрезиденти провели переговори\n05.12.2024\nПрезиденти провели "
           "переговори у Києві.", DAY),
    ("en", "Another story\n14:48 21.03.2025\nThe presidents held talks\n05.12.2024\nThe presidents held talks in "
           "Delhi.", DAY),
    # near misses: one stamp alone stays the page's, an earlier date in prose does not undercut it
    ("ru", "14:48 05.12.2024\nПрезиденты провели переговоры. Договор подписан 5 июня 2001 года.", DAY),
    ("ru", "05.12.2024\nПрезиденты провели переговоры. Договор подписан 5 июня 2001 года.", DAY),
    ("uk", "05.12.2024\nПрезиденти провели переговори. Договір підписали 5 червня 2001 року.", DAY),
    ("en", "05.12.2024\nThe presidents held talks. The treaty was signed on June 5, 2001.", DAY),
])
def test_of_several_stamps_alone_on_their_lines_the_earliest_is_the_pages(lang, text, expected):
    assert estimated_publication(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Новости мира\nDec 5, 2024 14:30\nПрезиденты провели переговоры.", DAY),
    ("uk", "Новини світу\n5 Dec 2024\nПрезиденти провели переговори.", DAY),
    ("en", "Briefing Room\n2024 Dec. 5\nThe presidents held talks.", DAY),
    ("ru", "Пресс-центр\n2024 Dec 5\nПрезиденты провели переговоры.", DAY),
    # near misses: a long line of prose with such a date tells an event; a year and a month alone tell no day
    ("ru", "Новости мира\nСоглашение, подписанное Dec 5, 2024 в Москве, вступило в силу.\nПрезиденты провели "
           "переговоры.", None),
    ("uk", "Новини світу\n2024 Dec\nПрезиденти провели переговори.", None),
    ("en", "Briefing Room\nthe leaders agreed in 2024 Dec. 5 talks\nThe presidents held talks.", None),
])
def test_a_stamp_written_year_first_or_in_english_dates_the_page(lang, text, expected):
    assert estimated_publication(text, lang) == expected


_MENU = "\n".join(f"  • Раздел портала номер {n} Подробнее>>>" for n in range(1, 12))


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", f"Портал\n{_MENU}\nПодписаны важные документы\n\n2024-12-05 | Политика\n\nПрезиденты провели "
           "переговоры.", DAY),
    ("uk", f"Портал\n{_MENU}\nПідписано важливі документи\n\n2024-12-05 | Політика\n\nПрезиденти провели "
           "переговори.", DAY),
    ("en", f"Portal\n{_MENU}\nImportant documents signed\n\n2024-12-05 | Politics\n\nThe presidents held talks.",
     DAY),
    # near miss: far below the page's head, a date in figures is the story's, not the page's
    ("en", f"Portal\n{_MENU}\n{_MENU}\n{_MENU}\nImportant documents signed\n\n2024-12-05 | Politics\n\n"
           "The presidents held talks.", None),
])
def test_a_machine_written_date_low_in_the_head_dates_the_page(lang, text, expected):
    assert len(_MENU) + 40 > 400  # the stamp stands past the first 400 characters
    assert estimated_publication(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Сотрудничество\n05/12/2024 Политика\nПрезидент прибыл в Москву 3 декабря. Переговоры прошли "
           "успешно.", DAY),
    ("uk", "Співпраця\n05/12/2024 Політика\nПрезидент прибув до Києва 3 грудня. Переговори пройшли успішно.",
     DAY),
    ("en", "Cooperation\n09:45 | 05/12/2024 Politics\nThe president arrived in Delhi on December 3. The talks "
           "went well.", DAY),
    ("en", "Office of the Prime Minister\n12/05/2024 | Press release | Distributed by Wire on 12/04/2024 23:18\n"
           "The prime minister held talks.", DAY),
    # near misses: nothing tells the order, the lead's day is long before either, or both orders fit it
    ("ru", "Сотрудничество\n05/12/2024 Политика\nПрезидент прибыл в Москву. Переговоры прошли успешно.", None),
    ("uk", "Співпраця\n05/12/2024 Політика\nПрезидент прибув до Києва 3 серпня. Переговори пройшли успішно.",
     None),
    ("en", "Cooperation\n09:45 | 05/06/2024 Politics\nThe president arrived in Delhi on June 3 and stayed to May "
           "4. The talks went well.", None),
])
def test_a_stamp_that_reads_both_ways_is_read_the_way_the_text_tells(lang, text, expected):
    assert estimated_publication(text, lang) == expected


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
