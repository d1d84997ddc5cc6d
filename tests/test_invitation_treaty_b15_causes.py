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


def _treaty_parties(lang: str, text: str) -> list[frozenset[str]]:
    return [frozenset(t.parties) for t in facts(text, lang, REF).treaties]


STATE_BODIES_SIGNING = [
    ("en", "The Philippine Department of Defense and the Indonesian Ministry of Defense signed a memorandum on "
           "defense cooperation.", {"philippines", "indonesia"}),
    ("en", "Marcos visited Jakarta. The talks renewed the 1997 Agreement on Defense Cooperation between the "
           "Philippine Department of National Defense and the Ministry of Defense of Indonesia.",
     {"philippines", "indonesia"}),
    ("en", "The US Department of Defense and the Philippine Department of National Defense signed a memorandum on "
           "defense cooperation.", {"philippines", "united-states"}),
    ("ru", "Министерство обороны Филиппин и индонезийское Министерство обороны подписали соглашение о "
           "сотрудничестве в оборонной сфере.", {"philippines", "indonesia"}),
    ("uk", "Міністерство оборони Філіппін і Міністерство оборони Індонезії підписали угоду про співпрацю в "
           "оборонній сфері.", {"philippines", "indonesia"}),
]


@pytest.mark.parametrize("lang,text,parties", STATE_BODIES_SIGNING)
def test_a_state_adjective_heading_a_ministry_names_its_state(lang: str, text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _treaty_parties(lang, text)


STATE_ADJECTIVE_NEAR_MISSES = [
    # a company, not a state body: the adjective rule leaves it to the company rules
    ("en", "The Chinese company Sinopec and the Indonesian Ministry of Energy signed a memorandum on gas supplies.",
     {"china", "indonesia"}),
]


@pytest.mark.parametrize("lang,text,parties", STATE_ADJECTIVE_NEAR_MISSES)
def test_a_company_after_a_state_adjective_keeps_its_usual_party(lang: str, text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _treaty_parties(lang, text)
