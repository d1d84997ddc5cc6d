"""Invitations told through structure rather than wording: a state, capital or side as the inviter, a guest told
only as a pronoun of the sentence before, a round of talks offered a venue, a visit in preparation or agreed.

The sentences are invented, in ru, uk and en, about many leader pairs; each table has near misses that must give
nothing.
"""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _invitations(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations}


# (lang, text, inviter, invitee, destination): a capital or a state body that acts stands for its state
STATE_INVITERS = [
    ("en", "Ankara invited Putin to visit Turkey in the spring.", "turkey", "vladimir-putin", "turkey"),
    ("en", "Beijing has invited Lula to the summit in Tianjin.", "china", "luiz-inacio-lula-da-silva", "tianjin"),
    ("en", "The Kremlin invited Modi to attend the Victory Day parade in Moscow.", "russia", "narendra-modi",
     "moscow"),
    ("en", "The Slovak side invited Zelensky to visit Bratislava.", "slovakia", "volodymyr-zelenskyy", "bratislava"),
    ("ru", "Анкара пригласила Путина посетить Турцию весной.", "turkey", "vladimir-putin", "turkey"),
    ("ru", "Пекин пригласил Лулу на саммит в Тяньцзине.", "china", "luiz-inacio-lula-da-silva", "tianjin"),
    ("ru", "Кремль пригласил Моди принять участие в параде Победы в Москве.", "russia", "narendra-modi", "moscow"),
    ("ru", "Словацкая сторона пригласила Зеленского посетить Братиславу.", "slovakia", "volodymyr-zelenskyy",
     "bratislava"),
    ("uk", "Анкара запросила Путіна відвідати Туреччину навесні.", "turkey", "vladimir-putin", "turkey"),
    ("uk", "Пекін запросив Лулу на саміт у Тяньцзіні.", "china", "luiz-inacio-lula-da-silva", "tianjin"),
    ("uk", "Кремль запросив Моді взяти участь у параді Перемоги в Москві.", "russia", "narendra-modi", "moscow"),
    ("uk", "Словацька сторона запросила Зеленського відвідати Братиславу.", "slovakia", "volodymyr-zelenskyy",
     "bratislava"),
]


@pytest.mark.parametrize("lang,text,inviter,invitee,destination", STATE_INVITERS)
def test_a_capital_or_side_that_invites_is_its_state(lang, text, inviter, invitee, destination):
    assert _invitations(text, lang) == {(inviter, invitee, destination)}


@pytest.mark.parametrize("lang,text", [
    ("en", "In Ankara, officials invited reporters to a briefing."),
    ("ru", "В Анкаре пригласили журналистов на брифинг."),
    ("uk", "В Анкарі запросили журналістів на брифінг."),
])
def test_a_capital_that_is_only_the_place_invites_nobody(lang, text):
    assert _invitations(text, lang) == set()


