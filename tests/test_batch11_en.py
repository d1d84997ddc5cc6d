"""The errors of the English articles of real batch 11 (issue 15), in general form: a state whose name has several
words is read whole where it is written against another state with a hyphen ("the Papua New Guinea-Australia
treaty" names Papua New Guinea, not Guinea). Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import actors, facts

import kg

COUNTRIES = json.loads((Path(kg.__file__).parent / "gazetteer" / "data" / "countries.json").read_text("utf-8"))
SEVERAL_WORDS = sorted((c["key"], c["name"]["en"]) for c in COUNTRIES
                       if " " in c["name"]["en"] or "-" in c["name"]["en"])


@pytest.mark.parametrize("key,name", SEVERAL_WORDS)
@pytest.mark.parametrize("template", [
    "Canada signed a treaty with {} on Monday.",
    "The {}-Canada treaty was signed on Monday.",
    "The Canada-{} treaty was signed on Monday.",
])
def test_every_state_of_several_words_is_read_whole_beside_a_hyphen(key, name, template):
    assert actors(facts(template.format(name), "en")) - {"canada"} == {key}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Officials of the South Sudan-Sudan border commission met in Juba.", {"south-sudan", "sudan", "juba"}),
    ("en", "The North Korea-Russia treaty was signed in June.", {"north-korea", "russia"}),
    ("en", "The Guinea-Bissau-Senegal accord was signed.", {"guinea-bissau", "senegal"}),
    ("en", "He took the New Delhi-Moscow flight.", {"new-delhi", "moscow"}),
    ("ru", "Договор между Австралией и Папуа-Новой Гвинеей подписан.", {"australia", "papua-new-guinea"}),
    ("ru", "Премьер Папуа-Новой Гвинеи прибыл в Канберру.", {"papua-new-guinea", "canberra"}),
    ("uk", "Австралія підписала договір з Папуа-Новою Гвінеєю.", {"australia", "papua-new-guinea"}),
    ("uk", "Прем'єр Папуа-Нової Гвінеї прибув до Канберри.", {"papua-new-guinea", "canberra"}),
    # near misses: a state of one word stays itself, beside a hyphen or not
    ("en", "The Guinea-Canada accord was signed.", {"guinea", "canada"}),
    ("en", "The Canada-Sudan accord was signed.", {"canada", "sudan"}),
    ("en", "Equatorial Guinea and Guinea signed a deal.", {"equatorial-guinea", "guinea"}),
    ("ru", "Договор между Австралией и Гвинеей подписан.", {"australia", "guinea"}),
    ("uk", "Договір між Австралією та Гвінеєю підписано.", {"australia", "guinea"}),
])
def test_the_longest_state_name_wins_across_a_hyphen(lang, text, expected):
    assert actors(facts(text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Australia and Papua New Guinea signed the Papua New Guinea-Australia Defence Treaty on Monday."),
    ("en", "The two signed the Australia-Papua New Guinea Defence Treaty on Monday."),
    ("ru", "Австралия и Папуа-Новая Гвинея подписали договор о взаимной обороне в понедельник."),
    ("uk", "Австралія та Папуа-Нова Гвінея підписали договір про взаємну оборону в понеділок."),
])
def test_a_treaty_of_a_state_of_several_words_has_that_state_for_party(lang, text):
    assert {t.parties for t in facts(text, lang).treaties} == {("australia", "papua-new-guinea")}
