"""The known-treaty lexicon: names in every language and case, parties, signing dates, and near misses."""
from __future__ import annotations

import re
from datetime import date

import pytest
from helpers import facts, merged

from kg.gazetteer import load_gazetteer
from kg.lexicon import load_treaties

REF = date(2026, 2, 3)

RECOGNISED = [
    # (lang, text, key, parties, signed): no signing words, so the date is the lexicon's
    ("ru", "Москва и Минск отметили годовщину Договора о создании Союзного государства.",
     "union-state-treaty-1999", {"russia", "belarus"}, "1999-12-08"),
    ("uk", "Президенти обговорили виконання Договору про гарантії безпеки в рамках Союзної держави.",
     "russia-belarus-security-guarantees-treaty-2024", {"russia", "belarus"}, "2024-12-06"),
    ("ru", "Анкара и Москва снова поспорили о выполнении меморандума по Идлибу.",
     "sochi-idlib-memorandum-2018", {"russia", "turkey"}, "2018-09-17"),
    ("uk", "Київ давно припинив дію Великого договору з Росією.",
     "russia-ukraine-friendship-treaty-1997", {"russia", "ukraine"}, "1997-05-31"),
    ("en", "Analysts still cite the Kharkiv Pact when they discuss the Black Sea Fleet.",
     "kharkiv-pact-2010", {"russia", "ukraine"}, "2010-04-21"),
    ("ru", "Тегеран сослался на Договор о нераспространении ядерного оружия.",
     "npt-1968", {"iran", "russia", "united-states", "united-kingdom"}, "1968-07-01"),
    ("uk", "Євросоюз нагадав Україні про зобов'язання за Угодою про асоціацію.",
     "eu-ukraine-association-agreement-2014", {"eu", "ukraine"}, "2014"),
    ("en", "China and Kazakhstan praised their Treaty of Good-Neighbourliness, Friendship and Cooperation.",
     "sino-kazakh-friendship-treaty-2002", {"china", "kazakhstan"}, "2002-12-23"),
    ("ru", "Астана и Москва сверили позиции по Договору о добрососедстве и союзничестве.",
     "russia-kazakhstan-alliance-treaty-2013", {"russia", "kazakhstan"}, "2013-11-11"),
    ("uk", "Лукашенко знову згадав Біловезькі угоди.",
     "belovezha-accords-1991", {"russia", "ukraine", "belarus"}, "1991-12-08"),
    ("en", "Tehran and Washington traded blame over the JCPOA.",
     "jcpoa-2015", {"iran", "united-states"}, "2015-07-14"),
    ("ru", "Баку и Тегеран обсудили выполнение Конвенции о правовом статусе Каспийского моря.",
     "caspian-convention-2018", {"azerbaijan", "iran"}, "2018-08-12"),
    ("uk", "Київ і Вашингтон обговорили перші проєкти в межах угоди про надра.",
     "us-ukraine-minerals-agreement-2025", {"united-states", "ukraine"}, "2025-04-30"),
    ("en", "New Delhi and Washington recalled the 123 Agreement.",
     "india-us-civil-nuclear-agreement-2008", {"india", "united-states"}, "2008-10-10"),
    ("ru", "Делийские аналитики вспоминают советско-индийский договор 1971 года.",
     "indo-soviet-treaty-1971", {"india", "russia"}, "1971-08-09"),
]


@pytest.mark.parametrize("lang,text,key,parties,signed", RECOGNISED)
def test_known_treaty_is_recognised_in_an_inflected_name(lang, text, key, parties, signed):
    (treaty,) = [t for t in merged(text, lang, REF) if getattr(t, "key", None) == key]
    assert parties <= set(treaty.parties) and treaty.signed_on.iso() == signed


@pytest.mark.parametrize("lang,text,key,parties,signed", RECOGNISED)
def test_the_article_claims_no_signing_date_it_does_not_state(lang, text, key, parties, signed):
    (claim,) = [t for t in facts(text, lang, REF).treaties if t.key == key]
    assert claim.signed_on is None and claim.qid is None  # the lexicon's, credited to Entente's knowledge


@pytest.mark.parametrize("lang,text,key,parties,signed", RECOGNISED)
def test_the_article_claims_only_the_parties_it_names(lang, text, key, parties, signed):
    f = facts(text, lang, REF)
    (claim,) = [t for t in f.treaties if t.key == key]
    gaz = load_gazetteer()
    named = {m.actor for m in f.mentions} | {gaz.country_of(m.actor) for m in f.mentions}  # a state, or its capital
    assert set(claim.parties) <= named, (claim.parties, named)


def test_all_four_signatories_of_the_grain_deal_are_its_parties():
    (treaty,) = merged("Анкара напомнила о зерновой сделке.", "ru", REF)
    assert set(treaty.parties) == {"russia", "ukraine", "turkey", "un"}


def test_treaty_with_a_confirmed_wikidata_id_carries_it():
    (treaty,) = merged("Вашингтон снова раскритиковал Парижское соглашение по климату.", "ru", REF)
    assert treaty.key == "paris-agreement-2015" and treaty.qid == "Q21707860"


def test_a_name_shared_by_two_treaties_defaults_to_the_russia_china_one():
    (treaty,) = facts("Договор о добрососедстве, дружбе и сотрудничестве был продлен.", "ru", REF).treaties
    assert treaty.key == "russia-china-friendship-treaty-2001"


NEAR_MISSES = [
    # an organisation named after a treaty is not the treaty
    ("ru", "Организация Договора о коллективной безопасности провела учения."),
    ("en", "The Collective Security Treaty Organization held drills."),
    # a pipeline is not the agreement on it
    ("ru", "Газ по «Турецкому потоку» поступает в Венгрию."),
    ("uk", "Газ «Турецьким потоком» надходить до Угорщини."),
    # another state's minerals deal, talk of guarantees, a strategic partnership in general
    ("en", "Washington touted a minerals deal with Australia."),
    ("uk", "Україна розраховує на гарантії безпеки від партнерів."),
    ("ru", "Стороны обсудили стратегическое партнерство."),
]


@pytest.mark.parametrize("lang,text", NEAR_MISSES)
def test_generic_mention_is_no_known_treaty(lang, text):
    known = {t["key"] for t in load_treaties()}
    assert not [t for t in facts(text, lang, REF).treaties if t.key in known]


def test_a_known_name_between_other_parties_is_not_the_known_treaty():
    text = "Moldova and the EU marked the anniversary of their Association Agreement."
    assert [t.key for t in facts(text, "en", REF).treaties if not t.key.startswith("new:")] == []


@pytest.mark.parametrize("treaty", load_treaties(), ids=lambda t: t["key"])
def test_every_party_is_an_actor_the_gazetteer_knows(treaty):
    gaz = load_gazetteer()
    assert all(gaz.by_qid.get(q) for q in treaty["parties"])


@pytest.mark.parametrize("treaty", load_treaties(), ids=lambda t: t["key"])
def test_entry_is_well_formed(treaty):
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", treaty["signed"])
    assert treaty["qid"] is None or re.fullmatch(r"Q\d+", treaty["qid"])
    assert all(treaty["names"].get(lang) for lang in ("ru", "uk", "en"))
