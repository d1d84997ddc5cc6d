"""Meetings told in the many ways outlets phrase them (issue 15: paraphrase coverage), in general form, one
behaviour per test, ru/uk/en rows with near misses: a call or a meeting told actively, passively, by its noun, with a
pronoun subject, inside a reported clause, two in one sentence, recalled in passing; and what tells none (a verb of
denial governing it, a plan, a hope, a question, a refusal). Own sentences."""
from __future__ import annotations

import pytest
from helpers import facts, meeting_pairs

PX = ("vladimir-putin", "xi-jinping")
PE = ("recep-tayyip-erdogan", "vladimir-putin")


@pytest.mark.parametrize("lang,text,medium", [
    ("en", "Vladimir Putin spoke by phone with Xi Jinping on Monday.", "phone"),
    ("en", "Xi Jinping was called by Vladimir Putin on Monday.", "phone"),
    ("en", "A phone call between Vladimir Putin and Xi Jinping took place on Monday.", "phone"),
    ("en", "Xi Jinping received a phone call from Vladimir Putin on Monday.", "phone"),
    ("en", "In a phone call with Xi Jinping on Monday, Vladimir Putin praised the deal.", "phone"),
    ("en", "Vladimir Putin and Xi Jinping held talks via video link on Monday.", "video"),
    ("en", "The Kremlin said that Vladimir Putin had spoken by phone with Xi Jinping on Monday.", "phone"),
    ("en", "Vladimir Putin arrived in Beijing. He met Xi Jinping on Monday.", "in_person"),
    ("en", "The Russian president met the Chinese leader Xi Jinping in Beijing on Monday.", "in_person"),
    ("en", "Vladimir Putin met Xi Jinping on the sidelines of the BRICS summit in Kazan on Monday.", "in_person"),
    ("ru", "В понедельник состоялся телефонный разговор между Владимиром Путиным и Си Цзиньпином.", "phone"),
    ("ru", "Си Цзиньпину позвонил Владимир Путин.", "phone"),
    ("ru", "В Кремле сообщили, что Владимир Путин провёл телефонный разговор с Си Цзиньпином.", "phone"),
    ("ru", "Владимир Путин и Си Цзиньпин провели переговоры в режиме видеоконференции в понедельник.", "video"),
    ("ru", "Владимир Путин прибыл в Пекин. Он встретился с Си Цзиньпином в понедельник.", "in_person"),
    ("ru", "Президент России встретился с председателем КНР Си Цзиньпином в Пекине.", "in_person"),
    ("ru", "Владимир Путин, встречавшийся с Си Цзиньпином в мае, одобрил сделку.", "in_person"),
    ("uk", "Телефонна розмова Володимира Путіна і Сі Цзіньпіна відбулася в понеділок.", "phone"),
    ("uk", "Сі Цзіньпіну зателефонував Володимир Путін.", "phone"),
    ("uk", "У Кремлі повідомили, що Володимир Путін провів телефонну розмову з Сі Цзіньпіном.", "phone"),
    ("uk", "Володимир Путін і Сі Цзіньпін зідзвонилися в понеділок.", "phone"),
    ("uk", "Володимир Путін прибув до Пекіна. Він зустрівся з Сі Цзіньпіном у понеділок.", "in_person"),
    ("uk", "Володимир Путін, який зустрічався з Сі Цзіньпіном у травні, схвалив угоду.", "in_person"),
])
def test_a_meeting_told_in_any_of_its_phrasings_is_found_with_its_medium(lang, text, medium):
    f = facts(text, lang)
    assert meeting_pairs(f) == {PX}
    assert {m.medium for m in f.meetings} == {medium}


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday Vladimir Putin held phone calls with Xi Jinping and Recep Tayyip Erdogan."),
    ("ru", "Владимир Путин провёл телефонные разговоры с Си Цзиньпином и Реджепом Тайипом Эрдоганом."),
    ("uk", "Володимир Путін провів телефонні розмови з Сі Цзіньпіном і Реджепом Таїпом Ердоганом."),
])
def test_two_calls_in_one_sentence_are_two_meetings(lang, text):
    assert meeting_pairs(facts(text, lang)) == {PX, PE}


@pytest.mark.parametrize("lang,text", [
    ("en", "The Kremlin denied that Vladimir Putin had spoken with Xi Jinping by phone."),
    ("en", "The Kremlin denied reports of a phone call between Vladimir Putin and Xi Jinping."),
    ("ru", "В Кремле опровергли, что Владимир Путин говорил по телефону с Си Цзиньпином."),
    ("ru", "Песков опроверг информацию о телефонном разговоре Владимира Путина и Си Цзиньпина."),
    ("uk", "У Кремлі спростували, що Володимир Путін розмовляв телефоном із Сі Цзіньпіном."),
    ("uk", "Пєсков спростував інформацію про телефонну розмову Володимира Путіна і Сі Цзіньпіна."),
])
def test_a_denied_call_is_no_meeting(lang, text):
    assert facts(text, lang).meetings == ()


