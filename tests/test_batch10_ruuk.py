"""Real batch 10 in Russian and Ukrainian (issue 15), in general form: outlets named by their site ("Day.Az",
"NUR.KZ", "Контракти.UA") and foreign names whose last word is a known outlet's ("Clash Report"); a weekday after a
full date is that date's; the body of a person's title ("генсек ЦК Компартии Вьетнама То Лам") is no party to what
the person signs; a date right after a word of another event ("катастрофы 25 декабря") is that event's, not the
meeting's nor an undated page's; a known surname with the next word glued to it ("Алиевподписал") is that person;
"the Vietnamese leader" after the ruling party's named leader is that man; a batch of documents is named with the
visit told before it; "с 7 млрд долларов до 35 миллиардов": the range's end takes the start's currency, and an
intended rise is a goal from the level now. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

D = date(2025, 5, 20)


def _new_organisations(lang: str, text: str) -> dict[str, str]:
    """English label -> key of the organisations the article introduces."""
    return {a.label_en: a.key for a in facts(text, lang, D).new_actors if a.type == "Organization"}


@pytest.mark.parametrize("lang,text,label", [
    ("ru", "Министры провели переговоры в Баку, передает Kaspi.Az со ссылкой на ведомство.", "Kaspi.Az"),
    ("ru", "Делегации обменялись подарками, - сообщает STEP.KZ.", "STEP.KZ"),
    ("uk", "Про це повідомляють Новини.UA з посиланням на посольство.", "Novyny.ua"),
    ("uk", "Мита знижено до 10%, повідомило Storm Report.", "Storm Report"),
    ("ru", "Пошлины снижены, сообщает Border Report.", "Border Report"),
    ("en", "The ministers met in Astana, according to Orda.Kz.", "Orda.Kz"),
])
def test_an_outlet_named_by_its_site_or_ending_on_a_known_outlets_word_is_whole(lang, text, label):
    assert label in _new_organisations(lang, text)


@pytest.mark.parametrize("lang,text,known", [
    # near misses: a known outlet alone; a sentence glued to the outlet's name is no site
    ("ru", "Пошлины снижены, сообщает Report.", "report-az"),
    ("uk", "Мита знижено, повідомляє Report.", "report-az"),
    ("en", "The talks went well, reports Reuters.The minister said more.", "reuters"),
])
def test_a_known_outlet_alone_or_before_a_glued_sentence_stays_itself(lang, text, known):
    f = facts(text, lang, D)
    assert known in {m.actor for m in f.mentions} and _new_organisations(lang, text) == {}


# ---- a weekday written after a full date is that date's, not a day counted back from the publication ----------

MONDAY = date(2025, 5, 12)
LUKASHENKO, PUTIN = "alexander-lukashenko", "vladimir-putin"


def _meeting_dates(text: str, lang: str, published: date = MONDAY) -> set[str | None]:
    return {m.date.iso() if m.date else None for m in facts(text, lang, published).meetings}


@pytest.mark.parametrize("lang,text", [
    ("ru", "20 июня 2025, пятница\n\nАлександр Лукашенко провел переговоры с Владимиром Путиным в Минске."),
    ("uk", "20 червня 2025, п'ятниця\n\nОлександр Лукашенко провів переговори з Володимиром Путіним у Мінську."),
    ("en", "June 20, 2025, Friday\n\nAlexander Lukashenko held talks with Vladimir Putin in Minsk."),
])
def test_a_weekday_after_a_full_date_dates_no_meeting(lang, text):
    assert "2025-05-09" not in _meeting_dates(text, lang)


@pytest.mark.parametrize("lang,text", [
    # near misses: a weekday of its own, after a line that ends on a date
    ("ru", "Минск, 2025\n\nВ пятницу Александр Лукашенко провел переговоры с Владимиром Путиным."),
    ("uk", "Мінськ, 2025\n\nУ п'ятницю Олександр Лукашенко провів переговори з Володимиром Путіним."),
    ("en", "Minsk, 2025\n\nOn Friday Alexander Lukashenko held talks with Vladimir Putin."),
])
def test_a_weekday_of_its_own_still_counts_back_from_the_publication(lang, text):
    assert _meeting_dates(text, lang) == {"2025-05-09"}


# ---- the body of a person's title signs nothing: the person's state does ---------------------------------------

def _treaty_parties(text: str, lang: str) -> set[tuple[str, ...]]:
    return {t.parties for t in facts(text, lang, MONDAY).treaties}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Совместное заявление о партнерстве приняли Александр Лукашенко и генеральный секретарь ЦК Компартии "
           "Вьетнама То Лам."),
    ("uk", "Спільну заяву про партнерство ухвалили Олександр Лукашенко та генеральний секретар ЦК Компартії "
           "В'єтнаму То Лам."),
    ("en", "A joint statement on partnership was adopted by Alexander Lukashenko and the General Secretary of the "
           "Communist Party of Vietnam To Lam."),
])
def test_the_party_in_a_leaders_title_is_no_party_to_the_statement(lang, text):
    assert _treaty_parties(text, lang) == {("belarus", "vietnam")}


@pytest.mark.parametrize("lang,text", [
    # near misses: bodies that sign in their own name, no person's name after them
    ("ru", "ШОС и АСЕАН подписали меморандум о взаимопонимании."),
    ("uk", "ШОС та АСЕАН підписали меморандум про взаєморозуміння."),
    ("en", "The SCO and ASEAN signed a memorandum of understanding."),
])
def test_bodies_signing_in_their_own_name_stay_parties(lang, text):
    assert _treaty_parties(text, lang) == {("asean", "sco")}


# ---- a date right after a word of another event (a crash, an attack) is that event's, not the meeting's ---------

OCTOBER = date(2025, 10, 9)
ALIYEV = "ilham-aliyev"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Владимир Путин начал встречу с Ильхамом Алиевым с темы авиационной катастрофы 25 декабря 2024 года."),
    ("uk", "Володимир Путін почав зустріч з Ільхамом Алієвим з теми авіакатастрофи 25 грудня 2024 року."),
    ("en", "Vladimir Putin began the meeting with Ilham Aliyev with the topic of the crash of December 25, 2024."),
])
def test_the_date_of_a_crash_named_in_the_meeting_sentence_is_not_the_meetings(lang, text):
    assert "2024-12-25" not in _meeting_dates(text, lang, OCTOBER)


@pytest.mark.parametrize("lang,text", [
    # near misses: the date after the meeting's own word or its participants
    ("ru", "Встреча Владимира Путина и Ильхама Алиева 25 декабря 2024 года была посвящена катастрофе."),
    ("uk", "Зустріч Володимира Путіна та Ільхама Алієва 25 грудня 2024 року була присвячена катастрофі."),
    ("en", "Vladimir Putin met Ilham Aliyev on December 25, 2024 to discuss the crash."),
])
def test_a_meetings_own_date_beside_a_word_of_another_event_stays(lang, text):
    assert _meeting_dates(text, lang, OCTOBER) == {"2024-12-25"}


# ---- a known surname with the next word glued to it by a missing space is that person ---------------------------

JUNE_2021 = date(2021, 6, 17)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Президент Азербайджана Ильхам Алиевподписал с Реджепом Тайипом Эрдоганом декларацию."),
    ("ru", "Президент Азербайджана Ильхам Алиеввстретился с президентом Турции Реджепом Тайипом Эрдоганом."),
    ("uk", "Президент Азербайджану Ільхам Алієвпідписав з Реджепом Таїпом Ердоганом декларацію."),
])
def test_a_known_surname_glued_to_the_next_word_is_the_known_person(lang, text):
    people = {m.actor for m in facts(text, lang, JUNE_2021).mentions}
    assert "ilham-aliyev" in people and not any(p.startswith("new:") for p in people)


@pytest.mark.parametrize("lang,text,new", [
    # near misses: a surname that merely begins like a known one, and an English name (no morphology to read)
    ("ru", "Посол Ильхам Алиевский подписал декларацию.", "new:ilkham-aliyevsky"),
    ("uk", "Посол Ільхам Алієвський підписав декларацію.", None),
    ("en", "Ambassador Ilham Aliyevsky signed the declaration.", None),
])
def test_a_surname_that_only_begins_like_a_known_one_is_someone_else(lang, text, new):
    people = {m.actor for m in facts(text, lang, JUNE_2021).mentions}
    assert "ilham-aliyev" not in people and (new is None or new in people)


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


@pytest.mark.parametrize("lang,text", [
    # near misses: nobody of that state named before: the state's president
    ("ru", "Вьетнамский лидер провел переговоры с Александром Лукашенко в Минске."),
    ("uk", "В'єтнамський лідер провів переговори з Олександром Лукашенком у Мінську."),
    ("en", "The Vietnamese leader held talks with Alexander Lukashenko in Minsk."),
])
def test_a_states_leader_named_by_title_alone_is_its_president(lang, text):
    assert {m.participants for m in facts(text, lang, MONDAY).meetings} == {(LUKASHENKO, "luong-cuong")}


# ---- a batch of documents is named with the visit told before it ---------------------------------------------------

JULY_2022 = date(2022, 7, 20)


def _treaty_labels(text: str, lang: str) -> set[str]:
    return {t.label_en or t.label for t in facts(text, lang, JULY_2022).treaties}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Во время государственного визита президента Казахстана Касым-Жомарта Токаева в Узбекистан между двумя "
           "странами было подписано 12 документов."),
    ("uk", "Під час державного візиту президента Казахстану Касим-Жомарта Токаєва до Узбекистану між двома країнами "
           "було підписано 12 документів."),
])
def test_a_batch_of_documents_is_named_with_the_visit_told_before_it(lang, text):
    (label,) = _treaty_labels(text, lang)
    assert "12 documents during" in label and "visit" in label and "Uzbekistan" in label


@pytest.mark.parametrize("lang,text", [
    # near misses: talks, no visit, before the batch; an English article names a batch by its own words
    ("ru", "По итогам переговоров между Казахстаном и Узбекистаном было подписано 12 документов."),
    ("uk", "За підсумками переговорів між Казахстаном і Узбекистаном було підписано 12 документів."),
    ("en", "During the state visit of Kassym-Jomart Tokayev to Uzbekistan, 12 documents were signed."),
])
def test_a_batch_without_a_visit_before_it_keeps_its_count_alone(lang, text):
    assert not any("during" in label for label in _treaty_labels(text, lang))


# ---- "from $7 billion to 35 billion": the range's end takes the start's currency; an intended rise is a goal ---------

MAY_2010 = date(2010, 5, 18)


def _figures(text: str, lang: str) -> dict[float, str]:
    return {f.value: f.status for f in facts(text, lang, MAY_2010).trade_facts}


@pytest.mark.parametrize("lang,text,goal", [
    ("ru", "Президенты Украины и России заявили, что намерены увеличить товарооборот между двумя странами с "
           "нынешних 7 млрд долларов до 35 миллиардов.", "target"),
    ("uk", "Президенти України та Росії заявили, що мають намір збільшити товарообіг між двома країнами з нинішніх "
           "7 млрд доларів до 35 мільярдів.", "target"),
    ("en", "The presidents of Ukraine and Russia said they intend to raise trade between the two countries from the "
           "current $7 billion to 35 billion.", "plan"),
])
def test_an_intended_rise_from_a_level_to_a_bare_figure_is_a_goal_and_the_level_now(lang, text, goal):
    assert _figures(text, lang) == {7e9: "reported", 35e9: goal}


@pytest.mark.parametrize("lang,text", [
    # near misses: a rise that happened
    ("ru", "Товарооборот между Украиной и Россией вырос с 7 млрд долларов до 35 миллиардов."),
    ("uk", "Товарообіг між Україною та Росією зріс з 7 млрд доларів до 35 мільярдів."),
    ("en", "Trade between Ukraine and Russia grew from $7 billion to 35 billion."),
])
def test_a_rise_that_happened_is_reported(lang, text):
    assert _figures(text, lang)[35e9] == "reported"


@pytest.mark.parametrize("lang,text", [
    # near misses: "до" and a bare figure not right after a money figure
    ("ru", "Товарооборот составил 7 млрд долларов, а население выросло до 35 миллионов."),
    ("uk", "Товарообіг склав 7 млрд доларів, а населення зросло до 35 мільйонів."),
    ("en", "Trade was $7 billion, and the population grew to 35 million."),
])
def test_a_bare_figure_apart_from_a_money_figure_takes_no_currency(lang, text):
    from helpers import article

    from kg.text.document import Document
    from kg.text.numbers import find_quantities

    doc = Document(article(text, lang, MAY_2010))
    assert [q.value for q in find_quantities(doc, 0, len(doc.tokens)) if q.kind == "money"] == [7e9]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Алиев провели встречу в Душанбе. Путин начал встречу с темы авиационной катастрофы 25 декабря "
           "2024 года."),
    ("uk", "Путін і Алієв провели зустріч у Душанбе. Путін почав зустріч з теми авіакатастрофи 25 грудня 2024 року."),
    ("en", "Putin and Aliyev met in Dushanbe. Putin began the meeting with the crash of December 25, 2024."),
])
def test_an_undated_page_is_not_dated_by_the_day_of_another_event_in_its_lead(lang, text):
    from helpers import article

    assert getattr(article(text, lang, None), "published_estimate", None) != date(2024, 12, 25)


@pytest.mark.parametrize("lang,text", [
    # near misses: the lead's own day
    ("ru", "Путин и Алиев 25 декабря 2024 года провели встречу в Душанбе."),
    ("uk", "Путін і Алієв 25 грудня 2024 року провели зустріч у Душанбе."),
    ("en", "Putin and Aliyev met in Dushanbe on December 25, 2024."),
])
def test_an_undated_page_is_dated_by_its_leads_own_day(lang, text):
    from helpers import article

    assert getattr(article(text, lang, None), "published_estimate", None) == date(2024, 12, 25)
