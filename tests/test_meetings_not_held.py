"""Meetings not held: plans, intentions, forecasts, counts, protocol and meetings told in the future or as possible
are no meeting; a meeting going on or told through an invitation made during it was held."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    day_and_place_by_partners,
    facts,
    medium_partners_and_date,
    medium_partners_and_day,
    meeting_pairs,
    partners,
    partners_and_medium,
    partners_and_place,
    partners_medium_and_day,
    partners_met_in_person,
    partners_who_met,
)

from kg.records import PartialDate

REF = date(2023, 5, 11)


MODI, BIDEN, SISI = "narendra-modi", "joe-biden", "abdel-fattah-el-sisi"


@pytest.mark.parametrize("lang,text,expected", [
    # a visit told in a clause of time after a main clause about the future is yet to come
    ("en", "Modi and Biden would discuss trade when Modi flies to Washington for a state visit.", set()),
    ("en", "The two leaders will sign the accord once Modi arrives in Washington for talks with Biden.", set()),
    ("ru", "Моди и Байден обсудят торговлю, когда Моди прибудет в США с государственным визитом.", set()),
    ("uk", "Моді та Байден обговорять торгівлю, коли Моді прибуде до США з державним візитом.", set()),
    # near misses: the main clause in the past, or the clause of time in the past, tells a visit held
    ("en", "Modi and Biden discussed trade when Modi flew to Washington for a state visit.", {(BIDEN, MODI)}),
    ("ru", "Моди и Байден обсудили торговлю, когда Моди прибыл в США с государственным визитом.", {(BIDEN, MODI)}),
])
def test_a_visit_in_a_clause_of_time_about_the_future_is_no_meeting(lang, text, expected):
    assert partners_who_met(text, lang, REF) == expected


MAR_14_2025 = date(2025, 3, 14)  # a Friday


PUTIN, XI, MODI, ERDOGAN, ALIYEV = "vladimir-putin", "xi-jinping", "narendra-modi", "recep-tayyip-erdogan", \
    "ilham-aliyev"


ZELENSKY, MACRON, SCHOLZ, TOKAYEV = "volodymyr-zelenskyy", "emmanuel-macron", "olaf-scholz", "kassym-jomart-tokayev"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президент Индонезии в ходе переговоров в Москве в среду пригласил Путина посетить Джакарту.",
     {(PUTIN, "prabowo-subianto")}),
    ("uk", "Президент Індонезії під час переговорів у Москві в середу запросив Путіна відвідати Джакарту.",
     {(PUTIN, "prabowo-subianto")}),
    ("en", "During the talks in Moscow on Wednesday, Indonesia's president invited Putin to visit Jakarta.",
     {(PUTIN, "prabowo-subianto")}),
    # near misses: an invitation to talks is no meeting held
    ("ru", "Президент Индонезии пригласил Путина на переговоры в Джакарту.", set()),
    ("en", "Indonesia's president invited Putin to hold talks in Jakarta.", set()),
])
def test_talks_told_through_an_invitation_made_during_them_were_held(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Мілей запропонував Зеленському провести в Аргентині саміт щодо миру.", set()),
    ("ru", "Путин предложил Си Цзиньпину провести в Москве переговоры о торговле.", set()),
    ("en", "Milei offered Zelensky to hold a peace summit in Argentina.", set()),
    # near misses: talks held in a named city, told by a finite verb
    ("ru", "Путин и Си Цзиньпин провели в Москве переговоры о торговле.", {(PUTIN, XI)}),
    ("uk", "Зеленський і Макрон провели в Парижі переговори.", {(MACRON, ZELENSKY)}),
])
def test_a_meeting_an_infinitive_aims_at_across_its_place_is_none(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "President Ruto set for State Visit to the US in May", set()),
    ("en", "Modi slated for talks with Putin in Moscow next week.", set()),
    ("ru", "Моди запланирован на переговоры с Путиным в Москве.", set()),
    # near miss: the visit told as held
    ("en", "Ruto met Biden in Washington in May.", {("joe-biden", "william-ruto")}),
])
def test_a_meeting_with_its_schedule_named_before_it_is_none(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


PUTIN, XI, TOKAYEV, LULA = "vladimir-putin", "xi-jinping", "kassym-jomart-tokayev", "luiz-inacio-lula-da-silva"


KISHIDA, YOON = "fumio-kishida", "yoon-suk-yeol"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi will arrive in Moscow on March 20 for talks with Putin.", set()),
    ("ru", "Моди прибудет в Москву 20 марта для переговоров с Путиным.", set()),
    ("uk", "Моді прибуде до Москви 20 березня для переговорів з Путіним.", set()),
    ("en", "Their summit is slated for March 20, the first day of the prime minister's visit.", set()),
    ("ru", "Путин и Токаев договорились провести саммит в 2026 году.", set()),
    ("uk", "Путін і Токаєв домовилися провести саміт у 2026 році.", set()),
    ("en", "Putin and Tokayev agreed to hold a summit in 2026.", set()),
    ("ru", "Лула ожидает Путина на саммите G20 в Рио-де-Жанейро в следующем году.", set()),
    ("uk", "Лула очікує Путіна на саміті G20 у Ріо-де-Жанейро наступного року.", set()),
    ("en", "Lula expects Putin at the G20 summit in Rio next year.", set()),
    # near misses: a meeting held, told beside a plan in the same sentence, keeps its own day
    ("en", "Kishida met Yoon in Tokyo on March 10 and will visit Seoul on March 20.",
     {("in_person", (KISHIDA, YOON), PartialDate(2025, 3, 10))}),
    ("ru", "Путин и Токаев провели переговоры в Москве 10 марта и проведут саммит 20 марта.",
     {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 10))}),
])
def test_a_plan_told_in_the_future_or_as_agreed_is_no_meeting(lang, text, expected):
    assert medium_partners_and_date(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Си Цзиньпин с 2013 года провели 42 встречи.", set()),
    ("ru", "Путин и Си Цзиньпин с 2013 года провели более 40 двусторонних встреч.", set()),
    ("ru", "Путин и Си Цзиньпин встречались более 40 раз.", set()),
    ("uk", "Путін і Сі Цзіньпін з 2013 року провели понад 40 зустрічей.", set()),
    ("uk", "Путін і Сі Цзіньпін провели десятки зустрічей.", set()),
    ("en", "Putin and Xi have held more than 40 meetings since 2013.", set()),
    ("en", "Putin and Xi have met dozens of times since 2013.", set()),
    ("en", "Putin and Xi have held dozens of meetings since 2013.", set()),
    # near misses: one meeting told with a number that counts something else, or a count told beside it
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине 12 марта, они длились 3 часа.",
     {("in_person", (PUTIN, XI), PartialDate(2025, 3, 12))}),
    ("en", "Putin and Xi met in Beijing on March 12, their 42nd meeting since 2013.",
     {("in_person", (PUTIN, XI), PartialDate(2025, 3, 12))}),
    ("uk", "Путін і Сі Цзіньпін зустрілися в Пекіні 12 березня, це їхня сорок друга зустріч.",
     {("in_person", (PUTIN, XI), PartialDate(2025, 3, 12))}),
])
def test_a_count_of_meetings_is_no_meeting(lang, text, expected):
    assert medium_partners_and_date(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Putin and Xi met in Beijing on March 12, their 42nd meeting since 2013.",
     {("in_person", (PUTIN, XI), PartialDate(2025, 3, 12))}),
    ("en", "The two also spoke during the March 6 meeting between Aliyev and Armenian Prime Minister Nikol Pashinyan "
           "in Brussels.", {("in_person", ("ilham-aliyev", "nikol-pashinyan"), PartialDate(2025, 3, 6))}),
    ("en", "Putin and Xi met at the 2024 summit in Kazan.", {("in_person", (PUTIN, XI), PartialDate(2024))}),
    ("ru", "Путин и Си Цзиньпин встретились на полях саммита G20 в Рио 12 марта.",
     {("in_person", (PUTIN, XI), PartialDate(2025, 3, 12))}),
])
def test_a_number_that_dates_or_names_a_meeting_counts_none(lang, text, expected):
    assert medium_partners_and_date(text, lang, MAR_14_2025) == expected


MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Трамп провели телефонный разговор 10 марта. Они обсудили грядущий российско-американский саммит.",
     {("phone", (TRUMP, PUTIN), "2025-03-10")}),
    ("uk", "Наприкінці місяця Моді вирушить до Москви для зустрічі з Путіним.", set()),
    ("en", "Erdogan spoke with Putin on 10 March. The calls come after Russia and Ukraine said last week they were "
           "gearing up for peace talks.", {("phone", (ERDOGAN, PUTIN), "2025-03-10")}),
    ("ru", "- Все приготовления сделаем в рамках нашего визита в Москву, - сказал Моди.", set()),
    # near misses: the writer's "Напомним" opens a sentence about a meeting held; a forthcoming summit beside a held one
    ("ru", "Напомним, Путин и Моди провели переговоры в Москве 10 марта.",
     {("in_person", (MODI, PUTIN), "2025-03-10")}),
    ("uk", "Нагадаємо, Моді відвідав Москву 10 березня і провів переговори з Путіним.",
     {("in_person", (MODI, PUTIN), "2025-03-10")}),
])
def test_coming_events_told_beside_a_meeting_are_no_meetings(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Россия и Египет являются сопредседателями саммита.", set()),
    ("uk", "Україна і Польща є співголовами саміту.", set()),
    ("en", "Russia and Egypt are the co-chairs of the summit.", set()),
    # near miss: the participants of talks who discussed something tell the talks
    ("ru", "Участники переговоров Путин и Си обсудили торговлю 10 марта.", {("in_person", (PUTIN, XI), "2025-03-10")}),
])
def test_a_role_in_an_event_is_no_meeting(lang, text, expected):
    assert {(m[0], m[1], m[2]) for m in medium_partners_and_day(text, lang, MAR_14_2025)} <= expected and (
        not expected or partners_who_met(text, lang, MAR_14_2025) == {e[1] for e in expected})


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "В аеропорту генерала зустрів спеціальний представник США Джон Болтон.", set()),
    ("ru", "В аэропорту Моди встретил вице-премьер Денис Мантуров.", set()),
    ("en", "Modi was greeted at the airport by Deputy Prime Minister Denis Manturov.", set()),
    # near miss: a welcome at the airport and talks afterwards are a meeting
    ("ru", "Путин встретил Моди в аэропорту, а затем провёл с ним переговоры в Кремле.", {(MODI, PUTIN)}),
])
def test_a_welcome_at_the_airport_is_protocol_not_a_meeting(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the states of a compound adjective stand for the people of each the article names
    ("ru", "Путин прибыл в Ташкент. Мирзиёев приветствовал гостя. Российско-узбекские переговоры прошли 14 марта.",
     {("shavkat-mirziyoyev", PUTIN)}),
    # a leader welcoming his counterpart at the airport meets him
    ("ru", "Мирзиёев встретил российского коллегу Путина в аэропорту, после чего главы государств продолжили общение.",
     {("shavkat-mirziyoyev", PUTIN)}),
    # near misses: a summit told as not held; states with nobody of theirs named stay states
    ("ru", "Напомним, российско-индийский саммит на высшем уровне в 2022 и 2023 годах не проводился.", set()),
    ("uk", "Нагадаємо, російсько-індійський саміт у 2022 році не проводився.", set()),
    ("en", "The Russia-India summit was not held in 2022.", set()),
    ("ru", "Российско-узбекские консультации прошли 14 марта.", {("russia", "uzbekistan")}),
])
def test_compound_states_stand_for_their_people_and_a_summit_not_held_is_none(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Ердоган підтвердив готовність організувати саміт лідерів з участю України, США, Росії та Туреччини.",
     set()),
    ("ru", "Эрдоган подтвердил готовность организовать саммит лидеров Украины и России.", set()),
    ("en", "Erdogan confirmed he was ready to hold a summit of the leaders of Ukraine and Russia.", set()),
    # near misses: a summit one came to; a wife along with a leader is no third party
    ("en", "Modi came to the summit in Kazan and met Putin.", {(MODI, PUTIN)}),
    ("uk", "Макрон разом з дружиною Бріжит прибув до Пекіна, де провів переговори з Сі Цзіньпіном.",
     {("emmanuel-macron", XI)}),
])
def test_a_meeting_an_infinitive_aims_at_is_an_intention(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ZELENSKY, YERMAK, ERDOGAN = "volodymyr-zelenskyy", "andriy-yermak", "recep-tayyip-erdogan"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi spoke with Trump on Tuesday. Before the US visit, the two leaders are likely to meet in Germany in "
           "July during the G20 summit.", {("phone", (TRUMP, MODI))}),
    ("en", "Modi spoke with Trump on Tuesday. The two leaders are expected to meet on the sidelines of the G20 summit "
           "in July.", {("phone", (TRUMP, MODI))}),
    ("ru", "Моди поговорил с Трампом по телефону во вторник. Перед визитом в США лидеры, вероятно, встретятся в "
           "Германии в ходе саммита G20.", {("phone", (TRUMP, MODI))}),
    ("uk", "Моді поговорив з Трампом телефоном у вівторок. Лідери, ймовірно, зустрінуться в Німеччині під час "
           "саміту G20.", {("phone", (TRUMP, MODI))}),
    # near miss: a meeting held during a summit is held
    ("en", "Modi spoke with Trump on Tuesday. The two leaders met in Germany in July during the G20 summit.",
     {("phone", (TRUMP, MODI)), ("in_person", (TRUMP, MODI))}),
])
def test_the_setting_of_a_forecast_meeting_is_no_meeting(lang, text, expected):
    assert {(m[0], tuple(sorted(m[1]))) for m in medium_partners_and_day(text, lang, MAR_14_2025)} == {
        (k, tuple(sorted(p))) for k, p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", 'Magwenya said: "President Biden confirmed he will visit South Africa and participate in the G20 '
           'meetings."', set()),
    ("ru", "Байден посетит ЮАР и примет участие во встречах G20.", set()),
    ("uk", "Байден відвідає ПАР і візьме участь у зустрічах G20.", set()),
    # near miss: a verb of its own in the past tells a meeting held
    ("en", "Biden could not visit South Africa and held talks with Ramaphosa by phone on Tuesday.",
     {("phone", ("cyril-ramaphosa", "joe-biden"))}),
])
def test_a_meeting_joined_by_and_to_one_not_held_is_not_held(lang, text, expected):
    assert {(m[0], m[1]) for m in medium_partners_and_day(text, lang, MAR_14_2025)} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський подякував Туреччині за організацію зустрічі з російською стороною у Стамбулі.", set()),
    ("ru", "Зеленский поблагодарил Эрдогана за организацию встречи с российской стороной в Стамбуле.", set()),
    ("en", "Zelensky thanked Erdogan for organising the meeting with the Russian side in Istanbul.", set()),
    # near miss: the meeting told as held
    ("en", "Zelensky met Erdogan in Istanbul on Friday.", {(ERDOGAN, ZELENSKY)}),
])
def test_the_organisation_of_a_meeting_is_its_topic_not_a_meeting(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ZELENSKY, ERDOGAN, MBS = "volodymyr-zelenskyy", "recep-tayyip-erdogan", "mohammed-bin-salman"


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський зараз проводить телефонну розмову з Трампом.", {(TRUMP, ZELENSKY)}),
    ("uk", "Президент Ердоган проводить переговори з Путіним у Сочі.", {(ERDOGAN, PUTIN)}),
    ("ru", "Путин сейчас проводит телефонный разговор с Трампом.", {(PUTIN, TRUMP)}),
    ("en", "Trump is currently holding a phone call with Putin.", {(PUTIN, TRUMP)}),
    # near misses: an infinitive after a word of readiness or intention is no meeting held
    ("uk", "Зеленський готовий проводити переговори з Путіним.", set()),
    ("uk", "Зеленський готовий проводить переговори з Путіним.", set()),
    ("ru", "Путин готов проводить переговоры с Зеленским.", set()),
])
def test_a_meeting_going_on_as_the_news_is_written_is_held(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    # someone else's meeting, its subject named, its partner a group: no meeting of the article's pair
    ("uk", "Зеленський провів телефонну розмову з Трампом у суботу. Перед цим посол України у США Ольга "
           "Стефанішина зустрілася у Сенаті з групою сенаторів.", {(TRUMP, ZELENSKY)}),
    ("en", "Zelensky held a phone call with Trump on Saturday. Before that, Ukraine's ambassador Olha Stefanishyna "
           "met a group of senators.", {(TRUMP, ZELENSKY)}),
    # plans for calls are no call held
    ("uk", "Зеленський провів зустріч з Трампом у суботу. У нас є багато планів щодо телефонних розмов, "
           "сказав він.", {(TRUMP, ZELENSKY)}),
    ("ru", "Путин провёл переговоры с Трампом в субботу. У нас есть планы новых телефонных разговоров, "
           "сказал он.", {(PUTIN, TRUMP)}),
])
def test_a_meeting_naming_no_one_of_the_pair_or_only_planned_is_not_the_articles_own(lang, text, expected):
    found = facts(text, lang, MAR_14_2025).meetings
    assert {tuple(sorted(m.participants)) for m in found} == {tuple(sorted(p)) for p in expected}
    assert len(found) == 1


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Araghchi is going to hold a new round of talks with Steve Witkoff in Oman on Sunday.", set()),
    ("en", "Trump is about to speak with Putin by phone.", set()),
    ("en", "The two foreign ministers are going to meet in Geneva next week.", set()),
    # near misses: went to a city for talks; talks going well; a past intention is no meeting either
    ("en", "Modi went to Moscow for talks with Putin on Monday.", {(MODI, PUTIN)}),
    ("en", "The talks between Putin and Modi are going well, the Kremlin said on Monday.", {(MODI, PUTIN)}),
])
def test_going_to_and_about_to_tell_a_meeting_yet_to_come(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


PUTIN, XI, ERDOGAN, SHARIF = "vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "shehbaz-sharif"


ZELENSKY, MACRON, MELONI, MODI = "volodymyr-zelenskyy", "emmanuel-macron", "giorgia-meloni", "narendra-modi"


PEZESHKIAN, RAMAPHOSA = "masoud-pezeshkian", "cyril-ramaphosa"


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
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


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
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    # near miss: attendance told of a meeting the sentence names between two sides
    ("ru", "Лавров и Ван И провели встречу в Пекине, на которой присутствовали журналисты.",
     {("sergey-lavrov", "wang-yi")}),
])
def test_a_meeting_with_others_attending_is_still_held(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


P, X, E, L, T, N = ("vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "alexander-lukashenko", "donald-trump",
                    "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Alexander Lukashenko left for a two-day official visit to Russia.", set()),
    ("ru", "Президент Белоруссии Александр Лукашенко отправился с официальным визитом в Россию.", set()),
    ("uk", "Президент Білорусі Олександр Лукашенко вирушив з офіційним візитом до Росії.", set()),
    ("uk", "Олександр Лукашенко відправився з візитом до Росії, де в Сочі проведе зустріч з Володимиром Путіним.",
     set()),
    # near misses: the visit told after its setting off, a meeting with someone named, a caption's "(left)"
    ("ru", "Александр Лукашенко 7 марта отправился с визитом в Россию. В Сочи он провел переговоры с Владимиром "
           "Путиным.", {(partners(L, P), "in_person", "2025-03-07")}),
    ("uk", "Олександр Лукашенко відправився на зустріч з Володимиром Путіним.",
     {(partners(L, P), "in_person", "2025-03-14")}),
    ("en", "Alexander Lukashenko (left) during his visit to Russia on Monday.",
     {(partners(L, "russia"), "in_person", "2025-03-10")}),
])
def test_setting_off_on_a_visit_tells_no_meeting(lang: str, text: str, expected: set) -> None:
    assert partners_medium_and_day(text, lang, MAR_14_2025) == expected


Z, J = "volodymyr-zelenskyy", "joko-widodo"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Volodymyr Zelensky held a phone call with Joko Widodo. The leaders also discussed the peace formula, which "
           "Zelensky presented at the G20 summit in Indonesia a year ago.", {(partners(Z, J), "phone", "2025-03-14")}),
    ("ru", "Владимир Зеленский провел телефонный разговор с Джоко Видодо. Лидеры также обсудили формулу мира, которую "
           "Зеленский представил год назад на саммите G20 в Индонезии.", {(partners(Z, J), "phone", "2025-03-14")}),
    ("uk", "Володимир Зеленський провів телефонну розмову з Джоко Відодо. Лідери також обговорили формулу миру, яку "
           "Зеленський презентував рік тому на саміті G20 в Індонезії.", {(partners(Z, J), "phone", "2025-03-14")}),
    # near misses: a clause on the people who met dates their meeting
    ("en", "Xi Jinping and Vladimir Putin, who met on 5 March, discussed trade.",
     {(partners(X, P), "in_person", "2025-03-05")}),
    ("ru", "Си Цзиньпин и Владимир Путин, которые встретились 5 марта, обсудили торговлю.",
     {(partners(X, P), "in_person", "2025-03-05")}),
    ("uk", "Володимир Путін і Сі Цзіньпін, які зустрілися 5 березня, обговорили торгівлю.",
     {(partners(X, P), "in_person", "2025-03-05")}),
])
def test_a_meeting_word_in_a_clause_on_a_thing_is_another_event(lang: str, text: str, expected: set) -> None:
    assert partners_medium_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The ambassador said a visit by Volodymyr Zelensky to the United States is possible after the elections.",
     set()),
    ("ru", "Посол сообщил, что визит Владимира Зеленского в США возможен после выборов.", set()),
    ("uk", "Посол повідомив, що візит Володимира Зеленського до США можливий після виборів.", set()),
    # near misses: the possibility of another thing, in a clause of its own or after a verb of the meeting's
    ("en", "Volodymyr Zelensky held talks with Donald Trump, and a deal is possible.",
     {(partners(Z, T), "in_person", "2025-03-14")}),
    ("en", "Volodymyr Zelensky's talks with Donald Trump in Washington made a deal possible.",
     {(partners(Z, T), "in_person", "2025-03-14")}),
    ("ru", "Владимир Зеленский провел переговоры с Дональдом Трампом, сделка возможна.",
     {(partners(Z, T), "in_person", "2025-03-14")}),
    ("uk", "Володимир Зеленський провів переговори з Дональдом Трампом, угода можлива.",
     {(partners(Z, T), "in_person", "2025-03-14")}),
])
def test_a_meeting_said_possible_is_not_held(lang: str, text: str, expected: set) -> None:
    assert partners_medium_and_day(text, lang, MAR_14_2025) == expected


P, X, T, M, Z, E, S, N = ("vladimir-putin", "xi-jinping", "donald-trump", "emmanuel-macron", "volodymyr-zelenskyy",
                          "recep-tayyip-erdogan", "olaf-scholz", "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Решение, принятое Владимиром Путиным и Си Цзиньпином, вступило в силу.", set()),
    ("ru", "Меры, принимаемые Владимиром Путиным и Си Цзиньпином, дали результат.", set()),
    ("uk", "Рішення, прийняте Володимиром Путіним і Сі Цзіньпіном, набуло чинності.", set()),
    ("ru", "Нарендра Моди провел телефонный разговор с Владимиром Путиным. Это решение принято на фоне давления со "
           "стороны Вашингтона.", {(partners(N, P), "phone")}),
    ("uk", "Володимир Зеленський провів телефонну розмову з Реджепом Ердоганом. Рішення прийнято після консультацій з "
           "партнерами.", {(partners(E, Z), "phone")}),
    ("en", "Donald Trump spoke with Narendra Modi by phone. The leaders reviewed the measures taken against the "
           "epidemic.", {(partners(N, T), "phone")}),
    # near misses: a guest received, in the passive or the active, met his host
    ("ru", "Си Цзиньпин был принят Владимиром Путиным в Кремле.", {(partners(P, X), "in_person")}),
    ("ru", "Владимир Путин принял Си Цзиньпина в Кремле.", {(partners(P, X), "in_person")}),
    ("uk", "Сі Цзіньпіна прийняв Володимир Путін у Кремлі.", {(partners(P, X), "in_person")}),
    ("en", "Xi Jinping was received by Vladimir Putin in the Kremlin.", {(partners(P, X), "in_person")}),
])
def test_a_passive_participle_of_receiving_tells_no_meeting(lang: str, text: str, expected: set) -> None:
    assert partners_and_medium(text, lang, MAR_14_2025) == expected


MAY_14_2024 = date(2024, 5, 14)


@pytest.mark.parametrize("lang,text", [
    # near misses: a signer alone holds no meeting
    ("uk", "Президент України Володимир Зеленський підписав у Варшаві 8 липня указ про безпеку."),
    ("ru", "Президент Украины Владимир Зеленский подписал в Варшаве 8 июля указ о безопасности."),
    ("en", "Ukrainian President Volodymyr Zelensky signed a security decree in Warsaw on 8 July."),
])
def test_a_single_signer_holds_no_meeting(lang, text):
    assert partners_and_place(text, lang, MAY_14_2024) == set()


@pytest.mark.parametrize("lang,text", [
    # a visit whose dates are being discussed is none, and the ambassador who says so joins nothing
    ("ru", "Посол России в Казахстане заявил, что Москва и Астана обсуждают даты визита Путина в республику."),
    ("uk", "Посол Росії в Казахстані заявив, що Москва та Астана обговорюють дати візиту Путіна до республіки."),
    ("en", "The Russian ambassador said Moscow and Astana are discussing the dates of Putin's visit to the republic."),
])
def test_a_visit_whose_dates_are_discussed_is_no_meeting(lang, text):
    assert partners_who_met(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi invited Putin to visit India during their bilateral meeting in Kazan.", {(MODI, PUTIN)}),
    ("ru", "Моди пригласил Путина посетить Индию в ходе их двусторонней встречи в Казани.", {(MODI, PUTIN)}),
    ("uk", "Моді запросив Путіна відвідати Індію під час їхньої двосторонньої зустрічі в Казані.", {(MODI, PUTIN)}),
    # near misses: the invitation alone tells no meeting
    ("en", "Modi invited Putin to visit India.", set()),
    ("ru", "Моди пригласил Путина посетить Индию.", set()),
    ("uk", "Моді запросив Путіна відвідати Індію.", set()),
])
def test_an_invitation_told_during_their_meeting_keeps_the_meeting(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


WIDODO, XI, LI_KEQIANG, PUTIN = "joko-widodo", "xi-jinping", "li-keqiang", "vladimir-putin"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Joko Widodo extended the invitation to Xi Jinping during a meeting in Beijing on Tuesday evening.",
     {(WIDODO, XI)}),
    ("ru", "Джоко Видодо передал приглашение Си Цзиньпину в ходе встречи в Пекине во вторник вечером.", {(WIDODO, XI)}),
    ("uk", "Джоко Відодо передав запрошення Сі Цзіньпіну під час зустрічі в Пекіні у вівторок увечері.",
     {(WIDODO, XI)}),
    # near misses: the invitation and its meeting still to come
    ("en", "Joko Widodo will extend the invitation to Xi Jinping during a meeting in Beijing next week.", set()),
    ("ru", "Джоко Видодо передаст приглашение Си Цзиньпину в ходе встречи в Пекине на следующей неделе.", set()),
    ("uk", "Джоко Відодо передасть запрошення Сі Цзіньпіну під час зустрічі в Пекіні наступного тижня.", set()),
])
def test_an_invitation_given_during_a_meeting_tells_the_meeting_held(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ATAMBAYEV, PUTIN, XI = "almazbek-atambayev", "vladimir-putin", "xi-jinping"


@pytest.mark.parametrize("lang,text,held", [
    ("ru", "Никол Пашинян говорил, что собирается совершить свой первый в этом году официальный визит в Россию.",
     False),
    ("uk", "Нікол Пашинян казав, що збирається здійснити свій перший у цьому році офіційний візит до Росії.", False),
    ("ru", "Никол Пашинян планирует провести в следующем месяце в Москве переговоры с Владимиром Путиным.", False),
    ("en", "Nikol Pashinyan said he intends to make his first official visit this year to Russia.", False),
    # near misses: the visit made; a meeting that is the setting of an invitation, not the infinitive's object
    ("ru", "Нарендра Моди пригласил Владимира Путина посетить Индию в ходе их двусторонней встречи в Казани.", True),
    ("uk", "Нарендра Моді запросив Володимира Путіна відвідати Індію під час їхньої двосторонньої зустрічі в Казані.",
     True),
    ("ru", "Никол Пашинян совершил свой первый в этом году официальный визит в Россию.", True),
    ("uk", "Нікол Пашинян здійснив свій перший у цьому році офіційний візит до Росії.", True),
    ("en", "Nikol Pashinyan made his first official visit this year to Russia.", True),
])
def test_an_infinitive_of_intent_far_before_the_meeting_word_tells_a_plan(lang, text, held):
    assert bool(day_and_place_by_partners(text, lang, MAR_14_2025)) is held


LEE, TRUMP, MODI, MURMU = "lee-jae-myung", "donald-trump", "narendra-modi", "droupadi-murmu"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президент Южной Кореи Ли Чжэ Мен прилетел в Японию перед саммитом с американским президентом Дональдом "
           "Трампом, который планируется провести 25 августа.", set()),
    ("uk", "Президент Південної Кореї Лі Дже Мьон прилетів до Японії перед самітом з американським президентом "
           "Дональдом Трампом, який заплановано провести 25 серпня.", set()),
    ("uk", "Президент Південної Кореї Лі Дже Мьон прилетів до Японії перед самітом з американським президентом "
           "Дональдом Трампом, який відбудеться 25 серпня.", set()),
    ("en", "South Korean President Lee Jae Myung flew to Japan ahead of a summit with US President Donald Trump, "
           "which is scheduled for August 25.", set()),
    # near misses: the relative clause tells the meeting held
    ("ru", "Президент Южной Кореи Ли Чжэ Мен провел саммит с президентом США Дональдом Трампом, который прошел 10 "
           "марта.", {(TRUMP, LEE)}),
    ("uk", "Президент Південної Кореї Лі Дже Мьон провів саміт з президентом США Дональдом Трампом, який відбувся 10 "
           "березня.", {(TRUMP, LEE)}),
    ("en", "South Korean President Lee Jae Myung held a summit with US President Donald Trump, which took place on "
           "March 10.", {(TRUMP, LEE)}),
])
def test_a_meeting_whose_relative_clause_tells_a_plan_is_not_held(lang, text, expected):
    assert set(day_and_place_by_partners(text, lang, MAR_14_2025)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Сообщается, что в ходе визита Путин проведет переговоры с премьер-министром Нарендрой Моди, а также "
           "отдельную встречу с президентом Индии Драупади Мурму.", set()),
    ("uk", "Йдеться, що під час візиту Путін проведе переговори з прем'єр-міністром Нарендрою Моді, а також окрему "
           "зустріч із президенткою Індії Драупаді Мурму.", set()),
    ("en", "During the visit Putin will hold talks with Prime Minister Narendra Modi, as well as a separate meeting "
           "with Indian President Droupadi Murmu.", set()),
    # near misses: the predicate held; a verb of its own after "а також"
    ("uk", "Під час візиту Путін провів переговори з прем'єр-міністром Нарендрою Моді, а також окрему зустріч із "
           "президенткою Індії Драупаді Мурму.", {(MODI, PUTIN), (MURMU, PUTIN)}),
    ("ru", "В ходе визита Путин провел переговоры с премьер-министром Нарендрой Моди, а также отдельную встречу с "
           "президентом Индии Драупади Мурму.", {(MODI, PUTIN), (MURMU, PUTIN)}),
    ("uk", "Путін проведе переговори з Нарендрою Моді, а також вчора зустрівся з Драупаді Мурму.", {(MURMU, PUTIN)}),
])
def test_a_meeting_joined_by_as_well_as_shares_the_unreal_predicate(lang, text, expected):
    assert set(day_and_place_by_partners(text, lang, MAR_14_2025)) == expected


LATE_2025 = date(2025, 11, 28)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Володимир Путін 4-5 грудня здійснить візит до Індії. Під час візиту Путін проведе переговори з Нарендрою "
           "Моді. Сторони підпишуть низку документів. У Москві підкреслили, що візит має важливе значення для "
           "відносин, які Кремль називає привілейованими.", set()),
    ("ru", "Владимир Путин 4-5 декабря совершит визит в Индию. В ходе визита Путин проведет переговоры с Нарендрой "
           "Моди. Стороны подпишут ряд документов. В Москве подчеркнули, что визит имеет важное значение для "
           "отношений, которые Кремль называет привилегированными.", set()),
    # near miss: a verb of its own in the past that is no verb of speech
    ("uk", "Володимир Путін 4-5 грудня здійснить візит до Індії. Моді у вересні провів переговори з Путіним у "
           "Тяньцзіні.", {("narendra-modi", PUTIN)}),
])
def test_what_was_said_of_a_planned_visit_tells_no_visit(lang, text, expected):
    assert set(day_and_place_by_partners(text, lang, LATE_2025)) == expected


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


TAMIM = "tamim-bin-hamad"


TRUSS = "liz-truss"


CALL_DAY = date(2022, 10, 7)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Liz Truss spoke by phone to Emir Tamim bin Hamad Al Thani on Friday. Truss updated him on her visit to "
           "the summit in Prague on Thursday.", {(TRUSS, TAMIM)}),
    ("ru", "Лиз Трасс в пятницу поговорила по телефону с эмиром Тамимом бин Хамадом Аль Тани. Трасс "
           "проинформировала его о своём визите на саммит в Праге в четверг.", {(TRUSS, TAMIM)}),
    ("uk", "Ліз Трасс у пʼятницю поговорила телефоном з еміром Тамімом бін Хамадом Аль Тані. Трасс поінформувала "
           "його про свій візит на саміт у Празі в четвер.", {(TRUSS, TAMIM)}),
    # near miss: the talks briefed on name their partner, and are a meeting of their own
    ("en", "Liz Truss spoke by phone to Emir Tamim bin Hamad Al Thani on Friday. Truss briefed him on her talks "
           "with Emmanuel Macron in Prague on Thursday.", {(TRUSS, TAMIM), (MACRON, TRUSS)}),
])
def test_a_trip_the_teller_briefs_on_is_no_meeting_with_the_one_briefed(lang, text, expected):
    f = facts(text, lang, CALL_DAY)
    assert meeting_pairs(f) == expected
    assert [m.medium for m in f.meetings if m.participants == (TRUSS, TAMIM)] == ["phone"]


@pytest.mark.parametrize("text,expected", [
    ("Narendra Modi welcomed Joe Biden's decision on Monday.", set()),
    ("Narendra Modi received Joe Biden's letter on Monday.", set()),
    # near misses: the person, or a meeting of his, is what was welcomed
    ("Narendra Modi welcomed Joe Biden in Delhi on Monday.", {("joe-biden", "narendra-modi")}),
    ("Narendra Modi welcomed Joe Biden's delegation in Delhi on Monday.", {("joe-biden", "narendra-modi")}),
])
def test_a_possessed_thing_welcomed_is_no_meeting(text, expected):
    assert meeting_pairs(facts(text, "en")) == expected


@pytest.mark.parametrize("lang,text", [
    # the same in Russian and Ukrainian, where the owner follows the thing
    ("ru", "Нарендра Моди приветствовал решение Джо Байдена в понедельник."),
    ("uk", "Нарендра Моді привітав рішення Джо Байдена в понеділок."),
])
def test_a_decision_welcomed_is_no_meeting_in_russian_or_ukrainian(lang, text):
    assert meeting_pairs(facts(text, lang)) == set()


VISIT_DAY = date(2023, 5, 26)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Narendra Modi met Joe Biden in Tokyo on Monday. \"We look forward to welcoming him when he visits Delhi in "
           "September,\" Modi said.", [5]),
    ("en", "Narendra Modi met Joe Biden in Tokyo on Monday. Modi hopes the deal will be signed when Biden visits "
           "Delhi in September.", [5]),
    ("ru", "Нарендра Моди встретился с Джо Байденом в Токио в понедельник. «Мы с нетерпением ждём его, когда он "
           "посетит Дели в сентябре», — сказал Моди.", [5]),
    ("uk", "Нарендра Моді зустрівся з Джо Байденом у Токіо в понеділок. «Ми з нетерпінням чекаємо на нього, коли "
           "він відвідає Делі у вересні», — сказав Моді.", [5]),
    # near miss: a visit told in the past is one of its own
    ("en", "Narendra Modi met Joe Biden in Tokyo on Monday. Modi said they had agreed on trade when Biden visited "
           "Delhi in April.", [4, 5]),
])
def test_a_visit_hoped_for_in_a_clause_of_time_is_no_meeting_yet(lang, text, expected):
    f = facts(text, lang, VISIT_DAY)
    assert sorted(m.date.month for m in f.meetings if m.participants == (BIDEN, MODI)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Narendra Modi welcomed the decision on Monday.", set()),
    ("Narendra Modi received the credentials of the ambassador on Monday.", set()),
    # near misses: a person, a title or a leader word after the article
    ("Narendra Modi welcomed the Chinese president in Delhi on Monday.", {("narendra-modi", "xi-jinping")}),
    ("Narendra Modi welcomed the visiting Chinese president in Delhi on Monday.", {("narendra-modi", "xi-jinping")}),
])
def test_a_thing_welcomed_after_its_article_is_no_reception(text, expected):
    assert meeting_pairs(facts(text, "en", date(2022, 10, 7))) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi Might Visit Washington After Elections", set()),
    ("en", "Trump Could Meet Modi Next Spring", set()),
    ("ru", "Моди может посетить Вашингтон после выборов", set()),
    ("uk", "Моді може відвідати Вашингтон після виборів", set()),
    # near misses: a title-cased headline of a meeting held; a month's name in an ordinary sentence
    ("en", "Trump Meets Modi For Talks In Washington", {(partners(T, N), "in_person", "2025-03-14")}),
    ("en", "Donald Trump met Narendra Modi in Washington on May 5.", {(partners(T, N), "in_person", "2024-05-05")}),
])
def test_a_title_cased_headline_keeps_its_modal(lang: str, text: str, expected: set) -> None:
    assert partners_medium_and_day(text, lang, MAR_14_2025) == expected


B = "serdar-berdimuhamedow"


CN = "china"


IN = "india"


TM = "turkmenistan"


UA = "ukraine"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Referring to the recent trip of the Russian president to India, Prabowo Subianto said: \"I "
           "would like to invite you to Indonesia\".", {partners(P, IN)}),
    ("ru", "Ссылаясь на недавнюю поездку Президента России в Индию, Прабово Субианто сказал: «Я хотел бы "
           "пригласить вас посетить Индонезию».", {partners(P, IN)}),
    ("uk", "Посилаючись на нещодавню поїздку Президента Росії до Індії, Прабово Субіанто сказав: «Я хотів би "
           "запросити вас відвідати Індонезію».", {partners(P, IN)}),
    # near miss: the visit the invitation asks for is none held
    ("ru", "Моди сказал: «Я хотел бы пригласить Президента России посетить Индию».", set()),
])
def test_a_visit_referred_to_is_held_beside_an_invitation(lang: str, text: str, expected: set) -> None:
    assert partners_met_in_person(text, lang, MAR_14_2025) == expected


PASHINYAN_IRAN = ("masoud-pezeshkian", "nikol-pashinyan")


@pytest.mark.parametrize("lang,text,pairs", [
    ("ru", "Утром Пашинян успел поговорить с президентом Ирана.", {PASHINYAN_IRAN}),
    ("ru", "Пашиняну удалось переговорить с президентом Ирана.", {PASHINYAN_IRAN}),
    ("uk", "Зранку Пашинян встиг поговорити з президентом Ірану.", {PASHINYAN_IRAN}),
    ("uk", "Пашиняну вдалося поговорити з президентом Ірану.", {PASHINYAN_IRAN}),
    ("en", "In the morning Pashinyan managed to speak with the president of Iran.", {PASHINYAN_IRAN}),
    # "в частности", "зокрема", "in particular" open the list of partners as "including" does: one meeting each
    ("ru", "Пашинян успел переговорить с лидерами ряда стран, в частности, Ирана и России.",
     {("iran", "nikol-pashinyan"), ("nikol-pashinyan", "russia")}),
    ("uk", "Пашинян встиг поговорити з лідерами низки країн, зокрема Ірану та Росії.",
     {("iran", "nikol-pashinyan"), ("nikol-pashinyan", "russia")}),
    ("en", "Pashinyan managed to speak with the leaders of several countries, in particular Iran and Russia.",
     {("iran", "nikol-pashinyan"), ("nikol-pashinyan", "russia")}),
    # near misses: wished, not managed, or yet to come
    ("ru", "Пашинян не успел поговорить с президентом Ирана.", set()),
    ("ru", "Пашинян успеет поговорить с президентом Ирана завтра.", set()),
    ("ru", "Пашинян хотел поговорить с президентом Ирана.", set()),
    ("uk", "Пашинян не встиг поговорити з президентом Ірану.", set()),
    ("uk", "Пашинян планує поговорити з президентом Ірану.", set()),
    ("en", "Pashinyan wants to speak with the president of Iran.", set()),
    ("en", "Pashinyan has not managed to speak with the president of Iran.", set()),
])
def test_a_meeting_verb_after_a_verb_of_achievement_was_held(lang, text, pairs):
    assert meeting_pairs(facts(text, lang, MAR_14_2025)) == pairs


OCT_16_2025 = date(2025, 10, 16)  # a Thursday


CAVUSOGLU = "mevlut-cavusoglu"


LAVROV = "sergey-lavrov"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Трамп и Путин достигли договорённости о личной встрече."),
    ("ru", "Лидеры США и России Трамп и Путин достигли договоренности о встрече в Будапеште."),
    ("ru", "Путин и Трамп согласовали встречу на высшем уровне."),
    ("uk", "Трамп і Путін досягли домовленості про особисту зустріч."),
    ("uk", "Трамп і Путін домовилися про зустріч у Будапешті."),
    ("en", "Trump and Putin reached an agreement on a face-to-face meeting."),
    ("en", "Trump and Putin agreed on a summit in Budapest."),
])
def test_a_meeting_that_was_agreed_on_is_not_yet_held(lang, text):
    assert partners_who_met(text, lang, OCT_16_2025) == set()


@pytest.mark.parametrize("lang,text", [
    # the agreement reached at the meeting: the meeting is held, the agreement its outcome
    ("ru", "На встрече в Будапеште Трамп и Путин достигли договорённости о поставках."),
    ("ru", "Трамп и Путин провели переговоры и достигли договоренности о прекращении огня."),
    ("uk", "На зустрічі в Будапешті Трамп і Путін досягли домовленості про поставки."),
    ("uk", "Трамп і Путін провели переговори та домовилися про обмін полоненими."),
    ("en", "At the meeting in Budapest Trump and Putin reached an agreement on supplies."),
    ("en", "Trump and Putin held talks and agreed on a ceasefire."),
])
def test_an_agreement_reached_at_a_meeting_leaves_it_held(lang, text):
    assert partners_who_met(text, lang, OCT_16_2025) == {(TRUMP, PUTIN)}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Глава МИД Турции Чавушоглу сообщил, что планирует провести телефонный разговор с Сергеем Лавровым. "
           "Время телефонного разговора пока неизвестно."),
    ("uk", "Глава МЗС Туреччини Чавушоглу повідомив, що планує провести телефонну розмову з Сергієм Лавровим. "
           "Час телефонної розмови поки невідомий."),
    ("en", "Turkish Foreign Minister Cavusoglu said he plans to hold a phone call with Sergey Lavrov. "
           "The time of the phone call is unknown."),
])
def test_a_planned_meeting_spoken_of_again_stays_planned(lang, text):
    assert partners_who_met(text, lang, OCT_16_2025) == set()


@pytest.mark.parametrize("lang,text", [
    # the first sentence told it as held: the second speaks of a held call
    ("ru", "Глава МИД Турции Чавушоглу провел телефонный разговор с Сергеем Лавровым. "
           "Время телефонного разговора не сообщается."),
    ("uk", "Глава МЗС Туреччини Чавушоглу провів телефонну розмову з Сергієм Лавровим. "
           "Час телефонної розмови не повідомляється."),
    ("en", "Turkish Foreign Minister Cavusoglu held a phone call with Sergey Lavrov. "
           "The time of the phone call is unknown."),
    # planned, then told as done
    ("ru", "Чавушоглу планирует провести телефонный разговор с Лавровым. Телефонный разговор состоялся вечером."),
    ("uk", "Чавушоглу планує провести телефонну розмову з Лавровим. Телефонна розмова відбулася ввечері."),
    ("en", "Cavusoglu plans to hold a phone call with Lavrov. The phone call took place on Monday."),
])
def test_a_meeting_told_as_held_is_kept(lang, text):
    assert partners_who_met(text, lang, OCT_16_2025) == {(CAVUSOGLU, LAVROV)}
