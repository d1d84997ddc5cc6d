"""Trade figures read on fresh news from outlets the project had not seen (issue 15): tonnes written "Mt" or "MT",
the status of a figure (a target verb in the past tells a level met; a modal makes a forecast; a range is told
once), shares of a whole that are no change, and the sides of totals and list items."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _figures(text: str, lang: str) -> set[tuple[str, str, float, str | None, str | None]]:
    return {(f.commodity, f.measure, round(f.value, 2), f.supplier, f.buyer)
            for f in facts(text, lang, REF).trade_facts}


def _volumes(text: str, lang: str) -> set[float]:
    return {round(f.value) for f in facts(text, lang, REF).trade_facts if f.measure == "tonnes"}


def _statuses(text: str, lang: str) -> set[tuple[str, float, str]]:
    return {(f.measure, round(f.value, 2), f.status) for f in facts(text, lang, REF).trade_facts}


@pytest.mark.parametrize("lang,text,expected", [
    # "Mt", "MT", "mt" after a bare number below a thousand: millions of tonnes
    ("en", "Kazakhstan shipped 3.4 Mt of crude oil to Germany in 2025.", {3_400_000}),
    ("en", "Kuwait sold 7 MT of crude oil to Japan during January-March.", {7_000_000}),
    ("en", "Oman's crude oil exports to Korea rose to 2.15 mt in October.", {2_150_000}),
    ("en", "Algeria agreed to deliver 1.5 mtpa of LNG to Italy.", {1_500_000}),
    # the same in ru and uk, written with the scale word
    ("ru", "Казахстан поставил в Германию 3,4 млн т нефти в 2025 году.", {3_400_000}),
    ("uk", "Казахстан поставив до Німеччини 3,4 млн т нафти у 2025 році.", {3_400_000}),
    # near misses: a number of a thousand or more, or with its own scale word, counts metric tonnes
    ("en", "Egypt bought 60,000 MT of wheat from Romania.", {60_000}),
    ("en", "Egypt bought 2 million MT of wheat from Romania.", {2_000_000}),
    ("en", "The MT Aurora tanker carried crude oil to Japan.", set()),
])
def test_tonnes_written_mt_are_millions_below_a_thousand(lang, text, expected):
    assert _volumes(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a target verb in the past tells a level reached: reported
    ("en", "Japan's imports of Australian coal increased to 9.5 million tons last year.",
     {("tonnes", 9_500_000, "reported")}),
    ("ru", "В прошлом году Турция увеличила до 9,5 млн тонн закупки казахстанской нефти.",
     {("tonnes", 9_500_000, "reported")}),
    ("uk", "Торік Туреччина збільшила до 9,5 млн тонн закупівлі казахстанської нафти.",
     {("tonnes", 9_500_000, "reported")}),
    # near misses: the same verbs not in the past still set a target
    ("en", "Japan wants to increase to 12 million tons its imports of Australian coal.",
     {("tonnes", 12_000_000, "target")}),
    ("ru", "Турция намерена увеличить до 12 млн тонн закупки казахстанской нефти.",
     {("tonnes", 12_000_000, "target")}),
    ("uk", "Туреччина має намір збільшити до 12 млн тонн закупівлі казахстанської нафти.",
     {("tonnes", 12_000_000, "target")}),
])
def test_a_target_verb_in_the_past_tells_a_level_met(lang, text, expected):
    assert _statuses(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a modal before the figure: not trade done
    ("en", "Trade between Chile and Peru could hit $9 billion this year.", {("valueUSD", 9e9, "forecast")}),
    ("ru", "Товарооборот Чили и Перу в этом году может составить $9 млрд.", {("valueUSD", 9e9, "forecast")}),
    ("uk", "Товарообіг Чилі та Перу цього року може скласти $9 млрд.", {("valueUSD", 9e9, "forecast")}),
    ("ru", "Не исключено, что товарооборот Чили и Перу достигнет $9 млрд.", {("valueUSD", 9e9, "forecast")}),
    # near misses: the same figure told as done; a modal after the figure speaks of something else
    ("en", "Trade between Chile and Peru hit $9 billion last year.", {("valueUSD", 9e9, "reported")}),
    ("ru", "Товарооборот Чили и Перу в прошлом году составил $9 млрд.", {("valueUSD", 9e9, "reported")}),
    ("uk", "Товарообіг Чилі та Перу торік склав $9 млрд, і він може зрости.", {("valueUSD", 9e9, "reported")}),
])
def test_a_modal_before_a_figure_makes_a_forecast(lang, text, expected):
    assert _statuses(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a range of two whole figures is one figure, told by its lower end
    ("en", "Trade between Chile and Peru reached $8 billion - $9 billion in 2025.", {("valueUSD", 8e9, "reported")}),
    ("ru", "Товарооборот Чили и Перу в 2025 году составил $8 млрд – $9 млрд.", {("valueUSD", 8e9, "reported")}),
    ("uk", "Товарообіг Чилі та Перу у 2025 році склав $8 млрд – $9 млрд.", {("valueUSD", 8e9, "reported")}),
    # near miss: two figures joined by a word are two figures
    ("en", "Trade between Chile and Peru reached $8 billion in 2024 and $9 billion in 2025.",
     {("valueUSD", 8e9, "reported"), ("valueUSD", 9e9, "reported")}),
])
def test_a_range_of_two_whole_figures_is_one_figure(lang, text, expected):
    assert _statuses(text, lang) == expected


def _changes(text: str, lang: str) -> set[float]:
    return {round(f.value, 2) for f in facts(text, lang, REF).trade_facts if f.measure == "changePercent"}


@pytest.mark.parametrize("lang,text,expected", [
    # a percentage followed by the whole it is a part of, also the first of two coordinated ones
    ("en", "Chile and Peru took 41 per cent and 22 per cent of all Bolivian gas exports.", set()),
    ("ru", "На Норвегию пришлось 41% всех поставок газа в Германию.", set()),
    ("ru", "41% поставок газа в Германию обеспечила Норвегия.", set()),
    ("uk", "41% постачань газу до Німеччини забезпечила Норвегія.", set()),
    ("uk", "Імпорт нафти з Казахстану до Італії становить 2-3% від загального обсягу.", set()),
    ("uk", "Італія купила казахстанської нафти на $420 млн. (4,5%), Греція — на $90 млн. (1,2%).", set()),
    # the levels a share went from and to are no change
    ("en", "Norway's gas exports to Germany grew by 7%, supplying 41 per cent of its market, up from 33 per cent.",
     {7.0}),
    ("uk", "Частка Норвегії в постачанні газу до Німеччини зросла з понад 33% до 41%.", set()),
    ("ru", "Поставки норвежского газа в Германию снизились с 46 до 34%.", set()),
    # near misses: a change before a noun, a multiplier, a change after "by"
    ("ru", "Германия нарастила на 12% импорт норвежского газа.", {12.0}),
    ("ru", "Норвегия допускает увеличение вдвое поставок газа в Германию.", {100.0}),
    ("en", "Norway's gas exports to Germany rose by 12% and its oil exports by 3%.", {12.0, 3.0}),
    ("uk", "Експорт газу з Норвегії до Німеччини зріс на 12%, імпорт — на 3%.", {12.0, 3.0}),
])
def test_a_share_of_a_whole_and_its_old_level_are_no_change(lang, text, expected):
    assert _changes(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a purchase names its buyer, a sale its seller, in any of their words
    ("ru", "Турция сократила покупку российского газа на 12%.",
     {("natural_gas", "changePercent", -12.0, "russia", "turkey")}),
    ("uk", "Туреччина скоротила купівлю російського газу на 12%.",
     {("natural_gas", "changePercent", -12.0, "russia", "turkey")}),
    ("en", "Turkey cut its purchases of Russian gas by 12%.",
     {("natural_gas", "changePercent", -12.0, "russia", "turkey")}),
    ("ru", "В 2025 году Италия приобрела 3 млн тонн казахстанской нефти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    ("uk", "У 2025 році Італія придбала 3 млн тонн казахстанської нафти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    ("ru", "В 2025 году Казахстан продал Италии 3 млн тонн нефти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    ("uk", "У 2025 році Казахстан продав Італії 3 млн тонн нафти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    # near misses: a stake bought is no trade in goods
    ("ru", "Италия приобрела 12% акций казахстанской нефтяной компании.", set()),
    ("uk", "Італія придбала 12% акцій казахстанської нафтової компанії.", set()),
])
def test_purchases_and_sales_name_their_buyer_and_seller(lang, text, expected):
    assert _figures(text, lang) == expected


def _goods(text: str, lang: str) -> set[tuple[str, float]]:
    return {(f.commodity, round(f.value)) for f in facts(text, lang, REF).trade_facts if f.measure == "tonnes"}


@pytest.mark.parametrize("lang,text,expected", [
    # corn and barley are goods of their own, each item of a list its own
    ("uk", "Торік Україна експортувала до Тунісу: кукурудзи - 1 млн 250 тис. тонн, ячменю - 40 тис. тонн.",
     {("agri_corn", 1_250_000), ("agri_barley", 40_000)}),
    ("ru", "В прошлом году Украина экспортировала в Тунис: кукуруза – 1 млн 250 тыс. тонн, ячмень – 40 тыс. тонн.",
     {("agri_corn", 1_250_000), ("agri_barley", 40_000)}),
    ("en", "Last year Ukraine exported to Tunisia 1.25 million tonnes of corn and 40,000 tonnes of barley.",
     {("agri_corn", 1_250_000), ("agri_barley", 40_000)}),
    ("en", "Tunisia bought 300,000 tonnes of Ukrainian maize.", {("agri_corn", 300_000)}),
    # near miss: wheat stays wheat beside them
    ("uk", "Торік Україна експортувала до Тунісу: пшениці - 2 млн тонн, кукурудзи - 1 млн тонн.",
     {("agri_wheat", 2_000_000), ("agri_corn", 1_000_000)}),
])
def test_corn_and_barley_are_goods_of_their_own(lang, text, expected):
    assert _goods(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the state a figure's own clause has buy (or sell) is that figure's buyer (or seller)
    ("en", "In 2025 Spain bought 4.1 million tonnes of Algerian LNG, while Italy bought 2.3 million tonnes.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain"), ("lng", "tonnes", 2.3e6, "algeria", "italy")}),
    ("ru", "В 2025 году Испания закупила 4,1 млн тонн алжирского СПГ, а Италия закупила 2,3 млн тонн.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain"), ("lng", "tonnes", 2.3e6, "algeria", "italy")}),
    ("uk", "У 2025 році Іспанія закупила 4,1 млн тонн алжирського СПГ, тоді як Італія закупила 2,3 млн тонн.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain"), ("lng", "tonnes", 2.3e6, "algeria", "italy")}),
    ("en", "Nigeria sold 3 million tonnes of crude oil to Spain in May, more than the 2 million tonnes sourced "
           "from Angola.",
     {("crude_oil", "tonnes", 3e6, "nigeria", "spain"), ("crude_oil", "tonnes", 2e6, "angola", "spain")}),
    # near misses: a state in another case, or governed by a noun, does not act
    ("ru", "В 2025 году Алжир продал Испании 4,1 млн тонн СПГ.", {("lng", "tonnes", 4.1e6, "algeria", "spain")}),
    ("en", "In 2025 Spain's imports of Algerian LNG rose to 4.1 million tonnes.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain")}),
    ("uk", "За прогнозом міністерства США, імпорт алжирського СПГ до Іспанії зросте до 4,1 млн тонн.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain")}),
])
def test_the_state_a_clause_has_buy_or_sell_is_its_figures_side(lang, text, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a sign glued to the digits of a percentage is its direction, whatever the verb says
    ("ru", "Импорт газа Молдовой из Румынии составил 1,2 млрд кубометров (-8,5% к 2024 году).", {-8.5}),
    ("uk", "Імпорт газу Молдовою з Румунії склав 1,2 млрд кубометрів (+8,5% до 2024 року).", {8.5}),
    ("en", "Moldova's gas imports from Romania reached 1.2 billion cubic metres (-8.5% on 2024).", {-8.5}),
    # near misses: a spaced dash is punctuation; an unsigned percentage keeps the verb's direction
    ("ru", "Импорт газа Молдовой из Румынии снизился на 8,5%.", {-8.5}),
    ("uk", "Імпорт газу Молдовою з Румунії зріс — 8,5%.", {8.5}),
])
def test_a_sign_written_on_a_percentage_is_its_direction(lang, text, expected):
    assert _changes(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a verb in the future before the figure: not trade done
    ("ru", "В следующем году поставки алжирского газа в Испанию составят 9 млрд кубометров.",
     {("cubicMetresPerYear", 9e9, "forecast")}),
    ("uk", "Іспанія отримуватиме щороку 9 млрд кубометрів алжирського газу.",
     {("cubicMetresPerYear", 9e9, "forecast")}),
    ("en", "Spain will receive 9 billion cubic metres of Algerian gas a year.",
     {("cubicMetresPerYear", 9e9, "forecast")}),
    # near misses: a first person in the future ("Нагадаємо", "будемо") tells no future figure; the past is done
    ("uk", "Нагадаємо, торік Іспанія імпортувала 9 млрд кубометрів алжирського газу.",
     {("cubicMetresPerYear", 9e9, "reported")}),
    ("uk", "Будемо нарощувати торгівлю з Алжиром: зараз Іспанія купує 9 млрд кубометрів алжирського газу.",
     {("cubicMetresPerYear", 9e9, "reported")}),
    ("ru", "В 2025 году поставки алжирского газа в Испанию составили 9 млрд кубометров.",
     {("cubicMetresPerYear", 9e9, "reported")}),
])
def test_a_verb_in_the_future_makes_a_forecast(lang, text, expected):
    assert _statuses(text, lang) == expected
