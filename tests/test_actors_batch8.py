"""Actors of real news, batch 8 (issue 15): organisations named by their head word, agencies and bodies the
gazetteer now knows, a city whose name holds a state's name, monarchs by title and name. All sentences are
invented."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

D = date(2023, 8, 2)


def _named(lang: str, text: str, published: date = D) -> dict[str, str]:
    """Each actor the article mentions: its English label -> its type."""
    from kg.gazetteer import load_gazetteer

    f = facts(text, lang, published)
    gaz = load_gazetteer()
    new = {a.key: a for a in f.new_actors}
    out = {}
    for m in f.mentions:
        actor = gaz.actor(m.actor) or new.get(m.actor)
        if actor is not None:
            out[actor.label_en] = actor.type
    return out


CITIES = [
    # (language, text, city, state the city's name holds but the text does not name)
    ("en", "The Prime Minister was welcomed at the airport of Port-of-Spain on Tuesday.", "Port of Spain", "Spain"),
    ("en", "The minister flew to Port of Spain for the talks.", "Port of Spain", "Spain"),
    ("ru", "Премьер-министр прибыл в Порт-оф-Спейн во вторник.", "Port of Spain", "Spain"),
    ("uk", "Прем'єр-міністр прибув до Порт-оф-Спейна у вівторок.", "Port of Spain", "Spain"),
    ("en", "Talks in Kuwait City ended late.", "Kuwait City", "Kuwait"),
]


@pytest.mark.parametrize("lang,text,city,state", CITIES)
def test_a_city_whose_name_holds_a_state_is_no_mention_of_the_state(lang, text, city, state):
    named = _named(lang, text)
    assert named.get(city) == "City"
    assert state not in named


HYPHENATED_STATES = [
    # near misses: a hyphen between two names still names both, or a state before a participle
    ("en", "The Spain-Portugal talks went on.", {"Spain", "Portugal"}),
    ("en", "The US-backed plan was signed.", {"United States"}),
]


@pytest.mark.parametrize("lang,text,states", HYPHENATED_STATES)
def test_hyphenated_names_of_states_stay_states(lang, text, states):
    assert states <= set(_named(lang, text))


HEADED = [
    # (language, text, English label): an organisation named in English by words around its head word
    ("en", "The deal was signed with the Geothermal Development Company on Monday.", "Geothermal Development Company"),
    ("en", "Investments with the Guma Group will be expanded.", "Guma Group"),
    ("en", "He was rector of the Estonian University of Life Sciences for years.",
     "Estonian University of Life Sciences"),
    ("en", "She studied at the University of Tartu before the war.", "University of Tartu"),
    ("en", "The meeting was reported by the Philippine News Agency.", "Philippine News Agency"),
    ("en", "Nothing new was said, Turan Information Agency reports.", "Turan Information Agency"),
    ("en", "A contract went to Consolidated Contractors Company last month.", "Consolidated Contractors Company"),
]


@pytest.mark.parametrize("lang,text,label", HEADED)
def test_an_organisation_named_by_its_head_word_is_an_actor(lang, text, label):
    assert _named(lang, text).get(label) == "Organization"


def test_a_state_that_begins_an_agency_s_name_stays_a_mention():
    named = _named("en", "The Tanzania News Agency said the visit went well.")
    assert named.get("Tanzania News Agency") == "Organization"
    assert named.get("Tanzania") == "Country"


NOT_HEADED = [
    # (language, text, words that must not become an organisation)
    ("en", "The Company said it would appeal.", "Company"),
    ("en", "Group leaders met in Bern on Monday.", "Group"),
    ("en", "They set up a Strategic Working Group to prepare the charter.", "Strategic Working Group"),
    ("en", "The Honor Guard Company lined up at the airport.", "Honor Guard Company"),
    ("en", "The China Group met on Monday.", "China Group"),
    ("ru", "Группа компаний провела встречу в Москве.", "Группа"),
]


@pytest.mark.parametrize("lang,text,words", NOT_HEADED)
def test_a_head_word_alone_or_a_kind_of_unit_is_no_organisation(lang, text, words):
    assert not [label for label, kind in _named(lang, text).items() if kind == "Organization" and words in label]


KNOWN_BODIES = [
    # (language, text, English label): agencies and bodies of real news the gazetteer now knows
    ("en", "Hanoi (VNA) - The Prime Minister arrived in Hanoi on Wednesday.", "Vietnam News Agency"),
    ("en", "Source: Agency Kampuchea Press", "Agence Kampuchea Presse"),
    ("en", "Talks on a free trade deal with EFTA went on.", "European Free Trade Association"),
    ("en", "The leaders of CARICOM met in the capital.", "Caribbean Community"),
    ("en", "The Speaker of the House of Representatives of Azerbaijan arrived.", "National Assembly of Azerbaijan"),
    ("ru", "Сегодня прошло заседание Халк Маслахаты, сообщает TDH.", "Halk Maslahaty"),
    ("ru", "Сегодня прошло заседание Халк Маслахаты, сообщает TDH.", "Turkmen State News Service"),
    ("ru", "ТАШКЕНТ, 21 декабря. /УЗИНФОРМ/. Министры провели переговоры.", "UzInform"),
    ("uk", "Про це повідомило Центральне інформаційне агентство КНДР.", "Korean Central News Agency"),
    ("uk", "Делегація Комуністичної партії В'єтнаму прибула до Києва.", "Communist Party of Vietnam"),
    ("uk", "Прем'єр виступив на Всесвітньому економічному форумі.", "World Economic Forum"),
    ("ru", "Встреча прошла на полях саммита Организации экономического сотрудничества.",
     "Economic Cooperation Organization"),
]


@pytest.mark.parametrize("lang,text,label", KNOWN_BODIES)
def test_agencies_and_bodies_of_real_news_are_known(lang, text, label):
    assert _named(lang, text).get(label) == "Organization"


MONARCHS = [
    # (language, text, date, the monarch meant)
    ("en", "The Prime Minister paid a courtesy call to King Harald in Oslo.", D, "Harald V of Norway"),
    ("ru", "Премьер-министр встретился с королем Харальдом в Осло.", D, "Harald V of Norway"),
    ("uk", "Прем'єр-міністр зустрівся з королем Гаральдом в Осло.", D, "Harald V of Norway"),
    ("en", "The Sultan will be received by the Yang di-Pertuan Agong, Al-Sultan Abdullah, at the palace.", D,
     "Abdullah of Pahang"),
    ("en", "He then had an audience with Sultan Ibrahim in Kuala Lumpur.", date(2024, 6, 1),
     "Ibrahim Iskandar of Johor"),
    ("en", "Prince Haji Al-Muhtadee Billah also attended the banquet.", D, "Al-Muhtadee Billah"),
]


@pytest.mark.parametrize("lang,text,published,person", MONARCHS)
def test_a_monarch_named_by_title_and_name(lang, text, published, person):
    assert _named(lang, text, published).get(person) == "Person"


NOT_PEOPLE = [
    # (language, text, words): a monarch's title alone is no person's name; a body's acronym before a title
    # makes its holder the body's head, not the state's
    ("en", "The Sultan and Yang Di-Pertuan of Brunei concluded his visit.", "Yang Di-Pertuan"),
    ("en", "The Yang di-Pertuan Agong received the guests.", "Yang di-Pertuan Agong"),
]


@pytest.mark.parametrize("lang,text,words", NOT_PEOPLE)
def test_a_monarch_s_title_alone_is_no_person(lang, text, words):
    assert words not in _named(lang, text)


def test_a_chinese_name_that_begins_like_the_title_stays_a_person():
    assert _named("en", "Foreign Minister Wang Yi met Yang Jiechi in Beijing.").get("Yang Jiechi") == "Person"


def test_the_president_of_a_body_named_by_its_acronym_is_not_the_head_of_state():
    named = _named("en", "The ceremony was chaired by Heng Samrin, Cambodian NA President.")
    assert "Norodom Sihamoni" not in named
    assert _named("en", "The talks were held by the French President.").get("Emmanuel Macron") == "Person"


DATELINES = [
    # (language, text, the wire): the wire that sent the story, after the dateline's place
    ("en", "Nairobi, MINA – The President of Indonesia met his Kenyan host on Monday.", "MINA"),
    ("en", "Lusaka (ZANIS) – The two ministers signed a memorandum on Friday.", "ZANIS"),
]


@pytest.mark.parametrize("lang,text,wire", DATELINES)
def test_the_wire_of_a_dateline_is_an_actor(lang, text, wire):
    assert _named(lang, text).get(wire) == "Organization"


NOT_DATELINES = [
    # (language, text, words): a country, a weekday, a joint credit or a person after the place
    ("en", "Nairobi, Kenya – The two presidents met on Monday.", "Kenya"),
    ("en", "Lusaka, Monday – The two ministers signed a memorandum.", "Monday"),
    ("en", "BOGOTA, April 18 (NNN-PRENSA LATINA) – The two presidents met.", "NNN-PRENSA LATINA"),
    ("en", "Paris, Emmanuel Macron – the French president spoke.", "Emmanuel Macron"),
]


@pytest.mark.parametrize("lang,text,words", NOT_DATELINES)
def test_no_wire_where_the_dateline_names_none(lang, text, words):
    assert _named(lang, text).get(words) != "Organization"


PLACES = [
    # (language, text, English label): towns of real news the gazetteer now knows, in any case
    ("en", "PUTRAJAYA - The Sultan will visit Malaysia on Wednesday.", "Putrajaya"),
    ("ru", "Лидеры встретились в Авазе на берегу Каспия.", "Avaza"),
    ("uk", "Делегація відвідала Бучу та Ірпінь.", "Bucha"),
    ("uk", "Делегація відвідала Бучу та Ірпінь.", "Irpin"),
    ("ru", "Премьер посетила древний город Нара.", "Nara"),
    ("en", "He served as rector in Tartu for years.", "Tartu"),
]


@pytest.mark.parametrize("lang,text,label", PLACES)
def test_towns_of_real_news_are_known(lang, text, label):
    assert _named(lang, text).get(label) == "City"


MIXED_SCRIPTS = [
    # (language, text, English label): a name typed with a look-alike letter of the other script
    ("uk", "Про це повідомляє СNN з посиланням на джерела.", "CNN"),  # a Cyrillic С
    ("uk", "Делегація прибула до Днiпра вранці.", "Dnipro"),  # a Latin i
    ("en", "The minister flew to Ukrаine on Monday.", "Ukraine"),  # a Cyrillic а
]


@pytest.mark.parametrize("lang,text,label", MIXED_SCRIPTS)
def test_a_name_typed_in_two_scripts_is_read_in_one(lang, text, label):
    assert label in _named(lang, text)


def test_words_in_one_script_are_left_as_they_are():
    from kg.text.tokens import normalise

    assert [normalise(w) for w in ("ВВС", "BBC", "Київ", "Zürich")] == ["ввс", "bbc", "київ", "zürich"]


def test_the_body_that_signs_a_press_release_is_its_state_s():
    text = "The two leaders met today.\n\nMINISTRY OF FOREIGN AFFAIRS\n\nSINGAPORE\n25 AUGUST 2022"
    assert _named("en", text).get("Ministry of Foreign Affairs of Singapore") == "Organization"


NOT_SIGNATURES = [
    # (language, text): the body's word with no state on the next line, or a sentence there
    ("en", "The two leaders met today.\nMINISTRY OF FOREIGN AFFAIRS\nSingapore and Malaysia agreed to meet."),
    ("en", "The two leaders met today.\nMINISTRY OF FOREIGN AFFAIRS\n25 AUGUST 2022"),
]


@pytest.mark.parametrize("lang,text", NOT_SIGNATURES)
def test_no_signature_without_a_state_alone_on_the_next_line(lang, text):
    assert not [label for label in _named(lang, text) if label.startswith("Ministry")]


PHOTO_CREDITS = [
    # (language, text, the agency): a photographer and his agency alone on a line are a caption's credit
    ("ru", "Президенты провели переговоры в Кремле.\nИван Петров/РИА Новости\nСтороны обсудили торговлю.",
     "RIA Novosti"),
    ("uk", "Президенти провели переговори в Києві.\nОлена Коваль/Укрінформ\nСторони обговорили торгівлю.",
     "Ukrinform"),
]


@pytest.mark.parametrize("lang,text,agency", PHOTO_CREDITS)
def test_a_photo_credit_alone_on_its_line_names_no_agency(lang, text, agency):
    assert agency not in _named(lang, text)


def test_an_agency_cited_in_running_text_after_a_name_stays():
    text = ("По словам источника, встреча прошла хорошо, сообщает корреспондент Иван Петров/РИА Новости, "
            "добавив детали.")
    assert "RIA Novosti" in _named("ru", text)


def test_an_organisation_that_begins_an_english_treaty_name_is_part_of_it():
    named = _named("en", "Both sides cited the 1982 United Nations Convention on the Law of the Sea (UNCLOS).")
    assert "United Nations" not in named


ORGANISATIONS_BESIDE_TREATIES = [
    # near misses: the organisation named on its own, or after the treaty's word in the genitive
    ("en", "The United Nations said the convention was in force.", "United Nations"),
    ("ru", "Стороны сослались на Конвенцию ООН по морскому праву.", "United Nations"),
    ("uk", "Сторони послалися на Статут ООН.", "United Nations"),
]


@pytest.mark.parametrize("lang,text,label", ORGANISATIONS_BESIDE_TREATIES)
def test_an_organisation_beside_a_treaty_stays(lang, text, label):
    assert label in _named(lang, text)


def test_the_government_portal_is_a_source():
    assert _named("uk", "Про це повідомляється на Урядовому порталі.").get("Government Portal of Ukraine") \
        == "Organization"


BODIES_IN_TITLES = [
    # (language, text, the body): a body named in a person's title is named all the same
    ("uk", "Про це повідомив голова Національних зборів Вірменії Ален Сімонян.", "National Assembly of Armenia"),
    ("ru", "Об этом сообщил председатель Национального собрания Армении Ален Симонян.", "National Assembly of Armenia"),
    ("en", "The Speaker of the House of Representatives of Azerbaijan Sahiba Gafarova arrived.",
     "National Assembly of Azerbaijan"),
]


@pytest.mark.parametrize("lang,text,body", BODIES_IN_TITLES)
def test_a_body_in_a_title_is_named(lang, text, body):
    assert _named(lang, text).get(body) == "Organization"



def test_a_national_assembly_named_alone_is_that_of_the_article_s_state():
    text = ("The Norwegian Prime Minister arrived in Vietnam. She met the President of Vietnam and National "
            "Assembly Chairman Vuong Dinh Hue. Vietnam and Norway agreed to expand trade.")
    assert _named("en", text).get("National Assembly of Vietnam") == "Organization"


NO_STATE_FOR_THE_BODY = [
    # (language, text): two states named as often, a body in lower case, a body in Russian with one capital
    ("en", "Vietnam and Norway agreed to trade more. The National Assembly will vote."),
    ("en", "Vietnam agreed to trade more with Norway. The national assembly of a third state will vote."),
    ("ru", "Россия и Вьетнам договорились. Россия продлит соглашение. Национальное собрание одобрило закон."),
]


@pytest.mark.parametrize("lang,text", NO_STATE_FOR_THE_BODY)
def test_no_state_for_a_body_named_alone_when_the_article_has_no_one_state(lang, text):
    assert not [label for label in _named(lang, text) if label.startswith("National Assembly")]


VENUES = [
    # (language, text, person): a person's name that begins a place's name in English is no mention of him
    ("en", "The Prime Minister laid a wreath and visited President Ho Chi Minh Mausoleum.", "Ho Chi Minh"),
    ("en", "The delegation was met at the Mahatma Gandhi Memorial before the talks.", "Mahatma Gandhi"),
]


@pytest.mark.parametrize("lang,text,person", VENUES)
def test_a_person_s_name_that_begins_a_venue_s_name_is_no_mention(lang, text, person):
    assert person not in _named(lang, text)


NOT_VENUES = [
    # near misses: the person named on his own, or a place's word after a comma
    ("en", "Ho Chi Minh led the country for decades.", "Ho Chi Minh"),
    ("en", "President Erdogan, Square dancing aside, met the delegation.", "Recep Tayyip Erdoğan"),
    ("ru", "Делегация посетила мавзолей, где покоится Хо Ши Мин.", "Ho Chi Minh"),
]


@pytest.mark.parametrize("lang,text,person", NOT_VENUES)
def test_a_person_named_beside_a_venue_stays(lang, text, person):
    assert person in _named(lang, text)


JOINED_NAMES = [
    # (language, text, English label): "and" inside a department's or a commission's name
    ("en", "He met officials of the Department of Trade and Industry in Pretoria.", "Department of Trade and Industry"),
    ("en", "The National Development and Reform Commission approved the plan.",
     "National Development and Reform Commission"),
]


@pytest.mark.parametrize("lang,text,label", JOINED_NAMES)
def test_and_inside_an_organisation_s_name(lang, text, label):
    assert _named(lang, text).get(label) == "Organization"


def test_two_states_joined_before_a_head_are_no_name():
    named = _named("en", "The China and Russia Group met on Monday.")
    assert not [label for label, kind in named.items() if kind == "Organization"]


UKRAINIAN_OFFICES = [
    # (language, text, English label): Ukrainian offices by their short names
    ("uk", "Про це повідомили пресслужба Офісу генпрокурора та пресслужба ОПУ.",
     "Office of the Prosecutor General of Ukraine"),
    ("uk", "Про це повідомили пресслужба Офісу генпрокурора та пресслужба ОПУ.", "Office of the President of Ukraine"),
    ("ru", "Об этом сообщили в Офисе генпрокурора.", "Office of the Prosecutor General of Ukraine"),
]


@pytest.mark.parametrize("lang,text,label", UKRAINIAN_OFFICES)
def test_ukrainian_offices_by_their_short_names(lang, text, label):
    assert _named(lang, text).get(label) == "Organization"


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


SPEAKERS = [
    # (language, text): the speaker of Azerbaijan's parliament, with or without her patronymic, in any case
    ("en", "The memorandum was signed by Ms. Sahiba Ali Gizi Gafarova, Speaker of the House of Representatives."),
    ("ru", "Спикер Милли Меджлиса Сахиба Гафарова встретилась с делегацией."),
    ("uk", "Спікерка парламенту Азербайджану Сахіба Гафарова зустрілася з делегацією."),
]


@pytest.mark.parametrize("lang,text", SPEAKERS)
def test_the_speaker_of_azerbaijan_s_parliament_is_known(lang, text):
    assert _named(lang, text).get("Sahiba Gafarova") == "Person"
