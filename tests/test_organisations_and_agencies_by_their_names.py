"""Actors: organisations the gazetteer does not know, named by a head noun, and news agencies by their names.

* An English name whose last capitalised word is an organisation noun (`organisation_name_heads`: Association,
  Chamber, Council, Centre, Committee, Forum, Authority, Airways, Party ...) is an organisation, whole: the words
  before it (a hyphenated pair of states included: "Malaysia-Thailand Friendship Association") and a complement
  after "of" or "for" ("Chamber of Commerce and Industry", "Council for Trade Promotion"). A state's carrier is
  named by the state alone ("Ghana Airways"). Near misses: a head alone ("Council members said"), a state and a
  head alone that is no carrier ("the China Group"), a body the gazetteer knows ("the Security Council"), a
  venue ("Congress Center"), an event ("Business Forum") and a party (parties' English names are rarely written
  as the story writes them). The same name's tail later ("the Joint Committee") is the same organisation.
* News agencies and channels are found by the names the gazetteer gives them, in every language, a channel's
  longer name before its shorter one ("CNN Türk" is not CNN) and a wire's acronym ("BNS", "ИФ").
"""
from __future__ import annotations

import pytest
from helpers import actors, facts


def _labels(text: str, lang: str) -> set[str]:
    f = facts(text, lang)
    made = {a.key: a.label_en for a in f.new_actors}
    return {made.get(m.actor, m.actor) for m in f.mentions}


# (text, the organisation's English name)
NAMED_BY_THEIR_HEAD = [
    ("The minister met members of the Malaysia-Thailand Friendship Association in Kuala Lumpur.",
     "Malaysia-Thailand Friendship Association"),
    ("He addressed the Malaysian Chamber of Commerce and Industry on Tuesday.",
     "Malaysian Chamber of Commerce and Industry"),
    ("The Business Council for Trade Promotion hosted a dinner for the delegation.",
     "Business Council for Trade Promotion"),
    ("Researchers of the Chilean Center for Strategic Studies took part in the talks.",
     "Chilean Center for Strategic Studies"),
    ("The Senegal Investment Authority signed a memorandum with the visitors.", "Senegal Investment Authority"),
    ("The delegation flew to Accra on Ghana Airways.", "Ghana Airways"),
    ("The Nepal-India Joint Committee will meet again in the spring.", "Nepal-India Joint Committee"),
    ("Both firms joined the Council for International Understanding last year.",
     "Council for International Understanding"),
]


@pytest.mark.parametrize("text,name", NAMED_BY_THEIR_HEAD)
def test_an_organisation_is_named_whole_by_its_head_noun(text: str, name: str) -> None:
    assert name in _labels(text, "en")


# (text, a name that must not be made)
NOT_AN_ORGANISATION = [
    ("Council members said the vote would wait.", "Council"),
    ("Analysts at the China Group expect more trade.", "China Group"),
    ("The Security Council met on Monday.", "Security Council"),
    ("Friendship Association members greeted the guests.", "Friendship Association"),
    ("The talks were held at the Avaza Congress Center.", "Avaza Congress Center"),
    ("Hundreds attended the Serbia-Turkey Business Forum in Belgrade.", "Serbia-Turkey Business Forum"),
    ("The Workers Party won the vote.", "Workers Party"),
]


def test_a_shorter_name_later_is_the_same_organisation() -> None:
    f = facts("The Nepal-India Joint Committee met in March. The Joint Committee agreed to meet again.", "en")
    assert {a.label_en for a in f.new_actors} == {"Nepal-India Joint Committee"}


@pytest.mark.parametrize("text,name", NOT_AN_ORGANISATION)
def test_a_head_alone_or_a_known_body_is_no_new_organisation(text: str, name: str) -> None:
    assert name not in _labels(text, "en")


def test_a_known_body_named_with_its_head_stays_the_known_one() -> None:
    assert "unsc" in actors(facts("The Security Council met on Monday.", "en"))


# (language, text, the agency's key)
AGENCIES = [
    ("uk", "За інформацією CNN Türk, президент Туреччини відвідає Київ наступного тижня.", "cnn-turk"),
    ("ru", "По данным CNN Türk, президент Турции посетит Киев на следующей неделе.", "cnn-turk"),
    ("en", "The Turkish president will visit Kyiv next week, CNN Türk reported.", "cnn-turk"),
    ("ru", "РИГА, 3 марта, BNS - Премьер-министр Латвии встретился с коллегой из Эстонии.", "bns"),
    ("en", "Latvia's prime minister met his Estonian counterpart, BNS reported.", "bns"),
    ("ru", "Он сказал, что готов к встрече (с президентом Армении - ИФ) в ближайшее время.", "interfax"),
]


@pytest.mark.parametrize("lang,text,key", AGENCIES)
def test_an_agency_is_found_by_its_name(lang: str, text: str, key: str) -> None:
    assert key in actors(facts(text, lang))


# (language, text): a channel's longer name is not the shorter channel's
NOT_THE_SHORTER_CHANNEL = [
    ("uk", "За інформацією CNN Türk, президент Туреччини відвідає Київ наступного тижня."),
    ("en", "The Turkish president will visit Kyiv next week, CNN Türk reported."),
]


@pytest.mark.parametrize("lang,text", NOT_THE_SHORTER_CHANNEL)
def test_a_longer_channel_name_is_not_the_shorter_channel(lang: str, text: str) -> None:
    assert "cnn" not in actors(facts(text, lang))


# (language, text): a former premier the gazetteer knows, in its spelling
FORMER_PREMIER = [
    ("ru", "Сергей Степашин прибыл в Вильнюс с официальным визитом."),
    ("uk", "Сергій Степашин прибув до Вільнюса з офіційним візитом."),
    ("en", "Sergei Stepashin arrived in Vilnius on an official visit."),
]


@pytest.mark.parametrize("lang,text", FORMER_PREMIER)
def test_a_known_former_premier_is_the_gazetteer_person(lang: str, text: str) -> None:
    assert "sergei-stepashin" in actors(facts(text, lang))