# the guest told only as "him", "его", "його": the person of the sentence before who is not the host
PRONOUN_GUESTS = [
    ("en", "Zelensky met Fico in Uzhhorod on Friday. He invited him to visit Kyiv.",
     ("volodymyr-zelenskyy", "robert-fico", "kyiv")),
    ("en", "Xi Jinping spoke with Lula by phone. Xi invited him to visit China next year.",
     ("xi-jinping", "luiz-inacio-lula-da-silva", "china")),
    ("en", "Orban held talks with Tokayev in Astana. The Hungarian prime minister invited him to Budapest.",
     ("viktor-orban", "kassym-jomart-tokayev", "budapest")),
    ("en", "Fico arrived in Uzhhorod on Friday. Zelensky invited him to visit Kyiv.",
     ("volodymyr-zelenskyy", "robert-fico", "kyiv")),
    ("ru", "Зеленский встретился с Фицо в Ужгороде. Он пригласил его посетить Киев.",
     ("volodymyr-zelenskyy", "robert-fico", "kyiv")),
    ("ru", "Си Цзиньпин провел телефонный разговор с Лулой. Си пригласил его посетить Китай.",
     ("xi-jinping", "luiz-inacio-lula-da-silva", "china")),
    ("ru", "Токаев провел переговоры с Орбаном. Казахстанский лидер пригласил его посетить Астану.",
     ("kassym-jomart-tokayev", "viktor-orban", "astana")),
    ("uk", "Зеленський зустрівся з Фіцо в Ужгороді. Він запросив його відвідати Київ.",
     ("volodymyr-zelenskyy", "robert-fico", "kyiv")),
    ("uk", "Сі Цзіньпін провів телефонну розмову з Лулою. Сі запросив його відвідати Китай.",
     ("xi-jinping", "luiz-inacio-lula-da-silva", "china")),
    ("uk", "Токаєв провів переговори з Орбаном. Казахстанський лідер запросив його відвідати Астану.",
     ("kassym-jomart-tokayev", "viktor-orban", "astana")),
    # an unnamed counterpart stands for the other person the same way
    ("ru", "Президент Ганы Джон Махама провел разговор с Путиным. Российский лидер пригласил африканского коллегу "
           "посетить Москву.", ("vladimir-putin", "john-mahama", "moscow")),
    ("uk", "Президент Гани Джон Махама провів розмову з Путіним. Російський лідер запросив африканського колегу "
           "відвідати Москву.", ("vladimir-putin", "john-mahama", "moscow")),
    ("en", "Ghana's President John Mahama spoke with Putin. The Russian leader invited his counterpart to visit "
           "Moscow.", ("vladimir-putin", "john-mahama", "moscow")),
]


@pytest.mark.parametrize("lang,text,expected", PRONOUN_GUESTS)
def test_a_pronoun_guest_is_the_other_person_of_the_sentence_before(lang, text, expected):
    assert _invitations(text, lang) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Зеленский встретился с Фицо. Он пригласил его коллегу на переговоры."),
    ("uk", "Зеленський зустрівся з Фіцо. Він запросив його колегу на переговори."),
    ("en", "Zelensky arrived in Uzhhorod. He invited him to visit Kyiv."),
    ("ru", "Путин пригласил своего коллегу посетить Москву."),
])
def test_a_pronoun_with_no_other_person_before_or_a_possessive_gives_no_guest(lang, text):
    assert _invitations(text, lang) == set()


# a round of talks already under way, offered a venue: each party is invited by the one who says it
HOSTED_ROUNDS = [
    ("en", "Erdogan said Turkey is ready to host the next round of talks between Russia and Ukraine.",
     {("recep-tayyip-erdogan", "russia", "turkey"), ("recep-tayyip-erdogan", "ukraine", "turkey")}),
    ("en", "Qatar offered to host a new round of negotiations between Iran and the United States.",
     {("qatar", "iran", "qatar"), ("qatar", "united-states", "qatar")}),
    ("ru", "Эрдоган заявил, что Турция готова принять следующий раунд переговоров России и Украины.",
     {("recep-tayyip-erdogan", "russia", "turkey"), ("recep-tayyip-erdogan", "ukraine", "turkey")}),
    ("ru", "Катар предложил провести новый раунд переговоров между Израилем и Ираном в Дохе.",
     {("qatar", "israel", "qatar"), ("qatar", "iran", "qatar")}),
    ("uk", "Ердоган заявив, що Туреччина готова прийняти наступний раунд переговорів між Росією та Україною.",
     {("recep-tayyip-erdogan", "russia", "turkey"), ("recep-tayyip-erdogan", "ukraine", "turkey")}),
    ("uk", "Делегації України, Росії та США провели переговори в Абу-Дабі. Ердоган заявив, що Туреччина готова "
           "прийняти наступний раунд переговорів у тристоронньому форматі.",
     {("recep-tayyip-erdogan", p, "turkey") for p in ("ukraine", "russia", "united-states")}),
]


