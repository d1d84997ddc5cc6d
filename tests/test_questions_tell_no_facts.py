"""A yes-no question tells no fact, for every kind of fact alike (one check, `ArticleContext.yes_no_question`); a
question of why or how takes its fact as told. Own sentences, ru/uk/en."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize("lang,text", [
    ("en", "Will Xi Jinping invite Vladimir Putin to visit Beijing?"),
    ("ru", "Пригласит ли Си Цзиньпин Владимира Путина посетить Пекин?"),
    ("uk", "Чи запросить Сі Цзіньпін Володимира Путіна відвідати Пекін?"),
    ("en", "Did Xi Jinping invite Vladimir Putin to visit Beijing?\u201d"),
])
def test_a_yes_no_question_tells_no_invitation(lang, text):
    assert facts(text, lang, PUBLISHED).invitations == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Why did Xi Jinping invite Vladimir Putin to visit Beijing?"),
    ("ru", "Почему Си Цзиньпин пригласил Владимира Путина посетить Пекин?"),
    ("uk", "Чому Сі Цзіньпін запросив Володимира Путіна відвідати Пекін?"),
])
def test_a_question_of_why_takes_the_invitation_as_told(lang, text):
    assert [(i.inviter, i.invitee) for i in facts(text, lang, PUBLISHED).invitations] == [
        ("xi-jinping", "vladimir-putin")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Did Russia and China sign a gas agreement?\u201d"),
    ("ru", "Подписали ли Россия и Китай газовое соглашение?"),
    ("uk", "Чи підписали Росія і Китай газову угоду?"),
])
def test_a_yes_no_question_tells_no_treaty(lang, text):
    assert facts(text, lang, PUBLISHED).treaties == ()
