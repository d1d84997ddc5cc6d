"""The details of a meeting told in the many ways outlets phrase them (issue 15: paraphrase coverage): its date
(absolute in every format, relative to the article's date, in a neighbouring clause or sentence, one of two meetings),
a visit over several days, its place (a city in every case, a building standing for it, a summit's city, none for a
call), its duration and its medium, in ru/uk/en with near misses: a meeting recalled in passing, a planned one and the
article's own date lend nothing to today's meeting. The article is dated Friday 14 March 2025. Own sentences."""
from __future__ import annotations

import pytest
from helpers import facts

PX = ("vladimir-putin", "xi-jinping")
PE = ("recep-tayyip-erdogan", "vladimir-putin")


def the_meeting(text: str, lang: str, pair: tuple[str, ...] = PX):  # type: ignore[no-untyped-def]
    """The one meeting of the pair the text tells."""
    found = [m for m in facts(text, lang).meetings if m.participants == pair]
    assert len(found) == 1, found
    return found[0]


def day(meeting) -> str | None:  # type: ignore[no-untyped-def]
    return meeting.date.iso() if meeting.date else None


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin met Xi Jinping on 5 March."),
    ("en", "Vladimir Putin met Xi Jinping on March 5th."),
    ("en", "Vladimir Putin met Xi Jinping on March 5, 2025."),
    ("en", "On 5 March 2025 Vladimir Putin held talks with Xi Jinping."),
    ("en", "Vladimir Putin held talks with Xi Jinping on 05.03.2025."),
    ("en", "Vladimir Putin met Xi Jinping on the 5th of March."),
    ("en", "Vladimir Putin and Xi Jinping met on Wednesday, March 5."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином 5 марта."),
    ("ru", "5-го марта Владимир Путин провёл переговоры с Си Цзиньпином."),
    ("ru", "Владимир Путин провёл переговоры с Си Цзиньпином 5 марта 2025 года."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином 05.03.2025."),
    ("ru", "В среду, 5 марта, Владимир Путин встретился с Си Цзиньпином."),
    ("ru", "Встреча Владимира Путина и Си Цзиньпина состоялась 5 марта."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном 5 березня."),
    ("uk", "5 березня 2025 року Володимир Путін провів переговори з Сі Цзіньпіном."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном 05.03.2025."),
    ("uk", "У середу, 5 березня, Володимир Путін зустрівся з Сі Цзіньпіном."),
    ("uk", "Зустріч Володимира Путіна і Сі Цзіньпіна відбулася 5-го березня."),
    ("en", "Vladimir Putin met Xi Jinping on 5th March 2025."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином 5 марта текущего года."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном 5 березня поточного року."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином 05/03/2025."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном 05/03/2025."),
    ("en", "Vladimir Putin met Xi Jinping on Wednesday 05/03/2025."),
])
def test_a_date_told_in_any_format_dates_the_meeting(lang, text):
    assert day(the_meeting(text, lang)) == "2025-03-05"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin arrived in Beijing on March 4 and met Xi Jinping on the 5th.", "2025-03-05"),
    ("en", "Vladimir Putin arrived in Beijing on March 4. He met Xi Jinping on the 5th in the Great Hall.",
     "2025-03-05"),
    ("ru", "Владимир Путин прибыл в Пекин 4 марта, а 5-го встретился с Си Цзиньпином.", "2025-03-05"),
    ("uk", "Володимир Путін прибув до Пекіна 4 березня, а 5-го зустрівся з Сі Цзіньпіном.", "2025-03-05"),
    # near misses: an ordinal that counts is no day, and a day with no month told before is not guessed
    ("en", "Vladimir Putin met Xi Jinping on March 4 for the 5th time.", "2025-03-04"),
    ("ru", "4 марта Владимир Путин встретился с Си Цзиньпином в 5-й раз.", "2025-03-04"),
    ("en", "Vladimir Putin met Xi Jinping on the 5th.", "2025-03-14"),
])
def test_a_day_written_alone_takes_the_month_told_before(lang, text, expected):
    assert day(the_meeting(text, lang)) == expected


