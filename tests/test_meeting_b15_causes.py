"""Causes of missed or wrong meetings seen on real news (batch 15), each as a general family in ru, uk and en:
a meeting named "between" its parties has exactly those parties (a briefer named in the same sentence told of
it); meetings called "past"/"прошлые"/"минулі" are recalled ones, with no date of the article's; a list of cities
after the meeting's word, each with its own date, tells one meeting per city."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article, facts

from kg.text.document import Document

REF = date(2024, 5, 14)
PUTIN, MODI, TRUMP, LAVROV, XI = "vladimir-putin", "narendra-modi", "donald-trump", "sergey-lavrov", "xi-jinping"


def _meetings(text: str, lang: str) -> list:  # type: ignore[type-arg]
    return facts(text, lang, REF).meetings


@pytest.mark.parametrize("lang,text", [
    ("en", "After the bilateral meeting between Prime Minister Narendra Modi and President Donald Trump, Foreign "
           "Minister Sergey Lavrov gave an overview of the results."),
    ("en", "Following talks between Narendra Modi and Donald Trump, Sergey Lavrov outlined the agreements reached."),
    ("ru", "После встречи между премьер-министром Индии Нарендрой Моди и президентом США Дональдом Трампом "
           "Сергей Лавров рассказал о её итогах."),
    ("uk", "Після зустрічі між прем'єр-міністром Індії Нарендрою Моді та президентом США Дональдом Трампом "
           "Сергій Лавров розповів про її підсумки."),
])
def test_a_meeting_between_named_people_has_only_them(lang, text):
    assert {tuple(sorted(m.participants)) for m in _meetings(text, lang)} == {(TRUMP, MODI)}


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: "with" names the speaker's own partner; the subject who met someone stays a party
    ("en", "Sergey Lavrov said the meeting with Narendra Modi and Donald Trump went well.",
     {(MODI, LAVROV), (TRUMP, LAVROV)}),
    ("en", "After talks between Vladimir Putin and Narendra Modi, Sergey Lavrov met Xi Jinping.",
     {(MODI, PUTIN), (LAVROV, XI)}),
])
def test_a_meeting_with_people_or_another_meeting_is_read_as_before(lang, text, expected):
    assert {tuple(sorted(m.participants)) for m in _meetings(text, lang)} == expected


@pytest.mark.parametrize("lang,text", [
    ("en", '"Ties are strong," Lavrov said, recalling past meetings between Vladimir Putin and Narendra Modi.'),
    ("en", "The minister recalled past talks between Vladimir Putin and Narendra Modi."),
    ("ru", "Лавров напомнил о прошлых встречах между Владимиром Путиным и Нарендрой Моди."),
    ("uk", "Лавров нагадав про минулі зустрічі між Володимиром Путіним та Нарендрою Моді."),
])
def test_past_meetings_are_recalled_without_the_articles_date(lang, text):
    meetings = _meetings(text, lang)
    assert {tuple(sorted(m.participants)) for m in meetings} == {(MODI, PUTIN)}
    assert all(m.date is None for m in meetings)


@pytest.mark.parametrize("lang,text", [
    # near misses: "the past week", "прошлой неделе" date the meeting, they do not make it a recalled one
    ("en", "Vladimir Putin met Narendra Modi in the past week."),
    ("en", "Over the past week, Vladimir Putin held talks with Narendra Modi."),
    ("ru", "На прошлой неделе Владимир Путин встретился с Нарендрой Моди."),
    ("uk", "Минулого тижня Володимир Путін зустрівся з Нарендрою Моді."),
])
def test_a_past_week_still_dates_the_meeting(lang, text):
    meetings = _meetings(text, lang)
    assert {tuple(sorted(m.participants)) for m in meetings} == {(MODI, PUTIN)}
    assert all(m.date is not None for m in meetings)


ARM, AZE = "armenia", "azerbaijan"


@pytest.mark.parametrize("lang,text,pair", [
    ("en", "The sides confirmed the commitments made by the leaders of Armenia and Azerbaijan at their meetings on "
           "6 October in Prague and 31 October in Sochi.", (ARM, AZE)),
    ("ru", "Стороны подтвердили обязательства, взятые лидерами Армении и Азербайджана на встречах 6 октября в Праге "
           "и 31 октября в Сочи.", (ARM, AZE)),
    ("uk", "Сторони підтвердили зобов'язання, взяті лідерами Вірменії та Азербайджану на зустрічах 6 жовтня в Празі "
           "та 31 жовтня в Сочі.", (ARM, AZE)),
    ("ru", "Путин и Моди встречались в Праге 6 октября и в Сочи 31 октября.", (MODI, PUTIN)),
    ("en", "Putin and Modi met in Prague on 6 October and in Sochi on 31 October.", (MODI, PUTIN)),
])
def test_a_list_of_dated_cities_tells_one_meeting_per_city(lang, text, pair):
    got = {(tuple(sorted(m.participants)), m.place, m.date.month, m.date.day) for m in _meetings(text, lang)}
    assert got == {(pair, "prague", 10, 6), (pair, "sochi", 10, 31)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Modi met in Prague and in Sochi last year."),
    ("ru", "В прошлом году Путин и Моди встречались в Праге и в Сочи."),
])
def test_undated_or_jointly_dated_cities_tell_one_meeting_each(lang, text):
    assert {m.place for m in _meetings(text, lang)} == {"prague", "sochi"}


@pytest.mark.parametrize("lang,text", [
    # near misses: a city of another verb's clause, or of a later trip, is not a second meeting
    ("ru", "Путин и Моди встретились в Праге, а затем Путин улетел в Сочи."),
    ("en", "Putin met Modi in Prague on 6 October and flew to Sochi on 7 October."),
    ("uk", "Путін зустрівся з Моді у Празі 6 жовтня, а 7 жовтня вирушив до Сочі."),
])
def test_a_city_of_another_clause_is_no_second_meeting(lang, text):
    assert {m.place for m in _meetings(text, lang)} == {"prague"}


KISHIDA, BIDEN = "fumio-kishida", "joe-biden"


@pytest.mark.parametrize("lang,text", [
    ("en", "On May 12, starting at 9:00 p.m. EST (10:00 a.m. on May 13, JST) for about 45 minutes, Prime Minister "
           "Fumio Kishida held a meeting with President Joe Biden."),
    ("en", "Fumio Kishida held talks with Joe Biden on May 12 at 9 p.m. (GMT) (May 13, Tokyo time)."),
    ("ru", "12 мая в 21:00 по Вашингтону (13 мая в 10:00 по Токио) Фумио Кисида провёл встречу с Джо Байденом."),
    ("uk", "12 травня о 21:00 за Вашингтоном (13 травня о 10:00 за Токіо) Фуміо Кісіда провів зустріч із Джо "
           "Байденом."),
])
def test_a_date_in_brackets_restates_the_one_outside_them(lang, text):
    meetings = _meetings(text, lang)
    assert {(tuple(sorted(m.participants)), m.date.month, m.date.day) for m in meetings} == {((KISHIDA, BIDEN), 5, 12)}


@pytest.mark.parametrize("lang,text,day", [
    # near miss: a date only in brackets still dates the meeting
    ("en", "Fumio Kishida held a meeting with Joe Biden (on May 12).", 12),
])
def test_a_date_only_in_brackets_still_dates_the_meeting(lang, text, day):
    assert {m.date.day for m in _meetings(text, lang)} == {day}


@pytest.mark.parametrize("text,expected", [
    ("Talks began at 9:00 p.m. EST (10:00 a.m. on May 13, JST) and lasted an hour.", 1),
    ("They met at 5 p.m. (GMT) on Monday.", 1),
    # near misses: after "p.m." a capitalised word that is no time zone opens the next sentence
    ("They met at 5 p.m. Then Putin left.", 2),
    ("He left at 5 p.m. US officials said so.", 2),
])
def test_a_time_zone_after_a_clock_time_ends_no_sentence(text, expected):
    assert len(Document(article(text, "en")).sentences) == expected
