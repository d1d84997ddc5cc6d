"""Meetings from the errors of real batch 9 in Russian and Ukrainian (issue 15), in general form: a singular title
("глава государства") standing for the leader named before; a seat of power as the venue in its capital; people in
quoted speech that holds no meeting word are no parties to the meeting of its frame; an infinitive of intent far
before the meeting's word. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

REF = date(2025, 3, 14)  # a Friday
SUMMER_2017 = date(2017, 6, 25)  # Atambayev still in office
ATAMBAYEV, PUTIN, XI = "almazbek-atambayev", "vladimir-putin", "xi-jinping"
PASHINYAN, LAVROV = "nikol-pashinyan", "sergey-lavrov"


def _meetings(text: str, lang: str, published: date = REF) -> dict[tuple[str, ...], tuple[object, object]]:
    """Each meeting's participants -> (date as ISO text or None, place)."""
    return {tuple(sorted(m.participants)): (m.date.iso() if m.date else None, m.place)
            for m in facts(text, lang, published).meetings}


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
    assert _meetings(text, lang, SUMMER_2017) == {(ATAMBAYEV, MEDVEDEV): ("2017-06-19", None),
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
    assert set(_meetings(text, lang, SUMMER_2017)) == {(ATAMBAYEV, PUTIN)}


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
    found = _meetings(text, lang, SUMMER_2017)
    assert set(found) == {tuple(sorted((ATAMBAYEV if "Atambayev" in text or "Атамба" in text else "narendra-modi",
                                        PUTIN)))}
    assert [p for _, p in found.values()] == [place]


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
    assert _meetings(text, lang) == {(PASHINYAN, LAVROV): ("2025-03-10", "yerevan")}


@pytest.mark.parametrize("lang,text", [
    # near miss: the quote tells the meeting itself
    ("ru", "«Я провёл переговоры с Владимиром Путиным», — сказал Никол Пашинян журналистам."),
    ("uk", "«Я провів переговори з Володимиром Путіним», — сказав Нікол Пашинян журналістам."),
])
def test_a_meeting_told_in_a_quote_keeps_its_parties(lang, text):
    assert set(_meetings(text, lang)) == {(PASHINYAN, PUTIN)}


@pytest.mark.parametrize("lang,text,held", [
    ("ru", "Никол Пашинян говорил, что собирается совершить свой первый в этом году официальный визит в Россию.",
     False),
    ("uk", "Нікол Пашинян казав, що збирається здійснити свій перший у цьому році офіційний візит до Росії.", False),
    ("ru", "Никол Пашинян планирует провести в следующем месяце в Москве переговоры с Владимиром Путиным.", False),
    ("en", "Nikol Pashinyan said he intends to make his first official visit this year to Russia.", False),
    # near misses: the visit made; a meeting that is the setting of an invitation, not the infinitive's object
    ("ru", "Нарендра Моди пригласил Владимира Путина посетить Индию в ходе их двусторонней встречи в Казани.", True),
    ("uk", "Нарендра Моді запросив Володимира Путіна відвідати Індію під час їхньої двосторонньої зустрічі в Казані.",
     True),
    ("ru", "Никол Пашинян совершил свой первый в этом году официальный визит в Россию.", True),
    ("uk", "Нікол Пашинян здійснив свій перший у цьому році офіційний візит до Росії.", True),
    ("en", "Nikol Pashinyan made his first official visit this year to Russia.", True),
])
def test_an_infinitive_of_intent_far_before_the_meeting_word_tells_a_plan(lang, text, held):
    assert bool(_meetings(text, lang)) is held


@pytest.mark.parametrize("lang,text", [
    # a past call of someone else with a partner the (cut) text does not name is not the article's main pair's
    ("ru", "Владимир Зеленский в пятницу провел телефонный разговор с Олафом Шольцем. Ранее президент США Дональд "
           "Трамп провел телефонные разговоры с"),
    ("uk", "Володимир Зеленський у п'ятницю провів телефонну розмову з Олафом Шольцом. Раніше президент США Дональд "
           "Трамп провів телефонні розмови з"),
])
def test_an_earlier_call_of_another_subject_is_not_given_the_pair_told_before(lang, text):
    assert set(_meetings(text, lang)) == {("olaf-scholz", "volodymyr-zelenskyy")}


@pytest.mark.parametrize("lang,text", [
    # no meeting of a pair told at the start: the article's two most named people are no pair to give it
    ("ru", "Зеленский за вечер обзвонил премьеров европейских стран. Это произошло после заявления президента США "
           "Дональда Трампа о Киеве. Владимир Зеленский поблагодарил Европу. Владимир Зеленский выступил в Киеве. "
           "Ранее президент США Дональд Трамп провел телефонные разговоры с"),
    ("uk", "Зеленський за вечір обдзвонив прем'єрів європейських країн. Це сталося після заяви президента США Дональда "
           "Трампа щодо Києва. Володимир Зеленський подякував Європі. Володимир Зеленський виступив у Києві. Раніше "
           "президент США Дональд Трамп провів телефонні розмови з"),
])
def test_an_earlier_call_of_one_named_person_is_not_the_articles_pair(lang, text):
    assert _meetings(text, lang) == {}


LEE, TRUMP, MODI, MURMU = "lee-jae-myung", "donald-trump", "narendra-modi", "droupadi-murmu"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президент Южной Кореи Ли Чжэ Мен прилетел в Японию перед саммитом с американским президентом Дональдом "
           "Трампом, который планируется провести 25 августа.", set()),
    ("uk", "Президент Південної Кореї Лі Дже Мьон прилетів до Японії перед самітом з американським президентом "
           "Дональдом Трампом, який заплановано провести 25 серпня.", set()),
    ("uk", "Президент Південної Кореї Лі Дже Мьон прилетів до Японії перед самітом з американським президентом "
           "Дональдом Трампом, який відбудеться 25 серпня.", set()),
    ("en", "South Korean President Lee Jae Myung flew to Japan ahead of a summit with US President Donald Trump, "
           "which is scheduled for August 25.", set()),
    # near misses: the relative clause tells the meeting held
    ("ru", "Президент Южной Кореи Ли Чжэ Мен провел саммит с президентом США Дональдом Трампом, который прошел 10 "
           "марта.", {(TRUMP, LEE)}),
    ("uk", "Президент Південної Кореї Лі Дже Мьон провів саміт з президентом США Дональдом Трампом, який відбувся 10 "
           "березня.", {(TRUMP, LEE)}),
    ("en", "South Korean President Lee Jae Myung held a summit with US President Donald Trump, which took place on "
           "March 10.", {(TRUMP, LEE)}),
])
def test_a_meeting_whose_relative_clause_tells_a_plan_is_not_held(lang, text, expected):
    assert set(_meetings(text, lang)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Сообщается, что в ходе визита Путин проведет переговоры с премьер-министром Нарендрой Моди, а также "
           "отдельную встречу с президентом Индии Драупади Мурму.", set()),
    ("uk", "Йдеться, що під час візиту Путін проведе переговори з прем'єр-міністром Нарендрою Моді, а також окрему "
           "зустріч із президенткою Індії Драупаді Мурму.", set()),
    ("en", "During the visit Putin will hold talks with Prime Minister Narendra Modi, as well as a separate meeting "
           "with Indian President Droupadi Murmu.", set()),
    # near misses: the predicate held; a verb of its own after "а також"
    ("uk", "Під час візиту Путін провів переговори з прем'єр-міністром Нарендрою Моді, а також окрему зустріч із "
           "президенткою Індії Драупаді Мурму.", {(MODI, PUTIN), (MURMU, PUTIN)}),
    ("ru", "В ходе визита Путин провел переговоры с премьер-министром Нарендрой Моди, а также отдельную встречу с "
           "президентом Индии Драупади Мурму.", {(MODI, PUTIN), (MURMU, PUTIN)}),
    ("uk", "Путін проведе переговори з Нарендрою Моді, а також вчора зустрівся з Драупаді Мурму.", {(MURMU, PUTIN)}),
])
def test_a_meeting_joined_by_as_well_as_shares_the_unreal_predicate(lang, text, expected):
    assert set(_meetings(text, lang)) == expected


