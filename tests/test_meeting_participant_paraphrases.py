"""Who took part in a meeting (issue 15: paraphrase coverage of the sides), in general form, one behaviour per test,
ru/uk/en rows with near misses: the sides told by a verb, a noun, the passive, a pronoun or a bare "the two leaders"
in the next sentence, a minister against a head of state, several meetings in one sentence; and who must not be a side
(a leader told only as a topic, a spokesman who reported it, a person named in a neighbouring clause, a person who
attended or came along). Own sentences."""
from __future__ import annotations

import pytest
from helpers import facts, meeting_pairs

P, X, E, L, W, M, T = ("vladimir-putin", "xi-jinping", "recep-tayyip-erdogan", "sergey-lavrov", "wang-yi",
                       "narendra-modi", "donald-trump")
PX = (P, X)


def pr(*people: str) -> tuple[str, ...]:
    return tuple(sorted(people))


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin and Xi Jinping met in Beijing on Monday.", {PX}),
    ("en", "Vladimir Putin met with Xi Jinping in Beijing on Monday.", {PX}),
    ("en", "Sergey Lavrov held talks with his Chinese counterpart Wang Yi in Moscow on Monday.", {pr(L, W)}),
    ("en", "Talks between Vladimir Putin and Xi Jinping took place in Beijing on Monday.", {PX}),
    ("en", "Vladimir Putin received Xi Jinping in the Kremlin on Monday.", {PX}),
    ("en", "Vladimir Putin's meeting with Xi Jinping lasted three hours on Monday.", {PX}),
    ("en", "Vladimir Putin arrived in Ankara on Monday. He held talks with Recep Tayyip Erdogan.", {pr(P, E)}),
    ("en", "Vladimir Putin met Xi Jinping on Monday. He also spoke with Recep Tayyip Erdogan by phone.",
     {PX, pr(P, E)}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday. The two leaders discussed trade.", {PX}),
    ("en", "Russian Foreign Minister Sergey Lavrov met Chinese President Xi Jinping in Beijing on Monday.", {pr(L, X)}),
    ("en", "Xi Jinping was received by Vladimir Putin in the Kremlin on Monday.", {PX}),
    ("en", "Vladimir Putin sat down with Xi Jinping in Beijing on Monday.", {PX}),
    ("en", "Narendra Modi held a bilateral meeting with Vladimir Putin in Kazan on Monday.", {pr(M, P)}),
    ("en", "During his meeting with Xi Jinping in Beijing on Monday, Vladimir Putin praised the deal.", {PX}),
    ("en", "Vladimir Putin held talks with Xi Jinping and Narendra Modi in Kazan on Monday.", {PX, pr(P, M)}),
    ("en", "Vladimir Putin met Xi Jinping on Monday, a day after a phone call with Recep Tayyip Erdogan.",
     {PX, pr(P, E)}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday; earlier the same day he spoke by phone with Narendra "
           "Modi.", {PX, pr(P, M)}),
    ("ru", "Владимир Путин и Си Цзиньпин встретились в Пекине в понедельник.", {PX}),
    ("ru", "Сергей Лавров провел переговоры со своим китайским коллегой Ван И в Москве.", {pr(L, W)}),
    ("ru", "Переговоры Владимира Путина и Си Цзиньпина прошли в Пекине в понедельник.", {PX}),
    ("ru", "Встреча Владимира Путина с Си Цзиньпином состоялась в Пекине.", {PX}),
    ("ru", "Владимир Путин прибыл в Анкару. Там он провел переговоры с Реджепом Тайипом Эрдоганом.", {pr(P, E)}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине. Лидеры двух стран обсудили торговлю.", {PX}),
    ("ru", "Министр иностранных дел России Сергей Лавров встретился с председателем КНР Си Цзиньпином в Пекине.",
     {pr(L, X)}),
    ("ru", "Си Цзиньпин был принят Владимиром Путиным в Кремле.", {PX}),
    ("ru", "В ходе встречи с Си Цзиньпином в Пекине Владимир Путин похвалил сделку.", {PX}),
    ("ru", "Владимир Путин провел переговоры с Си Цзиньпином, а затем с Нарендрой Моди.", {PX, pr(P, M)}),
    ("ru", "Владимир Путин поговорил по телефону с Си Цзиньпином, а позднее — с Реджепом Тайипом Эрдоганом.",
     {PX, pr(P, E)}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине. Ранее в тот же день он провел телефонный разговор с "
           "Нарендрой Моди.", {PX, pr(P, M)}),
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине.", {PX}),
    ("uk", "Володимир Путін і Сі Цзіньпін зустрілися в Пекіні в понеділок.", {PX}),
    ("uk", "Сергій Лавров провів переговори зі своїм китайським колегою Ван І в Москві.", {pr(L, W)}),
    ("uk", "Переговори Володимира Путіна і Сі Цзіньпіна відбулися в Пекіні.", {PX}),
    ("uk", "Зустріч Володимира Путіна із Сі Цзіньпіном відбулася в Пекіні.", {PX}),
    ("uk", "Володимир Путін прибув до Анкари. Там він провів переговори з Реджепом Таїпом Ердоганом.", {pr(P, E)}),
    ("uk", "Під час зустрічі із Сі Цзіньпіном у Пекіні Володимир Путін похвалив угоду.", {PX}),
    ("uk", "Володимир Путін провів переговори із Сі Цзіньпіном, а потім із Нарендрою Моді.", {PX, pr(P, M)}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном у Пекіні. Лідери двох країн обговорили торгівлю.", {PX}),
])
def test_the_sides_of_a_meeting_are_found_however_told(lang, text, expected):
    assert meeting_pairs(facts(text, lang)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday and discussed Donald Trump's tariffs.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday, Kremlin spokesman Dmitry Peskov said.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday to discuss the coming summit with Donald Trump.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday, days after Xi Jinping's call with Donald Trump.",
     {PX, pr(X, T)}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday and they discussed sanctions against Iran.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday. Meanwhile, Donald Trump said he would impose new "
           "tariffs.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday. Donald Trump criticised the meeting.", {PX}),
    ("en", "Vladimir Putin and Xi Jinping met in Beijing on Monday, while Emmanuel Macron was in Kyiv.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday, the Kremlin press service reported.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday. Xi Jinping said that Narendra Modi had also backed "
           "the plan.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине и обсудил пошлины Дональда Трампа.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине, сообщил пресс-секретарь Кремля Дмитрий Песков.", {PX}),
    ("ru", "Владимир Путин и Си Цзиньпин обсудили итоги саммита с Дональдом Трампом на встрече в Пекине.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине, где они обсудили санкции против Ирана.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине. Дональд Трамп раскритиковал эту встречу.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине, передает пресс-служба Кремля.", {PX}),
    ("ru", "Владимир Путин и Си Цзиньпин встретились в Пекине, тогда как Эммануэль Макрон находился в Киеве.", {PX}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном у Пекіні та обговорив мита Дональда Трампа.", {PX}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном у Пекіні, повідомив речник Кремля Дмитро Пєсков.", {PX}),
    ("uk", "Володимир Путін і Сі Цзіньпін обговорили підсумки саміту з Дональдом Трампом на зустрічі в Пекіні.", {PX}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном у Пекіні. Дональд Трамп розкритикував цю зустріч.", {PX}),
])
def test_a_person_told_beside_a_meeting_is_no_side_of_it(lang, text, expected):
    assert meeting_pairs(facts(text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday in the presence of Sergey Lavrov."),
    ("en", "Vladimir Putin met Xi Jinping in the presence of Sergey Lavrov, Wang Yi and Yuri Ushakov."),
    ("en", "Vladimir Putin, accompanied by Sergey Lavrov, met Xi Jinping in Beijing on Monday."),
    ("en", "Accompanied by Sergey Lavrov, Vladimir Putin met Xi Jinping in Beijing on Monday."),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday, accompanied by Sergey Lavrov."),
    ("ru", "Владимир Путин встретился с Си Цзиньпином в Пекине в присутствии Сергея Лаврова."),
    ("ru", "Владимир Путин в сопровождении Сергея Лаврова встретился с Си Цзиньпином в Пекине."),
    ("ru", "В сопровождении Сергея Лаврова Владимир Путин встретился с Си Цзиньпином."),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном у Пекіні в присутності Сергія Лаврова."),
    ("uk", "Володимир Путін у супроводі Сергія Лаврова зустрівся із Сі Цзіньпіном у Пекіні."),
    ("uk", "У супроводі Сергія Лаврова Володимир Путін зустрівся із Сі Цзіньпіном."),
])
def test_who_attended_or_came_along_is_no_side(lang, text):
    assert meeting_pairs(facts(text, lang)) == {PX}


