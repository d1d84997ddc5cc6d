"""Invitations by the causes of the errors seen on real news (issue #15), batch 15: letters sent to several
leaders "inviting them" (each addressee is a guest, the sender the host); a message sent to a leader "and invited to
visit" with the guest left out after the verb (the addressee in the dative is the guest). Rows in Russian, Ukrainian
and English, with near misses. The sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)


def _invitations(lang: str, text: str) -> set[tuple[str | None, str]]:
    return {(i.inviter, i.invitee) for i in facts(text, lang, REF).invitations}


LETTERS_INVITING_THEM = [
    ("en", "President Lee Jae-myung sent letters to President Donald Trump and President Xi Jinping inviting them "
           "to attend the summit in Busan.", "lee-jae-myung", {"donald-trump", "xi-jinping"}),
    ("en", "Lee Jae-myung met reporters. Lee sent the letters to the leaders of the G20 on Monday, including "
           "President Donald Trump and President Xi Jinping, formally inviting them to attend the summit in Busan.",
     "lee-jae-myung", {"donald-trump", "xi-jinping"}),
    ("en", "President Lee Jae-myung met reporters. Lee mailed the invitations to the heads of the member economies "
           "of the forum last week, among them U.S. President Donald Trump and Chinese President Xi Jinping, "
           "inviting them to come to the summit in Busan, his spokesman Kang Yu-jung said.",
     "lee-jae-myung", {"donald-trump", "xi-jinping"}),
    ("en", "Putin wrote to Xi and Modi and invited them to Moscow.", "vladimir-putin",
     {"xi-jinping", "narendra-modi"}),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев направил письма Владимиру Путину и Си Цзиньпину, пригласив их "
           "посетить Астану.", "kassym-jomart-tokayev", {"vladimir-putin", "xi-jinping"}),
    ("uk", "Президент Казахстану Касим-Жомарт Токаєв надіслав листи Володимиру Путіну та Сі Цзіньпіну і запросив "
           "їх відвідати Астану.", "kassym-jomart-tokayev", {"vladimir-putin", "xi-jinping"}),
]


@pytest.mark.parametrize("lang,text,host,guests", LETTERS_INVITING_THEM)
def test_each_addressee_of_letters_inviting_them_is_a_guest(lang: str, text: str, host: str,
                                                             guests: set[str]) -> None:
    found = _invitations(lang, text)
    assert {(host, g) for g in guests} <= found
    assert not any(inviter in guests for inviter, _ in found)  # no addressee invites the other


ONE_ADDRESSEE_NEAR_MISSES = [
    # one person before "him": the plural rule does not apply, the usual one does
    ("en", "Putin sent a letter to Xi, inviting him to Moscow.", {("vladimir-putin", "xi-jinping")}),
    ("en", "Putin spoke to Xi and invited him to Moscow.", {("vladimir-putin", "xi-jinping")}),
]


@pytest.mark.parametrize("lang,text,expected", ONE_ADDRESSEE_NEAR_MISSES)
def test_a_single_addressee_inviting_him_stays_the_only_guest(lang: str, text: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert _invitations(lang, text) == expected


DATIVE_ADDRESSEE_LEFT_OUT = [
    ("ru", "Президент Франции Эммануэль Макрон направил премьер-министру Армении Николу Пашиняну послание и "
           "пригласил посетить Париж.", "emmanuel-macron", "nikol-pashinyan"),
    ("uk", "Президент Франції Емманюель Макрон направив прем'єр-міністру Вірменії Ніколу Пашиняну послання і "
           "запросив відвідати Париж.", "emmanuel-macron", "nikol-pashinyan"),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев позвонил Владимиру Путину и пригласил посетить Астану.",
     "kassym-jomart-tokayev", "vladimir-putin"),
    ("uk", "Касим-Жомарт Токаєв зателефонував Володимиру Путіну і запросив відвідати Астану.",
     "kassym-jomart-tokayev", "vladimir-putin"),
    ("en", "French President Emmanuel Macron sent Armenian Prime Minister Nikol Pashinyan a message and invited him "
           "to visit Paris.", "emmanuel-macron", "nikol-pashinyan"),
]


@pytest.mark.parametrize("lang,text,host,guest", DATIVE_ADDRESSEE_LEFT_OUT)
def test_the_addressee_in_the_dative_is_the_guest_left_out(lang: str, text: str, host: str, guest: str) -> None:
    assert (host, guest) in _invitations(lang, text)


DATIVE_NEAR_MISSES = [
    ("ru", "Токаев рассказал о беседе с Путиным и пригласил посетить Астану всех желающих."),  # no dative person
    ("ru", "Токаев сообщил Путину, что Макрон пригласил посетить Париж."),  # the addressee is not the guest
]


@pytest.mark.parametrize("lang,text", DATIVE_NEAR_MISSES)
def test_no_dative_addressee_no_guest(lang: str, text: str) -> None:
    assert not any(inviter and invitee == "vladimir-putin" for inviter, invitee in _invitations(lang, text))
