"""Invitations that were not given, and guests or hosts that are not: visits already made or under way, expectations
and hopes of something else, refusals of something else, mediation, people and places named beside an invitation who
are no party to it."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, invitations, invitations_as_listed, inviters_and_invitees, partners_who_met

REF = date(2023, 5, 11)


HU, GUEBUZA = "hu-jintao", "armando-guebuza"


@pytest.mark.parametrize("lang,text,expected", [
    # a visit told as under way ("current", "нынешний", "нинішній") is no invitation, whatever future follows it
    ("en", "Hu Jintao said Armando Guebuza's current state visit to China will deepen trust.", set()),
    ("en", "Hu Jintao said that Armando Guebuza's ongoing state visit to China will open a new page.", set()),
    ("ru", "Ху Цзиньтао заявил, что нынешний государственный визит Армандо Гебузы в Китай укрепит связи.", set()),
    ("uk", "Ху Цзіньтао заявив, що нинішній державний візит Армандо Гебузи до Китаю зміцнить зв'язки.", set()),
    # near miss: a visit to come, told by its future, is the host's invitation accepted
    ("en", "Hu Jintao said Armando Guebuza's state visit to China will deepen trust.", {(HU, GUEBUZA, "china")}),
])
def test_a_visit_under_way_is_no_invitation(lang, text, expected):
    assert invitations(text, lang, REF) == expected


MAR_14_2025 = date(2025, 3, 14)  # a Friday


PUTIN, XI, ERDOGAN, SHARIF = "vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "shehbaz-sharif"


ZELENSKY, MACRON, MELONI, MODI = "volodymyr-zelenskyy", "emmanuel-macron", "giorgia-meloni", "narendra-modi"


PEZESHKIAN, RAMAPHOSA = "masoud-pezeshkian", "cyril-ramaphosa"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "During their two-hour summit in Tokyo, Lee Jae-myung and Shigeru Ishiba discussed demographic decline "
           "and a slowing economy.", {("lee-jae-myung", "shigeru-ishiba")}),
    ("en", "Erdogan held talks with Pezeshkian in Ankara on Monday and rejected claims of a rift.",
     {(ERDOGAN, PEZESHKIAN)}),
    ("ru", "Путин провёл переговоры с Си Цзиньпином в Пекине и отклонил обвинения Запада.", {(PUTIN, XI)}),
    ("uk", "Зеленський провів переговори з Макроном у Парижі та відкинув звинувачення Кремля.",
     {(MACRON, ZELENSKY)}),
    # near misses: the refusal governs the visit, or names the invitation
    ("en", "Lula rejected a visit to Russia and spoke with Putin by phone on Monday.",
     {("luiz-inacio-lula-da-silva", PUTIN)}),
    ("en", "Lula declined the invitation to a summit in Moscow with Putin.", set()),
])
def test_a_bare_refusal_verb_is_no_invitation_unless_it_governs_the_visit(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


FEB_3_2026 = date(2026, 2, 3)


# near misses: a person after the list who reports it, or who is only named in a later clause, is no guest
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Xi Jinping invited Narendra Modi to Beijing, Brazilian President Lula da Silva said.",
     {("xi-jinping", "narendra-modi", "beijing")}),
    ("ru", "Си Цзиньпин пригласил Нарендру Моди в Пекин, а президент Бразилии Лула да Силва отказался от поездки.",
     {("xi-jinping", "narendra-modi", "beijing")}),
    ("uk", "Сі Цзіньпін запросив Нарендру Моді до Пекіна, про це повідомив президент Бразилії Лула да Сілва.",
     {("xi-jinping", "narendra-modi", "beijing")}),
])
def test_a_person_told_after_the_guest_but_not_listed_is_no_guest(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,places", [
    # the state a city lies in only qualifies it
    ("en", "Anwar Ibrahim will visit Shanghai in China in May.", {"shanghai"}),
    # a place of a later clause about someone else is no stop of the trip
    ("en", "Anwar Ibrahim will visit Vietnam in May, and Putin will go to Cambodia.", {"vietnam"}),
    ("ru", "Анвар Ибрагим посетит Вьетнам в мае, а Путин отправится в Камбоджу.", {"vietnam"}),
    ("uk", "Анвар Ібрагім відвідає В'єтнам у травні, а Путін вирушить до Камбоджі.", {"vietnam"}),
])
def test_a_place_not_listed_with_the_first_is_no_stop_of_the_trip(lang, text, places):
    assert {i[2] for i in invitations(text, lang, FEB_3_2026) if i[1] == "anwar-ibrahim"} == places


HOPING_NEAR_MISSES = [
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he hopes to host the summit next year."),
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said India hopes to host the G20 summit."),
]


@pytest.mark.parametrize("lang,text", HOPING_NEAR_MISSES)
def test_hoping_to_host_an_event_invites_nobody(lang: str, text: str) -> None:
    assert invitations_as_listed(text, lang, MAR_14_2025) == []


UPCOMING_VISIT_NEAR_MISSES = [
    ("en", "An adviser recalled the visit of President Sheikh Mohammed bin Zayed Al Nahyan to the United States "
           "last year."),  # a visit made
    ("en", "An adviser stressed the importance of the upcoming visit of President Sheikh Mohammed bin Zayed Al "
           "Nahyan to the United Arab Emirates."),  # at home
    ("ru", "Советник вспомнил о визите президента ОАЭ шейха Мухаммеда бен Зайда Аль Нахайяна в Соединенные Штаты "
           "в прошлом году."),
]


@pytest.mark.parametrize("lang,text", UPCOMING_VISIT_NEAR_MISSES)
def test_a_past_or_home_visit_of_a_long_titled_guest_invites_nobody(lang: str, text: str) -> None:
    assert invitations_as_listed(text, lang, MAR_14_2025) == []


SUMMIT_OF_PARTIES = [
    ("uk", "Президент Аргентини Хав'єр Мілей запропонував президенту України Володимиру Зеленському провести мирний "
           "саміт Аргентини з Латинською Америкою."),
    ("ru", "Президент Аргентины Хавьер Милей предложил президенту Украины Владимиру Зеленскому провести саммит "
           "Аргентины и Латинской Америки."),
    ("en", "Argentine President Javier Milei proposed to Ukrainian President Volodymyr Zelensky to hold a summit of "
           "Argentina and Latin America."),
]


@pytest.mark.parametrize("lang,text", SUMMIT_OF_PARTIES)
def test_a_summit_offered_with_the_state_as_a_party_is_no_invitation(lang: str, text: str) -> None:
    assert invitations_as_listed(text, lang, MAR_14_2025) == []


FIRST_COUNTRY_NEAR_MISSES = [
    ("en", "President Ferdinand Marcos said Indonesia is a country where he would visit relatives."),
    ("en", "President Ferdinand Marcos said Indonesia is a country he would never visit."),
    ("ru", "Президент Фердинанд Маркос сказал, что Индонезия - страна, где он посетит родственников."),
    ("uk", "Президент Фердинанд Маркос сказав, що Індонезія - країна, де він відвідає родичів."),
]


@pytest.mark.parametrize("lang,text", FIRST_COUNTRY_NEAR_MISSES)
def test_a_country_where_someone_visits_something_else_invites_nobody(lang: str, text: str) -> None:
    assert invitations_as_listed(text, lang, MAR_14_2025) == []


ONE_ADDRESSEE_NEAR_MISSES = [
    # one person before "him": the plural rule does not apply, the usual one does
    ("en", "Putin sent a letter to Xi, inviting him to Moscow.", {("vladimir-putin", "xi-jinping")}),
    ("en", "Putin spoke to Xi and invited him to Moscow.", {("vladimir-putin", "xi-jinping")}),
]


@pytest.mark.parametrize("lang,text,expected", ONE_ADDRESSEE_NEAR_MISSES)
def test_a_single_addressee_inviting_him_stays_the_only_guest(lang: str, text: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert inviters_and_invitees(text, lang, MAR_14_2025) == expected


DATIVE_NEAR_MISSES = [
    ("ru", "Токаев рассказал о беседе с Путиным и пригласил посетить Астану всех желающих."),  # no dative person
    ("ru", "Токаев сообщил Путину, что Макрон пригласил посетить Париж."),  # the addressee is not the guest
]


@pytest.mark.parametrize("lang,text", DATIVE_NEAR_MISSES)
def test_no_dative_addressee_no_guest(lang: str, text: str) -> None:
    found = inviters_and_invitees(text, lang, MAR_14_2025)
    assert not any(inviter and invitee == "vladimir-putin" for inviter, invitee in found)


DECLINE_NEAR_MISSES = [
    ("en", "Lula refused to comment on the visit of Putin to Brazil."),  # refusing to comment, no invitation
    ("ru", "Лула отказался комментировать визит Путина в Бразилию."),
]


@pytest.mark.parametrize("lang,text", DECLINE_NEAR_MISSES)
def test_refusing_something_else_is_no_invitation(lang: str, text: str) -> None:
    assert facts(text, lang, MAR_14_2025).invitations == ()


@pytest.mark.parametrize("lang,text", [
    # a place named before the thanks ("coming to Lima, to Peru") thanks nobody: the one quoted is the guest
    ("en", "President Dina Boluarte invited President Ferdinand Marcos Jr. to visit Peru. \"We look forward to coming "
           "to Lima, to Peru for the summit, and thank you for your kind invitation to come and mark the anniversary "
           "of the relations between Peru and the Philippines,\" Marcos said."),
    ("ru", "Президент Дина Болуарте пригласила президента Фердинанда Маркоса-младшего посетить Перу. «Мы ждем поездки "
           "в Лиму, в Перу на саммит, и спасибо за ваше любезное приглашение отметить годовщину отношений Перу и "
           "Филиппин», — сказал Маркос."),
    ("uk", "Президентка Діна Болуарте запросила президента Фердинанда Маркоса-молодшого відвідати Перу. «Ми чекаємо "
           "поїздки до Ліми, до Перу на саміт, і дякуємо за ваше люб'язне запрошення відзначити річницю відносин Перу "
           "та Філіппін», — сказав Маркос."),
])
def test_a_place_named_before_thanks_for_an_invitation_is_no_guest(lang, text):
    assert all(i.invitee != "peru" for i in facts(text, lang, FEB_3_2026).invitations)
    assert ("dina-boluarte", "peru") in {(i.inviter, i.destination) for i in facts(text, lang, FEB_3_2026).invitations}


@pytest.mark.parametrize("lang,text,expected", [
    # the person a received invitation is attributed to after a comma or dash says it, and sent nothing
    ("uk", "Віткофф отримав запрошення відвідати Україну, - Сибіга", {(None, "steve-witkoff", "ukraine")}),
    ("ru", "Уиткофф получил приглашение посетить Украину, - Сибига", {(None, "steve-witkoff", "ukraine")}),
    # near misses: the sender right after the noun, in the genitive
    ("uk", "Віткофф отримав запрошення Сибіги відвідати Україну.", {("andrii-sybiha", "steve-witkoff", "ukraine")}),
    ("ru", "Уиткофф получил приглашение Сибиги посетить Украину.", {("andrii-sybiha", "steve-witkoff", "ukraine")}),
])
def test_the_one_a_received_invitation_is_attributed_to_did_not_send_it(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


def _frames(text: str, lang: str) -> set[tuple[str | None, str, str | None, str | None]]:
    return {(i.inviter, i.invitee, i.destination, i.time_frame.start.iso() if i.time_frame else None)
            for i in facts(text, lang, MAR_14_2025).invitations}


WIDODO, XI = "joko-widodo", "xi-jinping"


@pytest.mark.parametrize("lang,text,expected", [
    # the day of the week before the article's date is when the invitation was given, not when the guest comes: the
    # invitation told again that day is the same one
    ("en", "Joko Widodo has extended an invitation to Xi Jinping to visit Indonesia in November. Widodo extended the "
           "invitation to Xi during a meeting in Beijing on Tuesday evening.", {(WIDODO, XI, "indonesia", "2025-11")}),
    ("ru", "Видодо пригласил Си Цзиньпина посетить Индонезию в ноябре. Видодо передал приглашение Си во время "
           "встречи в Пекине во вторник вечером.", {(WIDODO, XI, "indonesia", "2025-11")}),
    ("uk", "Відодо запросив Сі Цзіньпіна відвідати Індонезію в листопаді. Відодо передав запрошення Сі під час "
           "зустрічі в Пекіні у вівторок увечері.", {(WIDODO, XI, "indonesia", "2025-11")}),
    ("en", "Joko Widodo invited Xi Jinping on Tuesday to visit Indonesia.", {(WIDODO, XI, "indonesia", None)}),
    ("ru", "Видодо во вторник пригласил Си Цзиньпина посетить Индонезию.", {(WIDODO, XI, "indonesia", None)}),
    ("uk", "Відодо у вівторок запросив Сі Цзіньпіна відвідати Індонезію.", {(WIDODO, XI, "indonesia", None)}),
    # near misses: a day after the article's date is when the guest is to come
    ("en", "Joko Widodo invited Xi Jinping to visit Indonesia on 20 March.", {(WIDODO, XI, "indonesia", "2025-03-20")}),
    ("ru", "Видодо пригласил Си Цзиньпина посетить Индонезию 20 марта.", {(WIDODO, XI, "indonesia", "2025-03-20")}),
    ("uk", "Відодо запросив Сі Цзіньпіна відвідати Індонезію 20 березня.", {(WIDODO, XI, "indonesia", "2025-03-20")}),
])
def test_the_day_an_invitation_was_given_is_no_time_frame(lang, text, expected):
    assert _frames(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("uk", "Моді зустрівся з Путіним. Моді заявив, що з нетерпінням чекає на саміт в Індії."),
    ("en", "Modi met Putin on Monday. He said he looks forward to the summit in India."),
])
def test_awaiting_an_event_invites_nobody(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


def test_a_visit_already_made_is_no_invitation():
    assert invitations("Эрдоган сообщил, что Турцию посетил Путин.", "ru", MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "Erdogan has repeatedly offered to host direct talks between Putin and Zelensky in Turkey."),
    ("ru", "Эрдоган предложил провести в Турции переговоры между Путиным и Зеленским."),
])
def test_offering_to_host_talks_between_others_is_mediation_not_an_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


# ------------------------------------------------------------------------------------------ invitations

@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський заявив, що Україна розраховує на відповідну підтримку від партнерів у Вашингтоні."),
    ("uk", "Моді сказав, що з нетерпінням чекає на можливість розвинути розмови з Зеленським, перед від'їздом з "
           "Делі."),
    ("ru", "Токаев заявил, что Казахстан рассчитывает на поддержку партнеров из Китая."),
    ("ru", "Путин сказал, что ждет возможности продолжить диалог с Си Цзиньпином в Пекине."),
    ("en", "Ramaphosa said the visa waiver deal is expected to ease travel for officials from Nigeria."),
    ("en", "Erdogan said Turkey is counting on support from Ukraine."),
])
def test_an_expectation_of_something_other_than_a_guest_is_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин заявил, что ждет Моди в России.", ("vladimir-putin", "narendra-modi", "russia")),
    ("uk", "Зеленський заявив, що розраховує на візит Моді в Україну.",
     ("volodymyr-zelenskyy", "narendra-modi", "ukraine")),
    ("ru", "Эрдоган сказал, что в Анкаре рассчитывают, что Путин посетит Турцию.",
     ("recep-tayyip-erdogan", "vladimir-putin", "turkey")),
    ("en", "Modi said India is counting on Putin to visit this year.", ("narendra-modi", "vladimir-putin", "india")),
])
def test_an_expectation_of_a_guest_stays_an_invitation(lang, text, expected):
    assert expected in invitations(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ramaphosa said South Africa accepted China's invitation to upgrade its strategic partnership."),
    ("ru", "Токаев сообщил, что Казахстан принял приглашение Китая присоединиться к инициативе."),
    ("uk", "Токаєв повідомив, що Казахстан прийняв запрошення Китаю долучитися до ініціативи."),
    ("en", "Putin invited Tokayev to join the alliance."),
    ("ru", "Путин пригласил Казахстан присоединиться к союзу."),
])
def test_an_invitation_to_do_something_other_than_come_is_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ramaphosa said he accepted Xi's invitation to visit China.", ("xi-jinping", "cyril-ramaphosa", "china")),
    ("ru", "Токаев принял приглашение Си Цзиньпина посетить Китай.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
    ("uk", "Токаєв прийняв запрошення Сі Цзіньпіна відвідати Китай.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
])
def test_an_invitation_to_come_after_the_hosts_name_stays_an_invitation(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "Modi said he hoped to see Putin in Moscow soon."),
    ("ru", "Моди выразил надежду увидеть Путина в Москве."),
    ("uk", "Моді висловив сподівання побачити Путіна в Москві."),
    ("en", "Modi said he hoped to see Putin soon."),
    ("ru", "Путин сказал, что надеется увидеть Моди в ближайшее время."),
])
def test_hoping_to_see_someone_in_his_own_country_or_nowhere_is_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev paid a state visit to Uzbekistan last year."),
    ("ru", "Токаев совершил государственный визит в Узбекистан в прошлом году."),
    ("uk", "Токаєв здійснив державний візит до Узбекистану минулого року."),
])
def test_a_state_visit_paid_is_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


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
    assert invitations(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "Sergey Lavrov met Narendra Modi in Delhi. Lavrov and Modi discussed trade. The foreign minister invited "
           "Lavrov to visit India again."),
    ("ru", "Сергей Лавров встретился с Нарендрой Моди в Дели. Лавров и Моди обсудили торговлю. Министр иностранных дел "
           "пригласил Лаврова посетить Индию снова."),
])
def test_a_title_only_the_guest_holds_names_no_host(lang, text):
    assert all(inviter != "sergey-lavrov" for inviter, _, _ in invitations(text, lang, MAR_14_2025))


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин в ходе встречи с Моди пригласил того же посетить Россию."),
    ("ru", "Путин в ходе встречи с Моди пригласил того, кто победит на выборах, посетить Россию."),
    ("uk", "Зеленський під час зустрічі з Моді запросив того ж відвідати Україну."),
])
def test_a_demonstrative_pointing_elsewhere_names_no_guest(lang, text):
    assert ("vladimir-putin", "narendra-modi", "russia") not in invitations(text, lang, MAR_14_2025)
    assert ("volodymyr-zelenskyy", "narendra-modi", "ukraine") not in invitations(text, lang, MAR_14_2025)


# ---- "invited X to Ukraine and himself received an invitation to China": the subject is the second guest ---------


# ---- "received X, who arrived on a state visit": the visit held is a meeting, no invitation -----------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Мирзиёев принял Токаева, прибывшего в Узбекистан с государственным визитом.", set()),
    ("uk", "Мірзійоєв прийняв Токаєва, який прибув до Узбекистану з державним візитом.", set()),
    ("en", "Biden hosted Ruto for a state visit.", set()),
    # near misses: a host verb in the future announces the visit, an invitation by the host
    ("ru", "Си Цзиньпин примет Путина с государственным визитом в мае.", {("xi-jinping", "vladimir-putin", "china")}),
    ("uk", "Сі Цзіньпін прийме Путіна з державним візитом у травні.", {("xi-jinping", "vladimir-putin", "china")}),
    ("en", "Biden will host Ruto for a state visit in May.", {("joe-biden", "william-ruto", "united-states")}),
])
def test_a_visit_received_is_no_invitation_a_visit_to_be_received_is(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


MAY_15_2024 = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("lang,text,inviter", [
    # who tells of the invitation, after a comma or a dash, did not send it
    ("uk", "Віткофф отримав запрошення відвідати Україну, - Сибіга", None),
    ("ru", "Уиткофф получил приглашение посетить Украину, – Сибига", None),
    ("en", "Witkoff received an invitation to visit Ukraine - Sybiha", None),
    # near misses: the sender in the genitive right after the noun, or after "from"
    ("uk", "Віткофф отримав запрошення прем'єр-міністра України Юлії Свириденко.", "yulia-svyrydenko"),
    ("ru", "Моди получил приглашение президента России Владимира Путина.", "vladimir-putin"),
    ("en", "Modi received an invitation from Putin to visit Russia.", "vladimir-putin"),
])
def test_the_one_quoted_after_a_received_invitation_is_no_inviter(lang, text, inviter):
    (invitation,) = facts(text, lang, MAY_15_2024).invitations
    assert invitation.inviter == inviter


@pytest.mark.parametrize("lang,text", [
    ("uk", "Також, за словами президента, Україна розраховує на активну участь азербайджанського"),
    ("ru", "Также, по словам президента, Украина рассчитывает на активное участие азербайджанского"),
    ("en", "According to the president, Ukraine counts on the active participation of the Azerbaijani"),
])
def test_the_source_of_what_is_told_is_no_guest(lang, text):
    assert all(i.invitee != "volodymyr-zelenskyy" for i in facts(text, lang, MAY_15_2024).invitations)


@pytest.mark.parametrize("lang,text", [
    ("en", "Cyril Ramaphosa sent a letter to Muhammadu Buhari."),
    ("ru", "Путин направил Токаеву письмо."),
    ("uk", "Зеленський надіслав лист Орбану."),
])
def test_a_letter_alone_is_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev met Berdimuhamedov. Tokayev recalled his official visit to Turkmenistan last year."),
    ("en", "Tokayev met Berdimuhamedov. Tokayev said his government is working on the gas pipeline to Turkmenistan."),
    ("ru", "Токаев провел переговоры с Бердымухамедовым. Он вспомнил о своем визите в Туркменистан."),
    ("uk", "Токаєв провів переговори з Бердимухамедовим. Він згадав свій візит до Туркменістану."),
])
def test_a_possessive_visit_neither_prepared_nor_upcoming_is_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сибига пригласил Ван И посетить Украину, а сам отказался от комментариев."),
    ("uk", "Сибіга запросив Ван І відвідати Україну, а сам відмовився від коментарів."),
    ("en", "Sybiha invited Wang Yi to visit Ukraine and himself declined to comment."),
])
def test_a_joined_clause_of_another_act_adds_no_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("andrii-sybiha", "wang-yi", "ukraine")}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Си Цзиньпин примет Путина с государственным визитом в мае.", {("xi-jinping", "vladimir-putin", "china")}),
    ("uk", "Сі Цзіньпін прийме Путіна з державним візитом.", {("xi-jinping", "vladimir-putin", "china")}),
    ("en", "Biden will host Ruto for a state visit in May.", {("joe-biden", "william-ruto", "united-states")}),
    # near misses: the host received the guest already, the visit is being held, no invitation is told
    ("ru", "Мирзиёев принял Токаева, прибывшего в Узбекистан с государственным визитом.", set()),
    ("uk", "Сі Цзіньпін прийняв Путіна з державним візитом.", set()),
    ("en", "Biden hosted Ruto for a state visit on Monday.", set()),
])
def test_a_host_receiving_a_guest_invites_only_while_the_visit_is_ahead(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Argentine Foreign Minister Diana Mondino welcomed Blinken's visit to Buenos Aires.", set()),
    ("ru", "Министр иностранных дел Аргентины Диана Мондино приветствовала визит Блинкена в Буэнос-Айрес.", set()),
    ("uk", "Міністерка закордонних справ Аргентини Діана Мондіно привітала візит Блінкена до Буенос-Айреса.", set()),
    # near miss: a guest welcomed to come is invited
    ("en", "Mondino met Blinken. Mondino welcomed Blinken to visit Argentina again.",
     {("diana-mondino", "antony-blinken", "argentina")}),
])
def test_a_visit_welcomed_is_no_request_to_come(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trump made such an invitation and said he would be glad to see (Putin) in the White House.",
     ("donald-trump", "united-states")),
    ("ru", "Трамп сказал, что будет рад видеть (Путина) в Белом доме.", ("donald-trump", "united-states")),
    ("uk", "Трамп сказав, що буде радий бачити (Путіна) у Білому домі.", ("donald-trump", "united-states")),
])
def test_nobody_invites_his_own_state(lang, text, expected):
    assert not {i for i in invitations(text, lang, MAR_14_2025) if (i[0], i[1]) == expected}


def test_another_leaders_state_may_still_be_invited():
    assert invitations("Эрдоган пригласил украинскую делегацию в Стамбул.", "ru", MAR_14_2025) == {
        ("recep-tayyip-erdogan", "ukraine", "istanbul")}


WELCOME_NEAR_MISSES = [
    ("ru", "Рамафоса прибыл в Москву. «Рад приветствовать Вас в Москве», — сказал Путин."),
    ("uk", "Рамафоса прибув до Москви. «Радий вітати Вас у Москві», — сказав Путін."),
    ("en", "Ramaphosa arrived in Moscow. \"Glad to welcome you in Moscow,\" Putin said."),
    ("ru", "Путин поздравил Рамафосу. «Ждем саммита БРИКС в Казани», — сказал Путин."),
]


@pytest.mark.parametrize("lang,text", WELCOME_NEAR_MISSES)
def test_a_welcome_at_arrival_or_an_event_awaited_is_no_invitation(lang: str, text: str) -> None:
    assert not invitations_as_listed(text, lang, MAR_14_2025)
