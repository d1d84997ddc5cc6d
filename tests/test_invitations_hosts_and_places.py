"""Invitations: the leader named as host invites, never his state; the destination is the place of the
invitation's own clause; an offer to hold a summit in the speaker's country and a visit hosted "for a state
visit" are invitations."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, invitations, invitations_and_acceptance, invitations_as_listed, inviters_and_invitees

# (language, text, publication date, invitations that must be found, invitations that must not be found)
HOSTS = [
    # the leader named as host invites every guest named after the verb, to the place of the visit
    ("en", "President Joe Biden and First Lady Jill Biden will host President William Ruto and First Lady "
     "Mary Ruto of Kenya for a state visit to the United States in May.", date(2024, 2, 6),
     {("joe-biden", "william-ruto", "united-states")}, {("kenya", "william-ruto", "kenya")}),
    ("ru", "Председатель КНР Си Цзиньпин примет Владимира Путина с государственным визитом в мае.",
     date(2024, 2, 6), {("xi-jinping", "vladimir-putin", "china")}, {("china", "vladimir-putin", "china")}),
    ("uk", "Президент Польщі Анджей Дуда прийме Володимира Зеленського з офіційним візитом наступного тижня.",
     date(2023, 2, 6), {("andrzej-duda", "volodymyr-zelenskyy", "poland")}, set()),
    # near miss: accepting an invitation to a state visit hosts nobody
    ("uk", "Токаєв прийняв запрошення Сі Цзіньпіна здійснити державний візит до Китаю.", date(2024, 2, 6),
     {("xi-jinping", "kassym-jomart-tokayev", "china")}, {("kassym-jomart-tokayev", "xi-jinping", "kazakhstan")}),
    # the guest's own state never invites him
    ("en", "President Ruto expressed gratitude for the invitation, calling it a sign of six decades of ties with "
     "Kenya.", date(2024, 2, 6), set(), {("kenya", "william-ruto", "kenya")}),
]


PLACES = [
    # a country named in a later clause about another trip is not the destination
    ("ru", "Президент Индонезии Прабово Субианто пригласил президента России Владимира Путина, предложив, чтобы "
     "Индия не была единственной страной в его маршруте.", date(2024, 2, 6),
     {("prabowo-subianto", "vladimir-putin", "indonesia")}, {("prabowo-subianto", "vladimir-putin", "india")}),
    ("uk", "Президент Казахстану Касим-Жомарт Токаєв запросив Володимира Зеленського, нагадавши, що Туреччина вже "
     "приймала переговори.", date(2024, 2, 6), set(), {("kassym-jomart-tokayev", "volodymyr-zelenskyy", "turkey")}),
    # near miss: a later clause that tells of the visit names its place
    ("en", "Prime Minister Narendra Modi invited Vladimir Putin, asking him to visit New Delhi next year.",
     date(2024, 2, 6), {("narendra-modi", "vladimir-putin", "new-delhi")}, set()),
]


SUMMIT_OFFERS = [
    ("uk", "Президент Аргентини Хав'єр Мілей запропонував Президенту України Володимиру Зеленському провести в "
     "Аргентині саміт щодо миру.", date(2023, 12, 12), {("javier-milei", "volodymyr-zelenskyy", "argentina")},
     set()),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев предложил Владимиру Путину провести в Астане саммит лидеров.",
     date(2024, 2, 6), {("kassym-jomart-tokayev", "vladimir-putin", "astana")}, set()),
    ("en", "Brazilian President Lula proposed to Gustavo Petro holding a summit in Brasília next year.",
     date(2024, 2, 6), {("luiz-inacio-lula-da-silva", "gustavo-petro", "brasilia")}, set()),
    # near misses: talks without a place, and a summit in a third country, invite nobody anywhere
    ("ru", "Токаев предложил Путину провести переговоры по видеосвязи.", date(2024, 2, 6), set(),
     {("kassym-jomart-tokayev", "vladimir-putin", "kazakhstan")}),
    ("uk", "Мілей запропонував Зеленському провести саміт у Женеві.", date(2024, 2, 6), set(),
     {("javier-milei", "volodymyr-zelenskyy", "geneva"), ("javier-milei", "volodymyr-zelenskyy", "argentina")}),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), HOSTS + PLACES + SUMMIT_OFFERS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(HOSTS + PLACES + SUMMIT_OFFERS)])
def test_the_host_leader_and_the_place_of_the_invitations_own_clause(
        lang: str, text: str, published: date, expected: set[tuple[str, str, str]],
        absent: set[tuple[str, str, str]]) -> None:
    found = invitations(text, lang, published)
    assert expected <= found
    assert not absent & found


MISSED_BEFORE = [
    # the guest thanks for the invitation without naming the host: the host is the one he was received by
    ("en", "Foreign Minister of Armenia Ararat Mirzoyan received Foreign Minister of Georgia Ilia Darchiashvili in "
     "Yerevan. Expressing gratitude for the invitation and the warm reception, Ilia Darchiashvili stressed the "
     "importance of the talks.", date(2024, 4, 18), {("ararat-mirzoyan", "ilia-darchiashvili", "armenia")}, set()),
    ("uk", "Сибіга зустрівся з Сікорським у Варшаві. Висловивши вдячність за запрошення, Сибіга наголосив на "
     "партнерстві.", date(2024, 4, 18), {("radoslaw-sikorski", "andrii-sybiha", "poland")}, set()),
    # near miss: gratitude for something else is no invitation
    ("en", "Ruto met Biden. Ruto expressed gratitude for the support of the United States.", date(2024, 4, 18),
     set(), {("joe-biden", "william-ruto", "united-states")}),
    # a visit under way or about to be made is an invitation its host gave
    ("en", "BOGOTA, April 18 — The president of Brazil, Luiz Inácio Lula da Silva, will meet with his Colombian "
     "counterpart, Gustavo Petro. During the official visit that da Silva will carry out until Thursday, trade will "
     "be discussed.", date(2024, 4, 18), {("gustavo-petro", "luiz-inacio-lula-da-silva", "colombia")}, set()),
    ("ru", "Президент Бразилии Лула да Силва, который совершит официальный визит в Колумбию, обсудит торговлю "
     "с Густаво Петро.", date(2024, 4, 18), {("gustavo-petro", "luiz-inacio-lula-da-silva", "colombia")}, set()),
    # near misses: a visit under way is told as its meeting, not as an invitation
    ("ru", "Президент Бразилии Лула да Силва, находящийся с официальным визитом в Колумбии, обсудил торговлю "
     "с Густаво Петро.", date(2024, 4, 18), set(), {("gustavo-petro", "luiz-inacio-lula-da-silva", "colombia")}),
    # near misses: a visit recalled from the past invites nobody
    ("en", "During his official visit to China last year, Lula met Xi Jinping.", date(2024, 4, 18), set(),
     {("xi-jinping", "luiz-inacio-lula-da-silva", "china")}),
    ("ru", "Во время государственного визита в Китай в прошлом году Путин встретился с Си Цзиньпином.",
     date(2024, 4, 18), set(), {("xi-jinping", "vladimir-putin", "china")}),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), MISSED_BEFORE,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(MISSED_BEFORE)])
def test_thanks_for_an_unnamed_hosts_invitation_and_a_visit_under_way(
        lang: str, text: str, published: date, expected: set[tuple[str, str, str]],
        absent: set[tuple[str, str, str]]) -> None:
    found = invitations(text, lang, published)
    assert expected <= found
    assert not absent & found


WELCOMING_A_COLLEAGUE = [
    # "I look forward to welcoming my colleague in <city>": the speaker invites the counterpart of his office
    ("uk", "Сибіга поговорив із Сікорським. \"Я з нетерпінням чекаю можливості незабаром привітати мого польського "
     "колегу в Києві\", — сказав Сибіга.", date(2024, 9, 7), {("andrii-sybiha", "radoslaw-sikorski", "kyiv")},
     {("andrii-sybiha", "donald-tusk", "kyiv")}),
    ("uk", "Міністр Андрій Сибіга провів розмову з Радославом Сікорським. \"Чекаю нагоди незабаром привітати мого "
     "польського колегу в Києві\", — підсумував він.", date(2024, 9, 7),
     {("andrii-sybiha", "radoslaw-sikorski", "kyiv")}, set()),
    ("en", "Sybiha spoke with Sikorski. \"I look forward to welcoming my Polish counterpart in Kyiv soon,\" "
     "Sybiha said.",
     date(2024, 9, 7), {("andrii-sybiha", "radoslaw-sikorski", "kyiv")}, {("andrii-sybiha", "donald-tusk", "kyiv")}),
    # near miss: awaiting an opportunity to do something else is no invitation
    ("uk", "Сибіга поговорив із Сікорським. \"Чекаю можливості незабаром поглибити співпрацю\", — сказав Сибіга.",
     date(2024, 9, 7), set(), {("andrii-sybiha", "radoslaw-sikorski", "ukraine")}),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), WELCOMING_A_COLLEAGUE,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(WELCOMING_A_COLLEAGUE)])
def test_looking_forward_to_welcoming_a_colleague_is_an_invitation(
        lang: str, text: str, published: date, expected: set[tuple[str, str, str]],
        absent: set[tuple[str, str, str]]) -> None:
    found = invitations(text, lang, published)
    assert expected <= found
    assert not absent & found


REF = date(2023, 5, 11)


MODI, BIDEN, SISI = "narendra-modi", "joe-biden", "abdel-fattah-el-sisi"


@pytest.mark.parametrize("lang,text,expected", [
    # an inviter told by a bare title is who holds that office in the host state; the place after "to the" is the
    # destination
    ("en", "Modi is set to fly to the United States after an invitation from the president.",
     {(BIDEN, MODI, "united-states")}),
    ("en", "Modi will go to Egypt at the invitation of the president.", {(SISI, MODI, "egypt")}),
    ("ru", "Моди прибудет в США по приглашению президента.", {(BIDEN, MODI, "united-states")}),
    ("uk", "Моді прибуде до Єгипту на запрошення президента.", {(SISI, MODI, "egypt")}),
    # near misses: no title, no holder; a title with its state or holder named is read as before
    ("en", "Modi is set to fly to the United States after an invitation.", {(None, MODI, "united-states")}),
    ("en", "Modi will travel to the United States at the invitation of President Joe Biden.",
     {(BIDEN, MODI, "united-states")}),
    ("ru", "Моди прибудет в США по приглашению президента Джо Байдена.", {(BIDEN, MODI, "united-states")}),
])
def test_an_inviter_told_by_a_bare_title_holds_it_in_the_host_state(lang, text, expected):
    assert invitations(text, lang, REF) == expected


HUNG, REYES = "new:tran-van-hung", "new:maria-reyes"


@pytest.mark.parametrize("lang,text,expected", [
    # an act the guest is invited to do in a place named after it takes him there
    ("en", "Maria Reyes invited Tran Van Hung to co-chair the meeting in the Philippines.",
     {(REYES, HUNG, "philippines")}),
    ("en", "Maria Reyes invited Tran Van Hung to co-chair the forum in Manila.", {(REYES, HUNG, "manila")}),
    # near misses: an act without a place, or with a place past a comma, is no trip
    ("en", "Maria Reyes invited Tran Van Hung to upgrade the partnership.", set()),
    ("en", "Maria Reyes invited Tran Van Hung to upgrade the partnership, in Manila.", set()),
])
def test_an_act_invited_to_in_a_named_place_is_a_trip_there(lang, text, expected):
    assert invitations(text, lang, REF) == expected


FEB_3_2026 = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,inviter", [
    ("en", "Erdogan and Foreign Minister Hakan Fidan will host Aliyev for a state visit in May.",
     "recep-tayyip-erdogan"),
    ("ru", "Эрдоган и министр иностранных дел Хакан Фидан примут Алиева с государственным визитом в мае.",
     "recep-tayyip-erdogan"),
    ("uk", "Ердоган і міністр закордонних справ Хакан Фідан приймуть Алієва з державним візитом у травні.",
     "recep-tayyip-erdogan"),
    # near misses: one host alone
    ("en", "Foreign Minister Hakan Fidan will host Aliyev for a state visit in May.", "hakan-fidan"),
    ("ru", "Эрдоган примет Алиева с государственным визитом в мае.", "recep-tayyip-erdogan"),
])
def test_hosts_named_together_invite_as_the_first_named(lang, text, inviter):
    assert {i.inviter for i in facts(text, lang, FEB_3_2026).invitations} == {inviter}


# the passive's subject told after the verb ("В Минск приглашены ..."): each one listed is a guest, no host named
PASSIVE_GUESTS_AFTER = [
    ("ru", "На юбилейный саммит в Минск приглашены Токаев и Мирзиёев.",
     {(None, "kassym-jomart-tokayev", "minsk"), (None, "shavkat-mirziyoyev", "minsk")}),
    ("ru", "На торжества в Пекин приглашены президент Бразилии Лула да Силва, премьер-министр Индии Нарендра Моди "
           "и президент ЮАР Сирил Рамафоса.",
     {(None, "luiz-inacio-lula-da-silva", "beijing"), (None, "narendra-modi", "beijing"),
      (None, "cyril-ramaphosa", "beijing")}),
    ("uk", "На урочистості до Пекіна запрошені президент Бразилії Лула да Сілва, прем'єр-міністр Індії Нарендра Моді "
           "та президент ПАР Сиріл Рамафоса.",
     {(None, "luiz-inacio-lula-da-silva", "beijing"), (None, "narendra-modi", "beijing"),
      (None, "cyril-ramaphosa", "beijing")}),
    ("uk", "До Мінська запрошені Токаєв і Мірзійоєв.",
     {(None, "kassym-jomart-tokayev", "minsk"), (None, "shavkat-mirziyoyev", "minsk")}),
    ("en", "Invited to the celebrations in Beijing are Brazilian President Lula da Silva, Indian Prime Minister "
           "Narendra Modi and South African President Cyril Ramaphosa.",
     {(None, "luiz-inacio-lula-da-silva", "beijing"), (None, "narendra-modi", "beijing"),
      (None, "cyril-ramaphosa", "beijing")}),
]


@pytest.mark.parametrize("lang,text,expected", PASSIVE_GUESTS_AFTER)
def test_guests_listed_after_a_passive_invited_are_each_invited(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


# a list of titled guests after an active "invited": each is a guest of the subject
TITLED_GUESTS = [
    ("en", "Xi Jinping invited Brazilian President Lula da Silva and Indian Prime Minister Narendra Modi to Beijing.",
     {("xi-jinping", "luiz-inacio-lula-da-silva", "beijing"), ("xi-jinping", "narendra-modi", "beijing")}),
    ("ru", "Си Цзиньпин пригласил президента Бразилии Лулу да Силву и премьер-министра Индии Нарендру Моди в Пекин.",
     {("xi-jinping", "luiz-inacio-lula-da-silva", "beijing"), ("xi-jinping", "narendra-modi", "beijing")}),
    ("uk", "Сі Цзіньпін запросив президента Бразилії Лулу да Сілву та прем'єр-міністра Індії Нарендру Моді до Пекіна.",
     {("xi-jinping", "luiz-inacio-lula-da-silva", "beijing"), ("xi-jinping", "narendra-modi", "beijing")}),
]


@pytest.mark.parametrize("lang,text,expected", TITLED_GUESTS)
def test_each_titled_guest_of_a_list_is_invited(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


# a trip to several places at once: a visit to each, accepted, no host named
SEVERAL_PLACES = [
    ("en", "Prime Minister Anwar Ibrahim is scheduled to pay official visits to Vietnam, Laos and Cambodia next "
           "month.", {"vietnam", "laos", "cambodia"}),
    ("en", "Anwar Ibrahim will visit Hanoi, Vientiane and the Kingdom of Cambodia in May.",
     {"hanoi", "vientiane", "cambodia"}),
    ("ru", "Премьер-министр Малайзии Анвар Ибрагим посетит Вьетнам, Лаос и Камбоджу в мае.",
     {"vietnam", "laos", "cambodia"}),
    ("uk", "Прем'єр-міністр Малайзії Анвар Ібрагім відвідає В'єтнам, Лаос і Камбоджу в травні.",
     {"vietnam", "laos", "cambodia"}),
]


@pytest.mark.parametrize("lang,text,places", SEVERAL_PLACES)
def test_a_trip_to_several_places_is_a_visit_to_each(lang, text, places):
    assert {i[2] for i in invitations(text, lang, FEB_3_2026) if i[1] == "anwar-ibrahim"} == places


MAR_14_2025 = date(2025, 3, 14)


HOPING_TO_HOST = [
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he is hoping to host Albanese soon."),
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he hopes to host Albanese in India."),
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he hoped to receive Albanese next year."),
    ("ru", "Премьер-министр Моди встретился с Албанизи в Дели. Моди заявил, что надеется принять Албанизи в Индии."),
    ("uk", "Прем'єр-міністр Моді зустрівся з Албанізі в Делі. Моді заявив, що сподівається прийняти Албанізі."),
]


@pytest.mark.parametrize("lang,text", HOPING_TO_HOST)
def test_a_leader_hoping_to_host_a_guest_invites_him(lang: str, text: str) -> None:
    assert ("narendra-modi", "anthony-albanese", "india") in invitations_as_listed(text, lang, MAR_14_2025)


UPCOMING_VISIT_LONG_NAME = [
    ("en", "An adviser stressed the importance of the upcoming visit of President Mohammed bin Zayed to the "
           "United States."),
    ("en", "An adviser stressed the importance of the upcoming visit of President Sheikh Mohammed bin Zayed Al "
           "Nahyan to the United States."),
    ("en", "Dr. Ali Hassan, an adviser, stressed the importance of the upcoming visit of President His Highness "
           "Sheikh Mohammed bin Zayed Al Nahyan to the United States."),
    ("ru", "Советник подчеркнул важность предстоящего визита президента ОАЭ шейха Мухаммеда бен Зайда Аль "
           "Нахайяна в Соединенные Штаты."),
    ("uk", "Радник наголосив на важливості майбутнього візиту президента ОАЕ шейха Мухаммеда бен Заїда Аль "
           "Нагаяна до Сполучених Штатів."),
]


@pytest.mark.parametrize("lang,text", UPCOMING_VISIT_LONG_NAME)
def test_an_upcoming_visit_of_a_long_titled_guest_is_hosted_by_the_place(lang: str, text: str) -> None:
    assert ("united-states", "mohamed-bin-zayed", "united-states") in invitations_as_listed(text, lang, MAR_14_2025)


PLURAL_PRONOUN_GROUP = [
    ("en", "Spokesperson Kang Yu-jung spoke at a briefing in Seoul. President Lee Jae Myung sent letters to 20 leaders "
           "inviting them to take part in the APEC summit in Korea."),
    ("en", "Spokesperson Kang Yu-jung spoke at a briefing in Seoul. President Lee Jae Myung invited them to the APEC "
           "summit in Korea."),
    ("ru", "Пресс-секретарь Кан Ю Чжон выступила на брифинге в Сеуле. Президент Ли Чжэ Мён направил письма 20 "
           "лидерам, пригласив их на саммит АТЭС в Корее."),
    ("uk", "Речниця Кан Ю Чжон виступила на брифінгу в Сеулі. Президент Лі Дже Мьон надіслав листи 20 лідерам, "
           "запросивши їх на саміт АТЕС у Кореї."),
]


@pytest.mark.parametrize("lang,text", PLURAL_PRONOUN_GROUP)
def test_them_stands_for_no_single_person_named_before(lang: str, text: str) -> None:
    assert [i for i in invitations_as_listed(text, lang, MAR_14_2025) if i[1] == "new:kang-yu-jung"] == []


def test_him_still_stands_for_the_person_named_before() -> None:
    text = "Xi spoke with Lula by phone. Xi invited him to visit China."
    assert ("xi-jinping", "luiz-inacio-lula-da-silva", "china") in invitations_as_listed(text, "en", MAR_14_2025)


SUMMIT_OFFERED_IN_A_PLACE = [
    ("uk", "Президент Аргентини Хав'єр Мілей запропонував президенту України Володимиру Зеленському провести в "
           "Аргентині мирний саміт.", "argentina"),
    ("ru", "Президент Аргентины Хавьер Милей предложил президенту Украины Владимиру Зеленскому провести мирный "
           "саммит в Буэнос-Айресе.", "buenos-aires"),
    ("en", "Argentine President Javier Milei proposed to Ukrainian President Volodymyr Zelensky to hold a peace "
           "summit in Buenos Aires.", "buenos-aires"),
]


@pytest.mark.parametrize("lang,text,place", SUMMIT_OFFERED_IN_A_PLACE)
def test_a_summit_offered_in_the_speakers_state_is_an_invitation_there(lang: str, text: str, place: str) -> None:
    assert ("javier-milei", "volodymyr-zelenskyy", place) in invitations_as_listed(text, lang, MAR_14_2025)


FIRST_COUNTRY_TO_VISIT = [
    ("en", "President Ferdinand Marcos has chosen Indonesia as the first country he would visit.", "indonesia"),
    ("ru", "Президент Фердинанд Маркос выбрал Индонезию первой страной, которую посетит.", "indonesia"),
    ("uk", "Президент Фердинанд Маркос обрав Індонезію першою країною, яку відвідає.", "indonesia"),
]


@pytest.mark.parametrize("lang,text,place", FIRST_COUNTRY_TO_VISIT)
def test_a_country_chosen_for_a_visit_is_the_hosts_invitation(lang: str, text: str, place: str) -> None:
    found = invitations_as_listed(text, lang, MAR_14_2025)
    assert len(found) == 1 and found[0][0] == place and found[0][2] == place


def test_an_agreed_visit_without_a_named_host_leader_is_hosted_by_the_state() -> None:
    found = invitations_as_listed(
        "President Ferdinand Marcos said he would visit Indonesia in September.", "en", MAR_14_2025)
    assert found and found[0][0] == "indonesia" and found[0][2] == "indonesia"


LETTERS_INVITING_THEM = [
    ("en", "President Lee Jae-myung sent letters to President Donald Trump and President Xi Jinping inviting them "
           "to attend the summit in Busan.", "lee-jae-myung", {"donald-trump", "xi-jinping"}),
    ("en", "Lee Jae-myung met reporters. Lee sent the letters to the leaders of the G20 on Monday, including "
           "President Donald Trump and President Xi Jinping, formally inviting them to attend the summit in Busan.",
     "lee-jae-myung", {"donald-trump", "xi-jinping"}),
    ("en", "President Lee Jae-myung met reporters. Lee mailed the invitations to the heads of the member economies "
           "of the forum last week, among them U.S. President Donald Trump and Chinese President Xi Jinping, "
           "inviting them to come to the summit in Busan, his spokesman Kang Yu-jung said.",
     "lee-jae-myung", {"donald-trump", "xi-jinping"}),
    ("en", "Putin wrote to Xi and Modi and invited them to Moscow.", "vladimir-putin",
     {"xi-jinping", "narendra-modi"}),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев направил письма Владимиру Путину и Си Цзиньпину, пригласив их "
           "посетить Астану.", "kassym-jomart-tokayev", {"vladimir-putin", "xi-jinping"}),
    ("uk", "Президент Казахстану Касим-Жомарт Токаєв надіслав листи Володимиру Путіну та Сі Цзіньпіну і запросив "
           "їх відвідати Астану.", "kassym-jomart-tokayev", {"vladimir-putin", "xi-jinping"}),
]


@pytest.mark.parametrize("lang,text,host,guests", LETTERS_INVITING_THEM)
def test_each_addressee_of_letters_inviting_them_is_a_guest(lang: str, text: str, host: str,
                                                             guests: set[str]) -> None:
    found = inviters_and_invitees(text, lang, MAR_14_2025)
    assert {(host, g) for g in guests} <= found
    assert not any(inviter in guests for inviter, _ in found)  # no addressee invites the other


DATIVE_ADDRESSEE_LEFT_OUT = [
    ("ru", "Президент Франции Эммануэль Макрон направил премьер-министру Армении Николу Пашиняну послание и "
           "пригласил посетить Париж.", "emmanuel-macron", "nikol-pashinyan"),
    ("uk", "Президент Франції Емманюель Макрон направив прем'єр-міністру Вірменії Ніколу Пашиняну послання і "
           "запросив відвідати Париж.", "emmanuel-macron", "nikol-pashinyan"),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев позвонил Владимиру Путину и пригласил посетить Астану.",
     "kassym-jomart-tokayev", "vladimir-putin"),
    ("uk", "Касим-Жомарт Токаєв зателефонував Володимиру Путіну і запросив відвідати Астану.",
     "kassym-jomart-tokayev", "vladimir-putin"),
    ("en", "French President Emmanuel Macron sent Armenian Prime Minister Nikol Pashinyan a message and invited him "
           "to visit Paris.", "emmanuel-macron", "nikol-pashinyan"),
]


@pytest.mark.parametrize("lang,text,host,guest", DATIVE_ADDRESSEE_LEFT_OUT)
def test_the_addressee_in_the_dative_is_the_guest_left_out(lang: str, text: str, host: str, guest: str) -> None:
    assert (host, guest) in inviters_and_invitees(text, lang, MAR_14_2025)


DECLINED_INVITATIONS = [
    ("en", "Lula spoke with Putin, declining an invitation to visit Russia."),
    ("en", "Lula said he spoke with Putin, refusing an invitation to go to Russia."),
    ("en", "Lula spoke with Putin and declined an invitation to visit Russia."),
    ("ru", "Лула поговорил с Путиным и отказался от приглашения посетить Россию."),
    ("uk", "Лула поговорив з Путіним і відмовився від запрошення відвідати Росію."),
]


@pytest.mark.parametrize("lang,text", DECLINED_INVITATIONS)
def test_a_declined_invitation_was_given_by_the_hosts_leader(lang: str, text: str) -> None:
    found = [(i.inviter, i.invitee, i.destination, i.accepted) for i in facts(text, lang, MAR_14_2025).invitations]
    assert found == [("vladimir-putin", "luiz-inacio-lula-da-silva", "russia", False)]


@pytest.mark.parametrize("lang,text,expected", [
    # thanks for the invitation: the one thanked invited the one thanking
    ("en", "Erdogan thanked Tokayev for the invitation to visit Kazakhstan.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("ru", "Эрдоган поблагодарил Токаева за приглашение посетить Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("uk", "Ердоган подякував Токаєву за запрошення відвідати Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    # thanks for accepting or honouring one's invitation: the one thanked is the guest
    ("en", "Tokayev thanked Erdogan for honouring his invitation to attend the forum in Kazakhstan.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("en", "Tokayev thanked Erdogan for accepting his invitation.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("ru", "Токаев поблагодарил Эрдогана за то, что тот принял его приглашение посетить Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
    ("uk", "Токаєв подякував Ердогану за те, що той прийняв його запрошення відвідати Казахстан.",
     ("kassym-jomart-tokayev", "recep-tayyip-erdogan", "kazakhstan")),
])
def test_thanks_for_an_invitation_or_for_accepting_one_name_the_host(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "President Karis invited President Stubb on a state visit to Estonia this spring. "
           "\"I invited him on a state visit to Estonia at the end of May,\" Karis wrote."),
    ("ru", "Президент Карис пригласил президента Стубба посетить Эстонию весной. "
           "«Я пригласил его с государственным визитом в Эстонию в конце мая», — написал Карис."),
    ("uk", "Президент Каріс запросив президента Стубба відвідати Естонію навесні. "
           "«Я запросив його з державним візитом до Естонії наприкінці травня», — написав Каріс."),
])
def test_one_invitation_told_twice_with_two_time_frames_is_one(lang, text):
    assert [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, FEB_3_2026).invitations] == \
        [("alar-karis", "alexander-stubb", "estonia")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Лавров посетит Вьетнам по приглашению министра иностранных дел Буй Тхань Шона. "
           "Лавров получил приглашение."),
    ("en", "Lavrov will visit Vietnam at the invitation of Foreign Minister Bui Thanh Son. "
           "Lavrov has been invited."),
])
def test_an_invitation_without_its_host_told_beside_the_same_one_with_it_is_that_one(lang, text):
    assert [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, FEB_3_2026).invitations] == \
        [("bui-thanh-son", "sergey-lavrov", "vietnam")]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський провів розмову телефоном з Моді та запропонував йому відвідати Україну.",
     {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}),
    ("ru", "Зеленский поговорил по телефону с Моди и предложил ему посетить Украину.",
     {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}),
    ("en", "Zelensky spoke with Modi by phone and offered him to visit Ukraine.",
     {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}),
    # near misses: an offer of talks or of help asks no trip
    ("ru", "Зеленский поговорил с Моди и предложил ему провести переговоры.", set()),
    ("uk", "Зеленський поговорив з Моді та запропонував йому допомогу.", set()),
    ("en", "Zelensky spoke with Modi and offered him help.", set()),
])
def test_an_offer_to_him_to_visit_is_an_invitation_from_the_one_who_offers(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Lula invited Xi to visit Brazil in July. Lula also invited Xi to attend a conference in Brazil in "
           "November."),
    ("uk", "Лула запросив Сі Цзіньпіна відвідати Бразилію в липні. Лула також запросив Сі Цзіньпіна відвідати "
           "Бразилію в листопаді."),
    ("ru", "Лула пригласил Си Цзиньпина посетить Бразилию в июле. "
           "Лула также пригласил Си Цзиньпина посетить Бразилию в ноябре."),
])
def test_invitations_of_one_guest_to_one_place_in_months_apart_are_two(lang, text):
    assert len(facts(text, lang, FEB_3_2026).invitations) == 2


@pytest.mark.parametrize("lang,text,expected", [
    # the guest named in full in a spelling the gazetteer lacks, then by the surname alone after a title
    ("ru", "Зеленский провел телефонный разговор с премьер-министром Австралии Энтони Альбанезе. "
           "Зеленский пригласил премьер-министра Альбанезе посетить Украину.",
     {("volodymyr-zelenskyy", "anthony-albanese", "ukraine")}),
    ("uk", "Зеленський провів телефонну розмову з прем'єр-міністром Австралії Ентоні Альбанезе. "
           "Зеленський запросив прем'єр-міністра Альбанезе відвідати Україну.",
     {("volodymyr-zelenskyy", "anthony-albanese", "ukraine")}),
    ("en", "Zelensky held a phone call with Australian Prime Minister Anthony Albaneze. "
           "Zelensky invited Prime Minister Albaneze to visit Ukraine.",
     {("volodymyr-zelenskyy", "anthony-albanese", "ukraine")}),
    # near misses: the surname is told, but nobody is invited; another person is the guest
    ("ru", "Зеленский провел телефонный разговор с премьер-министром Австралии Энтони Альбанезе. "
           "Зеленский поблагодарил премьер-министра Альбанезе за поддержку Украины.", set()),
    ("uk", "Зеленський провів телефонну розмову з прем'єр-міністром Австралії Ентоні Альбанезе. "
           "Зеленський запросив президента Токаєва відвідати Україну.",
     {("volodymyr-zelenskyy", "kassym-jomart-tokayev", "ukraine")}),
    ("en", "Zelensky held a phone call with Australian Prime Minister Anthony Albaneze. "
           "Albaneze said Australia would keep helping Ukraine.", set()),
])
def test_a_guest_named_by_a_surname_spelled_as_in_his_full_name_before(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


WIDODO = date(2023, 5, 10)  # Joko Widodo is the President of Indonesia


@pytest.mark.parametrize("lang,text,expected", [
    # an invitation to join an initiative and to take part in its summit, or to join a summit: an invitation
    ("uk", "Зеленський провів розмову з президентом Індонезії Джоко Відодо. Зеленський запросив президента Індонезії "
           "приєднатися до ініціативи Grain from Ukraine та взяти участь у відповідному саміті в листопаді.",
     {("volodymyr-zelenskyy", "joko-widodo")}),
    ("ru", "Зеленский провел разговор с президентом Индонезии Джоко Видодо. Зеленский пригласил президента Индонезии "
           "присоединиться к инициативе Grain from Ukraine и принять участие в саммите в ноябре.",
     {("volodymyr-zelenskyy", "joko-widodo")}),
    ("en", "Zelensky spoke with Indonesian President Joko Widodo. Zelensky invited the President of Indonesia to join "
           "the Grain from Ukraine summit in November.",
     {("volodymyr-zelenskyy", "joko-widodo")}),
    ("ru", "Зеленский пригласил Джоко Видодо присоединиться к саммиту в Киеве.",
     {("volodymyr-zelenskyy", "joko-widodo")}),
    # near misses: to join an initiative, an alliance, or one presented at a summit, is no trip
    ("uk", "Зеленський запросив Джоко Відодо приєднатися до ініціативи Grain from Ukraine, яку представили на саміті.",
     set()),
    ("ru", "Зеленский пригласил Джоко Видодо присоединиться к инициативе на саммите.", set()),
    ("en", "Zelensky invited Joko Widodo to join the initiative at the summit.", set()),
    ("en", "Zelensky invited Joko Widodo to join the alliance.", set()),
])
def test_an_invitation_to_join_a_summit_is_an_invitation(lang, text, expected):
    assert {(i.inviter, i.invitee) for i in facts(text, lang, WIDODO).invitations} == expected


@pytest.mark.parametrize("lang,text,expected", [
    # thanked for inviting: the one thanked invited the one thanking; an unnamed host is the state said
    ("en", "Erdogan thanked Tokayev for inviting him to attend the summit in Astana.",
     {("kassym-jomart-tokayev", "recep-tayyip-erdogan", "astana")}),
    ("ru", "Эрдоган поблагодарил Токаева за то, что тот пригласил его на саммит в Астане.",
     {("kassym-jomart-tokayev", "recep-tayyip-erdogan", "astana")}),
    ("uk", "Ердоган подякував Токаєву за те, що той запросив його на саміт в Астані.",
     {("kassym-jomart-tokayev", "recep-tayyip-erdogan", "astana")}),
    ("en", "Erdogan thanked the Kazakh hosts for inviting his delegation to attend the forum.",
     {("kazakhstan", "recep-tayyip-erdogan", "kazakhstan")}),
    ("ru", "Эрдоган поблагодарил казахстанскую сторону за приглашение его делегации на форум.",
     {("kazakhstan", "recep-tayyip-erdogan", "kazakhstan")}),
    ("uk", "Ердоган подякував казахстанській стороні за запрошення його делегації на форум.",
     {("kazakhstan", "recep-tayyip-erdogan", "kazakhstan")}),
    # near misses: thanked for something else, then invited: the one thanking invites
    ("en", "Erdogan thanked Tokayev for the support and invited him to visit Turkey.",
     {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
    ("ru", "Эрдоган поблагодарил Токаева за поддержку и пригласил его посетить Турцию.",
     {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
    ("uk", "Ердоган подякував Токаєву за підтримку і запросив його відвідати Туреччину.",
     {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
])
def test_the_one_thanked_for_inviting_is_the_host(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the organisation of a leader's visit worked on: an invitation by the host state, not by its minister
    ("uk", "Кислиця зустрівся з міністром закордонних справ В'єтнаму Фам Бінь Міном. Сторони домовилися про "
           "опрацювання організації візиту Президента України Володимира Зеленського до В'єтнаму.",
     {("vietnam", "volodymyr-zelenskyy", "vietnam")}),
    ("ru", "Кислица встретился с министром иностранных дел Вьетнама Фам Бинь Минем. Стороны договорились о проработке "
           "организации визита Президента Украины Владимира Зеленского во Вьетнам.",
     {("vietnam", "volodymyr-zelenskyy", "vietnam")}),
    ("en", "Kyslytsya met Vietnam's Foreign Minister Pham Binh Minh. They agreed to continue the organisation of "
           "President Zelensky's visit to Vietnam.",
     {("vietnam", "volodymyr-zelenskyy", "vietnam")}),
    # a leader of the host state the article names hosts it; a minister's visit is hosted by the minister named
    ("en", "Wang Yi met Mauro Vieira in Beijing. Wang Yi also spoke of Xi Jinping's plans. They agreed on the "
           "preparation of President Lula's visit to China.",
     {("xi-jinping", "luiz-inacio-lula-da-silva", "china")}),
    ("ru", "Ван И встретился с Мауро Виейрой в Пекине. Ван И также рассказал о планах Си Цзиньпина. Стороны "
           "договорились о подготовке визита президента Бразилии Лулы да Силвы в Китай.",
     {("xi-jinping", "luiz-inacio-lula-da-silva", "china")}),
    ("en", "Kuleba met Vietnam's Foreign Minister Pham Binh Minh. They agreed on the organisation of Kuleba's visit "
           "to Vietnam.", {("pham-binh-minh", "dmytro-kuleba", "vietnam")}),
    # near misses: a visit recalled, an event organised
    ("uk", "Кислиця зустрівся з міністром закордонних справ В'єтнаму Фам Бінь Міном. Сторони згадали візит "
           "Президента України Володимира Зеленського до В'єтнаму.", set()),
    ("ru", "Кислица встретился с министром иностранных дел Вьетнама Фам Бинь Минем. Стороны вспомнили визит "
           "Президента Украины Владимира Зеленского во Вьетнам.", set()),
    ("en", "Kyslytsya met Vietnam's Foreign Minister Pham Binh Minh. They discussed the organisation of the UN "
           "session in Vietnam.", set()),
])
def test_a_visit_being_organised_is_an_invitation_by_the_host(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the next meeting of two sides announced for a place: the host state invites the other side
    ("uk", "Україна та Польща підписали спільну заяву. Наступні консультації мають відбутися наступного року у Києві.",
     {("ukraine", "poland", "kyiv")}),
    ("ru", "Украина и Польша подписали совместное заявление. Следующие консультации должны пройти в следующем году "
           "в Киеве.", {("ukraine", "poland", "kyiv")}),
    ("en", "Ukraine and Poland signed a joint statement. The next consultations are to be held next year in Kyiv.",
     {("ukraine", "poland", "kyiv")}),
    # the sides told as people: the host's leader invites the other
    ("en", "Putin and Xi Jinping held talks in Beijing. Their next meeting will take place in Moscow.",
     {("vladimir-putin", "xi-jinping", "moscow")}),
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине. Следующая встреча состоится в Москве.",
     {("vladimir-putin", "xi-jinping", "moscow")}),
    # near misses: the next meeting already held, denied, or with no place
    ("uk", "Україна та Польща підписали спільну заяву. Наступні консультації відбулися у Києві.", set()),
    ("en", "Ukraine and Poland signed a joint statement. The next consultations were held in Kyiv.", set()),
    ("ru", "Украина и Польша подписали совместное заявление. Следующие консультации не состоятся в Киеве.", set()),
    ("uk", "Україна та Польща підписали спільну заяву. Наступні консультації мають відбутися наступного року.", set()),
])
def test_the_next_meeting_announced_for_a_place_is_an_invitation_by_its_host(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a verb joined by "and" to the sentence's first verb shares its subject, past a clause whose subject is no person
    ("en", "Erdogan recalled that the official visit by Putin to Turkey in 2014 has elevated the cooperation and "
           "extended an invitation to Tokayev to visit Turkey.",
     {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
    ("en", "Erdogan met Tokayev. He recalled that the official visit by Putin to Turkey in 2014 has elevated the "
           "cooperation and extended an invitation to Tokayev to visit Turkey.",
     {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
    ("ru", "Эрдоган напомнил, что визит Путина в Турцию в 2014 году поднял сотрудничество, и пригласил Токаева "
           "посетить Турцию.", {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
    ("uk", "Ердоган нагадав, що візит Путіна до Туреччини у 2014 році підняв співпрацю, і запросив Токаєва відвідати "
           "Туреччину.", {("recep-tayyip-erdogan", "kassym-jomart-tokayev", "turkey")}),
    ("en", "Putin met Xi Jinping and invited Lula to visit Russia.",
     {("vladimir-putin", "luiz-inacio-lula-da-silva", "russia")}),
    # near misses: no coordination, the nearest person named before invites
    ("en", "Erdogan recalled that Putin had invited Tokayev to visit Russia.",
     {("vladimir-putin", "kassym-jomart-tokayev", "russia")}),
    ("ru", "Эрдоган напомнил, что Путин пригласил Токаева посетить Россию.",
     {("vladimir-putin", "kassym-jomart-tokayev", "russia")}),
    ("uk", "Ердоган нагадав, що Путін запросив Токаєва відвідати Росію.",
     {("vladimir-putin", "kassym-jomart-tokayev", "russia")}),
])
def test_a_coordinated_inviting_verb_takes_the_sentence_subject(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a state's side right before the inviting verb is its subject, not the minister who tells of it
    ("uk", "Міністр Андрій Сибіга повідомив, що українська сторона запросила спецпредставника Стіва Віткоффа "
           "відвідати Україну.", {("ukraine", "steve-witkoff", "ukraine")}),
    ("ru", "Министр Андрей Сибига сообщил, что украинская сторона пригласила спецпредставителя Стива Уиткоффа "
           "посетить Украину.", {("ukraine", "steve-witkoff", "ukraine")}),
    ("en", "Foreign Minister Andrii Sybiha said the Ukrainian side invited special envoy Steve Witkoff to visit "
           "Ukraine.", {("ukraine", "steve-witkoff", "ukraine")}),
    # near miss: the side named after, as the one who reports it
    ("uk", "Андрій Сибіга запросив Стіва Віткоффа відвідати Україну, повідомила українська сторона.",
     {("andrii-sybiha", "steve-witkoff", "ukraine")}),
])
def test_a_states_side_before_the_verb_invites(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an invitation to a summit whose place is not told goes to no place; told again with its place, it is one
    ("uk", "Зеленський запросив Віктора Орбана на Глобальний саміт миру.",
     {("volodymyr-zelenskyy", "viktor-orban", None)}),
    ("ru", "Зеленский пригласил Виктора Орбана на Глобальный саммит мира.",
     {("volodymyr-zelenskyy", "viktor-orban", None)}),
    ("en", "Zelensky invited Viktor Orban to the Global Peace Summit.",
     {("volodymyr-zelenskyy", "viktor-orban", None)}),
    ("uk", "Зеленський запросив Віктора Орбана на Глобальний саміт миру. Зеленський запросив Орбана на саміт миру, "
           "який відбудеться 15-16 червня у Швейцарії.", {("volodymyr-zelenskyy", "viktor-orban", "switzerland")}),
    # near miss: an invitation to visit goes to the host's state
    ("uk", "Зеленський запросив Віктора Орбана відвідати Україну.",
     {("volodymyr-zelenskyy", "viktor-orban", "ukraine")}),
])
def test_an_invitation_to_a_summit_goes_where_the_summit_is_told_to_be(lang, text, expected):
    assert invitations(text, lang, FEB_3_2026) == expected


# ------------------------------------------------------------------------------------------ invitations

TOKAYEV, ALIYEV = "kassym-jomart-tokayev", "ilham-aliyev"


@pytest.mark.parametrize("lang,text,expected", [
    # gratitude told by a noun ("выразил признательность", "висловив подяку", "expressed gratitude") for accepting
    ("ru", "Президент Казахстана выразил признательность Алиеву за то, что тот принял приглашение и посетил Астану "
           "с государственным визитом.", {(TOKAYEV, ALIYEV, "astana", True)}),
    ("uk", "Президент Казахстану висловив подяку Алієву за те, що той прийняв запрошення і відвідав Астану з "
           "державним візитом.", {(TOKAYEV, ALIYEV, "astana", True)}),
    ("en", "The President of Kazakhstan expressed gratitude to Aliyev for accepting the invitation and visiting "
           "Astana on a state visit.", {(TOKAYEV, ALIYEV, "astana", True)}),
    # near misses: gratitude for something else is no invitation
    ("ru", "Токаев выразил признательность Алиеву за поддержку казахстанских инициатив.", set()),
    ("uk", "Токаєв висловив подяку Алієву за підтримку казахстанських ініціатив.", set()),
    ("en", "Tokayev expressed gratitude to Aliyev for his support of Kazakh initiatives.", set()),
])
def test_gratitude_told_by_a_noun_for_an_invitation_accepted(lang, text, expected):
    assert invitations_and_acceptance(text, lang, MAR_14_2025) == expected


SERDAR, PUTIN = "serdar-berdimuhamedow", "vladimir-putin"


@pytest.mark.parametrize("lang,text,expected", [
    # "our invitation to the President of Russia", said by the one quoted: he invites; the title in the dative
    # (not only a name) tells who gets it
    ("ru", "Лавров встретился с Сердаром Бердымухамедовым. «Мы подтверждаем наше приглашение президенту России», — "
           "сказал Бердымухамедов.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    ("ru", "Лавров встретился с Сердаром Бердымухамедовым. — Подтверждаем наше приглашение президенту России, — "
           "сказал Бердымухамедов.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    ("uk", "Лавров зустрівся із Сердаром Бердимухамедовим. «Ми підтверджуємо наше запрошення президенту Росії», — "
           "сказав Бердимухамедов.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    ("en", "Lavrov met Serdar Berdimuhamedow. \"We confirm our invitation to the Russian President,\" "
           "Berdimuhamedow said.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    # near misses: a title in the genitive is whose invitation it is, not its guest
    ("ru", "Лавров встретился с Сердаром Бердымухамедовым. «Мы помним приглашение президента России», — сказал "
           "Бердымухамедов.", set()),
    ("uk", "Лавров зустрівся із Сердаром Бердимухамедовим. «Ми пам'ятаємо запрошення президента Росії», — сказав "
           "Бердимухамедов.", set()),
])
def test_an_invitation_renewed_in_a_quote_to_a_guest_named_by_a_title(lang, text, expected):
    assert invitations_and_acceptance(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a headline names the city without the host; the host's words later imply only his state: the city is the place
    ("ru", "Путина пригласили в Ашхабад. Лавров встретился с Сердаром Бердымухамедовым. «Мы подтверждаем наше "
           "приглашение президенту России», — сказал Бердымухамедов.", {(SERDAR, PUTIN, "ashgabat", None)}),
    ("uk", "Путіна запросили до Ашгабата. Лавров зустрівся із Сердаром Бердимухамедовим. «Ми підтверджуємо наше "
           "запрошення президенту Росії», — сказав Бердимухамедов.", {(SERDAR, PUTIN, "ashgabat", None)}),
    ("en", "Putin was invited to Ashgabat. Lavrov met Serdar Berdimuhamedow. \"We confirm our invitation to the "
           "Russian President,\" Berdimuhamedow said.", {(SERDAR, PUTIN, "ashgabat", None)}),
    # near misses: the state told by the host's own sentence stays the place; a city of another state is another
    # invitation
    ("en", "Tokayev is to pay an official visit to Turkmenistan following an invitation by his counterpart, Serdar "
           "Berdimuhamedow. Berdimuhamedow extended the invitation to Tokayev during a phone call. Tokayev welcomed "
           "the invitation and may visit Ashgabat in May.", {(SERDAR, TOKAYEV, "turkmenistan", None)}),
    ("ru", "Путина пригласили в Пекин. Лавров встретился с Сердаром Бердымухамедовым. «Мы подтверждаем наше "
           "приглашение президенту России», — сказал Бердымухамедов.",
     {(SERDAR, PUTIN, "turkmenistan", None), (None, PUTIN, "beijing", None)}),
])
def test_a_city_told_without_its_host_is_the_place_of_the_hosts_state(lang, text, expected):
    assert invitations_and_acceptance(text, lang, MAR_14_2025) == expected


# ------------------------------------------------------------------------------------------ invitations

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Jaishankar met Wang Yi on Monday. Look forward to seeing him in India, Jaishankar said.",
     ("subrahmanyam-jaishankar", "wang-yi", "india")),
    ("en", "Modi met Putin on Monday. He told Putin that he looks forward to welcoming him in India.",
     ("narendra-modi", "vladimir-putin", "india")),
    ("ru", "Моди встретился с Путиным. Моди заявил, что с нетерпением ждет его в Индии.",
     ("narendra-modi", "vladimir-putin", "india")),
    ("uk", "Моді зустрівся з Путіним. Моді заявив, що з нетерпінням чекає його в Індії.",
     ("narendra-modi", "vladimir-putin", "india")),
])
def test_awaiting_him_invites_the_one_named_before_and_the_speaker_hosts(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Макрон показал журналистам приглашение Трампу от Путина.", {("vladimir-putin", "donald-trump", "russia")}),
    ("uk", "Макрон показав журналістам запрошення Трампу від Путіна.", {("vladimir-putin", "donald-trump", "russia")}),
    ("uk", "Макрон показав журналістам запрошення Трампу.", {(None, "donald-trump", None)}),
])
def test_an_invitation_to_someone_in_the_dative_names_the_guest_not_the_host(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


def test_an_invitation_of_someone_in_the_genitive_still_names_the_host():
    assert invitations("Макрон показав журналістам запрошення Путіна.", "uk", MAR_14_2025) == \
        {("vladimir-putin", "emmanuel-macron", "russia")}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Лидеры встретятся в Сочи по приглашению Путина. Путин пригласил Пашиняна и Алиева к участию в саммите."),
    ("uk", "Лідери зустрінуться в Сочі на запрошення Путіна. Путін запросив Пашиняна та Алієва до участі в саміті."),
    ("en", "The leaders will meet in Sochi at the invitation of Putin. Putin invited Pashinyan and Aliyev to take "
           "part in the summit."),
])
def test_a_summit_invitation_goes_to_the_city_the_host_invited_to_before(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("vladimir-putin", "nikol-pashinyan", "sochi"),
                                        ("vladimir-putin", "ilham-aliyev", "sochi")}


def test_a_state_named_in_the_invitation_stays_its_destination():
    assert invitations("Путин пригласил Моди в Москву. Путин пригласил Пашиняна в Россию.", "ru", MAR_14_2025) == \
        {("vladimir-putin", "narendra-modi", "moscow"), ("vladimir-putin", "nikol-pashinyan", "russia")}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Putin and Modi discussed preparations for Modi's forthcoming visit to Russia.",
     {("vladimir-putin", "narendra-modi", "russia")}),
    ("ru", "Путин и Моди обсудили предстоящий визит Моди в Россию.", {("vladimir-putin", "narendra-modi", "russia")}),
    ("uk", "Путін і Моді обговорили майбутній візит Моді до Росії.", {("vladimir-putin", "narendra-modi", "russia")}),
    ("en", "Putin and Modi recalled Modi's visit to Russia last year.", set()),
    ("ru", "Путин и Моди вспомнили прошлый визит Моди в Россию.", set()),
])
def test_a_forthcoming_visit_is_an_invitation_by_the_host(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Lukashenko said Putin had invited him to Moscow.", ("vladimir-putin", "alexander-lukashenko", "moscow")),
    ("ru", "Лукашенко заявил, что Путин пригласил его в Москву.", ("vladimir-putin", "alexander-lukashenko", "moscow")),
    ("uk", "Лукашенко заявив, що Путін запросив його до Москви.", ("vladimir-putin", "alexander-lukashenko", "moscow")),
    ("en", "Modi spoke with Putin on Monday and invited him to India.", ("narendra-modi", "vladimir-putin", "india")),
    ("ru", "Моди провел переговоры с Путиным и пригласил его в Индию.", ("narendra-modi", "vladimir-putin", "india")),
])
def test_invited_him_after_a_reporting_verb_makes_the_speaker_the_guest(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Aliyev and Pashinyan were invited to Washington by Trump.",
     {("donald-trump", "nikol-pashinyan", "washington"), ("donald-trump", "ilham-aliyev", "washington")}),
    ("ru", "Алиев и Пашинян были приглашены в Вашингтон.",
     {(None, "nikol-pashinyan", "washington"), (None, "ilham-aliyev", "washington")}),
    ("en", "Aliyev met Blinken. Pashinyan was invited to Washington by Trump.",
     {("donald-trump", "nikol-pashinyan", "washington")}),
])
def test_guests_listed_before_a_passive_invitation_are_each_invited(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text", [
    ("uk", "«Я запросив прем'єр-міністра Індії відвідати Україну», - сказав Зеленський."),
    ("en", "\"I invited the Indian prime minister to visit Ukraine,\" Zelensky said."),
    ("ru", "«Я пригласил премьер-министра Индии посетить Украину», — сказал Зеленский."),
])
def test_i_invited_in_a_quote_is_the_quoted_speakers_invitation(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("volodymyr-zelenskyy", "narendra-modi", "ukraine")}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Зеленский заявил, что принял приглашение Эрдогана посетить Турцию."),
    ("uk", "Зеленський заявив, що прийняв запрошення Ердогана відвідати Туреччину."),
    ("en", "Zelensky said he had accepted an invitation from Erdogan to visit Turkey."),
])
def test_the_one_who_says_he_accepted_an_invitation_is_the_guest(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Ердоган також повідомив журналістам, що в серпні Туреччину відвідає Володимир Путін."),
    ("ru", "Эрдоган также сообщил журналистам, что в августе Турцию посетит Владимир Путин."),
    ("ru", "Эрдоган сообщил, что Путин посетит Турцию в августе."),
])
def test_a_visit_told_with_the_place_first_and_the_guest_after_the_verb_is_agreed(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("recep-tayyip-erdogan", "vladimir-putin", "turkey")}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин предложил провести следующий саммит «тройки» в России; Раиси и Эрдоган согласились."),
    ("uk", "Путін запропонував провести наступний саміт у Росії, і Раїсі та Ердоган погодилися."),
    ("en", "Putin offered to host the next summit in Russia, and Raisi and Erdogan agreed."),
])
def test_offering_to_host_the_next_summit_invites_the_others(lang, text):
    found = facts(text, lang, MAR_14_2025).invitations
    assert {(i.inviter, i.invitee, i.destination) for i in found} == {
        ("vladimir-putin", "ebrahim-raisi", "russia"), ("vladimir-putin", "recep-tayyip-erdogan", "russia")}
    assert all(i.accepted for i in found)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi spoke with Lula on Monday. The prime minister also said he was looking forward to welcoming the "
           "Brazilian president to India soon.", ("narendra-modi", "luiz-inacio-lula-da-silva", "india")),
    ("en", "Shehbaz Sharif called Masoud Pezeshkian. The Prime Minister also reiterated his invitation to President "
           "Masoud Pezeshkian to undertake an official visit to Pakistan.",
     ("shehbaz-sharif", "masoud-pezeshkian", "pakistan")),
])
def test_an_unnamed_host_told_by_his_office_is_the_person_of_it_named_before(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Моди провел переговоры с Путиным. «Я с нетерпением жду возможности принять президента Путина в Индии», "
           "— отметил он."),
    ("uk", "Моді провів переговори з Путіним. «Я з нетерпінням чекаю можливості прийняти президента Путіна в Індії», "
           "— зазначив він."),
])
def test_awaiting_to_host_someone_is_an_invitation_not_a_meeting_foreseen(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("narendra-modi", "vladimir-putin", "india")}


def test_a_visit_to_a_state_and_the_arrival_in_its_capital_are_one_trip():
    found = invitations("Прем'єр-міністр Індії Моді відвідає Україну в серпні. Нарендра Моді прибуде до Києва в "
                         "серпні на запрошення Зеленського.", "uk", MAR_14_2025)
    assert {(g, d) for _, g, d in found} == {("narendra-modi", "ukraine")}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ramaphosa said South Africa looks forward to hosting Trump at the G20 summit next year.",
     ("cyril-ramaphosa", "donald-trump", "south-africa")),
    ("en", "Modi said India looks forward to hosting Lula later this year.",
     ("narendra-modi", "luiz-inacio-lula-da-silva", "india")),
    ("ru", "Моди заявил, что Индия будет рада принять Путина в этом году.",
     ("narendra-modi", "vladimir-putin", "india")),
    ("uk", "Моді заявив, що Індія буде рада прийняти Путіна цього року.",
     ("narendra-modi", "vladimir-putin", "india")),
])
def test_looking_forward_to_hosting_a_guest_is_an_invitation_by_the_speaker(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Лукашенко передал Зеленскому приглашение приехать в Минск.",
     ("alexander-lukashenko", "volodymyr-zelenskyy")),
    ("uk", "Ердоган передав Зеленському запрошення відвідати Анкару.",
     ("recep-tayyip-erdogan", "volodymyr-zelenskyy")),
    ("ru", "Эрдоган вручил Путину приглашение посетить Турцию.", ("recep-tayyip-erdogan", "vladimir-putin")),
])
def test_an_invitation_handed_to_a_dative_is_given_by_the_subject(lang, text, expected):
    assert {(host, guest) for host, guest, _ in invitations(text, lang, MAR_14_2025)} == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "\"We are grateful for the honour,\" Modi said, referring to Ramaphosa's acceptance of his invitation to "
           "visit India.", ("narendra-modi", "cyril-ramaphosa", "india")),
    ("ru", "Моди приветствовал согласие Путина принять его приглашение посетить Индию.",
     ("narendra-modi", "vladimir-putin", "india")),
    ("uk", "Моді привітав згоду Путіна прийняти його запрошення відвідати Індію.",
     ("narendra-modi", "vladimir-putin", "india")),
])
def test_his_invitation_is_given_by_the_other_person_of_the_sentence(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Tokayev accepted Xi's invitation to pay a state visit to China.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
    ("ru", "Токаев принял приглашение Си Цзиньпина совершить государственный визит в Китай.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
    ("uk", "Токаєв прийняв запрошення Сі Цзіньпіна здійснити державний візит до Китаю.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
])
def test_an_invitation_to_pay_a_visit_is_an_invitation_to_come(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Лукашенко сообщил, что пригласил Путина в Беларусь на форум.",
     ("alexander-lukashenko", "vladimir-putin", "belarus")),
    ("uk", "Лукашенко повідомив, що запросив Путіна до Білорусі на форум.",
     ("alexander-lukashenko", "vladimir-putin", "belarus")),
    ("en", "Lukashenko said he had invited Putin to Belarus for the forum.",
     ("alexander-lukashenko", "vladimir-putin", "belarus")),
])
def test_the_one_who_says_he_invited_is_the_host(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "По приглашению Си Цзиньпина Токаев совершит государственный визит в Китай.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
    ("uk", "На запрошення Сі Цзіньпіна Токаєв здійснить державний візит до Китаю.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
    ("en", "At the invitation of Xi Jinping, Tokayev will pay a state visit to China.",
     ("xi-jinping", "kassym-jomart-tokayev", "china")),
])
def test_a_fronted_at_the_invitation_of_names_the_guest_after_it(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "Zelensky said he hoped to see Modi in Kyiv soon."),
    ("ru", "Зеленский выразил надежду увидеть Моди в Киеве."),
    ("uk", "Зеленський висловив сподівання побачити Моді в Києві."),
])
def test_hoping_to_see_a_guest_at_home_is_an_invitation_by_the_speaker(lang, text):
    assert {(host, guest) for host, guest, _ in invitations(text, lang, MAR_14_2025)} == {
        ("volodymyr-zelenskyy", "narendra-modi")}


@pytest.mark.parametrize("lang,text,destination", [
    # the destination is the place the text names, as the seeds' gold has it ("визит в Москву" -> Moscow)
    ("en", "Putin also invited Kim to visit Moscow.", "moscow"),
    ("en", "Lukashenko invited Trump to Minsk.", "minsk"),
    ("ru", "Лукашенко пригласил Трампа в Минск.", "minsk"),
    ("uk", "Зеленський запросив Моді до Києва.", "kyiv"),
    # near misses: a state named stays the state
    ("en", "Putin invited Kim to visit Russia.", "russia"),
    ("ru", "Путин пригласил Кима посетить Россию.", "russia"),
    ("uk", "Зеленський запросив Моді відвідати Україну.", "ukraine"),
])
def test_the_destination_is_the_place_the_text_names(lang, text, destination):
    assert {d for _, _, d in invitations(text, lang, MAR_14_2025)} == {destination}


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev and Mirziyoyev agreed that Tokayev will pay a state visit to Uzbekistan next year."),
    ("ru", "Токаев и Мирзиёев договорились, что Токаев совершит государственный визит в Узбекистан в следующем году."),
    ("uk", "Токаєв і Мірзійоєв домовилися, що Токаєв здійснить державний візит до Узбекистану наступного року."),
])
def test_a_state_visit_agreed_is_an_invitation_by_the_host(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("shavkat-mirziyoyev", "kassym-jomart-tokayev", "uzbekistan")}


# ------------------------------------------------------------------------------------------ invitations

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. Мирзиёев предложил казахстанскому лидеру "
           "посетить Узбекистан весной.", ("shavkat-mirziyoyev", "kassym-jomart-tokayev", "uzbekistan")),
    ("ru", "Владимир Путин провел переговоры с Нарендрой Моди. Путин предложил своему индийскому коллеге посетить "
           "Россию в следующем году.", ("vladimir-putin", "narendra-modi", "russia")),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував українському лідерові "
           "відвідати Туреччину.", ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")),
    ("uk", "Реджеп Ердоган провів переговори з Володимиром Зеленським. Ердоган запропонував своєму українському "
           "колезі відвідати Анкару.", ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "ankara")),
    ("en", "Erdogan held talks with Zelensky in Ankara. Erdogan asked the Ukrainian leader to visit Turkey again.",
     ("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")),
    ("en", "Lula spoke with Modi. Lula asked his Indian counterpart to attend the summit in Brazil.",
     ("luiz-inacio-lula-da-silva", "narendra-modi", "brazil")),
])
def test_a_guest_asked_to_come_may_be_named_by_his_states_adjective_and_title(lang, text, expected):
    assert expected in invitations(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Міністр закордонних справ України Андрій Сибіга провів зустріч з Ван І. Міністр закордонних справ запросив "
           "Ван І відвідати Україну.", ("andrii-sybiha", "wang-yi", "ukraine")),
    ("ru", "Министр иностранных дел Индии Субраманьям Джайшанкар провел переговоры с Сергеем Лавровым в Москве. Лавров "
           "и Джайшанкар обсудили торговлю. Министр иностранных дел пригласил Лаврова посетить Индию.",
     ("subrahmanyam-jaishankar", "sergey-lavrov", "india")),
    ("en", "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Sergey Lavrov in Moscow. Lavrov and "
           "Jaishankar discussed trade. The foreign minister invited Lavrov to visit India.",
     ("subrahmanyam-jaishankar", "sergey-lavrov", "india")),
    ("en", "Prime Minister Keir Starmer met Anthony Albanese in London. Albanese and Starmer discussed trade. The "
           "prime minister invited Albanese to visit Britain again.",
     ("keir-starmer", "anthony-albanese", "united-kingdom")),
])
def test_a_host_named_by_a_title_the_guest_also_holds_is_the_other_holder(lang, text, expected):
    assert expected in invitations(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин в ходе встречи с Моди пригласил того посетить Россию с визитом.",
     ("vladimir-putin", "narendra-modi", "russia")),
    ("ru", "Владимир Путин провел переговоры с президентом Ирана Масудом Пезешкианом и пригласил того в Москву.",
     ("vladimir-putin", "masoud-pezeshkian", "moscow")),
    ("uk", "Зеленський під час зустрічі з Моді запросив того відвідати Україну.",
     ("volodymyr-zelenskyy", "narendra-modi", "ukraine")),
    ("uk", "Зеленський провів переговори з Моді та запросив того до Києва.",
     ("volodymyr-zelenskyy", "narendra-modi", "kyiv")),
])
def test_a_demonstrative_guest_is_the_other_person_named_before(lang, text, expected):
    assert expected in invitations(text, lang, MAR_14_2025)


@pytest.mark.parametrize("text,expected", [
    ("Глава МЗС України Андрій Сибіга провів переговори з міністром зовнішніх справ Китаю Ван Ї. Зазначається, що "
     "міністр зовнішніх справ запросив Ван Ї відвідати Україну.", ("andrii-sybiha", "wang-yi", "ukraine")),
    ("Андрій Сибіга зустрівся з Ван І у Мюнхені. Міністр зовнішніх справ також запросив Ван І відвідати "
     "Київ.", ("andrii-sybiha", "wang-yi", "kyiv")),
])
def test_the_foreign_ministers_title_in_its_variant_wording_names_the_host(text, expected):
    assert expected in invitations(text, "uk", MAR_14_2025)


# ---- "invited X to Ukraine and himself received an invitation to China": the subject is the second guest ---------


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сибига пригласил Ван И посетить Украину, а сам получил приглашение совершить поездку в Китай."),
    ("uk", "Сибіга запросив Ван І відвідати Україну, а сам отримав запрошення здійснити поїздку до Китаю."),
    ("en", "Sybiha invited Wang Yi to visit Ukraine and himself received an invitation to travel to China."),
])
def test_the_subject_himself_invited_in_a_second_clause(lang, text):
    found = invitations(text, lang, MAR_14_2025)
    assert ("andrii-sybiha", "wang-yi", "ukraine") in found
    assert any(invitee == "andrii-sybiha" and destination == "china" for _, invitee, destination in found)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Сибига получил приглашение совершить поездку в Китай.", {(None, "andrii-sybiha", "china")}),
    ("uk", "Сибіга отримав запрошення здійснити поїздку до Китаю.", {(None, "andrii-sybiha", "china")}),
    # near misses: an invitation to another act; one clause only
    ("ru", "Сибига получил приглашение присоединиться к инициативе Китая.", set()),
    ("ru", "Сибига пригласил Ван И посетить Украину, а сам вернулся в Киев.",
     {("andrii-sybiha", "wang-yi", "ukraine")}),
])
def test_an_invitation_to_make_a_trip_is_one_to_visit(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


MAY_15_2024 = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("lang,text,inviter,invitee", [
    ("uk", "Українська сторона запросила американських високопосадовців відвідати Україну.", "ukraine",
     "united-states"),
    ("uk", "Зеленський запросив американську делегацію відвідати Україну.", "volodymyr-zelenskyy", "united-states"),
    ("ru", "Украинская сторона пригласила американских чиновников посетить Украину.", "ukraine", "united-states"),
    ("ru", "Зеленский пригласил американскую делегацию посетить Украину.", "volodymyr-zelenskyy", "united-states"),
    ("en", "The Ukrainian side invited American officials to visit Ukraine.", "ukraine", "united-states"),
    ("en", "Zelensky invited the American delegation to visit Ukraine.", "volodymyr-zelenskyy", "united-states"),
])
def test_a_states_people_unnamed_are_invited_as_their_state(lang, text, inviter, invitee):
    (invitation,) = facts(text, lang, MAY_15_2024).invitations
    assert (invitation.inviter, invitation.invitee, invitation.destination) == (inviter, invitee, "ukraine")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський запросив американські компанії інвестувати в Україну."),  # no group of the state's people
    ("ru", "Зеленский пригласил американских туристов посетить Украину."),
    ("en", "Zelensky invited American companies to visit Ukraine."),
    ("en", "The Ukrainian side invited Ukrainian officials to visit Kyiv."),  # the inviter's own people
])
def test_other_people_of_a_state_are_no_invited_state(lang, text):
    assert facts(text, lang, MAY_15_2024).invitations == ()


@pytest.mark.parametrize("lang,text", [
    ("uk", "За словами Зеленського, Україна чекає Алієва з візитом у Києві."),
    ("ru", "По словам Зеленского, Украина ждёт Алиева с визитом в Киеве."),
    ("en", "According to Zelensky, Ukraine looks forward to welcoming Aliyev in Kyiv."),
])
def test_the_source_still_invites_the_guest_awaited(lang, text):
    (invitation,) = facts(text, lang, MAY_15_2024).invitations
    assert (invitation.inviter, invitation.invitee) == ("volodymyr-zelenskyy", "ilham-aliyev")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "“Your visit will open a new chapter,” Cyril Ramaphosa said in his invitation letter to President "
           "Muhammadu Buhari.", ("cyril-ramaphosa", "muhammadu-buhari", "south-africa")),
    ("en", "Cyril Ramaphosa sent a letter of invitation to Muhammadu Buhari.",
     ("cyril-ramaphosa", "muhammadu-buhari", "south-africa")),
    ("ru", "Путин направил Токаеву пригласительное письмо.", ("vladimir-putin", "kassym-jomart-tokayev", "russia")),
    ("uk", "Зеленський надіслав запрошувальний лист Орбану.", ("volodymyr-zelenskyy", "viktor-orban", "ukraine")),
])
def test_an_invitation_letter_is_an_invitation_noun(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "На сайті уряду з'явилося запрошення президента України Володимира Зеленського відвідати США.",
     (None, "volodymyr-zelenskyy", "united-states")),
    ("ru", "Опубликовано приглашение президента Казахстана Касым-Жомарта Токаева посетить Китай.",
     (None, "kassym-jomart-tokayev", "china")),
    # near misses: the place is the genitive person's own state, so he is the host
    ("ru", "Токаев получил приглашение Си Цзиньпина посетить Китай.", ("xi-jinping", "kassym-jomart-tokayev", "china")),
    ("uk", "Токаєв отримав запрошення Сі Цзіньпіна відвідати Китай.", ("xi-jinping", "kassym-jomart-tokayev", "china")),
])
def test_the_genitive_after_the_invitation_is_the_guest_when_the_trip_leaves_his_state(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "США запросили Зеленського до США. Байден з нетерпінням чекає можливості вітати Зеленського у США.",
     {("joe-biden", "volodymyr-zelenskyy", "united-states")}),
    ("ru", "США пригласили Зеленского в США. Байден с нетерпением ждет возможности приветствовать Зеленского в США.",
     {("joe-biden", "volodymyr-zelenskyy", "united-states")}),
    ("en", "The United States invited Zelensky to the United States. Biden looks forward to welcoming Zelensky in the "
           "United States.", {("joe-biden", "volodymyr-zelenskyy", "united-states")}),
])
def test_a_host_told_as_a_state_and_then_as_its_leader_is_the_leader(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


def test_two_leaders_of_other_states_stay_two_hosts():
    text = "Erdogan invited Zelensky to Turkey. Macron invited Zelensky to France."
    assert invitations(text, "en", MAR_14_2025) == {("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey"),
                                        ("emmanuel-macron", "volodymyr-zelenskyy", "france")}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Tokayev met Berdimuhamedov in Astana. Tokayev said his government is working on his official visit to "
           "Turkmenistan.", ("turkmenistan", "kassym-jomart-tokayev", "turkmenistan")),
    ("ru", "Токаев провел переговоры с Бердымухамедовым. Он сообщил, что идет подготовка к его государственному "
           "визиту в Туркменистан.", ("turkmenistan", "kassym-jomart-tokayev", "turkmenistan")),
    ("uk", "Токаєв провів переговори з Бердимухамедовим. Він повідомив, що триває підготовка до його візиту в "
           "Туркменістан.", ("turkmenistan", "kassym-jomart-tokayev", "turkmenistan")),
])
def test_a_visit_in_preparation_told_by_a_possessive_is_the_guest_named_before(lang, text, expected):
    assert expected in invitations(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сибига пригласил Ван И посетить Украину, а сам получил приглашение совершить поездку в Китай."),
    ("uk", "Сибіга запросив Ван І відвідати Україну, а сам отримав запрошення приїхати до Китаю."),
    ("en", "Sybiha invited Wang Yi to visit Ukraine and himself received an invitation to come to China."),
])
def test_a_clause_joined_by_himself_has_the_first_clauses_subject(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("andrii-sybiha", "wang-yi", "ukraine"),
                                            ("wang-yi", "andrii-sybiha", "china")}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин пригласил Лулу принять участие в праздновании. Последний поблагодарил за приглашение и согласился "
           "приехать в Москву."),
    ("uk", "Путін запросив Лулу взяти участь у святкуванні. Останній подякував за запрошення і погодився приїхати до "
           "Москви."),
    ("en", "Putin invited Lula to attend the celebration. The latter thanked him for the invitation and agreed to come "
           "to Moscow."),
    ("ru", "Путин пригласил Лулу принять участие в праздновании. Лула поблагодарил за приглашение и согласился "
           "приехать в Москву."),
])
def test_the_guest_who_thanks_and_agrees_to_come_accepts_and_names_the_place(lang, text):
    found = invitations_and_acceptance(text, lang, MAR_14_2025)
    assert found == {("vladimir-putin", "luiz-inacio-lula-da-silva", "moscow", True)}


@pytest.mark.parametrize("lang,text,expected", [
    # the state the invitation names stays: the city is a place within the trip
    ("en", "Putin invited Lula to visit Russia. The latter thanked him for the invitation and agreed to come to "
           "Moscow.", ("vladimir-putin", "luiz-inacio-lula-da-silva", "russia", True)),
    # no thanks, no acceptance: the guest's own state is no destination
    ("ru", "Путин пригласил Лулу принять участие в праздновании. Последний отказался от комментариев.",
     ("vladimir-putin", "luiz-inacio-lula-da-silva", "russia", None)),
])
def test_an_acceptance_keeps_the_state_named_and_a_remark_adds_nothing(lang, text, expected):
    assert invitations_and_acceptance(text, lang, MAR_14_2025) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("en", "Lula spoke by phone with Putin and rejected an invitation to visit Russia."),
    ("ru", "Лула поговорил по телефону с Путиным и отклонил приглашение посетить Россию."),
    ("uk", "Лула поговорив телефоном з Путіним і відхилив запрошення відвідати Росію."),
])
def test_the_one_spoken_with_is_not_the_guest_who_declines(lang, text):
    # the guest is Lula; the host is Russia's leader named in the text, as for an invitation accepted
    found = invitations_and_acceptance(text, lang, MAR_14_2025)
    assert found == {("vladimir-putin", "luiz-inacio-lula-da-silva", "russia", False)}


@pytest.mark.parametrize("lang,text,expected", [
    # near miss: the person after "with" is the only one before the noun, so he stays the guest
    ("en", "Together with Lula, Putin accepted an invitation to visit China.",
     ("xi-jinping", "vladimir-putin", "china", True)),
    ("ru", "Вместе с Лулой Путин принял приглашение посетить Китай.", ("xi-jinping", "vladimir-putin", "china", True)),
])
def test_a_companion_before_another_person_leaves_that_person_the_guest(lang, text, expected):
    assert (expected[1], expected[2]) in {(i[1], i[2]) for i in invitations_and_acceptance(text, lang, MAR_14_2025)}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Туреччина надіслала Зеленському офіційне запрошення.", {("turkey", "volodymyr-zelenskyy", "turkey")}),
    ("ru", "Турция направила Зеленскому официальное приглашение.", {("turkey", "volodymyr-zelenskyy", "turkey")}),
    ("uk", "Ердоган надіслав Зеленському офіційне запрошення.",
     {("recep-tayyip-erdogan", "volodymyr-zelenskyy", "turkey")}),
    # near miss: the guest's own state sends him nothing to visit
    ("uk", "Україна надіслала Зеленському запрошення.", {(None, "volodymyr-zelenskyy", None)}),
])
def test_a_state_that_sends_an_invitation_to_a_named_guest_invites_him(lang, text, expected):
    assert invitations(text, lang, MAR_14_2025) == expected


NAME_LIKE_A_PARTICLE = [
    ("ru", "Ли Чжэ Мён пригласил Лоуренса Вонга на саммит АТЭС в Кёнджу."),
    ("uk", "Лі Дже Мьон запросив Лоуренса Вонга на саміт АТЕС у Кьонджу."),
    ("en", "Lee Jae-myung invited Lawrence Wong to the APEC summit in Gyeongju."),
]


@pytest.mark.parametrize("lang,text", NAME_LIKE_A_PARTICLE)
def test_a_name_sounding_like_a_particle_blocks_no_invitation(lang: str, text: str) -> None:
    assert ("lee-jae-myung", "lawrence-wong", "gyeongju") in invitations_as_listed(text, lang, MAR_14_2025)


PARTICLE_NEAR_MISSES = [
    ("ru", "Ли Чжэ Мён не пригласил Лоуренса Вонга на саммит АТЭС в Кёнджу."),
    ("uk", "Невідомо, чи Лі Дже Мьон запросить Лоуренса Вонга на саміт АТЕС у Кьонджу."),
    ("en", "It is unclear whether Lee Jae-myung will invite Lawrence Wong to the APEC summit in Gyeongju."),
]


@pytest.mark.parametrize("lang,text", PARTICLE_NEAR_MISSES)
def test_a_real_blocker_by_a_name_still_blocks(lang: str, text: str) -> None:
    assert not invitations_as_listed(text, lang, MAR_14_2025)


BARE_TITLE = [
    ("ru", "Ли Чжэ Мён провел беседу с премьер-министром Сингапура Лоуренсом Вонгом. Об этом сообщил президент "
           "РК. Ли Чжэ Мён пригласил премьер-министра принять участие в саммите АТЭС, который пройдет в Кёнджу."),
    ("uk", "Лі Дже Мьон провів розмову з прем'єр-міністром Сінгапуру Лоуренсом Вонгом. Лі Дже Мьон запросив "
           "прем'єр-міністра взяти участь у саміті АТЕС, який відбудеться в Кьонджу."),
    ("en", "Lee Jae-myung spoke by phone with Singapore's Prime Minister Lawrence Wong. Lee invited the prime "
           "minister to take part in the APEC summit to be held in Gyeongju."),
]


@pytest.mark.parametrize("lang,text", BARE_TITLE)
def test_a_bare_title_as_guest_is_its_holder_named_before(lang: str, text: str) -> None:
    assert ("lee-jae-myung", "lawrence-wong", "gyeongju") in invitations_as_listed(text, lang, MAR_14_2025)


BARE_TITLE_NEAR_MISSES = [
    ("ru", "Путин провел беседу с премьер-министром Индии Нарендрой Моди. Путин пригласил премьер-министра "
           "Пакистана на саммит БРИКС в Казани."),
]


@pytest.mark.parametrize("lang,text", BARE_TITLE_NEAR_MISSES)
def test_a_title_with_its_own_state_is_not_the_one_named_before(lang: str, text: str) -> None:
    assert all(invitee != "narendra-modi" for _, invitee, _ in invitations_as_listed(text, lang, MAR_14_2025))


WELCOME_YOU_QUOTED = [
    ("ru", "Путин поздравил Рамафосу с переизбранием. «Буду рад приветствовать Вас на саммите БРИКС в Казани», — "
           "отметил Путин."),
    ("uk", "Путін привітав Рамафосу з переобранням. «Буду радий вітати Вас на саміті БРІКС у Казані», — зазначив "
           "Путін."),
    ("en", "Putin congratulated Ramaphosa on his re-election. \"I will be glad to welcome you at the BRICS summit in "
           "Kazan,\" Putin said."),
    ("en", "Putin congratulated Ramaphosa on his re-election. \"I will be glad to welcome him at the BRICS summit in "
           "Kazan,\" Putin said."),
]


@pytest.mark.parametrize("lang,text", WELCOME_YOU_QUOTED)
def test_a_quoted_welcome_to_come_is_an_invitation_by_the_speaker(lang: str, text: str) -> None:
    assert ("vladimir-putin", "cyril-ramaphosa", "kazan") in invitations_as_listed(text, lang, MAR_14_2025)


VISIT_NAMES_THE_PLACE = [
    ("ru", "Нгуен Суан Фук в аэропорту Джакарты (Фото) – Нгуен Суан Фук завершил государственный визит в Индонезию "
           "по приглашению президента Джоко Видодо."),
    ("uk", "Нгуєн Суан Фук на фото в аеропорту Джакарти, Індонезія. Нгуєн Суан Фук завершив державний візит до "
           "Індонезії на запрошення президента Джоко Відодо."),
    ("en", "Nguyen Xuan Phuc at the airport in Jakarta, Indonesia (Photo: agency)Hanoi (agency) – Nguyen Xuan Phuc "
           "wrapped up a State visit to Indonesia at the invitation of President Joko Widodo."),
]


@pytest.mark.parametrize("lang,text", VISIT_NAMES_THE_PLACE)
def test_the_place_a_visit_word_names_is_the_destination_of_a_visit_at_an_invitation(lang: str, text: str) -> None:
    assert ("joko-widodo", "nguyen-xuan-phuc", "indonesia") in invitations_as_listed(text, lang, MAR_14_2025)


VISIT_PLACE_NEAR_MISSES = [
    ("en", "Nguyen Xuan Phuc arrived in Jakarta at the invitation of President Joko Widodo."),
]


@pytest.mark.parametrize("lang,text", VISIT_PLACE_NEAR_MISSES)
def test_a_place_arrived_at_without_a_visit_word_stays_the_destination(lang: str, text: str) -> None:
    assert ("joko-widodo", "nguyen-xuan-phuc", "jakarta") in invitations_as_listed(text, lang, MAR_14_2025)


INVITATION_BY_TO = [
    ("en", "The letter included an official invitation by Sheikh Nawaf to King Salman to visit Kuwait."),
    ("uk", "Лист містив офіційне запрошення від шейха Навафа королю Салману відвідати Кувейт."),
    ("en", "His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah sent a letter to Saudi King Salman bin "
           "Abdulaziz Al-Saud. The letter carried an invitation by His Highness the Amir to the Saudi King to visit "
           "Kuwait."),
]


@pytest.mark.parametrize("lang,text", INVITATION_BY_TO)
def test_an_invitation_by_one_to_another_names_host_and_guest(lang: str, text: str) -> None:
    assert ("nawaf-al-ahmad", "salman-of-saudi-arabia", "kuwait") in invitations_as_listed(text, lang, MAR_14_2025)


HEADLINE_BY_TITLE = [
    ("ru", "ЛИТОВСКИЙ ПРЕМЬЕР ПОЛУЧИЛ ПРИГЛАШЕНИЕ ПОСЕТИТЬ РОССИЮ. Председатель правительства России Сергей Степашин "
           "пригласил нового литовского премьера Роландаса Паксаса посетить Россию."),
    ("uk", "ЛИТОВСЬКИЙ ПРЕМ'ЄР ОТРИМАВ ЗАПРОШЕННЯ ВІДВІДАТИ РОСІЮ. Голова уряду Росії Сергій Степашин запросив "
           "нового литовського прем'єра Роландаса Паксаса відвідати Росію."),
    ("en", "LITHUANIAN PREMIER RECEIVES INVITATION TO VISIT RUSSIA. Russian Prime Minister Sergei Stepashin invited "
           "the new Lithuanian premier Rolandas Paksas to visit Russia."),
]


@pytest.mark.parametrize("lang,text", HEADLINE_BY_TITLE)
def test_a_guest_told_by_title_only_is_the_one_the_body_names(lang: str, text: str) -> None:
    found = invitations_as_listed(text, lang, MAR_14_2025)
    assert len(found) == 1 and found[0][2] == "russia" and found[0][0] is not None


HEADLINE_NEAR_MISSES = [
    ("en", "Lithuanian premier receives invitation to visit Russia. Russian Prime Minister Sergei Stepashin invited "
           "the Latvian premier Rolandas Paksas to visit Russia."),
]


@pytest.mark.parametrize("lang,text", HEADLINE_NEAR_MISSES)
def test_a_guest_of_another_state_is_not_the_title_told_before(lang: str, text: str) -> None:
    assert any(inviter is None for inviter, _, _ in invitations_as_listed(text, lang, MAR_14_2025))


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев провел переговоры с Пашиняном. Глава государства прибыл в Египет с рабочим визитом по приглашению "
           "президента США Дональда Трампа и президента Египта Абдельфаттаха ас-Сиси."),
    ("en", "Aliyev met Pashinyan. Aliyev arrived in Egypt at the invitation of US President Donald Trump and "
           "Egyptian President Abdel Fattah el-Sisi."),
])
def test_an_invitation_of_two_hosts_is_one_from_each_and_the_place_arrived_at_is_no_guest(lang, text):
    assert invitations(text, lang, MAR_14_2025) == {("donald-trump", "ilham-aliyev", "egypt"),
                                        ("abdel-fattah-el-sisi", "ilham-aliyev", "egypt")}
