"""Invitations read on batch 8 of real news: a title between the inviting verb and the guest's name, invitations
extended, thanked for and given to an occasion, visits and consultations announced for the host's state."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _triples(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenyatta met Suluhu in Nairobi.\n|"),
    ("ru", "Кениата встретился с Сулуху в Найроби.\n|\n"),
    ("uk", "Кеніата зустрівся з Сулуху в Найробі.\n|"),
])
def test_an_undated_article_ending_in_a_stray_mark_is_read(lang, text):
    # a line of punctuation alone at the end makes an empty last sentence; reading it must not fail
    assert facts(text, lang, None).meetings


@pytest.mark.parametrize("lang,text,expected", [
    # the guest named in full in a spelling the gazetteer lacks, then by the surname alone after a title
    ("ru", "Зеленский провел телефонный разговор с премьер-министром Австралии Энтони Альбанезе. "
           "Зеленский пригласил премьер-министра Альбанезе посетить Украину.",
     {("volodymyr-zelenskyy", "anthony-albanese", "ukraine")}),
    ("uk", "Зеленський провів телефонну розмову з прем'єр-міністром Австралії Ентоні Альбанезе. "
           "Зеленський запросив прем'єр-міністра Альбанезе відвідати Україну.",
     {("volodymyr-zelenskyy", "anthony-albanese", "ukraine")}),
    ("en", "Zelensky held a phone call with Australian Prime Minister Anthony Albaneze. "
           "Zelensky invited Prime Minister Albaneze to visit Ukraine.",
     {("volodymyr-zelenskyy", "anthony-albanese", "ukraine")}),
    # near misses: the surname is told, but nobody is invited; another person is the guest
    ("ru", "Зеленский провел телефонный разговор с премьер-министром Австралии Энтони Альбанезе. "
           "Зеленский поблагодарил премьер-министра Альбанезе за поддержку Украины.", set()),
    ("uk", "Зеленський провів телефонну розмову з прем'єр-міністром Австралії Ентоні Альбанезе. "
           "Зеленський запросив президента Токаєва відвідати Україну.",
     {("volodymyr-zelenskyy", "kassym-jomart-tokayev", "ukraine")}),
    ("en", "Zelensky held a phone call with Australian Prime Minister Anthony Albaneze. "
           "Albaneze said Australia would keep helping Ukraine.", set()),
])
def test_a_guest_named_by_a_surname_spelled_as_in_his_full_name_before(lang, text, expected):
    assert _triples(text, lang) == expected
