"""Meetings as real outlets tell them, second round (issue 15): visits dated by their talks, not their arrival;
earlier mentions of the same call; coming events named beside a meeting; attendees; dates inside quotes and
relative clauses. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday
MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"
ERDOGAN, ZELENSKY = "recep-tayyip-erdogan", "volodymyr-zelenskyy"


def _meetings(text: str, lang: str, ref: date | None = REF) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.medium, m.participants, m.date.iso() if m.date else None) for m in facts(text, lang, ref).meetings}


def _visits(text: str, lang: str) -> set[tuple[tuple[str, ...], str | None, str | None]]:
    return {(m.participants, m.date.iso() if m.date else None, m.start_date.iso() if m.start_date else None)
            for m in facts(text, lang, REF).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    # the arrival's sentence tells the main day after it
    ("ru", "Моди прибыл в Москву накануне, а основные переговоры с Путиным прошли в пятницу, 14 марта.",
     {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    ("uk", "Моді прибув до Москви напередодні, а основні переговори з Путіним відбулися в п'ятницю, 14 березня.",
     {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    # the arrival told in a clause of its own, the talks undated: the day the lead tells
    ("en", "Putin and Modi agreed on Friday to expand trade. Modi, who embraced Putin when he arrived in New Delhi on "
           "Thursday, praised the talks.", {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    # "later" ("after the talks") is the talks' day, never the arrival's
    ("ru", "Моди прибыл в Москву в четверг. В пятницу он провёл переговоры с Путиным. После переговоров с Путиным "
           "Моди посетил выставку.", {((MODI, PUTIN), "2025-03-14", "2025-03-13")}),
    # near misses: no talks told after the arrival: the arrival's day; talks a week later are a meeting of their own
    ("en", "Modi arrived in Moscow on Thursday for a visit.", {((MODI, PUTIN), "2025-03-13", None)}),
    ("uk", "Моді прибув до Москви 3 березня. 10 березня Моді і Путін провели переговори.",
     {((MODI, PUTIN), "2025-03-03", None), ((MODI, PUTIN), "2025-03-10", None)}),
])
def test_a_visit_is_dated_by_its_talks_and_starts_on_its_arrival(lang, text, expected):
    assert _visits(text, lang) == expected
