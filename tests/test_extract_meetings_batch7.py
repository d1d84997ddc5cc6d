"""Meetings that are not (yet) meetings, and signings, from the errors of real batch 7 (issue 15), in general form:
plans told in the future or as agreed; a count of meetings; two signatories of two states signing together; the
sentence after a signing completing it; visits recalled in passing. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

from kg.records import PartialDate

REF = date(2025, 3, 14)  # a Friday
PUTIN, XI, TOKAYEV, LULA = "vladimir-putin", "xi-jinping", "kassym-jomart-tokayev", "luiz-inacio-lula-da-silva"
KISHIDA, YOON = "fumio-kishida", "yoon-suk-yeol"


def _meetings(text: str, lang: str, published: date = REF) -> set[tuple[str, tuple[str, ...], PartialDate | None]]:
    return {(m.medium, tuple(sorted(m.participants)), m.date) for m in facts(text, lang, published).meetings}


def _pairs(text: str, lang: str, published: date = REF) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, published))


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
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Токаев провели переговоры в Москве. В завершение встречи главы государств договорились провести "
           "первый Совет глав регионов в 2026 году.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 14))}),
    ("uk", "Путін і Токаєв провели переговори в Москві. Наприкінці зустрічі глави держав домовилися провести першу "
           "Раду голів регіонів у 2026 році.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 14))}),
    ("en", "Putin and Tokayev held talks in Moscow. At the end of the meeting the leaders agreed to hold the first "
           "council of regions in 2026.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 14))}),
    # near miss: the meeting's own date, told before the plan
    ("ru", "Путин и Токаев 12 марта провели переговоры и договорились провести саммит в 2026 году.",
     {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 12))}),
])
def test_a_date_after_a_word_of_agreement_is_the_plans_not_the_meetings(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,published,text,expected", [
    # May 7 in an article of May 3: this year's, yet to come
    ("en", date(2023, 5, 3), "Kishida on May 7 will arrive in Seoul for a bilateral summit with Yoon. Their summit is "
                             "scheduled for May 7, the first day of the visit.", set()),
    # near miss: a day before the article's, told as held
    ("en", date(2023, 5, 3), "Kishida arrived in Seoul on May 1 for a bilateral summit with Yoon.",
     {("in_person", (KISHIDA, YOON), PartialDate(2023, 5, 1))}),
])
def test_a_date_in_a_future_sentence_resolves_forward(lang, published, text, expected):
    assert _meetings(text, lang, published) == expected


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
    assert _meetings(text, lang) == expected


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
    assert _meetings(text, lang) == expected


LAVROV, WANG, SYBIHA, SIKORSKI = "sergey-lavrov", "wang-yi", "andrii-sybiha", "radoslaw-sikorski"
ALIYEV, PASHINYAN, TRUMP = "ilham-aliyev", "nikol-pashinyan", "donald-trump"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Меморандум подписали министр иностранных дел России Сергей Лавров и министр иностранных дел Китая Ван И.",
     {(LAVROV, WANG)}),
    ("ru", "Подписи под меморандумом поставили министр иностранных дел России Сергей Лавров и министр иностранных дел "
           "Китая Ван И.", {(LAVROV, WANG)}),
    ("uk", "Документ підписали міністр закордонних справ України Андрій Сибіга та міністр закордонних справ Польщі "
           "Радослав Сікорський.", {(SYBIHA, SIKORSKI)}),
    ("en", "The agreement was signed by Foreign Minister Sergey Lavrov for Russia and Foreign Minister Wang Yi for "
           "China.", {(LAVROV, WANG)}),
    ("en", "Lavrov and Wang Yi signed the memorandum in Moscow.", set()),  # ministers as subjects: at their leaders'
    ("uk", "Сибіга і Сікорський підписали меморандум у Варшаві.", set()),
    # near misses: one signer, signers of one state, ministers named as the subject (told beside their leaders'
    # talks, as before)
    ("ru", "Меморандум подписал Лавров.", set()),
    ("ru", "Указ подписали Путин и Лавров.", set()),
    ("uk", "Сибіга підписав наказ про призначення послів.", set()),
    ("en", "The decree was signed by Putin and Lavrov.", set()),
])
def test_two_people_of_two_states_signing_together_met_in_person(lang, text, expected):
    meetings = facts(text, lang, REF).meetings
    assert {tuple(sorted(m.participants)) for m in meetings} == expected
    assert all(m.medium == "in_person" for m in meetings)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Sinopec chairman Ma Yongsheng took part in a virtual signing ceremony from Beijing with QatarEnergy chief "
           "Saad al-Kaabi.", "video"),
    ("ru", "Лавров и Ван И приняли участие в виртуальной церемонии подписания меморандума.", "video"),
    ("uk", "Сибіга і Сікорський взяли участь у віртуальній церемонії підписання меморандуму.", "video"),
    # near miss: a signing ceremony in a hall is in person
    ("ru", "Путин и Си Цзиньпин подписали меморандум на церемонии в Москве.", "in_person"),
])
def test_a_virtual_signing_ceremony_is_a_video_meeting(lang, text, expected):
    meetings = facts(text, lang, REF).meetings
    assert len(meetings) == 1 and meetings[0].medium == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Алиев и Пашинян подписали декларацию. Подписание документа состоялось 8 марта при участии президента США "
           "Дональда Трампа.", {((ALIYEV, TRUMP, PASHINYAN), PartialDate(2025, 3, 8))}),
    ("uk", "Алієв і Пашинян підписали декларацію. Підписання документа відбулося 8 березня за участі президента США "
           "Дональда Трампа.", {((ALIYEV, TRUMP, PASHINYAN), PartialDate(2025, 3, 8))}),
    ("en", "Aliyev and Pashinyan signed the declaration. The signing took place on March 8 with the participation of "
           "US President Donald Trump.", {((ALIYEV, TRUMP, PASHINYAN), PartialDate(2025, 3, 8))}),
    # near misses: a signing's sentence with no one joining keeps the pair; a later sentence of another event is its
    # own
    ("ru", "Алиев и Пашинян подписали декларацию. Подписание прошло 8 марта в присутствии журналистов.",
     {((ALIYEV, PASHINYAN), PartialDate(2025, 3, 8))}),
    ("en", "Aliyev and Pashinyan signed the declaration. Talks will take place on March 20.",
     {((ALIYEV, PASHINYAN), PartialDate(2025, 3, 14))}),
])
def test_the_sentence_after_a_signing_gives_its_day_and_who_took_part(lang, text, expected):
    assert {(tuple(sorted(m.participants)), m.date) for m in facts(text, lang, REF).meetings} == \
        {(tuple(sorted(p)), d) for p, d in expected}


ABE = "shinzo-abe"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kishida will be the first Japanese leader to visit South Korea since Prime Minister Shinzo Abe in February "
           "2018 for the Winter Olympics.", {((ABE, "south-korea"), PartialDate(2018, 2))}),
    ("en", "Kishida will be the first Japanese leader to visit Korea for a bilateral summit since Shinzo Abe in "
           "February 2018.", {((ABE, "south-korea"), PartialDate(2018, 2))}),
    ("ru", "Кисида станет первым японским лидером, посетившим Южную Корею после Синдзо Абэ в феврале 2018 года.",
     {((ABE, "south-korea"), PartialDate(2018, 2))}),
    ("uk", "Кісіда стане першим японським лідером, який відвідає Південну Корею після Сіндзо Абе в лютому 2018 року.",
     {((ABE, "south-korea"), PartialDate(2018, 2))}),
    # near misses: "since" or "после" that tells no visit of the person named after it (Kishida's own visit, to a
    # state whose host is not named, is a meeting with that state: batch 8)
    ("en", "Kishida visited South Korea since Abe had asked him to go.",
     {((KISHIDA, "south-korea"), PartialDate(2023, 5, 3))}),
    ("ru", "Кисида посетил Южную Корею после переговоров с Абэ в феврале.", set()),
    ("en", "The talks with North Korea since Kim Jong Un in 2018 stalled.", set()),
])
def test_a_visit_first_since_someone_elses_recalls_his_visit_to_that_state(lang, text, expected):
    published = date(2023, 5, 3)
    assert {(tuple(sorted(m.participants)), m.date) for m in facts(text, lang, published).meetings} == \
        {(tuple(sorted(p)), d) for p, d in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The two also spoke during the April 6 meeting between Aliyev and Armenian Prime Minister Nikol Pashinyan.",
     {("ilham-aliyev", "nikol-pashinyan")}),
    ("ru", "Они также говорили во время встречи Алиева и Пашиняна 6 апреля в Брюсселе.",
     {("ilham-aliyev", "nikol-pashinyan")}),
    # near miss: a count stays a count without a date of publication
    ("en", "Aliyev and Pashinyan have held more than 10 meetings.", set()),
])
def test_a_day_before_a_meeting_is_no_count_without_a_date_of_publication(lang, text, expected):
    assert meeting_pairs(facts(text, lang, None)) == expected
