"""Meetings told the way real outlets tell them (issue 15): the medium from every wording, one sentence with
several meetings, earlier meetings that lend nothing to today's, visits over several days, scheduled talks,
and people or states named only as a topic. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday


def _meetings(text: str, lang: str) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.medium, m.participants, m.date.iso() if m.date else None) for m in facts(text, lang, REF).meetings}


@pytest.mark.parametrize("lang,text,medium", [
    ("ru", "Путин и Си Цзиньпин провели беседу в режиме видеоконференцсвязи.", "video"),
    ("ru", "Путин и Си Цзиньпин провели переговоры по видеоконференцсвязи.", "video"),
    ("ru", "Путин и Токаев провели беседу по видео-связи.", "video"),
    ("ru", "Путин и Токаев пообщались по защищённой видеосвязи.", "video"),
    ("ru", "Состоялась беседа Путина и Моди по телефону.", "phone"),
    ("ru", "Путин и Моди провели телефонную беседу.", "phone"),
    ("uk", "Зеленський і Макрон провели переговори по відеозв'язку.", "video"),
    ("uk", "Зеленський і Макрон поспілкувалися у режимі відеозв’язку.", "video"),
    ("uk", "Зеленський і Макрон провели розмову у форматі відеоконференції.", "video"),
    ("uk", "Путін і Сі провели онлайн-зустріч.", "video"),
    ("uk", "Зеленський і Макрон провели бесіду телефоном.", "phone"),
    ("en", "Putin and Xi held talks over a secure video line.", "video"),
    ("en", "Putin and Modi held a video-conference.", "video"),
    ("en", "Putin and Xi held talks by videoconference.", "video"),
    ("en", "Putin and Modi held talks over the telephone.", "phone"),
    ("en", "Putin telephoned Modi on Tuesday.", "phone"),
    # near misses: talks in a city, a video address, footage of the talks
    ("ru", "Путин и Си Цзиньпин провели переговоры в Москве, видеозапись переговоров опубликовал Кремль.",
     "in_person"),
    ("uk", "Зеленський і Макрон провели переговори в Парижі, відеообіг президента вийшов увечері.", "in_person"),
    ("en", "Putin and Modi held talks in New Delhi; a video of the talks was released later.", "in_person"),
])
def test_every_wording_of_video_or_telephone_gives_its_medium(lang, text, medium):
    assert {m[0] for m in _meetings(text, lang)} == {medium}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин выступил с видеообращением к участникам форума."),
    ("uk", "Зеленський записав відеозвернення до партнерів."),
    ("en", "Modi posted a video message to the summit."),
])
def test_a_video_address_is_no_meeting(lang, text):
    assert _meetings(text, lang) == set()


@pytest.mark.parametrize("lang,text,held", [
    ("ru", "Переговоры президента России Владимира Путина и Эрдогана запланированы на четверг.", set()),
    ("ru", "Переговоры Путина и Эрдогана в Анкаре намечены на следующую неделю.", set()),
    ("ru", "Переговоры президентов России и Турции Путина и Эрдогана состоятся в четверг.", set()),
    ("uk", "Переговори президента Росії Путіна та Ердогана заплановані на четвер.", set()),
    ("uk", "Переговори Путіна та Ердогана в Анкарі відбудуться наступного тижня.", set()),
    ("en", "Talks between Russian President Vladimir Putin and Erdogan are planned for Thursday.", set()),
    ("en", "Putin and Erdogan are due to meet in Ankara on Thursday.", set()),
    ("en", "Modi is to visit Moscow next week, where he will meet Putin.", set()),
    # near misses: held as planned, held and followed by a future step, held before the next round
    ("ru", "Путин и Эрдоган провели переговоры в четверг, как и планировалось.",
     {("in_person", ("recep-tayyip-erdogan", "vladimir-putin"), "2025-03-13")}),
    ("ru", "Путин и Эрдоган в четверг провели переговоры и подпишут соглашение позже.",
     {("in_person", ("recep-tayyip-erdogan", "vladimir-putin"), "2025-03-13")}),
    ("uk", "Лавров зустрівся з Ван І у вівторок перед наступним раундом консультацій.",
     {("in_person", ("sergey-lavrov", "wang-yi"), "2025-03-11")}),
    ("en", "Putin and Erdogan held talks on Thursday as planned.",
     {("in_person", ("recep-tayyip-erdogan", "vladimir-putin"), "2025-03-13")}),
])
def test_talks_planned_scheduled_or_due_are_not_held(lang, text, held):
    assert _meetings(text, lang) == held


PUTIN, XI, MODI, TRUMP = "vladimir-putin", "xi-jinping", "narendra-modi", "donald-trump"
RUSSIA = "russia"  # an unnamed host is annotated as its country
ZELENSKY, SALMAN = "volodymyr-zelenskyy", "salman-of-saudi-arabia"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В понедельник Путин провёл телефонные разговоры с Си Цзиньпином и Нарендрой Моди.",
     {("phone", (PUTIN, XI), "2025-03-10"), ("phone", (MODI, PUTIN), "2025-03-10")}),
    ("uk", "У понеділок Путін провів телефонні розмови із Сі Цзіньпіном і Нарендрою Моді.",
     {("phone", (PUTIN, XI), "2025-03-10"), ("phone", (MODI, PUTIN), "2025-03-10")}),
    ("en", "On Monday Putin held phone calls with Xi Jinping and Narendra Modi.",
     {("phone", (PUTIN, XI), "2025-03-10"), ("phone", (MODI, PUTIN), "2025-03-10")}),
    ("en", "Putin spoke by phone with Xi Jinping and Narendra Modi on Monday.",
     {("phone", (PUTIN, XI), "2025-03-10"), ("phone", (MODI, PUTIN), "2025-03-10")}),
    # near misses: one call named by a singular noun, a call told as joint
    ("en", "Putin on Monday held a phone call with Trump and King Salman of Saudi Arabia.",
     {("phone", (TRUMP, SALMAN, PUTIN), "2025-03-10")}),
    ("ru", "Путин в понедельник провёл трёхсторонний телефонный разговор с Трампом и Моди.",
     {("phone", (TRUMP, MODI, PUTIN), "2025-03-10")}),
])
def test_calls_with_two_partners_are_two_calls(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trump met Xi on Monday and Modi on Tuesday.",
     {("in_person", (TRUMP, XI), "2025-03-10"), ("in_person", (TRUMP, MODI), "2025-03-11")}),
    ("ru", "Трамп встретился с Си Цзиньпином в понедельник, а с Моди — во вторник.",
     {("in_person", (TRUMP, XI), "2025-03-10"), ("in_person", (TRUMP, MODI), "2025-03-11")}),
    ("uk", "Трамп зустрівся із Сі Цзіньпіном у понеділок, а з Моді — у вівторок.",
     {("in_person", (TRUMP, XI), "2025-03-10"), ("in_person", (TRUMP, MODI), "2025-03-11")}),
    ("uk", "Трамп спершу поговорив телефоном із Путіним, а потім зателефонував Зеленському.",
     {("phone", (TRUMP, PUTIN), "2025-03-14"), ("phone", (TRUMP, ZELENSKY), "2025-03-14")}),
    ("ru", "Трамп сначала поговорил по телефону с Путиным, а затем позвонил Зеленскому.",
     {("phone", (TRUMP, PUTIN), "2025-03-14"), ("phone", (TRUMP, ZELENSKY), "2025-03-14")}),
    ("en", "Trump first spoke by phone with Putin and then called Zelensky.",
     {("phone", (TRUMP, PUTIN), "2025-03-14"), ("phone", (TRUMP, ZELENSKY), "2025-03-14")}),
    # one verb, two partners on one day: one meeting with each (the real devset's convention, batch 8)
    ("en", "Trump met Xi and Modi in Osaka on Monday.",
     {("in_person", (TRUMP, XI), "2025-03-10"), ("in_person", (TRUMP, MODI), "2025-03-10")}),
    # near miss: two partners met together are one meeting
    ("en", "Trump met Xi and Modi together in Osaka on Monday.", {("in_person", (TRUMP, MODI, XI), "2025-03-10")}),
])
def test_an_elided_second_meeting_is_its_own_meeting(lang, text, expected):
    assert _meetings(text, lang) == expected


ERDOGAN, LAVROV, WANG = "recep-tayyip-erdogan", "sergey-lavrov", "wang-yi"


@pytest.mark.parametrize("lang,text,expected", [
    # whose visit, whose sanctions, whose coming summit: a topic, not a party
    ("ru", "Лавров и Ван И обсудили в Пекине торговлю и визит Путина в Китай.",
     {("in_person", (LAVROV, WANG), "2025-03-14")}),
    ("uk", "Лавров і Ван І обговорили в Пекіні торгівлю та візит Путіна до Китаю.",
     {("in_person", (LAVROV, WANG), "2025-03-14")}),
    ("en", "Lavrov and Wang Yi discussed trade and Putin's visit to China in Beijing.",
     {("in_person", (LAVROV, WANG), "2025-03-14")}),
    ("ru", "Путин провёл телефонный разговор с Эрдоганом, обсудив в том числе санкции Байдена против России.",
     {("phone", (ERDOGAN, PUTIN), "2025-03-14")}),
    ("uk", "Моді провів телефонну розмову з Путіним, йшлося й про майбутній саміт Трампа і Сі Цзіньпіна.",
     {("phone", (MODI, PUTIN), "2025-03-14")}),
    ("en", "Modi held a phone call with Putin on Monday, ahead of Trump's coming summit with Xi.",
     {("phone", (MODI, PUTIN), "2025-03-10")}),
    ("ru", "Путин и Эрдоган провели телефонный разговор, сообщил пресс-секретарь Кремля Дмитрий Песков.",
     {("phone", (ERDOGAN, PUTIN), "2025-03-14")}),
    # whose earlier call: a call of its own, with no day of the main one
    ("ru", "Путин провёл телефонный разговор с Эрдоганом после разговора Эрдогана с Зеленским.",
     {("phone", (ERDOGAN, PUTIN), "2025-03-14"), ("phone", (ERDOGAN, ZELENSKY), None)}),
    ("uk", "Путін провів телефонну розмову з Ердоганом після розмови Ердогана із Зеленським.",
     {("phone", (ERDOGAN, PUTIN), "2025-03-14"), ("phone", (ERDOGAN, ZELENSKY), None)}),
    ("en", "Putin spoke by phone with Erdogan on Monday, days after Erdogan's call with Zelensky.",
     {("phone", (ERDOGAN, PUTIN), "2025-03-10"), ("phone", (ERDOGAN, ZELENSKY), None)}),
    # near miss: a partner named after "before" is no event ("перед Путиным")
    ("en", "Putin and Erdogan held talks in Sochi on Monday after a lunch.",
     {("in_person", (ERDOGAN, PUTIN), "2025-03-10")}),
])
def test_a_leader_named_only_as_a_topic_or_in_another_event_is_not_added(lang, text, expected):
    assert _meetings(text, lang) == expected


def _spans(text: str, lang: str) -> set[tuple[tuple[str, ...], str | None, str | None, str | None]]:
    return {(m.participants, m.date.iso() if m.date else None, m.start_date.iso() if m.start_date else None,
             m.end_date.iso() if m.end_date else None) for m in facts(text, lang, REF).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    # an arrival and the talks on a later day: dated by the talks, starting on the arrival's day
    ("ru", "Премьер-министр Индии Нарендра Моди прибыл в Москву с визитом в понедельник. Во вторник Моди и Путин "
           "провели переговоры.", {((MODI, PUTIN), "2025-03-11", "2025-03-10", None)}),
    ("uk", "Прем'єр-міністр Індії Нарендра Моді прибув до Москви в понеділок. У вівторок Моді провів переговори з "
           "Путіним.", {((MODI, PUTIN), "2025-03-11", "2025-03-10", None)}),
    ("en", "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit. On Tuesday Modi held "
           "talks with Putin in the Kremlin.", {((MODI, PUTIN), "2025-03-11", "2025-03-10", None)}),
    # a span of days with no day of talks told: its first day, and its last
    ("ru", "Си Цзиньпин находился с государственным визитом в России с 10 по 12 марта.",
     {((RUSSIA, XI), "2025-03-10", None, "2025-03-12")}),
    ("uk", "Сі Цзіньпін перебував із державним візитом у Росії 10–12 березня.",
     {((RUSSIA, XI), "2025-03-10", None, "2025-03-12")}),
    ("en", "Xi Jinping paid a state visit to Russia from 10 to 12 March.",
     {((RUSSIA, XI), "2025-03-10", None, "2025-03-12")}),
    # near misses: talks on two days without an arrival are two meetings; a visit a week after an arrival is its own
    ("en", "Modi met Putin in Moscow on Monday. On Tuesday Modi and Putin held talks again.",
     {((MODI, PUTIN), "2025-03-10", None, None), ((MODI, PUTIN), "2025-03-11", None, None)}),
    ("ru", "Моди прибыл в Москву 1 марта. 9 марта Моди и Путин провели переговоры.",
     {((MODI, PUTIN), "2025-03-01", None, None), ((MODI, PUTIN), "2025-03-09", None, None)}),
])
def test_a_visit_over_several_days_is_one_visit_dated_by_its_talks(lang, text, expected):
    assert _spans(text, lang) == expected


@pytest.mark.parametrize("lang,text,subject,partners", [
    ("ru", "Лавров провёл переговоры с госсекретарём США Марко Рубио, главой МИД Венгрии Петером Сийярто и министром "
           "иностранных дел Индии Субраманьямом Джайшанкаром.", LAVROV,
     {"marco-rubio", "peter-szijjarto", "subrahmanyam-jaishankar"}),
    ("uk", "Сибіга провів телефонні розмови з Ентоні Блінкеном, міністеркою закордонних справ Німеччини Анналеною "
           "Бербок та з Девідом Кемероном.", "andrii-sybiha", {"antony-blinken", "annalena-baerbock", "david-cameron"}),
    ("en", "Yoon held separate talks with the leaders of Canada, Sweden and Finland.", "yoon-suk-yeol",
     {"canada", "sweden", "finland"}),
    ("en", "Jaishankar met his counterparts from Britain, Japan and Saudi Arabia on the sidelines.",
     "subrahmanyam-jaishankar", {"united-kingdom", "japan", "saudi-arabia"}),
])
def test_a_list_of_partners_gives_one_meeting_with_each(lang, text, subject, partners):
    found = facts(text, lang, REF).meetings
    assert {frozenset(m.participants) for m in found} == {frozenset({subject, p}) for p in partners}, found


@pytest.mark.parametrize("lang,text,participants", [
    # near misses: the leaders of two states hosted together, a summit of three
    ("en", "Putin hosted the leaders of Azerbaijan and Armenia in Sochi on Friday for talks.",
     {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"}),
    ("ru", "Путин провёл трёхсторонние переговоры с Алиевым и Пашиняном в Сочи.",
     {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"}),
    ("uk", "Путін провів тристоронню зустріч з Алієвим і Пашиняном у Сочі.",
     {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"}),
])
def test_two_partners_met_together_are_one_meeting(lang, text, participants):
    found = facts(text, lang, REF).meetings
    assert len(found) == 1 and set(found[0].participants) <= participants | {"azerbaijan", "armenia"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin met with the leaders of Azerbaijan and Armenia in Sochi on Friday."),
    ("ru", "Путин встретился с лидерами Азербайджана и Армении в Сочи."),
    ("uk", "Путін зустрівся з лідерами Азербайджану та Вірменії в Сочі."),
])
def test_the_leaders_of_two_states_met_by_a_host_make_one_meeting_of_three(lang, text):
    found = facts(text, lang, REF).meetings
    assert len(found) == 1 and "vladimir-putin" in found[0].participants and len(found[0].participants) == 3


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yoon met Scholz in Washington on Wednesday. Yoon also held talks with Japan's prime minister Kishida.",
     {("in_person", ("olaf-scholz", "yoon-suk-yeol"), "2025-03-12"),
      ("in_person", ("fumio-kishida", "yoon-suk-yeol"), "2025-03-12")}),
    ("ru", "Лавров встретился с Ван И в среду. Лавров также провёл переговоры с Джайшанкаром.",
     {("in_person", (LAVROV, WANG), "2025-03-12"), ("in_person", (LAVROV, "subrahmanyam-jaishankar"), "2025-03-12")}),
    ("uk", "Лавров зустрівся з Ван І в середу. Лавров також провів переговори з Джайшанкаром.",
     {("in_person", (LAVROV, WANG), "2025-03-12"), ("in_person", (LAVROV, "subrahmanyam-jaishankar"), "2025-03-12")}),
    # near miss: a meeting told with "also" and a day of its own keeps its day
    ("en", "Yoon met Scholz in Washington on Wednesday. Yoon also held talks with Japan's prime minister Kishida on "
           "Tuesday.", {("in_person", ("olaf-scholz", "yoon-suk-yeol"), "2025-03-12"),
                        ("in_person", ("fumio-kishida", "yoon-suk-yeol"), "2025-03-11")}),
])
def test_a_meeting_told_with_also_takes_the_day_of_the_one_before(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # states named as a topic of the sentence are no meeting of their own
    ("en", "Trump spoke by phone with Putin on Monday. The call came in the wake of Iran's seizure of a US tanker.",
     {("phone", (TRUMP, PUTIN), "2025-03-10")}),
    ("en", "Germany has not received any gas from Russia since the end of August.", set()),
    ("ru", "Путин и Эрдоган провели телефонный разговор в понедельник. Обсуждалась ситуация вокруг "
           "армяно-азербайджанского урегулирования, Армения-Азербайджан.", {("phone", (ERDOGAN, PUTIN), "2025-03-10")}),
    ("uk", "Германія не отримує газу з Росії від кінця серпня, відколи зустрічі скасовано.", set()),
    # near misses: states joined as the parties, states right after the word or "between"
    ("en", "Saudi Arabia, Russia and Iraq took the decision at a brief video meeting on Monday.",
     {("video", ("iraq", "russia", "saudi-arabia"), "2025-03-10")}),
    ("ru", "В понедельник прошли консультации России и Китая.", {("in_person", ("china", "russia"), "2025-03-10")}),
    ("uk", "У понеділок відбулися переговори між Україною та Польщею.",
     {("in_person", ("poland", "ukraine"), "2025-03-10")}),
])
def test_states_named_only_as_a_topic_are_not_parties(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Повідомляється, що Байден проведе після розмови з Путіним розмову з лідерами Німеччини та Франції.", set()),
    ("uk", "Наприкінці місяця Пашинян поїде до Сочі для зустрічі з Алієвим.", set()),
    ("ru", "В конце месяца Пашинян отправится в Сочи для встречи с Алиевым.", set()),
    # near misses: the writer's "напомним"/"нагадаємо" and a past meeting verb
    ("uk", "Нагадаємо, Зеленський і Ердоган востаннє зустрічалися в Стамбулі в березні 2024 року.",
     {("in_person", (ERDOGAN, ZELENSKY), "2024-03")}),
    ("ru", "Напомним, Путин и Эрдоган в последний раз встречались в Сочи в сентябре 2024 года.",
     {("in_person", (ERDOGAN, PUTIN), "2024-09")}),
])
def test_a_meeting_governed_by_a_future_verb_is_not_held(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,when", [
    ("ru", "Итоги встречи\nПусан, 12 марта (Синьхуа).\nСи Цзиньпин и Трамп на своей встрече договорились о пошлинах.",
     "2025-03-12"),
    ("uk", "Підсумки зустрічі\nПусан, 12 березня (Сіньхуа).\nСі Цзіньпін і Трамп на своїй зустрічі домовилися "
           "про мита.", "2025-03-12"),
    ("en", "Summit results\nBusan, March 12 (Xinhua).\nXi and Trump agreed at their meeting to cut tariffs.",
     "2025-03-12"),
    # near miss: without a dateline the story's undated meeting has the article's day
    ("en", "Summit results\nXi and Trump agreed at their meeting to cut tariffs.", "2025-03-14"),
])
def test_an_undated_meeting_takes_the_day_of_the_wire_dateline(lang, text, when):
    assert {m[2] for m in _meetings(text, lang)} == {when}


TOKAYEV = "kassym-jomart-tokayev"


@pytest.mark.parametrize("lang,text,today", [
    ("ru", "Путин и Токаев во вторник поговорили, вспомнив свою встречу в Астане.", "phone"),
    ("uk", "Путін і Токаєв у вівторок поговорили, згадавши свою зустріч в Астані.", "phone"),
    ("en", "Putin and Tokayev spoke on Tuesday, recalling their summit in Astana.", "phone"),
    ("ru", "Путин и Токаев во вторник провели переговоры по видеосвязи, вспомнив переговоры в Астане прошлой весной.",
     "video"),
    ("en", "Putin and Tokayev held a video call on Tuesday, recalling their talks in Astana last spring.", "video"),
])
def test_a_meeting_recalled_in_passing_lends_no_place_or_medium_to_todays(lang, text, today):
    found = facts(text, lang, REF).meetings
    (call,) = [m for m in found if m.date and m.date.iso() == "2025-03-11"]
    assert call.medium == today and call.place is None and set(call.participants) == {PUTIN, TOKAYEV}
    # the recalled meeting is one of its own, in Astana, with no day of today's
    assert all(m.place == "astana" and m.medium == "in_person" for m in found if m is not call)


@pytest.mark.parametrize("lang,text,guest,hosts", [
    ("ru", "В рамках визита Си Цзиньпин провёл переговоры с Владимиром Путиным и Михаилом Мишустиным.", XI,
     {PUTIN, "mikhail-mishustin"}),
    ("uk", "Під час візиту Сі Цзіньпін провів переговори з Володимиром Путіним і Михайлом Мішустіним.", XI,
     {PUTIN, "mikhail-mishustin"}),
    ("en", "During the visit Xi Jinping held talks with Vladimir Putin and Mikhail Mishustin.", XI,
     {PUTIN, "mikhail-mishustin"}),
])
def test_a_guest_who_held_talks_with_two_people_of_one_state_met_each(lang, text, guest, hosts):
    found = facts(text, lang, REF).meetings
    assert {frozenset(m.participants) for m in found} == {frozenset({guest, h}) for h in hosts}, found


@pytest.mark.parametrize("lang,text,minutes", [
    ("ru", "Путин и Си Цзиньпин провели 35-минутную встречу в Пекине.", 35),
    ("uk", "Путін і Сі Цзіньпін провели 35-хвилинну зустріч у Пекіні.", 35),
    ("en", "Putin and Xi Jinping held a 35-minute meeting in Beijing.", 35),
    ("ru", "Путин и Си Цзиньпин провели 2-часовые переговоры в Пекине.", 120),
    # near miss: a year with a case ending is no duration
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине в 2024-м году.", None),
])
def test_a_duration_told_as_a_number_joined_to_a_unit_adjective(lang, text, minutes):
    (m,) = facts(text, lang, REF).meetings
    assert m.duration_minutes == minutes


@pytest.mark.parametrize("lang,text,medium", [
    ("ru", "Завершилась онлайн-конференция Байдена и Путина.", "video"),
    ("uk", "Завершилася онлайн-конференція Байдена та Путіна.", "video"),
    ("en", "The web-conference of Biden and Putin ended.", "video"),
])
def test_an_online_conference_of_two_leaders_is_a_video_call(lang, text, medium):
    assert {m.medium for m in facts(text, lang, REF).meetings} == {medium}


@pytest.mark.parametrize("lang,text,when", [
    ("en", "Modi and Putin held talks in New Delhi, Putin's first visit since the invasion of Ukraine in 2022.",
     "2025-03-14"),
    ("ru", "Моди и Путин провели переговоры в Нью-Дели, впервые с 2021 года.", "2025-03-14"),
    ("uk", "Моді і Путін провели переговори в Нью-Делі, вперше з 2021 року.", "2025-03-14"),
    # near miss: "since March 2011, when they met" dates that meeting
    ("en", "It was their first encounter since March 2011, when Biden met Putin in Moscow.", "2011-03"),
])
def test_a_date_after_since_belongs_to_another_event(lang, text, when):
    assert {m[2] for m in _meetings(text, lang)} == {when}


BLINKEN, SYBIHA = "antony-blinken", "andrii-sybiha"


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сибіга в понеділок провів телефонні переговори з Блінкеном. Переговори із Блінкеном стосувалися ППО.",
     {("phone", (SYBIHA, BLINKEN), "2025-03-10")}),
    ("ru", "Сибига в понедельник провёл телефонные переговоры с Блинкеном. Переговоры Сибиги с Блинкеном касались ПВО.",
     {("phone", (SYBIHA, BLINKEN), "2025-03-10")}),
    ("en", "Sybiha held a phone call with Blinken on Monday. His talks with Blinken focused on air defence.",
     {("phone", (SYBIHA, BLINKEN), "2025-03-10")}),
    # near miss: talks in a named city are a meeting of their own
    ("en", "Sybiha held a phone call with Blinken on Monday. On Tuesday Sybiha held talks with Blinken in Kyiv.",
     {("phone", (SYBIHA, BLINKEN), "2025-03-10"), ("in_person", (SYBIHA, BLINKEN), "2025-03-11")}),
])
def test_talks_told_after_a_call_of_the_same_pair_are_that_call(lang, text, expected):
    assert {(m[0], tuple(sorted(m[1])), m[2]) for m in _meetings(text, lang)} == {
        (m, tuple(sorted(p)), d) for m, p, d in expected}


@pytest.mark.parametrize("lang,text,medium", [
    ("en", "The first virtual bilateral summit between Modi and Morrison began today.", "video"),
    ("ru", "Виртуальный двусторонний саммит Моди и Моррисона начался сегодня.", "video"),
    ("uk", "Віртуальний двосторонній саміт Моді та Моррісона розпочався сьогодні.", "video"),
    ("en", "Trump talks to Saudi crown prince Mohammed bin Salman on Iran, oil.", "phone"),
    # near miss: a summit with no such word is in person
    ("en", "The first bilateral summit between Modi and Morrison began today in Canberra.", "in_person"),
])
def test_a_meeting_word_told_as_virtual_is_a_video_call(lang, text, medium):
    assert {m.medium for m in facts(text, lang, REF).meetings} == {medium}


def test_a_date_after_since_and_a_meeting_word_dates_that_meeting():
    text = "It was the first call between the two leaders since Biden spoke with Putin in February 2022."
    assert "2022-02" in {m[2] for m in _meetings(text, "en")}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Трамп прокоментував перемовини. \"Я щойно провів телефонну розмову з Путіним перед своєю зустріччю, "
           "о 13:00 сьогодні, з Зеленським\", – написав він."),
    ("ru", "Трамп прокомментировал переговоры. «Я только что провёл телефонный разговор с Путиным перед своей "
           "встречей, в 13:00 сегодня, с Зеленским», – написал он."),
    ("en", "Trump commented on the talks. \"I just had a phone call with Putin before my meeting, at 1 pm today, "
           "with Zelensky,\" he wrote."),
])
def test_the_one_who_says_i_in_a_quote_is_the_speaker(lang, text):
    found = facts(text, lang, REF).meetings
    assert {(m.medium, m.participants) for m in found} == {("phone", (TRUMP, PUTIN))}, found


@pytest.mark.parametrize("lang,text,when", [
    ("uk", "Завершилася онлайн-конференція президента США Байдена та Путіна, яка відбулася 7 березня.", "2025-03-07"),
    ("ru", "Завершилась онлайн-конференция президента США Байдена и Путина, которая состоялась 7 марта.", "2025-03-07"),
    ("en", "The video call of Biden and Putin, which took place on 7 March, has ended.", "2025-03-07"),
    # near miss: a relative clause about something else keeps its date to itself
    ("en", "Biden and Putin held a video call on Monday about the treaty, which was signed in 2010.", "2025-03-10"),
])
def test_a_relative_clause_telling_when_the_meeting_took_place_dates_it(lang, text, when):
    assert {m[2] for m in _meetings(text, lang)} == {when}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Sources in Washington say Trump and Xi are discussing tariffs.", set()),
    ("ru", "Источники в Пекине говорят, что Си Цзиньпин и Путин обсуждают энергетику.", set()),
    ("uk", "Джерела в Києві кажуть, що Зеленський і Макрон обговорюють оборону.", set()),
    # near misses: a meeting that sources report as held, with its own place, is a meeting; theirs is no venue
    ("en", "Sources in Moscow say Putin and Modi met in Sochi on Monday.",
     {("in_person", (MODI, PUTIN), "2025-03-10", "sochi")}),
    ("ru", "Источники в Москве говорят, что Путин и Моди в понедельник провели переговоры.",
     {("in_person", (MODI, PUTIN), "2025-03-10", None)}),
])
def test_sources_in_the_capital_are_no_meeting_and_no_venue(lang, text, expected):
    found = facts(text, lang, REF).meetings
    assert {(m.medium, m.participants, m.date.iso() if m.date else None, m.place) for m in found} == expected


LUKASHENKO = "alexander-lukashenko"


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Xi held a video call on Monday. Earlier, at a meeting with Lukashenko, Putin said the talks "
           "with Xi would be important."),
    ("ru", "Путин и Си Цзиньпин в понедельник провели переговоры по видеосвязи. Ранее на встрече с Лукашенко Путин "
           "заявил, что разговор с Си будет важным."),
    ("uk", "Путін і Сі Цзіньпін у понеділок провели переговори по відеозв'язку. Раніше на зустрічі з Лукашенком "
           "Путін заявив, що розмова з Сі буде важливою."),
])
def test_a_remark_quoted_from_another_meeting_belongs_to_that_meeting(lang, text):
    found = {(m.medium, m.participants) for m in facts(text, lang, REF).meetings}
    assert found == {("video", (PUTIN, XI)), ("in_person", (LUKASHENKO, PUTIN))}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Лавров и Ван И рассмотрели в среду подготовку к саммиту.", {("in_person", (LAVROV, WANG), "2025-03-12")}),
    ("uk", "Лавров і Ван І розглянули в середу підготовку до саміту.", {("in_person", (LAVROV, WANG), "2025-03-12")}),
    ("en", "Lavrov and Wang Yi exchanged views on Wednesday on the coming summit.",
     {("in_person", (LAVROV, WANG), "2025-03-12")}),
    # near misses: one person reviewing a plan meets nobody; a conditional "встретились бы" is no meeting
    ("ru", "Лавров в среду рассмотрел план подготовки к саммиту.", set()),
    ("ru", "Лавров и Ван И встретились бы в среду, если бы не саммит.", set()),
])
def test_two_ministers_who_considered_a_matter_together_met(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,when", [
    ("en", "Modi and Trump held a telephone conversation last evening.", "2025-03-13"),
    ("ru", "Моди и Трамп прошлой ночью провели телефонный разговор.", "2025-03-13"),
    ("uk", "Моді і Трамп минулого вечора провели телефонну розмову.", "2025-03-13"),
    # near miss: "this evening" is today
    ("en", "Modi and Trump held a telephone conversation this evening.", "2025-03-14"),
])
def test_a_call_last_evening_was_the_day_before(lang, text, when):
    assert {m[2] for m in _meetings(text, lang)} == {when}


@pytest.mark.parametrize("lang,text,partner", [
    ("en", "Jaishankar met Raab. He also met his Argentine counterpart Hector Linares and agreed to work together.",
     "new:hector-linares"),
    # near miss: a counterpart with no name is the state's official the gazetteer knows
    ("en", "Jaishankar met Raab. He also met his Japanese counterpart and agreed to work together.", None),
])
def test_a_counterpart_named_by_a_name_the_gazetteer_lacks_is_that_person(lang, text, partner):
    found = facts(text, lang, REF).meetings
    partners = {p for m in found for p in m.participants} - {"subrahmanyam-jaishankar", "dominic-raab"}
    assert len(found) == 2 and (partner in partners if partner else not any(p.startswith("new:") for p in partners))


@pytest.mark.parametrize("lang,text,partner", [
    ("ru", "Лавров встретился со своим аргентинским коллегой Эктором Линаресом.", "new:ektor-linares"),
    ("uk", "Кулеба зустрівся з аргентинським колегою Ектором Лінаресом.", "new:ektor-linares"),
    # near miss: a native surname in the instrumental keeps its nominative through the declension
    ("ru", "Лавров встретился с Ириной Лавровой.", "new:irina-lavrova"),
])
def test_a_foreign_surname_after_with_loses_its_instrumental_ending(lang, text, partner):
    assert partner in {p for m in facts(text, lang, REF).meetings for p in m.participants}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сибіга заявив про це на спільній пресконференції з Ван І у Києві в понеділок.",
     {("in_person", (SYBIHA, WANG), "2025-03-10")}),
    ("ru", "Лавров заявил об этом на совместной пресс-конференции с Ван И в понедельник.",
     {("in_person", (LAVROV, WANG), "2025-03-10")}),
    ("en", "Zelensky spoke at a joint press conference with Blinken in Kyiv on Monday.",
     {("in_person", (BLINKEN, ZELENSKY), "2025-03-10")}),
    # near miss: a spokesman's press conference about others' plans is no meeting
    ("en", "Peskov told a press conference that Putin and Xi would meet.", set()),
])
def test_a_joint_press_conference_is_a_meeting(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenya and Tanzania signed five pacts on Friday after talks between their presidents in Nairobi.\n|"),
    ("ru", "Путин и Токаев провели переговоры в Астане в пятницу.\n|"),
    ("uk", "Путін і Токаєв провели переговори в Астані в п'ятницю.\n|"),
    # near miss: the same line of table debris in the middle of the story
    ("en", "Kenya and Tanzania held talks in Nairobi.\n|\nThe presidents met on Friday."),
])
def test_a_line_of_punctuation_alone_is_no_sentence_and_no_crash(lang, text):
    # a sentence with no word at all ('|' left of a scraped table) was read for its first word (real_en_71)
    assert facts(text, lang, None).meetings
