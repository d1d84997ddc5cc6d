"""Names Entente reads whole around titles and states: a named person after a title is that person, never the
title's holder on the article's date; a state's official form in any case is the state, never a person; a name of
three words in an oblique case keeps its surname; the first words of a longer name in the same article are that
person; and the people of the gazetteer's last two decades are known by name in every language."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

# (language, text, publication date, actors that must be found, actors that must not be found); an absent key
# ending in ":" stands for every key it begins ("new:" = any person the gazetteer does not know)
TITLE_BEFORE_NAME = [
    # a person the gazetteer does not know after a title with a state
    ("en", "In 2003, Japanese Prime Minister Haruki Tanabe held talks in Busan with his guest.", date(2024, 5, 3),
     {"new:haruki-tanabe"}, {"fumio-kishida"}),
    ("ru", "В 2003 году премьер-министр Японии Харуки Танабэ провел переговоры в Пусане.", date(2024, 5, 3),
     {"new:kharuki-tanabe"}, {"fumio-kishida"}),
    ("uk", "У 2003 році прем'єр-міністр Японії Харукі Танабе провів переговори в Пусані.", date(2024, 5, 3),
     {"new:kharuki-tanabe"}, {"fumio-kishida"}),
    # then / former with no state named: the name, never today's holder
    ("en", "In 2003, then President Park Sung-min met the visiting delegation in Busan.", date(2024, 5, 3),
     {"new:park-sung-min"}, {"yoon-suk-yeol"}),
    ("ru", "Бывший президент Арслан Керимов встретился с делегацией в Баку.", date(2024, 5, 3),
     {"new:arslan-kerimov"}, set()),
    ("uk", "Колишній президент Арслан Керімов зустрівся з делегацією в Баку.", date(2024, 5, 3),
     {"new:arslan-kerimov"}, set()),
    # тогдашний / тодішній / then before a title with no name: not the holder on the article's date
    ("ru", "Тогдашний президент США прилетел в Токио.", date(2024, 5, 3), {"united-states"}, {"joe-biden"}),
    ("uk", "Тодішній президент США прилетів до Токіо.", date(2024, 5, 3), {"united-states"}, {"joe-biden"}),
    ("en", "The then US president flew to Tokyo.", date(2024, 5, 3), {"united-states"}, {"joe-biden"}),
    # the gazetteer's own people of twenty years ago, by their names
    ("en", "In July 2004, then President Roh Moo-hyun and Japanese Prime Minister Junichiro Koizumi held talks "
           "on Jeju Island.", date(2023, 5, 3), {"roh-moo-hyun", "junichiro-koizumi"},
     {"yoon-suk-yeol", "fumio-kishida"}),
    ("ru", "В 2004 году тогдашний президент Кореи Но Му Хён принимал Дзюнъитиро Коидзуми.", date(2023, 5, 3),
     {"roh-moo-hyun", "junichiro-koizumi"}, {"yoon-suk-yeol", "fumio-kishida"}),
    # near misses: a Title Case headline is no name; a title with a state and no name is the holder
    ("en", "Japanese Prime Minister Meets Korean President In Busan", date(2024, 5, 3), set(), {"new:"}),
    ("en", "The Japanese Prime Minister flew to Busan on Monday.", date(2024, 5, 3), {"fumio-kishida"}, {"new:"}),
]

STATE_FORMS = [
    ("uk", "Міністр оборони України зустрівся з послом Федеративної Республіки Нігерія в Києві.", date(2025, 8, 10),
     {"nigeria"}, {"new:"}),
    ("ru", "Делегация Социалистической Республики Вьетнам прибыла в Москву.", date(2025, 8, 10), {"vietnam"},
     {"new:"}),
    ("uk", "Делегація Соціалістичної Республіки В'єтнам прибула до Києва.", date(2025, 8, 10), {"vietnam"},
     {"new:"}),
    ("ru", "Послы Королевства Таиланд и Федеративной Республики Бразилия прибыли в Москву.", date(2025, 8, 10),
     {"thailand", "brazil"}, {"new:"}),
    ("en", "The ambassador of the Federal Republic of Nigeria arrived in Kyiv.", date(2025, 8, 10), {"nigeria"},
     {"new:"}),
    # the state's form before a title's state: the title's state is the state ("министр ... Республики Гана")
    ("ru", "Глава МИД Турции принял министра иностранных дел Федеративной Республики Нигерия.", date(2025, 8, 10),
     {"nigeria", "yusuf-tuggar"}, {"new:"}),
    # near misses: a party's adjective is no state's form; a person after the form is still a person
    ("uk", "Республіканська партія провела з'їзд у Вашингтоні.", date(2025, 8, 10), set(), {"new:"}),
    ("ru", "Посол Королевства Таиланд Сомчай Вонгсават посетил Москву.", date(2025, 8, 10),
     {"thailand", "new:somchay-vongsavat"}, {"new:korolevstva-tailand"}),
]

THREE_WORD_NAMES = [
    ("ru", "Лавров встретился с Мохаммадом Махмудом Абубакаром в Москве.", date(2025, 8, 10),
     {"new:mokhammad-makhmud-abubakar"}, {"new:mokhammad-makhmud"}),
    ("uk", "Сибіга зустрівся з Мохаммадом Махмудом Абубакаром у Києві.", date(2025, 8, 10),
     {"new:mokhammad-makhmud-abubakar"}, {"new:mokhammad-makhmud"}),
    ("uk", "Сибіга зустрівся з міністром Ахмедом Салімом Бендаріром.", date(2025, 8, 10),
     {"new:akhmed-salim-bendarir"}, {"new:akhmed-salim"}),
    ("ru", "Мохаммад Махмуд Абубакар прибыл в Москву.", date(2025, 8, 10),
     {"new:mokhammad-makhmud-abubakar"}, {"new:mokhammad-makhmud"}),
    ("en", "President Ruto met Ahmed Salim Kombo in Nairobi on Monday.", date(2025, 8, 10),
     {"new:ahmed-salim-kombo"}, {"new:ahmed-salim"}),
    # after a title with a state in its official form
    ("uk", "Міністр закордонних справ України зустрівся з міністром закордонних справ Федеративної Республіки "
           "Нігерія Мохаммадом Махмудом Абубакаром.", date(2025, 8, 10),
     {"nigeria", "new:mokhammad-makhmud-abubakar"}, {"new:federatyvnoi-respubliky", "yusuf-tuggar"}),
    # near miss: two people side by side are not one name
    ("ru", "Лавров встретился с Мохаммадом Махмудом, Абубакар не приехал.", date(2025, 8, 10),
     {"new:mokhammad-makhmud"}, {"new:mokhammad-makhmud-abubakar"}),
]

PARTIAL_NAMES = [
    ("ru", "Президент Бразилии Луис Инасиу Лула да Сильва прибыл в Москву. Луис Инасиу заявил, что рад визиту.",
     date(2025, 5, 9), {"luiz-inacio-lula-da-silva"}, {"new:"}),
    ("en", "President Kenyatta met John Pombe Magufuli in Nairobi. John Pombe said the talks were useful.",
     date(2019, 7, 5), {"john-magufuli"}, {"new:"}),
    ("en", "President Ruto met Ahmed Salim Kombo in Nairobi. Ahmed Salim said the talks were useful.",
     date(2025, 7, 5), {"new:ahmed-salim-kombo"}, {"new:ahmed-salim"}),
    ("uk", "Сибіга зустрівся з Ахмедом Салімом Бендаріром. Ахмед Салім подякував за зустріч.",
     date(2025, 7, 5), {"new:akhmed-salim-bendarir"}, {"new:akhmed-salim"}),
    # near miss: another person sharing only the first name is his own person
    ("en", "President Ruto met Ahmed Salim Kombo in Nairobi. Ahmed Karimov said the talks were useful.",
     date(2025, 7, 5), {"new:ahmed-salim-kombo", "new:ahmed-karimov"}, set()),
]

KNOWN_PEOPLE = [
    ("ru", "Президенты Беларуси и Зимбабве Александр Лукашенко и Эммерсон Мнангагва провели переговоры.",
     date(2023, 1, 31), {"emmerson-mnangagwa", "alexander-lukashenko"}, {"new:"}),
    ("uk", "Президент Іраку Бархам Салех прибув до Анкари.", date(2020, 1, 15), {"barham-salih"}, {"new:"}),
    ("ru", "Документ подписал министр торговли Турции Мехмет Муш.", date(2022, 2, 3), {"mehmet-mus"}, {"new:"}),
    ("ru", "Соглашение подписали Камчыбек Ташиев и Саймумин Ятимов.", date(2025, 2, 21),
     {"kamchybek-tashiev", "saimumin-yatimov"}, {"new:"}),
    ("en", "Iraqi President Barham Salih arrived in Ankara.", date(2020, 1, 15), {"barham-salih"}, {"new:"}),
    # the holder on the article's date: the president of Zimbabwe in 2015 and in 2023
    ("en", "The President of Zimbabwe arrived in Beijing.", date(2015, 12, 1), {"robert-mugabe"},
     {"emmerson-mnangagwa"}),
    ("en", "The President of Zimbabwe arrived in Beijing.", date(2023, 12, 1), {"emmerson-mnangagwa"},
     {"robert-mugabe"}),
]


def _check(lang: str, text: str, published: date, expected: set[str], absent: set[str]) -> None:
    found = actors(facts(text, lang, published))
    assert expected <= found, (expected - found, found)
    for key in absent:
        assert not any(a == key or key.endswith(":") and a.startswith(key) for a in found), (key, found)


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), TITLE_BEFORE_NAME,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(TITLE_BEFORE_NAME)])
def test_a_named_person_after_a_title_is_that_person_not_the_holder(lang: str, text: str, published: date,
                                                                     expected: set[str], absent: set[str]) -> None:
    _check(lang, text, published, expected, absent)


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), STATE_FORMS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(STATE_FORMS)])
def test_a_states_official_form_is_the_state_never_a_person(lang: str, text: str, published: date,
                                                            expected: set[str], absent: set[str]) -> None:
    _check(lang, text, published, expected, absent)


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), THREE_WORD_NAMES,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(THREE_WORD_NAMES)])
def test_a_name_of_three_words_in_any_case_keeps_its_surname(lang: str, text: str, published: date,
                                                              expected: set[str], absent: set[str]) -> None:
    _check(lang, text, published, expected, absent)


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), PARTIAL_NAMES,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(PARTIAL_NAMES)])
def test_the_first_words_of_a_longer_name_are_that_person(lang: str, text: str, published: date,
                                                          expected: set[str], absent: set[str]) -> None:
    _check(lang, text, published, expected, absent)


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), KNOWN_PEOPLE,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(KNOWN_PEOPLE)])
def test_leaders_and_ministers_of_two_decades_are_known_by_name(lang: str, text: str, published: date,
                                                                expected: set[str], absent: set[str]) -> None:
    _check(lang, text, published, expected, absent)
