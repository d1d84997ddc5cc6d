"""Trade figures read on unfamiliar ground (batch 7): a figure borrows no trade word for the worth of something
else, production is no flow to a buyer, a currency glossed in brackets is read, and a world rank names one side."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _figures(text: str, lang: str) -> set[tuple[str, str, float, str | None, str | None]]:
    return {(f.commodity, f.measure, f.value, f.supplier, f.buyer) for f in facts(text, lang, REF).trade_facts}


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
    assert _figures(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Qatar will raise its LNG production by 60% to 126 million tons a year. China buys Qatari LNG.",
     {("lng", "changePercent", 60.0, "qatar", None), ("lng", "tonnes", 126e6, "qatar", None)}),
    ("ru", "Россия сократила добычу нефти на 5%, а экспорт нефти в Индию вырос на 10%.",
     {("crude_oil", "changePercent", -5.0, "russia", None), ("crude_oil", "changePercent", 10.0, "russia", "india")}),
    ("uk", "Росія скоротила видобуток нафти на 5%, а експорт нафти до Індії зріс на 10%.",
     {("crude_oil", "changePercent", -5.0, "russia", None), ("crude_oil", "changePercent", 10.0, "russia", "india")}),
])
def test_production_is_no_flow_to_a_buyer(lang, text, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Trade between Turkey and Serbia is 800 million [US] dollars.", 800e6),
    ("ru", "Товарооборот России и Сербии составил 800 млн [американских] долларов.", 800e6),
    ("uk", "Товарообіг України та Польщі склав один мільярд доларів.", 1e9),
    ("ru", "Товарооборот России и Сербии составил один миллиард долларов.", 1e9),
    ("en", "Trade between Turkey and Serbia reached one billion dollars.", 1e9),
])
def test_a_currency_glossed_in_brackets_and_a_number_in_words_are_read(lang, text, value):
    assert [f.value for f in facts(text, lang, REF).trade_facts if f.measure == "valueUSD"] == [value]


def test_a_bracketed_word_before_a_unit_that_is_no_currency_is_no_money():
    assert [f for f in facts("Trade between Turkey and Serbia is 800 million (about) tons.", "en", REF).trade_facts
            if f.measure == "valueUSD"] == []


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
    assert _figures(text, lang) == expected
