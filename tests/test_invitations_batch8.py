"""Invitations read on batch 8 of real news: a title between the inviting verb and the guest's name, invitations
extended, thanked for and given to an occasion, visits and consultations announced for the host's state."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _triples(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenyatta met Suluhu in Nairobi.\n|"),
    ("ru", "Кениата встретился с Сулуху в Найроби.\n|\n"),
    ("uk", "Кеніата зустрівся з Сулуху в Найробі.\n|"),
])
def test_an_undated_article_ending_in_a_stray_mark_is_read(lang, text):
    # a line of punctuation alone at the end makes an empty last sentence; reading it must not fail
    assert facts(text, lang, None).meetings


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
    assert _triples(text, lang) == expected


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
    assert _triples(text, lang) == expected


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
    assert _triples(text, lang) == expected


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
    assert _triples(text, lang) == expected


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
    assert _triples(text, lang) == expected


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
    assert all(i.invitee != "peru" for i in facts(text, lang, REF).invitations)
    assert ("dina-boluarte", "peru") in {(i.inviter, i.destination) for i in facts(text, lang, REF).invitations}


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
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the person a received invitation is attributed to after a comma or dash says it, and sent nothing
    ("uk", "Віткофф отримав запрошення відвідати Україну, - Сибіга", {(None, "steve-witkoff", "ukraine")}),
    ("ru", "Уиткофф получил приглашение посетить Украину, - Сибига", {(None, "steve-witkoff", "ukraine")}),
    # near misses: the sender right after the noun, in the genitive
    ("uk", "Віткофф отримав запрошення Сибіги відвідати Україну.", {("andrii-sybiha", "steve-witkoff", "ukraine")}),
    ("ru", "Уиткофф получил приглашение Сибиги посетить Украину.", {("andrii-sybiha", "steve-witkoff", "ukraine")}),
])
def test_the_one_a_received_invitation_is_attributed_to_did_not_send_it(lang, text, expected):
    assert _triples(text, lang) == expected


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
    assert _triples(text, lang) == expected
