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
