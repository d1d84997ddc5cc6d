"""Trade figures: ranks and places (in digits, in words, a list headed by a state, a second place joined to the
first), and places that are no state's rank."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, trade_facts, trade_figures, values_and_sides, values_of_measure

REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Chile sells copper to Peru. Chile started the price war in the first place to hurt its rivals.", set()),
    ("ru", "Чили продаёт медь в Перу. Чили в первую очередь хочет навредить конкурентам.", set()),
    ("uk", "Чилі продає мідь до Перу. Чилі в першу чергу хоче зашкодити конкурентам.", set()),
    # near misses: a real first place among suppliers
    ("en", "Saudi Arabia took first place among the suppliers of crude oil to China.", {1.0}),
    ("ru", "Россия заняла первое место среди поставщиков нефти в Китай.", {1.0}),
    ("uk", "Росія посіла перше місце серед постачальників нафти до Китаю.", {1.0}),
])
def test_in_the_first_place_is_no_rank(lang, text, expected):
    assert values_of_measure(text, lang, REF, "rank") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "In 2024 Chile was Peru's largest trading partner in the region and ranked fourth globally.", {1.0, 4.0}),
    ("ru", "В 2024 году Чили была крупнейшим торговым партнером Перу в регионе и четвертым в мире.", {1.0, 4.0}),
    ("uk", "У 2024 році Чилі була найбільшим торговельним партнером Перу в регіоні та посіла четверте місце у світі.",
     {1.0, 4.0}),
    # near misses: a place of something else joined after the rank
    ("en", "Chile is Peru's largest trading partner and ranked fourth largest copper miner.", {1.0}),
])
def test_a_second_place_joined_by_a_verb_of_ranking_is_a_rank_of_the_same_holder(lang, text, expected):
    assert values_of_measure(text, lang, REF, "rank") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Qatar is the world's largest LNG supplier, and China is the world's largest LNG importer.",
     {("lng", "rank", 1.0, "qatar", None), ("lng", "rank", 1.0, None, "china")}),
    ("ru", "Катар является крупнейшим в мире поставщиком СПГ.", {("lng", "rank", 1.0, "qatar", None)}),
    ("uk", "Китай є найбільшим у світі імпортером СПГ.", {("lng", "rank", 1.0, None, "china")}),
    # near miss: a partner's rank keeps both sides
    ("en", "Saudi Arabia was India's second largest supplier of crude oil in March.",
     {("crude_oil", "rank", 2.0, "saudi-arabia", "india")}),
])
def test_a_world_rank_names_one_side(lang, text, expected):
    assert trade_figures(text, lang, REF) == expected


def _ranks(text: str, lang: str) -> set[tuple[float, str | None, str | None]]:
    return {(f.value, f.supplier, f.buyer) for f in facts(text, lang, REF).trade_facts if f.measure == "rank"}


@pytest.mark.parametrize("lang,text,expected", [
    # a place written in digits, and a second place of the same holder joined to it
    ("en", "In 2022, Brunei was Malaysia's 26th largest trading partner and the 6th largest within ASEAN.",
     {(26.0, "brunei", "malaysia"), (6.0, "brunei", "malaysia")}),
    ("ru", "В 2022 году Бруней был 26-м крупнейшим торговым партнером Малайзии и 6-м в АСЕАН.",
     {(26.0, "brunei", "malaysia"), (6.0, "brunei", "malaysia")}),
    ("uk", "У 2022 році Бруней був 26-м найбільшим торговельним партнером Малайзії та 6-м в АСЕАН.",
     {(26.0, "brunei", "malaysia"), (6.0, "brunei", "malaysia")}),
    ("en", "China is Russia's 3rd largest trading partner.", {(3.0, "china", "russia")}),
    # near misses: a second place with a role of its own ranks something else; a digit ordinal of no rank
    ("en", "The UAE is India's third largest trade partner and second largest export destination.",
     {(3.0, "united-arab-emirates", "india")}),
    ("ru", "ОАЭ — третий по величине торговый партнер Индии и второй крупнейший рынок экспорта.",
     {(3.0, "united-arab-emirates", "india")}),
    ("en", "China and Russia held their 26th round of trade talks.", set()),
    ("uk", "Китай і Росія провели 26-й раунд торговельних переговорів.", set()),
])
def test_ranks_in_digits_and_a_second_place_joined_to_the_first(lang, text, expected):
    assert _ranks(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a list of buyers headed, and the state that follows: first and second place
    ("uk", "Румунія очолила топ-10 імпортерів українського зерна, за нею йде Китай.",
     {(1.0, "ukraine", "romania"), (2.0, "ukraine", "china")}),
    ("ru", "Румыния возглавила топ-10 импортеров украинского зерна, за ней следует Китай.",
     {(1.0, "ukraine", "romania"), (2.0, "ukraine", "china")}),
    ("en", "Romania topped the top-10 importers of Ukrainian grain, followed by China.",
     {(1.0, "ukraine", "romania"), (2.0, "ukraine", "china")}),
    ("en", "Romania topped the list of buyers of Ukrainian grain.", {(1.0, "ukraine", "romania")}),
    # near misses: heading a delegation; "followed by" with no place held before
    ("uk", "Румунія очолила делегацію на переговорах щодо українського зерна.", set()),
    ("ru", "Румыния возглавила делегацию на переговорах по украинскому зерну.", set()),
    ("en", "Romania imported Ukrainian grain, followed by wheat from Russia.", set()),
])
def test_a_list_headed_and_the_state_that_follows_it_are_first_and_second(lang, text, expected):
    assert _ranks(text, lang) == expected


# ---- trade figures --------------------------------------------------------------------------------------

JUNE_2_2025 = date(2025, 6, 2)


@pytest.mark.parametrize("lang,text,ranks", [
    # a place among all the world's buyers names the buyer alone (batch 7's gold: "the world's largest importer")
    ("en", "India is the world's third-largest crude importer after China and the United States.",
     [(3.0, None, "india")]),
    ("ru", "Китай является крупнейшим в мире импортером нефти.", [(1.0, None, "china")]),
    ("uk", "Китай є найбільшим у світі імпортером нафти.", [(1.0, None, "china")]),
    # near misses: a place among one buyer's suppliers is a bilateral rank
    ("en", "Russia is India's top oil supplier.", [(1.0, "russia", "india")]),
    ("ru", "Россия является крупнейшим поставщиком нефти в Индию.", [(1.0, "russia", "india")]),
    ("uk", "Росія є найбільшим постачальником нафти до Індії.", [(1.0, "russia", "india")]),
])
def test_a_place_among_the_worlds_buyers_names_no_supplier(lang, text, ranks):
    found = trade_facts(text, lang, JUNE_2_2025)
    assert [(f.value, f.supplier, f.buyer) for f in found if f.measure == "rank"] == ranks


# ---- ranks held by no one state ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,ranks", [
    # a list of states shares a place; a company in apposition holds its own
    ("en", "Asian states led by China, Japan and Korea are the main market for Qatar's LNG.", []),
    ("ru", "Китай, Япония и Корея являются крупнейшими покупателями катарского СПГ.", []),
    ("uk", "Китай, Японія та Корея є найбільшими покупцями катарського LNG.", []),
    ("en", "Gasco, India's largest LNG importer, will buy gas from Qatar.", []),
    # near misses: one state's place; a state overtaking another keeps the place
    ("en", "China is the main market for Qatar's LNG.", [("qatar", "china")]),
    ("ru", "Китай является крупнейшим покупателем катарского СПГ.", [("qatar", "china")]),
    ("uk", "Китай є найбільшим покупцем катарського LNG.", [("qatar", "china")]),
])
def test_a_place_shared_by_a_list_or_held_by_a_company_is_no_states_rank(lang, text, ranks):
    assert [(s, b) for _, s, b in values_and_sides(text, lang, JUNE_2_2025, "rank")] == ranks


# ---- a place set off after a partner or supplier noun ------------------------------------------------------

@pytest.mark.parametrize("lang,text,ranks", [
    ("uk", "Для Польщі Литва є стратегічним торговельним партнером – сьомим у світі.", [7.0]),
    ("ru", "Для Польши Литва является стратегическим торговым партнером — седьмым в мире.", [7.0]),
    ("en", "For Poland, Lithuania is a strategic trading partner, the seventh in the world.", [7.0]),
    # near misses: an idiom with an ordinal; a place whose holder is named after it
    ("en", "For Poland, Lithuania is a trading partner, first of all for grain.", []),
    ("ru", "Для Польши Литва является торговым партнером, в первую очередь по зерну.", []),
])
def test_an_ordinal_set_off_after_a_partner_noun_is_its_place(lang, text, ranks):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "rank")] == ranks


@pytest.mark.parametrize("lang,text,ranks", [
    # a place among the top five is no place of one's own
    ("uk", "Туреччина входить до п'ятірки найбільших торговельних партнерів України.", []),
    ("ru", "Турция входит в пятерку крупнейших торговых партнеров Украины.", []),
    ("en", "Turkey is among Ukraine's five largest trading partners.", []),
    # near miss: the largest alone is first place
    ("uk", "Туреччина є найбільшим торговельним партнером України.", [1.0]),
])
def test_a_place_among_the_top_few_is_no_rank(lang, text, ranks):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "rank")] == ranks
