"""Trade figures: changes in percent (in words, multiples, fractions, signs), shares and stakes that are no change,
and goals, targets, forecasts and intended levels that are no trade done."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, measures_values_and_statuses, trade_facts, trade_figures, values_and_sides, values_of_measure

# ---- "from $7 billion to 35 billion": the range's end takes the start's currency; an intended rise is a goal ---------

MAY_2010 = date(2010, 5, 18)


def _figures(text: str, lang: str) -> dict[float, str]:
    return {f.value: f.status for f in facts(text, lang, MAY_2010).trade_facts}


@pytest.mark.parametrize("lang,text,goal", [
    ("ru", "Президенты Украины и России заявили, что намерены увеличить товарооборот между двумя странами с "
           "нынешних 7 млрд долларов до 35 миллиардов.", "target"),
    ("uk", "Президенти України та Росії заявили, що мають намір збільшити товарообіг між двома країнами з нинішніх "
           "7 млрд доларів до 35 мільярдів.", "target"),
    ("en", "The presidents of Ukraine and Russia said they intend to raise trade between the two countries from the "
           "current $7 billion to 35 billion.", "plan"),
])
def test_an_intended_rise_from_a_level_to_a_bare_figure_is_a_goal_and_the_level_now(lang, text, goal):
    assert _figures(text, lang) == {7e9: "reported", 35e9: goal}


@pytest.mark.parametrize("lang,text", [
    # near misses: a rise that happened
    ("ru", "Товарооборот между Украиной и Россией вырос с 7 млрд долларов до 35 миллиардов."),
    ("uk", "Товарообіг між Україною та Росією зріс з 7 млрд доларів до 35 мільярдів."),
    ("en", "Trade between Ukraine and Russia grew from $7 billion to 35 billion."),
])
def test_a_rise_that_happened_is_reported(lang, text):
    assert _figures(text, lang)[35e9] == "reported"


# ---- the turnover inside a trading union is the union's, not the speaker's state's ---------------------------------

OCTOBER_2011 = date(2011, 10, 19)


# ---- "by $1.1 bn more than in 2017" is a gap between two levels, not a level ---------------------------------------

def _turnover_values(text: str, lang: str) -> set[float]:
    return {f.value for f in facts(text, lang, OCTOBER_2011).trade_facts if f.measure == "valueUSD"}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Торгівля України з Польщею сягнула $9,5 млрд, що більше як на $1,4 млрд, ніж у 2010 році."),
    ("ru", "Товарооборот Украины и Польши достиг $9,5 млрд, что на $1,4 млрд больше, чем в 2010 году."),
    ("en", "Trade between Ukraine and Poland reached $9.5 billion, by $1.4 billion more than in 2010."),
])
def test_a_sum_by_which_one_level_exceeds_another_is_no_figure(lang, text):
    assert _turnover_values(text, lang) == {9.5e9}


@pytest.mark.parametrize("lang,text", [
    # near misses: a level compared with a year, no "by" before it
    ("uk", "Торгівля України з Польщею сягнула $9,5 млрд, більше, ніж у 2010 році."),
    ("ru", "Товарооборот Украины и Польши достиг $9,5 млрд, больше, чем в 2010 году."),
    ("en", "Trade between Ukraine and Poland reached $9.5 billion, more than in 2010."),
])
def test_a_level_compared_with_another_year_stays(lang, text):
    assert _turnover_values(text, lang) == {9.5e9}


REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Товарооборот Чили и Перу в прошлом году вырос на сорок процентов.", {40.0}),
    ("ru", "Товарооборот Чили и Перу сократился на двадцать пять процентов.", {-25.0}),
    ("uk", "Товарообіг Чилі та Перу торік зріс на тридцять відсотків.", {30.0}),
    ("en", "Trade between Chile and Peru rose by forty percent last year.", {40.0}),
    # a number and its per-cent word joined by a hyphen: one word
    ("en", "Customs reported a 45-percent increase in trade between Chile and Peru.", {45.0}),
    ("en", "A 45-member delegation discussed trade between Chile and Peru.", set()),
    # near misses: a number in words before anything else tells no figure
    ("ru", "Товарооборот Чили и Перу обсуждали сорок экспертов.", set()),
    ("uk", "Товарообіг Чилі та Перу обговорювали тридцять експертів.", set()),
    ("en", "Forty experts discussed trade between Chile and Peru.", set()),
])
def test_a_change_in_number_words_before_a_per_cent_word_is_a_percentage(lang, text, expected):
    assert values_of_measure(text, lang, REF, "changePercent") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "С 2019 года товарооборот Чили и Перу вырос в четыре раза.", {300.0}),
    ("uk", "Товарообіг Чилі та Перу з 2019 року зріс у шість разів.", {500.0}),
    ("en", "Trade between Chile and Peru grew four times since 2019.", {300.0}),
    ("en", "Trade between Chile and Peru has grown fivefold since 2019.", {400.0}),
    ("ru", "Товарооборот Чили и Перу с 2019 года увеличился впятеро.", {400.0}),
    # near misses: a count of meetings, a hedge, a comparison
    ("ru", "Президенты Чили и Перу встречались четыре раза, обсуждая товарооборот.", set()),
    ("uk", "Товарообіг Чилі та Перу зріс майже у шість разів.", set()),
    ("en", "The presidents of Chile and Peru met four times to discuss trade.", set()),
])
def test_a_multiple_written_in_words_is_a_change_in_percent(lang, text, expected):
    assert values_of_measure(text, lang, REF, "changePercent") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trade between Chile and Peru jumped by more than a third in 2025.", {33.3}),
    ("en", "Trade between Chile and Peru fell by a quarter in 2025.", {-25.0}),
    ("ru", "Товарооборот Чили и Перу в 2025 году вырос более чем на треть.", {33.3}),
    ("ru", "Товарооборот Чили и Перу сократился на четверть.", {-25.0}),
    ("uk", "Товарообіг Чилі та Перу у 2025 році зріс на третину.", {33.3}),
    ("uk", "Товарообіг Чилі та Перу скоротився на чверть.", {-25.0}),
    # near misses: a hedge; a part of a whole; a fraction with no change before it
    ("en", "Trade between Chile and Peru grew by nearly a third in 2025.", set()),
    ("ru", "Товарооборот Чили и Перу вырос почти на треть.", set()),
    ("uk", "Товарообіг Чилі та Перу зріс на третину експорту міді.", set()),
    ("en", "A third of the trade between Chile and Peru is copper.", set()),
    ("ru", "Треть товарооборота Чили и Перу приходится на медь.", set()),
])
def test_a_change_told_as_a_fraction_of_the_old_level_is_a_percentage(lang, text, expected):
    assert values_of_measure(text, lang, REF, "changePercent") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a change of a trade no state is named for is no figure
    ("en", "The leaders will assess progress made to reduce the region's food import bill by 25 percent by 2025.",
     set()),
    ("ru", "Лидеры оценят, удалось ли сократить расходы региона на импорт продовольствия на 25% к 2025 году.", set()),
    ("uk", "Лідери оцінять, чи вдалося скоротити витрати регіону на імпорт продовольства на 25% до 2025 року.", set()),
    # near misses: the same change of a state's trade is one
    ("en", "India will reduce its food imports from Russia by 25 percent.",
     {("agri", "changePercent", -25.0, "russia", "india")}),
    ("uk", "Україна збільшила експорт продовольства до Китаю на 25%.",
     {("agri", "changePercent", 25.0, "ukraine", "china")}),
])
def test_a_change_with_no_side_named_is_no_figure(lang, text, expected):
    found = trade_figures(text, lang, REF, turnover_has_no_direction=True)
    assert {f for f in found if f[1] == "changePercent"} == expected


@pytest.mark.parametrize("lang,text,expected", [
    # doubling (tripling) a trade is a rise of 100 % (200 %)
    ("uk", "Україна та Азербайджан поставили за ціль збільшити обсяги спільної торгівлі до 2024 року вдвічі.",
     {("trade_turnover", "changePercent", 100.0, "azerbaijan", "ukraine")}),
    ("ru", "Россия и ОАЭ хотят, чтобы товарооборот между ними удвоился за пять лет.",
     {("trade_turnover", "changePercent", 100.0, "russia", "united-arab-emirates")}),
    ("en", "Trade between China and Russia doubled in 2024.",
     {("trade_turnover", "changePercent", 100.0, "china", "russia")}),
    ("uk", "Товарообіг між Україною та Польщею зріс втричі.",
     {("trade_turnover", "changePercent", 200.0, "poland", "ukraine")}),
    # near misses: twice less is no rise; "double" of something else, or a capacity, is none
    ("ru", "Товарооборот между Россией и ОАЭ вдвое меньше прошлогоднего.", set()),
    ("en", "The pipeline would double Russia's gas export capacity to China.", set()),
    ("en", "Russia and China signed an agreement on the avoidance of double taxation.", set()),
])
def test_a_trade_doubled_is_a_rise_of_a_hundred_percent(lang, text, expected):
    found = trade_figures(text, lang, REF, turnover_has_no_direction=True)
    assert {f for f in found if f[1] == "changePercent"} == expected


@pytest.mark.parametrize("lang,text", [
    # "almost doubled" tells no figure
    ("ru", "Товарооборот между Россией и Турцией в 2022 году вырос почти вдвое и достиг 62 млрд долларов."),
    ("uk", "Імпорт LNG зі США наступного року може майже подвоїтися."),
    ("en", "Trade between China and Russia nearly doubled in 2024."),
])
def test_a_trade_almost_doubled_tells_no_change(lang, text):
    assert not {f for f in trade_figures(text, lang, REF, turnover_has_no_direction=True) if f[1] == "changePercent"}


# ---- trade figures --------------------------------------------------------------------------------------

JUNE_2_2025 = date(2025, 6, 2)


@pytest.mark.parametrize("lang,text,changes", [
    ("uk", "Частка РФ у загальному імпорті нафти Індії не перевищувала 2%.", []),
    ("ru", "Доля России в импорте нефти Индии не превышала 2%.", []),
    ("en", "Russia's share of India's oil imports is at 34%.", []),
    ("en", "India imports oil from Russia. It was at 1% before the war.", []),
    ("uk", "У 2021 році Індія імпортувала 4,5 млн тонн нафти з Росії (2,1%).", []),
    ("ru", "В 2021 году Индия импортировала 4,5 млн тонн нефти из России (2,1%).", []),
    # near misses: changes stay changes
    ("uk", "Імпорт нафти з Росії до Індії зріс на 12%.", [12.0]),
    ("ru", "Импорт нефти из России в Индию вырос на 12%.", [12.0]),
    ("en", "India's oil imports from Russia rose 12%.", [12.0]),
    ("uk", "Імпорт нафти з Росії до Індії зріс на 4,5 млн тонн (12%).", [12.0]),
    ("en", "India's oil imports from Russia rose by 4.5 million tonnes (12%).", [12.0]),
])
def test_a_share_or_a_level_in_percent_is_no_change(lang, text, changes):
    assert [f.value for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "changePercent"] == changes


@pytest.mark.parametrize("lang,text,levels", [
    ("uk", "Імпорт нафти з Росії до Індії зріс з $2,3 млрд у 2021 році до $52,7 млрд у 2024 році.",
     {2.3: "2021", 52.7: "2024"}),
    ("ru", "Импорт нефти из России в Индию вырос с 2,3 млрд долларов в 2021 году до 52,7 млрд долларов в 2024 году.",
     {2.3: "2021", 52.7: "2024"}),
    ("en", "India's oil imports from Russia rose from $2.3 billion in 2021 to $52.7 billion in 2024.",
     {2.3: "2021", 52.7: "2024"}),
    # near misses: a start without its own year is only the old level of the change
    ("uk", "Імпорт нафти з Росії до Індії зріс з $2,3 млрд до $52,7 млрд у 2024 році.", {52.7: "2024"}),
    ("en", "India's oil imports from Russia rose from $2.3 billion to $52.7 billion in 2024.", {52.7: "2024"}),
])
def test_each_level_of_a_range_told_with_its_own_year_is_a_figure_of_that_year(lang, text, levels):
    found = {round(f.value / 1e9, 1): f.period.iso() if f.period else None
             for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "valueUSD"}
    assert found == levels


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkey and Turkmenistan aim to reach trade of $5 billion. \"We will increase our trade to $5 billion,\" "
           "Erdogan said."),
    ("uk", "Україна планує імпортувати 1 млрд кубометрів LNG зі США у 2026 році. \"На 2026 рік очікуємо імпорт "
           "LNG зі США на рівні 1 млрд кубометрів\", — сказав він."),
])
def test_a_goal_told_twice_for_one_period_is_one_figure(lang, text):
    amounts = [f.value for f in trade_facts(text, lang, JUNE_2_2025) if f.measure in ("valueUSD", "cubicMetresPerYear")]
    assert len(amounts) == 1, amounts


@pytest.mark.parametrize("lang,text,changes", [
    ("uk", "Словаччина отримує близько 60% нафти з Росії.", []),
    ("ru", "Словакия получает около 60% нефти из России.", []),
    ("en", "Slovakia gets about 60% of its oil from Russia.", []),
    ("uk", "Японія закупила 65 млн т зрідженого газу, з них 9% — у Катару.", []),
    ("ru", "Япония закупила 65 млн т сжиженного газа, из них 9% — у Катара.", []),
    ("en", "Japan bought 65 million tonnes of LNG, of which 9% came from Qatar.", []),
    # near miss: a change by a percentage of the goods stays a change
    ("uk", "Словаччина скоротила на 60% імпорт нафти з Росії.", [-60.0]),
])
def test_a_percentage_of_the_goods_is_a_share_not_a_change(lang, text, changes):
    assert [f.value for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "changePercent"] == changes


# a sentence that names the goods (trade) before the sentence tested, which names only exports
_OPENS = {"uk": "Товарообіг Туреччини та Ірану зріс. ", "ru": "Товарооборот Турции и Ирана вырос. ",
          "en": "Trade between Turkey and Iran grew. "}


# ---- a clause with its verb left out keeps the sign of the one before -----------------------------------

@pytest.mark.parametrize("lang,text,changes", [
    ("uk", "Торгівля Китаю з Канадою впала на 10%: експорт скоротився на 8%, а імпорт — майже на 14%.",
     [-14.0, -10.0, -8.0]),
    ("ru", "Торговля Китая с Канадой упала на 10%: экспорт сократился на 8%, а импорт — почти на 14%.",
     [-14.0, -10.0, -8.0]),
    ("en", "China's trade with Canada fell 10%: exports dropped 8% and imports 14%.", [-14.0, -10.0, -8.0]),
    # near miss: a clause with its own verb keeps its own sign
    ("uk", "Торгівля Китаю з Канадою впала на 10%: експорт скоротився на 8%, а імпорт зріс на 14%.",
     [-10.0, -8.0, 14.0]),
])
def test_a_clause_without_its_own_verb_keeps_the_sign_of_the_figure_before(lang, text, changes):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "changePercent")] == changes


# ---- a change against an older year is no yearly change ---------------------------------------------------

@pytest.mark.parametrize("lang,text,changes", [
    ("uk", _OPENS["uk"] + "Експорт Туреччини до Ірану у 2024 році сягнув 7 млрд доларів, зрісши на 12% "
           "порівняно з попереднім роком і на 40% порівняно з 2021-м.", [12.0]),
    ("ru", _OPENS["ru"] + "Экспорт Турции в Иран в 2024 году достиг 7 млрд долларов, увеличившись на 12% "
           "по сравнению с прошлым годом и на 40% по сравнению с 2021 годом.", [12.0]),
    ("en", _OPENS["en"] + "Turkey's exports to Iran reached $7 billion in 2024, up 12% from the year before "
           "and up 40% compared with 2021.", [12.0]),
    # near miss: the year before the figure's own is a yearly change
    ("en", _OPENS["en"] + "Turkey's exports to Iran reached $7 billion in 2024, up 12% compared with 2023.", [12.0]),
])
def test_a_change_against_a_year_long_before_is_not_the_figures_change(lang, text, changes):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "changePercent")] == changes


# ---- a stake is no change; a span of amounts is its lower end ---------------------------------------------

@pytest.mark.parametrize("lang,text,changes", [
    ("en", "QatarEnergy sold a 5% stake in its LNG project to China, which buys 4 million tonnes a year.", []),
    ("en", "CNPC took a 5% interest in the LNG project.", []),
    ("ru", "CNPC получила 5% акций проекта по производству СПГ.", []),
    ("uk", "CNPC отримала 5% акцій проєкту з виробництва LNG.", []),
    # near miss: a rise of the goods is a change
    ("en", "China's LNG imports from Qatar rose 5% last year.", [5.0]),
])
def test_a_stake_in_percent_is_no_change(lang, text, changes):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "changePercent")] == changes


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
    assert measures_values_and_statuses(text, lang, REF) == expected


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
    assert measures_values_and_statuses(text, lang, REF) == expected


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
    assert measures_values_and_statuses(text, lang, REF) == expected
