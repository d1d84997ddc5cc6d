"""The word for both sides with its states told right after it ("the presidents of Russia and China") names the sides
of a meeting; with the states as the topic of their talk ("discussed relations between Russia and China") it refers
back to the meeting already told."""
from __future__ import annotations

import pytest
from helpers import facts, meeting_pairs

SIDES_NAMED = [
    ("en", "The presidents of Russia and China held talks on Tuesday.", ("china", "russia")),
    ("en", "The heads of state of India and Brazil held talks.", ("brazil", "india")),
    ("ru", "Президенты России и Китая провели переговоры во вторник.", ("china", "russia")),
    ("uk", "Президенти Росії та Китаю провели переговори у вівторок.", ("china", "russia")),
]

SIDES_AS_TOPIC = [
    ("en", "The leaders discussed relations between Russia and China."),
    ("ru", "Лидеры обсудили отношения России и Китая."),
    ("uk", "Лідери обговорили відносини Росії та Китаю."),
]


@pytest.mark.parametrize(("lang", "text", "pair"), SIDES_NAMED)
def test_the_states_told_after_the_word_for_both_sides_are_the_sides(lang: str, text: str,
                                                                      pair: tuple[str, str]) -> None:
    assert meeting_pairs(facts(text, lang)) == {pair}


@pytest.mark.parametrize(("lang", "text"), SIDES_AS_TOPIC)
def test_states_the_sides_talked_about_are_no_sides(lang: str, text: str) -> None:
    assert not facts(text, lang).meetings