def test_a_slashed_date_that_reads_both_ways_in_english_is_not_guessed():
    # near miss: "05/03/2025" is the 5th of March or the 3rd of May; the text does not say which
    assert day(the_meeting("Vladimir Putin met Xi Jinping on 05/03/2025.", "en")) == "2025-03-14"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin met Xi Jinping on Tuesday.", "2025-03-11"),
    ("en", "Vladimir Putin spoke by phone with Xi Jinping yesterday.", "2025-03-13"),
    ("en", "Vladimir Putin met Xi Jinping on Wednesday evening.", "2025-03-12"),
    ("en", "Vladimir Putin spoke by phone with Xi Jinping last week.", "2025-03"),
    ("en", "Vladimir Putin met Xi Jinping earlier this month.", "2025-03"),
    ("en", "Vladimir Putin met Xi Jinping today.", "2025-03-14"),
    ("en", "Vladimir Putin spoke by phone with Xi Jinping over the weekend.", "2025-03"),
    ("en", "Vladimir Putin spoke by phone with Xi Jinping two days ago.", "2025-03-12"),
    ("ru", "Владимир Путин встретился с Си Цзиньпином во вторник.", "2025-03-11"),
    ("ru", "Вчера Владимир Путин провёл телефонный разговор с Си Цзиньпином.", "2025-03-13"),
    ("ru", "Накануне Владимир Путин провёл телефонный разговор с Си Цзиньпином.", "2025-03-13"),
    ("ru", "В минувшие выходные Владимир Путин поговорил по телефону с Си Цзиньпином.", "2025-03"),
    ("ru", "На прошлой неделе Владимир Путин встретился с Си Цзиньпином.", "2025-03"),
    ("ru", "В начале месяца Владимир Путин встретился с Си Цзиньпином.", "2025-03"),
    ("ru", "Владимир Путин позвонил Си Цзиньпину в среду вечером.", "2025-03-12"),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у середу.", "2025-03-12"),
    ("uk", "Учора Володимир Путін провів телефонну розмову з Сі Цзіньпіном.", "2025-03-13"),
    ("uk", "Напередодні Володимир Путін провів телефонну розмову з Сі Цзіньпіном.", "2025-03-13"),
    ("uk", "Минулого тижня Володимир Путін зустрівся з Сі Цзіньпіном.", "2025-03"),
    ("uk", "У вихідні Володимир Путін поговорив телефоном із Сі Цзіньпіном.", "2025-03"),
    ("uk", "Володимир Путін зателефонував Сі Цзіньпіну в четвер.", "2025-03-13"),
    ("uk", "Сьогодні Володимир Путін зустрівся з Сі Цзіньпіном.", "2025-03-14"),
    ("en", "Vladimir Putin spoke by phone with Xi Jinping the day before yesterday.", "2025-03-12"),
    ("en", "Vladimir Putin met Xi Jinping last Tuesday.", "2025-03-11"),
    ("en", "Vladimir Putin met Xi Jinping in late February.", "2025-02"),
    ("en", "Vladimir Putin spoke with Xi Jinping by phone on Sunday.", "2025-03-09"),
    ("en", "Vladimir Putin met Xi Jinping on Tuesday, March 11.", "2025-03-11"),
    ("ru", "Позавчера Владимир Путин поговорил по телефону с Си Цзиньпином.", "2025-03-12"),
    ("ru", "В конце февраля Владимир Путин встретился с Си Цзиньпином.", "2025-02"),
    ("ru", "В прошлый вторник Владимир Путин встретился с Си Цзиньпином.", "2025-03-11"),
    ("ru", "Сегодня утром Владимир Путин провёл телефонный разговор с Си Цзиньпином.", "2025-03-14"),
    ("uk", "Позавчора Володимир Путін поговорив телефоном із Сі Цзіньпіном.", "2025-03-12"),
    ("uk", "Наприкінці лютого Володимир Путін зустрівся з Сі Цзіньпіном.", "2025-02"),
    ("uk", "Минулого вівторка Володимир Путін зустрівся з Сі Цзіньпіном.", "2025-03-11"),
    ("uk", "У четвер увечері Володимир Путін провів телефонну розмову з Сі Цзіньпіном.", "2025-03-13"),
])
def test_a_relative_date_is_counted_from_the_article_date(lang, text, expected):
    assert (day(the_meeting(text, lang)) or "").startswith(expected)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В ночь на среду Владимир Путин поговорил по телефону с Си Цзиньпином.", "2025-03-11"),
    ("ru", "В ночь на пятницу Владимир Путин поговорил по телефону с Си Цзиньпином.", "2025-03-13"),
    ("uk", "В ніч на середу Володимир Путін поговорив телефоном із Сі Цзіньпіном.", "2025-03-11"),
    ("uk", "У ніч на неділю Володимир Путін поговорив телефоном із Сі Цзіньпіном.", "2025-03-08"),
    # near misses: the night of a day is that day's
    ("ru", "В среду ночью Владимир Путин поговорил по телефону с Си Цзиньпином.", "2025-03-12"),
    ("ru", "Ночью в среду Владимир Путин поговорил по телефону с Си Цзиньпином.", "2025-03-12"),
    ("uk", "У середу вночі Володимир Путін поговорив телефоном із Сі Цзіньпіном.", "2025-03-12"),
    ("en", "Vladimir Putin spoke by phone with Xi Jinping late on Wednesday night.", "2025-03-12"),
])
def test_the_night_into_a_day_is_the_evening_before_it(lang, text, expected):
    assert day(the_meeting(text, lang)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the day is told in the clause or sentence beside the meeting
    ("en", "Vladimir Putin arrived in Beijing on Tuesday. There he held talks with Xi Jinping.", "2025-03-11"),
    ("en", "Vladimir Putin met Xi Jinping in Beijing. The talks took place on Tuesday.", "2025-03-11"),
    ("en", "On Tuesday, after arriving in Beijing, Vladimir Putin met Xi Jinping.", "2025-03-11"),
    ("ru", "Во вторник Владимир Путин прибыл в Пекин. Там он провёл переговоры с Си Цзиньпином.", "2025-03-11"),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине. Переговоры прошли во вторник.", "2025-03-11"),
    ("uk", "У вівторок Володимир Путін прибув до Пекіна. Там він провів переговори з Сі Цзіньпіном.", "2025-03-11"),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у Пекіні. Переговори відбулися у вівторок.", "2025-03-11"),
    # near misses: a day told of another meeting a day earlier is that one's
    ("en", "Vladimir Putin spoke with Xi Jinping on Wednesday. A day earlier he had spoken with Recep Tayyip Erdogan "
     "by phone.", "2025-03-12"),
    ("ru", "В среду Владимир Путин поговорил с Си Цзиньпином. Днём ранее он провёл телефонный разговор с Реджепом "
     "Тайипом Эрдоганом.", "2025-03-12"),
    ("uk", "У середу Володимир Путін поговорив із Сі Цзіньпіном. Днем раніше він провів телефонну розмову з Реджепом "
     "Таїпом Ердоганом.", "2025-03-12"),
])
def test_a_date_told_beside_the_meeting_dates_it(lang, text, expected):
    assert day(the_meeting(text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin met Xi Jinping on Monday and Recep Tayyip Erdogan on Tuesday."),
    ("en", "Vladimir Putin spoke with Xi Jinping on Monday, and on Tuesday he met Recep Tayyip Erdogan."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в понедельник, а с Реджепом Тайипом Эрдоганом — во вторник."),
    ("ru", "В понедельник Владимир Путин встретился с Си Цзиньпином, а во вторник — с Реджепом Тайипом Эрдоганом."),
    ("uk", "У понеділок Володимир Путін зустрівся з Сі Цзіньпіном, а у вівторок — з Реджепом Таїпом Ердоганом."),
])
def test_two_meetings_in_one_sentence_keep_their_own_dates(lang, text):
    assert day(the_meeting(text, lang, PX)) == "2025-03-10"
    assert day(the_meeting(text, lang, PE)) == "2025-03-11"


@pytest.mark.parametrize("lang,text,start,end", [
    ("en", "Vladimir Putin paid a two-day visit to China on 3-4 March and held talks with Xi Jinping.",
     "2025-03-03", "2025-03-04"),
    ("en", "Vladimir Putin was in China from 3 to 5 March, where he held talks with Xi Jinping.",
     "2025-03-03", "2025-03-05"),
    ("ru", "Владимир Путин с 3 по 5 марта находился с визитом в Китае, где провёл переговоры с Си Цзиньпином.",
     "2025-03-03", "2025-03-05"),
    ("ru", "3-4 марта Владимир Путин посетил Китай с двухдневным визитом и провёл переговоры с Си Цзиньпином.",
     "2025-03-03", "2025-03-04"),
    ("uk", "З 3 до 5 березня Володимир Путін перебував з візитом у Китаї, де провів переговори з Сі Цзіньпіном.",
     "2025-03-03", "2025-03-05"),
    ("uk", "3-4 березня Володимир Путін відвідав Китай із дводенним візитом і провів переговори з Сі Цзіньпіном.",
     "2025-03-03", "2025-03-04"),
    ("en", "Vladimir Putin visited China on 3 and 4 March and held talks with Xi Jinping.", "2025-03-03", "2025-03-04"),
    ("en", "Vladimir Putin was in China between 3 and 5 March and held talks with Xi Jinping.",
     "2025-03-03", "2025-03-05"),
    ("en", "During his visit to China from March 3 to 5, Vladimir Putin held talks with Xi Jinping.",
     "2025-03-03", "2025-03-05"),
    ("ru", "Владимир Путин посетил Китай 3 и 4 марта и провёл переговоры с Си Цзиньпином.", "2025-03-03", "2025-03-04"),
    ("ru", "В ходе визита в Китай 3–5 марта Владимир Путин провёл переговоры с Си Цзиньпином.",
     "2025-03-03", "2025-03-05"),
    ("uk", "Володимир Путін відвідав Китай 3 і 4 березня та провів переговори з Сі Цзіньпіном.",
     "2025-03-03", "2025-03-04"),
    ("uk", "Під час візиту до Китаю 3–5 березня Володимир Путін провів переговори з Сі Цзіньпіном.",
     "2025-03-03", "2025-03-05"),
])
def test_a_visit_over_days_is_one_meeting_from_its_first_day_to_its_last(lang, text, start, end):
    m = the_meeting(text, lang)
    assert (m.start_date or m.date).iso() == start
    assert m.end_date is not None and m.end_date.iso() == end


@pytest.mark.parametrize("lang,text,dates", [
    # near misses: two meetings on days joined by "and" keep a day each, and a call told on two days is no visit
    ("en", "Vladimir Putin met Xi Jinping on 3 March and Recep Tayyip Erdogan on 4 March.",
     {PX: "2025-03-03", PE: "2025-03-04"}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином 3 марта, а с Реджепом Тайипом Эрдоганом — 4 марта.",
     {PX: "2025-03-03", PE: "2025-03-04"}),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном 3 березня, а з Реджепом Таїпом Ердоганом — 4 березня.",
     {PX: "2025-03-03", PE: "2025-03-04"}),
])
def test_days_joined_across_two_meetings_are_no_span(lang, text, dates):
    for pair, expected in dates.items():
        m = the_meeting(text, lang, pair)
        assert day(m) == expected and m.end_date is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin arrived in Beijing on Monday. On Tuesday he held talks with Xi Jinping."),
    ("en", "Vladimir Putin arrived in Beijing on Monday for a two-day visit and met Xi Jinping on Tuesday."),
    ("ru", "Владимир Путин прибыл в Пекин в понедельник. Во вторник он провёл переговоры с Си Цзиньпином."),
    ("uk", "Володимир Путін прибув до Пекіна в понеділок. У вівторок він провів переговори з Сі Цзіньпіном."),
])
def test_a_visit_arrived_one_day_and_talks_the_next_is_dated_by_its_talks(lang, text):
    assert day(the_meeting(text, lang)) == "2025-03-11"


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Tuesday.", "beijing"),
    ("en", "Vladimir Putin held talks with Xi Jinping at the Kremlin on Tuesday.", "moscow"),
    ("en", "Vladimir Putin met Xi Jinping on the sidelines of the BRICS summit in Kazan.", "kazan"),
    ("en", "Vladimir Putin and Xi Jinping held talks in Moscow.", "moscow"),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине.", "beijing"),
    ("ru", "Владимир Путин провёл переговоры с Си Цзиньпином в Кремле.", "moscow"),
    ("ru", "Владимир Путин принял Си Цзиньпина в Москве.", "moscow"),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в кулуарах саммита БРИКС в Казани.", "kazan"),
    ("ru", "В Пекине Владимир Путин провёл переговоры с Си Цзиньпином.", "beijing"),
    ("ru", "В рамках визита в Пекин Владимир Путин провёл переговоры с Си Цзиньпином.", "beijing"),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у Пекіні.", "beijing"),
    ("uk", "Володимир Путін провів переговори з Сі Цзіньпіном у Кремлі.", "moscow"),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у кулуарах саміту БРІКС у Казані.", "kazan"),
    ("uk", "У Пекіні Володимир Путін провів переговори з Сі Цзіньпіном.", "beijing"),
    ("en", "Vladimir Putin met Xi Jinping at the White House.", "washington"),
    ("en", "Vladimir Putin met Xi Jinping at the Elysee Palace.", "paris"),
    ("en", "Vladimir Putin met Xi Jinping in Beijing's Great Hall of the People.", "beijing"),
    ("en", "On the sidelines of the SCO summit in Astana, Vladimir Putin met Xi Jinping.", "astana"),
    ("ru", "Владимир Путин провёл переговоры с Си Цзиньпином в Белом доме.", "washington"),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Елисейском дворце.", "paris"),
    ("ru", "Владимир Путин прибыл в Пекин, где встретился с Си Цзиньпином.", "beijing"),
    ("ru", "На полях саммита ШОС в Астане Владимир Путин встретился с Си Цзиньпином.", "astana"),
    ("uk", "Володимир Путін провів переговори з Сі Цзіньпіном у Білому домі.", "washington"),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном в Єлисейському палаці.", "paris"),
    ("uk", "Володимир Путін прибув до Пекіна, де зустрівся з Сі Цзіньпіном.", "beijing"),
    ("uk", "У рамках візиту до Пекіна Володимир Путін провів переговори з Сі Цзіньпіном.", "beijing"),
    ("en", "Vladimir Putin met Xi Jinping during the G20 summit in Rio de Janeiro.", "rio-de-janeiro"),
    ("ru", "В рамках саммита G20 в Рио-де-Жанейро Владимир Путин встретился с Си Цзиньпином.", "rio-de-janeiro"),
    ("uk", "Під час саміту G20 у Ріо-де-Жанейро Володимир Путін зустрівся з Сі Цзіньпіном.", "rio-de-janeiro"),
    ("en", "Vladimir Putin arrived in Beijing on Monday. On Tuesday he held talks with Xi Jinping.", "beijing"),
    ("ru", "Владимир Путин прибыл в Пекин в понедельник. Во вторник он провёл переговоры с Си Цзиньпином.", "beijing"),
    ("uk", "Володимир Путін прибув до Пекіна в понеділок. У вівторок він провів переговори з Сі Цзіньпіном.",
     "beijing"),
])
def test_a_city_or_a_building_standing_for_it_is_the_place(lang, text, place):
    assert the_meeting(text, lang).place == place


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Vladimir Putin held talks with Xi Jinping in the Chinese capital.", "beijing"),
    ("ru", "Владимир Путин провёл переговоры с Си Цзиньпином в китайской столице.", "beijing"),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в столице Китая.", "beijing"),
    ("uk", "Володимир Путін провів переговори з Сі Цзіньпіном у китайській столиці.", "beijing"),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у столиці Китаю.", "beijing"),
    # near misses: a capital the guest came from is not where they met
    ("en", "Vladimir Putin met Xi Jinping, who had flown in from the Chinese capital.", None),
    ("ru", "Владимир Путин встретился с Си Цзиньпином, прилетевшим из столицы Китая.", None),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном, який прилетів зі столиці Китаю.", None),
])
def test_a_capital_named_by_the_word_capital_is_the_place(lang, text, place):
    assert the_meeting(text, lang).place == place


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin, who is in Beijing, spoke by phone with Xi Jinping."),
    ("en", "From Moscow, Vladimir Putin held a video call with Xi Jinping."),
    ("ru", "Владимир Путин из Кремля провёл телефонный разговор с Си Цзиньпином."),
    ("ru", "Владимир Путин, находящийся в Пекине, поговорил по телефону с Си Цзиньпином."),
    ("uk", "Володимир Путін, який перебуває в Пекіні, поговорив телефоном із Сі Цзіньпіном."),
])
def test_a_call_has_no_place(lang, text):
    assert the_meeting(text, lang).place is None


