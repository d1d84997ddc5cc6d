"""Invitations read on unfamiliar ground (batch 7): thanks for accepting an invitation go the other way round from
thanks for an invitation, an offer to visit is an invitation, an event's place told in a relative clause is the
destination, a visit announced is an invitation by the host, and an invitation told twice is one."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _triples(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations}


@pytest.mark.parametrize("lang,text,expected", [
    # thanks for the invitation: the one thanked invited the one thanking
    ("en", "Erdogan thanked Tokayev for the invitation to visit Kazakhstan.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("ru", "Эрдоган поблагодарил Токаева за приглашение посетить Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("uk", "Ердоган подякував Токаєву за запрошення відвідати Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    # thanks for accepting or honouring one's invitation: the one thanked is the guest
    ("en", "Tokayev thanked Erdogan for honouring his invitation to attend the forum in Kazakhstan.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("en", "Tokayev thanked Erdogan for accepting his invitation.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("ru", "Токаев поблагодарил Эрдогана за то, что тот принял его приглашение посетить Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("uk", "Токаєв подякував Ердогану за те, що той прийняв його запрошення відвідати Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
])
def test_thanks_for_an_invitation_or_for_accepting_one_name_the_host(lang, text, expected):
    assert _triples(text, lang) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "President Karis invited President Stubb on a state visit to Estonia this spring. "
           "\"I invited him on a state visit to Estonia at the end of May,\" Karis wrote."),
    ("ru", "Президент Карис пригласил президента Стубба посетить Эстонию весной. "
           "«Я пригласил его с государственным визитом в Эстонию в конце мая», — написал Карис."),
    ("uk", "Президент Каріс запросив президента Стубба відвідати Естонію навесні. "
           "«Я запросив його з державним візитом до Естонії наприкінці травня», — написав Каріс."),
])
def test_one_invitation_told_twice_with_two_time_frames_is_one(lang, text):
    assert [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations] == \
        [("alar-karis", "alexander-stubb", "estonia")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Лавров посетит Вьетнам по приглашению министра иностранных дел Буй Тхань Шона. "
           "Лавров получил приглашение."),
    ("en", "Lavrov will visit Vietnam at the invitation of Foreign Minister Bui Thanh Son. "
           "Lavrov has been invited."),
])
def test_an_invitation_without_its_host_told_beside_the_same_one_with_it_is_that_one(lang, text):
    assert [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations] == \
        [("bui-thanh-son", "sergey-lavrov", "vietnam")]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський провів розмову телефоном з Моді та запропонував йому відвідати Україну.",
     {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}),
    ("ru", "Зеленский поговорил по телефону с Моди и предложил ему посетить Украину.",
     {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}),
    ("en", "Zelensky spoke with Modi by phone and offered him to visit Ukraine.",
     {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}),
    # near misses: an offer of talks or of help asks no trip
    ("ru", "Зеленский поговорил с Моди и предложил ему провести переговоры.", set()),
    ("uk", "Зеленський поговорив з Моді та запропонував йому допомогу.", set()),
    ("en", "Zelensky spoke with Modi and offered him help.", set()),
])
def test_an_offer_to_him_to_visit_is_an_invitation_from_the_one_who_offers(lang, text, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Lula invited Xi to visit Brazil in July. Lula also invited Xi to attend a conference in Brazil in "
           "November."),
    ("uk", "Лула запросив Сі Цзіньпіна відвідати Бразилію в липні. Лула також запросив Сі Цзіньпіна відвідати "
           "Бразилію в листопаді."),
    ("ru", "Лула пригласил Си Цзиньпина посетить Бразилию в июле. "
           "Лула также пригласил Си Цзиньпина посетить Бразилию в ноябре."),
])
def test_invitations_of_one_guest_to_one_place_in_months_apart_are_two(lang, text):
    assert len(facts(text, lang, REF).invitations) == 2
