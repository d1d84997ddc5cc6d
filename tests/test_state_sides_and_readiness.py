"""A state told by its side ("казахстанская сторона", "the Kazakh side") is that state, and a counterpart in a
meeting; readiness for a meeting ("готовность к встрече", "readiness to meet") is no meeting held."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts, meeting_pairs

REF = date(2024, 5, 14)


def _meetings(text: str, lang: str) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, REF))


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Казахстанская сторона предложила расширить сотрудничество.", "kazakhstan"),
    ("ru", "Министр передал послание венгерской стороне.", "hungary"),
    ("uk", "Угорська сторона висловила підтримку.", "hungary"),
    ("uk", "Польська сторона висловила підтримку.", "poland"),
    ("uk", "Міністр передав послання угорській стороні.", "hungary"),
    ("en", "The Kazakh side proposed to expand cooperation.", "kazakhstan"),
])
def test_a_states_side_is_the_state(lang, text, state):
    assert state in actors(facts(text, lang, REF))


@pytest.mark.parametrize("lang,text", [
    # near misses: a side that belongs to no state
    ("ru", "Обе стороны выразили удовлетворение итогами.", ),
    ("uk", "Сторони висловили задоволення підсумками.", ),
    ("en", "The other side of the river was flooded.", ),
])
def test_a_side_of_no_state_names_no_state(lang, text):
    assert not any(a in ("russia", "ukraine", "united-states") for a in actors(facts(text, lang, REF)))


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Во вторник Сергей Лавров провёл переговоры с казахстанской стороной.", {("kazakhstan", "sergey-lavrov")}),
    ("uk", "У вівторок Андрій Сибіга провів переговори з польською стороною.", {("andrii-sybiha", "poland")}),
    ("en", "On Tuesday Sergey Lavrov held talks with the Kazakh side.", {("kazakhstan", "sergey-lavrov")}),
    # near misses: the person's own side is no counterpart; a side named beside a named partner adds nobody
    ("ru", "Во вторник Сергей Лавров провёл переговоры с Токаевым. Казахстанская сторона предложила план.",
     {("kassym-jomart-tokayev", "sergey-lavrov")}),
    ("en", "On Tuesday Sergey Lavrov held talks with Tokayev, and the Kazakh side proposed a plan.",
     {("kassym-jomart-tokayev", "sergey-lavrov")}),
])
def test_talks_with_a_states_side_are_a_meeting_with_the_state(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Зеленский заявил о готовности к встрече с Путиным."),
    ("uk", "Зеленський наголосив на готовності до зустрічі з російською стороною."),
    ("uk", "Зеленський наголосив на готовності до зустрічі з Путіним."),
    ("en", "Zelensky stressed his readiness for a meeting with Putin."),
    ("en", "Zelensky reaffirmed his willingness to meet Putin."),
])
def test_readiness_for_a_meeting_is_no_meeting(lang, text):
    assert _meetings(text, lang) == set()


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: a meeting held, and readiness for something else
    ("ru", "Вчера Зеленский встретился с Эрдоганом и подтвердил готовность к диалогу.",
     {("recep-tayyip-erdogan", "volodymyr-zelenskyy")}),
    ("en", "Zelensky met Erdogan yesterday and confirmed his readiness for dialogue.",
     {("recep-tayyip-erdogan", "volodymyr-zelenskyy")}),
])
def test_a_meeting_held_stays_beside_readiness_for_something_else(lang, text, expected):
    assert _meetings(text, lang) == expected
