"""Agreements beyond the lexicon as real outlets tell them: batches of documents, declarations and peace
agreements whose mediator is no party, supply contracts between companies, and an English document's kind
told before its word."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "В ходе визита Россия и Узбекистан подписали более 50 совместных документов.", ("russia", "uzbekistan")),
    ("ru", "Россия и Узбекистан подписали пакет документов.", ("russia", "uzbekistan")),
    ("uk", "Україна та Польща підписали низку документів.", ("poland", "ukraine")),
    ("uk", "Україна та Польща підписали понад 20 угод про співпрацю.", ("poland", "ukraine")),
    ("en", "India and Russia signed some 40 cooperation agreements.", ("india", "russia")),
    ("en", "Turkey and Azerbaijan signed 14 documents at the end of the meeting.", ("azerbaijan", "turkey")),
])
def test_documents_signed_in_a_batch_are_one_treaty(lang, text, parties):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == parties and treaty.signed_on is not None


@pytest.mark.parametrize("lang,text", [
    ("ru", "Россия и Узбекистан обсудили выполнение ранее подписанных соглашений."),
    ("uk", "Україна та Польща обговорили угоди."),
    ("en", "India and Russia discussed the agreements."),
])
def test_agreements_told_in_passing_are_no_batch(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев и Пашинян при посредничестве президента США Дональда Трампа подписали декларацию о мире."),
    ("uk", "Алієв та Пашинян за посередництва Сполучених Штатів підписали декларацію про мир."),
    ("en", "Aliyev and Pashinyan signed a peace agreement brokered by the United States."),
])
def test_a_mediator_is_no_party_to_the_document_it_brokered(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("armenia", "azerbaijan")


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "Газпром в середине сентября подписал с GNPC контракт на поставку СПГ в Гану.", ("gazprom", "gnpc")),
    ("uk", "Нафтогаз та польська компанія ORLEN уклали угоду про постачання газу.", ("naftogaz", "orlen")),
    ("en", "QatarEnergy and ConocoPhillips signed a 15-year LNG supply deal.", ("conocophillips", "qatarenergy")),
])
def test_a_supply_contract_between_companies_has_the_companies_as_parties(lang, text, parties):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == parties


@pytest.mark.parametrize("company,state", [
    ("gazprom", "russia"), ("cnpc", "china"), ("naftogaz", "ukraine"), ("qatarenergy", "qatar"),
    ("gnpc", "ghana"), ("orlen", "poland"), ("saudi-aramco", "saudi-arabia"),
])
def test_a_company_in_the_gazetteer_belongs_to_its_state(company, state):
    from kg.gazetteer import load_gazetteer

    actor = load_gazetteer().actor(company)
    assert actor is not None and actor.country == state


def test_a_company_stays_the_party_and_is_not_replaced_by_its_state():
    from kg.gazetteer import load_gazetteer

    assert load_gazetteer().country_of("gazprom") is None


@pytest.mark.parametrize("text,label", [
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "peace agreement"),
    ("QatarEnergy and ConocoPhillips signed a 15-year LNG supply deal.", "15-year LNG supply deal"),
    ("India and Russia signed a strategic partnership treaty.", "strategic partnership treaty"),
    # near miss: an amount is no part of the name
    ("India and Russia signed a $5.4 billion deal.", "deal"),
])
def test_an_english_documents_kind_told_before_its_word_opens_its_name(text, label):
    (treaty,) = facts(text, "en", REF).treaties
    assert treaty.label == label


@pytest.mark.parametrize("lang,text", [
    ("en", "No transit deal has been signed yet between Gazprom and Naftogaz."),
    ("uk", "Жодної угоди Нафтогаз та Газпром так і не підписали."),
])
def test_no_deal_signed_is_no_treaty(lang, text):
    assert facts(text, lang, REF).treaties == ()
