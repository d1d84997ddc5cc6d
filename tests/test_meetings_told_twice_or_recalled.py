"""Meetings told twice or recalled: one meeting told again (an arrival and the same day's talks, the call named
again), earlier visits and calls told in passing, and two meetings on days apart that stay two."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    day_and_place_by_partners,
    facts,
    medium_partners_and_day,
    partners,
    partners_and_medium,
    partners_and_place,
    partners_medium_and_day,
    partners_medium_and_minutes,
    partners_who_met,
)

from kg.records import PartialDate

MAR_14_2025 = date(2025, 3, 14)  # a Friday


PUTIN, XI, MODI, ERDOGAN, ALIYEV = "vladimir-putin", "xi-jinping", "narendra-modi", "recep-tayyip-erdogan", \
    "ilham-aliyev"


ZELENSKY, MACRON, SCHOLZ, TOKAYEV = "volodymyr-zelenskyy", "emmanuel-macron", "olaf-scholz", "kassym-jomart-tokayev"


def _meetings(text: str, lang: str) -> set[tuple[str, tuple[str, ...], PartialDate | None, int | None]]:
    return {(m.medium, tuple(sorted(m.participants)), m.date, m.duration_minutes)
            for m in facts(text, lang, MAR_14_2025).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Токаев прибыл в Москву во вторник, 11 марта. Переговоры Путина и Токаева в тот день длились около трех "
           "часов.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 11), 180)}),
    ("uk", "Токаєв прибув до Москви у вівторок, 11 березня. Переговори Путіна і Токаєва того дня тривали близько "
           "трьох годин.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 11), 180)}),
    ("en", "Tokayev arrived in Moscow on Tuesday, March 11. Talks between Putin and Tokayev lasted about three hours "
           "that day.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 11), 180)}),
    # near miss: talks two days after the arrival are the same visit, dated by the talks' day
    ("ru", "Токаев прибыл в Москву во вторник, 11 марта. Переговоры Путина и Токаева в четверг, 13 марта, длились "
           "около трех часов.", {("in_person", (TOKAYEV, PUTIN), PartialDate(2025, 3, 13), 180)}),
])
def test_an_arrival_and_the_same_days_talks_are_one_meeting(lang, text, expected):
    assert {(m, tuple(sorted(p)), d, n) for m, p, d, n in _meetings(text, lang)} == \
        {(m, tuple(sorted(p)), d, n) for m, p, d, n in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi stopped in Abu Dhabi on his way back home from a visit to Germany.", {(MODI, "germany", None)}),
    ("en", "Putin met Xi in Beijing on Tuesday, after a visit to India in December.",
     {(PUTIN, XI, PartialDate(2025, 3, 11)), (PUTIN, "india", PartialDate(2024, 12))}),
    ("uk", "Кішіда прибув до Києва. Це перший візит японського прем'єра після відвідин прем'єр-міністром Абе Києва "
           "ще у червні 2015 року.", {("fumio-kishida", "ukraine", PartialDate(2025, 3, 14)),
                                     ("shinzo-abe", "ukraine", PartialDate(2015, 6))}),
    ("ru", "Путин встретился с Моди в Дели во вторник после визита в Китай в мае.",
     {(MODI, PUTIN, PartialDate(2025, 3, 11)), (PUTIN, "china", PartialDate(2024, 5))}),
    # near misses: the host of the earlier visit named in the sentence, and a visit planned after the talks
    ("en", "Putin met Xi in Beijing on Tuesday, after a visit to India where he held talks with Modi.",
     {(PUTIN, XI, PartialDate(2025, 3, 11)), (MODI, PUTIN, None)}),
    ("ru", "Путин встретился с Моди в Дели во вторник, а после встречи отправился в аэропорт.",
     {(MODI, PUTIN, PartialDate(2025, 3, 11))}),
    # the article's own pair: an earlier visit to the partner's country is a meeting with the partner
    ("en", "Xi met Lukashenko in Beijing on Tuesday. It was their second meeting this year, after Lukashenko's "
           "state visit to Beijing in March.", {(XI, "alexander-lukashenko", PartialDate(2025, 3, 11)),
                                                (XI, "alexander-lukashenko", PartialDate(2025, 3))}),
])
def test_an_earlier_visit_to_a_country_told_in_passing_is_a_meeting_with_that_country(lang, text, expected):
    assert {(*sorted(m.participants), m.date) for m in facts(text, lang, MAR_14_2025).meetings} == \
        {(*sorted(e[:2]), e[2]) for e in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi met Putin in Moscow on Tuesday on his way back from a visit to Germany. The two leaders last met in "
           "Kazan.", {(MODI, PUTIN), (MODI, "germany")}),
    ("ru", "Моди встретился с Путиным в Москве во вторник после визита в Германию. Лидеры обсудили торговлю.",
     {(MODI, PUTIN), (MODI, "germany")}),
])
def test_an_earlier_visit_told_first_is_not_the_articles_own_pair(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == {tuple(sorted(p)) for p in expected}


KISHIDA, YOON = "fumio-kishida", "yoon-suk-yeol"


ABE = "shinzo-abe"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kishida will be the first Japanese leader to visit South Korea since Prime Minister Shinzo Abe in February "
           "2018 for the Winter Olympics.", {((ABE, "south-korea"), PartialDate(2018, 2))}),
    ("en", "Kishida will be the first Japanese leader to visit Korea for a bilateral summit since Shinzo Abe in "
           "February 2018.", {((ABE, "south-korea"), PartialDate(2018, 2))}),
    ("ru", "Кисида станет первым японским лидером, посетившим Южную Корею после Синдзо Абэ в феврале 2018 года.",
     {((ABE, "south-korea"), PartialDate(2018, 2))}),
    ("uk", "Кісіда стане першим японським лідером, який відвідає Південну Корею після Сіндзо Абе в лютому 2018 року.",
     {((ABE, "south-korea"), PartialDate(2018, 2))}),
    # near misses: "since" or "после" that tells no visit of the person named after it (Kishida's own visit, to a
    # state whose host is not named, is a meeting with that state: batch 8)
    ("en", "Kishida visited South Korea since Abe had asked him to go.",
     {((KISHIDA, "south-korea"), PartialDate(2023, 5, 3))}),
    ("ru", "Кисида посетил Южную Корею после переговоров с Абэ в феврале.", set()),
    ("en", "The talks with North Korea since Kim Jong Un in 2018 stalled.", set()),
])
def test_a_visit_first_since_someone_elses_recalls_his_visit_to_that_state(lang, text, expected):
    published = date(2023, 5, 3)
    assert {(tuple(sorted(m.participants)), m.date) for m in facts(text, lang, published).meetings} == \
        {(tuple(sorted(p)), d) for p, d in expected}


MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Путин и Трамп провели телефонный разговор 10 марта. Ранее об этом «долгом» разговоре сообщил Трамп.",
     {("phone", (TRUMP, PUTIN), "2025-03-10")}),
    ("uk", "Путін і Сі провели онлайн-зустріч 10 березня. Раніше ми публікували кадри з онлайн-зустрічі Путіна та Сі.",
     {("video", (PUTIN, XI), "2025-03-10")}),
    ("en", "Putin and Xi held a video call on 10 March. Earlier, we showed footage of the video call of Putin and Xi.",
     {("video", (PUTIN, XI), "2025-03-10")}),
    # near miss: an earlier meeting with a date of its own is another meeting
    ("en", "Putin and Xi held a video call on 10 March. They had earlier held a video call in January.",
     {("video", (PUTIN, XI), "2025-03-10"), ("video", (PUTIN, XI), "2025-01")}),
])
def test_an_earlier_mention_with_nothing_of_its_own_is_the_same_meeting(lang, text, expected):
    assert medium_partners_and_day(text, lang, MAR_14_2025) == expected


RAMAPHOSA, LAMOLA = "cyril-ramaphosa", "ronald-lamola"


@pytest.mark.parametrize("lang,text,expected", [
    # an earlier visit told in passing: the country, though the article names its leader for another event
    ("en", "Modi held talks with Ramaphosa in Delhi on Friday. Modi recalled his previous visit to South Africa.",
     {(MODI, RAMAPHOSA), (MODI, "south-africa")}),
    ("ru", "Моди провёл переговоры с Рамафосой в Дели в пятницу. Моди вспомнил свой предыдущий визит в ЮАР.",
     {(MODI, RAMAPHOSA), (MODI, "south-africa")}),
    ("uk", "Моді провів переговори з Рамафосою в Делі в п'ятницю. Моді згадав свій попередній візит до ПАР.",
     {(MODI, RAMAPHOSA), (MODI, "south-africa")}),
    # the subject before an aside: "X, who ..., visited Y"
    ("en", "Indian Prime Minister Narendra Modi, who is also in charge of energy, visited Qatar in March 2022.",
     {(MODI, "qatar")}),
    # near miss: the host named right there, recalling the guest's earlier visit, is the host
    ("ru", "«Мы встречаемся уже второй раз», — сказал Рамафоса, напомнив о предыдущем визите Моди в ЮАР в июне.",
     {(MODI, RAMAPHOSA)}),
])
def test_an_earlier_visit_told_in_passing_meets_the_country_unless_its_host_is_named_there(lang, text, expected):
    assert {tuple(sorted(p)) for p in partners_who_met(text, lang, MAR_14_2025)} == {tuple(sorted(p)) for p in expected}


P, X, E, L, T, N = ("vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "alexander-lukashenko", "donald-trump",
                    "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    # two named days in a row: the earlier (the later one is the report's)
    ("en", "Recep Tayyip Erdogan held a phone call with Vladimir Putin on 7 March. Erdogan spoke with Putin by phone "
           "on Saturday, 8 March.", {(partners(E, P), "phone", "2025-03-07")}),
    ("ru", "Реджеп Тайип Эрдоган 7 марта провел телефонный разговор с Владимиром Путиным. Эрдоган провел телефонный "
           "разговор с Путиным в субботу, 8 марта.", {(partners(E, P), "phone", "2025-03-07")}),
    ("uk", "Реджеп Таїп Ердоган 7 березня провів телефонну розмову з Володимиром Путіним. Ердоган провів телефонну "
           "розмову з Путіним у суботу, 8 березня.", {(partners(E, P), "phone", "2025-03-07")}),
    # a day named beside one told from the day of writing ("yesterday"): the named one
    ("en", "Xi Jinping and Vladimir Putin met in Beijing on Friday. Xi Jinping held talks yesterday in Beijing with "
           "Vladimir Putin.", {(partners(X, P), "in_person", "2025-03-14")}),
    ("ru", "Си Цзиньпин и Владимир Путин встретились в Пекине в пятницу. Вчера Си Цзиньпин провел в Пекине переговоры "
           "с Владимиром Путиным.", {(partners(X, P), "in_person", "2025-03-14")}),
    ("uk", "Сі Цзіньпін і Володимир Путін зустрілися в Пекіні в п'ятницю. Вчора Сі Цзіньпін провів у Пекіні переговори "
           "з Володимиром Путіним.", {(partners(X, P), "in_person", "2025-03-14")}),
    # near misses: two days apart are two calls; two cities on two days are a tour's two stops; "again" tells a
    # second meeting
    ("en", "Xi Jinping met Vladimir Putin on Thursday. Xi Jinping met Vladimir Putin again on Friday.",
     {(partners(X, P), "in_person", "2025-03-13"), (partners(X, P), "in_person", "2025-03-14")}),
    ("ru", "Си Цзиньпин встретился с Владимиром Путиным в четверг. Си Цзиньпин снова встретился с Путиным в пятницу.",
     {(partners(X, P), "in_person", "2025-03-13"), (partners(X, P), "in_person", "2025-03-14")}),
    ("uk", "Сі Цзіньпін зустрівся з Володимиром Путіним у четвер. Сі Цзіньпін знову зустрівся з Путіним у п'ятницю.",
     {(partners(X, P), "in_person", "2025-03-13"), (partners(X, P), "in_person", "2025-03-14")}),
    ("en", "Recep Tayyip Erdogan held a phone call with Vladimir Putin on 7 March. Erdogan spoke with Putin by phone "
           "again on 9 March.", {(partners(E, P), "phone", "2025-03-07"), (partners(E, P), "phone", "2025-03-09")}),
    ("ru", "Реджеп Тайип Эрдоган 7 марта провел телефонный разговор с Владимиром Путиным. Эрдоган снова провел "
           "телефонный разговор с Путиным 9 марта.", {(partners(E, P), "phone", "2025-03-07"),
                                                      (partners(E, P), "phone", "2025-03-09")}),
    ("uk", "Сі Цзіньпін і Володимир Путін зустрілися в Пекіні 7 березня. Сі Цзіньпін і Володимир Путін зустрілися в "
           "Шанхаї 8 березня.",
     {(partners(X, P), "in_person", "2025-03-07"), (partners(X, P), "in_person", "2025-03-08")}),
])
def test_one_pair_on_two_days_in_a_row_is_one_event(lang: str, text: str, expected: set) -> None:
    assert partners_medium_and_day(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "9 марта Владимир Путин и Нарендра Моди провели переговоры в Москве. Накануне вечером Путин принял Моди "
           "в своей резиденции."),
    ("uk", "9 березня Володимир Путін і Нарендра Моді провели переговори в Москві. Напередодні ввечері Путін прийняв "
           "Моді у своїй резиденції."),
    ("en", "On Monday Emmanuel Macron and Xi Jinping held talks in Paris. On Tuesday Emmanuel Macron and Xi Jinping "
           "met at the Elysee Palace."),
])
def test_a_visits_two_days_told_by_a_date_and_the_eve_or_two_weekdays_stay_two_meetings(lang, text):
    assert len(partners_medium_and_day(text, lang, MAR_14_2025)) == 2


P, X, T, M, Z, E, S, N = ("vladimir-putin", "xi-jinping", "donald-trump", "emmanuel-macron", "volodymyr-zelenskyy",
                          "recep-tayyip-erdogan", "olaf-scholz", "narendra-modi")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Donald Trump spoke with Narendra Modi by phone on Tuesday. The call took place late at night in "
           "Washington.", {(partners(T, N), "phone")}),
    ("en", "Donald Trump spoke with Narendra Modi by phone on Tuesday. The two leaders also discussed the situation in "
           "Gaza.", {(partners(T, N), "phone")}),
    ("ru", "Дональд Трамп провел телефонный разговор с Нарендрой Моди во вторник. Лидеры также обсудили ситуацию в "
           "Газе.", {(partners(T, N), "phone")}),
    ("uk", "Дональд Трамп провів телефонну розмову з Нарендрою Моді у вівторок. Лідери також обговорили ситуацію в "
           "Газі.", {(partners(T, N), "phone")}),
    # near misses: talks in a city told with their own word of meeting are another meeting
    ("en", "Donald Trump spoke with Narendra Modi by phone on Tuesday. In May the two leaders met in Washington.",
     {(partners(T, N), "phone"), (partners(T, N), "in_person")}),
    ("ru", "Дональд Трамп провел телефонный разговор с Нарендрой Моди во вторник. В мае лидеры встретились в "
           "Вашингтоне.", {(partners(T, N), "phone"), (partners(T, N), "in_person")}),
])
def test_a_call_told_again_with_a_city_is_no_meeting_there(lang: str, text: str, expected: set) -> None:
    assert partners_and_medium(text, lang, MAR_14_2025) == expected


MAY_14_2024 = date(2024, 5, 14)


MIRZ, BAYR = "ararat-mirzoyan", "jeyhun-bayramov"


BLINKEN = "antony-blinken"


MINISTERS = {
    "ru": "7 ноября министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Азербайджана Джейхун "
          "Байрамов провели встречу в Вашингтоне. ",
    "uk": "7 листопада міністр закордонних справ Вірменії Арарат Мірзоян і міністр закордонних справ Азербайджану "
          "Джейхун Байрамов провели зустріч у Вашингтоні. ",
    "en": "On 7 November Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
          "met in Washington. ",
}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Затем министры провели совместную встречу с госсекретарём США Энтони Блинкеном."),
    ("ru", "После этого стороны встретились с госсекретарём США Энтони Блинкеном."),
    ("uk", "Потім міністри провели спільну зустріч з держсекретарем США Ентоні Блінкеном."),
    ("en", "The ministers then held a joint meeting with US Secretary of State Antony Blinken."),
])
def test_the_pair_told_before_meeting_a_third_is_a_meeting_of_three_where_they_met(lang, text):
    # (where the pair met, when not told again)
    assert partners_and_place(MINISTERS[lang] + text, lang, MAY_14_2024) == {
        ((MIRZ, BAYR), "washington"), ((BLINKEN, MIRZ, BAYR), "washington")}


SISI, TRUMP, MODI, ABIY, OBIANG = ("abdel-fattah-el-sisi", "donald-trump", "narendra-modi", "abiy-ahmed",
                                   "teodoro-obiang-nguema-mbasogo")


def test_two_meetings_on_days_apart_stay_two():
    text = ("Joko Widodo met Xi Jinping in Beijing on Monday. Joko Widodo met Xi Jinping again in Bali on "
            "Thursday.")
    assert len(facts(text, "en").meetings) == 2


CONDE = "alpha-conde"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Abiy Ahmed arrived in Conakry, where he was received by Alpha Conde, president of Guinea. Alpha Conde had "
           "visited Ethiopia months ago.", {(ABIY, CONDE), (CONDE, "ethiopia")}),
    ("ru", "Абий Ахмед прибыл в Конакри, где его принял президент Гвинеи Альфа Конде. Несколько месяцев назад Альфа "
           "Конде посетил Эфиопию.", {(ABIY, CONDE), (CONDE, "ethiopia")}),
    ("uk", "Абій Ахмед прибув до Конакрі, де його прийняв президент Гвінеї Альфа Конде. Кілька місяців тому Альфа "
           "Конде відвідав Ефіопію.", {(ABIY, CONDE), (CONDE, "ethiopia")}),
    # near miss: the visit told now is the one with the host named
    ("en", "Abiy Ahmed arrived in Conakry, where he was received by Alpha Conde, president of Guinea. Alpha Conde "
           "visited Ethiopia on Monday.", {(ABIY, CONDE)}),
])
def test_a_visit_told_as_months_ago_is_an_earlier_one_with_the_state(lang, text, expected):
    assert partners_who_met(text, lang, MAR_14_2025) == expected


ATAMBAYEV, PUTIN, XI = "almazbek-atambayev", "vladimir-putin", "xi-jinping"


PASHINYAN, LAVROV = "nikol-pashinyan", "sergey-lavrov"


@pytest.mark.parametrize("lang,text", [
    # a past call of someone else with a partner the (cut) text does not name is not the article's main pair's
    ("ru", "Владимир Зеленский в пятницу провел телефонный разговор с Олафом Шольцем. Ранее президент США Дональд "
           "Трамп провел телефонные разговоры с"),
    ("uk", "Володимир Зеленський у п'ятницю провів телефонну розмову з Олафом Шольцом. Раніше президент США Дональд "
           "Трамп провів телефонні розмови з"),
])
def test_an_earlier_call_of_another_subject_is_not_given_the_pair_told_before(lang, text):
    assert set(day_and_place_by_partners(text, lang, MAR_14_2025)) == {("olaf-scholz", "volodymyr-zelenskyy")}


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
    assert day_and_place_by_partners(text, lang, MAR_14_2025) == {}


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
    assert day_and_place_by_partners(text, lang, LATE_2025) == expected


BERDIMUHAMEDOW, ARAGHCHI = "gurbanguly-berdimuhamedow", "abbas-araghchi"


@pytest.mark.parametrize("lang,text", [
    # near misses: no word of "yours" before the meeting: nobody known to give it
    ("ru", "Сегодня в Ашхабаде глава МИД РФ Сергей Лавров встретился с президентом Туркменистана Гурбангулы "
           "Бердымухамедовым. — Российский лидер Владимир Путин с удовольствием вспоминает встречу в Тегеране."),
    ("ru", "Сегодня в Ашхабаде глава МИД РФ Сергей Лавров встретился с президентом Туркменистана Гурбангулы "
           "Бердымухамедовым. — Российский лидер Владимир Путин с удовольствием вспоминает нашу встречу в Тегеране."),
])
def test_a_meeting_recalled_without_your_is_given_to_nobody_new(lang, text):
    assert set(day_and_place_by_partners(text, lang, MAR_14_2025)) == {(BERDIMUHAMEDOW, LAVROV)}


D = date(2025, 3, 14)


# ---- "A was preceded by B": each side of a verb of order is a meeting of its own, with its own pair and details ----


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
    assert partners_medium_and_minutes(text, lang, D) == expected


SOUSA, KOVIND = "marcelo-rebelo-de-sousa", "ram-nath-kovind"


VISIT_DAY = date(2020, 2, 14)  # a Friday


def _dated(text: str, lang: str) -> set[tuple[tuple[str, ...], tuple[int, int, int | None] | None]]:
    return {(tuple(sorted(m.participants)), m.date and (m.date.year, m.date.month, m.date.day))
            for m in facts(text, lang, VISIT_DAY).meetings}


@pytest.mark.parametrize("lang,text", [
    # an arrival whose host the sentence leaves unnamed (Entente finds the state's head) and talks the next day with
    # the head of government: one visit, dated by its talks
    ("en", "Narendra Modi and the Portuguese president Marcelo Rebelo de Sousa held talks on Friday. Rebelo de Sousa "
           "arrived on Thursday night on a four-day visit, the first he has paid to India. Later on Friday President "
           "Ram Nath Kovind will receive the guest."),
    ("ru", "Нарендра Моди и президент Португалии Марселу Ребелу ди Соуза провели переговоры в пятницу. Ребелу ди Соуза "
           "прибыл в четверг вечером с четырёхдневным визитом, первым в Индию. Позже в пятницу президент Рам Натх "
           "Ковинд примет гостя."),
    ("uk", "Нарендра Моді та президент Португалії Марселу Ребелу де Соуза провели переговори в пʼятницю. Ребелу де "
           "Соуза прибув у четвер увечері з чотириденним візитом, першим до Індії. Пізніше в пʼятницю президент Рам "
           "Натх Ковінд прийме гостя."),
])
def test_an_arrival_with_an_unnamed_host_is_the_visit_of_the_talks_after_it(lang, text):
    assert _dated(text, lang) == {((SOUSA, MODI), (2020, 2, 14))}


@pytest.mark.parametrize("lang,text", [
    # near misses: the arrival's sentence names whom the guest met on arriving
    ("en", "Narendra Modi and the Portuguese president Marcelo Rebelo de Sousa held talks on Friday. Rebelo de Sousa "
           "arrived on Thursday night and was welcomed by President Ram Nath Kovind."),
    ("ru", "Нарендра Моди и президент Португалии Марселу Ребелу ди Соуза провели переговоры в пятницу. Ребелу ди Соуза "
           "прибыл в четверг вечером, его встретил президент Рам Натх Ковинд."),
    ("uk", "Нарендра Моді та президент Португалії Марселу Ребелу де Соуза провели переговори в пʼятницю. Ребелу де "
           "Соуза прибув у четвер увечері, його зустрів президент Рам Натх Ковінд."),
])
def test_an_arrival_whose_sentence_names_the_host_stays_a_meeting_of_its_own(lang, text):
    assert _dated(text, lang) == {((SOUSA, MODI), (2020, 2, 14)), ((SOUSA, KOVIND), (2020, 2, 13))}
