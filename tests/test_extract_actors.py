"""Actors: every case and spelling of a name, titles anchored in the article's date, seats of power."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

CASES = [
    # (language, text, publication date, actor keys that must be found)
    ("ru", "Встреча с Путиным прошла в Кремле, Путину подарили книгу.", date(2024, 5, 1), {"vladimir-putin"}),
    ("uk", "Журналісти запитали Путіна про переговори.", date(2024, 5, 1), {"vladimir-putin"}),
    ("en", "Reporters asked Putin about the talks.", date(2024, 5, 1), {"vladimir-putin"}),
    ("ru", "Глава государства поговорил с Си Цзиньпином.", date(2024, 5, 1), {"xi-jinping"}),
    ("uk", "Лідер поговорив із Сі Цзіньпіном.", date(2024, 5, 1), {"xi-jinping"}),
    ("ru", "Об этом заявил президент России.", date(2024, 5, 1), {"vladimir-putin", "russia"}),
    ("en", "The US president said so on Monday.", date(2023, 6, 1), {"joe-biden", "united-states"}),
    ("en", "The US president said so on Monday.", date(2025, 6, 1), {"donald-trump", "united-states"}),
    ("uk", "Очільник Кремля відповів журналістам.", date(2025, 1, 10), {"vladimir-putin"}),
    ("en", "The Indian Prime Minister arrived in Moscow.", date(2024, 7, 8), {"narendra-modi", "moscow"}),
    ("ru", "Эрдоган прибыл в Анкару.", date(2024, 7, 8), {"recep-tayyip-erdogan"}),
    ("en", "Erdogan and Erdoğan are the same man.", date(2024, 7, 8), {"recep-tayyip-erdogan"}),
    ("uk", "Зеленський зустрівся з Макроном у Парижі.", date(2025, 3, 1),
     {"volodymyr-zelenskyy", "emmanuel-macron", "paris"}),
    ("ru", "Лавров провел переговоры со своим китайским коллегой.", date(2024, 4, 9), {"sergey-lavrov", "wang-yi"}),
]


@pytest.mark.parametrize("lang,text,published,expected", CASES)
def test_actor_is_found_in_any_case_and_spelling(lang, text, published, expected):
    found = actors(facts(text, lang, published))
    missing = {e for e in expected if not any(k == e or k.startswith(e) for k in found)}
    assert not missing, (missing, found)


@pytest.mark.parametrize("lang,text", [
    ("ru", "си бемоль — нота, а не политик."),
    ("en", "us and them: a song, not a country."),
])
def test_common_words_that_share_a_short_alias_are_not_actors(lang, text):
    assert not actors(facts(text, lang))


def test_person_introduced_with_a_title_becomes_an_actor_without_wikidata_id():
    f = facts("Посол Бразилии в Москве Родриго Баэна Соарес рассказал о планах.", "ru")
    assert any(a.type == "Person" and a.qid is None for a in f.new_actors) or \
        any(m.via == "name" for m in f.mentions if m.actor.startswith("rodrigo"))


def test_a_guest_with_a_nationality_is_that_country_s_leader():
    found = actors(facts("Накануне вечером Владимир Путин принял индийского гостя в Ново-Огарёве.", "ru",
                         date(2024, 7, 9)))
    assert "narendra-modi" in found
