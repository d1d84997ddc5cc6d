"""Issue 15, undated articles (nodate18): more of the ways a page stamps its own day that the estimate
(kg:issuedEstimate) did not read, in Russian, Ukrainian and English, with the near misses that must not be taken
for it. Each row is a page without a ` date` header; the estimate is the day its own wording gives, or None.

| cause | ru | uk | en |
|---|---|---|---|
| a year's abbreviation glued to a stamp | 05.12.2024г. в 14:30 | 05.12.2024р. о 14:30 | 05.12.2024h |
| a two-digit year after the outlet's name | РИА Новости 05.12.24 | Укрінформ 05.12.24 | Reuters 05.12.24 |
| a site's today, another story's clocked stamp above the article's | 21.03.2025 / headline / 05.12.2024 | | |
| a stamp year first, or in English on a page in another language | Dec 5, 2024 14:30 | Dec 5, 2024 | 2024 Dec. 5 |
| a machine-written date low in the page's head | 2024-12-05 / Политика | | |
| a full date with its weekday, the weekday told again | подписали в четверг ... четверг, 5 декабря 2024 | | |
| a stamp read both ways, the lead or a 2nd stamp telling which | 05/12/2024 ... 3 декабря | | 12/05 ... 12/04 |
"""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article

DAY = date(2024, 12, 5)  # a Thursday


def estimate(text: str, lang: str) -> date | None:
    return article(text, lang, published=None).published_estimate


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
    assert estimate(text, lang) == expected


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
    assert estimate(text, lang) == expected


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
    assert estimate(text, lang) == expected


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
    assert estimate(text, lang) == expected


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
    assert estimate(text, lang) == expected


# the story's body, long enough that the caption stands below the page's head (where a line opening with a place and
# a comma would be a dateline)
_BODY = {"ru": " Переговоры длились три часа, стороны обсудили торговлю, энергетику и транспорт." * 5,
         "uk": " Переговори тривали три години, сторони обговорили торгівлю, енергетику і транспорт." * 5,
         "en": " The talks lasted three hours, and the sides discussed trade, energy and transport." * 5}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президенты подписали соглашение в четверг в Кремле.{body}\nМосква, четверг, 5 декабря 2024 года. "
           "(Фото: пресс-служба)", DAY),
    ("uk", "Президенти підписали угоду в четвер у Києві.{body}\nКиїв, четвер, 5 грудня 2024 року. (Фото: "
           "пресслужба)", DAY),
    ("en", "The presidents signed an agreement on Thursday in Delhi.{body}\nLeaders at the palace in Delhi, "
           "Thursday, Dec. 5, 2024. (Photo/Agency)", DAY),
    # near misses: the weekday beside the date is not the one it falls on; no weekday told apart from it
    ("ru", "Президенты подписали соглашение в пятницу в Кремле.{body}\nМосква, пятница, 5 декабря 2024 года. "
           "(Фото: пресс-служба)", None),
    ("uk", "Президенти підписали угоду у Києві.{body}\nКиїв, четвер, 5 грудня 2024 року. (Фото: пресслужба)", None),
    ("en", "The presidents signed an agreement on Friday in Delhi.{body}\nLeaders at the palace in Delhi, "
           "Friday, Dec. 5, 2024. (Photo/Agency)", None),
])
def test_a_full_date_with_its_weekday_told_again_dates_the_page(lang, text, expected):
    text = text.format(body=_BODY[lang])
    assert text.index("2024") > 400
    assert estimate(text, lang) == expected


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
    assert estimate(text, lang) == expected