@pytest.mark.parametrize("lang,text,expected", HOSTED_ROUNDS)
def test_hosting_the_next_round_of_talks_invites_each_party(lang, text, expected):
    assert _invitations(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Erdogan has repeatedly offered to host direct talks between Putin and Zelensky in Turkey."),
    ("en", "Erdogan said Turkey is not ready to host the next round of talks between Russia and Ukraine."),
    ("ru", "Катар провел новый раунд переговоров между Израилем и Ираном в Дохе."),
    ("uk", "Туреччина прийняла делегації Росії та України."),
    # a trilateral round whose three parties the sentences before do not name
    ("uk", "Зеленський і Ердоган обговорили ситуацію навколо Ірану. Ердоган заявив, що Туреччина готова прийняти "
           "наступний раунд переговорів у тристоронньому форматі."),
])
def test_a_mediation_offer_or_a_round_held_invites_nobody(lang, text):
    assert _invitations(text, lang) == set()


# "looks forward to hosting X": the host's speaker, before or after the quote
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ramaphosa said South Africa looks forward to hosting Lula at the summit next year.",
     ("cyril-ramaphosa", "luiz-inacio-lula-da-silva", "south-africa")),
    ("en", "South Africa looks forward to hosting Trump at the G20 summit next year, Ramaphosa said.",
     ("cyril-ramaphosa", "donald-trump", "south-africa")),
])
def test_looking_forward_to_hosting_a_guest_at_a_summit_is_the_speakers_invitation(lang, text, expected):
    assert _invitations(text, lang) == {expected}


# a visit in preparation or agreed: the host (its leader where named, else the state) invites the guest
PREPARED_VISITS = [
    ("en", "A visit by Putin to India is being prepared, Peskov said.", ("india", "vladimir-putin", "india")),
    ("en", "The two leaders agreed on a visit by Modi to Russia later this year.",
     ("russia", "narendra-modi", "russia")),
    ("en", "Preparations are under way for Erdogan's visit to Moscow.", ("russia", "recep-tayyip-erdogan", "moscow")),
    ("en", "Putin met Modi in Kazan. Preparations are under way for Modi's visit to Russia.",
     ("vladimir-putin", "narendra-modi", "russia")),
    ("ru", "Готовится визит Путина в Индию, сообщил Песков.", ("india", "vladimir-putin", "india")),
    ("ru", "Лидеры договорились о визите Моди в Россию в этом году.", ("russia", "narendra-modi", "russia")),
    ("ru", "Идет подготовка к визиту Эрдогана в Москву.", ("russia", "recep-tayyip-erdogan", "moscow")),
    ("uk", "Готується візит Путіна до Індії, повідомив Пєсков.", ("india", "vladimir-putin", "india")),
    ("uk", "Лідери домовилися про візит Моді до Росії цього року.", ("russia", "narendra-modi", "russia")),
    ("uk", "Триває підготовка до візиту Ердогана до Москви.", ("russia", "recep-tayyip-erdogan", "moscow")),
    ("ru", "В Кремле сообщили о запланированном визите Моди в Россию.", ("russia", "narendra-modi", "russia")),
]


@pytest.mark.parametrize("lang,text,expected", PREPARED_VISITS)
def test_a_visit_in_preparation_or_agreed_is_the_hosts_invitation(lang, text, expected):
    found = facts(text, lang, REF).invitations
    assert {(i.inviter, i.invitee, i.destination) for i in found} == {expected}
    assert all(i.accepted for i in found)


@pytest.mark.parametrize("lang,text", [
    ("en", "Peskov said no visit by Putin to India is being prepared."),
    ("en", "Modi's visit to Russia was a success."),
    ("ru", "Песков заявил, что подготовка к визиту Путина в Индию не ведется."),
    ("ru", "Визит Путина в Индию прошел успешно."),
    ("uk", "Пєсков заявив, що підготовка до візиту Путіна до Індії не ведеться."),
    ("uk", "Візит Путіна до Індії пройшов успішно."),
    ("ru", "Помимо России, Лула запланировал поездку в Китай, где встретится с Си Цзиньпином."),
    ("uk", "Крім Росії, Лула запланував поїздку до Китаю, де зустрінеться з Сі Цзіньпіном."),
])
def test_a_visit_denied_made_or_only_planned_by_the_guest_is_no_invitation(lang, text):
    assert _invitations(text, lang) == set()


