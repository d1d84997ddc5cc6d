"""Meetings: who took part. Lists of partners (one meeting with each), leaders, aides, delegations and states
standing for their people, counterparts named by title; sources, topics, attendees and people briefed who are no
party."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    day_and_place_by_partners,
    facts,
    medium_partners_and_day,
    meeting_pairs,
    meeting_records,
    partners,
    partners_and_medium,
    partners_and_place,
    partners_met_in_person,
    partners_who_met,
    partners_who_met_as_listed,
    treaty_parties,
)

REF = date(2024, 9, 16)  # a Monday


SISI, BIDEN = "abdel-fattah-el-sisi", "joe-biden"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Sisi spoke by phone with Joe Biden on Friday. The two presidents reviewed the outcome of the round of "
           "negotiations held in Doha over the past two days.", {((SISI, BIDEN), "phone", None)}),
    ("en", "Sisi spoke by phone with Joe Biden on Friday. The two presidents discussed the results of the talks held "
           "in Doha.", {((SISI, BIDEN), "phone", None)}),
    ("ru", "Сиси в пятницу провёл телефонный разговор с Джо Байденом. Президенты обсудили итоги переговоров, "
           "прошедших в Дохе.", {((SISI, BIDEN), "phone", None)}),
    ("uk", "Сісі у п'ятницю провів телефонну розмову з Джо Байденом. Президенти обговорили підсумки переговорів, "
           "що відбулися в Досі.", {((SISI, BIDEN), "phone", None)}),
    # near miss: talks the two held in a place are theirs
    ("en", "Sisi held talks with Joe Biden in Doha on Friday.", {((SISI, BIDEN), "in_person", "doha")}),
])
def test_talks_the_parties_reviewed_are_their_topic(lang, text, expected):
    got = {(tuple(sorted(m.participants)), m.medium, m.place) for m in facts(text, lang, REF).meetings}
    assert got == expected


@pytest.mark.parametrize("lang,text,expected", [
    # who made a meeting known is no party to it
    ("en", "Sisi met Erdogan in Ankara last November. News of Sisi's new visit was disclosed by Ambassador Salih "
           "Mutlu Sen on Friday.", {("abdel-fattah-el-sisi", "recep-tayyip-erdogan")}),
    ("en", "The meeting of Sisi and Erdogan was announced by spokesman Ahmed Fahmy on Friday.",
     {("abdel-fattah-el-sisi", "recep-tayyip-erdogan")}),
    # near miss: a meeting held by the person after "by"
    ("en", "Sisi was received by President Erdogan in Ankara on Friday.",
     {("abdel-fattah-el-sisi", "recep-tayyip-erdogan")}),
])
def test_who_disclosed_a_meeting_is_no_party(lang, text, expected):
    assert {tuple(sorted(m.participants)) for m in facts(text, lang, REF).meetings
            if len(m.participants) == 2} == expected


# ---- a weekday written after a full date is that date's, not a day counted back from the publication ----------

MONDAY = date(2025, 5, 12)


LUKASHENKO, PUTIN = "alexander-lukashenko", "vladimir-putin"


# ---- the body of a person's title signs nothing: the person's state does ---------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("ru", "Совместное заявление о партнерстве приняли Александр Лукашенко и генеральный секретарь ЦК Компартии "
           "Вьетнама То Лам."),
    ("uk", "Спільну заяву про партнерство ухвалили Олександр Лукашенко та генеральний секретар ЦК Компартії "
           "В'єтнаму То Лам."),
    ("en", "A joint statement on partnership was adopted by Alexander Lukashenko and the General Secretary of the "
           "Communist Party of Vietnam To Lam."),
])
def test_the_party_in_a_leaders_title_is_no_party_to_the_statement(lang, text):
    assert treaty_parties(text, lang, MONDAY) == {("belarus", "vietnam")}


# ---- "the Vietnamese leader" after the ruling party's leader is named is that man, not the state's president -------

@pytest.mark.parametrize("lang,text", [
    ("ru", "Генеральный секретарь ЦК Компартии Вьетнама То Лам прибыл в Минск. Вьетнамский лидер провел переговоры с "
           "Александром Лукашенко."),
    ("uk", "Генеральний секретар ЦК Компартії В'єтнаму То Лам прибув до Мінська. В'єтнамський лідер провів переговори "
           "з Олександром Лукашенком."),
    ("en", "General Secretary of the Communist Party of Vietnam To Lam arrived in Minsk. The Vietnamese leader held "
           "talks with Alexander Lukashenko."),
])
def test_a_states_leader_after_its_named_party_leader_is_that_man(lang, text):
    assert {m.participants for m in facts(text, lang, MONDAY).meetings} == {(LUKASHENKO, "to-lam")}


MAY_11_2023 = date(2023, 5, 11)


HUNG, REYES = "new:tran-van-hung", "new:maria-reyes"


@pytest.mark.parametrize("lang,text,counterpart", [
    # the one introduced as someone's counterpart has that one for his own counterpart later on
    ("en", "Trade Minister Tran Van Hung met his Philippine counterpart, Maria Reyes, in Vientiane. Reyes later "
           "praised her Vietnamese counterpart for the proposal.", HUNG),
    ("en", "Trade Minister Tran Van Hung met his Philippine counterpart Maria Reyes in Vientiane. She then invited "
           "her Vietnamese counterpart to Manila.", HUNG),
    # near miss: without the introduction as a counterpart, "her Vietnamese counterpart" is not read as him
    ("en", "Trade Minister Tran Van Hung met Maria Reyes in Vientiane. Reyes later praised her Vietnamese "
           "counterpart.", None),
])
def test_a_counterpart_introduced_by_name_has_his_own_counterpart_back(lang, text, counterpart):
    told = {m.actor for m in facts(text, lang, MAY_11_2023).mentions if m.via == "counterpart"}
    assert (counterpart in told) == (counterpart is not None) and (counterpart is not None or HUNG not in told)


MAR_14_2025 = date(2025, 3, 14)  # a Friday


PUTIN, XI, MODI, ERDOGAN, ALIYEV = "vladimir-putin", "xi-jinping", "narendra-modi", "recep-tayyip-erdogan", \
    "ilham-aliyev"


ZELENSKY, MACRON, SCHOLZ, TOKAYEV = "volodymyr-zelenskyy", "emmanuel-macron", "olaf-scholz", "kassym-jomart-tokayev"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Aliyev met Erdogan in Ankara on Thursday. The meeting also focused on energy cooperation between "
           "Azerbaijan and Turkey.", {(ALIYEV, ERDOGAN)}),
    ("ru", "Алиев встретился с Эрдоганом в Анкаре в четверг. Азербайджан и Турция провели переговоры о поставках "
           "газа.", {(ALIYEV, ERDOGAN)}),
    ("uk", "Зеленський зустрівся з Макроном у Парижі. Нагадаємо, Україна та Франція вели перемовини щодо поставок "
           "літаків.", {(MACRON, ZELENSKY)}),
    # near miss: the states of another pair of leaders, and the leaders' earlier meeting beside their diplomats' talks
    ("ru", "Алиев встретился с Эрдоганом в Анкаре в четверг. Россия и Китай провели консультации в Пекине.",
     {(ALIYEV, ERDOGAN), ("china", "russia")}),
    ("en", "Xi and Putin last met in Beijing in September. Senior diplomats of China and Russia met in Beijing.",
     {(PUTIN, XI), ("china", "russia")}),
    ("ru", "Путин и Си Цзиньпин провели переговоры в Кремле. 30 ноября Россия и Китай провели консультации по "
           "видеосвязи.", {(PUTIN, XI), ("china", "russia")}),
])
def test_states_beside_their_leaders_meeting_hold_none_of_their_own(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky spoke with Macron and Scholz on Monday.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("uk", "Зеленський поговорив з Макроном та Шольцом.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("uk", "Зеленський поспілкувався телефоном із Макроном та Шольцом.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("ru", "Путин поговорил с Си Цзиньпином и Моди.", {(PUTIN, XI), (MODI, PUTIN)}),
    # near misses: a joint call, and two subjects speaking with one partner
    ("en", "Zelensky held a joint call with Macron and Scholz on Monday.", {(MACRON, SCHOLZ, ZELENSKY)}),
    ("ru", "Путин и Си Цзиньпин поговорили с Моди.", {(MODI, PUTIN, XI)}),
])
def test_a_verb_of_speaking_with_several_partners_is_one_conversation_with_each(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Токаев прибыл в Ташкент вместе с супругой Айгуль Токаевой. Касым-Жомарт Токаев провел переговоры с "
           "Мирзиёевым.", {(TOKAYEV, "shavkat-mirziyoyev")}),
    ("uk", "Зеленський прибув до Варшави разом із дружиною Оленою Зеленською і зустрівся з Дудою.",
     {(ZELENSKY, "andrzej-duda")}),
    ("en", "Macron, accompanied by his wife Brigitte Macron, met Modi in New Delhi.", {(MACRON, MODI)}),
    # near miss: a leader's adviser named the same way is a counterpart
    ("ru", "Путин встретился с советником Моди Аджитом Довалом.", {(PUTIN, "ajit-doval")}),
])
def test_a_relative_travelling_with_a_leader_is_no_counterpart(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Ранее Путин провел встречу с советником премьера Индии.", {(PUTIN, "india")}),
    ("uk", "Путін зустрівся з радником прем'єра Індії.", {(PUTIN, "india")}),
    ("en", "Putin met with an adviser to Prime Minister Modi.", {(PUTIN, "india")}),
    # near misses: the aide named, and the leader met himself
    ("ru", "Путин встретился с советником Моди Аджитом Довалом.", {(PUTIN, "ajit-doval")}),
    ("en", "Modi's aide Ajit Doval met Putin.", {(PUTIN, "ajit-doval")}),
    ("ru", "Путин провел встречу с премьером Индии.", {(MODI, PUTIN)}),
])
def test_an_unnamed_aide_of_a_leader_stands_for_his_state(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky held talks with Macron, and later with Scholz.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("ru", "Зеленский провел переговоры с Макроном, а затем с Шольцем.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    ("uk", "Зеленський провів переговори з Макроном, а згодом із Шольцом.", {(MACRON, ZELENSKY), (SCHOLZ, ZELENSKY)}),
    # a leader with two ministers of one state ("2+2"): one meeting with each
    ("en", "Zelensky met German Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius in Kyiv.",
     {("annalena-baerbock", ZELENSKY), ("boris-pistorius", ZELENSKY)}),
    ("ru", "Зеленский встретился с министром иностранных дел Германии Анналеной Бербок и министром обороны Борисом "
           "Писториусом в Киеве.", {("annalena-baerbock", ZELENSKY), ("boris-pistorius", ZELENSKY)}),
    # near misses: two subjects meeting one partner, told as the verb's object, are one meeting
    ("en", "Macron and Scholz met Zelensky in Kyiv.", {(MACRON, SCHOLZ, ZELENSKY)}),
    ("ru", "Макрон и Шольц приняли Зеленского в Берлине.", {(MACRON, SCHOLZ, ZELENSKY)}),
    ("en", "Macron and Scholz held talks Zelensky later praised.", {(MACRON, SCHOLZ)}),
    ("uk", "Коли Трамп провів телефонну розмову з Путіним, а вже потім зателефонував Зеленському, напруження зросло.",
     {("donald-trump", PUTIN), ("donald-trump", ZELENSKY)}),
])
def test_several_partners_of_one_subject_in_one_clause_are_one_meeting_each(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yoon and Biden held a summit in Seoul on 10 March. Foreign Minister Park Jin and Wang Yi attended the "
           "meeting.", {("in_person", ("joe-biden", "yoon-suk-yeol"), "2025-03-10")}),
    ("ru", "Путин и Си провели переговоры 10 марта. На встрече также присутствовали Лавров и Ван И.",
     {("in_person", (PUTIN, XI), "2025-03-10")}),
    # near miss: "attended a meeting with" tells a meeting
    ("en", "Lavrov attended a meeting with Wang Yi on 10 March.", {("in_person", ("sergey-lavrov", "wang-yi"),
                                                                     "2025-03-10")}),
])
def test_attendees_of_a_meeting_told_before_are_no_meeting_of_their_own(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Трамп і Кім підписали документ. Перша зустріч лідерів США та Північної Кореї пройшла 12 березня.",
     {("in_person", (TRUMP, "kim-jong-un"), "2025-03-12")}),
    ("en", "Trump thanked Kim. The first meeting of the leaders of the US and North Korea took place on 12 March.",
     {("in_person", (TRUMP, "kim-jong-un"), "2025-03-12")}),
    ("ru", "Трамп поблагодарил Кима. Встреча президентов США и КНДР прошла 12 марта.",
     {("in_person", (TRUMP, "kim-jong-un"), "2025-03-12")}),
    # near misses: states with no leader word stay states; a leader the article never names stays its state
    ("en", "Talks between Russia and China took place on 12 March.",
     {("in_person", ("china", "russia"), "2025-03-12")}),
    ("uk", "Трамп виступив. Зустріч лідерів США та Китаю пройшла 12 березня.",
     {("in_person", ("china", TRUMP), "2025-03-12")}),
])
def test_the_leaders_of_two_states_are_the_leaders_the_article_names(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Лавров прибыл в Нью-Йорк. В среду российский министр провёл переговоры с госсекретарём США Марко Рубио, "
           "главой МИД Словакии Юраем Бланаром и министром иностранных дел Венгрии Петером Сийярто.",
     {("marco-rubio", "sergey-lavrov"), ("juraj-blanar", "sergey-lavrov"), ("peter-szijjarto", "sergey-lavrov")}),
    ("en", "Jaishankar gave a lecture in Rome. Later in the day, the external affairs minister met Japanese Foreign "
           "Minister Toshimitsu Motegi.", {("subrahmanyam-jaishankar", "toshimitsu-motegi")}),
    ("uk", "Сибіга виступив з лекцією у Варшаві. Український міністр провів переговори з Марко Рубіо.",
     {("andrii-sybiha", "marco-rubio")}),
    # near miss: a title of another state points at nobody named before
    ("en", "Jaishankar gave a lecture in Rome. Later, Foreign Minister Toshimitsu Motegi met Wang Yi.",
     {("toshimitsu-motegi", "wang-yi")}),
])
def test_an_unnamed_subject_told_by_its_office_is_the_person_named_before(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Jaishankar on Tuesday met his counterparts from Japan, Canada and Mexico on the sidelines of the G20 "
           "meetings and discussed with them the pandemic. He met Japanese Foreign Minister Toshimitsu Motegi.",
     {("subrahmanyam-jaishankar", "toshimitsu-motegi"), ("canada", "subrahmanyam-jaishankar"),
      ("mexico", "subrahmanyam-jaishankar")}),
    ("ru", "Лавров во вторник встретился с коллегами из Венгрии, Индии и Турции на полях саммита. Он провёл "
           "переговоры с министром иностранных дел Венгрии Петером Сийярто.",
     {("peter-szijjarto", "sergey-lavrov"), ("india", "sergey-lavrov"), ("sergey-lavrov", "turkey")}),
    ("uk", "Сибіга у вівторок зустрівся з колегами з Японії, Канади та Мексики на полях саміту. Він також провів "
           "переговори з міністром закордонних справ Японії Такеші Іваєю.",
     {("andrii-sybiha", "takeshi-iwaya"), ("andrii-sybiha", "canada"), ("andrii-sybiha", "mexico")}),
    # near miss: a person of a state not in the list is a meeting of its own
    ("en", "Jaishankar on Tuesday met his counterparts from Canada and Mexico on the sidelines. He met Japanese "
           "Foreign Minister Toshimitsu Motegi.", {("subrahmanyam-jaishankar", "toshimitsu-motegi"),
                                                  ("canada", "subrahmanyam-jaishankar"),
                                                  ("mexico", "subrahmanyam-jaishankar")}),
])
def test_a_state_met_is_the_counterpart_the_article_names_for_it(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Fernandez visits Mexico's president to discuss trade, investment and the situation in Venezuela.", set()),
    ("ru", "Эрдоган посетил Катар для обсуждения торговли, инвестиций и ситуации в Венесуэле.",
     {("qatar", ERDOGAN)}),
    ("uk", "Ердоган відвідав Катар для обговорення торгівлі, інвестицій і ситуації у Венесуелі.",
     {("qatar", ERDOGAN)}),
    # near miss: the state visited follows the visit's word
    ("en", "Erdogan visited Ukraine on 3 February.", {(ERDOGAN, "ukraine")}),
])
def test_the_state_visited_follows_the_visit_not_its_topics(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Перед зустріччю з російським президентом Володимиром Путіним Трамп заявляв, що подзвонить союзникам.",
     {(TRUMP, PUTIN)}),
    ("ru", "Перед встречей с российским президентом Владимиром Путиным Трамп заявлял, что позвонит союзникам.",
     {(TRUMP, PUTIN)}),
    # near miss: a name in the genitive before another names whose envoy the second is
    ("ru", "Спецпосланник президента Трампа Стив Уиткофф провёл переговоры с Путиным в Москве.",
     {("steve-witkoff", PUTIN)}),
])
def test_a_partner_named_with_a_title_right_before_the_subject_is_a_partner_not_an_owner(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "8 марта Алиев и Пашинян в Белом доме при посредничестве президента США Дональда Трампа подписали "
           "декларацию.", {("in_person", (TRUMP, "ilham-aliyev", "nikol-pashinyan"), "2025-03-08")}),
    ("uk", "Трамп привітав сторони. 8 березня Алієв та Пашинян за посередництва Сполучених Штатів підписали у "
           "Вашингтоні декларацію.", {("in_person", (TRUMP, "ilham-aliyev", "nikol-pashinyan"), "2025-03-08")}),
    ("en", "On 8 March Aliyev and Pashinyan held talks in Washington mediated by US President Donald Trump.",
     {("in_person", (TRUMP, "ilham-aliyev", "nikol-pashinyan"), "2025-03-08")}),
    # without a mediator two leaders signing together met (the real devset's convention;
    # test_leaders_of_two_states_signing_together_met)
    ("ru", "8 марта Алиев и Пашинян подписали декларацию.",
     {("in_person", ("ilham-aliyev", "nikol-pashinyan"), "2025-03-08")}),
])
def test_a_mediator_of_talks_is_their_participant(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi and Trump spoke by phone on Monday. It was their first talk since they met for a trilateral forum "
           "along with Japan in November. They praised the first trilateral summit of India, the US and Japan.",
     {(TRUMP, MODI), (TRUMP, "japan", MODI)}),
    ("ru", "Моди и Трамп провели трёхстороннюю встречу вместе с Японией в ноябре.", {(TRUMP, "japan", MODI)}),
    ("uk", "Моді і Трамп провели тристоронню зустріч разом з Японією в листопаді.", {(TRUMP, "japan", MODI)}),
    # near miss: a pair met "along with" nobody named is the pair
    ("en", "Modi and Trump met in November along with their delegations.", {(TRUMP, MODI)}),
])
def test_a_trilateral_meeting_along_with_a_third_is_one_meeting_of_the_three(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


def test_diplomats_of_two_states_are_not_their_leaders_meeting():
    text = ("Сі та Путін востаннє зустрічалися в Пекіні у вересні. Високопоставлені дипломати Китаю та Росії "
            "зустрілися в Пекіні.")
    assert partners_who_met(text, "uk", MAR_14_2025) == {(PUTIN, XI), ("china", "russia")}


RAMAPHOSA, LAMOLA = "cyril-ramaphosa", "ronald-lamola"


ZELENSKY, YERMAK, ERDOGAN = "volodymyr-zelenskyy", "andriy-yermak", "recep-tayyip-erdogan"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "President Cyril Ramaphosa was received by Foreign Minister Ronald Lamola at the airport on Monday.", set()),
    ("ru", "Президента ЮАР Сирила Рамафосу в аэропорту встретил министр иностранных дел Роналд Ламола.", set()),
    ("uk", "Зеленський провів нараду з керівником Офісу президента Андрієм Єрмаком у понеділок.", set()),
    ("ru", "Зеленский в понедельник провёл встречу с главой Офиса президента Андреем Ермаком.", set()),
    ("en", "Zelensky held a meeting with his chief of staff Andriy Yermak on Monday.", set()),
    # near misses: people of two states met; a leader of one state with a minister of another
    ("en", "Ramaphosa held talks with Xi Jinping in Beijing on Monday.", {(RAMAPHOSA, XI)}),
    ("uk", "Єрмак у понеділок провів зустріч з Ердоганом.", {(YERMAK, ERDOGAN)}),
    ("ru", "Ламола в понедельник провёл переговоры с Путиным.", {(PUTIN, LAMOLA)}),
])
def test_people_of_one_state_among_themselves_hold_no_talks_between_states(lang, text, expected):
    assert {tuple(sorted(p)) for p in partners_who_met(text, lang, MAR_14_2025)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The deal was struck during Indian Prime Minister Narendra Modi's visit to the UAE on Saturday.",
     {(MODI, "united-arab-emirates")}),
    ("ru", "Соглашение было заключено во время визита Нарендры Моди в ОАЭ в субботу.",
     {(MODI, "united-arab-emirates")}),
    ("uk", "Угоду уклали під час візиту Нарендри Моді до ОАЕ в суботу.", {(MODI, "united-arab-emirates")}),
    # near miss: the article's own visit, its host named in the article: that leader
    ("en", "Modi visited the UAE on Saturday. Sheikh Mohamed bin Zayed called the visit historic.",
     {(MODI, "mohamed-bin-zayed")}),
])
def test_the_unnamed_host_of_a_visit_is_its_country(lang, text, expected):
    found = facts(text, lang, MAR_14_2025).meetings
    assert {tuple(sorted(m.participants)) for m in found} == {tuple(sorted(p)) for p in expected}, found


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський зустрівся з Ердоганом у середу. Обговорили двосторонні відносини України та Туреччини.",
     {(ERDOGAN, ZELENSKY)}),
    ("ru", "Зеленский встретился с Эрдоганом в среду. Обсудили двусторонние отношения Украины и Турции.",
     {(ERDOGAN, ZELENSKY)}),
    ("en", "Zelensky met Erdogan on Wednesday. They discussed bilateral relations between Ukraine and Turkey.",
     {(ERDOGAN, ZELENSKY)}),
    # talks of states a speaker tells about are a topic too
    ("ru", "Путин в пятницу провёл телефонный разговор с Си Цзиньпином. Путин проинформировал Си о последних "
           "переговорах между Россией и США.", {(PUTIN, XI)}),
    ("uk", "Путін у п'ятницю провів телефонну розмову із Сі Цзіньпіном. Путін поінформував Сі про останні переговори "
           "між Росією та США.", {(PUTIN, XI)}),
    ("en", "Putin held a phone call with Xi on Friday. Putin informed Xi about the latest talks between Russia and the "
           "United States.", {(PUTIN, XI)}),
    # near misses: states told as the subject of the talks, or right after their word, are their parties
    ("en", "Russia and the United States held talks in Riyadh on Tuesday.", {("russia", "united-states")}),
    ("en", "Ukraine and Turkey discussed trade on Wednesday.", {("turkey", "ukraine")}),
    ("ru", "Украина и Турция в среду обсудили торговлю.", {("turkey", "ukraine")}),
])
def test_states_after_a_word_of_discussion_are_its_topic(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "У Лондоні президент України Володимир Зеленський і прем'єр-міністр Великої Британії Борис Джонсон "
           "підписали угоду про партнерство.", {("in_person", (ZELENSKY, "boris-johnson"), "london")}),
    ("ru", "В Лондоне Зеленский и Джонсон в четверг подписали соглашение о партнёрстве.",
     {("in_person", (ZELENSKY, "boris-johnson"), "london")}),
    ("en", "Zelensky and Johnson signed a partnership agreement in London on Thursday.",
     {("in_person", (ZELENSKY, "boris-johnson"), "london")}),
    ("uk", "Алієв та Пашинян поставили підписи під мирною угодою у Вашингтоні.",
     {("in_person", ("ilham-aliyev", "nikol-pashinyan"), "washington")}),
    # near misses: a signing to come; states as signers; ministers (at their leaders' talks); one state's people
    ("en", "Zelensky and Johnson will sign a partnership agreement in London.", set()),
    ("en", "Ukraine and Britain signed a partnership agreement in London on Thursday.", set()),
    ("ru", "Министры обороны Сергей Шойгу и Хулуси Акар подписали меморандум.", set()),
    ("en", "Zelensky and Yermak signed the decree on Thursday.", set()),
])
def test_leaders_of_two_states_signing_together_met(lang, text, expected):
    found = {(m.medium, tuple(sorted(m.participants)), m.place) for m in facts(text, lang, MAR_14_2025).meetings}
    assert found == {(k, tuple(sorted(p)), place) for k, p, place in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi arrived in Russia on a two-day visit as part of his tour, which also includes Iran, Azerbaijan and "
           "Tajikistan.", {(MODI, "russia")}),
    ("ru", "Моди прибыл в Россию с визитом в рамках турне, которое также включает Иран, Азербайджан и Таджикистан.",
     {(MODI, "russia")}),
    ("uk", "Моді прибув до Росії з візитом у рамках турне, яке також охоплює Іран, Азербайджан і Таджикистан.",
     {(MODI, "russia")}),
    # near miss: states right after the meeting's word are its parties
    ("en", "Talks between Iran, Azerbaijan and Tajikistan took place on Tuesday.",
     {("azerbaijan", "iran", "tajikistan")}),
])
def test_states_of_a_relative_clause_are_not_the_parties_of_a_visit(lang, text, expected):
    assert {tuple(sorted(p)) for p in partners_who_met(text, lang, MAR_14_2025)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Bolsonaro snubbed Lisbon and there has not been a summit since 2016 when Portugal's Prime Minister António "
           "Costa met with Brazil's then-President Michel Temer.", {("antonio-costa", "michel-temer")}),
    ("ru", "Болсонару игнорировал Лиссабон, и саммита не было с 2016 года, когда премьер-министр Португалии Антониу "
           "Кошта встретился с президентом Бразилии Мишелом Темером.", {("antonio-costa", "michel-temer")}),
    ("uk", "Болсонару ігнорував Лісабон, і саміту не було з 2016 року, коли прем'єр-міністр Португалії Антоніу "
           "Кошта зустрівся з президентом Бразилії Мішелом Темером.", {("antonio-costa", "michel-temer")}),
    # near miss: without a clause of its own the first subject tells of its own conversation
    ("en", "Putin told Xi about his conversation with Biden on Monday.", {("joe-biden", PUTIN)}),
])
def test_the_subject_of_the_clause_a_meeting_opens_is_its_party(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ALIYEV, ABDULLAH, ABBAS, ORBAN = "ilham-aliyev", "abdullah-ii", "mahmoud-abbas", "viktor-orban"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президент Ильхам Алиев провел встречи с лидерами ряда зарубежных стран, в том числе с королем Иордании "
           "Абдаллой II, президентом Палестины Махмудом Аббасом и премьер-министром Венгрии Виктором Орбаном.",
     {(ABDULLAH, ALIYEV), (ALIYEV, ABBAS), (ALIYEV, ORBAN)}),
    ("uk", "Президент Ільхам Алієв провів зустрічі з лідерами низки країн, зокрема з королем Йорданії Абдаллою II, "
           "президентом Палестини Махмудом Аббасом і прем'єр-міністром Угорщини Віктором Орбаном.",
     {(ABDULLAH, ALIYEV), (ALIYEV, ABBAS), (ALIYEV, ORBAN)}),
    ("en", "President Ilham Aliyev held a meeting with several leaders, including King Abdullah II of Jordan, "
           "Palestinian President Mahmoud Abbas and Hungarian Prime Minister Viktor Orban.",
     {(ABDULLAH, ALIYEV), (ALIYEV, ABBAS), (ALIYEV, ORBAN)}),
    # near miss: ministers taking part in one meeting are attendees, not partners
    ("ru", "Алиев провел встречу с Орбаном с участием министров, в том числе Джейхуна Байрамова и Петера Сийярто.",
     {(ALIYEV, ORBAN)}),
])
def test_leaders_listed_after_including_are_met_one_by_one(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Переговори Моді і Зеленського тривали три години – Єрмак", {(MODI, ZELENSKY)}),
    ("uk", "За словами Єрмака, Зеленський зустрів Моді у Маріїнському палаці.", {(MODI, ZELENSKY)}),
    ("ru", "По словам Ушакова, Путин и Моди провели переговоры в Кремле.", {(MODI, PUTIN)}),
    ("en", "According to Peskov, Putin and Modi held talks in the Kremlin.", {(MODI, PUTIN)}),
    # near miss: an aide who is met abroad is a party ("Єрмак зустрівся з Доваллом")
    ("uk", "Єрмак у понеділок зустрівся з Ердоганом в Анкарі.", {(YERMAK, ERDOGAN)}),
])
def test_an_aide_named_as_the_source_is_no_participant(lang, text, expected):
    assert {tuple(sorted(p)) for p in partners_who_met(text, lang, MAR_14_2025)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Джайшанкар і міністр закордонних справ України Дмитро Кулеба та Аджит Довал і його український колега "
           "Андрій Єрмак провели телефонні переговори.",
     {("dmytro-kuleba", "subrahmanyam-jaishankar"), ("ajit-doval", YERMAK)}),
    ("en", "Jaishankar and Kuleba, and Doval and Yermak held phone talks on Friday.",
     {("dmytro-kuleba", "subrahmanyam-jaishankar"), ("ajit-doval", YERMAK)}),
    ("ru", "Лавров и Ван И, а также Белоусов и Дун Цзюнь провели переговоры в Пекине в пятницу.",
     {("sergey-lavrov", "wang-yi"), ("andrei-belousov", "dong-jun")}),
    # near miss: four leaders of four states held one meeting
    ("en", "Putin, Xi, Modi and Lula held talks on Friday.",
     {("luiz-inacio-lula-da-silva", MODI, PUTIN, XI)}),
])
def test_two_pairs_of_counterparts_as_one_subject_met_pair_by_pair(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ZELENSKY, ERDOGAN, MBS = "volodymyr-zelenskyy", "recep-tayyip-erdogan", "mohammed-bin-salman"


SULLIVAN, WANG, LI_QIANG, YOON = "jake-sullivan", "wang-yi", "li-qiang", "yoon-suk-yeol"


LULA, MACRON, MODI = "luiz-inacio-lula-da-silva", "emmanuel-macron", "narendra-modi"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Biden's national security adviser Jake Sullivan held talks with Chinese Foreign Minister Wang Yi in "
           "Beijing on Tuesday.", {(SULLIVAN, WANG)}),
    ("en", "Kishida's remarks came after Chinese Premier Li Qiang told President Yoon Suk Yeol during their talks "
           "on Thursday that Beijing backs a summit.", {(LI_QIANG, YOON)}),
    ("en", "Zelensky's appeal for more air defence came as Trump spoke with Erdogan by phone on Monday.",
     {(ERDOGAN, TRUMP)}),
    # near misses: the one whose talks, call or visit it is takes part in them
    ("en", "Putin's talks with Xi Jinping in Beijing on Tuesday lasted three hours.", {(PUTIN, XI)}),
    ("en", "Modi's two-day visit to Moscow began on Monday with talks with Putin.", {(MODI, PUTIN)}),
    ("en", "Trump's phone call with Erdogan on Monday was brief.", {(ERDOGAN, TRUMP)}),
])
def test_whose_aide_or_remarks_are_told_is_no_party(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Saudi Crown Prince Mohammed bin Salman received a phone call on Thursday from Donald Trump regarding "
           "the health of Vladimir Putin.", {(MBS, TRUMP)}),
    ("en", "Erdogan spoke with Trump by phone on Monday about Zelensky and the talks in Istanbul.",
     {(ERDOGAN, TRUMP)}),
    ("ru", "Эрдоган провёл телефонный разговор с Трампом в понедельник относительно предложений Зеленского.",
     {(ERDOGAN, TRUMP)}),
    ("ru", "Эрдоган в понедельник поговорил по телефону с Трампом касательно Путина и переговоров в Стамбуле.",
     {(ERDOGAN, TRUMP)}),
    ("uk", "Ердоган у понеділок провів телефонну розмову з Трампом щодо Путіна та переговорів у Стамбулі.",
     {(ERDOGAN, TRUMP)}),
    ("uk", "Ердоган поговорив з Трампом телефоном у понеділок стосовно пропозицій Зеленського.",
     {(ERDOGAN, TRUMP)}),
    # near misses: the partner told after the topic, with "with"; three who really talked
    ("en", "Erdogan spoke about the war with Trump by phone on Monday.", {(ERDOGAN, TRUMP)}),
    ("uk", "Ердоган щодо війни поговорив з Трампом телефоном у понеділок.", {(ERDOGAN, TRUMP)}),
    ("ru", "Эрдоган, Трамп и Зеленский провели телефонный разговор в понедельник.", {(ERDOGAN, TRUMP, ZELENSKY)}),
])
def test_a_person_the_talks_are_about_is_no_party(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "According to Foreign Minister Mauro Vieira, Lula discussed trade with Macron at their meeting on "
           "Tuesday.", {(LULA, MACRON)}),
    ("en", "According to Sergey Lavrov, Putin and Modi discussed oil supplies during their talks on Tuesday.",
     {(MODI, PUTIN)}),
    ("ru", "По словам Сергея Лаврова, Путин и Моди обсудили поставки нефти на переговорах во вторник.",
     {(MODI, PUTIN)}),
    ("uk", "За словами Сергія Лаврова, Путін і Моді обговорили постачання нафти на переговорах у вівторок.",
     {(MODI, PUTIN)}),
    # near miss: the source who is one of the two
    ("en", "According to Lula, he discussed trade with Macron at their meeting on Tuesday.", {(LULA, MACRON)}),
])
def test_the_source_a_report_quotes_is_no_party(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський провів телефонну розмову з Байденом. Він зазначив, що розмова з американським колегою "
           "тривала годину."),
    ("ru", "Зеленский провёл телефонный разговор с Байденом. Он отметил, что разговор с американским коллегой "
           "длился час."),
    ("en", "Zelensky held a phone call with Joe Biden. He said the call with his American counterpart lasted an "
           "hour."),
])
def test_a_counterpart_in_an_undated_article_is_the_one_it_names(lang, text):
    found = facts(text, lang, None).meetings
    assert {tuple(sorted(m.participants)) for m in found} == {(BIDEN, ZELENSKY)}
    assert {m.duration_minutes for m in found} - {None} == {60}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський і Макрон обговорили розмову з Трампом.", {(ZELENSKY, MACRON)}),
    ("uk", "Зеленський і Макрон у вівторок обговорили підсумки зустрічі з Трампом.", {(ZELENSKY, MACRON)}),
    ("ru", "Путин и Лукашенко обсудили итоги переговоров с Трампом.", {("alexander-lukashenko", PUTIN)}),
    ("ru", "Зеленский и Макрон обсудили разговор с Трампом.", {(ZELENSKY, MACRON)}),
    ("en", "Zelensky and Macron discussed the outcome of the talks with Trump on Tuesday.", {(ZELENSKY, MACRON)}),
    ("en", "Zelensky discussed with Macron the upcoming meeting with Trump.", {(ZELENSKY, MACRON)}),
    # near misses: a discussion held with the partner, the meeting word its own
    ("en", "Zelensky discussed security with Trump during a call on Tuesday.", {(ZELENSKY, TRUMP)}),
    ("ru", "Путин обсудил с Лукашенко торговлю во время переговоров в Минске.", {("alexander-lukashenko", PUTIN)}),
])
def test_a_meeting_the_parties_discuss_lends_them_none_of_its_partners(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yoon and Biden discussed their trilateral summit with Japanese Prime Minister Fumio Kishida for 90 "
           "minutes.", {(YOON, BIDEN)}),
    ("en", "Yoon and Biden met in New Delhi on Saturday, weeks after their trilateral summit with Fumio Kishida.",
     {(YOON, BIDEN), (YOON, BIDEN, "fumio-kishida")}),
    # near miss: a trilateral summit held is one of three
    ("en", "Yoon and Biden held a trilateral summit with Kishida on Tuesday.", {(YOON, BIDEN, "fumio-kishida")}),
])
def test_a_trilateral_meeting_discussed_or_recalled_keeps_its_own_three(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "India and the US held talks on Russia's oil exports on Monday.", {("india", "united-states")}),
    ("en", "India and the US held talks on Monday about Russia and its oil.", {("india", "united-states")}),
    ("ru", "Россия и Индия провели переговоры в понедельник относительно Китая.", {("india", "russia")}),
    # near miss: three states that held talks
    ("en", "India, Russia and China held talks on Monday.", {("china", "india", "russia")}),
])
def test_a_state_the_talks_are_about_is_no_party(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


PUTIN, XI, ERDOGAN, SHARIF = "vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "shehbaz-sharif"


ZELENSKY, MACRON, MELONI, MODI = "volodymyr-zelenskyy", "emmanuel-macron", "giorgia-meloni", "narendra-modi"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине. На расширенной встрече присутствовали министр "
           "иностранных дел Сергей Лавров и вице-премьер Александр Новак."),
    ("uk", "Путін і Сі Цзіньпін провели переговори в Пекіні. На розширеній зустрічі були присутні міністр "
           "закордонних справ Сергій Лавров та віцепрем'єр Олександр Новак."),
    ("en", "Putin and Xi Jinping held talks in Beijing. The expanded meeting was attended by Foreign Minister "
           "Sergey Lavrov and Deputy Prime Minister Alexander Novak."),
])
def test_people_listed_as_attending_a_meeting_hold_none_among_themselves(lang, text):
    assert partners_who_met(text, lang, MAR_14_2025) == {(PUTIN, XI)}


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
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Украинский лидер Зеленский сообщил о телефонном разговоре с премьер-министром Хорватии Андреем "
           "Пленковичем.",
     {(ZELENSKY, "andrej-plenkovic")}),
    ("en", "Zelensky told reporters about his phone call with Croatian Prime Minister Andrej Plenković.",
     {(ZELENSKY, "andrej-plenkovic")}),
])
def test_telling_of_ones_own_talks_keeps_the_named_partner(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


P, X, E, L, T, N = ("vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "alexander-lukashenko", "donald-trump",
                    "narendra-modi")


MAY_14_2024 = date(2024, 5, 14)


PUTIN, MODI, TRUMP, LAVROV, XI = "vladimir-putin", "narendra-modi", "donald-trump", "sergey-lavrov", "xi-jinping"


@pytest.mark.parametrize("lang,text", [
    ("en", "After the bilateral meeting between Prime Minister Narendra Modi and President Donald Trump, Foreign "
           "Minister Sergey Lavrov gave an overview of the results."),
    ("en", "Following talks between Narendra Modi and Donald Trump, Sergey Lavrov outlined the agreements reached."),
    ("ru", "После встречи между премьер-министром Индии Нарендрой Моди и президентом США Дональдом Трампом "
           "Сергей Лавров рассказал о её итогах."),
    ("uk", "Після зустрічі між прем'єр-міністром Індії Нарендрою Моді та президентом США Дональдом Трампом "
           "Сергій Лавров розповів про її підсумки."),
])
def test_a_meeting_between_named_people_has_only_them(lang, text):
    assert {tuple(sorted(m.participants)) for m in meeting_records(text, lang, MAY_14_2024)} == {(TRUMP, MODI)}


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: "with" names the speaker's own partner; the subject who met someone stays a party
    ("en", "Sergey Lavrov said the meeting with Narendra Modi and Donald Trump went well.",
     {(MODI, LAVROV), (TRUMP, LAVROV)}),
    ("en", "After talks between Vladimir Putin and Narendra Modi, Sergey Lavrov met Xi Jinping.",
     {(MODI, PUTIN), (LAVROV, XI)}),
])
def test_a_meeting_with_people_or_another_meeting_is_read_as_before(lang, text, expected):
    assert {tuple(sorted(m.participants)) for m in meeting_records(text, lang, MAY_14_2024)} == expected


P, X, T, M, Z, E, S, N = ("vladimir-putin", "xi-jinping", "donald-trump", "emmanuel-macron", "volodymyr-zelenskyy",
                          "recep-tayyip-erdogan", "olaf-scholz", "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Emmanuel Macron held a phone call with Volodymyr Zelensky right after his conversation with Vladimir "
           "Putin.", {(partners(M, Z), "phone"), (partners(M, P), "phone")}),
    ("ru", "Эммануэль Макрон провел телефонный разговор с Владимиром Зеленским сразу после своей беседы с Владимиром "
           "Путиным.", {(partners(M, Z), "phone"), (partners(M, P), "phone")}),
    ("uk", "Еммануель Макрон провів телефонну розмову з Володимиром Зеленським одразу після своєї бесіди з Володимиром "
           "Путіним.", {(partners(M, Z), "phone"), (partners(M, P), "phone")}),
    ("ru", "Эммануэль Макрон поговорил по телефону с Олафом Шольцем после своей встречи с Дональдом Трампом.",
     {(partners(M, S), "phone"), (partners(M, T), "in_person")}),
    # near misses: a plural possessive, or a reflexive one after two subjects, is the pair's
    ("en", "Emmanuel Macron spoke with Olaf Scholz by phone after their meeting with Donald Trump.",
     {(partners(M, S), "phone"), (partners(M, S, T), "in_person")}),
    ("ru", "Эммануэль Макрон поговорил по телефону с Олафом Шольцем после их встречи с Дональдом Трампом.",
     {(partners(M, S), "phone"), (partners(M, S, T), "in_person")}),
    ("uk", "Еммануель Макрон і Олаф Шольц після своєї зустрічі з Дональдом Трампом провели переговори.",
     {(partners(M, S, T), "in_person")}),
])
def test_a_reflexive_possessive_after_one_subject_is_his(lang: str, text: str, expected: set) -> None:
    assert partners_and_medium(text, lang, MAR_14_2025) == expected


ARM, AZE = "armenia", "azerbaijan"


MIRZ, BAYR = "ararat-mirzoyan", "jeyhun-bayramov"


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
    assert partners_and_place(LEADERS[lang], lang, MAY_14_2024) == {((ARM, AZE), "prague"), ((ARM, AZE), "sochi")}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_leaders_meetings_elsewhere_stand_beside_the_ministers_meeting(lang):
    assert partners_and_place(PAIR[lang] + LEADERS[lang], lang, MAY_14_2024) == {
        ((MIRZ, BAYR), "washington"), ((ARM, AZE), "prague"), ((ARM, AZE), "sochi")}


@pytest.mark.parametrize("lang,text", [
    # near misses: states after a word of discussion are the topic of the talks the sides held, not their parties
    ("ru", "Стороны обсудили отношения между Арменией и Азербайджаном на встрече в Праге."),
    ("uk", "Сторони обговорили відносини між Вірменією та Азербайджаном на зустрічі в Празі."),
    ("en", "The leaders discussed relations between Armenia and Azerbaijan at the meeting in Prague."),
])
def test_states_told_as_a_topic_are_not_the_parties(lang, text):
    assert not any(parties == (ARM, AZE) for parties, _ in partners_and_place(text, lang, MAY_14_2024))


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
    assert {parties for parties, _ in partners_and_place(TALKS[lang] + text, lang, MAY_14_2024)} == {(MISH, BEKT)}


@pytest.mark.parametrize("lang,text", [
    # near misses: the partner named "with" after the verb, the subjects before it, are parties
    ("en", "At the meeting, Vladimir Putin discussed trade with Narendra Modi."),
    ("ru", "На встрече Владимир Путин обсудил торговлю с Нарендрой Моди."),
    ("uk", "На зустрічі Володимир Путін обговорив торгівлю з Нарендрою Моді."),
    ("en", "Vladimir Putin and Narendra Modi met and discussed trade."),
])
def test_partners_of_a_verb_of_discussion_stay_parties(lang, text):
    assert {parties for parties, _ in partners_and_place(text, lang, MAY_14_2024)} == {(MODI, PUTIN)}


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
    # near misses: a third named as the subject, not as the one they met with, holds a meeting of his own
    ("ru", "Затем госсекретарь США Энтони Блинкен провёл встречу с министрами."),
    ("en", "US Secretary of State Antony Blinken then held talks with the ministers."),
])
def test_a_third_named_as_subject_is_not_joined_to_the_pair(lang, text):
    found = partners_and_place(MINISTERS[lang] + text, lang, MAY_14_2024)
    assert (BLINKEN, MIRZ, BAYR) not in {parties for parties, _ in found}


P, MODI, B, UA, IN, CN, TM = ("vladimir-putin", "narendra-modi", "serdar-berdimuhamedow", "ukraine", "india", "china",
                           "turkmenistan")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin made a trip to India in December.", {partners(P, IN)}),
    ("en", "Prices rose after Putin's trip to India in December.", {partners(P, IN)}),
    ("ru", "Владимир Путин совершил поездку в Индию в декабре.", {partners(P, IN)}),
    ("ru", "Цены выросли после поездки Путина в Индию в декабре.", {partners(P, IN)}),
    ("uk", "Володимир Путін здійснив поїздку до Індії у грудні.", {partners(P, IN)}),
    ("uk", "Ціни зросли після поїздки Путіна до Індії у грудні.", {partners(P, IN)}),
    # near misses: a trip nowhere abroad, or a trip at home, is no meeting
    ("en", "The minister went on a trip to the countryside.", set()),
    ("en", "Vladimir Putin made a trip to Sochi in December.", set()),
    ("ru", "Владимир Путин совершил поездку в Сочи в декабре.", set()),
    ("uk", "Володимир Путін здійснив поїздку до Сочі у грудні.", set()),
])
def test_a_trip_to_a_state_is_a_visit_of_the_guest_and_the_state(lang: str, text: str, expected: set) -> None:
    assert partners_met_in_person(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Ukrainian delegation discussed grain exports during its visit to India.", {partners(UA, IN)}),
    ("ru", "Украинская делегация во время визита в Индию обсудила экспорт зерна.", {partners(UA, IN)}),
    ("uk", "Українська делегація під час візиту до Індії обговорила експорт зерна.", {partners(UA, IN)}),
    ("uk", "Візит делегації Туркменістану до Китаю відбувся у травні.", {partners(TM, CN)}),
    ("ru", "Визит делегации Туркменистана в Китай состоялся в мае.", {partners(TM, CN)}),
    # near misses: a delegation at home, or one whose state is the one visited, visits no state
    ("uk", "Українська делегація під час візиту до Києва обговорила експорт зерна.", set()),
    ("en", "The Indian delegation discussed grain exports during its visit to India.", set()),
])
def test_a_delegation_of_a_state_is_the_guest_of_its_visit(lang: str, text: str, expected: set) -> None:
    assert partners_met_in_person(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "A delegation of Turkmenistan led by President Serdar Berdimuhamedow paid an official visit to China in "
           "May.", {partners(B, CN)}),
    ("ru", "Официальный визит делегации Туркменистана во главе с президентом Сердаром Бердымухамедовым в Китай прошел "
           "в мае.", {partners(B, CN)}),
    ("uk", "Делегація Туркменістану на чолі з президентом Сердаром Бердимухамедовим відвідала Китай у травні.",
     {partners(B, CN)}),
    # near miss: a person met "with" at the visit is its host, not its head
    ("ru", "Во время визита в Китай президент Сердар Бердымухамедов встретился с Си Цзиньпином.",
     {partners(B, "xi-jinping")}),
])
def test_the_head_of_a_delegation_is_the_guest_not_its_partner(lang: str, text: str, expected: set) -> None:
    assert partners_met_in_person(text, lang, MAR_14_2025) == expected


LI, WANG, JAISHANKAR = "li-qiang", "wang-yi", "subrahmanyam-jaishankar"


MISHUSTIN, LAVROV = "mikhail-mishustin", "sergey-lavrov"


@pytest.mark.parametrize("lang,text", [
    ("en", "During his visit, the Indian Prime Minister held talks with President Xi Jinping, and met Premier Li Qiang "
           "and Foreign Minister Wang Yi."),
    ("ru", "В ходе визита индийский премьер-министр провёл переговоры с председателем КНР Си Цзиньпином, а также "
           "встретился с премьером Госсовета Ли Цяном и министром иностранных дел Ван И."),
    ("uk", "Під час візиту прем'єр-міністр Індії провів переговори з головою КНР Сі Цзіньпіном, а також зустрівся з "
           "прем'єром Держради Лі Цяном і міністром закордонних справ Ван І."),
])
def test_the_subject_of_a_frame_met_each_person_named_after_the_verb(lang, text):
    assert partners_who_met(text, lang, MAR_14_2025) == {(MODI, XI), (LI, MODI), (MODI, WANG)}


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
    assert partners_who_met(text, lang, MAR_14_2025) == expected


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
    assert partners_who_met(text, lang, MAR_14_2025) == expected


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
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Зеленский провел телефонный разговор с Токаевым. Зеленский в ходе встречи подчеркнул важность энергетики."),
    ("uk", "Зеленський провів телефонну розмову з Токаєвим. Зеленський під час зустрічі наголосив на важливості "
           "енергетики."),
    ("en", "Zelensky held a phone call with Tokayev. During the meeting Zelensky stressed energy."),
])
def test_during_the_meeting_with_nobody_named_is_the_articles_event_whatever_its_medium(lang, text):
    assert {(m.medium, tuple(sorted(m.participants))) for m in facts(text, lang, MAR_14_2025).meetings} == \
        {("phone", (TOKAYEV, ZELENSKY))}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin, Xi and Modi held a trilateral meeting in Kazan."),
    ("ru", "Путин, Си Цзиньпин и Моди провели трёхстороннюю встречу в Казани."),
    ("uk", "Путін, Сі Цзіньпін і Моді провели тристоронню зустріч у Казані."),
])
def test_a_multilateral_meeting_of_several_subjects_stays_one(lang, text):
    assert partners_who_met(text, lang, MAR_14_2025) == {(MODI, PUTIN, XI)}


KERRY, DUDA, BIDEN, MORAWIECKI = "john-kerry", "andrzej-duda", "joe-biden", "mateusz-morawiecki"


SISI, TRUMP, MODI, ABIY, OBIANG = ("abdel-fattah-el-sisi", "donald-trump", "narendra-modi", "abiy-ahmed",
                                   "teodoro-obiang-nguema-mbasogo")


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
    assert partners_who_met(text, lang, MAR_14_2025) == expected


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
    assert partners_who_met(text, lang, MAR_14_2025) == {(ABIY, OBIANG)}


WIDODO, XI, LI_KEQIANG, PUTIN = "joko-widodo", "xi-jinping", "li-keqiang", "vladimir-putin"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Prior to his meeting with Xi Jinping at the guesthouse, Joko Widodo met with Chinese Prime Minister Li "
           "Keqiang at the same venue.", {(WIDODO, LI_KEQIANG)}),
    ("ru", "Перед встречей с Си Цзиньпином Джоко Видодо встретился с премьером Госсовета КНР Ли Кэцяном.",
     {(WIDODO, LI_KEQIANG)}),
    ("uk", "Перед зустріччю із Сі Цзіньпіном Джоко Відодо зустрівся з прем'єром Держради КНР Лі Кецяном.",
     {(WIDODO, LI_KEQIANG)}),
    # an earlier meeting fronted: a meeting of the subject too
    ("en", "After his talks with Xi Jinping, Putin met with Narendra Modi.", {(MODI, PUTIN), (PUTIN, XI)}),
    ("ru", "После переговоров с Си Цзиньпином Путин встретился с Нарендрой Моди.", {(MODI, PUTIN), (PUTIN, XI)}),
    ("uk", "Після переговорів із Сі Цзіньпіном Путін зустрівся з Нарендрою Моді.", {(MODI, PUTIN), (PUTIN, XI)}),
    # near misses: no meeting fronted; a person told aside in a relative clause
    ("en", "Before the summit, Putin met with Narendra Modi.", {(MODI, PUTIN)}),
    ("en", "Modi, who had met Xi Jinping earlier, met with Putin on Tuesday.", {(MODI, XI), (MODI, PUTIN)}),
])
def test_a_meeting_fronted_as_the_time_of_another_leaves_its_partner_out(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ASADOV = "ali-asadov"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The talks took place during a meeting between Azerbaijani Prime Minister Ali Asadov and Governor of the "
           "Georgian Kvemo Kartli region Giorgi Dokhturishvili, who is visiting Baku.",
     {(ASADOV, "new:giorgi-dokhturishvili")}),
    ("ru", "Обсуждение прошло в ходе встречи премьер-министра Азербайджана Али Асадова и губернатора грузинского края "
           "Квемо-Картли Георгия Дохтуришвили, находящегося с визитом в Баку.",
     {(ASADOV, "new:georgy-dokhturishvili")}),
    ("uk", "Обговорення відбулося під час зустрічі прем'єр-міністра Азербайджану Алі Асадова та губернатора "
           "грузинського краю Квемо-Картлі Георгія Дохтурішвілі, який перебуває з візитом у Баку.",
     {(ASADOV, "new:heorhii-dokhturishvili")}),
    # near miss: a place before "who" is no person
    ("en", "Ali Asadov met the delegation in Baku. Officials from Kvemo Kartli, who came with it, stayed.",
     set()),
])
def test_a_name_set_off_before_who_is_a_persons(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Azerbaijan and Georgia cooperate in many sectors. The two countries signed several agreements in 2021 as "
           "part of a meeting of the joint intergovernmental commission.", {("azerbaijan", "georgia")}),
    ("ru", "Азербайджан и Грузия сотрудничают во многих отраслях. Две страны подписали ряд соглашений в 2021 году в "
           "ходе встречи совместной межправительственной комиссии.", {("azerbaijan", "georgia")}),
    ("uk", "Азербайджан і Грузія співпрацюють у багатьох галузях. Дві країни підписали низку угод у 2021 році під час "
           "зустрічі спільної міжурядової комісії.", {("azerbaijan", "georgia")}),
    # near misses: three states before; the two countries not the subject
    ("en", "Azerbaijan, Georgia and Turkey cooperate in many sectors. The two countries signed several agreements in "
           "2021 as part of a meeting of the joint commission.", set()),
    ("en", "Azerbaijan and Georgia cooperate in many sectors. Trade between the two countries was discussed at a "
           "meeting of the commission in 2021.", set()),
    ("ru", "Азербайджан и Грузия сотрудничают во многих отраслях. Торговлю двух стран обсудили на встрече комиссии в "
           "2021 году.", set()),
])
def test_the_two_countries_as_subject_are_the_two_states_named_before(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi made telephone calls to several leaders including those of Qatar, Turkey and Malaysia to greet them.",
     {(MODI, "qatar"), (MODI, "turkey"), ("malaysia", MODI)}),
    ("ru", "Моди провёл телефонные разговоры с лидерами нескольких стран, в том числе Катара, Турции и Малайзии.",
     {(MODI, "qatar"), (MODI, "turkey"), ("malaysia", MODI)}),
    ("uk", "Моді провів телефонні розмови з лідерами кількох країн, зокрема Катару, Туреччини та Малайзії.",
     {(MODI, "qatar"), (MODI, "turkey"), ("malaysia", MODI)}),
    ("en", "Modi made phone calls to the leaders of Canada and Mexico on Saturday.",
     {("canada", MODI), ("mexico", MODI)}),
    # near misses: one person called; a message, no call
    ("en", "Modi made a phone call to Putin.", {(MODI, PUTIN)}),
    ("en", "Modi sent a message to the leaders of Canada and Mexico on Saturday.", set()),
])
def test_calls_to_the_leaders_of_several_states_are_one_call_each(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi made telephone calls to the leaders of Qatar, United Arab Emirates (UAE) and Malaysia.",
     {(MODI, "qatar"), (MODI, "united-arab-emirates"), ("malaysia", MODI)}),
    ("ru", "Моди провёл телефонные разговоры с лидерами Катара, Объединённых Арабских Эмиратов (ОАЭ) и Малайзии.",
     {(MODI, "qatar"), (MODI, "united-arab-emirates"), ("malaysia", MODI)}),
    ("uk", "Моді провів телефонні розмови з лідерами Катару, Об'єднаних Арабських Еміратів (ОАЕ) та Малайзії.",
     {(MODI, "qatar"), (MODI, "united-arab-emirates"), ("malaysia", MODI)}),
    # near miss: another actor in brackets ends the list
    ("en", "Modi held talks with Putin (Russia) and Xi.", {(MODI, PUTIN)}),
])
def test_a_partner_named_again_in_brackets_keeps_the_list_going(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi was in Wellington on Wednesday. There he met Foreign Minister Nanaia Mahuta, and National Party "
           "deputy leader Nicola Willis and party spokesperson Gerry Brownlee.",
     {("nanaia-mahuta", MODI), (MODI, "new:nicola-willis"), (MODI, "new:gerry-brownlee")}),
    ("ru", "Моди в среду был в Веллингтоне. Там он встретился с министром иностранных дел Нанаей Махутой, "
           "заместителем лидера Национальной партии Николой Уиллис и представителем партии Джерри Браунли.",
     None),
])
def test_names_after_titles_in_a_list_of_people_met(lang, text, expected):
    pairs = partners_who_met(text, lang, MAR_14_2025)
    if expected is None:  # (the Russian spelling of a foreign name is romanised its own way: only the count)
        assert len(pairs) == 3 and all(MODI in pair for pair in pairs)
    else:
        assert pairs == expected


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Meets Korean President In Seoul",  # a Title Case headline: no name after the title
    "Foreign Minister Visits Ankara And Baku",
])
def test_title_case_headlines_name_nobody_after_a_title(text):
    assert not any(a.type == "Person" for a in facts(text, "en").new_actors)


SUMMER_2017 = date(2017, 6, 25)  # Atambayev still in office


ATAMBAYEV, PUTIN, XI = "almazbek-atambayev", "vladimir-putin", "xi-jinping"


PASHINYAN, LAVROV = "nikol-pashinyan", "sergey-lavrov"


MEDVEDEV = "dmitry-medvedev"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Президент Киргизии Алмазбек Атамбаев 19 июня встретился с премьер-министром России Дмитрием Медведевым. "
           "Глава государства 20 июня провел переговоры с президентом России Владимиром Путиным."),
    ("uk", "Президент Киргизстану Алмазбек Атамбаєв 19 червня зустрівся з прем'єр-міністром Росії Дмитром Медведєвим. "
           "Глава держави 20 червня провів переговори з президентом Росії Володимиром Путіним."),
    ("en", "Kyrgyz President Almazbek Atambayev met Russian Prime Minister Dmitry Medvedev on June 19. The head of "
           "state held talks with Russian President Vladimir Putin on June 20."),
])
def test_a_singular_title_of_state_is_the_leader_named_before_not_both_sides(lang, text):
    assert day_and_place_by_partners(text, lang, SUMMER_2017) == {(ATAMBAYEV, MEDVEDEV): ("2017-06-19", None),
                                                  (ATAMBAYEV, PUTIN): ("2017-06-20", None)}


@pytest.mark.parametrize("lang,text", [
    # near misses: the plural title is both leaders, not one of them with the person named after it
    ("ru", "Президент Киргизии Алмазбек Атамбаев и президент России Владимир Путин провели переговоры 20 июня. Лидеры "
           "приняли участие в открытии памятника Тарасу Шевченко."),
    ("uk", "Президент Киргизстану Алмазбек Атамбаєв і президент Росії Володимир Путін провели переговори 20 червня. "
           "Лідери взяли участь у відкритті пам'ятника Тарасу Шевченку."),
    ("en", "Kyrgyz President Almazbek Atambayev and Russian President Vladimir Putin held talks on June 20. The "
           "leaders attended the opening of a monument to Taras Shevchenko."),
])
def test_plural_titles_name_both_sides_not_a_new_pair(lang, text):
    assert set(day_and_place_by_partners(text, lang, SUMMER_2017)) == {(ATAMBAYEV, PUTIN)}


@pytest.mark.parametrize("lang,text", [
    ("ru", "«Мы благодарны президенту России Владимиру Путину за поддержку», — сказал Никол Пашинян на встрече с "
           "главой МИД РФ Сергеем Лавровым в Ереване в понедельник."),
    ("uk", "«Ми вдячні президентові Росії Володимиру Путіну за підтримку», — сказав Нікол Пашинян на зустрічі з главою "
           "МЗС РФ Сергієм Лавровим у Єревані в понеділок."),
    ("en", "\"We are grateful to Russian President Vladimir Putin for his support,\" Nikol Pashinyan said at a meeting "
           "with Russian Foreign Minister Sergey Lavrov in Yerevan on Monday."),
    ("ru", "«Недавно мы договорились, что в этом году состоится мой визит в Россию, после чего — визит президента "
           "России в Армению», — сказал Никол Пашинян на встрече с главой МИД РФ Сергеем Лавровым в Ереване в "
           "понедельник."),
])
def test_people_in_a_quote_without_a_meeting_word_are_not_parties_of_the_frames_meeting(lang, text):
    assert day_and_place_by_partners(text, lang, MAR_14_2025) == {(PASHINYAN, LAVROV): ("2025-03-10", "yerevan")}


@pytest.mark.parametrize("lang,text", [
    # near miss: the quote tells the meeting itself
    ("ru", "«Я провёл переговоры с Владимиром Путиным», — сказал Никол Пашинян журналистам."),
    ("uk", "«Я провів переговори з Володимиром Путіним», — сказав Нікол Пашинян журналістам."),
])
def test_a_meeting_told_in_a_quote_keeps_its_parties(lang, text):
    assert set(day_and_place_by_partners(text, lang, MAR_14_2025)) == {(PASHINYAN, PUTIN)}


BERDIMUHAMEDOW, ARAGHCHI = "gurbanguly-berdimuhamedow", "abbas-araghchi"


@pytest.mark.parametrize("lang,text,host", [
    ("ru", "Сегодня в Ашхабаде глава МИД РФ Сергей Лавров встретился с президентом Туркменистана Гурбангулы "
           "Бердымухамедовым. — Российский лидер Владимир Путин передает вам самые теплые пожелания, с удовольствием "
           "вспоминает вашу встречу в Тегеране в конце ноября.", BERDIMUHAMEDOW),
    ("uk", "Сьогодні в Ашгабаті глава МЗС РФ Сергій Лавров зустрівся з президентом Туркменістану Гурбангули "
           "Бердимухамедовим. — Російський лідер Володимир Путін передає вам найтепліші побажання, із задоволенням "
           "згадує вашу зустріч у Тегерані наприкінці листопада.", BERDIMUHAMEDOW),
    ("en", "Today in Ashgabat Russian Foreign Minister Sergey Lavrov met Turkmen President Gurbanguly Berdimuhamedow. "
           "\"Russian leader Vladimir Putin sends you his warmest wishes and fondly remembers your meeting in Tehran "
           "in late November,\" Lavrov said.", BERDIMUHAMEDOW),
    ("ru", "Сегодня в Ашхабаде глава МИД РФ Сергей Лавров встретился с главой МИД Ирана Аббасом Аракчи. «Президент "
           "Владимир Путин вспоминает вашу встречу в Тегеране», — сказал Лавров.", ARAGHCHI),
])
def test_your_meeting_in_speech_is_of_the_person_named_and_the_one_spoken_to(lang, text, host):
    found = day_and_place_by_partners(text, lang, MAR_14_2025)
    assert set(found) == {tuple(sorted((host, LAVROV))), tuple(sorted((host, PUTIN)))}
    assert found[tuple(sorted((host, PUTIN)))][1] == "tehran"


# ---- "with his counterpart from X, Name": the name that follows is the counterpart, not X's office holder --------

@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Лавров провел переговоры со своей коллегой из ЮАР Наледи Пандор.", ("naledi-pandor", "sergey-lavrov")),
    ("ru", "Лавров провел переговоры с коллегой из ЮАР Наледи Пандор в Йоханнесбурге.",
     ("naledi-pandor", "sergey-lavrov")),
    ("uk", "Лавров провів переговори зі своєю колегою з ПАР Наледі Пандор.", ("naledi-pandor", "sergey-lavrov")),
    ("en", "Lavrov held talks with his counterpart from South Africa Naledi Pandor.",
     ("naledi-pandor", "sergey-lavrov")),
    # near misses: no name after the state, the counterpart is the state's office holder on the day
    ("ru", "Лавров провел переговоры с коллегой из ЮАР.", ("ronald-lamola", "sergey-lavrov")),
    ("uk", "Лавров провів переговори з колегою з ПАР.", ("ronald-lamola", "sergey-lavrov")),
    ("en", "Lavrov held talks with his counterpart from South Africa.", ("ronald-lamola", "sergey-lavrov")),
])
def test_a_name_after_counterpart_from_a_state_is_the_counterpart(lang, text, pair):
    assert meeting_pairs(facts(text, lang, MAR_14_2025)) == {pair}


# ---- a summit named by a compound adjective of its states: the people named, and the leaders of the others --------

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Эрдоган участвовали в российско-турецко-иранском саммите в Тегеране.",
     {("iran", "recep-tayyip-erdogan", "vladimir-putin")}),
    ("ru", "«Мы вместе участвовали в российско-турецко-иранском саммите в Тегеране», — сказал Путин.",
     {("iran", "turkey", "vladimir-putin")}),
    ("uk", "Путін та Ердоган брали участь у російсько-турецько-іранському саміті в Тегерані.",
     {("iran", "recep-tayyip-erdogan", "vladimir-putin")}),
    # near misses: as many people as states (the pair itself); a person of a state the adjective does not name
    ("ru", "Путин и Эрдоган провели российско-турецкий саммит в Сочи.", {("recep-tayyip-erdogan", "vladimir-putin")}),
    # (since the summit told by its states' adjective is their meeting: the leader of a state it does not name is no
    # participant of it)
    ("ru", "Путин и Моди участвовали в российско-турецко-иранском саммите в Тегеране.",
     {("iran", "turkey", "vladimir-putin")}),
])
def test_a_summit_of_states_named_by_one_adjective_joins_the_others(lang, text, expected):
    assert meeting_pairs(facts(text, lang, MAR_14_2025)) == expected


KULEBA = "dmytro-kuleba"


@pytest.mark.parametrize("lang,text", [
    ("en", "Narendra Modi telephoned President Xi Jinping, and Chancellor Olaf Scholz and greeted them on Sunday."),
    ("en", "Narendra Modi called President Xi Jinping and Chancellor Olaf Scholz and welcomed them warmly."),
    ("ru", "Нарендра Моди позвонил председателю КНР Си Цзиньпину и канцлеру Олафу Шольцу и поприветствовал их."),
    ("uk", "Нарендра Моді зателефонував голові КНР Сі Цзіньпіну та канцлеру Олафу Шольцу і привітав їх."),
])
def test_a_greeting_after_a_call_is_said_on_the_call(lang, text):
    meetings = facts(text, lang, MAY_14_2024).meetings
    assert sorted(tuple(sorted(m.participants)) for m in meetings) == [(MODI, SCHOLZ), (MODI, XI)]
    assert {m.medium for m in meetings} == {"phone"}


@pytest.mark.parametrize("lang,text,expected", [
    # near miss: a new person greeted after the call is met on his own
    ("en", "Narendra Modi telephoned Xi Jinping on Monday and welcomed Olaf Scholz in Delhi on Tuesday.",
     [(MODI, SCHOLZ), (MODI, XI)]),
])
def test_a_new_person_greeted_after_a_call_is_still_met(lang, text, expected):
    assert sorted(tuple(sorted(m.participants)) for m in facts(text, lang, MAY_14_2024).meetings) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Modi had separate telephone conversations with Xi Jinping, President of China, Olaf Scholz, Chancellor of "
           "Germany, and Emmanuel Macron, President of France."),
    ("en", "Modi held phone talks with Xi Jinping, President of China, Olaf Scholz, Chancellor of Germany and "
           "Emmanuel Macron."),
    ("ru", "Моди провёл телефонные разговоры с Си Цзиньпином, председателем КНР, Олафом Шольцем, канцлером Германии, "
           "и Эммануэлем Макроном, президентом Франции."),
    ("uk", "Моді провів телефонні розмови з Сі Цзіньпіном, головою КНР, Олафом Шольцом, канцлером Німеччини, та "
           "Емманюелем Макроном, президентом Франції."),
])
def test_partners_each_with_an_apposed_title_are_met_one_by_one(lang, text):
    assert partners_who_met_as_listed(text, lang, MAY_14_2024) == sorted([(MODI, XI), (MODI, SCHOLZ), (MACRON, MODI)])


@pytest.mark.parametrize("lang,text", [
    ("ru", "Нарендра Моди провел телефонные разговоры с канцлером Германии, президентом Франции и председателем КНР."),
    ("uk", "Нарендра Моді провів телефонні розмови з канцлером Німеччини, президентом Франції та головою КНР."),
    ("en", "Narendra Modi held phone calls with the Chancellor of Germany, the President of France and the President "
           "of China."),
])
def test_offices_without_names_on_an_undated_page_are_their_states(lang, text):
    undated = partners_who_met_as_listed(text, lang, None)
    assert undated == sorted([("germany", MODI), ("france", MODI), ("china", MODI)])
    # near miss: on a dated page the office's holder that day is the partner
    assert partners_who_met_as_listed(text, lang, MAY_14_2024) == sorted([(MODI, SCHOLZ), (MACRON, MODI), (MODI, XI)])


@pytest.mark.parametrize("lang,text,guest", [
    ("en", "Earlier, Sergey Lavrov visited Rwanda, Morocco and Ethiopia.", LAVROV),
    ("ru", "Ранее Сергей Лавров посетил Руанду, Марокко и Эфиопию.", LAVROV),
    ("uk", "Раніше Дмитро Кулеба відвідав Руанду, Марокко і Ефіопію.", KULEBA),
    ("uk", "Дмитро Кулеба прибув до Мозамбіку. Раніше український міністр відвідав Руанду, Марокко і Ефіопію.", KULEBA),
])
def test_a_visit_to_a_list_of_states_is_one_meeting_per_state(lang, text, guest):
    pairs = partners_who_met_as_listed(text, lang, MAY_14_2024)
    for state in ("rwanda", "morocco", "ethiopia"):
        assert tuple(sorted((guest, state))) in pairs
    assert not any(len(p) > 2 for p in pairs)


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: a host named after the visit is met; a single state is one visit
    ("en", "Sergey Lavrov visited Rwanda and met President Paul Kagame.", [("paul-kagame", LAVROV)]),
    ("ru", "Сергей Лавров посетил Руанду.", [("rwanda", LAVROV)]),
])
def test_a_visit_with_a_host_or_one_state_is_read_as_before(lang, text, expected):
    assert partners_who_met_as_listed(text, lang, MAY_14_2024) == expected


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


ONEILL = "new:peter-o-neill"


PACIFIC = {(ONEILL, "samoa"), (ONEILL, "vanuatu"), (ONEILL, "solomon-islands"), ("australia", ONEILL)}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Prime Minister Peter O'Neill held bilateral meetings in Iwaki City with the leaders of the delegations "
           "from Samoa, Vanuatu, the Solomon Islands and Australia.", PACIFIC),
    ("en", "Prime Minister Peter O'Neill held bilateral meetings with the heads of the delegations from Samoa, "
           "Vanuatu, the Solomon Islands and Australia.", PACIFIC),
    ("uk", "Прем'єр-міністр Петро Іваненко провів двосторонні зустрічі з главами делегацій Самоа, Вануату, "
           "Соломонових Островів і Австралії.",
     {("new:petro-ivanenko", "samoa"), ("new:petro-ivanenko", "vanuatu"), ("new:petro-ivanenko", "solomon-islands"),
      ("australia", "new:petro-ivanenko")}),
])
def test_the_leaders_of_delegations_from_several_states_are_met_one_by_one(lang, text, expected):
    assert meeting_pairs(facts(text, lang, date(2015, 5, 26))) == expected


def test_a_joint_meeting_with_delegations_is_no_meeting_per_state():
    text = ("Prime Minister Peter O'Neill held a joint meeting with the delegations from Samoa, Vanuatu, the Solomon "
            "Islands and Australia.")
    assert not meeting_pairs(facts(text, "en", date(2015, 5, 26))) & PACIFIC


def test_the_stops_of_a_tour_are_no_leaders_met():
    # near miss: states a tour "also includes", far after the visit's word, are its later stops, not partners
    text = ("Shehbaz Sharif met Recep Tayyip Erdogan on Monday. Sharif arrived in Turkey on Sunday on a two-day visit "
            "as part of his four-nation tour to friendly countries, which also includes Iran, Azerbaijan and "
            "Tajikistan.")
    assert meeting_pairs(facts(text, "en", date(2025, 5, 26))) == {("recep-tayyip-erdogan", "shehbaz-sharif")}


OCT_16_2025 = date(2025, 10, 16)  # a Thursday


CAVUSOGLU = "mevlut-cavusoglu"


MIRZOYAN, BAYRAMOV, DARCHIASHVILI = "ararat-mirzoyan", "jeyhun-bayramov", "ilia-darchiashvili"


@pytest.mark.parametrize("lang,text,expected", [
    # the meeting names its two parties right after its word: the one who spoke of it is no party
    ("ru", "Разговор между Трампом и Путиным оказался безрезультатным, заявил глава МИД Грузии Илия Дарчиашвили.",
     {(TRUMP, PUTIN)}),
    ("uk", "Розмова між Трампом і Путіним виявилася безрезультатною, заявив глава МЗС Грузії Ілля Дарчіашвілі.",
     {(TRUMP, PUTIN)}),
    ("en", "The call between Trump and Putin was fruitless, Georgian Foreign Minister Ilia Darchiashvili said.",
     {(TRUMP, PUTIN)}),
    ("ru", "Илия Дарчиашвили прокомментировал встречу глав МИД Армении и Азербайджана Арарата Мирзояна и Джейхуна "
           "Байрамова в Тбилиси.", {(MIRZOYAN, BAYRAMOV)}),
    ("uk", "Ілля Дарчіашвілі прокоментував зустріч голів МЗС Вірменії та Азербайджану Арарата Мірзояна і Джейхуна "
           "Байрамова в Тбілісі.", {(MIRZOYAN, BAYRAMOV)}),
    ("en", "Ilia Darchiashvili commented on the meeting of foreign ministers Ararat Mirzoyan and Jeyhun Bayramov in "
           "Tbilisi.", {(MIRZOYAN, BAYRAMOV)}),
    # near misses: the meeting's partners after "with", the subject met them
    ("ru", "Дарчиашвили провел встречу с Мирзояном и Байрамовым в Тбилиси.", {(MIRZOYAN, DARCHIASHVILI, BAYRAMOV)}),
    ("uk", "Дарчіашвілі провів зустріч з Мірзояном і Байрамовим у Тбілісі.", {(MIRZOYAN, DARCHIASHVILI, BAYRAMOV)}),
    ("en", "Darchiashvili held a meeting with Mirzoyan and Bayramov in Tbilisi.",
     {(MIRZOYAN, DARCHIASHVILI, BAYRAMOV)}),
])
def test_who_spoke_of_a_meeting_between_two_is_no_party(lang, text, expected):
    assert {tuple(sorted(p)) for p in partners_who_met(text, lang, OCT_16_2025)} == {tuple(sorted(p)) for p in expected}
