"""Meetings from the errors of the English articles of real batch 9 (issue 15), in general form: an aide told only
as someone's ("Biden's envoy") is the aide, never the one whose aide he is; a spokesman the article introduces who
reports a call is no party to it; a region before an apposed title is no person. Own sentences, ru/uk/en, with
near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday
KERRY, DUDA, BIDEN, MORAWIECKI = "john-kerry", "andrzej-duda", "joe-biden", "mateusz-morawiecki"
SISI, TRUMP, MODI, ABIY, OBIANG = ("abdel-fattah-el-sisi", "donald-trump", "narendra-modi", "abiy-ahmed",
                                   "teodoro-obiang-nguema-mbasogo")


def _pairs(text: str, lang: str, published: date = REF) -> set[tuple[str, ...]]:
    return {tuple(sorted(m.participants)) for m in facts(text, lang, published).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    # the envoy the article named before with his title
    ("en", "John Kerry, the US presidential envoy for climate, met Mateusz Morawiecki on Tuesday. Earlier, US "
           "President Joe Biden's climate envoy met President Andrzej Duda.",
     {(KERRY, MORAWIECKI), (DUDA, KERRY)}),
    ("ru", "Джон Керри, спецпосланник президента США по климату, провёл переговоры с Моравецким. Ранее спецпосланник "
           "Байдена встретился с президентом Анджеем Дудой.", {(KERRY, MORAWIECKI), (DUDA, KERRY)}),
    ("uk", "Джон Керрі, спецпосланець президента США з питань клімату, провів переговори з Моравецьким. Раніше "
           "спецпосланець Байдена зустрівся з президентом Анджеєм Дудою.", {(KERRY, MORAWIECKI), (DUDA, KERRY)}),
    # none named: the envoy stands for his state, as "an envoy of Biden" does
    ("en", "Earlier, Joe Biden's special envoy met President Andrzej Duda.", {(DUDA, "united-states")}),
    ("ru", "Ранее спецпосланник Байдена встретился с президентом Анджеем Дудой.", {(DUDA, "united-states")}),
    ("uk", "Раніше спецпосланець Байдена зустрівся з президентом Анджеєм Дудою.", {(DUDA, "united-states")}),
    # near misses: the envoy named right after, the leader himself
    ("en", "Biden's envoy Amos Hochstein met Andrzej Duda.", {(DUDA, "new:amos-hochstein")}),
    ("en", "President Joe Biden met President Andrzej Duda.", {(DUDA, BIDEN)}),
    ("ru", "Президент Джо Байден встретился с президентом Анджеем Дудой.", {(DUDA, BIDEN)}),
])
def test_an_aide_told_as_someones_is_the_aide_not_his_principal(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", 'Presidential spokesman Ahmed Fahmy said in a statement that "Sisi congratulated Trump during a phone call '
           'he received from him".', {(SISI, TRUMP)}),
    ("ru", "Пресс-секретарь президента Ахмед Фахми заявил, что «Сиси поздравил Трампа во время телефонного "
           "разговора».", {(SISI, TRUMP)}),
    ("uk", "Речник президента Ахмед Фахмі заявив, що «Сісі привітав Трампа під час телефонної розмови».",
     {(SISI, TRUMP)}),
    # near miss: a spokesman met is a party
    ("en", "Modi was in Wellington on Wednesday. There he met party foreign affairs spokesperson Gerry Brownlee.",
     {(MODI, "new:gerry-brownlee")}),
    ("ru", "Моди в среду был в Веллингтоне. Там он встретился с пресс-секретарём партии Джерри Браунли.",
     {(MODI, "new:dzherri-braunli")}),
])
def test_a_spokesman_the_article_introduces_reports_the_call(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Abiy Ahmed toured Africa this week. After concluding his stay in West Africa, the prime minister headed "
           "to Equatorial Guinea. He discussed bilateral issues with the president of Equatorial Guinea, Teodoro "
           "Obiang Nguema Mbasogo."),
    ("ru", "Абий Ахмед на этой неделе совершил турне по Африке. Завершив пребывание в Западной Африке, премьер-министр "
           "направился в Экваториальную Гвинею. Там он обсудил двусторонние вопросы с президентом Экваториальной "
           "Гвинеи Теодоро Обиангом Нгемой Мбасого."),
    ("uk", "Абій Ахмед цього тижня здійснив турне Африкою. Завершивши перебування в Західній Африці, прем'єр-міністр "
           "вирушив до Екваторіальної Гвінеї. Там він обговорив двосторонні питання з президентом Екваторіальної "
           "Гвінеї Теодоро Обіангом Нгемою Мбасого."),
])
def test_a_region_before_an_apposed_title_is_no_person(lang, text):
    f = facts(text, lang)
    assert not any(a.type == "Person" and "afri" in a.key for a in f.new_actors)
    assert _pairs(text, lang) == {(ABIY, OBIANG)}