@pytest.mark.parametrize("lang,text", [
    # near misses: a contrast after the denial starts a fact of its own
    ("en", "The Kremlin denied reports of tension, but Vladimir Putin spoke with Xi Jinping by phone on Monday."),
    ("ru", "В Кремле опровергли слухи о разногласиях, но Владимир Путин поговорил по телефону с Си Цзиньпином."),
    ("uk", "У Кремлі спростували чутки про розбіжності, але Володимир Путін поговорив телефоном із Сі Цзіньпіном."),
])
def test_a_denial_before_a_contrast_leaves_the_call(lang, text):
    assert meeting_pairs(facts(text, lang)) == {PX}


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin will meet Xi Jinping next week."),
    ("en", "Vladimir Putin hopes to meet Xi Jinping soon."),
    ("en", "Vladimir Putin is scheduled to meet Xi Jinping on Friday."),
    ("en", "Vladimir Putin had planned to meet Xi Jinping in May, but the meeting was cancelled."),
    ("en", "Will Vladimir Putin meet Xi Jinping?"),
    ("en", "Vladimir Putin refused to meet Xi Jinping."),
    ("ru", "Владимир Путин надеется встретиться с Си Цзиньпином."),
    ("ru", "Встретится ли Владимир Путин с Си Цзиньпином?"),
    ("ru", "Владимир Путин собирался встретиться с Си Цзиньпином, но встреча была отменена."),
    ("ru", "Владимир Путин отказался встречаться с Си Цзиньпином."),
    ("uk", "Володимир Путін сподівається зустрітися з Сі Цзіньпіном."),
    ("uk", "Чи зустрінеться Володимир Путін із Сі Цзіньпіном?"),
    ("uk", "Володимир Путін збирався зустрітися з Сі Цзіньпіном, але зустріч скасували."),
    ("uk", "Володимир Путін відмовився зустрічатися з Сі Цзіньпіном."),
])
def test_a_meeting_planned_hoped_asked_or_refused_is_no_meeting(lang, text):
    assert facts(text, lang).meetings == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin called for talks with Xi Jinping."),
    ("en", "Vladimir Putin said he was open to a meeting with Xi Jinping."),
    ("en", "Vladimir Putin urged Xi Jinping to hold talks."),
    ("ru", "Владимир Путин призвал Си Цзиньпина к переговорам."),
    ("ru", "Владимир Путин выразил надежду на встречу с Си Цзиньпином."),
    ("uk", "Володимир Путін закликав до переговорів із Сі Цзіньпіном."),
    ("uk", "Володимир Путін висловив сподівання на зустріч із Сі Цзіньпіном."),
])
def test_a_meeting_called_for_or_hoped_for_is_no_meeting(lang, text):
    assert facts(text, lang).meetings == ()


@pytest.mark.parametrize("lang,text", [
    # near misses: the call is made during talks that were held
    ("en", "Vladimir Putin urged Xi Jinping during talks in Beijing to expand trade."),
    ("ru", "Владимир Путин призвал Си Цзиньпина в ходе переговоров расширить торговлю."),
    ("uk", "Володимир Путін закликав Сі Цзіньпіна під час переговорів розширити торгівлю."),
])
def test_a_call_made_during_talks_keeps_the_talks(lang, text):
    assert meeting_pairs(facts(text, lang)) == {PX}


@pytest.mark.parametrize("text,expected", [
    ("Vladimir Putin called Xi Jinping a dear friend.", set()),
    # near misses: a time after the article is when he called
    ("Vladimir Putin called Xi Jinping a day after the vote.", {PX}),
    ("Vladimir Putin called Xi Jinping an hour after the vote.", {PX}),
    ("Vladimir Putin called Xi Jinping on Monday.", {PX}),
])
def test_called_someone_a_name_is_no_call(text, expected):
    assert meeting_pairs(facts(text, "en")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Володимир Путін прийняв у Кремлі Сі Цзіньпіна.", {PX}),
    ("uk", "Володимир Путін прийняв Сі Цзіньпіна в Кремлі в понеділок.", {PX}),
    ("ru", "Владимир Путин принял Си Цзиньпина в Кремле.", {PX}),
    # near misses: a thing received (a law, a decision) is no guest
    ("uk", "Володимир Путін прийняв закон, а Сі Цзіньпін схвалив угоду.", set()),
    ("ru", "Владимир Путин принял закон, а Си Цзиньпин одобрил соглашение.", set()),
])
def test_receiving_a_guest_is_a_meeting_receiving_a_thing_is_not(lang, text, expected):
    assert meeting_pairs(facts(text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Си Цзиньпин принял решение после разговора с Владимиром Путиным."),
    ("uk", "Сі Цзіньпін прийняв рішення після розмови з Володимиром Путіним."),
])
def test_a_decision_taken_after_a_call_leaves_the_call_remote(lang, text):
    assert {m.medium for m in facts(text, lang).meetings} == {"phone"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Did Vladimir Putin speak with Xi Jinping?", set()),
    ("en", "Has Vladimir Putin met Xi Jinping?", set()),
    ("ru", "Говорил ли Владимир Путин с Си Цзиньпином?", set()),
    ("uk", "Чи розмовляв Володимир Путін із Сі Цзіньпіном?", set()),
    # near misses: a question of why takes the meeting as told
    ("en", "Why did Vladimir Putin meet Xi Jinping in Beijing on Monday?", {PX}),
    ("ru", "Почему Владимир Путин встретился с Си Цзиньпином в Пекине?", {PX}),
])
def test_a_meeting_asked_about_yes_or_no_is_no_meeting(lang, text, expected):
    assert meeting_pairs(facts(text, lang)) == expected