@pytest.mark.parametrize("lang,text,minutes", [
    ("en", "Vladimir Putin met Xi Jinping on Tuesday. The meeting lasted more than two hours.", 120),
    ("en", "Vladimir Putin and Xi Jinping held a 90-minute phone call.", 90),
    ("en", "Vladimir Putin spoke with Xi Jinping by phone for about an hour.", 60),
    ("en", "After three hours of talks, Vladimir Putin and Xi Jinping signed a joint statement.", 180),
    ("en", "Vladimir Putin held an hour-long meeting with Xi Jinping.", 60),
    ("en", "The talks between Vladimir Putin and Xi Jinping lasted an hour and a half.", 90),
    ("ru", "Встреча Владимира Путина и Си Цзиньпина продолжалась около часа.", 60),
    ("ru", "Владимир Путин провёл часовой телефонный разговор с Си Цзиньпином.", 60),
    ("ru", "Переговоры Владимира Путина и Си Цзиньпина продлились более трёх часов.", 180),
    ("ru", "Владимир Путин и Си Цзиньпин проговорили по телефону полтора часа.", 90),
    ("ru", "Владимир Путин провёл переговоры с Си Цзиньпином, которые длились 40 минут.", 40),
    ("uk", "Зустріч Володимира Путіна і Сі Цзіньпіна тривала півтори години.", 90),
    ("uk", "Телефонна розмова Володимира Путіна і Сі Цзіньпіна тривала близько години.", 60),
    ("uk", "Володимир Путін провів годинну розмову з Сі Цзіньпіном.", 60),
    ("uk", "Переговори Володимира Путіна і Сі Цзіньпіна тривали понад дві години.", 120),
    ("en", "Vladimir Putin held a two-hour meeting with Xi Jinping.", 120),
    ("en", "Vladimir Putin and Xi Jinping talked for 45 minutes.", 45),
    ("en", "The phone call between Vladimir Putin and Xi Jinping lasted 1 hour and 35 minutes.", 95),
    ("en", "Vladimir Putin and Xi Jinping talked for two hours before signing the deal.", 120),
    ("ru", "Владимир Путин и Си Цзиньпин провели двухчасовые переговоры.", 120),
    ("ru", "Телефонный разговор Владимира Путина и Си Цзиньпина продолжался 1 час 35 минут.", 95),
    ("ru", "Встреча Владимира Путина и Си Цзиньпина продлилась дольше запланированного — около трёх часов.", 180),
    ("uk", "Телефонна розмова Володимира Путіна і Сі Цзіньпіна тривала 1 годину 35 хвилин.", 95),
    ("uk", "Володимир Путін і Сі Цзіньпін провели двогодинні переговори.", 120),
    ("en", "The call between Vladimir Putin and Xi Jinping lasted half an hour.", 30),
    ("en", "Vladimir Putin and Xi Jinping talked for half an hour.", 30),
    ("en", "Vladimir Putin held a half-hour call with Xi Jinping.", 30),
    ("ru", "Разговор Владимира Путина и Си Цзиньпина продолжался полчаса.", 30),
    ("ru", "Владимир Путин провёл получасовой разговор с Си Цзиньпином.", 30),
    ("ru", "Переговоры Владимира Путина и Си Цзиньпина длились два с половиной часа.", 150),
    ("uk", "Розмова Володимира Путіна і Сі Цзіньпіна тривала пів години.", 30),
    ("uk", "Розмова Володимира Путіна і Сі Цзіньпіна тривала півгодини.", 30),
    ("uk", "Володимир Путін провів півгодинну розмову з Сі Цзіньпіном.", 30),
])
def test_a_duration_in_any_form_is_the_meeting_duration(lang, text, minutes):
    assert the_meeting(text, lang).duration_minutes == minutes


