"""Trade figures read on batch 8 of real news: ranks written in digits, a second place joined to the first, a list
headed and the place that follows it, exports of one side, and changes that name no side."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _figures(text: str, lang: str) -> set[tuple[str, str, float, str | None, str | None]]:
    return {(f.commodity, f.measure, f.value, f.supplier, f.buyer) for f in facts(text, lang, REF).trade_facts}


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
