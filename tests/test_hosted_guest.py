"""A host verb told in the future with a person of another state right after it ("Xi will host Putin in Beijing",
"Си Цзиньпин примет Путина") is a visit agreed: the host invites the guest, to the place told, else his state."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

DAY = date(2024, 5, 8)

HOSTED = [
    ("en", "Chinese President Xi Jinping will host Russian President Vladimir Putin in Beijing next week.", "beijing"),
    ("ru", "Председатель КНР Си Цзиньпин примет президента России Владимира Путина в Пекине на следующей неделе.",
     "beijing"),
    ("uk", "Голова КНР Сі Цзіньпін прийме президента Росії Володимира Путіна в Пекіні наступного тижня.", "beijing"),
    ("en", "Chinese President Xi Jinping will host Russian President Vladimir Putin next month.", "china"),
]

NOT_HOSTED = [
    ("en", "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Tuesday."),
    ("en", "Chinese President Xi Jinping will host a summit in Beijing next week."),
    ("en", "Russian President Vladimir Putin will host Russian Prime Minister Mikhail Mishustin in Moscow."),
    # at home; a summit abroad is a part taken up (tests/test_invitation_kinds.py)
    ("ru", "Президент России Владимир Путин примет участие в саммите в Москве."),
    ("ru", "Путин примет решение по этому вопросу на следующей неделе."),
    ("uk", "Путін прийме рішення наступного тижня."),
]


@pytest.mark.parametrize(("lang", "text", "destination"), HOSTED)
def test_a_guest_the_host_will_receive_is_invited(lang: str, text: str, destination: str) -> None:
    found = [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, DAY).invitations]
    assert found == [("xi-jinping", "vladimir-putin", destination)]


@pytest.mark.parametrize(("lang", "text"), NOT_HOSTED)
def test_a_guest_received_already_a_thing_or_a_compatriot_is_no_invitation(lang: str, text: str) -> None:
    assert not facts(text, lang, DAY).invitations
