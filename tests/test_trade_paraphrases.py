"""Trade and commodity figures told in the many ways outlets tell them, in Russian, Ukrainian and English: turnover
between two states, exports and imports of oil, gas, LNG and grain, changes in percent, ranks, money in any scale
and currency word, periods of a year, and targets against trade done; with the near misses that tell no figure
(a denial, a yes-or-no question, a bound, another topic). The sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _figures(lang: str, text: str) -> set[tuple[str, str, float, str | None, str | None, str]]:
    return {(f.commodity, f.measure, round(f.value, 1), f.supplier, f.buyer, f.status)
            for f in facts(text, lang, REF).trade_facts}


TURNOVER = 245e9
TURNOVER_WORDINGS = [
    # noun subject, many verbs
    ("en", "Trade turnover between Russia and China reached $245 billion in 2025."),
    ("en", "Trade between Russia and China totalled $245 billion in 2025."),
    ("en", "Trade between Russia and China amounted to $245 billion in 2025."),
    ("en", "Trade between Russia and China hit a record $245 billion in 2025."),
    ("en", "Trade between Russia and China was worth $245 billion in 2025."),
    ("en", "Trade between Russia and China came to $245 billion in 2025."),
    # passive
    ("en", "Trade between Russia and China was estimated at $245 billion in 2025."),
    # the two states as capitals, as a possessive, as a hyphenated pair of names or of adjectives
    ("en", "Trade between Moscow and Beijing reached $245 billion in 2025."),
    ("en", "Russia's trade with China reached $245 billion in 2025."),
    ("en", "Russian-Chinese trade reached $245 billion in 2025."),
    ("en", "Chinese-Russian trade reached $245 billion in 2025."),
    # the fact inside a subordinate clause
    ("en", "Putin said that trade between Russia and China had reached $245 billion in 2025."),
    ("ru", "Товарооборот России и Китая в 2025 году составил 245 млрд долларов."),
    ("ru", "Товарооборот между Россией и Китаем достиг 245 млрд долларов в 2025 году."),
    ("ru", "Российско-китайский товарооборот в 2025 году составил 245 млрд долларов."),
    ("ru", "Товарооборот между Москвой и Пекином превысил 245 млрд долларов."),
    ("ru", "Объем торговли между Россией и Китаем вырос до 245 млрд долларов."),
    ("ru", "Товарооборот России и Китая в 2025 году оценивается в 245 млрд долларов."),
    ("ru", "Путин заявил, что товарооборот России и Китая в 2025 году составил 245 млрд долларов."),
    ("ru", "Как отметил Путин, товарооборот между Россией и Китаем достиг 245 млрд долларов."),
    ("uk", "Товарообіг Росії та Китаю у 2025 році склав 245 млрд доларів."),
    ("uk", "Товарообіг між Росією і Китаєм становив 245 млрд доларів."),
    ("uk", "Російсько-китайський товарообіг у 2025 році становив 245 млрд доларів."),
    ("uk", "Обсяг торгівлі між Росією та Китаєм зріс до 245 млрд доларів."),
    ("uk", "Зеленський заявив, що товарообіг між Росією та Китаєм склав 245 млрд доларів."),
]


@pytest.mark.parametrize("lang,text", TURNOVER_WORDINGS)
def test_turnover_between_two_states_is_read_in_every_wording(lang, text):
    found = {(c, m, v, frozenset((a, b)), st) for c, m, v, a, b, st in _figures(lang, text)}
    assert found == {("trade_turnover", "valueUSD", TURNOVER, frozenset(("russia", "china")), "reported")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Trade between Russia and China reached 245 billion dollars in 2025."),
    ("en", "Trade between Russia and China reached 245 billion US dollars in 2025."),
    ("en", "Trade between Russia and China reached 245 billion American dollars in 2025."),
    ("en", "Trade between Russia and China reached USD 245 billion in 2025."),
    ("en", "Trade between Russia and China reached US$245 billion in 2025."),
    ("en", "Trade between Russia and China reached $245bn in 2025."),
    ("en", "Trade between Russia and China reached $245 bln in 2025."),
    ("ru", "Товарооборот России и Китая в 2025 году составил 245 млрд долл."),
    ("ru", "Товарооборот России и Китая в 2025 году составил $245 млрд."),
    ("ru", "Товарооборот России и Китая в 2025 году составил 245 миллиардов долларов США."),
    ("ru", "Товарооборот России и Китая в 2025 году составил 245 млрд американских долларов."),
    ("uk", "Товарообіг Росії та Китаю у 2025 році склав 245 млрд дол."),
    ("uk", "Товарообіг Росії та Китаю у 2025 році сягнув 245 мільярдів доларів США."),
    ("uk", "Товарообіг Росії та Китаю у 2025 році склав 245 млрд американських доларів."),
])
def test_dollars_are_read_in_any_scale_and_currency_word(lang, text):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "valueUSD"} == {TURNOVER}


@pytest.mark.parametrize("lang,text", [
    # another currency glossed in dollars: the dollars are the figure, not the other currency's number
    ("en", "Trade between Malaysia and Brunei reached RM13.2 billion (US$3 billion) in 2022."),
])
def test_a_country_word_before_a_dollar_sign_does_not_turn_another_currency_into_dollars(lang, text):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "valueUSD"} == {3e9}


@pytest.mark.parametrize("lang,text,period", [
    ("en", "Trade between Russia and China reached $180 billion in the first nine months of 2025.", "2025-01..2025-09"),
    ("en", "In January-September, trade between Russia and China reached $180 billion.", "2025-01..2025-09"),
    ("en", "Trade between Russia and China reached $120 billion in the first half of 2025.", "2025-01..2025-06"),
    ("ru", "Товарооборот России и Китая за первые девять месяцев 2025 года составил 180 млрд долларов.",
     "2025-01..2025-09"),
    ("ru", "Товарооборот России и Китая за 9 месяцев 2025 года составил 180 млрд долларов.", "2025-01..2025-09"),
    ("ru", "Товарооборот России и Китая за январь-сентябрь составил 180 млрд долларов.", "2025-01..2025-09"),
    ("uk", "Товарообіг України та Польщі за перші дев'ять місяців 2025 року склав 9 млрд доларів.",
     "2025-01..2025-09"),
    ("uk", "Товарообіг України та Польщі за одинадцять місяців 2025 року склав 9 млрд доларів.", "2025-01..2025-11"),
    ("en", "Trade between Russia and China reached $10 billion in the first two months of this year.",
     "2026-01..2026-02"),
    ("ru", "Товарооборот России и Китая за 2 месяца этого года составил 10 млрд долларов.", "2026-01..2026-02"),
])
def test_the_first_months_of_a_year_are_the_figures_period(lang, text, period):
    assert {f.period.iso() for f in facts(text, lang, REF).trade_facts if f.period} == {period}


@pytest.mark.parametrize("lang,text,change", [
    ("en", "Trade between Russia and China grew by 26% in 2025.", 26.0),
    ("en", "Trade between Russia and China increased 26 percent in 2025.", 26.0),
    ("en", "Trade between Russia and China fell by 9 per cent in 2025.", -9.0),
    ("en", "Trade between Russia and China declined 9% year on year.", -9.0),
    ("ru", "Товарооборот России и Китая в 2025 году увеличился на 26 процентов.", 26.0),
    ("ru", "Товарооборот России и Китая в 2025 году снизился на 9 процентов.", -9.0),
    ("ru", "Рост товарооборота России и Китая в 2025 году составил 26%.", 26.0),
    ("uk", "Товарообіг України та Польщі у 2025 році збільшився на 26 відсотків.", 26.0),
    ("uk", "Товарообіг України та Польщі у 2025 році скоротився на 9%.", -9.0),
])
def test_a_change_in_percent_keeps_its_sign(lang, text, change):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "changePercent"} == {change}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "China is Russia's largest trading partner.", ("trade_turnover", "china", "russia")),
    ("en", "China has been Russia's top trade partner for years.", ("trade_turnover", "china", "russia")),
    ("en", "Russia remained China's top crude supplier in 2025.", ("crude_oil", "russia", "china")),
    ("en", "China is the largest buyer of Russian oil.", ("crude_oil", "russia", "china")),
    ("ru", "Китай остается крупнейшим торговым партнером России.", ("trade_turnover", "china", "russia")),
    ("ru", "Китай - главный торговый партнер России.", ("trade_turnover", "china", "russia")),
    ("ru", "Россия заняла первое место среди поставщиков нефти в Китай.", ("crude_oil", "russia", "china")),
    ("uk", "Польща залишається головним торговельним партнером України.", ("trade_turnover", "poland", "ukraine")),
    ("uk", "Китай став найбільшим торговим партнером України.", ("trade_turnover", "china", "ukraine")),
])
def test_a_first_place_names_its_holder_and_the_other_side(lang, text, expected):
    assert {(c, a, b) for c, m, v, a, b, _ in _figures(lang, text) if m == "rank" and v == 1} == {expected}


OIL = ("crude_oil", "tonnes", 108e6, "russia", "china", "reported")


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia exported 108 million tonnes of oil to China in 2025."),
    ("en", "China imported 108 million tonnes of oil from Russia in 2025."),
    ("en", "China purchased 108 million tonnes of Russian crude in 2025."),
    ("en", "Chinese imports of Russian oil rose to 108 million tonnes in 2025."),
    ("en", "In 2025, 108 million tonnes of Russian oil were delivered to China."),
    ("ru", "В 2025 году Россия экспортировала в Китай 108 млн тонн нефти."),
    ("ru", "Китай закупил у России 108 млн тонн нефти в 2025 году."),
    ("ru", "Поставки российской нефти в Китай в 2025 году составили 108 млн тонн."),
    ("ru", "В 2025 году в Китай было поставлено 108 млн тонн российской нефти."),
    ("uk", "Китай імпортував з Росії 108 млн тонн нафти у 2025 році."),
    ("uk", "Імпорт російської нафти до Китаю у 2025 році склав 108 млн тонн."),
])
def test_oil_sold_and_bought_is_read_from_either_side(lang, text):
    assert _figures(lang, text) == {OIL}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia's gas exports to China grew to 38 bcm in 2025.",
     ("natural_gas_pipeline", "cubicMetresPerYear", 38e9, "russia", "china", "reported")),
    ("en", "Russia supplied 8 million tonnes of LNG to China in 2025.",
     ("lng", "tonnes", 8e6, "russia", "china", "reported")),
    ("en", "Russian oil exports to China reached 2.1 million bpd in March.",
     ("crude_oil", "barrelsPerDay", 2.1e6, "russia", "china", "reported")),
    ("en", "Russia shipped 5 million tonnes of wheat to Egypt in 2025.",
     ("agri_wheat", "tonnes", 5e6, "russia", "egypt", "reported")),
    ("ru", "Поставки российского газа в Китай составили 38,8 млрд куб. м.",
     ("natural_gas_pipeline", "cubicMetresPerYear", 38.8e9, "russia", "china", "reported")),
    ("ru", "Экспорт российского СПГ в Китай составил 8 млн тонн.",
     ("lng", "tonnes", 8e6, "russia", "china", "reported")),
    ("ru", "Экспорт зерна из России в Египет составил 5 млн тонн.",
     ("agri_wheat", "tonnes", 5e6, "russia", "egypt", "reported")),
    ("uk", "Постачання російського газу до Китаю становили 38,8 млрд куб. м.",
     ("natural_gas_pipeline", "cubicMetresPerYear", 38.8e9, "russia", "china", "reported")),
    ("uk", "Україна поставила до Єгипту 5 млн тонн пшениці.",
     ("agri_wheat", "tonnes", 5e6, "ukraine", "egypt", "reported")),
])
def test_gas_lng_and_grain_keep_their_measure_and_sides(lang, text, expected):
    assert _figures(lang, text) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia exported 108 million tonnes of oil to China and 38 billion cubic metres of gas in 2025.",
     {("crude_oil", "tonnes"), ("natural_gas_pipeline", "cubicMetresPerYear")}),
    ("en", "Trade between Russia and China reached $245 billion in 2025, up 26% from a year earlier.",
     {("trade_turnover", "valueUSD"), ("trade_turnover", "changePercent")}),
    ("ru", "Товарооборот России и Китая в 2025 году вырос на 26% и составил 245 млрд долларов.",
     {("trade_turnover", "valueUSD"), ("trade_turnover", "changePercent")}),
    ("uk", "Росія поставила до Китаю 108 млн тонн нафти та 38 млрд кубометрів газу.",
     {("crude_oil", "tonnes"), ("natural_gas_pipeline", "cubicMetresPerYear")}),
])
def test_two_figures_in_one_sentence_are_two_facts(lang, text, expected):
    assert {(c, m) for c, m, *_ in _figures(lang, text)} == expected


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Moscow and Beijing want bilateral trade to hit $300 billion by 2030.", "target"),
    ("en", "Trade between Russia and China is projected to reach $300 billion next year.", "forecast"),
    ("ru", "Целью является увеличение товарооборота России и Китая до 300 млрд долларов к 2030 году.", "target"),
    ("ru", "Ожидается, что товарооборот России и Китая превысит 300 млрд долларов.", "forecast"),
    ("uk", "Україна та Польща планують довести товарообіг до 20 млрд доларів до 2030 року.", "target"),
    ("uk", "Товарообіг України та Польщі може досягти 20 млрд доларів.", "forecast"),
])
def test_a_target_or_forecast_is_not_trade_done(lang, text, status):
    assert {st for *_, st in _figures(lang, text)} == {status}


@pytest.mark.parametrize("lang,text", [
    # a denial
    ("en", "Trade between Russia and China did not reach $300 billion in 2025."),
    ("en", "Russia has not exported 108 million tonnes of oil to China."),
    ("en", "Russia denied that it had exported 108 million tonnes of oil to China."),
    ("ru", "Товарооборот России и Китая не достиг 300 млрд долларов."),
    ("ru", "Минэнерго опровергло, что Россия поставила в Китай 108 млн тонн нефти."),
    ("uk", "Товарообіг України та Польщі не досяг 20 млрд доларів."),
    ("uk", "Росія не постачала до Китаю 108 млн тонн нафти."),
    # a yes-or-no question
    ("en", "Will trade between Russia and China reach $300 billion?"),
    ("en", "Can trade between Russia and China reach $300 billion by 2030?"),
    ("ru", "Достигнет ли товарооборот России и Китая 300 млрд долларов?"),
    ("uk", "Чи досягне товарообіг України та Польщі 20 млрд доларів?"),
    # another topic
    ("en", "Russia and China spent $245 billion on defence in 2025."),
    ("en", "China's GDP grew 5% in 2025."),
    ("ru", "Военный бюджет России в 2025 году составил 130 млрд долларов."),
    ("ru", "Стоимость контракта между Россией и Китаем составляет 245 млрд долларов."),
    ("uk", "ВВП Польщі у 2025 році зріс на 3%."),
])
def test_a_denial_a_question_or_another_topic_gives_no_figure(lang, text):
    assert _figures(lang, text) == set()


@pytest.mark.parametrize("lang,text", [
    # a bound is no denial
    ("en", "Trade between Russia and China reached not less than $245 billion in 2025."),
    ("ru", "Товарооборот России и Китая составил не менее 245 млрд долларов."),
    # a negation in another clause is no denial of the figure
    ("en", "Russia, which did not join OPEC, exported 245 billion dollars of goods to China."),
    ("ru", "Россия, которая не входит в ОПЕК, продала Китаю товаров на 245 млрд долларов."),
    ("en", "The scale of trade between Russia and China is not what we want: it is $245 billion."),
    # a question that is not yes or no tells the figure it asks about
    ("ru", "Как вы оцениваете товарооборот России и Китая, который составил 245 млрд долларов?"),
])
def test_a_bound_or_a_negation_elsewhere_keeps_the_figure(lang, text):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "valueUSD"} == {TURNOVER}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "China's imports from Russia reached $115 billion in 2025.", ("valueUSD", 115e9)),
    ("en", "Chinese imports from Russia fell 7% in 2025.", ("changePercent", -7.0)),
    ("ru", "Импорт Китая из России составил 115 млрд долларов.", ("valueUSD", 115e9)),
    ("ru", "Китайский импорт из России составил 115 млрд долларов.", ("valueUSD", 115e9)),
    ("uk", "Імпорт Китаю з Росії становив 115 млрд доларів.", ("valueUSD", 115e9)),
])
def test_all_a_state_imports_from_another_is_all_that_other_sells_to_it(lang, text, expected):
    assert {(m, v, a, b) for c, m, v, a, b, _ in _figures(lang, text) if c == "total_exports"} == \
        {(*expected, "russia", "china")}


@pytest.mark.parametrize("lang,text", [
    # imports with no state they come from are no trade between two states
    ("en", "China's imports rose 5% in 2025."),
    ("ru", "Импорт Китая в 2025 году вырос на 5%."),
])
def test_a_states_imports_from_no_named_state_give_no_figure(lang, text):
    assert _figures(lang, text) == set()


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Импорт российской нефти в Китай составил 108 млн тонн.", ("russia", "china")),
    ("ru", "Импорт российской нефти в Индию вырос до 1,8 млн баррелей в сутки.", ("russia", "india")),
    ("uk", "Імпорт російської нафти в Китай склав 108 млн тонн.", ("russia", "china")),
    ("en", "Imports of Russian oil into China rose to 108 million tonnes.", ("russia", "china")),
])
def test_imports_into_a_state_make_it_the_buyer(lang, text, expected):
    assert {(a, b) for _, _, _, a, b, _ in _figures(lang, text)} == {expected}


@pytest.mark.parametrize("lang,text,change", [
    ("en", "Trade between Russia and China grew 1.5 times in 2025.", 50.0),
    ("ru", "Товарооборот России и Китая вырос в 1,5 раза.", 50.0),
    ("uk", "Товарообіг України та Польщі зріс у 1,5 раза.", 50.0),
    ("uk", "Товарообіг України та Польщі збільшився в 3 рази.", 200.0),
    ("en", "Trade between Russia and China doubled to $245 billion.", 100.0),
])
def test_a_rise_told_as_a_multiple_is_a_change_in_percent(lang, text, change):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "changePercent"} == {change}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Товарооборот России и Китая вырос почти в 2 раза."),  # a hedge
    ("ru", "Товарооборот России и Китая в 2 раза меньше."),  # a fall with no verb
    ("ru", "Товарооборот России и Китая в 2025 году в 2 раза больше, чем в 2020 году."),  # a comparison
    ("en", "Putin and Xi have met 40 times. Trade between Russia and China reached $245 billion."),  # a count
    ("ru", "Путин и Си встречались 40 раз, товарооборот вырос до 245 млрд долларов."),
])
def test_a_count_a_hedge_or_a_comparison_in_times_is_no_change(lang, text):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "changePercent"} == set()


@pytest.mark.parametrize("lang,text", [
    ("ru", "За десять лет товарооборот России и Китая вырос в 5 раз."),
    ("uk", "З 2015 до 2025 року товарообіг України та Польщі зріс у 4 рази."),
    ("en", "Over 10 years trade between Russia and China grew 5 times."),
])
def test_a_multiple_over_several_years_is_no_change_of_one_period(lang, text):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "changePercent"} == set()


@pytest.mark.parametrize("lang,text,period", [
    # the article is of February 2026: a third quarter done is that of 2025
    ("en", "Trade between Russia and China reached $60 billion in the third quarter.", "2025-07..2025-09"),
    ("ru", "Товарооборот России и Китая в третьем квартале составил 60 млрд долларов.", "2025-07..2025-09"),
    ("uk", "Товарообіг України та Польщі у другому кварталі склав 3 млрд доларів.", "2025-04..2025-06"),
    # a forecast may lie ahead
    ("en", "Trade between Russia and China is expected to reach $70 billion in the third quarter.", "2026-07..2026-09"),
])
def test_a_part_of_a_year_with_no_year_is_the_last_one_ended_for_trade_done(lang, text, period):
    assert {f.period.iso() for f in facts(text, lang, REF).trade_facts if f.period} == {period}


@pytest.mark.parametrize("lang,text,change", [
    ("ru", "Экспорт российского газа в Китай сократился вдвое.", -50.0),
    ("uk", "Експорт російського газу до Китаю скоротився втричі.", -66.7),
    ("ru", "Экспорт российского газа в Китай сократился в 2 раза.", -50.0),
    ("ru", "Экспорт российского газа в Китай вырос вдвое.", 100.0),
])
def test_a_fall_told_as_a_multiple_is_the_share_lost(lang, text, change):
    assert {v for _, m, v, *_ in _figures(lang, text) if m == "changePercent"} == {change}
