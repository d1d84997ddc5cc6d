"""Meetings: the words and sentence ends the meeting rules read (glued sentences, full stops without a space, time
zones after a clock time, stems that only look like irregular verbs, prepositions that look like infinitives)."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    article,
    meetings_of,
    partners,
    partners_and_medium,
    partners_who_met,
    the_meeting,
)

from kg.text.document import Document
from kg.text.morph import lemmatizer

MAR_14_2025 = date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize("text,expected", [
    ("Yoon met Biden in India.The office said on Sunday that he attended a dinner.", 2),
    ("Путин прибыл в Пекин.Переговоры прошли в четверг.", 2),
    ("Зеленський прибув до Варшави.Переговори тривали годину.", 2),
    # near misses: initials, web addresses, a known abbreviation before a name
    ("The U.S.President met him in Seoul.", 1),
    ("Read it at www.Example.Com or Life.ru today.", 1),
    ("Он живёт на просп.Мира в Москве.", 1),
])
def test_a_full_stop_with_no_space_after_it_still_ends_a_sentence(text, expected):
    from kg.text.tokens import sentences

    assert len(sentences(text, frozenset({"просп."}))) == expected


def test_a_glued_sentence_lends_no_party_to_the_meeting_before_it():
    text = ("President Yoon Suk Yeol met with Joe Biden during a summit dinner in India.The office said that Yoon "
            "attended the dinner hosted by Indian President Droupadi Murmu on Saturday.")
    assert partners_who_met(text, "en", MAR_14_2025) == {("joe-biden", "yoon-suk-yeol")}


@pytest.mark.parametrize("text,expected", [
    ("Talks began at 9:00 p.m. EST (10:00 a.m. on May 13, JST) and lasted an hour.", 1),
    ("They met at 5 p.m. (GMT) on Monday.", 1),
    # near misses: after "p.m." a capitalised word that is no time zone opens the next sentence
    ("They met at 5 p.m. Then Putin left.", 2),
    ("He left at 5 p.m. US officials said so.", 2),
])
def test_a_time_zone_after_a_clock_time_ends_no_sentence(text, expected):
    assert len(Document(article(text, "en")).sentences) == expected


P, X, T, M, Z, E, S, N = ("vladimir-putin", "xi-jinping", "donald-trump", "emmanuel-macron", "volodymyr-zelenskyy",
                          "recep-tayyip-erdogan", "olaf-scholz", "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin met Xi Jinping in Beijing. The leaders oversaw the signing of deals ranging from energy to "
           "farming.", {(partners(P, X), "in_person")}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing. The two sides ranged over trade and security.",
     {(partners(P, X), "in_person")}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине. Лидеры подписали соглашения в самых разных сферах, "
           "от энергетики до сельского хозяйства.", {(partners(P, X), "in_person")}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном у Пекіні. Лідери підписали угоди в різних сферах, від "
           "енергетики до сільського господарства.", {(partners(P, X), "in_person")}),
    # near miss: the irregular past itself still tells a call
    ("en", "Donald Trump rang Narendra Modi on Tuesday.", {(partners(N, T), "phone")}),
])
def test_a_word_whose_stem_spells_an_irregular_past_is_not_that_verb(lang: str, text: str, expected: set) -> None:
    assert partners_and_medium(text, lang, MAR_14_2025) == expected


PX = ("vladimir-putin", "xi-jinping")


EX = ("recep-tayyip-erdogan", "xi-jinping")


def test_prior_to_is_a_preposition_not_an_infinitive():
    # "prior to his meeting": the meeting was held, not aimed at; "plans to meet" still is an aim
    text = "Prior to his meeting with Vladimir Putin, Xi Jinping met Recep Tayyip Erdogan."
    assert the_meeting(text, "en", MAR_14_2025, EX)
    assert not meetings_of("Xi Jinping plans to meet Recep Tayyip Erdogan.", "en", MAR_14_2025, EX)


@pytest.mark.parametrize("word,lemma,not_lemma", [
    ("ranging", "range", "rang"),
    ("ranged", "range", "rang"),
    ("roses", "roses", "rose"),
    ("rang", "ring", None),
    ("met", "meet", None),
    ("meeting", "meet", None),
])
def test_a_stem_cut_off_a_suffix_is_no_irregular_form(word, lemma, not_lemma):
    lemmas = lemmatizer("en").lemmas(word)
    assert lemma in lemmas and (not_lemma is None or not_lemma not in lemmas)
