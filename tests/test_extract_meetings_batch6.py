"""Meetings as real outlets tell them, from the errors of real batch 6 (issue 15), in general form: one meeting told
twice in one article (an arrival and the same day's talks); states told beside their leaders' meeting; a joint press
conference or briefing of two leaders; a verb of speaking with several partners; talks told through what was said
"during the talks"; relatives travelling with a leader. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

from kg.records import PartialDate

REF = date(2025, 3, 14)  # a Friday
PUTIN, XI, MODI, ERDOGAN, ALIYEV = "vladimir-putin", "xi-jinping", "narendra-modi", "recep-tayyip-erdogan", \
    "ilham-aliyev"
ZELENSKY, MACRON, SCHOLZ, TOKAYEV = "volodymyr-zelenskyy", "emmanuel-macron", "olaf-scholz", "kassym-jomart-tokayev"


def _meetings(text: str, lang: str) -> set[tuple[str, tuple[str, ...], PartialDate | None, int | None]]:
    return {(m.medium, tuple(sorted(m.participants)), m.date, m.duration_minutes)
            for m in facts(text, lang, REF).meetings}


def _pairs(text: str, lang: str) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, REF))


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Токаев прибыл в Москву во вторник, 11 марта. Переговоры Путина и Токаева в тот день длились около трех "
           "часов.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 11), 180)}),
    ("uk", "Токаєв прибув до Москви у вівторок, 11 березня. Переговори Путіна і Токаєва того дня тривали близько "
           "трьох годин.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 11), 180)}),
    ("en", "Tokayev arrived in Moscow on Tuesday, March 11. Talks between Putin and Tokayev lasted about three hours "
           "that day.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 11), 180)}),
    # near miss: talks two days after the arrival are the same visit, dated by the talks' day
    ("ru", "Токаев прибыл в Москву во вторник, 11 марта. Переговоры Путина и Токаева в четверг, 13 марта, длились "
           "около трех часов.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 13), 180)}),
])
def test_an_arrival_and_the_same_days_talks_are_one_meeting(lang, text, expected):
    assert {(m, tuple(sorted(p)), d, n) for m, p, d, n in _meetings(text, lang)} == \
        {(m, tuple(sorted(p)), d, n) for m, p, d, n in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Aliyev met Erdogan in Ankara on Thursday. The meeting also focused on energy cooperation between "
           "Azerbaijan and Turkey.", {(ALIYEV, ERDOGAN)}),
    ("ru", "Алиев встретился с Эрдоганом в Анкаре в четверг. Азербайджан и Турция провели переговоры о поставках "
           "газа.", {(ALIYEV, ERDOGAN)}),
    ("uk", "Зеленський зустрівся з Макроном у Парижі. Нагадаємо, Україна та Франція вели перемовини щодо поставок "
           "літаків.", {(MACRON, ZELENSKY)}),
    # near miss: the states of another pair of leaders, and the leaders' earlier meeting beside their diplomats' talks
    ("ru", "Алиев встретился с Эрдоганом в Анкаре в четверг. Россия и Китай провели консультации в Пекине.",
     {(ALIYEV, ERDOGAN), ("china", "russia")}),
    ("en", "Xi and Putin last met in Beijing in September. Senior diplomats of China and Russia met in Beijing.",
     {(PUTIN, XI), ("china", "russia")}),
    ("ru", "Путин и Си Цзиньпин провели переговоры в Кремле. 30 ноября Россия и Китай провели консультации по "
           "видеосвязи.", {(PUTIN, XI), ("china", "russia")}),
])
def test_states_beside_their_leaders_meeting_hold_none_of_their_own(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ruto and his Rwandan counterpart Paul Kagame addressed a press conference in Kigali on Tuesday.",
     {("paul-kagame", "william-ruto")}),
    ("en", "Macron said at a joint news conference with Scholz in Berlin on Monday that aid would continue.",
     {(MACRON, SCHOLZ)}),
    ("uk", "Зеленський заявив про це під час спільного з президентом Франції Макроном брифінгу у Києві.",
     {(MACRON, ZELENSKY)}),
    ("ru", "Путин заявил об этом на совместной с Си Цзиньпином пресс-конференции в Пекине.", {(PUTIN, XI)}),
    ("ru", "Путин и Си Цзиньпин провели совместный брифинг в Кремле.", {(PUTIN, XI)}),
    # near misses: a press conference of one leader, another mentioned in it, or only reporters with him
    ("en", "Scholz told a press conference in Berlin that Macron would visit soon.", set()),
    ("uk", "Зеленський провів брифінг для журналістів у Києві.", set()),
    ("ru", "Путин на пресс-конференции в Кремле ответил на вопрос о Си Цзиньпине.", set()),
])
def test_a_joint_press_appearance_of_two_leaders_is_a_meeting_in_person(lang, text, expected):
    meetings = facts(text, lang, REF).meetings
    assert {tuple(sorted(m.participants)) for m in meetings} == expected
    assert all(m.medium == "in_person" for m in meetings)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky spoke with Macron and Scholz on Monday.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("uk", "Зеленський поговорив з Макроном та Шольцом.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("uk", "Зеленський поспілкувався телефоном із Макроном та Шольцом.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("ru", "Путин поговорил с Си Цзиньпином и Моди.", {(PUTIN, XI), (MODI, PUTIN)}),
    # near misses: a joint call, and two subjects speaking with one partner
    ("en", "Zelensky held a joint call with Macron and Scholz on Monday.", {(MACRON, SCHOLZ, ZELENSKY)}),
    ("ru", "Путин и Си Цзиньпин поговорили с Моди.", {(MODI, PUTIN, XI)}),
])
def test_a_verb_of_speaking_with_several_partners_is_one_conversation_with_each(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президент Индонезии в ходе переговоров в Москве в среду пригласил Путина посетить Джакарту.",
     {(PUTIN, "prabowo-subianto")}),
    ("uk", "Президент Індонезії під час переговорів у Москві в середу запросив Путіна відвідати Джакарту.",
     {(PUTIN, "prabowo-subianto")}),
    ("en", "During the talks in Moscow on Wednesday, Indonesia's president invited Putin to visit Jakarta.",
     {(PUTIN, "prabowo-subianto")}),
    # near misses: an invitation to talks is no meeting held
    ("ru", "Президент Индонезии пригласил Путина на переговоры в Джакарту.", set()),
    ("en", "Indonesia's president invited Putin to hold talks in Jakarta.", set()),
])
def test_talks_told_through_an_invitation_made_during_them_were_held(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Токаев прибыл в Ташкент вместе с супругой Айгуль Токаевой. Касым-Жомарт Токаев провел переговоры с "
           "Мирзиёевым.", {(TOKAYEV, "shavkat-mirziyoyev")}),
    ("uk", "Зеленський прибув до Варшави разом із дружиною Оленою Зеленською і зустрівся з Дудою.",
     {(ZELENSKY, "andrzej-duda")}),
    ("en", "Macron, accompanied by his wife Brigitte Macron, met Modi in New Delhi.", {(MACRON, MODI)}),
    # near miss: a leader's adviser named the same way is a counterpart
    ("ru", "Путин встретился с советником Моди Аджитом Довалом.", {(PUTIN, "ajit-doval")}),
])
def test_a_relative_travelling_with_a_leader_is_no_counterpart(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi stopped in Abu Dhabi on his way back home from a visit to Germany.", {(MODI, "germany", None)}),
    ("en", "Putin met Xi in Beijing on Tuesday, after a visit to India in December.",
     {(PUTIN, XI, PartialDate(2025, 3, 11)), (PUTIN, "india", PartialDate(2024, 12))}),
    ("uk", "Кішіда прибув до Києва. Це перший візит японського прем'єра після відвідин прем'єр-міністром Абе Києва "
           "ще у червні 2015 року.", {("fumio-kishida", "ukraine", PartialDate(2025, 3, 14)),
                                     ("shinzo-abe", "ukraine", PartialDate(2015, 6))}),
    ("ru", "Путин встретился с Моди в Дели во вторник после визита в Китай в мае.",
     {(MODI, PUTIN, PartialDate(2025, 3, 11)), (PUTIN, "china", PartialDate(2024, 5))}),
    # near misses: the host of the earlier visit named in the sentence, and a visit planned after the talks
    ("en", "Putin met Xi in Beijing on Tuesday, after a visit to India where he held talks with Modi.",
     {(PUTIN, XI, PartialDate(2025, 3, 11)), (MODI, PUTIN, None)}),
    ("ru", "Путин встретился с Моди в Дели во вторник, а после встречи отправился в аэропорт.",
     {(MODI, PUTIN, PartialDate(2025, 3, 11))}),
    # the article's own pair: an earlier visit to the partner's country is a meeting with the partner
    ("en", "Xi met Lukashenko in Beijing on Tuesday. It was their second meeting this year, after Lukashenko's "
           "state visit to Beijing in March.", {(XI, "alexander-lukashenko", PartialDate(2025, 3, 11)),
                                                (XI, "alexander-lukashenko", PartialDate(2025, 3))}),
])
def test_an_earlier_visit_to_a_country_told_in_passing_is_a_meeting_with_that_country(lang, text, expected):
    assert {(*sorted(m.participants), m.date) for m in facts(text, lang, REF).meetings} == \
        {(*sorted(e[:2]), e[2]) for e in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Мілей запропонував Зеленському провести в Аргентині саміт щодо миру.", set()),
    ("ru", "Путин предложил Си Цзиньпину провести в Москве переговоры о торговле.", set()),
    ("en", "Milei offered Zelensky to hold a peace summit in Argentina.", set()),
    # near misses: talks held in a named city, told by a finite verb
    ("ru", "Путин и Си Цзиньпин провели в Москве переговоры о торговле.", {(PUTIN, XI)}),
    ("uk", "Зеленський і Макрон провели в Парижі переговори.", {(MACRON, ZELENSKY)}),
])
def test_a_meeting_an_infinitive_aims_at_across_its_place_is_none(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi met Putin in Moscow on Tuesday on his way back from a visit to Germany. The two leaders last met in "
           "Kazan.", {(MODI, PUTIN), (MODI, "germany")}),
    ("ru", "Моди встретился с Путиным в Москве во вторник после визита в Германию. Лидеры обсудили торговлю.",
     {(MODI, PUTIN), (MODI, "germany")}),
])
def test_an_earlier_visit_told_first_is_not_the_articles_own_pair(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "President Ruto set for State Visit to the US in May", set()),
    ("en", "Modi slated for talks with Putin in Moscow next week.", set()),
    ("ru", "Моди запланирован на переговоры с Путиным в Москве.", set()),
    # near miss: the visit told as held
    ("en", "Ruto met Biden in Washington in May.", {("joe-biden", "william-ruto")}),
])
def test_a_meeting_with_its_schedule_named_before_it_is_none(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Ранее Путин провел встречу с советником премьера Индии.", {(PUTIN, "india")}),
    ("uk", "Путін зустрівся з радником прем'єра Індії.", {(PUTIN, "india")}),
    ("en", "Putin met with an adviser to Prime Minister Modi.", {(PUTIN, "india")}),
    # near misses: the aide named, and the leader met himself
    ("ru", "Путин встретился с советником Моди Аджитом Довалом.", {(PUTIN, "ajit-doval")}),
    ("en", "Modi's aide Ajit Doval met Putin.", {(PUTIN, "ajit-doval")}),
    ("ru", "Путин провел встречу с премьером Индии.", {(MODI, PUTIN)}),
])
def test_an_unnamed_aide_of_a_leader_stands_for_his_state(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


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
    meetings = facts(text, lang, REF).meetings
    assert {m.date for m in meetings} == expected and len(meetings) == len(expected)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky held talks with Macron, and later with Scholz.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("ru", "Зеленский провел переговоры с Макроном, а затем с Шольцем.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("uk", "Зеленський провів переговори з Макроном, а згодом із Шольцом.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    # a leader with two ministers of one state ("2+2"): one meeting with each
    ("en", "Zelensky met German Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius in Kyiv.",
     {("annalena-baerbock", ZELENSKY), ("boris-pistorius", ZELENSKY)}),
    ("ru", "Зеленский встретился с министром иностранных дел Германии Анналеной Бербок и министром обороны Борисом "
           "Писториусом в Киеве.", {("annalena-baerbock", ZELENSKY), ("boris-pistorius", ZELENSKY)}),
    # near misses: two subjects meeting one partner, told as the verb's object, are one meeting
    ("en", "Macron and Scholz met Zelensky in Kyiv.", {(MACRON, SCHOLZ, ZELENSKY)}),
    ("ru", "Макрон и Шольц приняли Зеленского в Берлине.", {(MACRON, SCHOLZ, ZELENSKY)}),
    ("en", "Macron and Scholz held talks Zelensky later praised.", {(MACRON, SCHOLZ)}),
    ("uk", "Коли Трамп провів телефонну розмову з Путіним, а вже потім зателефонував Зеленському, напруження зросло.",
     {("donald-trump", PUTIN), ("donald-trump", ZELENSKY)}),
])
def test_several_partners_of_one_subject_in_one_clause_are_one_meeting_each(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}
