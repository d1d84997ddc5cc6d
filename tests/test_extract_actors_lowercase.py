"""Actors: names some Russian and Ukrainian outlets write in lower case on purpose ("путін", "росії",
"кремль") are still the known actors, with the facts they take part in; common words that share their
letters with a name ("мир", "роса", "надія", "віра") stay common words."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

WHEN = date(2025, 5, 1)

# (language, text, actors that must be found, actors that must not be found)
LOWER_CASE_NAMES = [
    # a surname alone, in any case
    ("uk", "Учора путін запросив Пашиняна до Сочі.", {"vladimir-putin", "nikol-pashinyan"}, set()),
    ("uk", "Пашинян прилетів на зустріч із путіним.", {"vladimir-putin"}, set()),
    ("ru", "Как сообщили в пресс-службе, путин провел переговоры.", {"vladimir-putin"}, set()),
    ("ru", "Пашинян прилетел на встречу с лукашенко.", {"alexander-lukashenko"}, set()),
    # a first name and a surname, both in lower case
    ("uk", "Речник володимира путіна дмитро пєсков нічого не сказав.", {"vladimir-putin", "dmitry-peskov"}, set()),
    ("uk", "Заяву зробила марія захарова.", {"maria-zakharova"}, set()),
    ("ru", "Об этом рассказал юрий ушаков.", {"yuri-ushakov"}, set()),
    # states and seats of power
    ("uk", "Делегація росії прибула до Баку.", {"russia"}, set()),
    ("ru", "Переговоры с россией продолжатся.", {"russia"}, set()),
    ("ru", "В пресс-службе кремля отказались от комментариев.", {"russia"}, set()),
    ("uk", "У кремлі відмовилися від коментарів.", {"russia"}, set()),
    # near misses: common words that are also names, or share their letters with one
    ("ru", "Весь мир следит, как выпадает роса.", set(), {"new:"}),
    ("ru", "Надежда и вера остаются, сказал он о песках.", set(), {"dmitry-peskov"}),
    ("ru", "На дне лежало много песков.", set(), {"dmitry-peskov"}),
    ("uk", "Надія і віра в мир допомагають, як роса зранку.", set(), {"new:"}),
    ("uk", "Ця марія не має жодного стосунку до політики.", set(), {"maria-zakharova"}),
    ("ru", "В городе орел открыли памятник, а у врача вена на руке.", set(), {"new:"}),
    # near misses: two letters are too few to tell ("си" is a note, "сі" too)
    ("ru", "Нота си звучала тихо.", set(), {"xi-jinping"}),
    ("uk", "Нота сі звучала тихо.", set(), {"xi-jinping"}),
]


@pytest.mark.parametrize("lang,text,present,absent", LOWER_CASE_NAMES)
def test_a_name_written_in_lower_case_is_the_known_actor_and_a_common_word_is_not(lang, text, present, absent):
    found = actors(facts(text, lang, WHEN))
    assert present <= found
    assert not any(a.startswith(x) for a in found for x in absent), found
    if not present:
        assert found == set(), found


# (language, text, inviter, invitee)
LOWER_CASE_INVITERS = [
    ("uk", "Учора путін запросив Пашиняна відвідати Москву.", "vladimir-putin", "nikol-pashinyan"),
    ("ru", "Вчера путин пригласил Пашиняна посетить Москву.", "vladimir-putin", "nikol-pashinyan"),
    # near miss: the same invitation with the name capitalised reads the same
    ("ru", "Вчера Путин пригласил Пашиняна посетить Москву.", "vladimir-putin", "nikol-pashinyan"),
]


@pytest.mark.parametrize("lang,text,inviter,invitee", LOWER_CASE_INVITERS)
def test_an_inviter_written_in_lower_case_is_the_known_person(lang, text, inviter, invitee):
    invitations = facts(text, lang, WHEN).invitations
    assert [(i.inviter, i.invitee) for i in invitations] == [(inviter, invitee)]


def test_english_names_in_lower_case_stay_common_words():
    found = actors(facts("The china was fine, and the may was in bloom; putin is no word.", "en", WHEN))
    assert not found & {"china", "vladimir-putin"}, found
