"""Figures stated the way outlets state them: a sum that restates a change in percent ("rose by 12%, or $45
million") is what trade grew by, not its level; an English text that writes decimal commas ("16,6%") writes
"$367,230 million" as 367.23 million; a range of money under one scale ("$64–65 billion") with a gloss in another
currency after it is still read (its lower bound). The sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 6, 10)


def _figures(lang: str, text: str) -> set[tuple[str, str, float, str | None, str | None]]:
    return {(f.commodity, f.measure, round(f.value, 1), f.supplier, f.buyer)
            for f in facts(text, lang, REF).trade_facts}


@pytest.mark.parametrize("lang,text", [
    ("en", "Trade between Armenia and Georgia rose by 12.4%, or $45 million, compared to last year."),
    ("en", "Trade between Armenia and Georgia increased 12.4%, or $45 million, in 2024."),
    ("ru", "Товарооборот между Арменией и Грузией вырос на 12,4%, или на 45 млн долларов, к прошлому году."),
    ("ru", "Товарооборот между Арменией и Грузией сократился на 12,4%, либо на $45 млн."),
    ("uk", "Товарообіг між Вірменією та Грузією зріс на 12,4% (або на 45 млн доларів) порівняно з минулим роком."),
    ("uk", "Товарообіг між Вірменією та Грузією зріс на 12,4%, або на $45 млн."),
])
def test_a_sum_restating_a_change_in_percent_is_no_level(lang, text):
    found = _figures(lang, text)
    assert {f[1] for f in found} == {"changePercent"}
    assert {abs(f[2]) for f in found} == {12.4}


@pytest.mark.parametrize("lang,text,value", [
    # near misses: the level comes first and the percent restates it; a percent that is no change
    ("ru", "Товарооборот между Арменией и Грузией составил 450 млн долларов, или на 12% больше.", 450e6),
    ("en", "Trade between Armenia and Georgia reached $450 million, or 12% more than a year before.", 450e6),
    ("uk", "Товарообіг між Вірменією та Грузією склав 450 млн доларів, або на 12% більше.", 450e6),
])
def test_near_miss_a_level_restated_as_a_change_is_kept(lang, text, value):
    assert any(f[1] == "valueUSD" and f[2] == round(value, 1) for f in _figures(lang, text))


def test_an_english_text_with_decimal_commas_reads_a_three_digit_group_before_a_scale_as_decimals():
    text = ("In January-June 2024, trade turnover between Armenia and Georgia amounted to $412,35 million. "
            "A year earlier, trade between Armenia and Georgia amounted to $367,230 million.")
    values = {f[2] for f in _figures("en", text) if f[1] == "valueUSD"}
    assert values == {412350000.0, 367230000.0}


@pytest.mark.parametrize("text,value", [
    # near misses: a text with decimal points keeps the comma as a thousands separator; a comma before a unit
    # that is no scale is a thousands group whatever the text
    ("In 2024, trade between Armenia and Georgia amounted to $412.5 million. A year earlier, trade between India "
     "and Japan amounted to $21,230 million.", 21230e6),
    ("Trade between Armenia and Georgia grew 16,6% in 2024. India exported 2,500 tonnes of oil to Japan.", 2500.0),
])
def test_near_miss_thousands_groups_stay_thousands(text, value):
    assert any(f[2] == value for f in _figures("en", text))


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Путин сказал, что Россия и Китай могут нарастить товарооборот. В 2025 году товарооборот между двумя "
           "странами вырос на 10%, достигнув примерно $240–250 млрд (20 трлн рублей).", 240e9),
    ("uk", "Товарообіг між Україною та Польщею у 2025 році склав $10-12 млрд (400 млрд гривень).", 10e9),
    ("en", "Trade between India and Russia reached about $64–65 billion (5 trillion roubles) in 2024.", 64e9),
    # near miss: the same range without a gloss
    ("en", "Trade between India and Russia reached about $64–65 billion in 2024.", 64e9),
])
def test_a_range_of_money_under_one_scale_is_read_with_a_gloss_in_another_currency(lang, text, value):
    assert {f[2] for f in _figures(lang, text) if f[1] == "valueUSD"} == {value}
