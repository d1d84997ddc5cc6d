"""Treaties by the causes of the errors seen on real news (issue #15): a batch of documents told by what it is
worth or the fields it covers, or as the subject of a passive verb of concluding; parties named inside "between
the ministries of A and B"; a ministry signing for its state; a document only hoped for ("we can reach a deal",
"look forward to concluding"). Rows in Russian, Ukrainian and English, with near misses. The sentences are
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)


def _parties(lang: str, text: str) -> set[frozenset[str]]:
    return {frozenset(t.parties) for t in facts(text, lang, REF).treaties}


def _labels(lang: str, text: str) -> list[str]:
    return [t.label for t in facts(text, lang, REF).treaties]


BATCH_WORTH_OR_FIELDS = [
    ("en", "Brazil and Argentina signed business deals worth more than $5 billion on Monday.", ("brazil", "argentina"),
     "deals worth"),
    ("en", "Brazil and Argentina signed trade deals worth $2 billion.", ("brazil", "argentina"), "deals worth"),
    ("en", "Lula hosted Milei in Brasilia. The two leaders oversaw the signing of agreements in 12 areas.",
     ("brazil", "argentina"), "agreements in 12 areas"),
    ("en", "Brazil and Argentina signed agreements in the field of energy.", ("brazil", "argentina"),
     "agreements in the field"),
    ("ru", "Бразилия и Аргентина подписали соглашения на сумму 5 млрд долларов.", ("brazil", "argentina"),
     "соглашения"),
    ("ru", "Бразилия и Аргентина подписали соглашения в 12 сферах.", ("brazil", "argentina"), "соглашения"),
    ("uk", "Бразилія та Аргентина підписали угоди на суму 5 млрд доларів.", ("brazil", "argentina"), "угоди"),
    ("uk", "Бразилія та Аргентина підписали угоди у 12 сферах.", ("brazil", "argentina"), "угоди"),
]


@pytest.mark.parametrize("lang,text,parties,label", BATCH_WORTH_OR_FIELDS)
def test_a_batch_told_by_its_worth_or_fields_is_one_treaty(lang: str, text: str, parties: tuple[str, ...],
                                                           label: str) -> None:
    found = facts(text, lang, REF).treaties
    assert {frozenset(t.parties) for t in found} == {frozenset(parties)}
    assert any(label in t.label for t in found)


BATCH_NEAR_MISSES = [
    ("en", "Brazil and Argentina signed agreements in Brasilia."),  # a place, not a field
    ("en", "Brazil and Argentina have signed agreements."),  # told in passing, nothing about them
]


@pytest.mark.parametrize("lang,text", BATCH_NEAR_MISSES)
def test_a_bare_plural_after_signing_with_a_place_is_no_batch(lang: str, text: str) -> None:
    assert _parties(lang, text) == set()


PASSIVE_BATCHES = [
    ("en", "Lula met Milei in Brasilia. Defence deals worth $2 billion were also finalized.", ("brazil", "argentina")),
    ("en", "Defence deals worth $2 billion were signed by Brazil and Argentina.", ("brazil", "argentina")),
    ("en", "Lula met Milei in Brasilia. Defence deals worth $2 billion were finalized, in a sign of a shift away from "
           "France.", ("brazil", "argentina")),
    ("ru", "Соглашения на сумму 2 млрд долларов между Бразилией и Аргентиной были подписаны в понедельник.",
     ("brazil", "argentina")),
    ("uk", "Угоди на суму 2 млрд доларів між Бразилією та Аргентиною були підписані в понеділок.",
     ("brazil", "argentina")),
]


@pytest.mark.parametrize("lang,text,parties", PASSIVE_BATCHES)
def test_a_batch_subject_of_a_passive_signing_is_one_treaty(lang: str, text: str, parties: tuple[str, ...]) -> None:
    assert _parties(lang, text) == {frozenset(parties)}


PASSIVE_NEAR_MISSES = [
    ("en", "Brazil and Argentina are finalising deals on defence."),  # the work goes on
    ("en", "The deals that were signed by Brazil and Argentina in 2019 remain in force."),  # told again
]


@pytest.mark.parametrize("lang,text", PASSIVE_NEAR_MISSES)
def test_an_ongoing_or_relative_passive_makes_no_batch(lang: str, text: str) -> None:
    assert _parties(lang, text) == set()


def test_a_count_does_not_reach_back_over_a_comma() -> None:
    labels = _labels("en", "Brazil and Argentina on Monday, 3 March, finalised defence deals worth $2 billion.")
    assert labels and not any(label[0].isdigit() for label in labels)


BETWEEN_BODIES = [
    ("en", "The parties signed an action plan for cooperation between the foreign ministries of Kazakhstan and "
           "Kyrgyzstan for 2025-2026.", ("kazakhstan", "kyrgyzstan")),
    ("en", "The sides signed a protocol between the governments of Kazakhstan and Kyrgyzstan.",
     ("kazakhstan", "kyrgyzstan")),
    ("ru", "Стороны подписали план действий между министерствами иностранных дел Казахстана и Киргизии на 2025-2026 "
           "годы.", ("kazakhstan", "kyrgyzstan")),
    ("uk", "Сторони підписали план дій між міністерствами закордонних справ Казахстану та Киргизстану на 2025-2026 "
           "роки.", ("kazakhstan", "kyrgyzstan")),
]


@pytest.mark.parametrize("lang,text,parties", BETWEEN_BODIES)
def test_parties_between_the_bodies_of_two_states_are_the_states(lang: str, text: str,
                                                                 parties: tuple[str, ...]) -> None:
    assert _parties(lang, text) == {frozenset(parties)}


MINISTRY_FOR_STATE = [
    ("uk", "Між Міністерством аграрної політики та продовольства України та Міністерством інфраструктури Польщі "
           "підписано меморандум про взаєморозуміння.", ("ukraine", "poland")),
    ("ru", "Министерство обороны России и Министерство обороны Беларуси подписали меморандум о сотрудничестве.",
     ("russia", "belarus")),
    ("en", "Ukraine's agriculture ministry and Poland signed a memorandum of understanding on grain transit.",
     ("ukraine", "poland")),
]


@pytest.mark.parametrize("lang,text,parties", MINISTRY_FOR_STATE)
def test_a_ministry_signs_for_its_state(lang: str, text: str, parties: tuple[str, ...]) -> None:
    assert _parties(lang, text) == {frozenset(parties)}


HOPED_FOR = [
    ("en", "The president said Brazil and Argentina can reach a deal of great importance to both countries."),
    ("en", "The minister said Brazil looks forward to negotiating and concluding a comprehensive agreement with "
           "Argentina."),
    ("ru", "Бразилия и Аргентина могут достичь соглашения о торговле."),
    ("uk", "Бразилія та Аргентина можуть досягти угоди про торгівлю."),
]


@pytest.mark.parametrize("lang,text", HOPED_FOR)
def test_a_document_only_hoped_for_is_no_treaty(lang: str, text: str) -> None:
    assert _parties(lang, text) == set()


REACHED = [
    ("en", "Brazil and Argentina reached a deal on trade.", ("brazil", "argentina")),
    ("en", "Brazil and Argentina concluded a comprehensive agreement.", ("brazil", "argentina")),
    ("ru", "Бразилия и Аргентина достигли соглашения о торговле.", ("brazil", "argentina")),
    ("uk", "Бразилія та Аргентина досягли угоди про торгівлю.", ("brazil", "argentina")),
]


@pytest.mark.parametrize("lang,text,parties", REACHED)
def test_a_document_reached_without_a_modal_is_a_treaty(lang: str, text: str, parties: tuple[str, ...]) -> None:
    assert _parties(lang, text) == {frozenset(parties)}
