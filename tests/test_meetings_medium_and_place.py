"""Meetings: the medium (phone call, video, in person: press appearances, handshakes, signings together) and the
place (cities, venues, seats of power), and places of other clauses that are not the meeting's."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    day_and_place_by_partners,
    facts,
    medium_partners_and_day,
    meeting_records,
    meetings_of,
    partners,
    partners_and_medium,
    partners_and_place,
    partners_medium_and_minutes,
    partners_who_met,
)

MAR_14_2025 = date(2025, 3, 14)  # a Friday

MEDIA = [
    # (language, text, medium): a courtesy call is paid in person; a call by phone stays a phone call
    ("en", "Prime Minister Nguyen Xuan Phuc arrived in Oslo on May 28, 2019. The PM also paid courtesy calls to "
           "King Harald.", "in_person"),
    ("en", "Prime Minister Nguyen Xuan Phuc held a phone call with King Harald on May 28, 2019.", "phone"),
]


@pytest.mark.parametrize("lang,text,medium", MEDIA)
def test_a_courtesy_call_on_a_monarch_is_an_in_person_meeting(lang, text, medium):
    f = facts(text, lang, date(2019, 5, 29))
    assert [m.medium for m in f.meetings if "harald-v" in m.participants] == [medium]


PUTIN, XI, MODI, ERDOGAN, ALIYEV = "vladimir-putin", "xi-jinping", "narendra-modi", "recep-tayyip-erdogan", \
    "ilham-aliyev"


ZELENSKY, MACRON, SCHOLZ, TOKAYEV = "volodymyr-zelenskyy", "emmanuel-macron", "olaf-scholz", "kassym-jomart-tokayev"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ruto and his Rwandan counterpart Paul Kagame addressed a press conference in Kigali on Tuesday.",
     {("paul-kagame", "william-ruto")}),
    ("en", "Macron said at a joint news conference with Scholz in Berlin on Monday that aid would continue.",
     {(MACRON, SCHOLZ)}),
    ("uk", "Зеленський заявив про це під час спільного з президентом Франції Макроном брифінгу у Києві.",
     {(MACRON, ZELENSKY)}),
    ("ru", "Путин заявил об этом на совместной с Си Цзиньпином пресс-конференции в Пекине.", {(PUTIN, XI)}),
    ("ru", "Путин и Си Цзиньпин провели совместный брифинг в Кремле.", {(PUTIN, XI)}),
    # near misses: a press conference of one leader, another mentioned in it, or only reporters with him
    ("en", "Scholz told a press conference in Berlin that Macron would visit soon.", set()),
    ("uk", "Зеленський провів брифінг для журналістів у Києві.", set()),
    ("ru", "Путин на пресс-конференции в Кремле ответил на вопрос о Си Цзиньпине.", set()),
])
def test_a_joint_press_appearance_of_two_leaders_is_a_meeting_in_person(lang, text, expected):
    meetings = facts(text, lang, MAR_14_2025).meetings
    assert {tuple(sorted(m.participants)) for m in meetings} == expected
    assert all(m.medium == "in_person" for m in meetings)


LAVROV, WANG, SYBIHA, SIKORSKI = "sergey-lavrov", "wang-yi", "andrii-sybiha", "radoslaw-sikorski"


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
    meetings = facts(text, lang, MAR_14_2025).meetings
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
    meetings = facts(text, lang, MAR_14_2025).meetings
    assert len(meetings) == 1 and meetings[0].medium == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Erdogan met Zelensky on Friday. The visit came weeks after Turkey hosted Zelensky at a summit in Istanbul.",
     {(ERDOGAN, ZELENSKY), ("turkey", ZELENSKY)}),
    ("en", '"We will meet the trade target, as planned," Erdogan said at a joint press conference alongside his '
           'counterpart Ilham Aliyev.', {("ilham-aliyev", ERDOGAN)}),
    ("ru", "«Мы выполним план, как и намечали», — заявил Эрдоган на совместной пресс-конференции с Ильхамом Алиевым.",
     {("ilham-aliyev", ERDOGAN)}),
    ("uk", "«Ми виконаємо план, як і планували», — заявив Ердоган на спільній пресконференції з Ільхамом Алієвим.",
     {("ilham-aliyev", ERDOGAN)}),
])
def test_a_host_state_and_its_guest_and_a_press_conference_beside_a_quote(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський заявив про це під час пресконференції у Києві з державним секретарем США Ентоні Блінкеном.",
     {("antony-blinken", ZELENSKY)}),
    ("ru", "Зеленский заявил об этом на пресс-конференции в Киеве с госсекретарём США Энтони Блинкеном.",
     {("antony-blinken", ZELENSKY)}),
    ("en", "Zelensky said this at a news conference in Kyiv with US Secretary of State Antony Blinken.",
     {("antony-blinken", ZELENSKY)}),
    # near miss: a press conference of one is no meeting
    ("uk", "Зеленський заявив про це під час пресконференції у Києві.", set()),
])
def test_a_press_conference_held_with_somebody_is_a_meeting_with_them(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Трамп созвонился по видеосвязи с Лулой да Силвой в понедельник.", "video"),
    ("uk", "Трамп зателефонував Лулі да Сілві по відеозв'язку в понеділок.", "video"),
    ("en", "Trump called Lula da Silva by video link on Monday.", "video"),
    ("ru", "Трамп в понедельник провёл видеоконференцию с Лулой да Силвой.", "video"),
    # near misses: a call word alone is a phone call
    ("ru", "Трамп созвонился с Лулой да Силвой в понедельник.", "phone"),
    ("uk", "Трамп зателефонував Лулі да Сілві в понеділок.", "phone"),
    ("en", "Trump phoned Lula da Silva on Monday.", "phone"),
])
def test_a_call_over_video_is_a_video_call(lang, text, expected):
    assert {m.medium for m in facts(text, lang, MAR_14_2025).meetings} == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "PM Modi received a call from his Brazilian counterpart Lula on Thursday.", "phone"),
    ("en", "Modi made a call to Lula on Thursday.", "phone"),
    ("ru", "Моди в четверг принял звонок от президента Бразилии Лулы.", "phone"),
    ("uk", "Моді в четвер отримав дзвінок від президента Бразилії Лули.", "phone"),
    # near miss: a guest received is met in person
    ("en", "Modi received Lula in New Delhi on Thursday.", "in_person"),
])
def test_a_call_received_or_made_is_a_phone_call(lang, text, expected):
    assert {m.medium for m in facts(text, lang, MAR_14_2025).meetings} == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський і Ердоган провели телефонну розмову в суботу. До цього востаннє лідери говорили наприкінці "
           "липня.", {("phone", "2025-03-08"), ("phone", "2024-07")}),
    ("ru", "Зеленский и Эрдоган провели телефонный разговор в субботу. До этого в последний раз лидеры говорили в "
           "конце июля.", {("phone", "2025-03-08"), ("phone", "2024-07")}),
    ("en", "Zelensky and Erdogan held a phone call on Saturday. The leaders last spoke in late July.",
     {("phone", "2025-03-08"), ("phone", "2024-07")}),
    # near misses: what somebody spoke about, or said, earlier is no call
    ("ru", "Зеленский и Эрдоган провели телефонный разговор в субботу. Ранее в мае Эрдоган говорил о мире.",
     {("phone", "2025-03-08")}),
    ("en", "Zelensky and Erdogan held a phone call on Saturday. Earlier in May Erdogan spoke about peace.",
     {("phone", "2025-03-08")}),
    ("uk", "Зеленський і Ердоган провели телефонну розмову в суботу. Раніше в травні Ердоган говорив, що мир близько.",
     {("phone", "2025-03-08")}),
])
def test_leaders_who_last_spoke_had_a_call(lang, text, expected):
    assert {(m.medium, m.date.iso() if m.date else None) for m in facts(text, lang, MAR_14_2025).meetings} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сі Цзіньпін і Путін провели телефонну розмову в п'ятницю. Розмова відбулася напередодні очікуваного саміту "
           "між Путіним та президентом США Дональдом Трампом.", {("phone", (PUTIN, XI))}),
    ("ru", "Си Цзиньпин и Путин провели телефонный разговор в пятницу. Разговор состоялся накануне ожидаемого саммита "
           "Путина и президента США Дональда Трампа.", {("phone", (PUTIN, XI))}),
    ("en", "Xi and Putin held a phone call on Friday. The call came ahead of an expected summit between Putin and US "
           "President Donald Trump.", {("phone", (PUTIN, XI))}),
    ("en", "Xi held a phone call with Putin on Friday, ahead of a possible summit with Trump next week.",
     {("phone", (PUTIN, XI))}),
    # near miss: a summit held before the call is a meeting of its own
    ("en", "Xi and Putin held a phone call on Friday. The call came days after the summit between Putin and US "
           "President Donald Trump in Alaska.", {("phone", (PUTIN, XI)), ("in_person", (TRUMP, PUTIN))}),
])
def test_the_people_of_a_coming_summit_are_not_those_of_the_call_before_it(lang, text, expected):
    found = medium_partners_and_day(text, lang, MAR_14_2025)
    assert {(m[0], tuple(sorted(m[1]))) for m in found} == {(k, tuple(sorted(p))) for k, p in expected}


PUTIN, XI, TRUMP, BIDEN = "vladimir-putin", "xi-jinping", "donald-trump", "joe-biden"


ZELENSKY, ERDOGAN, MBS = "volodymyr-zelenskyy", "recep-tayyip-erdogan", "mohammed-bin-salman"


LULA, MACRON, MODI = "luiz-inacio-lula-da-silva", "emmanuel-macron", "narendra-modi"


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Hossein Amir-Abdollahian, who traveled to Riyadh on Thursday, held talks with Crown Prince Mohammed "
           "bin Salman in Jeddah on Friday.", "jeddah"),
    ("ru", "Моди, который накануне побывал в Москве, провёл переговоры с Си Цзиньпином в Пекине в пятницу.",
     "beijing"),
    ("uk", "Моді, який напередодні побував у Москві, провів переговори із Сі Цзіньпіном у Пекіні в п'ятницю.",
     "beijing"),
    # near miss: the only city told is in the meeting's own clause
    ("en", "Amir-Abdollahian held talks with Mohammed bin Salman in Jeddah on Friday.", "jeddah"),
])
def test_a_city_of_a_relative_clause_is_not_the_meetings_place(lang, text, place):
    assert {m.place for m in facts(text, lang, MAR_14_2025).meetings} == {place}


NETANYAHU, MERZ, PEZESHKIAN = "benjamin-netanyahu", "friedrich-merz", "masoud-pezeshkian"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trump spoke with Erdogan on Monday, after speaking with Netanyahu earlier in the day.",
     {(TRUMP, ERDOGAN), (TRUMP, NETANYAHU)}),
    ("en", "Trump spoke with Erdogan on Monday, hours after his call with Netanyahu.",
     {(TRUMP, ERDOGAN), (TRUMP, NETANYAHU)}),
    ("ru", "Путин в понедельник поговорил с Эрдоганом после разговора с Нетаньяху.",
     {(PUTIN, ERDOGAN), (PUTIN, NETANYAHU)}),
    ("uk", "Зеленський у понеділок поговорив з Ердоганом після розмови з Нетаньяху.",
     {(ZELENSKY, ERDOGAN), (ZELENSKY, NETANYAHU)}),
    ("uk", "Зеленський у вівторок поговорив телефоном з Макроном, а згодом з Мерцом.",
     {(ZELENSKY, MACRON), (ZELENSKY, MERZ)}),
    ("ru", "Путин во вторник поговорил по телефону с Эрдоганом, а позднее с Пезешкианом.",
     {(PUTIN, ERDOGAN), (PUTIN, PEZESHKIAN)}),
    ("en", "Trump spoke by phone with Erdogan and later with Netanyahu on Monday.",
     {(TRUMP, ERDOGAN), (TRUMP, NETANYAHU)}),
    # near misses: someone else's earlier call is theirs; one call with two partners together
    ("en", "Trump spoke with Erdogan on Monday, after Netanyahu's call with Zelensky.",
     {(TRUMP, ERDOGAN), (NETANYAHU, ZELENSKY)}),
    ("en", "Trump held a joint phone call with Erdogan and Netanyahu on Monday.", {(TRUMP, ERDOGAN, NETANYAHU)}),
])
def test_a_call_told_as_earlier_or_later_the_same_day_is_a_call_of_its_own(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,medium", [
    ("en", "Modi dialled Trump on Tuesday.", "phone"),
    ("en", "Xi and Biden talked over a secure line on Tuesday.", "phone"),
    ("uk", "Зеленський зідзвонився з Макроном у вівторок.", "phone"),
    ("ru", "Путин и Моди провели разговор в режиме видеоконференции во вторник.", "video"),
    ("uk", "Зеленський і Макрон поспілкувалися у форматі відеоконференції у вівторок.", "video"),
    # near miss: in person
    ("en", "Xi and Biden talked in Woodside on Tuesday.", "in_person"),
])
def test_every_way_of_saying_a_call_gives_its_medium(lang, text, medium):
    assert {m.medium for m in facts(text, lang, MAR_14_2025).meetings} == {medium}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky held a call with several European leaders and Donald Trump on Friday. Zelensky, Macron, Merz "
           "and Tusk held a phone call with Trump, his spokesman said.",
     {(ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
    ("ru", "Зеленский в пятницу провёл телефонный разговор с несколькими европейскими лидерами и Трампом. "
           "Зеленский, Макрон, Мерц и Туск провели телефонный разговор с Трампом.",
     {(ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
    ("uk", "Зеленський у п'ятницю провів телефонну розмову з кількома європейськими лідерами та Трампом. "
           "Зеленський, Макрон, Мерц і Туск провели телефонну розмову з Трампом.",
     {(ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
    # near miss: a call of the two alone, told without any group, stays its own
    ("en", "Zelensky held a call with Trump on Friday. Later, Zelensky, Macron, Merz and Tusk held a phone call with "
           "Trump.", {(ZELENSKY, TRUMP), (ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
])
def test_a_call_with_unnamed_leaders_is_the_group_call_a_later_sentence_names_in_full(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


MAY_14_2024 = date(2024, 5, 14)


ARM, AZE = "armenia", "azerbaijan"


@pytest.mark.parametrize("lang,text,pair", [
    ("en", "The sides confirmed the commitments made by the leaders of Armenia and Azerbaijan at their meetings on "
           "6 October in Prague and 31 October in Sochi.", (ARM, AZE)),
    ("ru", "Стороны подтвердили обязательства, взятые лидерами Армении и Азербайджана на встречах 6 октября в Праге "
           "и 31 октября в Сочи.", (ARM, AZE)),
    ("uk", "Сторони підтвердили зобов'язання, взяті лідерами Вірменії та Азербайджану на зустрічах 6 жовтня в Празі "
           "та 31 жовтня в Сочі.", (ARM, AZE)),
    ("ru", "Путин и Моди встречались в Праге 6 октября и в Сочи 31 октября.", (MODI, PUTIN)),
    ("en", "Putin and Modi met in Prague on 6 October and in Sochi on 31 October.", (MODI, PUTIN)),
])
def test_a_list_of_dated_cities_tells_one_meeting_per_city(lang, text, pair):
    got = {(tuple(sorted(m.participants)), m.place, m.date.month, m.date.day)
           for m in meeting_records(text, lang, MAY_14_2024)}
    assert got == {(pair, "prague", 10, 6), (pair, "sochi", 10, 31)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Modi met in Prague and in Sochi last year."),
    ("ru", "В прошлом году Путин и Моди встречались в Праге и в Сочи."),
])
def test_undated_or_jointly_dated_cities_tell_one_meeting_each(lang, text):
    assert {m.place for m in meeting_records(text, lang, MAY_14_2024)} == {"prague", "sochi"}


@pytest.mark.parametrize("lang,text", [
    # near misses: a city of another verb's clause, or of a later trip, is not a second meeting
    ("ru", "Путин и Моди встретились в Праге, а затем Путин улетел в Сочи."),
    ("en", "Putin met Modi in Prague on 6 October and flew to Sochi on 7 October."),
    ("uk", "Путін зустрівся з Моді у Празі 6 жовтня, а 7 жовтня вирушив до Сочі."),
])
def test_a_city_of_another_clause_is_no_second_meeting(lang, text):
    assert {m.place for m in meeting_records(text, lang, MAY_14_2024)} == {"prague"}


P, X, T, M, Z, E, S, N = ("vladimir-putin", "xi-jinping", "donald-trump", "emmanuel-macron", "volodymyr-zelenskyy",
                          "recep-tayyip-erdogan", "olaf-scholz", "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Emmanuel Macron called Volodymyr Zelensky after his conversation with Vladimir Putin. Macron briefed the "
           "Ukrainian president on his talks with Putin. The phone call between Macron and Putin was the first in "
           "three years.", {(partners(M, Z), "phone"), (partners(M, P), "phone")}),
    ("ru", "Эммануэль Макрон позвонил Владимиру Зеленскому после разговора с Владимиром Путиным. Макрон "
           "проинформировал украинского президента о содержании переговоров с Путиным. Телефонный разговор Макрона "
           "с Путиным состоялся впервые за три года.", {(partners(M, Z), "phone"), (partners(M, P), "phone")}),
    ("uk", "Еммануель Макрон зателефонував Володимиру Зеленському після розмови з Володимиром Путіним. Макрон "
           "поінформував українського президента про зміст переговорів з Путіним. Телефонна розмова Макрона з "
           "Путіним відбулася вперше за три роки.", {(partners(M, Z), "phone"), (partners(M, P), "phone")}),
])
def test_talks_told_as_a_briefing_topic_stay_the_call_told_after(lang: str, text: str, expected: set) -> None:
    assert partners_and_medium(text, lang, MAR_14_2025) == expected


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
    assert partners_and_place(text, lang, MAY_14_2024) == {((TUSK, ZEL), "warsaw")}


PX = ("vladimir-putin", "xi-jinping")


@pytest.mark.parametrize("lang,text,medium,place", [
    ("en", "British Prime Minister Keir Starmer spoke to the French leader, Emmanuel Macron, on Wednesday evening, "
           "according to a Downing Street source.", "phone", None),
    ("en", "US President Joe Biden spoke to the President of France, Emmanuel Macron, on Wednesday afternoon, "
           "according to a White House official.", "phone", None),
    ("ru", "Кир Стармер поговорил с Эммануэлем Макроном в среду, по словам представителя Даунинг-стрит.",
     "phone", None),
    ("uk", "Кір Стармер поговорив з Еммануелем Макроном у середу, за словами речниці Даунінг-стріт.", "phone", None),
    # near misses: a venue named in the meeting's own words stays its place
    ("en", "Keir Starmer met Emmanuel Macron in Paris on Wednesday evening, according to a Downing Street source.",
     "in_person", "paris"),
    ("ru", "Кир Стармер встретился с Эммануэлем Макроном в Париже в среду, по словам представителя Даунинг-стрит.",
     "in_person", "paris"),
    ("uk", "Кір Стармер зустрівся з Еммануелем Макроном у Парижі в середу, за словами речниці Даунінг-стріт.",
     "in_person", "paris"),
])
def test_a_seat_named_in_the_attribution_is_no_venue(lang, text, medium, place):
    m = next(m for m in facts(text, lang).meetings if "emmanuel-macron" in m.participants)
    assert (m.medium, m.place) == (medium, place)


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin met Xi Jinping in Beijing in January. On Tuesday Putin spoke with Xi by phone. "
           "In the course of the 40-minute conversation, the two discussed trade."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине в январе. Во вторник Путин провёл телефонный разговор "
           "с Си. В ходе их 40-минутной беседы они обсудили торговлю."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у Пекіні в січні. У вівторок Путін провів телефонну розмову "
           "з Сі. Під час їхньої 40-хвилинної бесіди вони обговорили торгівлю."),
])
def test_a_word_of_talking_joins_the_call_not_an_earlier_visit(lang, text):
    by_medium = {m.medium: m for m in meetings_of(text, lang, MAR_14_2025, PX)}
    assert by_medium["phone"].duration_minutes == 40
    assert by_medium["in_person"].duration_minutes is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin and Xi Jinping signed agreements ranging from energy to trade."),
    ("ru", "Владимир Путин и Си Цзиньпин подписали соглашения в самых разных областях, от энергетики до торговли."),
    ("uk", "Володимир Путін і Сі Цзіньпін підписали угоди в найрізноманітніших галузях, від енергетики до торгівлі."),
])
def test_a_word_of_ranging_tells_no_call(lang, text):
    assert all(m.medium != "phone" for m in meetings_of(text, lang, MAR_14_2025, PX))


SISI, TRUMP, MODI, ABIY, OBIANG = ("abdel-fattah-el-sisi", "donald-trump", "narendra-modi", "abiy-ahmed",
                                   "teodoro-obiang-nguema-mbasogo")


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
    assert partners_who_met(text, lang, MAR_14_2025) == expected


WIDODO, XI, LI_KEQIANG, PUTIN = "joko-widodo", "xi-jinping", "li-keqiang", "vladimir-putin"


@pytest.mark.parametrize("lang,text", [
    ("en", "Erdogan invited Sisi to Ankara after the latter called him to congratulate him on his victory. Sisi and "
           "Erdogan had met in Qatar in 2024."),
    ("ru", "Эрдоган пригласил Сиси в Анкару после того, как тот позвонил ему, чтобы поздравить с победой. Сиси и "
           "Эрдоган встречались в Катаре в 2024 году."),
    ("uk", "Ердоган запросив Сісі до Анкари після того, як той зателефонував йому, щоб привітати з перемогою. Сісі та "
           "Ердоган зустрічалися в Катарі у 2024 році."),
])
def test_a_call_told_as_the_time_of_an_invitation_is_a_call_of_its_own(lang, text):
    assert {(medium, pair) for medium, pair, _ in medium_partners_and_day(text, lang, MAR_14_2025)} == {
        ("phone", (SISI, ERDOGAN)), ("in_person", (SISI, ERDOGAN))}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Erdogan will invite Sisi after the latter calls him.", set()),
    ("ru", "Эрдоган пригласит Сиси после того, как тот позвонит ему.", set()),
    ("uk", "Ердоган запросить Сісі після того, як той зателефонує йому.", set()),
    ("en", "Putin called Erdogan on Tuesday.", {("phone", (ERDOGAN, PUTIN), "2025-03-11")}),
    # asked to act, not a call: the medium stays the one the meeting told before has
    ("en", "Abiy Ahmed held talks with Ramaphosa in Pretoria on Tuesday. The prime minister called Ramaphosa to "
           "mediate the dispute.", {("in_person", (ABIY, "cyril-ramaphosa"), "2025-03-11")}),
])
def test_a_call_verb_with_a_person_as_its_object(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


YOON, KISHIDA = "yoon-suk-yeol", "fumio-kishida"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida on March 10 shake hands at the official residence "
           "in Tokyo.", {(KISHIDA, YOON)}),
    ("ru", "Юн Сок Ёль и Фумио Кисида 10 марта пожали друг другу руки в Токио.", {(KISHIDA, YOON)}),
    ("uk", "Юн Сок Йоль і Фуміо Кісіда 10 березня потиснули руки в Токіо.", {(KISHIDA, YOON)}),
    # near miss: a handshake to come
    ("en", "Yoon Suk Yeol and Fumio Kishida will shake hands in Tokyo next week.", set()),
])
def test_a_handshake_of_two_leaders_is_a_meeting(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


SUMMER_2017 = date(2017, 6, 25)  # Atambayev still in office


ATAMBAYEV, PUTIN, XI = "almazbek-atambayev", "vladimir-putin", "xi-jinping"


@pytest.mark.parametrize("lang,text,place", [
    ("ru", "Президент Киргизии Алмазбек Атамбаев 20 июня в Кремле провел переговоры с Владимиром Путиным.", "moscow"),
    ("uk", "Президент Киргизстану Алмазбек Атамбаєв 20 червня у Кремлі провів переговори з Володимиром Путіним.",
     "moscow"),
    ("en", "Kyrgyz President Almazbek Atambayev held talks with Vladimir Putin in the Kremlin on June 20.", "moscow"),
    ("en", "Vladimir Putin held talks with Narendra Modi at the White House on June 20.", "washington"),
    # near misses: the seat speaking, not the venue; a city named wins over a seat
    ("ru", "В Кремле заявили, что Алмазбек Атамбаев 20 июня провел переговоры с Владимиром Путиным.", None),
    ("ru", "В Кремле переговоры Алмазбека Атамбаева и Владимира Путина, которые прошли 20 июня, назвали "
           "содержательными.", None),
    ("uk", "У Кремлі переговори Алмазбека Атамбаєва і Володимира Путіна, які відбулися 20 червня, назвали "
           "змістовними.", None),
    ("en", "The Kremlin said Almazbek Atambayev held talks with Vladimir Putin on June 20.", None),
])
def test_a_seat_of_power_as_the_venue_is_in_its_capital(lang, text, place):
    found = day_and_place_by_partners(text, lang, SUMMER_2017)
    assert set(found) == {tuple(sorted((ATAMBAYEV if "Atambayev" in text or "Атамба" in text else "narendra-modi",
                                        PUTIN)))}
    assert [p for _, p in found.values()] == [place]


D = date(2025, 3, 14)


# ---- "A was preceded by B": each side of a verb of order is a meeting of its own, with its own pair and details ----


# ---- "спілкування", "общение": talks with a partner, a call unless told in person -------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сибіга поспілкувався з Сікорським.", {(("andrii-sybiha", "radoslaw-sikorski"), "phone", None)}),
    ("ru", "Сибига пообщался с Сикорским.", {(("andrii-sybiha", "radoslaw-sikorski"), "phone", None)}),
    ("uk", "Зеленський і Туск особисто поспілкувалися у Варшаві.",
     {(("donald-tusk", "volodymyr-zelenskyy"), "in_person", None)}),
    ("ru", "Путин и Мирзиёев лично общались в Москве.",
     {(("shavkat-mirziyoyev", "vladimir-putin"), "in_person", None)}),
    # near misses: journalists are no partner; a wish to talk is no talk
    ("uk", "Сибіга поспілкувався з журналістами.", set()),
    ("ru", "Путин пообщался с журналистами.", set()),
    ("ru", "Сибига хочет пообщаться с Сикорским.", set()),
    ("uk", "Сибіга планує поспілкуватися з Сікорським.", set()),
])
def test_talking_with_a_partner_is_a_meeting_by_phone_unless_told_in_person(lang, text, expected):
    assert partners_medium_and_minutes(text, lang, D) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a word of talking with the place it happened was in person
    ("ru", "Алиев и Пашинян пообщались во время заседания в Казани.",
     {(("ilham-aliyev", "nikol-pashinyan"), "in_person", None)}),
    ("uk", "Алієв і Пашинян поспілкувалися під час засідання в Казані.",
     {(("ilham-aliyev", "nikol-pashinyan"), "in_person", None)}),
    ("en", "Aliyev and Pashinyan talked during the session in Kazan.",
     {(("ilham-aliyev", "nikol-pashinyan"), "in_person", None)}),
    # near miss: no place, a call
    ("ru", "Алиев и Пашинян пообщались во время заседания.", {(("ilham-aliyev", "nikol-pashinyan"), "phone", None)}),
    # "по поводу общения X и Y": the pair's talk, the one glad of it no party to it
    ("ru", "Алиев и Пашинян встретились в Каире. Премьер-министр Пакистана Шахбаз Шариф подошел к ним. Он выразил "
           "радость по поводу общения премьер-министра Армении и президента Азербайджана.",
     {(("ilham-aliyev", "nikol-pashinyan"), "in_person", None)}),
])
def test_talking_in_a_place_was_in_person(lang, text, expected):
    assert partners_medium_and_minutes(text, lang, D) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday Prime Minister Narendra Modi called on President Vladimir Putin."),
    ("en", "Narendra Modi calls on Vladimir Putin at his residence on Wednesday."),
    ("en", "Earlier in the day, Narendra Modi also called upon President Putin."),
    ("en", "On Wednesday Narendra Modi paid a courtesy call on Vladimir Putin."),
    ("ru", "В среду Нарендра Моди нанёс визит вежливости Владимиру Путину."),
    ("uk", "У середу Нарендра Моді наніс візит ввічливості Володимиру Путіну."),
])
def test_calling_on_a_person_is_a_visit_in_person(lang, text):
    assert partners_and_medium(text, lang, MAR_14_2025) == {((MODI, PUTIN), "in_person")}


@pytest.mark.parametrize("lang,text", [
    # urging: the verb with an infinitive after its person
    ("en", "Narendra Modi called on Vladimir Putin to end the fighting."),
    ("en", "On Wednesday Narendra Modi called upon Recep Tayyip Erdogan to reopen the straits."),
    ("ru", "Нарендра Моди призвал Владимира Путина прекратить боевые действия."),
    ("uk", "Нарендра Моді закликав Володимира Путіна припинити бойові дії."),
])
def test_calling_on_a_person_to_act_is_no_meeting(lang, text):
    assert partners_and_medium(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text", [
    # a call noun followed by "on" and a day: still a call
    ("en", "Narendra Modi held a phone call on Wednesday with Vladimir Putin."),
    ("en", "Narendra Modi called Vladimir Putin on Wednesday."),
    ("ru", "Нарендра Моди в среду провёл телефонный разговор с Владимиром Путиным."),
    ("uk", "Нарендра Моді в середу провів телефонну розмову з Володимиром Путіним."),
])
def test_a_call_told_with_on_stays_a_phone_call(lang, text):
    assert partners_and_medium(text, lang, MAR_14_2025) == {((MODI, PUTIN), "phone")}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Narendra Modi called on Vladimir Putin in Moscow on Wednesday.", "moscow"),
    ("ru", "Нарендра Моди в среду нанёс визит вежливости Владимиру Путину в Москве.", "moscow"),
    ("uk", "Нарендра Моді в середу наніс візит ввічливості Володимиру Путіну в Москві.", "moscow"),
])
def test_a_visit_told_by_calling_on_keeps_its_place_and_day(lang, text, place):
    [m] = facts(text, lang, MAR_14_2025).meetings
    assert m.medium == "in_person" and m.place == place
    assert (m.date.year, m.date.month, m.date.day) == (2025, 3, 12)


TAMIM = "tamim-bin-hamad"


TRUSS = "liz-truss"


CALL_DAY = date(2022, 10, 7)


def test_a_telephonic_conversation_is_a_phone_call():
    f = facts("Shah Mahmood Qureshi had a telephonic conversation with Wang Yi on Saturday.", "en", date(2020, 11, 23))
    assert [(m.participants, m.medium) for m in f.meetings] == [(("shah-mahmood-qureshi", "wang-yi"), "phone")]


@pytest.mark.parametrize("text,caller", [
    ("Narendra Modi is the fifth world leader to be called by Mr Donald Trump this week. Earlier, he had made "
     "telephone calls to the leaders of Canada and Mexico.", TRUMP),
    # near miss: no passive, the subject before is the one who goes on
    ("Narendra Modi spoke with Donald Trump on Tuesday. Earlier, he had made telephone calls to the leaders of Canada "
     "and Mexico.", "narendra-modi"),
])
def test_he_who_called_in_the_passive_goes_on_calling(text, caller):
    f = facts(text, "en", date(2017, 1, 25))
    assert {m.participants for m in f.meetings if "canada" in m.participants} == {tuple(sorted(("canada", caller)))}


@pytest.mark.parametrize("text", [
    "Liz Truss spoke to Emir Tamim bin Hamad Al Thani on Friday. Truss updated him on her visit to the European "
    "Political Community meeting in Prague on Thursday. The leaders also welcomed the increased defence and trade "
    "cooperation between the UK and Qatar.",
])
def test_a_call_stays_a_call_when_a_trip_is_briefed_on_and_a_thing_welcomed(text):
    f = facts(text, "en", CALL_DAY)
    assert [(m.participants, m.medium) for m in f.meetings] == [((TRUSS, TAMIM), "phone")]
