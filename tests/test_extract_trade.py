"""Trade figures: ranks, parties, blocked non-trade figures, volumes and duplicates, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 6, 10)


def trade(text: str, lang: str):  # type: ignore[no-untyped-def]
    return facts(text, lang, REF).trade_facts


def measures(text: str, lang: str) -> set[tuple[str, str, float]]:
    return {(t.commodity, t.measure, round(t.value, 3)) for t in trade(text, lang)}


# --- ranks need a supplier or buyer noun, a place word, or "по/in" + a supply word -------------

@pytest.mark.parametrize("lang,text,commodity,rank", [
    ("ru", "Казахстан стал третьим крупнейшим поставщиком угля в Японию.", "coal", 3.0),
    ("ru", "Турция остаётся вторым по закупкам российского газа.", "natural_gas", 2.0),
    ("uk", "Бразилія є найбільшим покупцем українського зерна.", "agri_wheat", 1.0),
    ("en", "Norway was Germany's second-largest source of natural gas last year.", "natural_gas", 2.0),
    ("en", "Qatar ranks fourth in LNG exports to Japan.", "lng", 4.0),
])
def test_rank_before_a_supplier_or_buyer_noun(lang, text, commodity, rank):
    assert (commodity, "rank", rank) in measures(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Первая поставка сжиженного газа прибыла в порт Индии."),
    ("uk", "Найбільшою статтею експорту до Японії залишалося зерно."),
    ("en", "The tanker made the first known delivery of LNG from the plant to India."),
    ("en", "Beijing listed Moscow as the first of its partners in the oil sector."),
])
def test_an_ordinal_of_a_delivery_or_an_item_is_not_a_rank(lang, text):
    assert not [t for t in trade(text, lang) if t.measure == "rank"]


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    ("en", "Algeria, a transit hub for Libyan gas, was the second-largest supplier of gas to Italy.",
     "algeria", "italy"),
    ("ru", "Египет остаётся крупнейшим покупателем украинской пшеницы.", "ukraine", "egypt"),
])
def test_the_ranked_state_is_the_subject_before_the_rank(lang, text, supplier, buyer):
    (fact,) = [t for t in trade(text, lang) if t.measure == "rank"]
    assert (fact.supplier, fact.buyer) == (supplier, buyer)


# --- tariffs, shares, payments, deficits and prices are not trade figures ------------------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "Вашингтон ввёл пошлину в 30% на закупки индийской нефти."),
    ("uk", "США запровадили мито 40% на товари з Бразилії через закупівлі нафти."),
    ("en", "India covers more than 80% of its oil needs with imports."),
    ("ru", "Почти 90% платежей в торговле России и Китая проходят в национальных валютах."),
    ("en", "India's trade deficit with China widened to $99 billion."),
    ("uk", "Ціна нафти впала на 4% за тиждень."),
])
def test_tariffs_shares_payments_deficits_and_prices_are_not_trade_figures(lang, text):
    assert trade(text, lang) == ()


@pytest.mark.parametrize("lang,text,commodity,measure,value", [
    ("ru", "Товарооборот России и Индии вырос на 12% до 66 млрд долларов.", "trade_turnover", "changePercent", 12.0),
    ("uk", "Імпорт нафти Індією з Росії скоротився на 8%.", "crude_oil", "changePercent", -8.0),
    ("en", "Trade between India and Brazil rose 14% to $15 billion.", "trade_turnover", "valueUSD", 15e9),
])
def test_near_miss_a_change_of_trade_is_still_read(lang, text, commodity, measure, value):
    assert (commodity, measure, round(value, 3)) in measures(text, lang)


# --- volumes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,measure,value", [
    ("ru", "Индия закупила у России 20 млн т угля.", "tonnes", 20e6),
    ("ru", "Москва готова отправить Египту миллион тонн пшеницы.", "tonnes", 1e6),
    ("uk", "Китай щодня імпортував у середньому 2,1 млн барелів російської нафти.", "barrelsPerDay", 2.1e6),
    ("en", "Turkey bought a million tonnes of Russian wheat.", "tonnes", 1e6),
])
def test_volume_forms(lang, text, measure, value):
    assert any(t.measure == measure and abs(t.value - value) < 1 for t in trade(text, lang)), trade(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Саудовская Аравия продлит сокращение нефти на 1 млн баррелей."),
    ("en", "The reserve holds 400 million barrels of oil."),
])
def test_near_miss_barrels_without_a_day_are_not_a_flow(lang, text):
    assert trade(text, lang) == ()


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Ирак сократит экспорт нефти на 200 тыс. баррелей в сутки.", -200e3),
    ("en", "Kuwait will raise oil output by 100,000 barrels per day.", 100e3),
])
def test_a_volume_after_by_is_a_change_with_its_direction(lang, text, value):
    (fact,) = trade(text, lang)
    assert fact.measure == "barrelsPerDay" and fact.value == value


@pytest.mark.parametrize("lang,text,kept,dropped", [
    ("ru", "Прокачка газа в Китай вырастет с 20 до 25 млрд кубометров в год.", 25e9, 20e9),
    ("en", "Gas deliveries to China will reach 25 bcm a year, up from its capacity of 20 bcm.", 25e9, 20e9),
])
def test_the_old_level_of_a_change_is_not_a_figure(lang, text, kept, dropped):
    values = {t.value for t in trade(text, lang)}
    assert kept in values and dropped not in values


def test_the_first_of_coordinated_commodities_carries_the_figure():
    found = measures("Ирак увеличит экспорт нефти и нефтепродуктов на 300 тыс. баррелей в сутки.", "ru")
    assert found == {("crude_oil", "barrelsPerDay", 300e3)}


# --- parties -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "Россия будет поставлять газ в Армению через Грузию в объёме 2 млрд кубометров в год."),
    ("uk", "Росія постачатиме газ до Вірменії через Грузію в обсязі 2 млрд кубометрів на рік."),
    ("en", "Russia will supply gas to Armenia via Georgia, about 2 billion cubic metres a year."),
])
def test_a_transit_country_is_not_a_party(lang, text):
    (fact,) = trade(text, lang)
    assert (fact.supplier, fact.buyer) == ("russia", "armenia")


def test_a_follow_up_figure_takes_the_parties_named_earlier_for_its_commodity():
    text = ("Российский газ пошёл в Армению. Ереван будет получать до 3 млрд кубометров газа в год, "
            "а позже – до 5 млрд кубометров.")
    found = trade(text, "ru")
    assert {(t.value, t.supplier, t.buyer) for t in found} == {(3e9, "russia", "armenia"), (5e9, "russia", "armenia")}


def test_a_union_after_to_is_the_buyer():
    text = "Торік до країн Європейського Союзу надійшло 10 млрд кубометрів газу з Норвегії."
    (fact,) = trade(text, "uk")
    assert (fact.supplier, fact.buyer) == ("norway", "eu")


def test_a_dateline_city_is_not_a_party():
    text = "TOKYO, May 2 (Reuters) - Russia remained India's top supplier of crude oil in April."
    (fact,) = trade(text, "en")
    assert (fact.supplier, fact.buyer) == ("russia", "india")


def test_a_possessive_before_a_company_is_not_a_buyer():
    text = "Russia's Novatek shipped 2 million tonnes of LNG to China."
    (fact,) = trade(text, "en")
    assert fact.buyer == "china"


# --- each figure once ----------------------------------------------------------------------------

def test_a_headline_figure_repeated_in_the_body_is_one_fact():
    text = ("Russia and Brazil eye $20bn trade goal\n\n"
            "The leaders agreed to raise bilateral trade between Russia and Brazil to $20 billion by 2030.")
    found = [t for t in trade(text, "en") if t.measure == "valueUSD"]
    assert len(found) == 1 and found[0].commodity == "trade_turnover"


def test_near_miss_the_same_figure_for_two_periods_is_two_facts():
    text = ("Trade between Russia and Brazil rose 5% in 2023. "
            "Trade between Russia and Brazil rose 5% in 2024 as well.")
    assert len([t for t in trade(text, "en") if t.measure == "changePercent"]) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "India and Russia trade in oil: the S-400 costs $400 per unit and the delivery fee was $1."),
    ("ru", "Россия поставляет в Индию нефть по цене $60 за баррель."),
])
def test_a_price_of_a_few_dollars_is_not_a_trade_figure(lang, text):
    assert not [f for f in facts(text, lang, REF).trade_facts if f.measure == "valueUSD"]


# --- a rank whose subject follows the verb --------------------------------------------------------

@pytest.mark.parametrize("lang,text,supplier,buyer", [
    ("ru", "Крупнейшим поставщиком угля в Японию остаётся Австралия.", "australia", "japan"),
    ("uk", "Найбільшим покупцем казахського зерна цього року став Іран.", "kazakhstan", "iran"),
    ("en", "The largest buyer of Norwegian gas last year was Germany.", "norway", "germany"),
    ("ru", "Крупнейшим покупателем иранской нефти является не Индия, а Китай.", "iran", "china"),
])
def test_a_rank_told_before_its_subject_ranks_the_state_after_the_verb(lang, text, supplier, buyer):
    (fact,) = [t for t in trade(text, lang) if t.measure == "rank"]
    assert (fact.value, fact.supplier, fact.buyer) == (1.0, supplier, buyer)


@pytest.mark.parametrize("lang,text,ranked", [
    ("ru", "Катар остаётся крупнейшим поставщиком СПГ в Японию. Второе место занимает Австралия, "
           "третье – Малайзия.", {(1.0, "qatar"), (2.0, "australia"), (3.0, "malaysia")}),
    ("uk", "Норвегія є найбільшим постачальником газу до Німеччини. Друге місце посідають Нідерланди.",
     {(1.0, "norway"), (2.0, "netherlands")}),
    ("en", "Brazil remained the top supplier of soybeans to China. Second place went to the United States.",
     {(1.0, "brazil"), (2.0, "united-states")}),
])
def test_a_bare_place_keeps_the_role_and_buyer_of_the_rank_before(lang, text, ranked):
    found = [t for t in trade(text, lang) if t.measure == "rank"]
    assert {(t.value, t.supplier) for t in found} == ranked
    assert len({t.buyer for t in found}) == 1


@pytest.mark.parametrize("lang,text", [
    ("uk", "Перше питання порядку денного – енергетика, друге – Туреччина та її роль."),
    ("en", "Exports of oil to India rose. The first visit went to Iraq, the second to Iran."),
])
def test_near_miss_an_ordinal_list_without_a_ranked_place_is_no_rank(lang, text):
    assert not [t for t in trade(text, lang) if t.measure == "rank"]


def test_near_miss_a_state_after_to_is_the_buyer_not_the_ranked_one():
    (fact,) = [t for t in trade("The largest supplier of coal to Japan is Australia.", "en") if t.measure == "rank"]
    assert (fact.supplier, fact.buyer) == ("australia", "japan")


# --- "most important" is first; a plain "important" or "крупный" is no rank -----------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Japan was Vietnam's most important trading partner in 2022."),
    ("ru", "Китай — важнейший торговый партнёр Казахстана."),
    ("uk", "Польща є найважливішим торговельним партнером України."),
])
def test_the_most_important_trading_partner_ranks_first(lang, text):
    assert ("trade_turnover", "rank", 1.0) in measures(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan is an important trading partner of Vietnam."),
    ("en", "Japan is one of the most important trading partners of Vietnam."),
    ("ru", "Китай остаётся важным торговым партнёром Казахстана."),
    ("ru", "Австралия остаётся крупным поставщиком угля в Японию."),
])
def test_near_miss_important_or_large_without_the_superlative_is_no_rank(lang, text):
    assert not [t for t in trade(text, lang) if t.measure == "rank"]


# --- a percent in the sentence after the figure ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "В 2023 году Китай импортировал иранской нефти на 30 млрд долларов. Это на 12% больше, "
           "чем годом ранее, сообщило министерство торговли КНР."),
    ("uk", "Туреччина імпортувала російського газу на 20 млрд доларів. Це на 12% більше, ніж роком раніше, "
           "свідчать дані Міністерства торгівлі Туреччини."),
    ("en", "Japan imported Australian coal worth $30 billion last year. That is 12% more than a year earlier, "
           "according to the Ministry of Trade."),
])
def test_a_follow_up_percent_belongs_to_the_figure_before(lang, text):
    found = trade(text, lang)
    (pct,) = [t for t in found if t.measure == "changePercent"]
    (usd,) = [t for t in found if t.measure == "valueUSD"]
    assert (pct.commodity, pct.value, pct.supplier, pct.buyer) == (usd.commodity, 12.0, usd.supplier, usd.buyer)
    assert not [t for t in found if t.commodity == "trade_turnover"]


def test_near_miss_this_year_with_its_own_commodity_is_not_a_follow_up():
    text = "Japan imported Australian coal worth $30 billion. This year trade between Japan and Vietnam rose 12%."
    (pct,) = [t for t in trade(text, "en") if t.measure == "changePercent"]
    assert pct.commodity == "trade_turnover"


# --- a producers' alliance cutting output -------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Министры ОПЕК+ провели встречу. Страны альянса в марте сократят добычу нефти на 5 процентов.", -5.0),
    ("uk", "Країни ОПЕК у квітні збільшать видобуток нафти на 3%.", 3.0),
    ("en", "OPEC+ ministers met on Sunday. The alliance agreed to cut oil output by 10% from May.", -10.0),
])
def test_an_output_change_of_an_alliance_is_supplied_by_the_alliance(lang, text, value):
    (fact,) = [t for t in trade(text, lang) if t.measure == "changePercent"]
    assert (fact.value, fact.supplier, fact.buyer) == (value, "opec", None)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Министры ОПЕК+ провели встречу. Россия в марте сократит добычу нефти на 5 процентов."),
    ("en", "OPEC+ ministers met on Sunday. Kazakhstan agreed to cut oil output by 10% from May."),
])
def test_near_miss_a_state_cutting_its_own_output_is_the_supplier(lang, text):
    (fact,) = [t for t in trade(text, lang) if t.measure == "changePercent"]
    assert fact.supplier != "opec"


# --- a deficit named right after its commodity, a building cost -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Vietnam's trade deficit with its large northern neighbour widened to roughly $45bn."),
    ("ru", "Строительство газопровода, по оценкам экспертов, обойдётся в 12 млрд долларов."),
    ("uk", "Будівництво нафтопроводу до Польщі, за оцінками аналітиків, коштуватиме 3 млрд доларів."),
])
def test_a_deficit_or_a_building_cost_is_not_a_trade_figure(lang, text):
    assert not [t for t in trade(text, lang) if t.measure == "valueUSD"]
