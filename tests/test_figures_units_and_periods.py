"""Trade figures: units (tonnes in every spelling, barrels a day, cubic metres, currencies glossed or elided),
ranges and spans of amounts, and the period a figure covers; sums that are no yearly flow."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, measures_values_and_statuses, trade_facts, trade_figures, values_and_sides, values_of_measure

# ---- "from $7 billion to 35 billion": the range's end takes the start's currency; an intended rise is a goal ---------

MAY_2010 = date(2010, 5, 18)


@pytest.mark.parametrize("lang,text", [
    # near misses: "до" and a bare figure not right after a money figure
    ("ru", "Товарооборот составил 7 млрд долларов, а население выросло до 35 миллионов."),
    ("uk", "Товарообіг склав 7 млрд доларів, а населення зросло до 35 мільйонів."),
    ("en", "Trade was $7 billion, and the population grew to 35 million."),
])
def test_a_bare_figure_apart_from_a_money_figure_takes_no_currency(lang, text):
    from helpers import article

    from kg.text.document import Document
    from kg.text.numbers import find_quantities

    doc = Document(article(text, lang, MAY_2010))
    assert [q.value for q in find_quantities(doc, 0, len(doc.tokens)) if q.kind == "money"] == [7e9]


FEB_3_2026 = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Товарооборот Чили и Перу за полгода превысил 7 миллиардов долларов. А за весь год – до 15 миллиардов.",
     {7e9, 15e9}),
    ("ru", "Товарооборот Чили и Перу в 2024 году составил 7 млрд долларов, а в этом году – около 9 миллиардов.",
     {7e9, 9e9}),
    ("uk", "Товарообіг Чилі та Перу сягнув 7 мільярдів доларів. Цього року очікуємо 9 мільярдів.", {7e9, 9e9}),
    ("en", "Trade between Chile and Peru is 700 million dollars. It may reach one billion by the end of the year.",
     {7e8, 1e9}),
    # near misses: a noun after the scale word, another currency's code, a number broken by a full stop
    ("ru", "Товарооборот Чили и Перу составил 7 млрд долларов. В мире живут 8 миллиардов человек.", {7e9}),
    # near misses: the bare figure's own clause counts something else
    ("ru", "Товарооборот Чили и Перу составил 7 млрд долларов. Население Перу выросло до 40 миллионов.", {7e9}),
    ("uk", "Товарообіг Чилі та Перу склав 7 млрд доларів. Населення Перу зросло до 40 мільйонів.", {7e9}),
    ("en", "Trade between Chile and Peru was $7 billion. The population of Peru grew to 40 million.", {7e9}),
    ("en", "Trade between Chile and Peru hit USD 7 billion (PEN 26 billion) last year.", {7e9}),
    ("ru", "Экспорт Чили в Перу составил 1 млрд долларов. Основу поставок составляет медь – 3 миллиона. 200 тыс. тонн.",
     {1e9}),
])
def test_a_sum_whose_currency_is_elided_takes_the_currency_told_just_before(lang, text, expected):
    assert values_of_measure(text, lang, FEB_3_2026, "valueUSD") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "He wants trade between Chile and Peru to be worth between $3 billion and $5 billion.", {3e9}),
    ("ru", "Товарооборот Чили и Перу может составить между 3 млрд долларов и 5 млрд долларов.", {3e9}),
    ("uk", "Товарообіг Чилі та Перу може сягнути між 3 млрд доларів і 5 млрд доларів.", {3e9}),
    # near misses: two sums of two clauses
    ("en", "Trade between Chile and Peru was $3 billion in 2020 and $5 billion in 2025.", {3e9, 5e9}),
])
def test_a_range_of_two_whole_sums_is_told_by_its_lower_end(lang, text, expected):
    assert values_of_measure(text, lang, FEB_3_2026, "valueUSD") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Товарооборот России и Китая вырос на 5%. Стороны подписали контракты на сумму 2 млрд долларов.",
     {("trade_turnover", "changePercent", 5.0, "russia", "china")}),
    ("uk", "Товарообіг України та Польщі зріс на 5%. Сторони підписали угоди вартістю 2 млрд доларів.",
     {("trade_turnover", "changePercent", 5.0, "ukraine", "poland")}),
    ("en", "Trade between Turkey and Serbia grew by 5%. The two sides signed deals worth $2 billion.",
     {("trade_turnover", "changePercent", 5.0, "turkey", "serbia")}),
    # near miss: a figure told after the trade word of the sentence before, with no worth of something else
    ("ru", "Товарооборот России и Китая вырос на 5%. В прошлом году он составил 180 млрд долларов.",
     {("trade_turnover", "changePercent", 5.0, "russia", "china"),
      ("trade_turnover", "valueUSD", 180e9, "russia", "china")}),
])
def test_the_worth_of_something_else_borrows_no_trade_word_from_the_sentence_before(lang, text, expected):
    assert trade_figures(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Trade between Turkey and Serbia is 800 million [US] dollars.", 800e6),
    ("ru", "Товарооборот России и Сербии составил 800 млн [американских] долларов.", 800e6),
    ("uk", "Товарообіг України та Польщі склав один мільярд доларів.", 1e9),
    ("ru", "Товарооборот России и Сербии составил один миллиард долларов.", 1e9),
    ("en", "Trade between Turkey and Serbia reached one billion dollars.", 1e9),
])
def test_a_currency_glossed_in_brackets_and_a_number_in_words_are_read(lang, text, value):
    assert [f.value for f in facts(text, lang, FEB_3_2026).trade_facts if f.measure == "valueUSD"] == [value]


def test_a_bracketed_word_before_a_unit_that_is_no_currency_is_no_money():
    found = trade_facts("Trade between Turkey and Serbia is 800 million (about) tons.", "en", FEB_3_2026)
    assert [f for f in found if f.measure == "valueUSD"] == []


# ---- trade figures --------------------------------------------------------------------------------------

JUNE_2_2025 = date(2025, 6, 2)


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Туреччина імпортувала з Росії 21,5 млн тон нафти.", 21_500_000),
    ("uk", "Туреччина імпортувала з Росії 21,5 млн тонн нафти.", 21_500_000),
    ("ru", "Турция импортировала из России 21,5 млн тн нефти.", 21_500_000),
    ("en", "Turkey imported 21.5 million tonnes of oil from Russia.", 21_500_000),
    # near miss: a bare number of barrels is a stock, not a flow
    ("uk", "Туреччина має запас у 21,5 млн барелів нафти.", None),
])
def test_tonnes_are_read_in_every_spelling(lang, text, value):
    tonnes = [round(f.value) for f in trade_facts(text, lang, JUNE_2_2025) if f.measure in ("tonnes", "barrelsPerDay")]
    assert tonnes == ([value] if value else [])


@pytest.mark.parametrize("lang,text", [
    ("uk", "Китай імпортував з Туркменістану 33 млрд кубометрів газу, що на 5% більше, ніж у 2023 році."),
    ("ru", "Китай импортировал из Туркменистана 33 млрд кубометров газа, что на 5% больше, чем в 2023 году."),
    ("en", "China imported 33 bcm of gas from Turkmenistan, 5% more than in 2023."),
])
def test_the_year_compared_with_is_not_the_figures_period(lang, text):
    periods = {f.period.iso() if f.period else None for f in trade_facts(text, lang, JUNE_2_2025)}
    assert "2023" not in periods


@pytest.mark.parametrize("lang,text", [
    ("uk", "Обсяги імпорту нафти з РФ до Китаю сягнули 2,2 млн б/д."),
    ("ru", "Импорт нефти из России в Китай достиг 2,2 млн барр./сут."),
    ("en", "China's crude imports from Russia reached 2.2 million b/d."),
])
def test_barrels_a_day_are_read_in_their_abbreviations(lang, text):
    assert [(f.measure, round(f.value)) for f in trade_facts(text, lang, JUNE_2_2025)] == [("barrelsPerDay", 2_200_000)]


@pytest.mark.parametrize("lang,text,period", [
    ("uk", "У січні-березні 2021 року товарообіг України та Грузії склав 147,9 млн доларів.", "2021-01..2021-03"),
    ("ru", "В январе-марте 2021 года товарооборот России и Грузии составил 147,9 млн долларов.", "2021-01..2021-03"),
    ("en", "In January-March 2021, trade between Ukraine and Georgia reached $147.9 million.", "2021-01..2021-03"),
    # near miss: two months joined by a hyphen in the wrong order name no span
    ("uk", "У березні-січні 2021 року товарообіг України та Грузії склав 147,9 млн доларів.", "2021"),
])
def test_a_span_of_months_in_one_hyphenated_word_is_the_figures_period(lang, text, period):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "valueUSD"]
    assert figure.period is not None and figure.period.iso() == period


@pytest.mark.parametrize("lang,text,expected", [
    # a commodity word capitalised inside a company's name is no commodity; a place and a date opening the
    # story are its dateline, not a party
    ("en", "Cairo, July 19 (Agency) - Abu Dhabi's Adnoc Gas signed a deal with Indian Oil Corp to supply 1.2 "
           "million tonnes of liquefied natural gas (LNG) per year.", ("lng", "united-arab-emirates")),
    ("en", "Qatar's national company will supply 2 million tonnes of LNG a year to Germany.", ("lng", "qatar")),
    # near misses: the goods spelled out before their abbreviation, or opening the sentence, stay goods
    ("en", "Qatar will supply 2 million tonnes of Liquefied Natural Gas (LNG) a year to Germany.", ("lng", "qatar")),
    ("en", "Oil from Russia reached 2 million tonnes in India.", ("crude_oil", "russia")),
])
def test_company_names_and_datelines_are_neither_goods_nor_parties(lang, text, expected):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "tonnes"]
    assert (figure.commodity, figure.supplier) == expected


@pytest.mark.parametrize("lang,text,volumes", [
    ("uk", "Азербайджан постачатиме Туреччині щорічно протягом 15 років по 2,25 млрд кубометрів газу, загалом це "
           "становитиме понад 33 млрд кубометрів.", [2.25]),
    ("ru", "Азербайджан будет поставлять Турции ежегодно 2,25 млрд кубометров газа, в общей сложности более 33 млрд "
           "кубометров за 15 лет.", [2.25]),
    ("en", "Azerbaijan will supply Turkey with 2.25 bcm of gas a year for 15 years, 33 bcm in total.", [2.25]),
    # near miss: a volume with no word of a total is a yearly flow
    ("uk", "Азербайджан поставив Туреччині 9 млрд кубометрів газу.", [9.0]),
])
def test_a_total_over_the_years_of_a_deal_is_no_yearly_flow(lang, text, volumes):
    found = trade_facts(text, lang, JUNE_2_2025)
    assert [round(f.value / 1e9, 2) for f in found if f.measure == "cubicMetresPerYear"] == volumes


# ---- an abbreviated scale ends a sentence before a capitalised word --------------------------------------

@pytest.mark.parametrize("lang,text,count", [
    ("ru", "Товарооборот составил $610 млрд. Экспорт вырос на 30%.", 2),
    ("uk", "Товарообіг склав $610 млрд. Експорт зріс на 30%.", 2),
    ("ru", "Продажи составили 40 тыс. Тонн стало больше.", 2),
    # near misses: a currency abbreviation and a lower-case word go on with the sentence
    ("ru", "Товарооборот составил 610 млрд. USD и вырос.", 1),
    ("uk", "Товарообіг склав 610 млрд. дол. і зріс.", 1),
])
def test_a_capitalised_word_after_an_abbreviated_scale_opens_a_new_sentence(lang, text, count):
    from helpers import article

    from kg.text.document import Document

    assert len(Document(article(text, lang)).sentences) == count


# ---- cubic metres of one contract, one cargo or part of a year are no yearly flow ------------------------

@pytest.mark.parametrize("lang,text,volumes", [
    ("uk", "Нафтогаз і ORLEN уклали угоду про постачання в Україну 200 млн кубометрів американського LNG.", []),
    ("ru", "Туркменистан подписал соглашение на 40 млрд кубометров газа с Турцией.", []),
    ("en", "Turkmenistan signed a deal for 40 billion cubic metres of gas with Turkey.", []),
    ("uk", "Україна купила ще 100 млн кубометрів газу з партії американського LNG.", []),
    ("en", "Ukraine bought another 100 million cubic metres of gas from a cargo of American LNG.", []),
    ("ru", "Туркмения поставит в Турцию 2 млрд кубометров газа в первом квартале.", []),
    ("uk", "Загальний обсяг постачань газу з Туркменістану в Туреччину сягне 3 млрд кубометрів.", []),
    # near misses: a yearly rate keeps a contract's volume a yearly flow
    ("ru", "Туркмения подписала соглашение и будет поставлять в Турцию 2 млрд кубометров газа ежегодно.", [2e9]),
    ("uk", "Туркменістан уклав угоду і постачатиме Туреччині 2 млрд кубометрів газу на рік.", [2e9]),
    ("en", "Turkmenistan signed a deal to supply Turkey with 2 billion cubic metres of gas a year.", [2e9]),
])
def test_cubic_metres_of_one_contract_cargo_or_quarter_are_no_yearly_flow(lang, text, volumes):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "cubicMetresPerYear")] == volumes


@pytest.mark.parametrize("lang,text,values", [
    ("en", "The LNG deal with India is worth between $7 and $9 billion.", [7e9]),
    ("en", "The LNG deal with India is worth between 7 and 9 billion dollars.", [7e9]),
    ("ru", "Сделка с Индией на поставку СПГ стоит между 7 и 9 млрд долларов.", [7e9]),
    ("uk", "Угода з Індією про постачання LNG коштує між 7 і 9 млрд доларів.", [7e9]),
    # near misses: one amount; a span of years is no span of amounts
    ("en", "The LNG deal with India is worth $9 billion.", [9e9]),
    ("en", "Between 2020 and 2024, India bought $9 billion of LNG.", [9e9]),
])
def test_a_span_of_amounts_is_told_by_its_lower_end(lang, text, values):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "valueUSD")] == values


# ---- relative months and the day before yesterday ---------------------------------------------------------

_WEDNESDAY = date(2025, 6, 4)


@pytest.mark.parametrize("lang,text,when", [
    ("en", "The ministers met last month.", (2025, 5, None)),
    ("ru", "Министры встретились в прошлом месяце.", (2025, 5, None)),
    ("uk", "Міністри зустрілися минулого місяця.", (2025, 5, None)),
    ("en", "The ministers met earlier this month.", (2025, 6, None)),
    ("ru", "Министры встретились в этом месяце.", (2025, 6, None)),
    ("uk", "Міністри зустрілися цього місяця.", (2025, 6, None)),
    ("en", "The ministers will meet next month.", (2025, 7, None)),
    ("en", "The ministers met the day before yesterday.", (2025, 6, 2)),
    ("ru", "Министры встретились позавчера.", (2025, 6, 2)),
    # near misses: yesterday is one day back; a count of months is no month
    ("en", "The ministers met yesterday.", (2025, 6, 3)),
    ("ru", "За 11 месяцев министры встречались дважды.", None),
])
def test_a_relative_month_or_day_is_counted_from_the_articles_date(lang, text, when):
    from helpers import article

    from kg.text.dates import find_times
    from kg.text.document import Document

    doc = Document(article(text, lang, published=_WEDNESDAY))
    found = [t.when for t in find_times(doc, 0, len(doc.tokens), _WEDNESDAY)]
    assert [(w.year, w.month, w.day) for w in found][:1] == ([when] if when else [])


def _volumes(text: str, lang: str) -> set[float]:
    return {round(f.value) for f in facts(text, lang, FEB_3_2026).trade_facts if f.measure == "tonnes"}


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
    # a range of two whole figures is one figure, told by its lower end
    ("en", "Trade between Chile and Peru reached $8 billion - $9 billion in 2025.", {("valueUSD", 8e9, "reported")}),
    ("ru", "Товарооборот Чили и Перу в 2025 году составил $8 млрд – $9 млрд.", {("valueUSD", 8e9, "reported")}),
    ("uk", "Товарообіг Чилі та Перу у 2025 році склав $8 млрд – $9 млрд.", {("valueUSD", 8e9, "reported")}),
    # near miss: two figures joined by a word are two figures
    ("en", "Trade between Chile and Peru reached $8 billion in 2024 and $9 billion in 2025.",
     {("valueUSD", 8e9, "reported"), ("valueUSD", 9e9, "reported")}),
])
def test_a_range_of_two_whole_figures_is_one_figure(lang, text, expected):
    assert measures_values_and_statuses(text, lang, FEB_3_2026) == expected


def _goods(text: str, lang: str) -> set[tuple[str, float]]:
    return {(f.commodity, round(f.value)) for f in facts(text, lang, FEB_3_2026).trade_facts if f.measure == "tonnes"}


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
    ("en", "Trade between Chile and Peru reached $9 billion. Chile will build a US$4 billion plant in Peru.", {9e9}),
    ("en", "Trade between Chile and Peru reached $9 billion. About $5 billion in agreements were signed.", {9e9}),
    ("en", "Trade between Chile and Peru reached $9 billion. They also signed $5 billion trade agreements.", {9e9}),
    ("en", "Chile sells copper to Peru under a US$20 billion, 25-year contract.", set()),
    ("en", "Trade between Chile and Peru reached $9 billion. The cost of the port is an estimated USD 2 billion.",
     {9e9}),
    ("en", "Trade between Chile and Peru reached $9 billion. They signed 12 deals worth 30 billion soles "
           "($8 billion).", {9e9}),
    ("ru", "Товарооборот Чили и Перу достиг 9 млрд долларов. Подписаны соглашения на сумму 5 млрд долларов.", {9e9}),
    ("uk", "Товарообіг Чилі та Перу сягнув 9 млрд доларів. Підписано угоди вартістю 5 млрд доларів.", {9e9}),
    # near misses: goods sold, and a year after "in"
    ("en", "Chile exported $1.5 billion worth of wheat to Peru.", {1.5e9}),
    ("en", "Trade between Chile and Peru reached $9 billion in 2025 despite the deal.", {9e9}),
])
def test_the_size_of_a_deal_a_project_or_a_cost_is_no_trade_figure(lang, text, expected):
    assert values_of_measure(text, lang, FEB_3_2026, "valueUSD") == expected