# a known person named in full, then by one word of the name: the same person, even where that word is another
# known person's surname
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "South Korean President Lee Jae-myung met Takaichi in Tokyo. Lee invited Takaichi to visit Seoul.",
     ("lee-jae-myung", "sanae-takaichi", "seoul")),
    ("en", "Malaysian Prime Minister Anwar Ibrahim met Xi Jinping. Anwar invited Xi to visit Malaysia.",
     ("anwar-ibrahim", "xi-jinping", "malaysia")),
    ("ru", "Премьер-министр Киргизии Акылбек Жапаров встретился с Путиным. Жапаров пригласил Путина посетить "
           "Бишкек.", ("akylbek-japarov", "vladimir-putin", "bishkek")),
    ("uk", "Прем'єр-міністр Киргизстану Акилбек Жапаров зустрівся з Путіним. Жапаров запросив Путіна відвідати "
           "Бішкек.", ("akylbek-japarov", "vladimir-putin", "bishkek")),
])
def test_one_word_of_a_name_told_in_full_before_is_that_person(lang, text, expected):
    assert _invitations(text, lang) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "Sadyr Japarov and Akylbek Japarov met Putin in Bishkek. Japarov invited Putin to visit Bishkek."),
    ("en", "Anwar Ibrahim met Xi Jinping. Ibrahim Traore invited Xi to visit Burkina Faso."),
])
def test_a_word_of_two_names_or_of_another_full_name_is_not_the_first_person(lang, text):
    assert all(i.inviter != "akylbek-japarov" and i.inviter != "anwar-ibrahim"
               for i in facts(text, lang, REF).invitations)


# more structure: a subject pronoun after the one named ("in the talk with Orban he invited him"), an invitation
# for someone handed to another who carries it, a visit awaited, a welcome awaited
@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський провів низку розмов. У розмові з угорським прем'єром Віктором Орбаном він також запросив його "
           "відвідати Україну.", ("volodymyr-zelenskyy", "viktor-orban", "ukraine")),
    ("ru", "Зеленский провел ряд разговоров. В разговоре с венгерским премьером Виктором Орбаном он также пригласил "
           "его посетить Украину.", ("volodymyr-zelenskyy", "viktor-orban", "ukraine")),
    ("en", "Zelensky held several calls. In a call with Hungarian Prime Minister Viktor Orban he also invited him to "
           "visit Ukraine.", ("volodymyr-zelenskyy", "viktor-orban", "ukraine")),
    ("uk", "Зеленський передав Блінкену запрошення для Байдена приїхати до України.",
     ("volodymyr-zelenskyy", "joe-biden", "ukraine")),
    ("ru", "Зеленский передал Блинкену приглашение для Байдена приехать в Украину.",
     ("volodymyr-zelenskyy", "joe-biden", "ukraine")),
    ("en", "Trump is awaiting Zelensky's visit at the end of August.",
     ("donald-trump", "volodymyr-zelenskyy", "united-states")),
    ("uk", "Байден з нетерпінням чекає можливості вітати Зеленського в Білому домі.",
     ("joe-biden", "volodymyr-zelenskyy", "united-states")),
    ("ru", "Байден с нетерпением ждет возможности приветствовать Зеленского в Белом доме.",
     ("joe-biden", "volodymyr-zelenskyy", "united-states")),
])
def test_who_invites_whom_follows_the_clause_not_the_order_of_names(lang, text, expected):
    assert _invitations(text, lang) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin awaits Trump's response to the proposal."),
    ("uk", "Зеленський вітав Байдена з перемогою на виборах."),
    ("ru", "Путин ждет ответа Трампа на предложение."),
])
def test_awaiting_an_answer_or_a_congratulation_is_no_invitation(lang, text):
    assert _invitations(text, lang) == set()
