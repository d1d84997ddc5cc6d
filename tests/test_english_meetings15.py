"""English meetings across the development set (issue 15), in general form: a meeting word that names nobody
("at a meeting with the heads of subsidiaries", "the talks lasted three hours") is the article's own meeting of its
two most named people only when both stand for known, different states; a chief executive or an official the
gazetteer places in no state is no counterpart it could mean; whom a verb of discussion names as its object
("discussed the first steps of President X") is the topic, not a party; a word of plan after a visit is read
over a place name of several words as over one word ("a visit to South Africa mooted"). Own sentences, en/ru/uk,
with near misses."""
from __future__ import annotations

import pytest
from helpers import facts


@pytest.mark.parametrize("lang,text", [
    ("en", "Gazprom chief Alexey Miller said exports to China grew. Miller spoke at a meeting with the heads of "
           "subsidiaries. President Vladimir Putin praised Gazprom. Miller thanked Putin."),
    ("ru", "Глава Газпрома Алексей Миллер сообщил о росте поставок. Миллер выступил на встрече с руководителями "
           "дочерних обществ. Президент Владимир Путин похвалил Газпром. Миллер поблагодарил Путина."),
    ("uk", "Голова Газпрому Олексій Міллер повідомив про зростання поставок. Міллер виступив на зустрічі з "
           "керівниками дочірніх компаній. Президент Володимир Путін похвалив Газпром. Міллер подякував Путіну."),
])
def test_an_unnamed_meeting_is_no_meeting_with_someone_of_no_state(lang, text):
    assert not any({"alexey-miller", "vladimir-putin"} <= set(m.participants) for m in facts(text, lang).meetings)


@pytest.mark.parametrize("lang,text", [
    # near misses: the two most named people lead two known states, so the unnamed talks are theirs
    ("en", "Vladimir Putin and Xi Jinping praised the deal. The talks lasted three hours, Putin said. "
           "Xi thanked Putin."),
    ("ru", "Владимир Путин и Си Цзиньпин одобрили сделку. Переговоры продолжались три часа, сообщил Путин. "
           "Си поблагодарил Путина."),
    ("uk", "Володимир Путін і Сі Цзіньпін схвалили угоду. Переговори тривали три години, повідомив Путін. "
           "Сі подякував Путіну."),
])
def test_unnamed_talks_stay_the_meeting_of_two_leaders(lang, text):
    assert [m.participants for m in facts(text, lang).meetings] == [("vladimir-putin", "xi-jinping")]


MET = [("robert-fico", "viktor-orban")]
BOTH = [("donald-trump", "robert-fico"), ("robert-fico", "viktor-orban")]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Robert Fico met Viktor Orbán in Bratislava on Tuesday. \"We discussed the situation in Europe and the "
           "first steps of new US President Donald Trump,\" claimed Fico.", MET),
    ("ru", "Роберт Фицо встретился с Виктором Орбаном в Братиславе во вторник. «Мы обсудили первые шаги президента "
           "США Дональда Трампа», — сказал Фицо.", MET),
    ("uk", "Роберт Фіцо зустрівся з Віктором Орбаном у Братиславі у вівторок. «Ми обговорили перші кроки президента "
           "США Дональда Трампа», — сказав Фіцо.", MET),
    # near misses: the one discussed "with" is the partner
    ("en", "Robert Fico met Viktor Orbán in Bratislava on Tuesday. \"We discussed the situation in Europe with new "
           "US President Donald Trump,\" claimed Fico.", BOTH),
    ("ru", "Роберт Фицо встретился с Виктором Орбаном в Братиславе во вторник. «Мы обсудили торговлю с президентом "
           "США Дональдом Трампом», — сказал Фицо.", BOTH),
    ("uk", "Роберт Фіцо зустрівся з Віктором Орбаном у Братиславі у вівторок. «Ми обговорили торгівлю з президентом "
           "США Дональдом Трампом», — сказав Фіцо.", BOTH),
])
def test_the_person_a_discussion_is_about_is_no_party(lang, text, expected):
    assert sorted(m.participants for m in facts(text, lang).meetings) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Biden state visit to South Africa mooted during Ramaphosa call\n\nJoe Biden and Cyril Ramaphosa spoke by "
           "phone on Tuesday.", [("phone", ("cyril-ramaphosa", "joe-biden"))]),
    ("ru", "Джо Байден и Сирил Рамафоса провели телефонный разговор во вторник. Визит в Южную Африку возможен в "
           "ноябре.", [("phone", ("cyril-ramaphosa", "joe-biden"))]),
    ("uk", "Джо Байден і Сиріл Рамафоса провели телефонну розмову у вівторок. Візит до Південної Африки можливий у "
           "листопаді.", [("phone", ("cyril-ramaphosa", "joe-biden"))]),
    # near misses: a visit told as held, its place a name of several words
    ("en", "Joe Biden ended his state visit to South Africa on Tuesday after talks with Cyril Ramaphosa.",
     [("in_person", ("cyril-ramaphosa", "joe-biden"))]),
    ("ru", "Джо Байден завершил визит в Южную Африку во вторник после переговоров с Сирилом Рамафосой.",
     [("in_person", ("cyril-ramaphosa", "joe-biden"))]),
    ("uk", "Джо Байден завершив візит до Південної Африки у вівторок після переговорів із Сирілом Рамафосою.",
     [("in_person", ("cyril-ramaphosa", "joe-biden"))]),
])
def test_a_plan_word_after_a_visit_and_a_long_place_name_makes_it_a_plan(lang, text, expected):
    assert sorted((m.medium, m.participants) for m in facts(text, lang).meetings) == expected
