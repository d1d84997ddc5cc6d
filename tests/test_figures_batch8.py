"""Trade figures read on batch 8 of real news: ranks written in digits, a second place joined to the first, a list
headed and the place that follows it, exports of one side, and changes that name no side."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _figures(text: str, lang: str) -> set[tuple[str, str, float, str | None, str | None]]:
    # a turnover has no direction: its two sides in alphabetical order
    return {(f.commodity, f.measure, f.value) + ((min(f.supplier, f.buyer), max(f.supplier, f.buyer))
                                                 if f.commodity == "trade_turnover" and f.supplier and f.buyer
                                                 else (f.supplier, f.buyer))
            for f in facts(text, lang, REF).trade_facts}


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


@pytest.mark.parametrize("lang,text,expected", [
    # all one state sells, named by its adjective, "our" or its name: the state supplies, nobody named buys
    ("uk", "Зеленський сказав: «Нам вдалося збільшити український експорт на 15%».",
     {("total_exports", "changePercent", 15.0, "ukraine", None)}),
    ("ru", "Зеленский сказал: «Нам удалось увеличить украинский экспорт на 15%».",
     {("total_exports", "changePercent", 15.0, "ukraine", None)}),
    ("en", "Zelensky said: \"We managed to increase Ukrainian exports by 15%.\"",
     {("total_exports", "changePercent", 15.0, "ukraine", None)}),
    ("uk", "«Це більш ніж 41 мільярд доларів нашого експорту за рік», – сказав Зеленський.",
     {("total_exports", "valueUSD", 41e9, "ukraine", None)}),
    ("en", "Exports of Ukraine reached $41 billion last year.", {("total_exports", "valueUSD", 41e9, "ukraine", None)}),
    # near misses: the exports of something else; a sum a figure grew by is no level
    ("en", "Russian arms exports rose by 10%.", set()),
    ("uk", "Експорт зброї з Росії зріс на 10%.", set()),
    ("uk", "«Український експорт зріс: це плюс 5 мільярдів доларів до рівня 23-го року», – сказав Зеленський.",
     set()),
])
def test_exports_of_one_state_name_the_supplier_only(lang, text, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the goods a sum is worth right after it, and "our" goods: the speaker's state sells them to the partner
    ("uk", "«Будемо збільшувати торгівлю з Ліваном: зараз із цією країною в нас 400 мільйонів доларів тільки "
           "нашого аграрного експорту», – заявив Зеленський.", {("agri", "valueUSD", 4e8, "ukraine", "lebanon")}),
    ("ru", "«Будем увеличивать торговлю с Ливаном: сейчас с этой страной у нас 400 миллионов долларов только "
           "нашего аграрного экспорта», – заявил Зеленский.", {("agri", "valueUSD", 4e8, "ukraine", "lebanon")}),
    ("en", "\"We will increase trade with Lebanon: we now have 400 million dollars of our agricultural exports "
           "with this country,\" Zelensky said.", {("agri", "valueUSD", 4e8, "ukraine", "lebanon")}),
    # near miss: trade with a partner, no goods named after the sum: turnover of the two
    ("uk", "«Торгівля з Ліваном сягнула 400 мільйонів доларів», – заявив Зеленський.",
     {("trade_turnover", "valueUSD", 4e8, "lebanon", "ukraine")}),
])
def test_our_goods_worth_a_sum_are_sold_by_the_speakers_state(lang, text, expected):
    assert _figures(text, lang) == expected


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
    assert {f for f in _figures(text, lang) if f[1] == "changePercent"} == expected


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
    assert {f for f in _figures(text, lang) if f[1] == "changePercent"} == expected


@pytest.mark.parametrize("lang,text", [
    # "almost doubled" tells no figure
    ("ru", "Товарооборот между Россией и Турцией в 2022 году вырос почти вдвое и достиг 62 млрд долларов."),
    ("uk", "Імпорт LNG зі США наступного року може майже подвоїтися."),
    ("en", "Trade between China and Russia nearly doubled in 2024."),
])
def test_a_trade_almost_doubled_tells_no_change(lang, text):
    assert not {f for f in _figures(text, lang) if f[1] == "changePercent"}
