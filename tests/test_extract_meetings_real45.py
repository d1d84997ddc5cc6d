"""Meetings as real outlets tell them, from the errors of real batches 4-5 (issue 15), in general form: a day
written as an English ordinal ("25th November"); a duration told by the unit's adjective alone ("годинна
розмова", "часовой разговор"); a meeting named as a future one ("a future meeting"), or governed by a future
predicate far before it ("will serve as co-chair of the ... summit", "is set to travel ..., marking a historic
visit"); a delegation's people listed as attending a meeting ("На встрече присутствовали ..."), who hold no
meeting among themselves. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

from kg.records import PartialDate

REF = date(2025, 3, 14)  # a Friday
PUTIN, XI, ERDOGAN, SHARIF = "vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "shehbaz-sharif"
ZELENSKY, MACRON, MELONI, MODI = "volodymyr-zelenskyy", "emmanuel-macron", "giorgia-meloni", "narendra-modi"
PEZESHKIAN, RAMAPHOSA = "masoud-pezeshkian", "cyril-ramaphosa"


def _meetings(text: str, lang: str) -> set[tuple[tuple[str, ...], PartialDate | None, int | None]]:
    return {(tuple(sorted(m.participants)), m.date, m.duration_minutes) for m in facts(text, lang, REF).meetings}


def _pairs(text: str, lang: str) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, REF))


@pytest.mark.parametrize("text,day", [
    ("Prime Minister Shehbaz Sharif held talks with President Erdogan in Ankara on 12th October 2023.",
     PartialDate(2023, 10, 12)),
    ("Shehbaz Sharif met Recep Tayyip Erdogan on the 1st of June 2024 in Istanbul.", PartialDate(2024, 6, 1)),
    ("Erdogan spoke by phone with Shehbaz Sharif on 22nd February.", PartialDate(2025, 2, 22)),
    ("Shehbaz Sharif and Erdogan held talks in Ankara on October 3rd, 2023.", PartialDate(2023, 10, 3)),
    # near misses: a plain day, and an ordinal that is no day of the month
    ("Shehbaz Sharif held talks with President Erdogan in Ankara on 12 October 2023.", PartialDate(2023, 10, 12)),
    ("Shehbaz Sharif held talks with President Erdogan in Ankara in October 2023, their 5th meeting.",
     PartialDate(2023, 10)),
])
def test_a_day_written_as_an_english_ordinal_dates_the_meeting(text, day):
    assert {d for _, d, _ in _meetings(text, "en")} == {day}


@pytest.mark.parametrize("lang,text,minutes", [
    ("uk", "Зеленський провів годинну розмову з Макроном.", 60),
    ("uk", "Зеленський та Макрон провели годинні переговори в Парижі.", 60),
    ("ru", "Путин провёл часовой телефонный разговор с Эрдоганом.", 60),
    ("ru", "Путин и Си Цзиньпин провели часовую беседу в Кремле.", 60),
    ("en", "Zelensky held an hour-long call with Macron on Monday.", 60),
    # near misses: a number before the unit's adjective, and an hour that is no duration
    ("uk", "Зеленський провів двогодинну розмову з Макроном.", 120),
    ("uk", "Годину тому Зеленський провів розмову з Макроном.", None),
    ("ru", "Путин и Эрдоган провели переговоры, обсудив переход на летнее время и часовые пояса.", None),
])
def test_the_units_adjective_alone_is_one_unit_of_duration(lang, text, minutes):
    assert {d for _, _, d in _meetings(text, lang)} == {minutes}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Erdogan expressed optimism about a future meeting with Masoud Pezeshkian.", set()),
    ("en", "Pezeshkian and Erdogan spoke by phone on Saturday and voiced hope for a future meeting.",
     {(ERDOGAN, PEZESHKIAN)}),
    ("ru", "Эрдоган выразил надежду на будущую встречу с Пезешкианом.", set()),
    ("uk", "Ердоган висловив сподівання на майбутню зустріч із Пезешкіаном.", set()),
    # near miss: the future is the talks' topic, not the meeting
    ("en", "Erdogan met Masoud Pezeshkian in Ankara on Monday to discuss the future of their ties.",
     {(ERDOGAN, PEZESHKIAN)}),
])
def test_a_meeting_named_as_a_future_one_is_none(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "From Monday, President Cyril Ramaphosa will serve as co-chair of the two-day Forum on China-Africa "
           "Cooperation summit with Xi Jinping.", set()),
    ("en", "Giorgia Meloni is set to arrive in New Delhi on Monday for talks with Narendra Modi, marking her first "
           "official visit to India.", set()),
    ("en", "Giorgia Meloni is expected to fly to New Delhi next week for a long-awaited visit to Narendra Modi.",
     set()),
    ("ru", "С понедельника Рамафоса будет вместе с Си Цзиньпином сопредседателем двухдневного саммита в Пекине.",
     set()),
    # near misses: the predicate is in the past, or the future verb belongs to a clause of its own
    ("en", "Giorgia Meloni arrived in New Delhi on Monday for talks with Narendra Modi, marking her first "
           "official visit to India.", {(MELONI, MODI)}),
    ("en", "Giorgia Meloni travelled to New Delhi on Monday, marking her first official visit to India since "
           "Narendra Modi took office.", {(MELONI, MODI)}),
    ("en", "Meloni, who will soon chair the G7 in Apulia, held talks with Narendra Modi in New Delhi on Monday.",
     {(MELONI, MODI)}),
])
def test_a_meeting_governed_by_a_future_predicate_far_before_it_is_none(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине. На расширенной встрече присутствовали министр "
           "иностранных дел Сергей Лавров и вице-премьер Александр Новак."),
    ("uk", "Путін і Сі Цзіньпін провели переговори в Пекіні. На розширеній зустрічі були присутні міністр "
           "закордонних справ Сергій Лавров та віцепрем'єр Олександр Новак."),
    ("en", "Putin and Xi Jinping held talks in Beijing. The expanded meeting was attended by Foreign Minister "
           "Sergey Lavrov and Deputy Prime Minister Alexander Novak."),
])
def test_people_listed_as_attending_a_meeting_hold_none_among_themselves(lang, text):
    assert _pairs(text, lang) == {(PUTIN, XI)}


@pytest.mark.parametrize("lang,text,expected", [
    # near miss: attendance told of a meeting the sentence names between two sides
    ("ru", "Лавров и Ван И провели встречу в Пекине, на которой присутствовали журналисты.",
     {("sergey-lavrov", "wang-yi")}),
])
def test_a_meeting_with_others_attending_is_still_held(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "During their two-hour summit in Tokyo, Lee Jae-myung and Shigeru Ishiba discussed demographic decline "
           "and a slowing economy.", {("lee-jae-myung", "shigeru-ishiba")}),
    ("en", "Erdogan held talks with Pezeshkian in Ankara on Monday and rejected claims of a rift.",
     {(ERDOGAN, PEZESHKIAN)}),
    ("ru", "Путин провёл переговоры с Си Цзиньпином в Пекине и отклонил обвинения Запада.", {(PUTIN, XI)}),
    ("uk", "Зеленський провів переговори з Макроном у Парижі та відкинув звинувачення Кремля.",
     {(MACRON, ZELENSKY)}),
    # near misses: the refusal governs the visit, or names the invitation
    ("en", "Lula rejected a visit to Russia and spoke with Putin by phone on Monday.",
     {("luiz-inacio-lula-da-silva", PUTIN)}),
    ("en", "Lula declined the invitation to a summit in Moscow with Putin.", set()),
])
def test_a_bare_refusal_verb_is_no_invitation_unless_it_governs_the_visit(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Макрон провів телефонну розмову з Зеленським одразу після розмови з Путіним. За словами джерела, бесіда "
           "була корисною, і Макрон поінформував українського президента про зміст переговорів із Путіним.",
     {(MACRON, ZELENSKY), (MACRON, PUTIN)}),
    ("ru", "Макрон провёл телефонный разговор с Зеленским сразу после разговора с Путиным. По словам источника, беседа "
           "была полезной, и Макрон проинформировал украинского президента о содержании переговоров с Путиным.",
     {(MACRON, ZELENSKY), (MACRON, PUTIN)}),
    ("en", "Macron held a phone call with Zelensky right after his call with Putin. According to the source, the "
           "conversation was useful, and Macron briefed the Ukrainian president on the content of his talks with "
           "Putin.", {(MACRON, ZELENSKY), (MACRON, PUTIN)}),
    # near misses: the one briefed is the partner of the talks, or the talks are the two's own
    ("en", "Macron held talks with Zelensky in Paris on Monday about the war.", {(MACRON, ZELENSKY)}),
    ("uk", "Макрон провів переговори з Зеленським у Парижі та розповів про їхні результати.", {(MACRON, ZELENSKY)}),
])
def test_the_one_briefed_on_talks_is_no_party_to_them(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Украинский лидер Зеленский сообщил о телефонном разговоре с премьер-министром Хорватии Андреем "
           "Пленковичем.",
     {(ZELENSKY, "andrej-plenkovic")}),
    ("en", "Zelensky told reporters about his phone call with Croatian Prime Minister Andrej Plenković.",
     {(ZELENSKY, "andrej-plenkovic")}),
])
def test_telling_of_ones_own_talks_keeps_the_named_partner(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}
