"""Real batch 12 in Russian and Ukrainian (issue 15), in general form. Own sentences in ru, uk and en (facts may
carry over from the articles, wording does not), each behaviour with near misses that must not fire."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

from kg.records import PartialDate

D = date(2025, 3, 14)


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
    assert meeting_pairs(facts(text, lang, D)) == {pair}


# ---- "managed to speak with", "успел переговорить": an infinitive after a verb of achievement was done ------------

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
    assert meeting_pairs(facts(text, lang, D)) == pairs


# ---- "A was preceded by B": each side of a verb of order is a meeting of its own, with its own pair and details ----

def _meetings(text: str, lang: str) -> set[tuple[tuple[str, ...], str, int | None]]:
    return {(m.participants, m.medium, m.duration_minutes) for m in facts(text, lang, D).meetings}


TRUMP_PUTIN_90 = (("donald-trump", "vladimir-putin"), "phone", 90)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Розмові з президентом України передувала майже півторагодинна бесіда Трампа з Владіміром Путіним.",
     {TRUMP_PUTIN_90}),
    ("ru", "Разговору с президентом Украины предшествовала почти полуторачасовая беседа Трампа с Владимиром Путиным.",
     {TRUMP_PUTIN_90}),
    ("en", "The call with the Ukrainian president was preceded by a 90-minute conversation between Trump and "
           "Vladimir Putin.", {TRUMP_PUTIN_90}),
    # both sides name their pair: two meetings, the duration with the one it is told of
    ("uk", "Розмові Трампа із Зеленським передувала півторагодинна бесіда Трампа з Путіним.",
     {TRUMP_PUTIN_90, (("donald-trump", "volodymyr-zelenskyy"), "phone", None)}),
    # near misses: what precedes is no meeting, or the sentence has one meeting word only
    ("uk", "Розмові Трампа з Путіним передувала довга підготовка.", {(("donald-trump", "vladimir-putin"), "phone",
                                                                      None)}),
    ("ru", "Встрече Путина с Эрдоганом предшествовала церемония встречи в аэропорту.",
     {(("recep-tayyip-erdogan", "vladimir-putin"), "in_person", None)}),
])
def test_a_verb_of_order_between_two_meetings_tells_each_apart(lang, text, expected):
    assert _meetings(text, lang) == expected


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
    assert _meetings(text, lang) == expected


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
    assert _meetings(text, lang) == expected


# ---- "Перед цим", "before that": an earlier meeting, not the article's own -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський і Трамп щойно завершили розмову. Перед цим президент США спілкувався з Путіним. "
           "Розмова президентів тривала годину."),
    ("ru", "Зеленский и Трамп только что завершили разговор. Перед этим президент США пообщался с Путиным. "
           "Разговор президентов длился час."),
    ("en", "Zelensky and Trump have just finished their call. Before that, the US president spoke with Putin. "
           "The presidents' conversation lasted an hour."),
])
def test_a_meeting_told_before_that_is_not_the_one_the_duration_belongs_to(lang, text):
    found = {m.participants: m.duration_minutes for m in facts(text, lang, D).meetings}
    assert found.get(("donald-trump", "volodymyr-zelenskyy")) == 60
    assert found.get(("donald-trump", "vladimir-putin")) is None


# ---- bodies and forums real outlets name again and again -----------------------------------------------------

def _actors(text: str, lang: str) -> set[str]:
    return {m.actor for m in facts(text, lang, D).mentions}


@pytest.mark.parametrize("lang,text,actor,present", [
    ("ru", "Министры встретились на полях Мюнхенской конференции по безопасности.", "munich-security-conference", True),
    ("uk", "Міністри зустрілися під час Мюнхенської конференції з безпеки.", "munich-security-conference", True),
    ("en", "The ministers met at the Munich Security Conference.", "munich-security-conference", True),
    ("ru", "Президент пригласил премьера на саммит Крымской платформы.", "crimea-platform", True),
    ("uk", "Президент запросив прем'єра на саміт Кримської платформи.", "crimea-platform", True),
    ("en", "The president invited the premier to the Crimea Platform summit.", "crimea-platform", True),
    # near misses: Munich alone is the city, a platform of another name is none of these
    ("en", "The ministers met in Munich.", "munich-security-conference", False),
    ("uk", "Міністри зустрілися в Мюнхені.", "munich-security-conference", False),
    ("ru", "Стороны обсудили цифровую платформу для торговли.", "crimea-platform", False),
])
def test_forums_named_by_real_outlets_are_actors(lang, text, actor, present):
    assert (actor in _actors(text, lang)) is present


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
    ("ru", "Путин и Моди участвовали в российско-турецко-иранском саммите в Тегеране.",
     {("narendra-modi", "vladimir-putin")}),
])
def test_a_summit_of_states_named_by_one_adjective_joins_the_others(lang, text, expected):
    assert meeting_pairs(facts(text, lang, D)) == expected


# ---- dates: "since February" is no meeting's day; "on the eve of the visit" is the day before the one told --------

def _dated(text: str, lang: str) -> dict[tuple[str, ...], object]:
    return {m.participants: m.date for m in facts(text, lang, D).meetings}


WIDODO_ZELENSKYY = ("joko-widodo", "volodymyr-zelenskyy")
MACRON_ZELENSKYY = ("emmanuel-macron", "volodymyr-zelenskyy")


@pytest.mark.parametrize("lang,text,pair,day", [
    ("ru", "Видодо провел переговоры с Зеленским в Киеве. Он стал первым лидером Азии, посетившим Киев с февраля.",
     WIDODO_ZELENSKYY, PartialDate(2025, 3, 14)),
    ("uk", "Відодо провів переговори із Зеленським у Києві. Він став першим лідером Азії, що відвідав Київ з лютого.",
     WIDODO_ZELENSKYY, PartialDate(2025, 3, 14)),
    # near misses: a span of days dates the visit by its days; a plain date is the day
    ("ru", "Визит Видодо в Киев проходил с 1 марта по 3 марта, он провел переговоры с Зеленским.",
     WIDODO_ZELENSKYY, PartialDate(2025, 3, 1)),
    ("ru", "Видодо провел переговоры с Зеленским в Киеве 2 марта.", WIDODO_ZELENSKYY, PartialDate(2025, 3, 2)),
    # on the eve of the visit the article tells: the day before it
    ("ru", "Зеленский провел переговоры с Трампом в Вашингтоне. Накануне визита в США Зеленский встретился с "
           "Макроном в Париже.", MACRON_ZELENSKYY, PartialDate(2025, 3, 13)),
    ("uk", "Зеленський провів переговори з Трампом у Вашингтоні. Напередодні візиту до США Зеленський зустрівся з "
           "Макроном у Парижі.", MACRON_ZELENSKYY, PartialDate(2025, 3, 13)),
    ("en", "Zelensky held talks with Trump in Washington. On the eve of his visit to the United States, Zelensky held "
           "talks with French President Emmanuel Macron in Paris.", MACRON_ZELENSKYY, PartialDate(2025, 3, 13)),
    # near misses: the eve of something that is no meeting (elections: a day unknown) is no day before
    ("uk", "Напередодні виборів Зеленський зустрівся з Макроном.", MACRON_ZELENSKYY, PartialDate(2025, 3, 14)),
    ("ru", "Накануне выборов Зеленский встретился с Макроном.", MACRON_ZELENSKYY, PartialDate(2025, 3, 14)),
])
def test_since_gives_no_day_and_the_eve_of_a_meeting_is_the_day_before(lang, text, pair, day):
    assert _dated(text, lang)[pair] == day


# ---- morphology of names: each part of a woman's double surname declines ---------------------------------------

@pytest.mark.parametrize("lang,text,person", [
    ("uk", "Шмигаль зустрівся з маршалком Сенату Польщі Малгожатою Кідавою-Блонською.",
     "new:malhozhata-kidava-blonska"),
    ("uk", "Шмигаль обговорив візит Малгожати Кідави-Блонської.", "new:malhozhata-kidava-blonska"),
    ("ru", "Лавров встретился с Анной Кидавой-Блоньской.", "new:anna-kidava-blonskaya"),
    ("ru", "Лавров обсудил визит Малгожаты Кидавы-Блоньской.", "new:malgozhata-kidava-blonskaya"),
    # near misses: the nominative stays as written; a man's double surname keeps the dictionary's reading
    ("uk", "Делегацію очолила Малгожата Кідава-Блонська.", "new:malhozhata-kidava-blonska"),
    ("ru", "Лавров встретился с Николаем Римским-Корсаковым.", "new:nikolai-rimskiy-korsakov"),
])
def test_each_part_of_a_womans_double_surname_declines(lang, text, person):
    assert person in _actors(text, lang)


# ---- "N days ago", "місяць тому", "a month ago": the day, month or year that far back --------------------------

PUTIN_MIRZIYOYEV = ("shavkat-mirziyoyev", "vladimir-putin")


@pytest.mark.parametrize("lang,text,day", [
    ("ru", "Путин и Мирзиёев встречались 10 дней назад в Москве.", PartialDate(2025, 3, 4)),
    ("ru", "Путин и Мирзиёев лично общались месяц назад в Москве.", PartialDate(2025, 2)),
    ("ru", "Путин и Мирзиёев встречались три года назад в Москве.", PartialDate(2022)),
    ("uk", "Путін і Мірзійоєв зустрічалися два дні тому в Москві.", PartialDate(2025, 3, 12)),
    ("uk", "Путін і Мірзійоєв зустрічалися місяць тому в Москві.", PartialDate(2025, 2)),
    ("en", "Putin and Mirziyoyev met two days ago in Moscow.", PartialDate(2025, 3, 12)),
    ("en", "Putin and Mirziyoyev met a month ago in Moscow.", PartialDate(2025, 2)),
    # near misses: no count ("many years ago"), "тому що" (because) is no "ago"
    ("ru", "Путин и Мирзиёев встречались много лет назад в Москве.", None),
    ("en", "Putin and Mirziyoyev met many years ago in Moscow.", None),
    ("uk", "Путін і Мірзійоєв зустрілися в Москві цього тижня, тому що мали домовленість.", PartialDate(2025, 3, 14)),
])
def test_a_time_ago_dates_the_meeting_back_from_the_article(lang, text, day):
    assert _dated(text, lang)[PUTIN_MIRZIYOYEV] == day


# ---- "invited X to Ukraine and himself received an invitation to China": the subject is the second guest ---------

def _invitations(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, D).invitations}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сибига пригласил Ван И посетить Украину, а сам получил приглашение совершить поездку в Китай."),
    ("uk", "Сибіга запросив Ван І відвідати Україну, а сам отримав запрошення здійснити поїздку до Китаю."),
    ("en", "Sybiha invited Wang Yi to visit Ukraine and himself received an invitation to travel to China."),
])
def test_the_subject_himself_invited_in_a_second_clause(lang, text):
    found = _invitations(text, lang)
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
    assert _invitations(text, lang) == expected


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
    assert _invitations(text, lang) == expected


# ---- an outlet named with a state in the genitive is one name ------------------------------------------------

@pytest.mark.parametrize("lang,text,present,absent", [
    ("ru", "Трамп провел разговор с Зеленским, сообщает Голос Америки.", "new:golos-ameriki", "united-states"),
    ("uk", "Трамп провів розмову із Зеленським, повідомляє Голос Америки.", "new:holos-ameryky", "united-states"),
    # near misses: an outlet with no state after it; a state after a comma is none of the name
    ("uk", "Трамп провів розмову із Зеленським, передає Укрінформ.", "ukrinform", None),
    ("ru", "Об этом сообщает ТАСС, Россия.", "tass", None),
])
def test_an_outlet_with_a_state_in_the_genitive_is_one_name(lang, text, present, absent):
    found = _actors(text, lang)
    assert present in found
    assert absent is None or absent not in found
