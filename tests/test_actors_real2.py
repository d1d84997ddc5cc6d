"""Actors as real news names them: credits and page furniture that name no actor, currencies and regions that
are no state, plural titles, titles held by the person the article names, shared surnames, spelling variants
of known names, people outside the gazetteer in the nominative, news agencies cited as sources, and the
gazetteer's office holders by date. Sentences are invented; each table has near misses that must not change."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

from kg.gazetteer import load_gazetteer

D = date(2025, 5, 1)


def _check(lang: str, text: str, published: date | None, present: set[str], absent: set[str]) -> None:
    found = actors(facts(text, lang, published))
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k == a or (a.endswith(":") and k.startswith(a))}, found


CREDITS = [
    # (language, text, publication date, actors that must be found, actors that must not)
    ("uk", "Зеленський і Трамп у Білому домі (Фото: EPA)\nПереговори тривали дві години.", D,
     {"volodymyr-zelenskyy", "donald-trump"}, {"epa"}),
    ("ru", "Фото: ТАСС/Сергей Савостьянов\nПутин прибыл в Ташкент.", D, {"vladimir-putin"}, {"tass", "new:"}),
    ("ru", "Путин и Мирзиёев в Ташкенте. Обложка © Life.ru / Павел Баранов\nПереговоры прошли.", D,
     {"vladimir-putin"}, {"new:"}),
    ("en", "Lee greets Biden in Seoul. (Photo: YONHAP News)\nThe talks lasted an hour.", D, set(), {"yonhap"}),
    ("en", "The talks went on.\nReporting by Tom Balmforth; Editing by John Stonestreet", D, set(), {"new:"}),
    # near misses: an agency cited as the source of the news is an actor
    ("en", "KYIV (Reuters) - The talks went on.", D, {"reuters"}, set()),
    ("ru", "Как сообщает ТАСС, переговоры продолжились.", D, {"tass"}, set()),
    ("uk", "Про це повідомляє УНН.", D, {"unn"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", CREDITS)
def test_a_photo_or_text_credit_names_no_actor(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


FURNITURE = [
    ("uk", "+16° Київ +21° Варшава +12° Вашингтон\nЛідери зустрілися в Сочі.", D, {"sochi"},
     {"kyiv", "warsaw", "washington"}),
    # a Latin "c" in a furniture prefix ("Підписуйтеcь") still makes it furniture
    ("uk", "Підписуйтеcь на наш канал - новини про події в Україні та світі\nЛідери зустрілися.", D, set(),
     {"ukraine"}),
    # near misses: the same cities and state in a sentence of the article; a "read also" headline names its actors
    ("uk", "Читайте також: Сибіга прибув до Ер-Ріяда\nЛідери зустрілися.", D, {"andrii-sybiha", "riyadh"}, set()),
    ("uk", "Лідери зустрілися у Варшаві, а потім у Києві.", D, {"warsaw", "kyiv"}, set()),
    ("uk", "Події в Україні обговорили лідери.", D, {"ukraine"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", FURNITURE)
def test_page_furniture_and_weather_widgets_name_no_actor(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


NOT_STATES = [
    ("en", "Argentina's trade deficit with Mexico is US$900 million.", D, {"argentina", "mexico"},
     {"united-states"}),
    ("uk", "Товарообіг склав 147,9 млн дол. США.", D, set(), {"united-states"}),
    ("ru", "Товарооборот составил 20 млрд долл. США.", D, set(), {"united-states"}),
    ("en", "She is the patron of Latin America, the president said.", D, set(), {"united-states"}),
    # near misses: the state itself
    ("en", "The US deficit with Mexico grew.", D, {"united-states", "mexico"}, set()),
    ("uk", "США та Україна підписали угоду.", D, {"united-states", "ukraine"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", NOT_STATES)
def test_a_currency_or_a_region_is_not_a_state(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


PLURAL_TITLES = [
    ("en", "Biden will talk to the leaders of Germany and France.", date(2021, 12, 7),
     {"joe-biden", "germany", "france"}, {"angela-merkel", "olaf-scholz", "emmanuel-macron"}),
    ("uk", "Байден поговорить із лідерами ФРН і Франції.", date(2021, 12, 7),
     {"joe-biden", "germany", "france"}, {"angela-merkel", "olaf-scholz", "emmanuel-macron"}),
    ("ru", "Байден поговорил с лидерами Германии и Франции.", date(2021, 12, 7),
     {"joe-biden", "germany", "france"}, {"angela-merkel", "olaf-scholz", "emmanuel-macron"}),
    # near misses: one leader is one person; leaders the article names are those people
    ("en", "Biden will talk to the leader of France.", date(2021, 12, 7), {"emmanuel-macron"}, set()),
    ("uk", "Пашинян прибув до Сочі. Лідери Вірменії і Азербайджану зустрінуться там.", date(2022, 10, 27),
     {"nikol-pashinyan"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", PLURAL_TITLES)
def test_a_plural_title_names_its_states_unless_the_people_are_named(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


NAMED_HOLDERS = [
    ("uk", "Байден приїхав до Києва. «Я запросив президента Сполучених Штатів», — сказав Зеленський.", None,
     {"joe-biden"}, {"donald-trump"}),
    ("en", "Pompeo flew to Pyongyang. The US Secretary of State met the general.", None,
     {"mike-pompeo"}, {"marco-rubio"}),
    ("ru", "Помпео прилетел в Пхеньян. Госсекретарь США встретился с генералом.", None,
     {"mike-pompeo"}, {"marco-rubio"}),
    # near misses: a dated article takes the holder of its day; an undated one naming nobody, the latest
    ("en", "The US president said so on Monday.", date(2019, 6, 3), {"donald-trump"}, {"joe-biden"}),
    ("en", "The US president said so on Monday.", date(2022, 6, 6), {"joe-biden"}, {"donald-trump"}),
    ("uk", "Президент Нігерії прибув до Аддіс-Абеби.", date(2019, 2, 1), {"muhammadu-buhari"}, {"bola-tinubu"}),
    ("ru", "Глава МИД Армении прибыл в Москву.", date(2019, 3, 1), {"zohrab-mnatsakanyan"}, {"ararat-mirzoyan"}),
    ("ru", "Глава МИД Армении прибыл в Москву.", date(2023, 3, 1), {"ararat-mirzoyan"}, {"zohrab-mnatsakanyan"}),
    ("en", "Brazil's foreign minister arrived in Beijing.", date(2020, 5, 1), {"ernesto-araujo"}, {"mauro-vieira"}),
]


@pytest.mark.parametrize("lang,text,published,present,absent", NAMED_HOLDERS)
def test_a_title_goes_to_its_holder_on_the_day_or_to_the_named_holder(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


SHARED_SURNAMES = [
    ("en", "National security adviser Kim Sung-han met Park Jin.", D, {"new:kim-sung-han"}, {"kim-jong-un"}),
    ("en", "Industry Minister Lee Chang-yang attended.", D, {"new:lee-chang-yang"}, {"lee-jae-myung"}),
    ("ru", "Ким Сон Хан прибыл в Сеул.", D, set(), {"kim-jong-un"}),
    ("uk", "Генерал Кім Йон Чхоль прибув до Нью-Йорка.", date(2018, 5, 30), {"kim-yong-chol"}, {"kim-jong-un"}),
    # near misses: the surname alone, the full name, a date after the surname
    ("en", "Kim met Trump in Hanoi.", date(2019, 2, 28), {"kim-jong-un", "donald-trump"}, set()),
    ("ru", "Ким Чен Ын прибыл во Владивосток.", D, {"kim-jong-un"}, set()),
    ("en", "The talks with Putin Monday were short.", D, {"vladimir-putin"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", SHARED_SURNAMES)
def test_a_shared_surname_before_another_given_name_is_someone_else(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


VARIANTS = [
    ("ru", "В ходе общения Шавкат Мирзиёв отметил рост товарооборота.", D, {"shavkat-mirziyoyev"}, {"new:"}),
    ("en", "Prime Minister Nikol Pashinian said the talks went well.", D, {"nikol-pashinyan"}, {"new:"}),
    ("en", "Pashinian and Aliyev met in Washington.", D, {"nikol-pashinyan", "ilham-aliyev"}, set()),
    ("en", "External Affairs Minister S Jaishankar met Raab.", date(2021, 6, 29),
     {"subrahmanyam-jaishankar", "dominic-raab"}, set()),
    ("en", "S. Jaishankar arrived in Rome.", date(2021, 6, 29), {"subrahmanyam-jaishankar"}, set()),
    # near misses: a surname only a little like a known one, with the same first name, is a new person
    ("ru", "Сергей Лаврин заявил о переговорах.", D, {"new:sergey-lavrin"}, {"sergey-lavrov"}),
    ("en", "Emmanuel Macro spoke first.", D, set(), set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", VARIANTS)
def test_a_spelling_variant_of_a_known_name_links_to_that_person(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


def test_the_gazetteer_labels_people_as_wikidata_does():
    gaz = load_gazetteer()
    assert gaz.actors["subrahmanyam-jaishankar"].label_en == "Subrahmanyam Jaishankar"
    assert gaz.actors["mfa-india"].label_en == "Ministry of External Affairs"


NEW_PEOPLE = [
    ("uk", "Заступниця міністра Владислава Магалецька заявила про зростання.", D,
     {"new:vladyslava-mahaletska"}, {"new:vladyslav-"}),
    ("ru", "Заместитель министра Ирина Лаврова заявила о росте.", D, {"new:irina-lavrova"}, {"sergey-lavrov"}),
    # near misses: the same shapes in a man's genitive
    ("ru", "Визит Павла Кротова завершился.", D, {"new:pavel-krotov"}, {"new:pavla-"}),
    ("uk", "Візит Павла Рябікіна завершився.", D, {"new:pavlo-riabikin"}, {"new:pavla-"}),
]


@pytest.mark.parametrize("lang,text,published,present,absent", NEW_PEOPLE)
def test_a_person_outside_the_gazetteer_is_named_in_the_nominative(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


SOURCES = [
    ("en", "Argentina's deficit grew, according to Noticias Argentinas.", D, {"noticias-argentinas"}, set()),
    ("en", "ASTANA. KAZINFORM - The presidents met.", D, {"kazinform"}, set()),
    ("en", "External Affairs Minister met his counterpart, PTI reported.", D, {"pti"}, set()),
    ("uk", "Про це пише «Європейська правда».", D, {"yevropeiska-pravda"}, set()),
    ("uk", "Як повідомляє Радіо Свобода, переговори тривали.", D, {"radio-liberty"}, set()),
    ("ru", "Об этом сообщает БелТА.", D, {"belta"}, set()),
    ("ru", "Об этом сообщило агентство Armenpress.", D, {"armenpress"}, set()),
    # near misses: the same words as common nouns name no outlet
    ("uk", "Це європейська правда про переговори.", D, set(), {"yevropeiska-pravda"}),
    ("ru", "Свобода слова важна, сказал он.", D, set(), {"radio-liberty"}),
]


@pytest.mark.parametrize("lang,text,published,present,absent", SOURCES)
def test_a_news_agency_named_as_a_source_is_an_actor(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


ORGANISATIONS = [
    ("uk", "Угоду уклали з «Роснефть» та PDVSA.", D, {"rosneft", "pdvsa"}, set()),
    ("en", "Leaders of the Organization of Turkic States and Mercosur met.", D,
     {"organization-of-turkic-states", "mercosur"}, set()),
    ("ru", "Представители МККК посетили лагерь.", D, {"icrc"}, set()),
    ("uk", "Лідери підписали декларацію у Вашінґтоні.", D, {"washington"}, set()),
    ("uk", "Прем'єр Великобританії прибув.", date(2021, 12, 7), {"united-kingdom"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", ORGANISATIONS)
def test_organisations_and_spellings_real_news_uses(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


MINISTRIES = [
    ("uk", "Про це повідомили у Міністерстві закордонних справ Румунії.", D, {"mfa-romania", "romania"}, set()),
    ("ru", "МИД Азербайджана выступил с заявлением.", D, {"mfa-azerbaijan"}, set()),
    ("en", "The Armenian Foreign Ministry said the talks went well.", D, {"mfa-armenia"}, set()),
    # near misses: a minister is a person, not the ministry; a state visit is no visit of the United States
    ("ru", "Глава МИД Армении прибыл в Москву.", date(2023, 3, 1), {"ararat-mirzoyan"}, {"mfa-armenia"}),
    ("en", "It was the State visit of the Nigerian leader.", date(2019, 2, 1), {"muhammadu-buhari"},
     {"united-states"}),
]


@pytest.mark.parametrize("lang,text,published,present,absent", MINISTRIES)
def test_every_state_has_a_foreign_ministry(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


VENUES = [
    ("ru", "Путин принял индийского гостя в Ново-Огарёве.", date(2024, 7, 9), {"vladimir-putin"}, {"novo-ogaryovo"}),
    ("uk", "Путін і Моді провели неформальну зустріч у Ново-Огарьові.", date(2024, 7, 9),
     {"vladimir-putin", "narendra-modi"}, {"novo-ogaryovo"}),
    # near miss: a city is an actor
    ("ru", "Путин принял индийского гостя в Москве.", date(2024, 7, 9), {"moscow"}, set()),
]


@pytest.mark.parametrize("lang,text,published,present,absent", VENUES)
def test_a_residence_is_a_venue_not_an_actor(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


def test_the_gazetteer_carries_every_verified_wikidata_id():
    """Each id in the shared list of verified Wikidata ids is the one the gazetteer gives that actor."""
    import csv
    from pathlib import Path

    verified = Path(__file__).resolve().parents[2] / "shared" / "wikidata-verified.tsv"
    if not verified.exists():
        pytest.skip("the shared list of verified Wikidata ids (../shared/wikidata-verified.tsv) is absent")
    gaz = load_gazetteer()
    by_name = {}
    for key, entry in gaz.entries.items():
        for name in [entry.get("name", {}).get("en")] + list(entry.get("aliases", {}).get("en", [])):
            by_name.setdefault(name, key)
    wrong = {}
    with verified.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            key = by_name.get(row["name"]) or by_name.get(row["name"].split(" (")[0])
            if key is not None and gaz.actors[key].qid != row["qid"]:
                wrong[row["name"]] = (row["qid"], gaz.actors[key].qid)
    assert not wrong, wrong


def _new_labels(lang: str, text: str, published: date | None = D) -> set[str]:
    return {a.label_en for a in facts(text, lang, published).new_actors}


ROMANISED = [
    # (language, text, the English name of the person the gazetteer does not know)
    ("uk", "Міністр фінансів Росії Юрій Силантьєв заявив про бюджет.", "Yuri Silantyev"),
    ("uk", "Заступник голови МЗС Росії Андрій Руденко прибув до Пекіна.", "Andrey Rudenko"),
    ("uk", "Посол Білорусі Ігор Соколов вручив грамоти.", "Igor Sokolov"),
    ("ru", "Заместитель министра Юрий Силантьев заявил о бюджете.", "Yuri Silantyev"),
    # near misses: a Ukrainian stays in the Ukrainian national romanisation, in the nominative
    ("uk", "Голова Нафтогазу України Сергій Корецький заявив про постачання.", "Serhii Koretskyi"),
    ("uk", "Угоду підписали із Сергієм Корецьким.", "Serhii Koretskyi"),
    ("uk", "Заступниця міністра Владислава Магалецька заявила про зростання.", "Vladyslava Mahaletska"),
]


@pytest.mark.parametrize("lang,text,label", ROMANISED)
def test_a_person_outside_the_gazetteer_is_romanised_as_his_state_writes_him(lang, text, label):
    assert label in _new_labels(lang, text), _new_labels(lang, text)


def test_a_wire_photo_credit_in_a_caption_names_no_agency():
    _check("en", "Leaders pose in Brussels. (Mark Schreiber/AP Photo)\nThe summit ended.", D, {"brussels"},
           {"ap", "new:"})
    _check("en", "The AP reported that the summit ended.", D, {"ap"}, set())  # near miss: the AP as a source


INTRODUCED = [
    ("en", "The death of Saudi journalist Jamal Khashoggi was discussed.", {"new:jamal-khashoggi"}, set()),
    ("en", "With him were two economic advisors, Matías Kulfas and others.", {"new:matias-kulfas"}, set()),
    # near misses: an institution or a longer run of capitals after the noun is no person
    ("en", "A senior official National Security said nothing.", set(), {"new:"}),
    ("en", "The adviser White House Office said nothing.", set(), {"new:"}),
]


@pytest.mark.parametrize("lang,text,present,absent", INTRODUCED)
def test_a_person_introduced_by_a_noun_in_english_is_an_actor(lang, text, present, absent):
    _check(lang, text, D, present, absent)


GOVERNMENTS = [
    ("uk", "Сторони підписали меморандум про взаєморозуміння між Кабінетом міністрів України та урядом Індії щодо "
           "гуманітарної допомоги.", {"india", "ukraine"}),
    ("en", "The Government of India and Ukraine signed a memorandum of understanding on humanitarian aid.",
     {"india", "ukraine"}),
    # near miss: a company signs for itself, not for its state
    ("en", "Naftogaz and Orlen signed a supply agreement.", {"naftogaz", "orlen"}),
]


@pytest.mark.parametrize("lang,text,parties", GOVERNMENTS)
def test_a_government_is_an_actor_and_signs_for_its_state(lang, text, parties):
    found = facts(text, lang, date(2024, 8, 23))
    assert {p for t in found.treaties for p in t.parties} == parties, found.treaties
    names = actors(found)
    assert not (parties <= {"india", "ukraine"}) or names & {"government-india", "cabinet-ukraine"}, names


PATRONYMICS = [
    ("uk", "Але чи задовольняє це мене і Олександра Григоровича? Точно ні.", {"alexander-lukashenko"}, set()),
    ("ru", "Владимир Владимирович ответил на вопрос журналиста.", {"vladimir-putin"}, set()),
    # near miss: the same first name with a surname is someone else
    ("uk", "Візит Олександра Петрова завершився.", {"new:oleksandr-petrov"}, {"alexander-lukashenko"}),
]


@pytest.mark.parametrize("lang,text,present,absent", PATRONYMICS)
def test_a_first_name_and_patronymic_name_the_known_person(lang, text, present, absent):
    _check(lang, text, D, present, absent)
