"""Invitations and treaties as real outlets tell them (fourth round, from the errors of real batches 4-5): a guest
asked to come who is named by his state's adjective and a title ("предложил российскому лидеру посетить", "asked the
Ukrainian leader to visit"). Every sentence here is invented."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)


def _invitations(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations}


# ------------------------------------------------------------------------------------------ invitations

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. Мирзиёев предложил казахстанскому лидеру "
           "посетить Узбекистан весной.", ("shavkat-mirziyoyev", "kassym-jomart-tokayev", "uzbekistan")),
    ("ru", "Владимир Путин провел переговоры с Нарендрой Моди. Путин предложил своему индийскому коллеге посетить "
           "Россию в следующем году.", ("vladimir-putin", "narendra-modi", "russia")),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував українському лідерові "
           "відвідати Туреччину.", ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував своєму українському "
           "колезі відвідати Анкару.", ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "ankara")),
    ("en", "Erdogan held talks with Zelensky in Ankara. Erdogan asked the Ukrainian leader to visit Turkey again.",
     ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")),
    ("en", "Lula spoke with Modi. Lula asked his Indian counterpart to attend the summit in Brazil.",
     ("luiz-inacio-lula-da-silva", "narendra-modi", "brazil")),
])
def test_a_guest_asked_to_come_may_be_named_by_his_states_adjective_and_title(lang, text, expected):
    assert expected in _invitations(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. Мирзиёев предложил казахстанскому лидеру "
           "провести следующий раунд переговоров в Ташкенте."),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував українському лідерові "
           "підписати угоду."),
    ("en", "Erdogan held talks with Zelensky in Ankara. Erdogan asked the Ukrainian leader to sign the deal."),
    ("ru", "Владимир Путин провел переговоры с Нарендрой Моди. Путин предложил своему индийскому коллеге обсудить "
           "поставки нефти."),
])
def test_a_guest_named_by_a_title_and_asked_for_no_trip_is_not_invited(lang, text):
    assert _invitations(text, lang) == set()
