"""A wire credit "/Reporter - Agency/" names its reporter as the text's author, never as an actor; the agency after
the dash stays a source. One rule reads the credit wherever it stands on its line."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

REF = date(2024, 5, 12)


def _actors(text: str, lang: str) -> set[str]:
    return actors(facts(text, lang, REF))


@pytest.mark.parametrize("lang,text,reporter", [
    # at the head of the line, after the dateline
    ("ru", "Бишкек, 12 мая /Айгуль Токтосунова - Кабар/. Президент Кыргызстана Садыр Жапаров прибыл в Ташкент.",
     "toktosunov"),
    # further along the line, after a headline
    ("ru", "Жапаров прибыл в Ташкент. Бишкек, 12 мая /Айгуль Токтосунова - Кабар/. Визит продлится два дня.",
     "toktosunov"),
    ("uk", "Жапаров прибув до Ташкента. Бішкек, 12 травня /Айгуль Токтосунова – Кабар/. Візит триватиме два дні.",
     "toktosunov"),
    ("en", "Japarov arrives in Tashkent. BISHKEK, May 12 /Aigul Toktosunova - Kabar/. The visit lasts two days.",
     "toktosunov"),
    # initials and a surname
    ("ru", "Бишкек, 12 мая /А. Токтосунова - Кабар/. Президент Кыргызстана Садыр Жапаров прибыл в Ташкент.",
     "toktosunov"),
    ("en", "BISHKEK, May 12 /A. Toktosunova - Kabar/. Kyrgyz President Sadyr Japarov arrived in Tashkent.",
     "toktosunov"),
])
def test_the_reporter_of_a_wire_credit_is_no_actor(lang, text, reporter):
    found = _actors(text, lang)
    assert not any(reporter in a for a in found), found
    assert "kabar" in found


@pytest.mark.parametrize("lang,text,kept", [
    # near misses: slashes between bodies or states are no credit
    ("ru", "Отношения ЕС/НАТО - Россия/Китай обсуждались на встрече в Брюсселе.", "nato"),
    ("en", "The EU/NATO - Russia/China rivalry was discussed in Brussels.", "nato"),
])
def test_slashes_between_bodies_are_no_wire_credit(lang, text, kept):
    assert kept in _actors(text, lang)
