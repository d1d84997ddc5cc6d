"""Trade figures on unfamiliar ground: decimal commas before a unit word, ranks told place by place, and
targets, forecasts and plans that are never trade done."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,measure,value", [
    ("ru", "Россия поставила в Китай 1,299 млн т нефти.", "tonnes", 1_299_000),
    ("ru", "Россия поставила в Китай 1,299 млн. т нефти.", "tonnes", 1_299_000),
    ("ru", "Товарооборот России и Китая составил 2,5 млрд долларов.", "valueUSD", 2_500_000_000),
    ("ru", "Экспорт газа из России в Китай составил 38,8 млрд куб. м.", "cubicMetresPerYear", 38_800_000_000),
    ("uk", "Імпорт нафти з Росії до Китаю зріс до 1,299 млн т.", "tonnes", 1_299_000),
    ("uk", "Товарообіг України та Польщі склав 2,5 млрд доларів.", "valueUSD", 2_500_000_000),
    ("en", "Trade between Russia and China reached $2,5 billion.", "valueUSD", 2_500_000_000),
    ("en", "Russia supplied 1.299 million tonnes of oil to China.", "tonnes", 1_299_000),
    # near miss: an English thousands group stays a thousands group
    ("en", "Russia supplied 1,299 million tonnes of oil to China.", "tonnes", 1_299_000_000),
])
def test_a_decimal_comma_before_a_unit_word_keeps_the_fraction(lang, text, measure, value):
    figures = [f for f in facts(text, lang, REF).trade_facts if f.measure == measure]
    assert [round(f.value) for f in figures] == [value], figures


@pytest.mark.parametrize("lang,text", [
    ("ru", "Крупнейшим поставщиком нефти в Китай осталась Россия, второе место заняла Саудовская Аравия."),
    ("ru", "Россия осталась крупнейшим поставщиком нефти в Китай, Саудовская Аравия заняла второе место."),
    ("uk", "Найбільшим постачальником нафти до Китаю залишилася Росія, друге місце посіла Саудівська Аравія."),
    ("en", "Russia remained the top supplier of crude oil to China, and second place went to Saudi Arabia."),
])
def test_each_place_in_a_ranking_of_suppliers_goes_to_its_own_state(lang, text):
    ranks = {f.value: f.supplier for f in facts(text, lang, REF).trade_facts if f.measure == "rank"}
    assert ranks == {1.0: "russia", 2.0: "saudi-arabia"}


STATUSES = [
    # (lang, text, {value in billions: status})
    ("ru", "К 2030 году стороны намерены довести товарооборот России и Китая до 300 млрд долларов.", {300: "target"}),
    ("ru", "В 2025 году товарооборот России и Китая составил 245 млрд долларов, а к 2030 году его планируют "
           "увеличить до 300 млрд долларов.", {245: "reported", 300: "target"}),
    ("ru", "По прогнозам, товарооборот России и Китая достигнет 250 млрд долларов.", {250: "forecast"}),
    ("ru", "Газпром планирует поставить в Китай 38 млрд кубометров газа.", {38: "plan"}),
    ("ru", "Товарооборот России и Китая в 2025 году составил 245 млрд долларов.", {245: "reported"}),
    ("uk", "Україна та Польща планують збільшити товарообіг до 20 млрд доларів до 2030 року.", {20: "target"}),
    ("uk", "За прогнозами, товарообіг України та Польщі сягне 15 млрд доларів.", {15: "forecast"}),
    ("uk", "Товарообіг України та Польщі торік склав 12 млрд доларів.", {12: "reported"}),
    ("en", "India and Russia aim to raise bilateral trade to $100 billion by 2030.", {100: "target"}),
    ("en", "Trade between India and Russia reached $68 billion in 2025, and the sides aim to lift it to "
           "$100 billion by 2030.", {68: "reported", 100: "target"}),
    ("en", "Trade between India and Russia is expected to reach $80 billion this year.", {80: "forecast"}),
    ("en", "Trade between India and Russia reached $68 billion last year.", {68: "reported"}),
]


@pytest.mark.parametrize("lang,text,statuses", STATUSES)
def test_a_target_forecast_or_plan_is_never_trade_done(lang, text, statuses):
    found = {round(f.value / 1e9): f.status for f in facts(text, lang, REF).trade_facts}
    assert found == statuses


def test_a_target_is_set_for_its_target_year():
    text = "В 2025 году товарооборот России и Китая составил 245 млрд долларов, а к 2030 году его планируют " \
           "увеличить до 300 млрд долларов."
    periods = {round(f.value / 1e9): f.period.iso() for f in facts(text, "ru", REF).trade_facts}
    assert periods == {245: "2025", 300: "2030"}


def test_a_target_and_a_reported_figure_of_the_same_value_stay_two_facts():
    text = "Trade between India and Russia reached $100 billion in 2025. The sides aim to keep it at $100 billion."
    statuses = sorted(f.status for f in facts(text, "en", REF).trade_facts if f.measure == "valueUSD")
    assert statuses == ["reported", "target"]


@pytest.mark.parametrize("lang,text,values", [
    ("ru", "Поставки нефти из Казахстана в Китай составили 1 254 тысячи баррелей в день.", [1_254_000]),
    ("uk", "Постачання нафти з Казахстану до Китаю склали 1 005 тисяч барелів на добу.", [1_005_000]),
    ("ru", "Товарооборот Казахстана и Китая составил 43 800 млн долларов.", [43_800_000_000]),
    # near miss: two numbers a year apart are not one number
    ("ru", "В 2024 году поставки нефти из Казахстана в Китай составили 150 тысяч баррелей в день.", [150_000]),
])
def test_thousands_set_off_by_spaces_are_one_number(lang, text, values):
    assert sorted(round(f.value) for f in facts(text, lang, REF).trade_facts if f.measure != "rank") == values


@pytest.mark.parametrize("lang,text", [
    ("ru", "Крупнейшими поставщиками нефти в Японию были: Саудовская Аравия – 1 200 тысяч баррелей в день; "
           "ОАЭ – 900 тысяч баррелей в день; Катар – 200 тысяч баррелей в день."),
    ("uk", "Найбільшими постачальниками нафти до Японії були: Саудівська Аравія – 1 200 тисяч барелів на добу; "
           "ОАЕ – 900 тисяч барелів на добу; Катар – 200 тисяч барелів на добу."),
    ("en", "Japan's top crude suppliers were: Saudi Arabia - 1.2 million barrels per day; "
           "UAE - 900,000 barrels per day; Qatar - 200,000 barrels per day."),
])
def test_each_item_of_a_list_of_suppliers_supplies_its_own_figure(lang, text):
    flows = {round(f.value): (f.supplier, f.buyer) for f in facts(text, lang, REF).trade_facts
             if f.measure == "barrelsPerDay"}
    assert flows == {1_200_000: ("saudi-arabia", "japan"), 900_000: ("united-arab-emirates", "japan"),
                     200_000: ("qatar", "japan")}


@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Объем российско-китайской торговли составил 228 миллиардов долларов.", ("russia", "china")),
    ("ru", "Объем американо-китайской торговли составил 600 миллиардов долларов.", ("united-states", "china")),
    ("uk", "Обсяг українсько-грузинської торгівлі становив 147,9 млн. дол. США.", ("ukraine", "georgia")),
    ("en", "Russia-China trade reached $228 billion.", ("russia", "china")),
])
def test_the_states_of_a_compound_adjective_are_the_turnovers_pair_and_a_currencys_country_is_not(lang, text, pair):
    (fact,) = facts(text, lang, REF).trade_facts
    assert {fact.supplier, fact.buyer} == set(pair)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Объем российско-китайской торговли составил 228 миллиардов долларов. "
           "Объем двусторонней торговли превысил 200 миллиардов долларов."),
    ("uk", "Обсяг українсько-польської торгівлі становив 10 млрд доларів. "
           "Обсяг двосторонньої торгівлі перевищив 9 млрд доларів і роком раніше."),
])
def test_a_turnover_that_names_no_states_is_between_the_pair_told_before(lang, text):
    pairs = {frozenset((f.supplier, f.buyer)) for f in facts(text, lang, REF).trade_facts}
    assert len(pairs) == 1 and None not in next(iter(pairs))


@pytest.mark.parametrize("lang,text,commodity", [
    ("en", "Qatar will supply liquefied natural gas to Germany. Qatar would send up to 2 million tons of the gas "
           "to Germany.", "lng"),
    ("ru", "Катар будет поставлять в Германию 2 миллиона тонн газа.", "lng"),
    ("uk", "До України надійде 300 млн кубометрів американського LNG. У 2026 році Україна отримає 1 млрд "
           "кубометрів американського газу.", "lng"),
    # near miss: gas in cubic metres through a pipeline stays piped gas
    ("en", "Russia supplies LNG to China. Deliveries of Russian gas through the Power of Siberia pipeline totalled "
           "31 billion cubic metres.", "natural_gas_pipeline"),
])
def test_gas_counted_in_tonnes_or_named_after_its_lng_supplier_is_lng(lang, text, commodity):
    found = facts(text, lang, REF).trade_facts
    assert found and found[-1].commodity == commodity or any(f.commodity == commodity and f.value >= 1e9 for f in found)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Россия инвестировала в экономику Узбекистана около десяти миллиардов долларов."),
    ("uk", "Китай інвестував в економіку Казахстану понад 20 млрд доларів."),
    ("en", "China invested more than $20 billion in Kazakhstan's economy."),
])
def test_an_investment_is_not_trade(lang, text):
    assert facts(text, lang, REF).trade_facts == ()
