"""'Last Friday' told on a Friday is the Friday a week before; a bare weekday on its own day is that day."""
from __future__ import annotations

import pytest
from helpers import facts

from kg.records import PartialDate

# The helpers' articles are published on Friday 14 March 2025.
ROWS = [
    ("en", "Vladimir Putin spoke with Xi Jinping by phone last Friday.", PartialDate(2025, 3, 7)),
    ("ru", "Владимир Путин провел телефонный разговор с Си Цзиньпином в прошлую пятницу.", PartialDate(2025, 3, 7)),
    ("uk", "Володимир Путін провів телефонну розмову з Сі Цзіньпіном минулої п'ятниці.", PartialDate(2025, 3, 7)),
    # near misses: a bare weekday on its own day is today; another weekday is the latest one before
    ("en", "Vladimir Putin spoke with Xi Jinping by phone on Friday.", PartialDate(2025, 3, 14)),
    ("ru", "Владимир Путин провел телефонный разговор с Си Цзиньпином в пятницу.", PartialDate(2025, 3, 14)),
    ("uk", "Володимир Путін провів телефонну розмову з Сі Цзіньпіном у п'ятницю.", PartialDate(2025, 3, 14)),
    ("en", "Vladimir Putin spoke with Xi Jinping by phone last Saturday.", PartialDate(2025, 3, 8)),
]


@pytest.mark.parametrize(("lang", "text", "day"), ROWS)
def test_last_weekday_told_on_that_weekday_is_a_week_before(lang: str, text: str, day: PartialDate) -> None:
    assert [m.date for m in facts(text, lang).meetings] == [day]
