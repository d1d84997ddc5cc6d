"""Actors: a state's body named in Russian and Ukrainian by its head noun, the field words in the genitive and the
state after them ("Министерство инфраструктуры Польши", "Рада міністрів Литви"): the body of that state, under the
English label a word-for-word translation gives; a body whose name goes on past the words the templates know, or
that names no state, is no such body."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actor_types_by_label

D = date(2024, 5, 16)

BODIES = [
    # (language, text, English label)
    ("uk", "Угоду підписали з Міністерством інфраструктури Румунії.", "Ministry of Infrastructure of Romania"),
    ("ru", "Делегацию принимали в Министерстве инфраструктуры Молдавии.", "Ministry of Infrastructure of Moldova"),
    ("en", "The Ministry of Infrastructure of Romania signed the contract.", "Ministry of Infrastructure of Romania"),
    ("en", "Romania's infrastructure ministry said the bridge would open in June.",
     "Ministry of Infrastructure of Romania"),
    ("uk", "Засідання Ради міністрів Литви відбулося в середу.", "Council of Ministers of Lithuania"),
    ("ru", "Председатель Совета министров Белоруссии прибыл в Минск.", "Council of Ministers of Belarus"),
    ("en", "The Council of Ministers of Lithuania approved the plan.", "Council of Ministers of Lithuania"),
    ("uk", "Меморандум уклали з Міністерством енергетики та вугільної промисловості Казахстану.",
     "Ministry of Energy and Coal Industry of Kazakhstan"),
    ("ru", "Об этом сообщило Министерство энергетики и угольной промышленности Казахстана.",
     "Ministry of Energy and Coal Industry of Kazakhstan"),
    ("ru", "Соглашение подписано с Министерством транспорта Китая.", "Ministry of Transport of China"),
    ("uk", "Представники Міністерства транспорту Грузії прибули до Києва.", "Ministry of Transport of Georgia"),
    ("en", "A memorandum with the Chinese Ministry of Transport was signed.", "Ministry of Transport of China"),
    ("ru", "Делегация Министерства сельского хозяйства Ирана прибыла в Москву.", "Ministry of Agriculture of Iran"),
    ("uk", "Зерно перевірило Міністерство сільського господарства Єгипту.", "Ministry of Agriculture of Egypt"),
    ("en", "Egypt's agriculture ministry checked the grain.", "Ministry of Agriculture of Egypt"),
    ("uk", "Прогноз оприлюднило Міністерство сільського господарства США.", "United States Department of Agriculture"),
]


@pytest.mark.parametrize("lang,text,label", BODIES)
def test_a_body_named_by_its_head_noun_and_field_words_is_the_state_s(lang, text, label):
    assert actor_types_by_label(text, lang, D).get(label) == "Organization"


NOT_THE_BODY = [
    # (language, text, label that must not be found): a longer name, another body, no state
    ("uk", "Про це повідомило Міністерство енергетики та вугільної промисловості Казахстану.",
     "Ministry of Energy of Kazakhstan"),
    ("ru", "Заседание Совета министров иностранных дел прошло в Минске.", "Council of Ministers of Belarus"),
    ("uk", "Рада міністрів закордонних справ зібралася у Вільнюсі.", "Council of Ministers of Lithuania"),
    ("ru", "В министерстве инфраструктуры заявили, что мост откроют летом.", "Ministry of Infrastructure of Russia"),
    ("uk", "Міністерство інфраструктури та розвитку громад Румунії оголосило тендер.",
     "Ministry of Infrastructure of Romania"),
    ("ru", "Министр сельского хозяйства Ирана прибыл в Москву.", "Ministry of Agriculture of Iran"),
    ("uk", "Міністерство сільського господарства і розвитку села Польщі заявило про квоти.",
     "Ministry of Agriculture of Poland"),
    ("uk", "Угоду уклали з польським Міністерством сільського господарства і розвитку села.",
     "Ministry of Agriculture of Poland"),
    ("ru", "Переговоры прошли с казахстанским Министерством энергетики и угольной промышленности.",
     "Ministry of Energy of Kazakhstan"),
]


@pytest.mark.parametrize("lang,text,label", NOT_THE_BODY)
def test_a_longer_name_another_body_or_no_state_is_not_the_body(lang, text, label):
    assert label not in actor_types_by_label(text, lang, D)
