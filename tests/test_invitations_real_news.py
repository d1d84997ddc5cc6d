"""Invitations as real outlets tell them: thanks for an invitation read the right way round, greetings that
invite nobody, visits agreed ("he would visit China") hosted by the host state's leader, and words that
only look like invitations."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Моди поблагодарил Путина за приглашение посетить Россию."),
    ("uk", "Моді подякував Путіну за запрошення відвідати Росію."),
    ("en", "Modi thanked Putin for the invitation to visit Russia."),
    ("en", "Modi thanked Putin for the invitation."),
])
def test_thanks_for_an_invitation_make_the_one_thanked_the_host(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.inviter, inv.invitee, inv.destination) == ("vladimir-putin", "narendra-modi", "russia")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Си Цзиньпин сказал Путину, что рад видеть старого друга."),
    ("ru", "Путин рад видеть Си Цзиньпина в Москве."),
    ("uk", "Путін радий бачити Сі Цзіньпіна в Москві."),
    ("en", "Xi told Putin he was glad to see an old friend."),
    ("en", "Putin said he was glad to see Xi Jinping in Moscow."),
    ("en", "Putin said he was happy to welcome Xi Jinping in Moscow."),
    ("ru", "«Мы ждем с нетерпением предстоящего саммита в Сочи», – сказал Шукри."),
    ("en", "Armenia has accepted the document submitted by Azerbaijan."),
])
def test_a_greeting_an_awaited_summit_or_an_accepted_document_is_no_invitation(lang, text):
    assert facts(text, lang, REF).invitations == ()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин будет рад видеть Си Цзиньпина в Москве."),
    ("uk", "Путін буде радий бачити Сі Цзіньпіна в Москві."),
    ("en", "Putin said he would be happy to welcome Xi Jinping in Moscow."),
])
def test_gladness_to_see_someone_in_future_is_still_an_invitation(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.invitee, inv.destination) == ("xi-jinping", "moscow")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Си Цзиньпин провел переговоры с Путиным. Путин заявил, что посетит Китай в начале следующего года."),
    ("uk", "Сі Цзіньпін провів переговори з Путіним. Путін заявив, що відвідає Китай на початку наступного року."),
    ("en", "Xi Jinping held talks with Putin. Putin said he would visit China early next year."),
    ("en", "Xi Jinping held talks with Putin. Putin agreed to visit China next year."),
    ("ru", "Си Цзиньпин провел переговоры с Путиным. Путин согласился посетить Китай в следующем году."),
])
def test_a_visit_agreed_is_an_accepted_invitation_hosted_by_the_host_states_leader(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.inviter, inv.invitee, inv.destination, inv.accepted) == (
        "xi-jinping", "vladimir-putin", "china", True)
    assert inv.time_frame is not None and inv.time_frame.start.year == 2027


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин посетит Казань на следующей неделе."),
    ("ru", "Неизвестно, посетит ли Путин Китай."),
    ("uk", "Путін не відвідає Китай цього року."),
    ("en", "It is unclear whether Putin would visit China."),
    ("en", "Putin will visit Kazan next week."),
])
def test_a_trip_at_home_or_a_visit_questioned_is_no_visit_agreed(lang, text):
    assert facts(text, lang, REF).invitations == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Trump spoke with Modi by phone. "
           "He extended an invitation to Prime Minister Modi to visit the United States."),
    ("ru", "Трамп поговорил с Моди по телефону. Он направил приглашение премьер-министру Моди посетить США."),
])
def test_an_inviter_named_by_a_pronoun_is_the_person_named_before(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.inviter, inv.invitee) == ("donald-trump", "narendra-modi")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Лула получил приглашение посетить Россию ещё в январе от президента Владимира Путина."),
    ("uk", "Лула отримав запрошення відвідати Росію ще в січні від президента Володимира Путіна."),
    ("en", "Lula received an invitation to visit Russia back in January from President Vladimir Putin."),
])
def test_the_inviter_told_at_the_end_of_the_clause_is_the_inviter(lang, text):
    (inv,) = facts(text, lang, REF).invitations
    assert (inv.inviter, inv.invitee, inv.destination) == ("vladimir-putin", "luiz-inacio-lula-da-silva", "russia")
