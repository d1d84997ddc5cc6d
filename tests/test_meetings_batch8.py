"""Meetings from the errors of real batch 8 (issue 15), in general form: one subject who met several people, one
meeting with each; a visit to a state whose host the sentence does not name, a meeting with that state; people named
beside a meeting who did not take part. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

REF = date(2025, 3, 14)  # a Friday
MODI, PUTIN, XI, ERDOGAN = "narendra-modi", "vladimir-putin", "xi-jinping", "recep-tayyip-erdogan"
LI, WANG, JAISHANKAR = "li-qiang", "wang-yi", "subrahmanyam-jaishankar"
MISHUSTIN, LAVROV = "mikhail-mishustin", "sergey-lavrov"


def _pairs(text: str, lang: str, published: date = REF) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, published))


@pytest.mark.parametrize("lang,text", [
    ("en", "During his visit, the Indian Prime Minister held talks with President Xi Jinping, and met Premier Li Qiang "
           "and Foreign Minister Wang Yi."),
    ("ru", "В ходе визита индийский премьер-министр провёл переговоры с председателем КНР Си Цзиньпином, а также "
           "встретился с премьером Госсовета Ли Цяном и министром иностранных дел Ван И."),
    ("uk", "Під час візиту прем'єр-міністр Індії провів переговори з головою КНР Сі Цзіньпіном, а також зустрівся з "
           "прем'єром Держради Лі Цяном і міністром закордонних справ Ван І."),
])
def test_the_subject_of_a_frame_met_each_person_named_after_the_verb(lang, text):
    assert _pairs(text, lang) == {(MODI, XI), (LI, MODI), (MODI, WANG)}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi met Putin and Erdogan in Kazan.", {(MODI, PUTIN), (MODI, ERDOGAN)}),
    ("ru", "Моди встретился с Путиным и Эрдоганом в Казани.", {(MODI, PUTIN), (MODI, ERDOGAN)}),
    ("uk", "Моді зустрівся з Путіним і Ердоганом у Казані.", {(MODI, PUTIN), (MODI, ERDOGAN)}),
    # a title of several lower-case words between two partners
    ("en", "Jaishankar was in Moscow on Monday. There he met Prime Minister Mikhail Mishustin and party foreign "
           "affairs spokesperson Sergey Lavrov.", {(MISHUSTIN, JAISHANKAR), (LAVROV, JAISHANKAR)}),
    ("ru", "Джайшанкар в понедельник был в Москве. Там он встретился с премьер-министром Михаилом Мишустиным и первым "
           "заместителем председателя комитета Государственной думы Сергеем Лавровым.",
     {(MISHUSTIN, JAISHANKAR), (LAVROV, JAISHANKAR)}),
    ("uk", "Джайшанкар у понеділок був у Москві. Там він зустрівся з прем'єр-міністром Михайлом Мішустіним і першим "
           "заступником голови комітету з міжнародних справ Сергієм Лавровим.",
     {(MISHUSTIN, JAISHANKAR), (LAVROV, JAISHANKAR)}),
    # near misses: met together, a joint meeting, two subjects: one meeting of three
    ("en", "Modi met Putin and Xi together in Kazan.", {(MODI, PUTIN, XI)}),
    ("ru", "Моди встретился с Путиным и Си Цзиньпином вместе в Казани.", {(MODI, PUTIN, XI)}),
    ("uk", "Моді зустрівся з Путіним і Сі Цзіньпіном разом у Казані.", {(MODI, PUTIN, XI)}),
    ("en", "Modi held a trilateral meeting with Putin and Xi in Kazan.", {(MODI, PUTIN, XI)}),
    ("en", "Putin and Xi met Modi in Kazan.", {(MODI, PUTIN, XI)}),
])
def test_a_verb_with_several_people_as_its_object_is_one_meeting_with_each(lang, text, expected):
    assert _pairs(text, lang) == expected


SYBIHA, RAMAPHOSA = "andrii-sybiha", "cyril-ramaphosa"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi concluded his state visit to Singapore on Tuesday.", {(MODI, "singapore")}),
    ("ru", "Моди во вторник завершил государственный визит в Сингапур.", {(MODI, "singapore")}),
    ("uk", "Моді у вівторок завершив державний візит до Сінгапуру.", {(MODI, "singapore")}),
    # the guest inside the phrase, a recalled visit dated as told there
    ("en", "Lavrov recalled that the official visit by Prime Minister Modi to Azerbaijan in 2014 elevated cooperation "
           "between the two countries.", {("azerbaijan", MODI)}),
    ("ru", "Лавров напомнил, что официальный визит премьер-министра Моди в Азербайджан в 2014 году поднял "
           "сотрудничество на новый уровень.", {("azerbaijan", MODI)}),
    ("uk", "Лавров нагадав, що офіційний візит прем'єр-міністра Моді до Азербайджану у 2014 році підняв співпрацю на "
           "новий рівень.", {("azerbaijan", MODI)}),
    # a visit told inside the sentence of another event
    ("ru", "В ходе разговора было отмечено значение документов, подписанных в ходе визита президента Эрдогана в "
           "Соединённые Штаты.", {(ERDOGAN, "united-states")}),
    ("uk", "Під час розмови відзначили значення документів, підписаних під час візиту президента Ердогана до "
           "Сполучених Штатів.", {(ERDOGAN, "united-states")}),
    ("en", "During the conversation they stressed the documents signed during the visit of President Erdogan to the "
           "United States.", {(ERDOGAN, "united-states")}),
    # the guest after the place
    ("uk", "Президент згадав про візит до Лівану міністра закордонних справ Андрія Сибіги.", {(SYBIHA, "lebanon")}),
    ("ru", "Президент вспомнил о визите в Ливан министра иностранных дел Андрея Сибиги.", {(SYBIHA, "lebanon")}),
    ("en", "The President recalled the visit to Lebanon by Foreign Minister Andrii Sybiha.", {(SYBIHA, "lebanon")}),
    # a visit told after a coming one, in a predicate of its own
    ("en", "The visit will strengthen ties and is a follow-up to the visit Prime Minister Modi made to Guyana.",
     {("guyana", MODI)}),
    # near misses: the host named in the sentence, or in the article as the state's leader, stays
    ("en", "During his state visit to Russia, Modi met with Putin.", {(MODI, PUTIN)}),
    ("ru", "В ходе государственного визита в Россию Моди встретился с Путиным.", {(MODI, PUTIN)}),
    ("uk", "Під час державного візиту до Росії Моді зустрівся з Путіним.", {(MODI, PUTIN)}),
    ("en", "Putin thanked India for its support. Modi concluded his state visit to Russia on Tuesday.",
     {(MODI, PUTIN)}),
    # near misses: where something is, in the locative, is no place visited; the pair told before is the pair
    ("uk", "Ердоган відвідав Катар для обговорення торгівлі та ситуації у Венесуелі.", {("qatar", ERDOGAN)}),
    ("ru", "Путин и Рамафоса встретились в Москве. Ранее главы государств встречались в октябре в Казани на саммите.",
     {(RAMAPHOSA, PUTIN)}),
])
def test_a_visit_to_a_state_whose_host_the_sentence_does_not_name_meets_that_state(lang, text, expected):
    assert _pairs(text, lang) == expected


UMEROV, LAMMY, HEALEY, ZELENSKY, TOKAYEV = "rustem-umerov", "david-lammy", "john-healey", "volodymyr-zelenskyy", \
    "kassym-jomart-tokayev"


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сибіга та Умєров провели переговори в Лондоні з британськими колегами Девідом Леммі та Джоном Гілі.",
     {(SYBIHA, LAMMY, UMEROV), (SYBIHA, HEALEY, UMEROV)}),
    ("ru", "Сибига и Умеров провели переговоры в Лондоне с британскими коллегами Дэвидом Лэмми и Джоном Хили.",
     {(SYBIHA, LAMMY, UMEROV), (SYBIHA, HEALEY, UMEROV)}),
    ("en", "Sybiha and Umerov held talks in London with their British counterparts David Lammy and John Healey.",
     {(SYBIHA, LAMMY, UMEROV), (SYBIHA, HEALEY, UMEROV)}),
    # near miss: without a word of counterparts, two subjects and two partners are one meeting
    ("en", "Sybiha and Umerov held talks in London with David Lammy and John Healey.",
     {(SYBIHA, LAMMY, HEALEY, UMEROV)}),
    # the place of the talks may stand between the word and the partners
    ("en", "Modi held talks in Moscow with Putin and Lavrov.", {(MODI, PUTIN), (MODI, LAVROV)}),
])
def test_two_subjects_with_their_counterparts_named_one_by_one_meet_each(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # a visit whose dates are being discussed is none, and the ambassador who says so joins nothing
    ("ru", "Посол России в Казахстане заявил, что Москва и Астана обсуждают даты визита Путина в республику."),
    ("uk", "Посол Росії в Казахстані заявив, що Москва та Астана обговорюють дати візиту Путіна до республіки."),
    ("en", "The Russian ambassador said Moscow and Astana are discussing the dates of Putin's visit to the republic."),
])
def test_a_visit_whose_dates_are_discussed_is_no_meeting(lang, text):
    assert _pairs(text, lang) == set()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Зеленский провел телефонный разговор с Токаевым. Зеленский в ходе встречи подчеркнул важность энергетики."),
    ("uk", "Зеленський провів телефонну розмову з Токаєвим. Зеленський під час зустрічі наголосив на важливості "
           "енергетики."),
    ("en", "Zelensky held a phone call with Tokayev. During the meeting Zelensky stressed energy."),
])
def test_during_the_meeting_with_nobody_named_is_the_articles_event_whatever_its_medium(lang, text):
    assert {(m.medium, tuple(sorted(m.participants))) for m in facts(text, lang, REF).meetings} == \
        {("phone", (TOKAYEV, ZELENSKY))}


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
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin, Xi and Modi held a trilateral meeting in Kazan."),
    ("ru", "Путин, Си Цзиньпин и Моди провели трёхстороннюю встречу в Казани."),
    ("uk", "Путін, Сі Цзіньпін і Моді провели тристоронню зустріч у Казані."),
])
def test_a_multilateral_meeting_of_several_subjects_stays_one(lang, text):
    assert _pairs(text, lang) == {(MODI, PUTIN, XI)}