LATE_2025 = date(2025, 11, 28)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Останній раз Путін був у Індії в грудні 2021 року, за кілька місяців до вторгнення.",
     {("india", PUTIN): ("2021-12", None)}),
    ("ru", "В последний раз Путин был в Индии в декабре 2021 года.", {("india", PUTIN): ("2021-12", None)}),
    ("ru", "Путин в последний раз был с визитом в Индии в декабре 2021 года.", {("india", PUTIN): ("2021-12", None)}),
    ("en", "The last time Putin was in India was in December 2021.", {("india", PUTIN): ("2021-12", None)}),
    # near misses: no state after "in"; the person's own state; no word of the last time
    ("ru", "В последний раз Путин был в хорошем настроении в декабре.", {}),
    ("uk", "Останній раз Путін був у Москві в грудні.", {}),
    ("uk", "Путін був у хорошому настрої в грудні 2021 року.", {}),
    ("en", "Putin was in a good mood in December 2021.", {}),
])
def test_a_stay_told_as_the_last_time_is_an_earlier_visit(lang, text, expected):
    assert _meetings(text, lang, LATE_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Володимир Путін 4-5 грудня здійснить візит до Індії. Під час візиту Путін проведе переговори з Нарендрою "
           "Моді. Сторони підпишуть низку документів. У Москві підкреслили, що візит має важливе значення для "
           "відносин, які Кремль називає привілейованими.", set()),
    ("ru", "Владимир Путин 4-5 декабря совершит визит в Индию. В ходе визита Путин проведет переговоры с Нарендрой "
           "Моди. Стороны подпишут ряд документов. В Москве подчеркнули, что визит имеет важное значение для "
           "отношений, которые Кремль называет привилегированными.", set()),
    # near miss: a verb of its own in the past that is no verb of speech
    ("uk", "Володимир Путін 4-5 грудня здійснить візит до Індії. Моді у вересні провів переговори з Путіним у "
           "Тяньцзіні.", {("narendra-modi", PUTIN)}),
])
def test_what_was_said_of_a_planned_visit_tells_no_visit(lang, text, expected):
    assert set(_meetings(text, lang, LATE_2025)) == expected


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
    found = _meetings(text, lang)
    assert set(found) == {tuple(sorted((host, LAVROV))), tuple(sorted((host, PUTIN)))}
    assert found[tuple(sorted((host, PUTIN)))][1] == "tehran"


