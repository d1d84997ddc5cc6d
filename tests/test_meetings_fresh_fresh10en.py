"""Meetings from fresh English news (issue 15, fresh pages): "X called on Y" is the verb of a visit, a meeting in
person, not a phone call; the same verb with an infinitive after its person ("called on Y to stop") urges and tells
no meeting; a call noun followed by "on" ("a phone call on Tuesday") stays a call. Russian and Ukrainian tell the
visit by other words ("визит вежливости", "візит ввічливості"), which must keep working, and the urging verb
("призвал", "закликав") tells no meeting. Own sentences, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

MAR_14_2025 = date(2025, 3, 14)  # a Friday
MODI, PUTIN, ERDOGAN = "narendra-modi", "vladimir-putin", "recep-tayyip-erdogan"


def _meetings(text: str, lang: str) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(sorted(m.participants)), m.medium) for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday Prime Minister Narendra Modi called on President Vladimir Putin."),
    ("en", "Narendra Modi calls on Vladimir Putin at his residence on Wednesday."),
    ("en", "Earlier in the day, Narendra Modi also called upon President Putin."),
    ("en", "On Wednesday Narendra Modi paid a courtesy call on Vladimir Putin."),
    ("ru", "В среду Нарендра Моди нанёс визит вежливости Владимиру Путину."),
    ("uk", "У середу Нарендра Моді наніс візит ввічливості Володимиру Путіну."),
])
def test_calling_on_a_person_is_a_visit_in_person(lang, text):
    assert _meetings(text, lang) == {((MODI, PUTIN), "in_person")}


@pytest.mark.parametrize("lang,text", [
    # urging: the verb with an infinitive after its person
    ("en", "Narendra Modi called on Vladimir Putin to end the fighting."),
    ("en", "On Wednesday Narendra Modi called upon Recep Tayyip Erdogan to reopen the straits."),
    ("ru", "Нарендра Моди призвал Владимира Путина прекратить боевые действия."),
    ("uk", "Нарендра Моді закликав Володимира Путіна припинити бойові дії."),
])
def test_calling_on_a_person_to_act_is_no_meeting(lang, text):
    assert _meetings(text, lang) == set()


@pytest.mark.parametrize("lang,text", [
    # a call noun followed by "on" and a day: still a call
    ("en", "Narendra Modi held a phone call on Wednesday with Vladimir Putin."),
    ("en", "Narendra Modi called Vladimir Putin on Wednesday."),
    ("ru", "Нарендра Моди в среду провёл телефонный разговор с Владимиром Путиным."),
    ("uk", "Нарендра Моді в середу провів телефонну розмову з Володимиром Путіним."),
])
def test_a_call_told_with_on_stays_a_phone_call(lang, text):
    assert _meetings(text, lang) == {((MODI, PUTIN), "phone")}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Narendra Modi called on Vladimir Putin in Moscow on Wednesday.", "moscow"),
    ("ru", "Нарендра Моди в среду нанёс визит вежливости Владимиру Путину в Москве.", "moscow"),
    ("uk", "Нарендра Моді в середу наніс візит ввічливості Володимиру Путіну в Москві.", "moscow"),
])
def test_a_visit_told_by_calling_on_keeps_its_place_and_day(lang, text, place):
    [m] = facts(text, lang, MAR_14_2025).meetings
    assert m.medium == "in_person" and m.place == place
    assert (m.date.year, m.date.month, m.date.day) == (2025, 3, 12)


SOUSA, KOVIND = "marcelo-rebelo-de-sousa", "ram-nath-kovind"
VISIT_DAY = date(2020, 2, 14)  # a Friday


def _dated(text: str, lang: str) -> set[tuple[tuple[str, ...], tuple[int, int, int | None] | None]]:
    return {(tuple(sorted(m.participants)), m.date and (m.date.year, m.date.month, m.date.day))
            for m in facts(text, lang, VISIT_DAY).meetings}


@pytest.mark.parametrize("lang,text", [
    # an arrival whose host the sentence leaves unnamed (Entente finds the state's head) and talks the next day with
    # the head of government: one visit, dated by its talks
    ("en", "Narendra Modi and the Portuguese president Marcelo Rebelo de Sousa held talks on Friday. Rebelo de Sousa "
           "arrived on Thursday night on a four-day visit, the first he has paid to India. Later on Friday President "
           "Ram Nath Kovind will receive the guest."),
    ("ru", "Нарендра Моди и президент Португалии Марселу Ребелу ди Соуза провели переговоры в пятницу. Ребелу ди Соуза "
           "прибыл в четверг вечером с четырёхдневным визитом, первым в Индию. Позже в пятницу президент Рам Натх "
           "Ковинд примет гостя."),
    ("uk", "Нарендра Моді та президент Португалії Марселу Ребелу де Соуза провели переговори в пʼятницю. Ребелу де "
           "Соуза прибув у четвер увечері з чотириденним візитом, першим до Індії. Пізніше в пʼятницю президент Рам "
           "Натх Ковінд прийме гостя."),
])
def test_an_arrival_with_an_unnamed_host_is_the_visit_of_the_talks_after_it(lang, text):
    assert _dated(text, lang) == {((SOUSA, MODI), (2020, 2, 14))}


@pytest.mark.parametrize("lang,text", [
    # near misses: the arrival's sentence names whom the guest met on arriving
    ("en", "Narendra Modi and the Portuguese president Marcelo Rebelo de Sousa held talks on Friday. Rebelo de Sousa "
           "arrived on Thursday night and was welcomed by President Ram Nath Kovind."),
    ("ru", "Нарендра Моди и президент Португалии Марселу Ребелу ди Соуза провели переговоры в пятницу. Ребелу ди Соуза "
           "прибыл в четверг вечером, его встретил президент Рам Натх Ковинд."),
    ("uk", "Нарендра Моді та президент Португалії Марселу Ребелу де Соуза провели переговори в пʼятницю. Ребелу де "
           "Соуза прибув у четвер увечері, його зустрів президент Рам Натх Ковінд."),
])
def test_an_arrival_whose_sentence_names_the_host_stays_a_meeting_of_its_own(lang, text):
    assert _dated(text, lang) == {((SOUSA, MODI), (2020, 2, 14)), ((SOUSA, KOVIND), (2020, 2, 13))}


@pytest.mark.parametrize("lang,text,day", [
    # "prior to this": the meeting told next was held the same day as the one told before it
    ("en", "On Wednesday Narendra Modi held talks with Recep Tayyip Erdogan in New Delhi. Prior to this, the Turkish "
           "leader also met Vladimir Putin.", 12),
    ("ru", "В среду Нарендра Моди провёл переговоры с Реджепом Тайипом Эрдоганом в Нью-Дели. До этого турецкий лидер "
           "также встретился с Владимиром Путиным.", 12),
    ("uk", "У середу Нарендра Моді провів переговори з Реджепом Тайїпом Ердоганом у Нью-Делі. До цього турецький лідер "
           "також зустрівся з Володимиром Путіним.", 12),
    # near misses: a day of its own wins
    ("en", "On Wednesday Narendra Modi held talks with Recep Tayyip Erdogan in New Delhi. Prior to this, on Monday, "
           "Erdogan met Vladimir Putin.", 10),
    ("ru", "В среду Нарендра Моди провёл переговоры с Реджепом Тайипом Эрдоганом в Нью-Дели. До этого, в понедельник, "
           "Эрдоган встретился с Владимиром Путиным.", 10),
    ("uk", "У середу Нарендра Моді провів переговори з Реджепом Тайїпом Ердоганом у Нью-Делі. До цього, в понеділок, "
           "Ердоган зустрівся з Володимиром Путіним.", 10),
])
def test_a_meeting_told_prior_to_another_is_dated_by_it_unless_it_has_its_own_day(lang, text, day):
    dates = {tuple(sorted(m.participants)): m.date for m in facts(text, lang, MAR_14_2025).meetings}
    told = dates[(ERDOGAN, PUTIN)]
    assert told is not None and (told.year, told.month, told.day) == (2025, 3, day)