@pytest.mark.parametrize("lang,text", [
    # near misses: the signing or exchange the leaders attended still has them as its sides
    ("en", "Vladimir Putin and Xi Jinping held talks, attended by Sergey Lavrov."),
    ("en", "Vladimir Putin met with Xi Jinping in the presence of Sergey Lavrov and Wang Yi."),
])
def test_the_sides_stay_when_the_attendees_are_told_after_with(lang, text):
    assert meeting_pairs(facts(text, lang)) == {PX}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Donald Trump spoke with Xi Jinping for an hour and with Recep Tayyip Erdogan for 30 minutes on Monday.",
     {pr(T, X): 60, pr(E, T): 30}),
    ("en", "On Monday Donald Trump spoke by phone with Xi Jinping for 90 minutes and with Recep Tayyip Erdogan for "
           "40 minutes.", {pr(T, X): 90, pr(E, T): 40}),
    ("en", "Donald Trump spoke by phone with Xi Jinping for an hour and then with Recep Tayyip Erdogan.",
     {pr(T, X): 60, pr(E, T): None}),
    ("ru", "В понедельник Дональд Трамп проговорил по телефону с Си Цзиньпином полтора часа, а с Реджепом Тайипом "
           "Эрдоганом — 40 минут.", {pr(T, X): 90, pr(E, T): 40}),
    ("uk", "У понеділок Дональд Трамп розмовляв телефоном із Сі Цзіньпіном півтори години, а з Реджепом Таїпом "
           "Ердоганом — 40 хвилин.", {pr(T, X): 90, pr(E, T): 40}),
    # near miss: a length told after the last partner is the sentence's, each call's
    ("en", "Donald Trump spoke by phone with Xi Jinping and Recep Tayyip Erdogan for an hour.",
     {pr(T, X): 60, pr(E, T): 60}),
])
def test_two_calls_each_with_its_own_length_are_two_meetings(lang, text, expected):
    assert {m.participants: m.duration_minutes for m in facts(text, lang).meetings} == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Sergey Lavrov met Xi Jinping in Beijing on Monday and handed him a message from Vladimir Putin."),
    ("en", "Sergey Lavrov met Xi Jinping and conveyed greetings from Vladimir Putin."),
    ("en", "Sergey Lavrov handed Xi Jinping a personal message from Vladimir Putin during their meeting on Monday."),
    ("ru", "Сергей Лавров встретился с Си Цзиньпином и передал ему послание Владимира Путина."),
    ("ru", "Сергей Лавров встретился с Си Цзиньпином и передал ему привет от Владимира Путина."),
    ("ru", "На встрече с Си Цзиньпином Сергей Лавров передал личное послание президента России Владимира Путина."),
    ("uk", "Сергій Лавров зустрівся із Сі Цзіньпіном і передав йому послання Володимира Путіна."),
    ("uk", "Сергій Лавров зустрівся із Сі Цзіньпіном і передав йому вітання від Володимира Путіна."),
])
def test_whose_message_a_side_brought_is_no_side(lang, text):
    assert meeting_pairs(facts(text, lang)) == {pr(L, X)}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Xi Jinping received a letter from Vladimir Putin.", set()),
    ("en", "Xi Jinping received a personal message from Vladimir Putin on Monday.", set()),
    ("en", "Xi Jinping received a gift from Vladimir Putin.", set()),
    ("ru", "Си Цзиньпин принял послание от Владимира Путина.", set()),
    ("uk", "Сі Цзіньпін прийняв послання від Володимира Путіна.", set()),
    # near misses: a call, a guest or a delegation received is a meeting
    ("en", "Xi Jinping received a phone call from Vladimir Putin on Monday.", {PX}),
    ("en", "Xi Jinping received Vladimir Putin in Beijing on Monday.", {PX}),
    ("en", "Xi Jinping received a delegation led by Vladimir Putin on Monday.", {PX}),
    ("en", "Xi Jinping met Vladimir Putin and received a message from Narendra Modi.", {PX}),
])
def test_receiving_a_letter_or_a_gift_is_no_meeting(lang, text, expected):
    assert meeting_pairs(facts(text, lang)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Vladimir Putin's talks with Xi Jinping in Beijing on Monday lasted three hours.", {PX}),
    ("en", "Xi Jinping held talks with Russian President Vladimir Putin on Monday.", {PX}),
    ("en", "Russia and China held consultations in Beijing on Monday.", {pr("russia", "china")}),
    ("en", "Vladimir Putin held a phone call with his Turkish counterpart on Monday.", {pr(P, E)}),
    ("en", "Vladimir Putin spoke by phone with the Turkish president on Monday.", {pr(P, E)}),
    ("en", "Vladimir Putin met Xi Jinping on Monday. Both sides agreed to expand trade.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping on Monday. Later he held a phone call with Donald Trump.", {PX, pr(P, T)}),
    ("en", "Vladimir Putin met Xi Jinping in Beijing on Monday. The meeting was also attended by Sergey Lavrov and "
           "Wang Yi.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping on Monday. They discussed the results of the Alaska summit with Donald "
           "Trump.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping on Monday and discussed US sanctions on Russia.", {PX}),
    ("en", "\"We had a productive meeting,\" Xi Jinping said after his talks with Vladimir Putin on Monday.", {PX}),
    ("en", "Vladimir Putin met Xi Jinping on Monday. \"Our relations are at their best,\" Xi Jinping said, recalling "
           "his talks with Narendra Modi last year.", {PX, pr(X, M)}),
    ("en", "Dmitry Peskov said that Vladimir Putin and Xi Jinping had spoken by phone on Monday.", {PX}),
    ("ru", "Переговоры Путина с Си Цзиньпином продолжались три часа.", {PX}),
    ("ru", "Си Цзиньпин провел переговоры с президентом России Владимиром Путиным.", {PX}),
    ("ru", "Владимир Путин провел телефонный разговор с турецким коллегой.", {pr(P, E)}),
    ("ru", "Владимир Путин провел телефонный разговор с президентом Турции.", {pr(P, E)}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином. Стороны договорились расширять торговлю.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином. Позднее он провел телефонный разговор с Дональдом Трампом.",
     {PX, pr(P, T)}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином. Во встрече также приняли участие Сергей Лавров и Ван И.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином и обсудил американские санкции против России.", {PX}),
    ("ru", "Дмитрий Песков сообщил, что Владимир Путин и Си Цзиньпин поговорили по телефону.", {PX}),
    ("ru", "Владимир Путин встретился с Си Цзиньпином на фоне угроз Дональда Трампа ввести новые пошлины.", {PX}),
    ("uk", "Переговори Путіна із Сі Цзіньпіном тривали три години.", {PX}),
    ("uk", "Сі Цзіньпін провів переговори з президентом Росії Володимиром Путіним.", {PX}),
    ("uk", "Володимир Путін провів телефонну розмову з турецьким колегою.", {pr(P, E)}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном. Сторони домовилися розширювати торгівлю.", {PX}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном. Пізніше він провів телефонну розмову з Дональдом Трампом.",
     {PX, pr(P, T)}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном. У зустрічі також взяли участь Сергій Лавров і Ван І.", {PX}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном і обговорив американські санкції проти Росії.", {PX}),
    ("uk", "Дмитро Пєсков повідомив, що Володимир Путін і Сі Цзіньпін поговорили телефоном.", {PX}),
    ("uk", "Володимир Путін зустрівся із Сі Цзіньпіном на тлі погроз Дональда Трампа запровадити нові мита.", {PX}),
])
def test_the_sides_told_by_title_pronoun_or_both_sides_and_the_people_told_beside(lang, text, expected):
    assert meeting_pairs(facts(text, lang)) == expected