@pytest.mark.parametrize("lang,text", [
    # near misses: the time between two events, or a visit's days, is not how long the meeting lasted
    ("en", "Vladimir Putin met Xi Jinping two hours after landing in Beijing."),
    ("en", "Vladimir Putin met Xi Jinping an hour before the summit opened."),
    ("en", "Vladimir Putin met Xi Jinping during a three-day visit to China."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином через два часа после прилёта в Пекин."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином за час до открытия саммита."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в ходе трёхдневного визита в Китай."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном через дві години після прильоту до Пекіна."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном за годину до відкриття саміту."),
    ("uk", "Володимир Путін і Сі Цзіньпін провели дводенні переговори."),
    ("en", "Vladimir Putin met Xi Jinping after a two-hour flight."),
    ("en", "Vladimir Putin and Xi Jinping resumed talks after a one-hour break."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином после двухчасового перелёта."),
    ("ru", "Переговоры Владимира Путина и Си Цзиньпина возобновились после часового перерыва."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном після двогодинного перельоту."),
    ("en", "Vladimir Putin met Xi Jinping for the first time in two years."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином впервые за два года."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном уперше за два роки."),
])
def test_a_time_between_events_is_no_duration(lang, text):
    assert the_meeting(text, lang).duration_minutes is None


@pytest.mark.parametrize("lang,text,medium", [
    ("en", "Vladimir Putin and Xi Jinping held talks by video link.", "video"),
    ("en", "Vladimir Putin and Xi Jinping held a videoconference.", "video"),
    ("en", "Vladimir Putin and Xi Jinping held a virtual meeting.", "video"),
    ("en", "Vladimir Putin had a telephone conversation with Xi Jinping.", "phone"),
    ("en", "Vladimir Putin held a telephonic conversation with Xi Jinping.", "phone"),
    ("en", "Vladimir Putin talked to Xi Jinping over the phone.", "phone"),
    ("en", "Vladimir Putin and Xi Jinping met in Beijing.", "in_person"),
    ("ru", "Владимир Путин и Си Цзиньпин провели переговоры в формате видеоконференции.", "video"),
    ("ru", "Владимир Путин и Си Цзиньпин провели встречу по видеосвязи.", "video"),
    ("ru", "Владимир Путин и Си Цзиньпин провели онлайн-переговоры.", "video"),
    ("ru", "Владимир Путин и Си Цзиньпин созвонились.", "phone"),
    ("ru", "Владимир Путин провёл телефонную беседу с Си Цзиньпином.", "phone"),
    ("ru", "Владимир Путин обсудил с Си Цзиньпином по телефону двустороннюю торговлю.", "phone"),
    ("uk", "Володимир Путін і Сі Цзіньпін провели переговори у форматі відеоконференції.", "video"),
    ("uk", "Володимир Путін і Сі Цзіньпін провели зустріч у режимі відеозв'язку.", "video"),
    ("uk", "Відбулася телефонна розмова Володимира Путіна і Сі Цзіньпіна.", "phone"),
    ("uk", "Володимир Путін обговорив із Сі Цзіньпіном телефоном двосторонню торгівлю.", "phone"),
    ("en", "Vladimir Putin and Xi Jinping held talks via videoconference.", "video"),
    ("en", "Vladimir Putin and Xi Jinping held talks in a virtual format.", "video"),
    ("en", "Vladimir Putin phoned Xi Jinping.", "phone"),
    ("en", "Vladimir Putin and Xi Jinping spoke on the phone.", "phone"),
    ("en", "Vladimir Putin held a video conversation with Xi Jinping.", "video"),
    ("ru", "Владимир Путин и Си Цзиньпин провели видеопереговоры.", "video"),
    ("ru", "Владимир Путин провёл телефонные переговоры с Си Цзиньпином.", "phone"),
    ("ru", "Владимир Путин и Си Цзиньпин пообщались по видеосвязи.", "video"),
    ("uk", "Володимир Путін провів телефонні переговори з Сі Цзіньпіном.", "phone"),
    ("uk", "Володимир Путін і Сі Цзіньпін поспілкувалися по відеозв'язку.", "video"),
    ("uk", "Володимир Путін і Сі Цзіньпін провели відеоконференцію.", "video"),
])
def test_the_medium_is_read_from_the_wording(lang, text, medium):
    assert the_meeting(text, lang).medium == medium


@pytest.mark.parametrize("lang,text", [
    # near misses: talks shown online to others were held in person
    ("en", "Vladimir Putin met Xi Jinping in Beijing; the talks were broadcast online."),
    ("en", "Vladimir Putin met Xi Jinping in Beijing, and the talks were streamed online."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине, переговоры транслировались онлайн."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у Пекіні, переговори транслювалися онлайн."),
])
def test_talks_broadcast_online_stay_in_person(lang, text):
    m = the_meeting(text, lang)
    assert m.medium == "in_person" and m.place == "beijing"


@pytest.mark.parametrize("lang,text", [
    # near misses: a call recalled beside today's meeting gives it no remote medium
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Tuesday. They had last spoken by phone in January."),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Tuesday, a week after a phone call with Recep Tayyip Erdogan."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине во вторник. До этого они говорили по "
     "телефону в январе."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у Пекіні у вівторок. До цього вони розмовляли "
     "телефоном у січні."),
    ("en", "Vladimir Putin, who spoke by phone with Recep Tayyip Erdogan on Monday, met Xi Jinping in Beijing on "
     "Tuesday."),
    ("ru", "Владимир Путин, который в понедельник поговорил по телефону с Реджепом Тайипом Эрдоганом, во вторник "
     "встретился с Си Цзиньпином в Пекине."),
])
def test_a_call_recalled_beside_a_meeting_keeps_the_meeting_in_person(lang, text):
    meetings = [m for m in facts(text, lang).meetings if m.participants == PX and m.medium == "in_person"]
    assert len(meetings) == 1
    assert day(meetings[0]) == "2025-03-11" and meetings[0].place == "beijing"


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin spoke by phone with Xi Jinping on Tuesday. They last met in Kazan in October."),
    ("en", "Vladimir Putin, who met Xi Jinping in Kazan in October, spoke with him by phone on Tuesday."),
    ("ru", "Во вторник Владимир Путин поговорил по телефону с Си Цзиньпином. В последний раз они "
     "встречались в Казани в октябре."),
    ("ru", "Владимир Путин, встречавшийся с Си Цзиньпином в Казани в октябре, во вторник поговорил с ним по телефону."),
    ("uk", "У вівторок Володимир Путін поговорив телефоном із Сі Цзіньпіном. Востаннє вони зустрічалися в "
     "Казані в жовтні."),
])
def test_a_meeting_recalled_in_passing_lends_nothing_to_todays_call(lang, text):
    # near misses: the October meeting keeps its own date, place and medium
    meetings = [m for m in facts(text, lang).meetings if m.participants == PX]
    calls = [m for m in meetings if m.medium == "phone"]
    assert len(calls) == 1
    assert day(calls[0]) == "2025-03-11" and calls[0].place is None
    assert all(day(m) != "2025-03-11" for m in meetings if m.medium != "phone")


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin spoke by phone with Xi Jinping on Tuesday; they agreed to meet in Moscow on 9 May."),
    ("en", "Vladimir Putin met Xi Jinping on Tuesday and invited him to visit Moscow in May."),
    ("ru", "Во вторник Владимир Путин поговорил по телефону с Си Цзиньпином; они договорились встретиться в "
     "Москве 9 мая."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином во вторник и пригласил его посетить Москву в мае."),
    ("uk", "У вівторок Володимир Путін поговорив телефоном із Сі Цзіньпіном; вони домовилися зустрітися в "
     "Москві 9 травня."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у вівторок і запросив його відвідати Москву в травні."),
    ("en", "Vladimir Putin met Xi Jinping on Tuesday. Their next meeting is scheduled for 9 May."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином во вторник. Следующая встреча намечена на 9 мая."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у вівторок. Наступну зустріч заплановано на 9 травня."),
    ("en", "Vladimir Putin met Xi Jinping on Tuesday, their first meeting since October."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином во вторник, впервые с октября."),
])
def test_a_planned_meetings_date_and_place_are_not_the_held_ones(lang, text):
    m = the_meeting(text, lang)
    assert day(m) == "2025-03-11"
    assert m.place != "moscow"


@pytest.mark.parametrize("lang,text", [
    # near misses: the year of a thing the talks were about is not theirs
    ("en", "Vladimir Putin met Xi Jinping on Tuesday; the agreement they discussed was signed in 2019."),
    ("ru", "Во вторник Владимир Путин встретился с Си Цзиньпином; обсуждённое ими соглашение было подписано в 2019 "
     "году."),
    ("uk", "У вівторок Володимир Путін зустрівся з Сі Цзіньпіном; обговорену ними угоду підписали у 2019 році."),
])
def test_the_date_of_a_topic_is_not_the_meetings(lang, text):
    assert day(the_meeting(text, lang)) == "2025-03-11"


@pytest.mark.parametrize("lang,text", [
    # near misses: a place in what they met to discuss is not where they met
    ("en", "Vladimir Putin met Xi Jinping on Tuesday to discuss the war in Ukraine."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином во вторник, чтобы обсудить ситуацию в Газе."),
    ("uk", "Володимир Путін зустрівся з Сі Цзіньпіном у вівторок, щоб обговорити ситуацію в Газі."),
])
def test_a_place_in_the_topic_is_not_the_meetings(lang, text):
    assert the_meeting(text, lang).place is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin, who will travel to Moscow in May, met Xi Jinping in Beijing on Tuesday."),
    ("ru", "Владимир Путин, который посетит Москву в мае, встретился с Си Цзиньпином в Пекине во вторник."),
    ("uk", "Володимир Путін, який відвідає Москву в травні, зустрівся з Сі Цзіньпіном у Пекіні у вівторок."),
    ("uk", "Володимир Путін, який перебуває в Пекіні, у вівторок поговорив із Сі Цзіньпіном."),
])
def test_an_aside_about_the_future_leaves_the_meeting_held(lang, text):
    m = the_meeting(text, lang)
    assert day(m) == "2025-03-11" and m.place != "moscow"


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin, who is in Beijing on a visit, met Xi Jinping."),
    ("ru", "Владимир Путин, который находится в Пекине с визитом, встретился с Си Цзиньпином."),
    ("uk", "Володимир Путін, який перебуває у Пекіні з візитом, зустрівся з Сі Цзіньпіном."),
    ("uk", "Володимир Путін, що перебуває з візитом у Пекіні, провів переговори з Сі Цзіньпіном."),
])
def test_an_aside_about_a_visit_under_way_leaves_the_meeting_there(lang, text):
    m = the_meeting(text, lang)
    assert m.medium == "in_person" and m.place == "beijing"


