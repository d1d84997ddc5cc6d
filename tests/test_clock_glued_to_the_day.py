"""A page's clock run together with the dateline's day ("10:157 ноября": 10:15, the 7th) dates the story by that day,
not by the page's; a clock alone stays a clock. Own sentences, ru/uk/en."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

from kg.text.tokens import tokenize


@pytest.mark.parametrize("lang,text", [
    ("ru", "Вашингтон, 10:157 ноября. Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун "
           "Байрамов провели встречу в Вашингтоне."),
    ("uk", "Вашингтон, 10:157 листопада. Міністри закордонних справ Вірменії та Азербайджану Арарат Мірзоян і Джейхун "
           "Байрамов провели зустріч у Вашингтоні."),
    ("en", "Washington, 10:157 November. The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun "
           "Bayramov, held a meeting in Washington."),
])
def test_a_clock_glued_to_the_datelines_day_leaves_the_day_to_date_the_meeting(lang, text):
    meetings = facts(text, lang, date(2022, 11, 8)).meetings
    assert [m.date.iso() for m in meetings if m.date] == ["2022-11-07"]


@pytest.mark.parametrize("text,tokens", [
    ("10:157 ноября", ["10", "15", "7", "ноября"]),
    ("в 10:15 начались", ["в", "10", "15", "начались"]),
    ("со счётом 2:1", ["со", "счётом", "2", "1"]),
    ("1,5 млрд", ["1,5", "млрд"]),
])
def test_only_minutes_with_digits_after_them_are_cut_from_the_number(text, tokens):
    assert [t.text for t in tokenize(text)] == tokens
