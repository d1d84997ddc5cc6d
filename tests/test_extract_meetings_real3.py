"""Meetings as real outlets tell them, third round (issue 15, from the held-out batch 3): a state's own people among
themselves are no talks between states; the unnamed host of a visit is its country; forecasts and hoped-for next
meetings are not held; a call over video is a video call; past visits told in passing. Own sentences, ru/uk/en,
with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday
MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"
RAMAPHOSA, LAMOLA = "cyril-ramaphosa", "ronald-lamola"
ZELENSKY, YERMAK, ERDOGAN = "volodymyr-zelenskyy", "andriy-yermak", "recep-tayyip-erdogan"


def _meetings(text: str, lang: str, ref: date | None = REF) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.medium, m.participants, m.date.iso() if m.date else None) for m in facts(text, lang, ref).meetings}


def _pairs(text: str, lang: str, ref: date | None = REF) -> set[tuple[str, ...]]:
    return {m.participants for m in facts(text, lang, ref).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "President Cyril Ramaphosa was received by Foreign Minister Ronald Lamola at the airport on Monday.", set()),
    ("ru", "Президента ЮАР Сирила Рамафосу в аэропорту встретил министр иностранных дел Роналд Ламола.", set()),
    ("uk", "Зеленський провів нараду з керівником Офісу президента Андрієм Єрмаком у понеділок.", set()),
    ("ru", "Зеленский в понедельник провёл встречу с главой Офиса президента Андреем Ермаком.", set()),
    ("en", "Zelensky held a meeting with his chief of staff Andriy Yermak on Monday.", set()),
    # near misses: people of two states met; a leader of one state with a minister of another
    ("en", "Ramaphosa held talks with Xi Jinping in Beijing on Monday.", {(RAMAPHOSA, XI)}),
    ("uk", "Єрмак у понеділок провів зустріч з Ердоганом.", {(YERMAK, ERDOGAN)}),
    ("ru", "Ламола в понедельник провёл переговоры с Путиным.", {(PUTIN, LAMOLA)}),
])
def test_people_of_one_state_among_themselves_hold_no_talks_between_states(lang, text, expected):
    assert {tuple(sorted(p)) for p in _pairs(text, lang)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The deal was struck during Indian Prime Minister Narendra Modi's visit to the UAE on Saturday.",
     {(MODI, "united-arab-emirates")}),
    ("ru", "Соглашение было заключено во время визита Нарендры Моди в ОАЭ в субботу.",
     {(MODI, "united-arab-emirates")}),
    ("uk", "Угоду уклали під час візиту Нарендри Моді до ОАЕ в суботу.", {(MODI, "united-arab-emirates")}),
    # near miss: the article's own visit, its host named in the article: that leader
    ("en", "Modi visited the UAE on Saturday. Sheikh Mohamed bin Zayed called the visit historic.",
     {(MODI, "mohamed-bin-zayed")}),
])
def test_the_unnamed_host_of_a_visit_is_its_country(lang, text, expected):
    found = facts(text, lang, REF).meetings
    assert {tuple(sorted(m.participants)) for m in found} == {tuple(sorted(p)) for p in expected}, found


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Трамп созвонился по видеосвязи с Лулой да Силвой в понедельник.", "video"),
    ("uk", "Трамп зателефонував Лулі да Сілві по відеозв'язку в понеділок.", "video"),
    ("en", "Trump called Lula da Silva by video link on Monday.", "video"),
    ("ru", "Трамп в понедельник провёл видеоконференцию с Лулой да Силвой.", "video"),
    # near misses: a call word alone is a phone call
    ("ru", "Трамп созвонился с Лулой да Силвой в понедельник.", "phone"),
    ("uk", "Трамп зателефонував Лулі да Сілві в понеділок.", "phone"),
    ("en", "Trump phoned Lula da Silva on Monday.", "phone"),
])
def test_a_call_over_video_is_a_video_call(lang, text, expected):
    assert {m.medium for m in facts(text, lang, REF).meetings} == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський зустрівся з Ердоганом у середу. Обговорили двосторонні відносини України та Туреччини.",
     {(ERDOGAN, ZELENSKY)}),
    ("ru", "Зеленский встретился с Эрдоганом в среду. Обсудили двусторонние отношения Украины и Турции.",
     {(ERDOGAN, ZELENSKY)}),
    ("en", "Zelensky met Erdogan on Wednesday. They discussed bilateral relations between Ukraine and Turkey.",
     {(ERDOGAN, ZELENSKY)}),
    # talks of states a speaker tells about are a topic too
    ("ru", "Путин в пятницу провёл телефонный разговор с Си Цзиньпином. Путин проинформировал Си о последних "
           "переговорах между Россией и США.", {(PUTIN, XI)}),
    ("uk", "Путін у п'ятницю провів телефонну розмову із Сі Цзіньпіном. Путін поінформував Сі про останні переговори "
           "між Росією та США.", {(PUTIN, XI)}),
    ("en", "Putin held a phone call with Xi on Friday. Putin informed Xi about the latest talks between Russia and the "
           "United States.", {(PUTIN, XI)}),
    # near misses: states told as the subject of the talks, or right after their word, are their parties
    ("en", "Russia and the United States held talks in Riyadh on Tuesday.", {("russia", "united-states")}),
    ("en", "Ukraine and Turkey discussed trade on Wednesday.", {("turkey", "ukraine")}),
    ("ru", "Украина и Турция в среду обсудили торговлю.", {("turkey", "ukraine")}),
])
def test_states_after_a_word_of_discussion_are_its_topic(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi spoke with Trump on Tuesday. Before the US visit, the two leaders are likely to meet in Germany in "
           "July during the G20 summit.", {("phone", (TRUMP, MODI))}),
    ("en", "Modi spoke with Trump on Tuesday. The two leaders are expected to meet on the sidelines of the G20 summit "
           "in July.", {("phone", (TRUMP, MODI))}),
    ("ru", "Моди поговорил с Трампом по телефону во вторник. Перед визитом в США лидеры, вероятно, встретятся в "
           "Германии в ходе саммита G20.", {("phone", (TRUMP, MODI))}),
    ("uk", "Моді поговорив з Трампом телефоном у вівторок. Лідери, ймовірно, зустрінуться в Німеччині під час "
           "саміту G20.", {("phone", (TRUMP, MODI))}),
    # near miss: a meeting held during a summit is held
    ("en", "Modi spoke with Trump on Tuesday. The two leaders met in Germany in July during the G20 summit.",
     {("phone", (TRUMP, MODI)), ("in_person", (TRUMP, MODI))}),
])
def test_the_setting_of_a_forecast_meeting_is_no_meeting(lang, text, expected):
    assert {(m[0], tuple(sorted(m[1]))) for m in _meetings(text, lang)} == {(k, tuple(sorted(p))) for k, p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "У Лондоні президент України Володимир Зеленський і прем'єр-міністр Великої Британії Борис Джонсон "
           "підписали угоду про партнерство.", {("in_person", (ZELENSKY, "boris-johnson"), "london")}),
    ("ru", "В Лондоне Зеленский и Джонсон в четверг подписали соглашение о партнёрстве.",
     {("in_person", (ZELENSKY, "boris-johnson"), "london")}),
    ("en", "Zelensky and Johnson signed a partnership agreement in London on Thursday.",
     {("in_person", (ZELENSKY, "boris-johnson"), "london")}),
    ("uk", "Алієв та Пашинян поставили підписи під мирною угодою у Вашингтоні.",
     {("in_person", ("ilham-aliyev", "nikol-pashinyan"), "washington")}),
    # near misses: a signing to come; states as signers; ministers (at their leaders' talks); one state's people
    ("en", "Zelensky and Johnson will sign a partnership agreement in London.", set()),
    ("en", "Ukraine and Britain signed a partnership agreement in London on Thursday.", set()),
    ("ru", "Министры обороны Сергей Шойгу и Хулуси Акар подписали меморандум.", set()),
    ("en", "Zelensky and Yermak signed the decree on Thursday.", set()),
])
def test_leaders_of_two_states_signing_together_met(lang, text, expected):
    found = {(m.medium, tuple(sorted(m.participants)), m.place) for m in facts(text, lang, REF).meetings}
    assert found == {(k, tuple(sorted(p)), place) for k, p, place in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "PM Modi received a call from his Brazilian counterpart Lula on Thursday.", "phone"),
    ("en", "Modi made a call to Lula on Thursday.", "phone"),
    ("ru", "Моди в четверг принял звонок от президента Бразилии Лулы.", "phone"),
    ("uk", "Моді в четвер отримав дзвінок від президента Бразилії Лули.", "phone"),
    # near miss: a guest received is met in person
    ("en", "Modi received Lula in New Delhi on Thursday.", "in_person"),
])
def test_a_call_received_or_made_is_a_phone_call(lang, text, expected):
    assert {m.medium for m in facts(text, lang, REF).meetings} == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi arrived in Russia on a two-day visit as part of his tour, which also includes Iran, Azerbaijan and "
           "Tajikistan.", {(MODI, "russia")}),
    ("ru", "Моди прибыл в Россию с визитом в рамках турне, которое также включает Иран, Азербайджан и Таджикистан.",
     {(MODI, "russia")}),
    ("uk", "Моді прибув до Росії з візитом у рамках турне, яке також охоплює Іран, Азербайджан і Таджикистан.",
     {(MODI, "russia")}),
    # near miss: states right after the meeting's word are its parties
    ("en", "Talks between Iran, Azerbaijan and Tajikistan took place on Tuesday.",
     {("azerbaijan", "iran", "tajikistan")}),
])
def test_states_of_a_relative_clause_are_not_the_parties_of_a_visit(lang, text, expected):
    assert {tuple(sorted(p)) for p in _pairs(text, lang)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Putin and Xi held talks in Moscow on Sunday. Putin and Xi discussed trade at the talks, according to media "
           "reports Monday.", {"2025-03-09"}),
    ("ru", "Путин и Си провели переговоры в Москве в воскресенье. Путин и Си обсудили на переговорах торговлю, "
           "сообщили в понедельник СМИ.", {"2025-03-09"}),
    ("uk", "Путін і Сі провели переговори в Москві в неділю. Путін і Сі обговорили на переговорах торгівлю, повідомили "
           "в понеділок ЗМІ.", {"2025-03-09"}),
    # near miss: talks told again on a day of their own are another meeting
    ("en", "Putin and Xi held talks in Moscow on Sunday. Putin and Xi held talks again on Monday.",
     {"2025-03-09", "2025-03-10"}),
])
def test_the_day_of_a_report_is_not_the_day_of_the_talks(lang, text, expected):
    assert {m.date.iso() for m in facts(text, lang, REF).meetings if m.date} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський і Ердоган провели телефонну розмову в суботу. До цього востаннє лідери говорили наприкінці "
           "липня.", {("phone", "2025-03-08"), ("phone", "2024-07")}),
    ("ru", "Зеленский и Эрдоган провели телефонный разговор в субботу. До этого в последний раз лидеры говорили в "
           "конце июля.", {("phone", "2025-03-08"), ("phone", "2024-07")}),
    ("en", "Zelensky and Erdogan held a phone call on Saturday. The leaders last spoke in late July.",
     {("phone", "2025-03-08"), ("phone", "2024-07")}),
    # near misses: what somebody spoke about, or said, earlier is no call
    ("ru", "Зеленский и Эрдоган провели телефонный разговор в субботу. Ранее в мае Эрдоган говорил о мире.",
     {("phone", "2025-03-08")}),
    ("en", "Zelensky and Erdogan held a phone call on Saturday. Earlier in May Erdogan spoke about peace.",
     {("phone", "2025-03-08")}),
    ("uk", "Зеленський і Ердоган провели телефонну розмову в суботу. Раніше в травні Ердоган говорив, що мир близько.",
     {("phone", "2025-03-08")}),
])
def test_leaders_who_last_spoke_had_a_call(lang, text, expected):
    assert {(m.medium, m.date.iso() if m.date else None) for m in facts(text, lang, REF).meetings} == expected


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
    assert {tuple(sorted(p)) for p in _pairs(text, lang)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Bolsonaro snubbed Lisbon and there has not been a summit since 2016 when Portugal's Prime Minister António "
           "Costa met with Brazil's then-President Michel Temer.", {("antonio-costa", "michel-temer")}),
    ("ru", "Болсонару игнорировал Лиссабон, и саммита не было с 2016 года, когда премьер-министр Португалии Антониу "
           "Кошта встретился с президентом Бразилии Мишелом Темером.", {("antonio-costa", "michel-temer")}),
    ("uk", "Болсонару ігнорував Лісабон, і саміту не було з 2016 року, коли прем'єр-міністр Португалії Антоніу "
           "Кошта зустрівся з президентом Бразилії Мішелом Темером.", {("antonio-costa", "michel-temer")}),
    # near miss: without a clause of its own the first subject tells of its own conversation
    ("en", "Putin told Xi about his conversation with Biden on Monday.", {("joe-biden", PUTIN)}),
])
def test_the_subject_of_the_clause_a_meeting_opens_is_its_party(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сі Цзіньпін і Путін провели телефонну розмову в п'ятницю. Розмова відбулася напередодні очікуваного саміту "
           "між Путіним та президентом США Дональдом Трампом.", {("phone", (PUTIN, XI))}),
    ("ru", "Си Цзиньпин и Путин провели телефонный разговор в пятницу. Разговор состоялся накануне ожидаемого саммита "
           "Путина и президента США Дональда Трампа.", {("phone", (PUTIN, XI))}),
    ("en", "Xi and Putin held a phone call on Friday. The call came ahead of an expected summit between Putin and US "
           "President Donald Trump.", {("phone", (PUTIN, XI))}),
    ("en", "Xi held a phone call with Putin on Friday, ahead of a possible summit with Trump next week.",
     {("phone", (PUTIN, XI))}),
    # near miss: a summit held before the call is a meeting of its own
    ("en", "Xi and Putin held a phone call on Friday. The call came days after the summit between Putin and US "
           "President Donald Trump in Alaska.", {("phone", (PUTIN, XI)), ("in_person", (TRUMP, PUTIN))}),
])
def test_the_people_of_a_coming_summit_are_not_those_of_the_call_before_it(lang, text, expected):
    assert {(m[0], tuple(sorted(m[1]))) for m in _meetings(text, lang)} == {(k, tuple(sorted(p))) for k, p in expected}


ALIYEV, ABDULLAH, ABBAS, ORBAN = "ilham-aliyev", "abdullah-ii", "mahmoud-abbas", "viktor-orban"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президент Ильхам Алиев провел встречи с лидерами ряда зарубежных стран, в том числе с королем Иордании "
           "Абдаллой II, президентом Палестины Махмудом Аббасом и премьер-министром Венгрии Виктором Орбаном.",
     {(ABDULLAH, ALIYEV), (ALIYEV, ABBAS), (ALIYEV, ORBAN)}),
    ("uk", "Президент Ільхам Алієв провів зустрічі з лідерами низки країн, зокрема з королем Йорданії Абдаллою II, "
           "президентом Палестини Махмудом Аббасом і прем'єр-міністром Угорщини Віктором Орбаном.",
     {(ABDULLAH, ALIYEV), (ALIYEV, ABBAS), (ALIYEV, ORBAN)}),
    ("en", "President Ilham Aliyev held a meeting with several leaders, including King Abdullah II of Jordan, "
           "Palestinian President Mahmoud Abbas and Hungarian Prime Minister Viktor Orban.",
     {(ABDULLAH, ALIYEV), (ALIYEV, ABBAS), (ALIYEV, ORBAN)}),
    # near miss: ministers taking part in one meeting are attendees, not partners
    ("ru", "Алиев провел встречу с Орбаном с участием министров, в том числе Джейхуна Байрамова и Петера Сийярто.",
     {(ALIYEV, ORBAN)}),
])
def test_leaders_listed_after_including_are_met_one_by_one(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", 'Magwenya said: "President Biden confirmed he will visit South Africa and participate in the G20 '
           'meetings."', set()),
    ("ru", "Байден посетит ЮАР и примет участие во встречах G20.", set()),
    ("uk", "Байден відвідає ПАР і візьме участь у зустрічах G20.", set()),
    # near miss: a verb of its own in the past tells a meeting held
    ("en", "Biden could not visit South Africa and held talks with Ramaphosa by phone on Tuesday.",
     {("phone", ("cyril-ramaphosa", "joe-biden"))}),
])
def test_a_meeting_joined_by_and_to_one_not_held_is_not_held(lang, text, expected):
    assert {(m[0], m[1]) for m in _meetings(text, lang)} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Макрон провів у Пекіні зустріч із Сі Цзіньпіном. "
           "Переговори відбулися напередодні головування Франції у G7.",
     {"2025-03-14"}),
    ("ru", "Макрон провёл в Пекине встречу с Си Цзиньпином. Переговоры прошли накануне визита Си во Францию.",
     {"2025-03-14"}),
    # near misses: the day before, told alone or before its subject
    ("uk", "Путін і Сі провели переговори в п'ятницю. Напередодні Путін провів телефонну розмову з Моді.",
     {"2025-03-14", "2025-03-13"}),
    ("ru", "Путин и Си провели переговоры в пятницу. Накануне вечером Путин провёл телефонный разговор с Моди.",
     {"2025-03-14", "2025-03-13"}),
])
def test_on_the_eve_of_an_event_is_not_the_day_before(lang, text, expected):
    assert {m.date.iso() for m in facts(text, lang, REF).meetings if m.date} == expected
