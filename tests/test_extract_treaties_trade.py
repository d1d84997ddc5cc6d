"""Treaties (names in every language, parties, signing, status) and trade figures."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, merged

REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Стороны обсудили будущее ДСНВ после его истечения."),
    ("uk", "Сторони обговорили майбутнє СНО-3."),
    ("en", "The sides discussed the future of New START."),
])
def test_new_start_is_one_treaty_under_every_name(lang, text):
    (treaty,) = merged(text, lang, REF)
    assert treaty.key == "new-start" and set(treaty.parties) == {"russia", "united-states"}


def test_signing_date_is_derived_from_an_anniversary():
    text = "В июле исполнится 25 лет со дня подписания договора о добрососедстве, дружбе и сотрудничестве."
    (treaty,) = facts(text, "ru", REF).treaties
    assert treaty.signed_on.iso() == "2001-07"


def test_treaty_status_extended_is_read():
    text = "Договор о добрососедстве, дружбе и сотрудничестве был продлен на пять лет."
    (treaty,) = facts(text, "ru", REF).treaties
    assert treaty.status == "extended"


def test_agreement_not_in_the_lexicon_becomes_a_treaty_with_its_parties_and_date():
    text = "Индия и Россия подписали соглашение о сотрудничестве в Арктике в марте 2025 года."
    (treaty,) = facts(text, "ru", REF).treaties
    assert set(treaty.parties) == {"india", "russia"} and treaty.signed_on.iso() == "2025-03"


def test_talk_of_an_agreement_without_signing_is_not_a_treaty():
    assert facts("Стороны выразили надежду на соглашение.", "ru", REF).treaties == ()


TRADE = [
    # (lang, text, commodity, measure, value)
    ("ru", "Товарооборот России и Китая достиг 200 млрд долларов.", "trade_turnover", "valueUSD", 200e9),
    ("uk", "Товарообіг між Росією та Китаєм сягнув $245 мільярдів.", "trade_turnover", "valueUSD", 245e9),
    ("en", "Trade between Russia and India reached $65bn.", "trade_turnover", "valueUSD", 65e9),
    ("ru", "Поставки российской нефти в Индию упали на 9%.", "crude_oil", "changePercent", -9.0),
    ("uk", "Росія вийшла на друге місце з постачання вугілля до Китаю.", "coal", "rank", 2.0),
    ("en", "Russia became China's top supplier of crude oil.", "crude_oil", "rank", 1.0),
    ("en", "China imported 5.3 million tonnes of Russian LNG.", "lng", "tonnes", 5.3e6),
    ("ru", "Россия поставила в Китай 31 млрд кубометров газа.", "natural_gas_pipeline", "cubicMetresPerYear", 31e9),
]


@pytest.mark.parametrize("lang,text,commodity,measure,value", TRADE)
def test_trade_figure_is_read_in_base_units(lang, text, commodity, measure, value):
    found = facts(text, lang, REF).trade_facts
    hits = [t for t in found if t.commodity == commodity and t.measure == measure
            and abs(t.value - value) <= abs(value) * 1e-9]
    assert hits, found


def test_supplier_and_buyer_follow_the_direction_words():
    (fact,) = facts("Китай импортировал из России 108 млн тонн нефти.", "ru", REF).trade_facts
    assert (fact.supplier, fact.buyer) == ("russia", "china")


def test_period_of_the_first_months_of_a_year():
    (fact,) = facts("За 11 месяцев 2024 года товарооборот России и Китая составил $220 млрд.", "ru",
                    REF).trade_facts
    assert fact.period.iso() == "2024-01..2024-11"


def test_number_without_unit_or_commodity_is_not_a_trade_figure():
    assert facts("В переговорах участвовали 12 человек.", "ru", REF).trade_facts == ()


@pytest.mark.parametrize("lang,text", [
    ("uk", "Попри гучні заяви, угоди щодо газогону сторони Росія і Китай так і не підписали."),
    ("en", "Russia and China have not signed the agreement on the new pipeline."),
])
def test_an_agreement_that_was_not_signed_is_not_a_treaty(lang, text):
    assert facts(text, lang, REF).treaties == ()
