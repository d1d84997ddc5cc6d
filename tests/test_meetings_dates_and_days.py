"""Meetings: the day a meeting is dated by (dates in figures, weekdays, the eve, days before and after, relative
days, brackets, years carried over) and its duration; days of other events that date no meeting."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    facts,
    medium_partners_and_date,
    medium_partners_and_day,
    meeting_pairs,
    meeting_records,
    meetings_of,
    partners_who_met,
    the_meeting,
)

from kg.records import PartialDate

REF = date(2024, 9, 16)  # a Monday


SISI, BIDEN = "abdel-fattah-el-sisi", "joe-biden"


def _meetings(text: str, lang: str, published: date = REF) -> set[tuple[tuple[str, ...], str, PartialDate | None]]:
    return {(tuple(sorted(m.participants)), m.medium, m.date) for m in facts(text, lang, published).meetings}


@pytest.mark.parametrize("lang,text,day", [
    ("en", "Sisi received a phone call on Friday 16/8/2024 from Joe Biden.", PartialDate(2024, 8, 16)),
    ("en", "Sisi received a phone call on 16/8/2024 from Joe Biden.", PartialDate(2024, 8, 16)),
    ("en", "Sisi held a phone call with Joe Biden on 8/16/2024.", PartialDate(2024, 8, 16)),  # only one order fits
    # year first, then month and day, as East Asian outlets and machine stamps write it
    ("en", "Sisi held a phone call with Joe Biden on 2024/8/16.", PartialDate(2024, 8, 16)),
    # both orders are dates: the weekday picks the one (5 August 2024 was a Monday, 8 May a Wednesday)
    ("en", "Sisi held a phone call with Joe Biden on Monday, 5/8/2024.", PartialDate(2024, 8, 5)),
    ("en", "Sisi held a phone call with Joe Biden on Wednesday 5/8/2024.", PartialDate(2024, 5, 8)),
    ("ru", "Сиси в пятницу 16.08.2024 провёл телефонный разговор с Джо Байденом.", PartialDate(2024, 8, 16)),
    ("uk", "Сісі у п'ятницю 16.08.2024 провів телефонну розмову з Джо Байденом.", PartialDate(2024, 8, 16)),
    # near misses: the weekday alone is the last Friday; no date without the weekday where both orders fit
    ("en", "Sisi received a phone call on Friday from Joe Biden.", PartialDate(2024, 9, 13)),
    ("ru", "Сиси в пятницу провёл телефонный разговор с Джо Байденом.", PartialDate(2024, 9, 13)),
])
def test_a_date_in_figures_dates_the_meeting(lang, text, day):
    assert _meetings(text, lang) == {((SISI, BIDEN), "phone", day)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Sisi held a phone call with Joe Biden on 5/8/2024."),
])
def test_a_date_in_figures_of_unclear_order_is_no_date(lang, text):
    assert all(when is None or when.month not in (5, 8) or when.year != 2024 or when.day not in (5, 8, 16)
               for _, _, when in _meetings(text, lang))


PENA, SANTOS = "enrique-pena-nieto", "juan-manuel-santos"


@pytest.mark.parametrize("lang,text,day", [
    # the year after a span of days is every day's: the visit's first day, in that year
    ("en", "Enrique Peña Nieto paid a state visit to Colombia on October 26 and 27, 2016, and met Juan Manuel Santos.",
     PartialDate(2016, 10, 26)),
    ("en", "Enrique Peña Nieto met Juan Manuel Santos in Bogotá on October 26-27, 2016.", PartialDate(2016, 10, 26)),
    ("ru", "Энрике Пенья Ньето 26-27 октября 2016 года посетил с государственным визитом Колумбию, где провёл "
           "переговоры с Хуаном Мануэлем Сантосом.", PartialDate(2016, 10, 26)),
    ("uk", "Енріке Пенья Ньєто 26-27 жовтня 2016 року відвідав з державним візитом Колумбію, де провів переговори з "
           "Хуаном Мануелем Сантосом.", PartialDate(2016, 10, 26)),
    # near miss: a day with no year in a dated article is the latest such day
    ("en", "Enrique Peña Nieto met Juan Manuel Santos in Bogotá on October 26.", PartialDate(2023, 10, 26)),
])
def test_the_year_after_a_span_of_days_dates_the_first(lang, text, day):
    assert {m.date for m in facts(text, lang, date(2024, 9, 16)).meetings
            if tuple(sorted(m.participants)) == (PENA, SANTOS)} == {day}


@pytest.mark.parametrize("lang,text,expected", [
    # "during his visit to X in October": the visit told with its own place is its own event, dated by its words
    ("en", "During his visit to China in October, Commerce Secretary Wilbur Ross stressed the trade deficit.",
     {(("china", "new:wilbur-ross"), PartialDate(2017, 10))}),
    ("ru", "Во время своего визита в Китай в октябре министр торговли США Уилбур Росс подчеркнул намерение сократить "
           "дефицит.", {(("china", "new:uilbur-ross"), PartialDate(2017, 10))}),
    ("uk", "Під час свого візиту до Китаю в жовтні міністр торгівлі США Вілбур Росс наголосив на намірі скоротити "
           "дефіцит.", {(("china", "new:vilbur-ross"), PartialDate(2017, 10))}),
    # near miss: "during the talks" with no place of its own is the main event, told just before
    ("en", "Commerce Secretary Wilbur Ross met Xi Jinping on Monday. During the talks, Ross stressed the trade "
           "deficit.",
     {(("new:wilbur-ross", "xi-jinping"), PartialDate(2018, 2, 5))}),
])
def test_a_visit_told_with_during_and_its_place_is_dated_by_its_own_words(lang, text, expected):
    assert {(tuple(sorted(m.participants)), m.date) for m in facts(text, lang, date(2018, 2, 9)).meetings} == expected


# ---- a weekday written after a full date is that date's, not a day counted back from the publication ----------

MONDAY = date(2025, 5, 12)


def _meeting_dates(text: str, lang: str, published: date = MONDAY) -> set[str | None]:
    return {m.date.iso() if m.date else None for m in facts(text, lang, published).meetings}


@pytest.mark.parametrize("lang,text", [
    ("ru", "20 июня 2025, пятница\n\nАлександр Лукашенко провел переговоры с Владимиром Путиным в Минске."),
    ("uk", "20 червня 2025, п'ятниця\n\nОлександр Лукашенко провів переговори з Володимиром Путіним у Мінську."),
    ("en", "June 20, 2025, Friday\n\nAlexander Lukashenko held talks with Vladimir Putin in Minsk."),
])
def test_a_weekday_after_a_full_date_dates_no_meeting(lang, text):
    assert "2025-05-09" not in _meeting_dates(text, lang)


@pytest.mark.parametrize("lang,text", [
    # near misses: a weekday of its own, after a line that ends on a date
    ("ru", "Минск, 2025\n\nВ пятницу Александр Лукашенко провел переговоры с Владимиром Путиным."),
    ("uk", "Мінськ, 2025\n\nУ п'ятницю Олександр Лукашенко провів переговори з Володимиром Путіним."),
    ("en", "Minsk, 2025\n\nOn Friday Alexander Lukashenko held talks with Vladimir Putin."),
])
def test_a_weekday_of_its_own_still_counts_back_from_the_publication(lang, text):
    assert _meeting_dates(text, lang) == {"2025-05-09"}


# ---- a date right after a word of another event (a crash, an attack) is that event's, not the meeting's ---------

OCTOBER = date(2025, 10, 9)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Владимир Путин начал встречу с Ильхамом Алиевым с темы авиационной катастрофы 25 декабря 2024 года."),
    ("uk", "Володимир Путін почав зустріч з Ільхамом Алієвим з теми авіакатастрофи 25 грудня 2024 року."),
    ("en", "Vladimir Putin began the meeting with Ilham Aliyev with the topic of the crash of December 25, 2024."),
])
def test_the_date_of_a_crash_named_in_the_meeting_sentence_is_not_the_meetings(lang, text):
    assert "2024-12-25" not in _meeting_dates(text, lang, OCTOBER)


@pytest.mark.parametrize("lang,text", [
    # near misses: the date after the meeting's own word or its participants
    ("ru", "Встреча Владимира Путина и Ильхама Алиева 25 декабря 2024 года была посвящена катастрофе."),
    ("uk", "Зустріч Володимира Путіна та Ільхама Алієва 25 грудня 2024 року була присвячена катастрофі."),
    ("en", "Vladimir Putin met Ilham Aliyev on December 25, 2024 to discuss the crash."),
])
def test_a_meetings_own_date_beside_a_word_of_another_event_stays(lang, text):
    assert _meeting_dates(text, lang, OCTOBER) == {"2024-12-25"}


MAR_14_2025 = date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "On March 13, Erdogan left for a two-day official visit to Azerbaijan. In Baku, Aliyev expressed confidence "
           "in the success of today's talks with Erdogan.", {PartialDate(2025, 3, 13)}),
    ("ru", "13 марта Эрдоган отправился с официальным визитом в Азербайджан. В Баку Алиев выразил уверенность в успехе "
           "сегодняшних переговоров с Эрдоганом.", {PartialDate(2025, 3, 13)}),
    ("uk", "13 березня Ердоган вирушив з офіційним візитом до Азербайджану. У Баку Алієв висловив упевненість в успіху "
           "сьогоднішніх переговорів з Ердоганом.", {PartialDate(2025, 3, 13)}),
    # near miss: two meetings on two days, each told with a day of its own
    ("en", "Erdogan met Aliyev in Baku on Thursday. Erdogan met Aliyev again in Ganja on Friday.",
     {PartialDate(2025, 3, 13), PartialDate(2025, 3, 14)}),
])
def test_talks_told_as_todays_in_a_story_filed_the_day_after_are_the_ones_dated_the_day_before(lang, text, expected):
    meetings = facts(text, lang, MAR_14_2025).meetings
    assert {m.date for m in meetings} == expected and len(meetings) == len(expected)


PUTIN, XI, TOKAYEV, LULA = "vladimir-putin", "xi-jinping", "kassym-jomart-tokayev", "luiz-inacio-lula-da-silva"


KISHIDA, YOON = "fumio-kishida", "yoon-suk-yeol"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Токаев провели переговоры в Москве. В завершение встречи главы государств договорились провести "
           "первый Совет глав регионов в 2026 году.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 14))}),
    ("uk", "Путін і Токаєв провели переговори в Москві. Наприкінці зустрічі глави держав домовилися провести першу "
           "Раду голів регіонів у 2026 році.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 14))}),
    ("en", "Putin and Tokayev held talks in Moscow. At the end of the meeting the leaders agreed to hold the first "
           "council of regions in 2026.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 14))}),
    # near miss: the meeting's own date, told before the plan
    ("ru", "Путин и Токаев 12 марта провели переговоры и договорились провести саммит в 2026 году.",
     {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 12))}),
])
def test_a_date_after_a_word_of_agreement_is_the_plans_not_the_meetings(lang, text, expected):
    assert medium_partners_and_date(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,published,text,expected", [
    # May 7 in an article of May 3: this year's, yet to come
    ("en", date(2023, 5, 3), "Kishida on May 7 will arrive in Seoul for a bilateral summit with Yoon. Their summit is "
                             "scheduled for May 7, the first day of the visit.", set()),
    # near miss: a day before the article's, told as held
    ("en", date(2023, 5, 3), "Kishida arrived in Seoul on May 1 for a bilateral summit with Yoon.",
     {("in_person", (KISHIDA, YOON), PartialDate(2023, 5, 1))}),
])
def test_a_date_in_a_future_sentence_resolves_forward(lang, published, text, expected):
    assert medium_partners_and_date(text, lang, published) == expected


ALIYEV, PASHINYAN, TRUMP = "ilham-aliyev", "nikol-pashinyan", "donald-trump"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Алиев и Пашинян подписали декларацию. Подписание документа состоялось 8 марта при участии президента США "
           "Дональда Трампа.", {((ALIYEV, TRUMP, PASHINYAN), PartialDate(2025, 3, 8))}),
    ("uk", "Алієв і Пашинян підписали декларацію. Підписання документа відбулося 8 березня за участі президента США "
           "Дональда Трампа.", {((ALIYEV, TRUMP, PASHINYAN), PartialDate(2025, 3, 8))}),
    ("en", "Aliyev and Pashinyan signed the declaration. The signing took place on March 8 with the participation of "
           "US President Donald Trump.", {((ALIYEV, TRUMP, PASHINYAN), PartialDate(2025, 3, 8))}),
    # near misses: a signing's sentence with no one joining keeps the pair; a later sentence of another event is its
    # own
    ("ru", "Алиев и Пашинян подписали декларацию. Подписание прошло 8 марта в присутствии журналистов.",
     {((ALIYEV, PASHINYAN), PartialDate(2025, 3, 8))}),
    ("en", "Aliyev and Pashinyan signed the declaration. Talks will take place on March 20.",
     {((ALIYEV, PASHINYAN), PartialDate(2025, 3, 14))}),
])
def test_the_sentence_after_a_signing_gives_its_day_and_who_took_part(lang, text, expected):
    assert {(tuple(sorted(m.participants)), m.date) for m in facts(text, lang, MAR_14_2025).meetings} == \
        {(tuple(sorted(p)), d) for p, d in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The two also spoke during the April 6 meeting between Aliyev and Armenian Prime Minister Nikol Pashinyan.",
     {("ilham-aliyev", "nikol-pashinyan")}),
    ("ru", "Они также говорили во время встречи Алиева и Пашиняна 6 апреля в Брюсселе.",
     {("ilham-aliyev", "nikol-pashinyan")}),
    # near miss: a count stays a count without a date of publication
    ("en", "Aliyev and Pashinyan have held more than 10 meetings.", set()),
])
def test_a_day_before_a_meeting_is_no_count_without_a_date_of_publication(lang, text, expected):
    assert meeting_pairs(facts(text, lang, None)) == expected


MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"


ERDOGAN, ZELENSKY = "recep-tayyip-erdogan", "volodymyr-zelenskyy"


def _visits(text: str, lang: str) -> set[tuple[tuple[str, ...], str | None, str | None]]:
    return {(m.participants, m.date.iso() if m.date else None, m.start_date.iso() if m.start_date else None)
            for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    # the arrival's sentence tells the main day after it
    ("ru", "Моди прибыл в Москву накануне, а основные переговоры с Путиным прошли в пятницу, 14 марта.",
     {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    ("uk", "Моді прибув до Москви напередодні, а основні переговори з Путіним відбулися в п'ятницю, 14 березня.",
     {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    # the arrival told in a clause of its own, the talks undated: the day the lead tells
    ("en", "Putin and Modi agreed on Friday to expand trade. Modi, who embraced Putin when he arrived in New Delhi on "
           "Thursday, praised the talks.", {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    # "later" ("after the talks") is the talks' day, never the arrival's
    ("ru", "Моди прибыл в Москву в четверг. В пятницу он провёл переговоры с Путиным. После переговоров с Путиным "
           "Моди посетил выставку.", {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    # near misses: no talks told after the arrival: the arrival's day; talks a week later are a meeting of their own
    ("en", "Modi arrived in Moscow on Thursday for a visit.", {((MODI, "russia"), "2025-03-13", None)}),
    ("uk", "Моді прибув до Москви 3 березня. 10 березня Моді і Путін провели переговори.",
     {((MODI, PUTIN), "2025-03-03", None), ((MODI, PUTIN), "2025-03-10", None)}),
])
def test_a_visit_is_dated_by_its_talks_and_starts_on_its_arrival(lang, text, expected):
    assert _visits(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Addressing a joint press conference with Aliyev on 10 March, Erdogan said: 'In 2019, trade was worth $4 "
           "billion.'", {("in_person", ("ilham-aliyev", ERDOGAN), "2025-03-10")}),
    ("ru", "Выступая на совместной пресс-конференции с Алиевым, Эрдоган заявил: «В 2019 году товарооборот составил "
           "4 млрд долларов».", {("in_person", ("ilham-aliyev", ERDOGAN), "2025-03-14")}),
    ("uk", "Ердоган провів переговори з Алієвим і заявив: «У 2019 році товарообіг становив 4 млрд доларів».",
     {("in_person", ("ilham-aliyev", ERDOGAN), "2025-03-14")}),
    # near miss: a quote that tells the meeting itself keeps its date
    ("en", "Erdogan said: 'I met Aliyev on 10 March.'", {("in_person", ("ilham-aliyev", ERDOGAN), "2025-03-10")}),
])
def test_a_date_in_quoted_speech_about_something_else_does_not_date_the_meeting(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Мадуро подписал договор. Церемония подписания состоялась 7 марта. Телеканал показал фрагменты встречи "
           "Мадуро с Путиным.", {("in_person", ("nicolas-maduro", PUTIN), "2025-03-07")}),
    ("uk", "Мадуро підписав договір. Церемонія підписання відбулася 7 березня. Телеканал показав фрагменти зустрічі "
           "Мадуро з Путіним.", {("in_person", ("nicolas-maduro", PUTIN), "2025-03-07")}),
    ("en", "Maduro signed the treaty. The signing ceremony took place on 7 March. The channel showed footage of "
           "Maduro's meeting with Putin.", {("in_person", ("nicolas-maduro", PUTIN), "2025-03-07")}),
    # near miss: a sentence before that tells no occasion held lends nothing
    ("ru", "Мадуро подписал договор. Договор вступит в силу 7 апреля. Телеканал показал фрагменты встречи Мадуро с "
           "Путиным.", {("in_person", ("nicolas-maduro", PUTIN), "2025-03-14")}),
])
def test_an_undated_meeting_told_after_an_occasion_is_of_its_day(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


def test_a_dated_text_keeps_its_own_year_whatever_the_weekday():
    text = "В пятницу, 21 февраля, Зеленский провёл телефонный разговор с Макроном."
    found = medium_partners_and_day(text, "ru", date(2020, 2, 22))
    assert found == {("phone", ("emmanuel-macron", ZELENSKY), "2020-02-21")}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Си Цзиньпин провели первые в этом году переговоры по телефону.",
     {("phone", (PUTIN, XI), "2025-03-14")}),
    ("uk", "Путін і Сі провели перші цього року телефонні переговори.", {("phone", (PUTIN, XI), "2025-03-14")}),
    ("en", "Putin and Xi held their first phone call this year.", {("phone", (PUTIN, XI), "2025-03-14")}),
    # near miss: a year of its own dates the meeting
    ("en", "Putin and Xi held a phone call in 2024.", {("phone", (PUTIN, XI), "2024")}),
])
def test_this_year_is_the_writing_s_year_not_the_meeting_s_date(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi, who arrived in Italy from Greece on Thursday, met Putin in the morning.",
     {("in_person", (MODI, PUTIN), "2025-03-14")}),
    ("ru", "Моди, который прибыл в Италию из Греции в четверг, утром встретился с Путиным.",
     {("in_person", (MODI, PUTIN), "2025-03-14")}),
    ("uk", "Моді, який прибув до Італії з Греції в четвер, вранці зустрівся з Путіним.",
     {("in_person", (MODI, PUTIN), "2025-03-14")}),
    # near miss: states listed right after the meeting's word are its parties
    ("ru", "Консультации России, Китая и Индии прошли в понедельник.",
     {("in_person", ("china", "india", "russia"), "2025-03-10")}),
])
def test_an_arrival_told_in_a_clause_about_the_guest_neither_dates_nor_names_the_meeting(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Про візит Моді до Москви стало відомо 10 березня. Моді і Путін провели переговори 12 березня.",
     {("in_person", (MODI, PUTIN), "2025-03-12")}),
    ("ru", "О визите Моди в Москву стало известно 10 марта. Моди и Путин провели переговоры 12 марта.",
     {("in_person", (MODI, PUTIN), "2025-03-12")}),
    ("en", "About the visit of Modi to Moscow it became known on 10 March. Modi and Putin held talks on 12 March.",
     {("in_person", (MODI, PUTIN), "2025-03-12")}),
    # near miss: "of" inside a clause does not make the meeting a topic
    ("en", "Putin told Xi of his video call with Trump on 7 March.", {("video", (TRUMP, PUTIN), "2025-03-07")}),
])
def test_the_day_a_meeting_became_known_is_not_its_day(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Ця зустріч відбулася менш ніж за два дні до другого раунду переговорів між Іраном і США.", set()),
    ("ru", "Эта встреча прошла менее чем за два дня до второго раунда переговоров между Ираном и США.", set()),
    ("en", "The meeting came two days before the second round of talks between Iran and the US.", set()),
    # near miss: talks held "days after" another event are held
    ("en", "Iran and the US held talks in Oman two days after the summit.", {("iran", "united-states")}),
])
def test_a_later_event_a_meeting_is_dated_by_is_not_told_as_held(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Зеленский встретился с Макроном в понедельник, 1 декабря. За день до этого во Флориде состоялись "
           "американо-украинские переговоры.", {("in_person", ("emmanuel-macron", ZELENSKY), "2025-12-01"),
                                               ("in_person", ("ukraine", "united-states"), "2025-11-30")}),
    ("uk", "Зеленський зустрівся з Макроном у понеділок, 1 грудня. За день до цього у Флориді відбулися "
           "американо-українські переговори.", {("in_person", ("emmanuel-macron", ZELENSKY), "2025-12-01"),
                                               ("in_person", ("ukraine", "united-states"), "2025-11-30")}),
    ("en", "Zelensky met Macron on Monday, 1 December. A day earlier, US-Ukrainian talks took place in Florida.",
     {("in_person", ("emmanuel-macron", ZELENSKY), "2025-12-01"),
      ("in_person", ("ukraine", "united-states"), "2025-11-30")}),
    # near miss: one state's adjective with a hyphenated noun names no pair
    ("ru", "Украинско-язычные СМИ сообщили о встрече 1 декабря.", set()),
])
def test_a_compound_adjective_names_the_states_that_met_and_a_day_before_is_the_day_before(lang, text, expected):
    assert medium_partners_and_day(text, lang, date(2025, 12, 2)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Putin and Xi held talks in Moscow on Sunday. Putin and Xi discussed trade at the talks, according to media "
           "reports Monday.", {"2025-03-09"}),
    ("ru", "Путин и Си провели переговоры в Москве в воскресенье. Путин и Си обсудили на переговорах торговлю, "
           "сообщили в понедельник СМИ.", {"2025-03-09"}),
    ("uk", "Путін і Сі провели переговори в Москві в неділю. Путін і Сі обговорили на переговорах торгівлю, повідомили "
           "в понеділок ЗМІ.", {"2025-03-09"}),
    # near miss: talks told again on a day of their own are another meeting
    ("en", "Putin and Xi held talks in Moscow on Sunday. Putin and Xi held talks again on Monday.",
     {"2025-03-09", "2025-03-10"}),
])
def test_the_day_of_a_report_is_not_the_day_of_the_talks(lang, text, expected):
    assert {m.date.iso() for m in facts(text, lang, MAR_14_2025).meetings if m.date} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Макрон провів у Пекіні зустріч із Сі Цзіньпіном. "
           "Переговори відбулися напередодні головування Франції у G7 у 2026 році.",
     {"2025-03-14"}),
    ("ru", "Макрон провёл в Пекине встречу с Си Цзиньпином. Переговоры прошли накануне визита Си во Францию.",
     {"2025-03-14"}),
    # near misses: the day before, told alone or before its subject
    ("uk", "Путін і Сі провели переговори в п'ятницю. Напередодні Путін провів телефонну розмову з Моді.",
     {"2025-03-14", "2025-03-13"}),
    ("ru", "Путин и Си провели переговоры в пятницу. Накануне вечером Путин провёл телефонный разговор с Моди.",
     {"2025-03-14", "2025-03-13"}),
])
def test_on_the_eve_of_an_event_is_not_the_day_before(lang, text, expected):
    assert {m.date.iso() for m in facts(text, lang, MAR_14_2025).meetings if m.date} == expected


LULA, MACRON, MODI = "luiz-inacio-lula-da-silva", "emmanuel-macron", "narendra-modi"


def _durations(text: str, lang: str) -> set[int | None]:
    return {m.duration_minutes for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("lang,text,minutes", [
    ("en", "Modi and Putin held talks for one hour and 30 minutes on Tuesday.", 90),
    ("en", "The phone call between Biden and Xi lasted two hours and fifteen minutes.", 135),
    ("en", "Trump spoke with Erdogan by phone for 1 hour and 10 minutes on Monday.", 70),
    ("ru", "Переговоры Путина и Моди продолжались один час и 30 минут.", 90),
    ("ru", "Телефонный разговор Байдена и Си длился два часа и пятнадцать минут.", 135),
    ("uk", "Розмова Зеленського з Ердоганом тривала годину та 20 хвилин.", 80),
    ("uk", "Переговори Моді та Путіна тривали дві години і 40 хвилин.", 160),
    # near misses: one unit only, or a half told with "and"
    ("en", "Modi and Putin held talks for two hours on Tuesday.", 120),
    ("en", "Modi and Putin held talks for an hour and a half on Tuesday.", 90),
    ("ru", "Переговоры Путина и Моди продолжались час и завершились подписанием заявления.", 60),
    ("uk", "Розмова Зеленського з Ердоганом тривала годину і була змістовною.", 60),
])
def test_hours_and_minutes_joined_by_and_add_up(lang, text, minutes):
    assert _durations(text, lang) == {minutes}


@pytest.mark.parametrize("lang,text,day", [
    ("en", "Modi arrived in Moscow on Monday evening. Modi held talks with Putin the following day.", "2025-03-11"),
    ("ru", "Моди прибыл в Москву в понедельник вечером. Моди провёл переговоры с Путиным на следующий день.",
     "2025-03-11"),
    ("uk", "Моді прибув до Москви в понеділок увечері. Моді провів переговори з Путіним наступного дня.",
     "2025-03-11"),
    # near miss: the day told is the talks' own
    ("en", "Modi arrived in Moscow on Monday evening. Modi held talks with Putin on Wednesday.", "2025-03-12"),
])
def test_talks_told_the_following_day_are_dated_the_day_after_the_one_told_before(lang, text, day):
    found = [m for m in facts(text, lang, MAR_14_2025).meetings if set(m.participants) == {MODI, PUTIN}]
    assert [m.date.iso() for m in found if m.date] == [day]


def _partners_date_and_minutes(text: str, lang: str) -> set[tuple[tuple[str, ...], PartialDate | None, int | None]]:
    return {(tuple(sorted(m.participants)), m.date, m.duration_minutes)
            for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("text,day", [
    ("Prime Minister Shehbaz Sharif held talks with President Erdogan in Ankara on 12th October 2023.",
     PartialDate(2023, 10, 12)),
    ("Shehbaz Sharif met Recep Tayyip Erdogan on the 1st of June 2024 in Istanbul.", PartialDate(2024, 6, 1)),
    ("Erdogan spoke by phone with Shehbaz Sharif on 22nd February.", PartialDate(2025, 2, 22)),
    ("Shehbaz Sharif and Erdogan held talks in Ankara on October 3rd, 2023.", PartialDate(2023, 10, 3)),
    # near misses: a plain day, and an ordinal that is no day of the month
    ("Shehbaz Sharif held talks with President Erdogan in Ankara on 12 October 2023.", PartialDate(2023, 10, 12)),
    ("Shehbaz Sharif held talks with President Erdogan in Ankara in October 2023, their 5th meeting.",
     PartialDate(2023, 10)),
])
def test_a_day_written_as_an_english_ordinal_dates_the_meeting(text, day):
    assert {d for _, d, _ in _partners_date_and_minutes(text, "en")} == {day}


@pytest.mark.parametrize("lang,text,minutes", [
    ("uk", "Зеленський провів годинну розмову з Макроном.", 60),
    ("uk", "Зеленський та Макрон провели годинні переговори в Парижі.", 60),
    ("ru", "Путин провёл часовой телефонный разговор с Эрдоганом.", 60),
    ("ru", "Путин и Си Цзиньпин провели часовую беседу в Кремле.", 60),
    ("en", "Zelensky held an hour-long call with Macron on Monday.", 60),
    # near misses: a number before the unit's adjective, and an hour that is no duration
    ("uk", "Зеленський провів двогодинну розмову з Макроном.", 120),
    ("uk", "Годину тому Зеленський провів розмову з Макроном.", None),
    ("ru", "Путин и Эрдоган провели переговоры, обсудив переход на летнее время и часовые пояса.", None),
])
def test_the_units_adjective_alone_is_one_unit_of_duration(lang, text, minutes):
    assert {d for _, _, d in _partners_date_and_minutes(text, lang)} == {minutes}


MAY_14_2024 = date(2024, 5, 14)


PUTIN, MODI, TRUMP, LAVROV, XI = "vladimir-putin", "narendra-modi", "donald-trump", "sergey-lavrov", "xi-jinping"


@pytest.mark.parametrize("lang,text", [
    ("en", '"Ties are strong," Lavrov said, recalling past meetings between Vladimir Putin and Narendra Modi.'),
    ("en", "The minister recalled past talks between Vladimir Putin and Narendra Modi."),
    ("ru", "Лавров напомнил о прошлых встречах между Владимиром Путиным и Нарендрой Моди."),
    ("uk", "Лавров нагадав про минулі зустрічі між Володимиром Путіним та Нарендрою Моді."),
])
def test_past_meetings_are_recalled_without_the_articles_date(lang, text):
    meetings = meeting_records(text, lang, MAY_14_2024)
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
    meetings = meeting_records(text, lang, MAY_14_2024)
    assert {tuple(sorted(m.participants)) for m in meetings} == {(MODI, PUTIN)}
    assert all(m.date is not None for m in meetings)


@pytest.mark.parametrize("lang,text", [
    ("en", "On May 12, starting at 9:00 p.m. EST (10:00 a.m. on May 13, JST) for about 45 minutes, Prime Minister "
           "Fumio Kishida held a meeting with President Joe Biden."),
    ("en", "Fumio Kishida held talks with Joe Biden on May 12 at 9 p.m. (GMT) (May 13, Tokyo time)."),
    ("ru", "12 мая в 21:00 по Вашингтону (13 мая в 10:00 по Токио) Фумио Кисида провёл встречу с Джо Байденом."),
    ("uk", "12 травня о 21:00 за Вашингтоном (13 травня о 10:00 за Токіо) Фуміо Кісіда провів зустріч із Джо "
           "Байденом."),
])
def test_a_date_in_brackets_restates_the_one_outside_them(lang, text):
    meetings = meeting_records(text, lang, MAY_14_2024)
    assert {(tuple(sorted(m.participants)), m.date.month, m.date.day) for m in meetings} == {((KISHIDA, BIDEN), 5, 12)}


@pytest.mark.parametrize("lang,text,day", [
    # near miss: a date only in brackets still dates the meeting
    ("en", "Fumio Kishida held a meeting with Joe Biden (on May 12).", 12),
])
def test_a_date_only_in_brackets_still_dates_the_meeting(lang, text, day):
    assert {m.date.day for m in meeting_records(text, lang, MAY_14_2024)} == {day}


PX = ("vladimir-putin", "xi-jinping")


EX = ("recep-tayyip-erdogan", "xi-jinping")


LX = ("sergey-lavrov", "xi-jinping")


def day(meeting) -> str | None:  # type: ignore[no-untyped-def]
    return meeting.date.iso() if meeting.date else None


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin spoke with Xi Jinping by phone on Tuesday. Putin then flew east, where a five-hour "
           "time difference awaited him."),
    ("ru", "Владимир Путин провёл телефонный разговор с Си Цзиньпином во вторник. Затем Путин отправился в турне "
           "по Азии, где действует пятичасовая разница во времени."),
    ("uk", "Володимир Путін провів телефонну розмову з Сі Цзіньпіном у вівторок. Потім Путін вирушив у турне "
           "Азією, де діє п'ятигодинна різниця в часі."),
])
def test_a_time_difference_is_no_duration(lang, text):
    assert all(m.duration_minutes is None for m in meetings_of(text, lang, MAR_14_2025, PX))


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Xi Jinping met Vladimir Putin in Beijing on Tuesday. Prior to his talks with Putin, Xi met "
           "Recep Tayyip Erdogan.", "2025-03-11"),
    ("en", "Xi Jinping met Vladimir Putin in Beijing on Tuesday. Before his talks with Putin, Xi met "
           "Recep Tayyip Erdogan.", "2025-03-11"),
    ("ru", "Си Цзиньпин встретился с Владимиром Путиным в Пекине во вторник. Перед встречей с Путиным Си "
           "встретился с Реджепом Тайипом Эрдоганом.", "2025-03-11"),
    ("uk", "Сі Цзіньпін зустрівся з Володимиром Путіним у Пекіні у вівторок. Перед зустріччю з Путіним Сі "
           "зустрівся з Реджепом Тайїпом Ердоганом.", "2025-03-11"),
    # near misses: the other meeting has no day of its own, or the sentence opens with no meeting
    ("en", "Xi Jinping met Vladimir Putin in Beijing. Prior to his meeting with Putin, Xi met Recep Tayyip Erdogan.",
     "2025-03-14"),
    ("ru", "Си Цзиньпин встретился с Владимиром Путиным в Пекине во вторник. В четверг Си встретился с Реджепом "
           "Тайипом Эрдоганом.", "2025-03-13"),
])
def test_a_meeting_set_before_another_takes_its_day(lang, text, expected):
    assert day(the_meeting(text, lang, MAR_14_2025, EX)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "In Moscow, Xi Jinping met Vladimir Putin and Sergey Lavrov. Putin received Xi on 11 March.",
     "2025-03-11"),
    ("ru", "В Москве Си Цзиньпин встретился с Владимиром Путиным и Сергеем Лавровым. Путин принял Си 11 марта.",
     "2025-03-11"),
    ("uk", "У Москві Сі Цзіньпін зустрівся з Володимиром Путіним і Сергієм Лавровим. Путін прийняв Сі 11 березня.",
     "2025-03-11"),
    # near miss: met in two sentences, not together; the day told of one is not the other's
    ("en", "In Moscow, Xi Jinping met Vladimir Putin. In Moscow, Xi Jinping also met Sergey Lavrov. "
           "Putin received Xi on 11 March.", "2025-03-14"),
])
def test_partners_met_together_share_the_day_told_later(lang, text, expected):
    assert day(the_meeting(text, lang, MAR_14_2025, LX)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin held talks with Xi Jinping in Beijing. Putin's visit included a concert on Wednesday.",
     "2025-03-14"),
    ("ru", "Владимир Путин провёл переговоры с Си Цзиньпином в Пекине. Визит Путина включал концерт в среду.",
     "2025-03-14"),
    ("uk", "Володимир Путін провів переговори з Сі Цзіньпіном у Пекіні. Візит Путіна включав концерт у середу.",
     "2025-03-14"),
    # near miss: a day told of the visit itself dates it
    ("en", "Vladimir Putin held talks with Xi Jinping in Beijing. Putin's visit on Wednesday included a concert.",
     "2025-03-12"),
])
def test_a_part_of_a_visit_keeps_its_own_day(lang, text, expected):
    assert day(the_meeting(text, lang, MAR_14_2025, PX)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin and Xi Jinping during talks in Beijing, 11.03.2025REUTERS/John Smith", "2025-03-11"),
    ("ru", "Владимир Путин и Си Цзиньпин во время переговоров в Пекине, 11.03.2025РИА/Иван Петров", "2025-03-11"),
    ("uk", "Володимир Путін і Сі Цзіньпін під час переговорів у Пекіні, 11.03.2025PAP/Іван Петров", "2025-03-11"),
    # near miss: figures glued after the year make no date
    ("en", "Vladimir Putin and Xi Jinping during talks in Beijing, 11.03.202512", "2025-03-14"),
])
def test_a_caption_date_glued_to_its_credit_dates_the_meeting(lang, text, expected):
    assert day(the_meeting(text, lang, MAR_14_2025, PX)) == expected


WIDODO, XI, LI_KEQIANG, PUTIN = "joko-widodo", "xi-jinping", "li-keqiang", "vladimir-putin"


@pytest.mark.parametrize("lang,text", [
    ("en", "Joko Widodo extended the invitation to Xi Jinping during a meeting in Beijing on Tuesday evening. Joko "
           "Widodo was in Beijing for a two-day visit on Monday and Tuesday at the invitation of Xi Jinping."),
    ("en", "Joko Widodo was in Beijing for a two-day visit on Monday and Tuesday. He extended the invitation to Xi "
           "Jinping during a meeting in Beijing on Tuesday evening."),
    ("ru", "Джоко Видодо во вторник вечером в ходе встречи в Пекине передал приглашение Си Цзиньпину. Джоко Видодо "
           "находился в Пекине с двухдневным визитом в понедельник и вторник по приглашению Си Цзиньпина."),
    ("uk", "Джоко Відодо у вівторок увечері під час зустрічі в Пекіні передав запрошення Сі Цзіньпіну. Джоко Відодо "
           "перебував у Пекіні з дводенним візитом у понеділок і вівторок на запрошення Сі Цзіньпіна."),
])
def test_a_visit_over_two_days_is_dated_by_the_day_of_its_talks(lang, text):
    meetings = facts(text, lang).meetings
    assert [(m.participants, m.date) for m in meetings] == [((WIDODO, XI), PartialDate(2025, 3, 11))]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Relations warmed in November of last year, after Sisi and Erdogan met at the 2024 football tournament in "
           "Qatar.", "2024-11"),
    ("ru", "Отношения потеплели в ноябре прошлого года, после того как Сиси и Эрдоган встретились на футбольном "
           "турнире 2024 года в Катаре.", "2024-11"),
    # near misses: another year in the sentence; the year alone
    ("en", "Relations warmed in March of this year, after Sisi and Erdogan met at the 2024 football tournament in "
           "Qatar.", "2024"),
    ("en", "Sisi and Erdogan met at the 2024 football tournament in Qatar.", "2024"),
])
def test_a_year_of_the_meetings_clause_takes_the_month_the_sentence_gives_it(lang, text, expected):
    assert {d for _, _, d in medium_partners_and_day(text, lang, MAR_14_2025)} == {expected}


# ---- "managed to speak with", "успел переговорить": an infinitive after a verb of achievement was done ------------


# ---- "Перед цим", "before that": an earlier meeting, not the article's own -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський і Трамп щойно завершили розмову. Перед цим президент США спілкувався з Путіним. "
           "Розмова президентів тривала годину."),
    ("ru", "Зеленский и Трамп только что завершили разговор. Перед этим президент США пообщался с Путиным. "
           "Разговор президентов длился час."),
    ("en", "Zelensky and Trump have just finished their call. Before that, the US president spoke with Putin. "
           "The presidents' conversation lasted an hour."),
])
def test_a_meeting_told_before_that_is_not_the_one_the_duration_belongs_to(lang, text):
    found = {m.participants: m.duration_minutes for m in facts(text, lang, MAR_14_2025).meetings}
    assert found.get(("donald-trump", "volodymyr-zelenskyy")) == 60
    assert found.get(("donald-trump", "vladimir-putin")) is None


# ---- dates: "since February" is no meeting's day; "on the eve of the visit" is the day before the one told --------

def _dated(text: str, lang: str) -> dict[tuple[str, ...], object]:
    return {m.participants: m.date for m in facts(text, lang, MAR_14_2025).meetings}


WIDODO_ZELENSKYY = ("joko-widodo", "volodymyr-zelenskyy")


MACRON_ZELENSKYY = ("emmanuel-macron", "volodymyr-zelenskyy")


@pytest.mark.parametrize("lang,text,pair,day", [
    ("ru", "Видодо провел переговоры с Зеленским в Киеве. Он стал первым лидером Азии, посетившим Киев с февраля.",
     WIDODO_ZELENSKYY, PartialDate(2025, 3, 14)),
    ("uk", "Відодо провів переговори із Зеленським у Києві. Він став першим лідером Азії, що відвідав Київ з лютого.",
     WIDODO_ZELENSKYY, PartialDate(2025, 3, 14)),
    # near misses: a span of days dates the visit by its days; a plain date is the day
    ("ru", "Визит Видодо в Киев проходил с 1 марта по 3 марта, он провел переговоры с Зеленским.",
     WIDODO_ZELENSKYY, PartialDate(2025, 3, 1)),
    ("ru", "Видодо провел переговоры с Зеленским в Киеве 2 марта.", WIDODO_ZELENSKYY, PartialDate(2025, 3, 2)),
    # on the eve of the visit the article tells: the day before it
    ("ru", "Зеленский провел переговоры с Трампом в Вашингтоне. Накануне визита в США Зеленский встретился с "
           "Макроном в Париже.", MACRON_ZELENSKYY, PartialDate(2025, 3, 13)),
    ("uk", "Зеленський провів переговори з Трампом у Вашингтоні. Напередодні візиту до США Зеленський зустрівся з "
           "Макроном у Парижі.", MACRON_ZELENSKYY, PartialDate(2025, 3, 13)),
    ("en", "Zelensky held talks with Trump in Washington. On the eve of his visit to the United States, Zelensky held "
           "talks with French President Emmanuel Macron in Paris.", MACRON_ZELENSKYY, PartialDate(2025, 3, 13)),
    # near misses: the eve of something that is no meeting (elections: a day unknown) is no day before
    ("uk", "Напередодні виборів Зеленський зустрівся з Макроном.", MACRON_ZELENSKYY, PartialDate(2025, 3, 14)),
    ("ru", "Накануне выборов Зеленский встретился с Макроном.", MACRON_ZELENSKYY, PartialDate(2025, 3, 14)),
])
def test_since_gives_no_day_and_the_eve_of_a_meeting_is_the_day_before(lang, text, pair, day):
    assert _dated(text, lang)[pair] == day


# ---- "N days ago", "місяць тому", "a month ago": the day, month or year that far back --------------------------

PUTIN_MIRZIYOYEV = ("shavkat-mirziyoyev", "vladimir-putin")


@pytest.mark.parametrize("lang,text,day", [
    ("ru", "Путин и Мирзиёев встречались 10 дней назад в Москве.", PartialDate(2025, 3, 4)),
    ("ru", "Путин и Мирзиёев лично общались месяц назад в Москве.", PartialDate(2025, 2)),
    ("ru", "Путин и Мирзиёев встречались три года назад в Москве.", PartialDate(2022)),
    ("uk", "Путін і Мірзійоєв зустрічалися два дні тому в Москві.", PartialDate(2025, 3, 12)),
    ("uk", "Путін і Мірзійоєв зустрічалися місяць тому в Москві.", PartialDate(2025, 2)),
    ("en", "Putin and Mirziyoyev met two days ago in Moscow.", PartialDate(2025, 3, 12)),
    ("en", "Putin and Mirziyoyev met a month ago in Moscow.", PartialDate(2025, 2)),
    # near misses: no count ("many years ago"), "тому що" (because) is no "ago"
    ("ru", "Путин и Мирзиёев встречались много лет назад в Москве.", None),
    ("en", "Putin and Mirziyoyev met many years ago in Moscow.", None),
    ("uk", "Путін і Мірзійоєв зустрілися в Москві цього тижня, тому що мали домовленість.", PartialDate(2025, 3, 14)),
])
def test_a_time_ago_dates_the_meeting_back_from_the_article(lang, text, day):
    assert _dated(text, lang)[PUTIN_MIRZIYOYEV] == day


@pytest.mark.parametrize("lang,text,day", [
    # "prior to this": the meeting told next was held the same day as the one told before it
    ("en", "On Wednesday Narendra Modi held talks with Recep Tayyip Erdogan in New Delhi. Prior to this, the Turkish "
           "leader also met Vladimir Putin.", 12),
    ("ru", "В среду Нарендра Моди провёл переговоры с Реджепом Тайипом Эрдоганом в Нью-Дели. До этого турецкий лидер "
           "также встретился с Владимиром Путиным.", 12),
    ("uk", "У середу Нарендра Моді провів переговори з Реджепом Тайїпом Ердоганом у Нью-Делі. До цього турецький лідер "
           "також зустрівся з Володимиром Путіним.", 12),
    # near misses: a day of its own wins
    ("en", "On Wednesday Narendra Modi held talks with Recep Tayyip Erdogan in New Delhi. Prior to this, on Monday, "
           "Erdogan met Vladimir Putin.", 10),
    ("ru", "В среду Нарендра Моди провёл переговоры с Реджепом Тайипом Эрдоганом в Нью-Дели. До этого, в понедельник, "
           "Эрдоган встретился с Владимиром Путиным.", 10),
    ("uk", "У середу Нарендра Моді провів переговори з Реджепом Тайїпом Ердоганом у Нью-Делі. До цього, в понеділок, "
           "Ердоган зустрівся з Володимиром Путіним.", 10),
])
def test_a_meeting_told_prior_to_another_is_dated_by_it_unless_it_has_its_own_day(lang, text, day):
    dates = {tuple(sorted(m.participants)): m.date for m in facts(text, lang, MAR_14_2025).meetings}
    told = dates[(ERDOGAN, PUTIN)]
    assert told is not None and (told.year, told.month, told.day) == (2025, 3, day)


CALLS = {("canada", TRUMP): 21, (TRUMP, "mexico"): 21, (TRUMP, "israel"): 22, (TRUMP, "egypt"): 22}


@pytest.mark.parametrize("lang,text", [
    ("en", "Earlier, Donald Trump had made telephonic calls to leaders of immediate neighbours Canada and Mexico on "
           "Saturday and of Israel and Egypt on Sunday."),
    ("en", "Earlier, Donald Trump made telephone calls to the leaders of Canada and Mexico on Saturday and of Israel "
           "and Egypt on Sunday."),
    ("ru", "Ранее Дональд Трамп провёл телефонные разговоры с лидерами Канады и Мексики в субботу, а с лидерами "
           "Израиля и Египта — в воскресенье."),
    ("uk", "Раніше Дональд Трамп провів телефонні розмови з лідерами Канади та Мексики в суботу, а з лідерами Ізраїлю "
           "та Єгипту — в неділю."),
])
def test_calls_to_groups_of_leaders_each_on_its_own_day(lang, text):
    f = facts(text, lang, date(2017, 1, 25))
    assert {m.participants: m.date.day for m in f.meetings} == CALLS
    assert {m.medium for m in f.meetings} == {"phone"}


@pytest.mark.parametrize("lang,text", [
    # near miss: one day for the whole list dates every call by it
    ("en", "Earlier, Donald Trump made telephone calls to the leaders of Canada, Mexico, Israel and Egypt on "
           "Saturday."),
    ("ru", "Ранее Дональд Трамп провёл телефонные разговоры с лидерами Канады, Мексики, Израиля и Египта в субботу."),
])
def test_calls_to_a_list_of_leaders_on_one_day(lang, text):
    f = facts(text, lang, date(2017, 1, 25))
    assert {m.participants: m.date.day for m in f.meetings} == {pair: 21 for pair in CALLS}
