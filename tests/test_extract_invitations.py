"""Invitations: active, passive, implicit and accepted forms in ru, uk and en."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)

INVITATIONS = [
    # (lang, text, inviter, invitee, destination, time frame ISO or None, accepted)
    ("ru", "Моди пригласил Путина посетить Индию в первой половине 2026 года.", "narendra-modi", "vladimir-putin",
     "india", "2026-01..2026-06", None),
    ("ru", "Токаев получил приглашение посетить Китай.", None, "kassym-jomart-tokayev", "china", None, None),
    ("ru", "Эрдогана ждут с государственным визитом в Москву весной 2026 года.", None, "recep-tayyip-erdogan",
     "moscow", "2026-03..2026-05", None),
    ("uk", "Макрон запросив Сі Цзіньпіна відвідати Францію.", "emmanuel-macron", "xi-jinping", "france", None, None),
    ("uk", "Лукашенко прийняв запрошення відвідати Китай у першій половині цього року.", None,
     "alexander-lukashenko", "china", "2026-01..2026-06", True),
    ("en", "Xi Jinping invited Lula to visit China this year.", "xi-jinping", "luiz-inacio-lula-da-silva",
     "china", "2026", None),
    ("en", "Modi accepted an invitation to visit Russia.", None, "narendra-modi", "russia", None, True),
]


@pytest.mark.parametrize("lang,text,inviter,invitee,destination,frame,accepted", INVITATIONS)
def test_invitation_is_read_with_inviter_invitee_destination_frame_and_acceptance(
        lang, text, inviter, invitee, destination, frame, accepted):
    found = facts(text, lang, REF).invitations
    assert len(found) == 1, found
    inv = found[0]
    assert inv.invitee.startswith(invitee)
    if inviter:
        assert inv.inviter == inviter
    assert inv.destination == destination
    assert (inv.time_frame.iso() if inv.time_frame else None) == frame
    assert inv.accepted == accepted


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Моди обсудили торговлю."),
    ("en", "The ministers met in Geneva."),
])
def test_sentence_without_an_invitation_word_gives_no_invitation(lang, text):
    assert facts(text, lang, REF).invitations == ()


def test_invited_him_means_the_other_person_named():
    text = "Indian Prime Minister Narendra Modi spoke with Putin by phone on Friday and invited him to visit India."
    (inv,) = facts(text, "en", REF).invitations
    assert (inv.inviter, inv.invitee, inv.destination) == ("narendra-modi", "vladimir-putin", "india")


@pytest.mark.parametrize("text,inviter,invitee,destination", [
    ("Erdogan renewed his invitation to President Putin to visit Turkey.", "recep-tayyip-erdogan",
     "vladimir-putin", "turkey"),
    ("Lula repeated his invitation for Xi to come to Brazil in November.", "luiz-inacio-lula-da-silva",
     "xi-jinping", "brazil"),
    ("Putin received an invitation from Modi to visit India.", "narendra-modi", "vladimir-putin", "india"),
])
def test_an_invitation_addressed_to_a_guest_is_the_subjects(text, inviter, invitee, destination):
    (inv,) = facts(text, "en", REF).invitations
    assert (inv.inviter, inv.invitee, inv.destination) == (inviter, invitee, destination)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Моди пригласил Путина посетить Индию. Как сообщил Ушаков, приглашение было принято."),
    ("uk", "Моді запросив Путіна відвідати Індію. Як повідомив Ушаков, запрошення прийняли."),
    ("en", "Modi invited Putin to visit India. The invitation was accepted, Ushakov told reporters."),
])
def test_an_invitation_told_again_without_its_parties_is_the_one_before(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.inviter, inv.invitee, inv.accepted) == ("narendra-modi", "vladimir-putin", True)


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin travels to Tianjin next week, where he is expected to meet Xi Jinping."),
    ("ru", "Путин на следующей неделе едет в Тяньцзинь, где ожидается встреча с Си Цзиньпином."),
])
def test_a_meeting_that_is_expected_is_not_an_invitation(lang, text):
    assert facts(text, lang, REF).invitations == ()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Шарль Мишель пригласил Алиева и Пашиняна в Брюссель."),
    ("uk", "Шарль Мішель запросив Алієва та Пашиняна до Брюсселя."),
    ("en", "Charles Michel invited Aliyev and Pashinyan to Brussels."),
])
def test_each_guest_invited_together_has_an_invitation(lang, text):
    found = facts(text, lang, REF).invitations
    assert sorted(i.invitee for i in found) == ["ilham-aliyev", "nikol-pashinyan"], found
    assert {i.inviter for i in found} == {"charles-michel"}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Ли Цян сказал, что Пекин будет рад видеть Шольца снова."),
    ("en", "Li Qiang said Beijing would be glad to welcome Scholz again."),
])
def test_gladly_welcoming_a_guest_is_an_invitation(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert inv.invitee == "olaf-scholz" and inv.destination == "china"


@pytest.mark.parametrize("lang,text", [
    ("en", "Aliyev and Pashinyan met in Sochi. Charles Michel has invited the two leaders to Brussels."),
    ("ru", "Алиев и Пашинян встретились в Сочи. Шарль Мишель пригласил обоих лидеров в Брюссель."),
])
def test_the_two_leaders_invited_are_the_two_named_before(lang, text):
    found = facts(text, lang, REF).invitations
    assert sorted(i.invitee for i in found) == ["ilham-aliyev", "nikol-pashinyan"], found


def test_a_guest_invited_where_a_meeting_is_expected_is_still_invited():
    text = "Modi has been invited to the summit in Samarkand in September, where a meeting with Putin is expected."
    (inv,) = facts(text, "en", REF).invitations
    assert (inv.invitee, inv.destination) == ("narendra-modi", "samarkand")


@pytest.mark.parametrize("lang,text", [
    ("en", "Xi did not say whether Beijing would extend an invitation to Biden."),
    ("ru", "Лукашенко не пригласил Зеленского в Минск."),
    ("uk", "Невідомо, чи запросить Пекін Байдена до Китаю."),
])
def test_a_denied_or_questioned_invitation_is_not_an_invitation(lang, text):
    assert facts(text, lang, REF).invitations == ()


def test_the_surname_kim_alone_is_kim_jong_un_when_he_invites():
    text = "Kim Jong Un met Putin. Kim invited Putin to visit North Korea."
    (inv,) = facts(text, "en", REF).invitations
    assert (inv.inviter, inv.invitee) == ("kim-jong-un", "vladimir-putin")


@pytest.mark.parametrize("lang,text,destination", [
    ("en", "Brazil will host the climate summit in Belem in November, and Lula said he was counting on Xi.", "belem"),
    ("ru", "В Анкаре рассчитывают на ответный визит Путина.", "turkey"),
])
def test_an_awaited_guest_goes_to_the_hosts_named_city_not_to_its_capital_speaking(lang, text, destination):
    (inv,) = facts(text, lang, REF).invitations
    assert inv.destination == destination


@pytest.mark.parametrize("lang,text,invitee,destination", [
    ("uk", "Сі Цзіньпіна запрошено до Москви на парад.", "xi-jinping", "moscow"),
    ("ru", "Си Цзиньпин приглашён в Москву на парад.", "xi-jinping", "moscow"),
])
def test_a_guest_named_before_a_passive_invited_is_the_invitee(lang, text, invitee, destination):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.inviter, inv.invitee, inv.destination) == (None, invitee, destination)


@pytest.mark.parametrize("lang,text,destination", [
    ("uk", "До Лондона Зеленський прибув на запрошення Ріші Сунака.", "london"),
    ("uk", "Ердоган прибув до Львова на запрошення Зеленського.", "lviv"),
    ("ru", "В Казань Моди прибыл по приглашению Путина.", "kazan"),
])
def test_a_guest_who_came_at_an_invitation_came_to_the_place_named(lang, text, destination):
    (inv,) = facts(text, lang, REF).invitations
    assert inv.destination == destination
