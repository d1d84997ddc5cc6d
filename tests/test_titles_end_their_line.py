"""A title at the end of a line (a headline, a caption) introduces no name from the next line: "... the President
of Turkmenistan to Azerbaijan" above "On August 8, ..." names nobody called "On August"."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

REF = date(2017, 8, 9)


def _new_people(text: str, lang: str) -> set[str]:
    return {a for a in actors(facts(text, lang, REF)) if a.startswith("new:")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Official visit of the Foreign Minister of Peru to Azerbaijan\n\nOn August 8, talks were held in Baku."),
    ("en", "Joint Statement with the Prime Minister of Fiji\n\nPrime Minister Anthony Albanese met guests."),
    ("ru", "Визит министра иностранных дел Перу в Азербайджан\n\nВ Баку прошли переговоры."),
    ("uk", "Візит міністра закордонних справ Перу до Азербайджану\n\nУ Баку відбулися переговори."),
])
def test_a_title_ending_its_line_introduces_no_name_from_the_next(lang, text):
    assert _new_people(text, lang) == set()


@pytest.mark.parametrize("lang,text,person", [
    # near misses: the name on the title's own line, or set off by a comma, is introduced
    ("en", "The Foreign Minister of Peru Elmer Kastoran arrived in Baku.", "new:elmer-kastoran"),
    ("en", "The foreign minister of Peru, Elmer Schialer, met Lavrov.", "new:elmer-schialer"),
    ("ru", "Министр иностранных дел Перу Эльмер Касторан прибыл в Баку.", "new:elmer-kastoran"),
])
def test_a_name_on_the_titles_line_is_introduced(lang, text, person):
    assert person in _new_people(text, lang)