@pytest.mark.parametrize("lang,text", [
    # near misses: a visit cancelled or yet to come, told in an aside, makes the call no meeting in person
    ("en", "Vladimir Putin, whose visit to Beijing was cancelled, spoke with Xi Jinping by phone."),
    ("ru", "Владимир Путин, чей визит в Пекин отменили, поговорил с Си Цзиньпином по телефону."),
    ("uk", "Володимир Путін, чий візит до Пекіна скасували, поговорив із Сі Цзіньпіном телефоном."),
    ("uk", "Володимир Путін, який відвідає Пекін з візитом, поговорив із Сі Цзіньпіном телефоном."),
])
def test_a_visit_cancelled_or_ahead_in_an_aside_leaves_only_the_call(lang, text):
    meetings = [m for m in facts(text, lang).meetings if m.participants == PX]
    assert [(m.medium, m.place) for m in meetings] == [("phone", None)]


@pytest.mark.parametrize("lang,text", [
    # near misses: the aside's own future still makes the meeting it holds unreal
    ("en", "Vladimir Putin, who will meet Xi Jinping in May, spoke to reporters."),
    ("ru", "Владимир Путин, который встретится с Си Цзиньпином в мае, выступил перед журналистами."),
    ("uk", "Володимир Путін, який зустрінеться з Сі Цзіньпіном у травні, виступив перед журналістами."),
])
def test_a_meeting_told_ahead_in_an_aside_is_no_meeting(lang, text):
    assert facts(text, lang).meetings == ()


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin and Xi Jinping, who met on 5 March, discussed trade.", "2025-03-05"),
    ("en", "At their meeting on March 5, Vladimir Putin and Xi Jinping discussed trade.", "2025-03-05"),
    ("ru", "На встрече 5 марта Владимир Путин и Си Цзиньпин обсудили торговлю.", "2025-03-05"),
    ("ru", "Как стало известно сегодня, Владимир Путин встречался с Си Цзиньпином 5 марта.", "2025-03-05"),
    ("uk", "На зустрічі 5 березня Володимир Путін і Сі Цзіньпін обговорили торгівлю.", "2025-03-05"),
    ("uk", "Як стало відомо сьогодні, Володимир Путін зустрічався з Сі Цзіньпіном 5 березня.", "2025-03-05"),
    ("en", "Vladimir Putin met Xi Jinping on 5 March, the Kremlin said on Friday.", "2025-03-05"),
    ("en", "It became known today that Vladimir Putin had met Xi Jinping on 5 March.", "2025-03-05"),
    ("en", "The Kremlin said on Friday that Vladimir Putin had met Xi Jinping on Wednesday.", "2025-03-12"),
    ("ru", "В пятницу в Кремле рассказали о встрече Владимира Путина и Си Цзиньпина, состоявшейся 5 марта.",
     "2025-03-05"),
    ("ru", "В пятницу Кремль сообщил, что Владимир Путин встретился с Си Цзиньпином в среду.", "2025-03-12"),
    ("uk", "У п'ятницю Кремль повідомив, що Володимир Путін зустрівся з Сі Цзіньпіном у середу.", "2025-03-12"),
    ("ru", "Владимир Путин и Си Цзиньпин, которые встретились 5 марта, обсудили торговлю.", "2025-03-05"),
    ("uk", "Володимир Путін і Сі Цзіньпін, які зустрілися 5 березня, обговорили торгівлю.", "2025-03-05"),
    ("uk", "У п'ятницю в Кремлі розповіли про зустріч Володимира Путіна і Сі Цзіньпіна, що відбулася 5 березня.",
     "2025-03-05"),
    ("ru", "В пятницу в Кремле рассказали о встрече Владимира Путина и Си Цзиньпина, которая состоялась 5 марта.",
     "2025-03-05"),
    ("en", "On Friday the Kremlin told of the meeting between Vladimir Putin and Xi Jinping, which took place on "
     "5 March.", "2025-03-05"),
    # near misses: with no day of its own the meeting keeps the report's
    ("ru", "В пятницу в Кремле рассказали о встрече Владимира Путина и Си Цзиньпина.", "2025-03-14"),
    ("uk", "У п'ятницю в Кремлі розповіли про зустріч Володимира Путіна і Сі Цзіньпіна.", "2025-03-14"),
])
def test_the_article_date_does_not_replace_the_date_the_text_tells(lang, text, expected):
    assert day(the_meeting(text, lang)) == expected
