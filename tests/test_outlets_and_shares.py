"""Real-news shapes of batches 4-5 (issue 15): outlets the gazetteer does not know, named as the source of the
news ("передає Полісся Сьогодні", "сообщает ИА «Жахон»", "Zakon.kz reports", "Source: Gazeta Nova"), and
percentages that are shares of a trade or noise in a link, not changes. All sentences are invented."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

D = date(2025, 5, 20)


def _new_organisations(lang: str, text: str) -> dict[str, str]:
    """English label -> key of the organisations the article introduces."""
    f = facts(text, lang, D)
    return {a.label_en: a.key for a in f.new_actors if a.type == "Organization"}


OUTLETS = [
    # (language, text, English label): an outlet named as the source of the news
    ("uk", "Про це повідомляє Поліський Вісник з посиланням на пресслужбу уряду.", "Poliskyi Visnyk"),
    ("uk", "Делегація прибула до Варшави, передає Дзвін Полісся.", "Dzvin Polissia"),
    ("uk", "Про це пише «Вечірній Київ».", "Vechirnii Kyiv"),
    ("uk", "Про це в ефірі Вільного радіо заявив посол України в Польщі.", "Vilne Radio"),
    ("uk", "Про це повідомляє видання Ґазета Нова з посиланням на Kurier Lubelski.", "Kurier Lubelski"),
    ("ru", "Об этом сообщает «Вечерний Новгород».", "Vecherny Novgorod"),
    ("ru", "ТАШКЕНТ, 3 мая. /ИА «Жахон»/. Сегодня прошли переговоры министров.", "Zhakhon"),
    ("ru", "Министры провели переговоры в Баку, передает Каспийский Вестник.", "Kaspiysky Vestnik"),
    ("en", "Source: Gazeta Nova", "Gazeta Nova"),
    ("en", "The ministers held talks in Astana, Zakon.kz reports with reference to the ministry.", "Zakon.kz"),
    ("en", "The talks lasted two hours, according to Diario Sur.", "Diario Sur"),
    ("en", "The visit was confirmed by the newspaper Diario Sur on Monday.", "Diario Sur"),
]


@pytest.mark.parametrize("lang,text,label", OUTLETS)
def test_an_outlet_named_as_the_source_of_the_news_is_an_actor(lang, text, label):
    assert label in _new_organisations(lang, text)


NOT_OUTLETS = [
    # (language, text): after the same words, a person, a known actor, a state body, a title or plain words
    ("uk", "Про це повідомляє Володимир Зеленський у Telegram."),
    ("uk", "Про це повідомляє Міністерство закордонних справ Литви."),
    ("uk", "Про це повідомляє пресслужба президента."),
    ("uk", "Про це повідомляє Укрінформ."),
    ("uk", "Про це в ефірі телемарафону заявив посол."),
    ("ru", "Об этом сообщает Андрей Петров, глава делегации."),
    ("ru", "Об этом сообщает Министерство обороны Эстонии."),
    ("ru", "Об этом сообщает Посольство Грузии в Армении."),
    ("ru", "Об этом сообщает ТАСС."),
    ("en", "According to President Lula, the talks went well."),
    ("en", "According to Brazil's foreign ministry, the talks went well."),
    ("en", "Source: Reuters"),
    ("en", "The talks were held in Astana, Tokayev reported on Monday."),
    ("en", "The talks went well, according to Mr Patel."),
    ("en", "Oil imports rose by 12%, according to Chinese customs data."),
    ("uk", "Про це повідомляє Центральне статистичне бюро країни."),
    ("uk", "Про це повідомив Telegram-канал посольства."),
    ("uk", "Посол виступив у Львові, передає кореспондент видання «Вечірній Поділ»."),
    ("ru", "Министры встретились в Ташкенте, сообщает корреспондент портала «Наш Город»."),
    ("en", "Prime Minister Shehbaz Sharif met the emir. \u201cWe are brothers,\u201d Sharif wrote on X."),
    ("en", "Prime Minister Shehbaz Sharif met the emir in Doha. The talks went well, Sharif reported."),
]


@pytest.mark.parametrize("lang,text", NOT_OUTLETS)
def test_no_outlet_where_the_source_is_a_person_a_body_or_a_known_actor(lang, text):
    assert _new_organisations(lang, text) == {}


def test_an_outlet_named_twice_is_one_actor_with_both_mentions():
    f = facts("Про це повідомляє Дзвін Полісся. Як раніше писав Дзвін Полісся, посол прибув до Києва.", "uk", D)
    keys = [m.actor for m in f.mentions if m.actor.startswith("new:")]
    assert len(keys) == 2 and len(set(keys)) == 1


# ---- percentages that are no change -----------------------------------------------------------------------

def _changes(lang: str, text: str) -> list[float]:
    return sorted(f.value for f in facts(text, lang, D).trade_facts if f.measure == "changePercent")


@pytest.mark.parametrize("lang,text,changes", [
    # a share of a trade, told with "accounted for" / "приходится на" / "припадає на"
    ("en", "Kazakhstan accounted for 40% of Russia's grain exports, Egypt for 12%.", []),
    ("en", "Turkey took the largest share of Russian gas exports, buying 30%, while Hungary bought 10%.", []),
    ("ru", "На Китай приходится 30% экспорта российской нефти.", []),
    ("uk", "На Китай припадає 30% експорту російської нафти.", []),
    # near misses: a change stays a change
    ("en", "Russia's grain exports to Egypt rose 12% in 2024.", [12.0]),
    ("ru", "Экспорт российской нефти в Китай вырос на 30%.", [30.0]),
    ("uk", "Експорт російської нафти до Китаю зріс на 30%.", [30.0]),
])
def test_a_share_of_a_trade_is_no_change(lang, text, changes):
    assert _changes(lang, text) == changes


@pytest.mark.parametrize("lang,text,changes", [
    # a percent-encoded link (an image's address) is no percentage
    ("uk", "Експорт нафти з Росії до Китаю зріс. /https%3A%2F%2Fcdn.example.com%2Ffeed%2F512%2Fa1b2.jpg)", []),
    ("ru", "Экспорт нефти из России в Китай вырос. (https%3A%2F%2Fimg.example.ru%2F250%2Fx.png)", []),
    ("en", "Russian oil exports to China rose. (https%3A%2F%2Fcdn.example.com%2F75%2Fpic.jpg)", []),
    # near misses: a percentage followed by punctuation, a space or a hyphen is one
    ("ru", "Экспорт нефти из России в Китай вырос на 12%, до $5 млрд.", [12.0]),
    ("uk", "Експорт нафти з Росії до Китаю зріс на 12% за рік.", [12.0]),
    ("en", "Russian oil exports to China rose 12%.", [12.0]),
])
def test_a_percent_encoded_link_is_no_percentage(lang, text, changes):
    assert _changes(lang, text) == changes


@pytest.mark.parametrize("lang,text,changes", [
    # a span of percentages is told by its lower end, as a span of amounts is
    ("uk", "Товарообіг між Україною та Польщею щороку зростає на 10-15%.", [10.0]),
    ("ru", "Товарооборот между Россией и Ираном ежегодно растет на 10–15%.", [10.0]),
    ("en", "Trade between Poland and Ukraine grows by 10-15% a year.", [10.0]),
    # near misses: one percentage, and two percentages apart
    ("uk", "Товарообіг між Україною та Польщею зріс на 15%.", [15.0]),
    ("en", "Trade between Poland and Ukraine grew by 15%, and exports rose by 10%.", [10.0, 15.0]),
])
def test_a_span_of_percentages_is_told_by_its_lower_end(lang, text, changes):
    assert _changes(lang, text) == changes


@pytest.mark.parametrize("lang,text,count", [
    # a number and its unit alone on a line (a view counter under a headline) is page furniture
    ("uk", "Катар постачатиме ЗПГ до Польщі\n42,5 т.\nКатар постачатиме ЗПГ до Польщі протягом 20 років.", 0),
    ("ru", "Катар будет поставлять СПГ в Польшу\n12 т.\nКатар будет поставлять СПГ в Польшу 20 лет.", 0),
    ("en", "Qatar to supply LNG to Poland\n12 t.\nQatar will supply LNG to Poland for 20 years.", 0),
    # near miss: the same figure inside a sentence is one
    ("uk", "Катар постачить до Польщі 2 млн т ЗПГ.", 1),
    ("en", "Qatar will supply 2 million tonnes of LNG to Poland.", 1),
])
def test_a_figure_alone_on_its_line_is_page_furniture(lang, text, count):
    assert len([f for f in facts(text, lang, D).trade_facts if f.measure == "tonnes"]) == count


# ---- an honorific before a name the gazetteer lacks -------------------------------------------------------

@pytest.mark.parametrize("text,label", [
    # the honorific is no part of the name, and a long Gulf name with its particles is kept whole
    ("The prime minister spoke with his Omani counterpart Sheikh Hamad Saif Al Rawahi Al Busaidi on Monday.",
     "Hamad Saif Al Rawahi Al Busaidi"),
    ("The minister met his Bahraini counterpart Sheikh Khalid Al Mahmoud in Manama.", "Khalid Al Mahmoud"),
    # near miss: without an honorific the name is read as before
    ("The prime minister spoke with his Omani counterpart Hamad Al Busaidi on Monday.", "Hamad Al Busaidi"),
])
def test_an_honorific_before_a_new_persons_name_is_left_out(text, label):
    f = facts(text, "en", D)
    assert label in {a.label_en for a in f.new_actors if a.type == "Person"}
