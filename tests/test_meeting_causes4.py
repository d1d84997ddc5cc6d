"""Causes of missed or wrong meetings seen on real news (batch 15, round 21), each as a general family in ru, uk
and en: the leaders of two states named right before the meeting's word ("made by the leaders of X and Y at their
meetings", "достигнутые руководителями X и Y на встречах") are its parties, the states standing for their unnamed
leaders, even after a word for both sides and beside another pair's meeting in another city."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2024, 5, 14)
ARM, AZE = "armenia", "azerbaijan"
MIRZ, BAYR = "ararat-mirzoyan", "jeyhun-bayramov"


def _meetings(text: str, lang: str) -> set:  # type: ignore[type-arg]
    return {(tuple(sorted(m.participants)), m.place) for m in facts(text, lang, REF).meetings}


PAIR = {
    "ru": "Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов провели переговоры в "
          "Вашингтоне. ",
    "uk": "Міністри закордонних справ Вірменії та Азербайджану Арарат Мірзоян і Джейхун Байрамов провели "
          "переговори у Вашингтоні. ",
    "en": "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in "
          "Washington. ",
}
LEADERS = {
    "ru": "Стороны вновь подтвердили договорённости, достигнутые руководителями Армении и Азербайджана на встречах "
          "в Праге 6 октября и в Сочи 31 октября.",
    "uk": "Сторони знову підтвердили домовленості, досягнуті керівниками Вірменії та Азербайджану на зустрічах у "
          "Празі 6 жовтня та в Сочі 31 жовтня.",
    "en": "The sides reaffirmed the understandings reached by the leaders of Armenia and Azerbaijan at their "
          "meetings in Prague on 6 October and in Sochi on 31 October.",
}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_leaders_of_two_states_before_the_meeting_word_are_its_parties(lang):
    assert _meetings(LEADERS[lang], lang) == {((ARM, AZE), "prague"), ((ARM, AZE), "sochi")}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_leaders_meetings_elsewhere_stand_beside_the_ministers_meeting(lang):
    assert _meetings(PAIR[lang] + LEADERS[lang], lang) == {
        ((MIRZ, BAYR), "washington"), ((ARM, AZE), "prague"), ((ARM, AZE), "sochi")}


@pytest.mark.parametrize("lang,text", [
    # near misses: states after a word of discussion are the topic of the talks the sides held, not their parties
    ("ru", "Стороны обсудили отношения между Арменией и Азербайджаном на встрече в Праге."),
    ("uk", "Сторони обговорили відносини між Вірменією та Азербайджаном на зустрічі в Празі."),
    ("en", "The leaders discussed relations between Armenia and Azerbaijan at the meeting in Prague."),
])
def test_states_told_as_a_topic_are_not_the_parties(lang, text):
    assert not any(parties == (ARM, AZE) for parties, _ in _meetings(text, lang))


MISH, BEKT, TOKA, PUTIN, MODI = "mikhail-mishustin", "olzhas-bektenov", "kassym-jomart-tokayev", "vladimir-putin", \
    "narendra-modi"
TALKS = {
    "ru": "15 марта в Москве премьер-министры России и Казахстана Михаил Мишустин и Олжас Бектенов провели "
          "переговоры. ",
    "uk": "15 березня в Москві прем'єр-міністри Росії та Казахстану Михайло Мішустін і Олжас Бектенов провели "
          "переговори. ",
    "en": "On 15 March in Moscow, Prime Ministers Mikhail Mishustin and Olzhas Bektenov held talks. ",
}


@pytest.mark.parametrize("lang,text", [
    ("ru", "На встрече обсудили выполнение договорённостей, достигнутых между Касым-Жомартом Токаевым и Владимиром "
           "Путиным."),
    ("ru", "Как сообщила пресс-служба казахстанского премьера, на встрече «обсудили ход реализации договорённостей "
           "президента Казахстана Касым-Жомарта Токаева и президента России Владимира Путина»."),
    ("uk", "На зустрічі обговорили виконання домовленостей, досягнутих між Касим-Жомартом Токаєвим і Володимиром "
           "Путіним."),
    ("en", "At the meeting they discussed implementing the agreements reached between President Kassym-Jomart "
           "Tokayev and President Vladimir Putin."),
])
def test_people_after_a_verb_of_discussion_past_the_meeting_word_are_its_topic(lang, text):
    assert {parties for parties, _ in _meetings(TALKS[lang] + text, lang)} == {(MISH, BEKT)}


@pytest.mark.parametrize("lang,text", [
    # near misses: the partner named "with" after the verb, the subjects before it, are parties
    ("en", "At the meeting, Vladimir Putin discussed trade with Narendra Modi."),
    ("ru", "На встрече Владимир Путин обсудил торговлю с Нарендрой Моди."),
    ("uk", "На зустрічі Володимир Путін обговорив торгівлю з Нарендрою Моді."),
    ("en", "Vladimir Putin and Narendra Modi met and discussed trade."),
])
def test_partners_of_a_verb_of_discussion_stay_parties(lang, text):
    assert {parties for parties, _ in _meetings(text, lang)} == {(MODI, PUTIN)}


ZEL, TUSK = "volodymyr-zelenskyy", "donald-tusk"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Президент України Володимир Зеленський і голова Ради міністрів Польщі Дональд Туск підписали у Варшаві "
           "8 липня угоду про безпеку."),
    ("ru", "Президент Украины Владимир Зеленский и председатель Совета министров Польши Дональд Туск подписали в "
           "Варшаве 8 июля соглашение о безопасности."),
    ("uk", "Президент України Володимир Зеленський і прем'єр-міністр Польщі Дональд Туск підписали у Варшаві 8 "
           "липня угоду про безпеку."),
    ("en", "Ukrainian President Volodymyr Zelensky and Polish Prime Minister Donald Tusk signed a security "
           "agreement in Warsaw on 8 July."),
])
def test_two_leaders_cosigning_in_a_city_met_there_whatever_the_length_of_their_titles(lang, text):
    assert _meetings(text, lang) == {((TUSK, ZEL), "warsaw")}


@pytest.mark.parametrize("lang,text", [
    # near misses: a signer alone holds no meeting
    ("uk", "Президент України Володимир Зеленський підписав у Варшаві 8 липня указ про безпеку."),
    ("ru", "Президент Украины Владимир Зеленский подписал в Варшаве 8 июля указ о безопасности."),
    ("en", "Ukrainian President Volodymyr Zelensky signed a security decree in Warsaw on 8 July."),
])
def test_a_single_signer_holds_no_meeting(lang, text):
    assert _meetings(text, lang) == set()


BLINKEN = "antony-blinken"
MINISTERS = {
    "ru": "7 ноября министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Азербайджана Джейхун "
          "Байрамов провели встречу в Вашингтоне. ",
    "uk": "7 листопада міністр закордонних справ Вірменії Арарат Мірзоян і міністр закордонних справ Азербайджану "
          "Джейхун Байрамов провели зустріч у Вашингтоні. ",
    "en": "On 7 November Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
          "met in Washington. ",
}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Затем министры провели совместную встречу с госсекретарём США Энтони Блинкеном."),
    ("ru", "После этого стороны встретились с госсекретарём США Энтони Блинкеном."),
    ("uk", "Потім міністри провели спільну зустріч з держсекретарем США Ентоні Блінкеном."),
    ("en", "The ministers then held a joint meeting with US Secretary of State Antony Blinken."),
])
def test_the_pair_told_before_meeting_a_third_is_a_meeting_of_three_where_they_met(lang, text):
    # (where the pair met, when not told again)
    assert _meetings(MINISTERS[lang] + text, lang) == {
        ((MIRZ, BAYR), "washington"), ((BLINKEN, MIRZ, BAYR), "washington")}


@pytest.mark.parametrize("lang,text", [
    # near misses: a third named as the subject, not as the one they met with, holds a meeting of his own
    ("ru", "Затем госсекретарь США Энтони Блинкен провёл встречу с министрами."),
    ("en", "US Secretary of State Antony Blinken then held talks with the ministers."),
])
def test_a_third_named_as_subject_is_not_joined_to_the_pair(lang, text):
    assert (BLINKEN, MIRZ, BAYR) not in {parties for parties, _ in _meetings(MINISTERS[lang] + text, lang)}
