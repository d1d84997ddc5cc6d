"""Actors: a person the gazetteer does not know, named by a title and one word ("President Kelmore", "с
президентом Кельмором", "з прем'єр-міністром Равендо"), is a new person keyed by that surname; a later full
name with the same surname is the same person; and meetings with him keep him. Near misses: a weekday or a
month, a word of an institution or a second title, a known person, a word in capitals, a Title Case headline, a
common word or an organisation in Russian and Ukrainian, and a word in another case than the title's."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts, meeting_pairs

DAY = date(2025, 5, 14)

# (language, text, actors that must be found, actors that must not be found)
ONE_WORD_AFTER_A_TITLE = [
    ("en", "President Kelmore held talks with Prime Minister Ostrand in the capital.", {"new:kelmore", "new:ostrand"},
     set()),
    ("en", "The visitors were received by King Halvard at the palace.", {"new:halvard"}, set()),
    ("en", "Chancellor Brenner spoke by phone with the visitors from Ghana.", {"new:brenner", "ghana"}, set()),
    ("en", "Former President Kelmore was greeted at the airport.", {"new:kelmore"}, set()),
    ("ru", "Переговоры с президентом Кельмором прошли в Москве.", {"new:kelmor", "moscow"}, set()),
    ("ru", "Премьер-министр Равендо прибыл в Москву.", {"new:ravendo", "moscow"}, set()),
    ("ru", "Визит президента Кельмора в Москву завершился.", {"new:kelmor", "moscow"}, {"new:kelmora"}),
    ("uk", "Візит президента Кельмора до Києва завершився.", {"new:kelmor", "kyiv"}, {"new:kelmora"}),
    ("ru", "Делегацию принял король Хальвард.", {"new:khalvard"}, set()),
    ("uk", "Розмова з прем'єр-міністром Равендо тривала годину.", {"new:ravendo"}, set()),
    ("uk", "Президент Кельмор прибув до Києва.", {"new:kelmor", "kyiv"}, set()),
    ("uk", "Делегацію прийняв канцлер Бреннер.", {"new:brenner"}, set()),
]

SAME_SURNAME_LATER = [
    # a later full name with the same surname is the same person, and so is the surname alone
    ("en", "President Kelmore arrived in Geneva. Daniel Kelmore told reporters the talks went well. Kelmore left "
           "on Friday.", {"new:daniel-kelmore"}, {"new:kelmore"}),
    ("ru", "Переговоры с президентом Кельмором прошли в Москве. Позже Кельмор уехал домой.", {"new:kelmor"},
     set()),
    ("uk", "Прем'єр-міністр Равендо прибув до Києва. Равендо зустрівся з журналістами.", {"new:ravendo"}, set()),
    # a slip of the pen in the surname of a person named in full is still that person
    ("en", "Daniel Kelmore arrived in Geneva. Talks with President Kelmroe lasted an hour.", {"new:daniel-kelmore"},
     {"new:kelmroe"}),
    ("ru", "Даниэль Кельмор прибыл в Женеву. Переговоры с президентом Кельмором длились час.",
     {"new:daniel-kelmor"}, {"new:kelmor"}),
    ("uk", "Данієль Кельмор прибув до Женеви. Розмова з президентом Кельмаром тривала годину.",
     {"new:daniiel-kelmor"}, {"new:kelmar"}),
    # near miss: a surname several letters away is another person
    ("en", "Daniel Kelmore arrived in Geneva. Talks with President Ostrand lasted an hour.",
     {"new:daniel-kelmore", "new:ostrand"}, set()),
]

NEAR_MISSES = [
    # a weekday or a month after a title
    ("en", "The President Monday signed the decree on trade.", set(), {"new:monday"}),
    ("en", "Prime Minister August statements were read aloud.", set(), {"new:august"}),
    # a word of an institution, a second title
    ("en", "The Prime Minister Office staff prepared the visit.", set(), {"new:office"}),
    ("en", "The Ambassador Counsellor of the embassy attended the reception.", set(), {"new:counsellor"}),
    # a known person stays known
    ("en", "President Trump received the delegation.", {"donald-trump"}, {"new:trump"}),
    ("ru", "Встреча с президентом Путиным прошла в Кремле.", {"vladimir-putin"}, {"new:putin"}),
    ("uk", "Розмова з президентом Зеленським тривала годину.", {"volodymyr-zelenskyy"}, {"new:zelensk"}),
    # capitals, and a Title Case headline
    ("en", "The talks with President KELMORE ended in the evening.", set(), {"new:kelmore"}),
    ("en", "President Arrives In Beijing For Trade Talks", set(), {"new:arrives"}),
    ("en", "Energy Minister Ghana Revenues rose sharply.", set(), {"new:revenues"}),
    # a title at the end of a line, the word opening the next one
    ("en", "Talks with the President\nKelmore aides said the talks went well.", set(), {"new:kelmore"}),
    # Russian and Ukrainian: a common word or an organisation, and a word in another case than the title's
    ("ru", "Заявление сделал председатель Правления банка.", set(), {"new:pravlen"}),
    ("ru", "Отчет представил председатель Совкомфлота.", set(), {"new:sovkomflot"}),
    ("uk", "Заяву зробив голова Правління банку.", set(), {"new:pravlin"}),
    ("ru", "После переговоров с президентом Кельмор улетел домой.", set(), {"new:kelmor"}),
]


def _check(lang: str, text: str, present: set[str], absent: set[str]) -> None:
    found = actors(facts(text, lang, DAY))
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k.startswith(a)}, found


@pytest.mark.parametrize("lang,text,present,absent", ONE_WORD_AFTER_A_TITLE)
def test_a_title_and_one_unknown_word_introduce_a_person(lang, text, present, absent):
    _check(lang, text, present, absent)


@pytest.mark.parametrize("lang,text,present,absent", SAME_SURNAME_LATER)
def test_a_later_full_name_or_surname_is_the_person_a_title_named_by_one_word(lang, text, present, absent):
    _check(lang, text, present, absent)


@pytest.mark.parametrize("lang,text,present,absent", NEAR_MISSES)
def test_a_title_before_a_date_word_an_institution_a_known_name_or_capitals_introduces_no_one(
        lang, text, present, absent):
    _check(lang, text, present, absent)


MEETINGS = [
    ("en", "President Kelmore met Prime Minister Ostrand in Geneva on Monday.", ("new:kelmore", "new:ostrand")),
    ("en", "Putin met President Kelmore in Geneva.", ("new:kelmore", "vladimir-putin")),
    ("ru", "Путин провел переговоры с президентом Кельмором.", ("new:kelmor", "vladimir-putin")),
    ("uk", "Зеленський провів телефонну розмову з прем'єр-міністром Равендо.", ("new:ravendo", "volodymyr-zelenskyy")),
]


@pytest.mark.parametrize("lang,text,expected", MEETINGS)
def test_a_meeting_with_a_person_named_by_a_title_and_one_word_keeps_him(lang, text, expected):
    found = meeting_pairs(facts(text, lang, DAY))
    assert expected in found, found


# a meeting told as considered and then ruled out was never held; ruling something else out at a meeting holds it
RULED_OUT = [
    ("en", "A meeting between President Kelmore and Chancellor Brenner was considered, but it was ruled out for "
           "security reasons.", set()),
    ("en", "President Kelmore met Chancellor Brenner on Monday and ruled out new tariffs.",
     {("new:brenner", "new:kelmore")}),
    ("ru", "Встреча президента Кельмора с канцлером Бреннером обсуждалась, но была исключена из соображений "
           "безопасности.", set()),
    ("ru", "Путин встретился с канцлером Бреннером в понедельник и исключил новые пошлины.",
     {("new:brenner", "vladimir-putin")}),
    ("uk", "Зустріч Зеленського з канцлером Бреннером обговорювали, але її було виключено з міркувань безпеки.",
     set()),
    ("uk", "Зеленський зустрівся з канцлером Бреннером у понеділок і виключив нові мита.",
     {("new:brenner", "volodymyr-zelenskyy")}),
]


@pytest.mark.parametrize("lang,text,expected", RULED_OUT)
def test_a_meeting_ruled_out_is_not_held(lang, text, expected):
    found = meeting_pairs(facts(text, lang, DAY))
    assert found == expected, found
