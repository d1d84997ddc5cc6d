"""Invitations and treaties as real outlets tell them (fourth round, from the errors of real batches 4-5): a guest
asked to come who is named by his state's adjective and a title ("предложил российскому лидеру посетить", "asked the
Ukrainian leader to visit"), a demonstrative guest, a host named by a title; the documents a batch is explained by in
the next sentence ("Ідеться про угоду ... та меморандум ..."). Every sentence here is invented."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)


def _treaty_labels(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(t.label, t.parties) for t in facts(text, lang, REF).treaties}


def _invitations(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations}


# ------------------------------------------------------------------------------------------ invitations

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. Мирзиёев предложил казахстанскому лидеру "
           "посетить Узбекистан весной.", ("shavkat-mirziyoyev", "kassym-jomart-tokayev", "uzbekistan")),
    ("ru", "Владимир Путин провел переговоры с Нарендрой Моди. Путин предложил своему индийскому коллеге посетить "
           "Россию в следующем году.", ("vladimir-putin", "narendra-modi", "russia")),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував українському лідерові "
           "відвідати Туреччину.", ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував своєму українському "
           "колезі відвідати Анкару.", ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "ankara")),
    ("en", "Erdogan held talks with Zelensky in Ankara. Erdogan asked the Ukrainian leader to visit Turkey again.",
     ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")),
    ("en", "Lula spoke with Modi. Lula asked his Indian counterpart to attend the summit in Brazil.",
     ("luiz-inacio-lula-da-silva", "narendra-modi", "brazil")),
])
def test_a_guest_asked_to_come_may_be_named_by_his_states_adjective_and_title(lang, text, expected):
    assert expected in _invitations(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. Мирзиёев предложил казахстанскому лидеру "
           "провести следующий раунд переговоров в Ташкенте."),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував українському лідерові "
           "підписати угоду."),
    ("en", "Erdogan held talks with Zelensky in Ankara. Erdogan asked the Ukrainian leader to sign the deal."),
    ("ru", "Владимир Путин провел переговоры с Нарендрой Моди. Путин предложил своему индийскому коллеге обсудить "
           "поставки нефти."),
])
def test_a_guest_named_by_a_title_and_asked_for_no_trip_is_not_invited(lang, text):
    assert _invitations(text, lang) == set()


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Міністр закордонних справ України Андрій Сибіга провів зустріч з Ван І. Міністр закордонних справ запросив "
           "Ван І відвідати Україну.", ("andrii-sybiha", "wang-yi", "ukraine")),
    ("ru", "Министр иностранных дел Индии Субраманьям Джайшанкар провел переговоры с Сергеем Лавровым в Москве. Лавров "
           "и Джайшанкар обсудили торговлю. Министр иностранных дел пригласил Лаврова посетить Индию.",
     ("subrahmanyam-jaishankar", "sergey-lavrov", "india")),
    ("en", "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Sergey Lavrov in Moscow. Lavrov and "
           "Jaishankar discussed trade. The foreign minister invited Lavrov to visit India.",
     ("subrahmanyam-jaishankar", "sergey-lavrov", "india")),
    ("en", "Prime Minister Keir Starmer met Anthony Albanese in London. Albanese and Starmer discussed trade. The "
           "prime minister invited Albanese to visit Britain again.",
     ("keir-starmer", "anthony-albanese", "united-kingdom")),
])
def test_a_host_named_by_a_title_the_guest_also_holds_is_the_other_holder(lang, text, expected):
    assert expected in _invitations(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Sergey Lavrov met Narendra Modi in Delhi. Lavrov and Modi discussed trade. The foreign minister invited "
           "Lavrov to visit India again."),
    ("ru", "Сергей Лавров встретился с Нарендрой Моди в Дели. Лавров и Моди обсудили торговлю. Министр иностранных дел "
           "пригласил Лаврова посетить Индию снова."),
])
def test_a_title_only_the_guest_holds_names_no_host(lang, text):
    assert all(inviter != "sergey-lavrov" for inviter, _, _ in _invitations(text, lang))


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин в ходе встречи с Моди пригласил того посетить Россию с визитом.",
     ("vladimir-putin", "narendra-modi", "russia")),
    ("ru", "Владимир Путин провел переговоры с президентом Ирана Масудом Пезешкианом и пригласил того в Москву.",
     ("vladimir-putin", "masoud-pezeshkian", "moscow")),
    ("uk", "Зеленський під час зустрічі з Моді запросив того відвідати Україну.",
     ("volodymyr-zelenskyy", "narendra-modi", "ukraine")),
    ("uk", "Зеленський провів переговори з Моді та запросив того до Києва.",
     ("volodymyr-zelenskyy", "narendra-modi", "kyiv")),
])
def test_a_demonstrative_guest_is_the_other_person_named_before(lang, text, expected):
    assert expected in _invitations(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин в ходе встречи с Моди пригласил того же посетить Россию."),
    ("ru", "Путин в ходе встречи с Моди пригласил того, кто победит на выборах, посетить Россию."),
    ("uk", "Зеленський під час зустрічі з Моді запросив того ж відвідати Україну."),
])
def test_a_demonstrative_pointing_elsewhere_names_no_guest(lang, text):
    assert ("vladimir-putin", "narendra-modi", "russia") not in _invitations(text, lang)
    assert ("volodymyr-zelenskyy", "narendra-modi", "ukraine") not in _invitations(text, lang)


@pytest.mark.parametrize("text,expected", [
    ("Глава МЗС України Андрій Сибіга провів переговори з міністром зовнішніх справ Китаю Ван Ї. Зазначається, що "
     "міністр зовнішніх справ запросив Ван Ї відвідати Україну.", ("andrii-sybiha", "wang-yi", "ukraine")),
    ("Андрій Сибіга зустрівся з Ван І у Мюнхені. Міністр зовнішніх справ також запросив Ван І відвідати "
     "Київ.", ("andrii-sybiha", "wang-yi", "kyiv")),
])
def test_the_foreign_ministers_title_in_its_variant_wording_names_the_host(text, expected):
    assert expected in _invitations(text, "uk")


# ------------------------------------------------------------------------------------------ treaties

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Президенти України та Польщі підписали низку двосторонніх документів. Ідеться про угоду щодо співпраці в "
           "енергетиці та меморандум про спільне виробництво боєприпасів.",
     {("угоду щодо співпраці в енергетиці", ("poland", "ukraine")),
      ("меморандум про спільне виробництво боєприпасів", ("poland", "ukraine"))}),
    ("ru", "Президенты Казахстана и Узбекистана подписали ряд двусторонних документов. Речь идет о соглашении о "
           "сотрудничестве в энергетике и меморандуме о совместном производстве удобрений.",
     {("соглашении о сотрудничестве в энергетике", ("kazakhstan", "uzbekistan")),
      ("меморандуме о совместном производстве удобрений", ("kazakhstan", "uzbekistan"))}),
    ("en", "The presidents of Kazakhstan and Uzbekistan signed several bilateral documents. They include an agreement "
           "on energy cooperation and a memorandum on joint fertiliser production.",
     {("agreement on energy cooperation", ("kazakhstan", "uzbekistan")),
      ("memorandum on joint fertiliser production", ("kazakhstan", "uzbekistan"))}),
])
def test_the_documents_a_batch_is_explained_by_in_the_next_sentence_are_its_treaties(lang, text, expected):
    assert _treaty_labels(text, lang) == expected


@pytest.mark.parametrize("lang,text,label", [
    ("uk", "Президенти України та Польщі підписали низку двосторонніх документів. Сторони також обговорили співпрацю в "
           "енергетиці.", "низку двосторонніх документів"),
    ("uk", "Президенти України та Польщі підписали низку документів. Ідеться про те, що угоду про енергетику готували "
           "два роки.", "низку документів"),
    ("ru", "Президенты Казахстана и Узбекистана подписали ряд документов. Речь идет о том, что соглашение о транзите "
           "готовили два года.", "ряд документов"),
])
def test_a_batch_not_explained_by_the_next_sentence_stays_one_treaty(lang, text, label):
    assert {lab for lab, _ in _treaty_labels(text, lang)} == {label}
