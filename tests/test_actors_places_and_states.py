"""Actors: states, cities, towns, regions and venues. A city whose name holds a state's is no mention of the state,
states of several words are read whole beside a hyphen, a currency, a region or a formal name is no other state, a
venue or residence is no actor."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers import actor_types_by_label, actors, actors_named, assert_actors_found, facts, treaty_names_and_parties

import kg

D = date(2023, 8, 2)


CITIES = [
    # (language, text, city, state the city's name holds but the text does not name)
    ("en", "The Prime Minister was welcomed at the airport of Port-of-Spain on Tuesday.", "Port of Spain", "Spain"),
    ("en", "The minister flew to Port of Spain for the talks.", "Port of Spain", "Spain"),
    ("ru", "Премьер-министр прибыл в Порт-оф-Спейн во вторник.", "Port of Spain", "Spain"),
    ("uk", "Прем'єр-міністр прибув до Порт-оф-Спейна у вівторок.", "Port of Spain", "Spain"),
    ("en", "Talks in Kuwait City ended late.", "Kuwait City", "Kuwait"),
]


@pytest.mark.parametrize("lang,text,city,state", CITIES)
def test_a_city_whose_name_holds_a_state_is_no_mention_of_the_state(lang, text, city, state):
    named = actor_types_by_label(text, lang, D)
    assert named.get(city) == "City"
    assert state not in named


HYPHENATED_STATES = [
    # near misses: a hyphen between two names still names both, or a state before a participle
    ("en", "The Spain-Portugal talks went on.", {"Spain", "Portugal"}),
    ("en", "The US-backed plan was signed.", {"United States"}),
]


@pytest.mark.parametrize("lang,text,states", HYPHENATED_STATES)
def test_hyphenated_names_of_states_stay_states(lang, text, states):
    assert states <= set(actor_types_by_label(text, lang, D))


PLACES = [
    # (language, text, English label): towns of real news the gazetteer now knows, in any case
    ("en", "PUTRAJAYA - The Sultan will visit Malaysia on Wednesday.", "Putrajaya"),
    ("ru", "Лидеры встретились в Авазе на берегу Каспия.", "Avaza"),
    ("uk", "Делегація відвідала Бучу та Ірпінь.", "Bucha"),
    ("uk", "Делегація відвідала Бучу та Ірпінь.", "Irpin"),
    ("ru", "Премьер посетила древний город Нара.", "Nara"),
    ("en", "He served as rector in Tartu for years.", "Tartu"),
]


@pytest.mark.parametrize("lang,text,label", PLACES)
def test_towns_of_real_news_are_known(lang, text, label):
    assert actor_types_by_label(text, lang, D).get(label) == "City"


PERSONS_BEGINNING_VENUE_NAMES = [
    # (language, text, person): a person's name that begins a place's name in English is no mention of him
    ("en", "The Prime Minister laid a wreath and visited President Ho Chi Minh Mausoleum.", "Ho Chi Minh"),
    ("en", "The delegation was met at the Mahatma Gandhi Memorial before the talks.", "Mahatma Gandhi"),
]


@pytest.mark.parametrize("lang,text,person", PERSONS_BEGINNING_VENUE_NAMES)
def test_a_person_s_name_that_begins_a_venue_s_name_is_no_mention(lang, text, person):
    assert person not in actor_types_by_label(text, lang, D)


NOT_VENUES = [
    # near misses: the person named on his own, or a place's word after a comma
    ("en", "Ho Chi Minh led the country for decades.", "Ho Chi Minh"),
    ("en", "President Erdogan, Square dancing aside, met the delegation.", "Recep Tayyip Erdoğan"),
    ("ru", "Делегация посетила мавзолей, где покоится Хо Ши Мин.", "Ho Chi Minh"),
]


@pytest.mark.parametrize("lang,text,person", NOT_VENUES)
def test_a_person_named_beside_a_venue_stays(lang, text, person):
    assert person in actor_types_by_label(text, lang, D)


def test_two_states_joined_before_a_head_are_no_name():
    named = actor_types_by_label("The China and Russia Group met on Monday.", "en", D)
    assert not [label for label, kind in named.items() if kind == "Organization"]


MAY_1_2025 = date(2025, 5, 1)


NOT_STATES = [
    ("en", "Argentina's trade deficit with Mexico is US$900 million.", MAY_1_2025, {"argentina", "mexico"},
     {"united-states"}),
    ("uk", "Товарообіг склав 147,9 млн дол. США.", MAY_1_2025, set(), {"united-states"}),
    ("ru", "Товарооборот составил 20 млрд долл. США.", MAY_1_2025, set(), {"united-states"}),
    ("en", "She is the patron of Latin America, the president said.", MAY_1_2025, set(), {"united-states"}),
    # near misses: the state itself
    ("en", "The US deficit with Mexico grew.", MAY_1_2025, {"united-states", "mexico"}, set()),
    ("uk", "США та Україна підписали угоду.", MAY_1_2025, {"united-states", "ukraine"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", NOT_STATES)
def test_a_currency_or_a_region_is_not_a_state(lang, text, published, present, absent):
    assert_actors_found(text, lang, published, present, absent)


RESIDENCES_ARE_NO_ACTORS = [
    ("ru", "Путин принял индийского гостя в Ново-Огарёве.", date(2024, 7, 9), {"vladimir-putin"}, {"novo-ogaryovo"}),
    ("uk", "Путін і Моді провели неформальну зустріч у Ново-Огарьові.", date(2024, 7, 9),
     {"vladimir-putin", "narendra-modi"}, {"novo-ogaryovo"}),
    # near miss: a city is an actor
    ("ru", "Путин принял индийского гостя в Москве.", date(2024, 7, 9), {"moscow"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", RESIDENCES_ARE_NO_ACTORS)
def test_a_residence_is_a_venue_not_an_actor(lang, text, published, present, absent):
    assert_actors_found(text, lang, published, present, absent)


NOV_20_2025 = date(2025, 11, 20)


NOT_A_CITY = [
    # "Санае" is no form of Sanaa when the Japanese prime minister's surname follows
    ("uk", "Санае Такаїчі прибула до Сеула.", "sanaa"),
    ("ru", "Санаэ Такаити прибыла в Сеул.", "sanaa"),
]


@pytest.mark.parametrize("lang,text,absent", NOT_A_CITY)
def test_a_first_name_before_a_known_surname_is_no_city(lang, text, absent):
    assert absent not in {m.actor for m in facts(text, lang, NOV_20_2025).mentions}


FORMAL_NAMES = [
    # (language, text, actors that must be found, actors that must not): a state's formal name is one state
    ("uk", "Угоду підписали Україна та Сполучене Королівство Великої Британії та Північної Ірландії.",
     {"ukraine", "united-kingdom"}, {"ireland"}),
    ("ru", "Договор между Россией и Соединенным Королевством Великобритании и Северной Ирландии.",
     {"russia", "united-kingdom"}, {"ireland"}),
    ("en", "Talks were held in Northern Ireland.", set(), {"ireland"}),
    # near miss: Ireland itself
    ("en", "Talks were held in Ireland.", {"ireland"}, set()),
]


@pytest.mark.parametrize("lang,text,present,absent", FORMAL_NAMES)
def test_a_formal_name_or_a_region_names_no_other_state(lang, text, present, absent):
    found = {m.actor for m in facts(text, lang, NOV_20_2025).mentions}
    assert present <= found and not absent & found, found


PLACE_BEFORE_TITLE = [
    # (language, text, present, absent): a capital after "in" before a title is where, not whose
    ("uk", "У Лондоні президент України Володимир Зеленський підписав угоду.", {"volodymyr-zelenskyy", "london"},
     {"charles-iii", "elizabeth-ii"}),
    ("ru", "В Москве президент Казахстана провел переговоры.", {"kassym-jomart-tokayev", "moscow"},
     {"vladimir-putin"}),
    # near miss: a capital standing for its state right before the title
    ("en", "Moscow's ambassador to Beijing said the talks went well.", {"igor-morgulov"}, set()),
]


@pytest.mark.parametrize("lang,text,present,absent", PLACE_BEFORE_TITLE)
def test_a_place_before_a_title_is_not_the_title_holders_state(lang, text, present, absent):
    found = {m.actor for m in facts(text, lang, NOV_20_2025).mentions}
    assert present <= found and not absent & found, found


COUNTRIES = json.loads((Path(kg.__file__).parent / "gazetteer" / "data" / "countries.json").read_text("utf-8"))


SEVERAL_WORDS = sorted((c["key"], c["name"]["en"]) for c in COUNTRIES
                       if " " in c["name"]["en"] or "-" in c["name"]["en"])


@pytest.mark.parametrize("key,name", SEVERAL_WORDS)
@pytest.mark.parametrize("template", [
    "Canada signed a treaty with {} on Monday.",
    "The {}-Canada treaty was signed on Monday.",
    "The Canada-{} treaty was signed on Monday.",
])
def test_every_state_of_several_words_is_read_whole_beside_a_hyphen(key, name, template):
    assert actors(facts(template.format(name), "en")) - {"canada"} == {key}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Officials of the South Sudan-Sudan border commission met in Juba.", {"south-sudan", "sudan", "juba"}),
    ("en", "The North Korea-Russia treaty was signed in June.", {"north-korea", "russia"}),
    ("en", "The Guinea-Bissau-Senegal accord was signed.", {"guinea-bissau", "senegal"}),
    ("en", "He took the New Delhi-Moscow flight.", {"new-delhi", "moscow"}),
    ("ru", "Договор между Австралией и Папуа-Новой Гвинеей подписан.", {"australia", "papua-new-guinea"}),
    ("ru", "Премьер Папуа-Новой Гвинеи прибыл в Канберру.", {"papua-new-guinea", "canberra", "james-marape"}),
    ("uk", "Австралія підписала договір з Папуа-Новою Гвінеєю.", {"australia", "papua-new-guinea"}),
    ("uk", "Прем'єр Папуа-Нової Гвінеї прибув до Канберри.", {"papua-new-guinea", "canberra", "james-marape"}),
    # (the bare title is its holder on the article's day, whom the gazetteer knows)
    # near misses: a state of one word stays itself, beside a hyphen or not
    ("en", "The Guinea-Canada accord was signed.", {"guinea", "canada"}),
    ("en", "The Canada-Sudan accord was signed.", {"canada", "sudan"}),
    ("en", "Equatorial Guinea and Guinea signed a deal.", {"equatorial-guinea", "guinea"}),
    ("ru", "Договор между Австралией и Гвинеей подписан.", {"australia", "guinea"}),
    ("uk", "Договір між Австралією та Гвінеєю підписано.", {"australia", "guinea"}),
])
def test_the_longest_state_name_wins_across_a_hyphen(lang, text, expected):
    assert actors(facts(text, lang)) == expected


JAN_25_2019 = date(2019, 1, 25)


@pytest.mark.parametrize("lang,text,place", [
    # near misses: a state after a first name that is also a common noun, a state's own cases and plural forms,
    # the end of an abbreviation, a city's abbreviation in lower case
    ("ru", "Надежда Украины на мир не угасла.", "ukraine"),
    ("ru", "Вера Франции в союзников крепка.", "france"),
    ("uk", "Надія України на мир не згасла.", "ukraine"),
    ("uk", "Делегація Куби прибула до Києва.", "cuba"),
    ("ru", "Делегация Кубы прибыла в Москву.", "cuba"),
    ("uk", "Президент Франції Емманюель Макрон прибув до Києва.", "france"),
    ("en", "The U.S. Cuba policy was discussed.", "cuba"),
    ("en", "Jordan and Egypt signed the deal.", "jordan"),
    ("ru", "Делегация прибыла в г. Минск.", "minsk"),
])
def test_a_place_after_a_common_word_an_abbreviation_or_a_title_stays_a_place(lang, text, place):
    assert place in actors_named(text, lang, JAN_25_2019)


MAR_14_2025 = date(2025, 3, 14)


@pytest.mark.parametrize("lang,text,expected", [
    # "a trip to Kenya and Uganda": both are places; the traveller's state signs with the first place
    ("ru", "В ходе поездки в Кению и Уганду президент Танзании Самия Сулуху Хасан подписала восемь соглашений.",
     {("восемь соглашений", ("kenya", "tanzania"))}),
    ("uk", "Під час поїздки до Кенії та Уганди президентка Танзанії Самія Сулуху Хасан підписала вісім угод.",
     {("вісім угод", ("kenya", "tanzania"))}),
    ("en", "During her trip to Kenya and Uganda, Tanzanian President Samia Suluhu Hassan signed eight agreements.",
     {("eight agreements", ("kenya", "tanzania"))}),
    # near miss: states named as the signers, not after "to", are parties
    ("en", "Tanzania, Kenya and Uganda signed eight agreements.",
     {("eight agreements", ("kenya", "tanzania", "uganda"))}),
])
def test_a_state_coordinated_with_a_place_is_a_place(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


# ------------------------------------------------------------------------------------------ actors


@pytest.mark.parametrize("lang,text,expected", [
    # a person the gazetteer lacks keeps being read (the words of a part of the world are not in his name)
    ("en", "His Mexican counterpart Marcelo Ebrard arrived.", "marcelo-ebrard"),
    ("ru", "Его мексиканский коллега Марсело Эбрард прибыл.", "marcelo-ebrard"),
    ("uk", "Його мексиканський колега Марсело Ебрард прибув.", "marcelo-ebrard"),
])
def test_a_person_beside_a_region_word_is_still_read(lang, text, expected):
    assert expected in actors_named(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text,expected", [
    # "Guinea Conakry" names Guinea by its capital: the state, no mention of the city
    ("en", "His stay in Guinea Conakry and Equatorial Guinea lasted six days.", {"guinea", "equatorial-guinea"}),
    ("ru", "Его визит в Гвинею-Конакри и Экваториальную Гвинею длился шесть дней.", {"guinea", "equatorial-guinea"}),
    ("uk", "Його візит до Гвінеї-Конакрі та Екваторіальної Гвінеї тривав шість днів.",
     {"guinea", "equatorial-guinea"}),
    # near misses: the capital alone is the city
    ("en", "He flew to Conakry on Monday.", {"conakry"}),
    ("ru", "В понедельник он прилетел в Конакри.", {"conakry"}),
    ("uk", "У понеділок він прилетів до Конакрі.", {"conakry"}),
])
def test_guinea_named_with_its_capital_is_the_state(lang, text, expected):
    assert actors_named(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("text,expected", [
    ("Peter O'Neill held talks in Iwaki City with Joseph Natuman.", {"iwaki"}),
    # near miss: a body named after the city is no mention of it
    ("The Iwaki City Council met on Monday.", set()),
])
def test_a_city_named_with_the_word_city(text, expected):
    assert actors(facts(text, "en")) & {"iwaki"} == expected