@pytest.mark.parametrize("lang,text", [
    # near misses: no word of "yours" before the meeting: nobody known to give it
    ("ru", "Сегодня в Ашхабаде глава МИД РФ Сергей Лавров встретился с президентом Туркменистана Гурбангулы "
           "Бердымухамедовым. — Российский лидер Владимир Путин с удовольствием вспоминает встречу в Тегеране."),
    ("ru", "Сегодня в Ашхабаде глава МИД РФ Сергей Лавров встретился с президентом Туркменистана Гурбангулы "
           "Бердымухамедовым. — Российский лидер Владимир Путин с удовольствием вспоминает нашу встречу в Тегеране."),
])
def test_a_meeting_recalled_without_your_is_given_to_nobody_new(lang, text):
    assert set(_meetings(text, lang)) == {(BERDIMUHAMEDOW, LAVROV)}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Казань, 24 июня /Мехриниса Сулайманова - Кабар/. Завершился государственный визит президента Киргизии "
           "Алмазбека Атамбаева в Россию."),
    ("uk", "Казань, 24 червня /Мехриніса Сулайманова - Кабар/. Завершився державний візит президента Киргизстану "
           "Алмазбека Атамбаєва до Росії."),
    ("en", "Kazan, June 24 /Mekhrinisa Sulaymanova - Kabar/. The state visit of Kyrgyz President Almazbek Atambayev "
           "to Russia has ended."),
])
def test_the_correspondent_in_a_wire_credit_is_no_actor_nor_a_participant(lang, text):
    f = facts(text, lang, SUMMER_2017)
    assert not any("sulaymanov" in a for a in actors(f))
    assert "kabar" in actors(f)
    assert {tuple(sorted(m.participants)) for m in f.meetings} == {(ATAMBAYEV, "russia")}
