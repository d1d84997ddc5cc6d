"""Meetings: medium, participants, date, duration and place, in ru, uk and en; near misses do not fire."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday

MEETINGS = [
    # (lang, text, medium, participants that must all be there, date ISO or None, minutes or None)
    ("ru", "Владимир Путин и Нарендра Моди вчера провели телефонный разговор.", "phone",
     {"vladimir-putin", "narendra-modi"}, "2025-03-13", None),
    ("uk", "Сі Цзіньпін і Володимир Путін у четвер поспілкувалися по відеозв'язку.", "video",
     {"xi-jinping", "vladimir-putin"}, "2025-03-13", None),
    ("en", "Narendra Modi held a video call with Vladimir Putin on 3 March.", "video",
     {"narendra-modi", "vladimir-putin"}, "2025-03-03", None),
    ("ru", "Эрдоган и Путин провели переговоры в Сочи. Переговоры продолжались 1 час 20 минут.", "in_person",
     {"recep-tayyip-erdogan", "vladimir-putin"}, "2025-03-14", 80),  # the lead's meeting: the article's date
    ("uk", "Зеленський зустрівся з Макроном у Парижі 10 березня. Розмова тривала дві години.", "in_person",
     {"volodymyr-zelenskyy", "emmanuel-macron"}, "2025-03-10", 120),
    ("en", "Xi Jinping met Alexander Lukashenko in Beijing on Tuesday for four-hour talks.", "in_person",
     {"xi-jinping", "alexander-lukashenko"}, "2025-03-11", 240),
    ("ru", "Путин и Токаев последний раз встречались в Астане в ноябре.", "in_person",
     {"vladimir-putin", "kassym-jomart-tokayev"}, "2024-11", None),
    ("en", "Later that day the prime minister spoke about it. Senior diplomats of India and China met in New Delhi.",
     "in_person", {"india", "china"}, "2025-03-14", None),  # undated, not told as past: the article's day
]


@pytest.mark.parametrize("lang,text,medium,participants,when,minutes", MEETINGS)
def test_meeting_is_read_with_its_medium_participants_date_and_duration(lang, text, medium, participants, when,
                                                                        minutes):
    found = facts(text, lang, REF).meetings
    matching = [m for m in found if m.medium == medium and participants <= set(m.participants)]
    assert matching, found
    m = matching[0]
    assert (m.date.iso() if m.date else None) == when
    assert m.duration_minutes == minutes


@pytest.mark.parametrize("lang,text", [
    ("ru", "Переговоры Путина и Эрдогана отменены."),
    ("ru", "Путин и Моди могут встретиться в следующем году."),
    ("uk", "Зеленський не планує зустрічатися з Путіним."),
    ("uk", "Сі Цзіньпін готовий провести переговори з Трампом."),
    ("en", "Trump and Putin could meet next year."),
    ("en", "The summit between Modi and Xi was cancelled."),
])
def test_negated_planned_or_hypothetical_meeting_is_not_a_meeting(lang, text):
    assert facts(text, lang, REF).meetings == ()


def test_sentences_that_name_nobody_belong_to_the_main_meeting():
    text = ("Владимир Путин и Си Цзиньпин провели переговоры по видеосвязи. "
            "Беседа продлилась почти полтора часа.")
    (meeting,) = facts(text, "ru", REF).meetings
    assert meeting.medium == "video" and meeting.duration_minutes == 90


def test_a_visit_in_an_invitation_is_not_a_meeting():
    f = facts("Моди пригласил Путина посетить Индию в декабре.", "ru", REF)
    assert f.meetings == () and f.invitations


def test_talks_named_later_without_a_venue_are_the_call_they_follow():
    text = ("Russian President Vladimir Putin and Chinese leader Xi Jinping held a video call on Tuesday, the "
            "Kremlin said. The talks lasted about an hour and a half.")
    (meeting,) = facts(text, "en", REF).meetings
    assert meeting.medium == "video" and meeting.duration_minutes == 90


def test_a_readiness_stated_after_the_call_does_not_cancel_the_call():
    text = "Turkish President Tayyip Erdogan told Putin in a phone call on Sunday that Turkey was ready to host talks."
    (meeting,) = facts(text, "en", REF).meetings
    assert meeting.medium == "phone" and meeting.date.iso() == "2025-03-09"


@pytest.mark.parametrize("lang,text", [
    ("ru", "В четверг оба президента примут участие в саммите ОДКБ в Астане."),
    ("en", "Trump said he and Putin had agreed to begin negotiations on Ukraine."),
])
def test_future_participation_and_agreed_talks_are_not_meetings(lang, text):
    assert facts(text, lang, REF).meetings == ()


def test_during_the_meeting_refers_to_the_main_meeting():
    text = ("Путин и Моди провели переговоры в Москве 9 июля. В ходе встречи стороны отметили, что товарооборот "
            "России и Индии в 2023 году вырос вдвое.")
    (meeting,) = facts(text, "ru", REF).meetings
    assert set(meeting.participants) == {"vladimir-putin", "narendra-modi"}


@pytest.mark.parametrize("lang,text", [
    ("en", "No date has been set for an in-person summit between Trump and Putin."),
    ("uk", "Путін до Туреччини не приїхав, попри виклик Зеленського зустрітися особисто."),
    ("ru", "Встречи Лаврова с Блинкеном, который также находится во Вьентьяне, не планируется."),
])
def test_unset_challenged_or_unplanned_meetings_are_not_meetings(lang, text):
    assert facts(text, lang, REF).meetings == ()


def test_a_month_named_may_is_not_the_modal_may():
    text = "Narendra Modi and Vladimir Putin spoke by phone on May 5, when the Russian leader condemned the attack."
    (meeting,) = facts(text, "en", date(2025, 6, 3)).meetings
    assert meeting.medium == "phone" and meeting.date.iso() == "2025-05-05"


@pytest.mark.parametrize("lang,text,previous", [
    ("ru", "В пятницу в Кремле Путин и Лукашенко подписали соглашение. Переговоры лидеров продлились около трёх часов. "
           "Ранее они встречались в Минске в декабре.", "2024-12"),
    ("uk", "Сі Цзіньпін і Лукашенко у вівторок підписали заяву в Пекіні. Переговори тривали дві години. "
           "Востаннє лідери бачилися в Мінську в липні.", "2024-07"),
    ("en", "Modi and Putin signed a roadmap in Moscow on Tuesday. The talks lasted four hours. "
           "They last met in Kazan in October.", "2024-10"),
])
def test_talks_told_without_names_are_not_the_earlier_meeting_mentioned_in_passing(lang, text, previous):
    found = {(m.date.iso() if m.date else None): m.duration_minutes for m in facts(text, lang, REF).meetings}
    assert found.get(previous) is None and previous in found  # the earlier meeting keeps no duration
    assert [minutes for when, minutes in found.items() if when != previous] in ([180], [120], [240])


@pytest.mark.parametrize("lang,text,pair", [
    ("uk", "Зустріч Зеленського з Трампом 28 лютого завершилася сваркою. Лідери поновили діалог 26 квітня у Ватикані, "
           "де поговорили 15 хвилин у присутності прем'єрки Юлії Свириденко.", {"volodymyr-zelenskyy", "donald-trump"}),
    ("ru", "Встреча Токаева и Мирзиёева прошла 2 марта. Лидеры снова поговорили 10 марта по телефону, обсудив визит "
           "Путина.", {"kassym-jomart-tokayev", "shavkat-mirziyoyev"}),
    ("en", "Erdogan met Aliyev in Ankara on 3 March. The two leaders spoke again by phone on 10 March, with Putin's "
           "visit on the agenda.", {"recep-tayyip-erdogan", "ilham-aliyev"}),
])
def test_the_leaders_are_the_pair_named_just_before(lang, text, pair):
    found = facts(text, lang, REF).meetings
    assert len(found) == 2 and all(set(m.participants) == pair for m in found), found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Моди провели переговоры в Москве.\n\nЧитайте также: Путин и Си Цзиньпин провели телефонный "
           "разговор"),
    ("uk", "Путін і Моді провели переговори в Москві.\n\nЧитайте також: Зеленський зустрівся з Ердоганом"),
    ("en", "Putin and Modi held talks in Moscow.\n\nRead more:\nTrump says he had a very good call with Xi\n"
           "Erdogan meets Zelensky in Istanbul\n"),
])
def test_links_to_other_stories_tell_no_meeting(lang, text):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [{"vladimir-putin", "narendra-modi"}], found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин 12 марта провёл телефонный разговор с Трампом. Стороны обсудили Украину. "
           "Затем Трамп поговорил по телефону с Зеленским."),
    ("uk", "Трамп 12 березня провів телефонну розмову з Путіним. Сторони обговорили Україну. "
           "Потім Трамп поговорив телефоном із Зеленським."),
    ("en", "Trump held a phone call with Putin on 12 March. They discussed Ukraine. "
           "He then spoke by phone with Zelensky."),
])
def test_a_call_told_as_what_followed_takes_the_day_before_it(lang, text):
    found = {frozenset(m.participants): m.date.iso() if m.date else None for m in facts(text, lang, REF).meetings}
    assert found.get(frozenset({"donald-trump", "volodymyr-zelenskyy"})) == "2025-03-12", found


@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Моди во вторник прибыл в Казань по приглашению Путина.", {"narendra-modi", "vladimir-putin"}),
    ("uk", "Моді у вівторок прибув до Казані на запрошення Путіна.", {"narendra-modi", "vladimir-putin"}),
    ("en", "Modi arrived in Kazan on Tuesday at the invitation of Vladimir Putin.",
     {"narendra-modi", "vladimir-putin"}),
])
def test_a_visit_made_at_an_invitation_is_a_meeting_with_the_host(lang, text, pair):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [pair] and found[0].date.iso() == "2025-03-11"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин 12 марта поговорил по телефону с Трампом. Инаугурация прошла 20 января. "
           "В тот же день Трамп поговорил по телефону с Зеленским."),
    ("en", "Trump spoke with Putin by phone on 12 March. The inauguration was on January 20. "
           "Later that day Trump also spoke by phone with Zelensky."),
])
def test_later_that_day_is_the_day_of_the_meeting_told_before(lang, text):
    found = {frozenset(m.participants): m.date.iso() for m in facts(text, lang, REF).meetings}
    assert found[frozenset({"donald-trump", "volodymyr-zelenskyy"})] == "2025-03-12", found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Сиси встретились в Казани. Стороны обсудили АЭС, соглашение о строительстве которой было "
           "подписано в ноябре 2015 года."),
    ("en", "Putin and Sisi met in Kazan. The sides discussed the nuclear plant, whose construction deal was "
           "signed in November 2015."),
])
def test_a_date_far_from_talk_of_the_sides_is_not_theirs(lang, text):
    assert [m.date.iso() if m.date else None for m in facts(text, lang, REF).meetings] == ["2025-03-14"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Эрдоган провёл переговоры с Путиным в Астане 3 марта. Фидан и Калын также приняли участие во встрече."),
    ("uk", "Ердоган провів переговори з Путіним в Астані 3 березня. Фідан і Калин також взяли участь у зустрічі."),
    ("en", "Erdogan held talks with Putin in Astana on 3 March. Hakan Fidan and Ibrahim Kalin also attended the "
           "meeting."),
])
def test_people_who_also_attended_join_the_meeting_told_before(lang, text):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [{"recep-tayyip-erdogan", "vladimir-putin"}], found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Возможность встречи Зеленского с Путиным Эрдоган назвал преждевременной."),
    ("uk", "Можливість зустрічі Зеленського з Путіним Ердоган назвав передчасною."),
    ("en", "Erdogan called the prospect of a meeting between Zelensky and Putin premature."),
])
def test_the_possibility_of_a_meeting_is_not_a_meeting(lang, text):
    assert facts(text, lang, REF).meetings == ()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Ушаков: разговор Путина и Трампа длился почти два часа\n\nПутин и Трамп в четверг провели "
           "телефонный разговор."),
    ("en", "Ushakov: Putin and Trump spoke for almost two hours\n\nPutin and Trump held a phone call on Thursday."),
])
def test_a_speaker_before_a_colon_is_not_a_participant(lang, text):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [{"vladimir-putin", "donald-trump"}], found


@pytest.mark.parametrize("lang,text", [
    ("ru", "В марте в Стамбуле прошли переговоры российских и украинских переговорщиков."),
    ("uk", "У березні в Стамбулі відбулися переговори російських та українських переговірників."),
    ("en", "In March Istanbul hosted talks between Russian and Ukrainian negotiators."),
    ("en", "Russian and Ukraine officials held talks in Istanbul in March."),
])
def test_unnamed_delegations_meet_as_their_states(lang, text):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [{"russia", "ukraine"}], found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Мишустин 21 августа был принят Си Цзиньпином. До этого он провёл встречу с Ли Цяном."),
    ("uk", "Мішустіна 21 серпня прийняв Сі Цзіньпін. Перед цим він провів зустріч із Лі Цяном."),
    ("en", "Mishustin was received by Xi Jinping on 21 August. Before that he held a meeting with Li Qiang."),
])
def test_a_meeting_told_as_before_that_keeps_the_day_before_it(lang, text):
    found = {frozenset(m.participants): m.date.iso() if m.date else None for m in facts(text, lang, REF).meetings}
    assert found.get(frozenset({"mikhail-mishustin", "li-qiang"})) == "2024-08-21", found


@pytest.mark.parametrize("lang,text,pair", [
    ("uk", "Востаннє Ердоган відвідував Україну 3 лютого 2022 року.", {"recep-tayyip-erdogan", "ukraine"}),
    ("ru", "В последний раз Эрдоган посещал Украину 3 февраля 2022 года.",
     {"recep-tayyip-erdogan", "ukraine"}),
    ("en", "Erdogan last visited Ukraine on 3 February 2022.", {"recep-tayyip-erdogan", "ukraine"}),
    # the article's own visit, its host named elsewhere in the article: that leader
    ("en", "Zelensky thanked his guest. Erdogan visited Ukraine on 3 February 2022.",
     {"recep-tayyip-erdogan", "volodymyr-zelenskyy"}),
])
def test_a_visit_told_with_its_guest_only_meets_the_country_visited_unless_its_leader_is_named(lang, text, pair):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [pair], found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин в воскресенье провёл телефонный разговор с Трампом и королём Саудовской Аравии Сальманом."),
    ("en", "Putin on Sunday held a phone call with Trump and King Salman of Saudi Arabia."),
])
def test_partners_joined_by_and_after_with_all_take_part(lang, text):
    (m,) = facts(text, lang, REF).meetings
    assert set(m.participants) == {"vladimir-putin", "donald-trump", "salman-of-saudi-arabia"}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Си Цзиньпин не ответил, состоится ли его телефонный разговор с Зеленским."),
    ("uk", "Сі Цзіньпін не відповів, чи відбудеться його телефонна розмова із Зеленським."),
    ("en", "Xi did not say whether a phone call with Zelensky would take place."),
])
def test_whether_a_meeting_will_happen_is_not_a_meeting(lang, text):
    assert facts(text, lang, REF).meetings == ()


def _told(text: str, lang: str) -> set[tuple[str, frozenset[str], str | None, int | None]]:
    return {(m.medium, frozenset(m.participants), m.date.iso() if m.date else None, m.duration_minutes)
            for m in facts(text, lang, REF).meetings}


@pytest.mark.parametrize("lang,text,expected", [
    # a comma or "а" between two meetings that each name a pair of their own
    ("en", "Lavrov and Wang Yi spoke by phone on Tuesday, days after a two-hour phone call between Xi and Putin on "
           "Saturday.",
     {("phone", frozenset({"sergey-lavrov", "wang-yi"}), "2025-03-11", None),
      ("phone", frozenset({"xi-jinping", "vladimir-putin"}), "2025-03-08", 120)}),
    ("ru", "Лавров 3 марта провёл переговоры с Ван И, а Путин 5 марта встретился с Си Цзиньпином.",
     {("in_person", frozenset({"sergey-lavrov", "wang-yi"}), "2025-03-03", None),
      ("in_person", frozenset({"vladimir-putin", "xi-jinping"}), "2025-03-05", None)}),
    # the second part names only its partner: the subject of the first is its subject
    ("ru", "Путин 5 марта поговорил по телефону с Эрдоганом, а 7 марта встретился с Лукашенко в Минске.",
     {("phone", frozenset({"vladimir-putin", "recep-tayyip-erdogan"}), "2025-03-05", None),
      ("in_person", frozenset({"vladimir-putin", "alexander-lukashenko"}), "2025-03-07", None)}),
    ("uk", "Зеленський 10 березня провів переговори з Макроном у Парижі, а 12 березня — телефонну розмову з Трампом.",
     {("in_person", frozenset({"volodymyr-zelenskyy", "emmanuel-macron"}), "2025-03-10", None),
      ("phone", frozenset({"volodymyr-zelenskyy", "donald-trump"}), "2025-03-12", None)}),
    ("en", "Modi met Putin in Moscow on Tuesday and held a phone call with Xi Jinping on Wednesday.",
     {("in_person", frozenset({"narendra-modi", "vladimir-putin"}), "2025-03-11", None),
      ("phone", frozenset({"narendra-modi", "xi-jinping"}), "2025-03-12", None)}),
    # a pronoun opens the sentence: the person named in the sentence before
    ("en", "Erdogan is touring the region. He phoned Putin on Monday and held a call with Aliyev on Tuesday.",
     {("phone", frozenset({"recep-tayyip-erdogan", "vladimir-putin"}), "2025-03-10", None),
      ("phone", frozenset({"recep-tayyip-erdogan", "ilham-aliyev"}), "2025-03-11", None)}),
])
def test_two_meetings_told_in_one_sentence_keep_their_own_pairs_dates_and_durations(lang, text, expected):
    assert _told(text, lang) == expected


@pytest.mark.parametrize("lang,text,pair", [
    # the second part names nobody new: one meeting told with its details
    ("en", "Trump spoke by phone with Putin on Monday, and the call lasted two hours.",
     {"donald-trump", "vladimir-putin"}),
    ("uk", "Трамп поговорив з Путіним телефоном у понеділок, а згодом розмова продовжилася.",
     {"donald-trump", "vladimir-putin"}),
    ("ru", "Путин провёл переговоры с Си Цзиньпином, а затем встреча продолжилась в узком составе.",
     {"vladimir-putin", "xi-jinping"}),
    ("en", "Putin and Xi held talks in Beijing on Tuesday, their first meeting since 2019.",
     {"vladimir-putin", "xi-jinping"}),
])
def test_a_second_clause_about_the_same_meeting_is_not_a_second_meeting(lang, text, pair):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [pair], found


@pytest.mark.parametrize("lang,text,guest,hosts", [
    ("uk", "Сі Цзіньпін у березні побував у Москві, де зустрівся з Путіним і Мішустіним.", "xi-jinping",
     {"vladimir-putin", "mikhail-mishustin"}),
    ("ru", "Си Цзиньпин в марте посетил Москву, где провёл переговоры с Путиным и Мишустиным.", "xi-jinping",
     {"vladimir-putin", "mikhail-mishustin"}),
    ("en", "Xi visited Moscow in March, where he met with Vladimir Putin and Mikhail Mishustin.", "xi-jinping",
     {"vladimir-putin", "mikhail-mishustin"}),
])
def test_a_guest_who_met_several_hosts_where_he_went_met_each_of_them(lang, text, guest, hosts):
    found = facts(text, lang, REF).meetings
    assert {frozenset(m.participants) for m in found} == {frozenset({guest, h}) for h in hosts}, found
    assert all(m.date.iso() == "2025-03" for m in found)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин в понедельник провёл телефонный разговор с Трампом и Эрдоганом."),
    ("en", "Xi held a phone call with Putin and Lukashenko on Monday."),
])
def test_a_call_with_two_partners_is_one_call(lang, text):
    (m,) = facts(text, lang, REF).meetings
    assert len(m.participants) == 3


@pytest.mark.parametrize("lang,text,host", [
    ("ru", "Путин прибыл в Тегеран. Президенты России и Ирана Владимир Путин и Эбрахим Раиси провели переговоры. "
           "С хозяином саммита Путин беседовал около полутора часов, ещё около часа длилась его встреча с "
           "верховным лидером Ирана аятоллой Али Хаменеи.", "ebrahim-raisi"),
    ("en", "Putin arrived in Tehran. The presidents of Russia and Iran, Vladimir Putin and Ebrahim Raisi, held talks. "
           "Putin spoke with the summit host for about an hour and a half, and his meeting with Iran's supreme "
           "leader Ayatollah Ali Khamenei lasted about an hour.", "ebrahim-raisi"),
])
def test_the_summit_host_and_a_leader_named_after_his_title_are_two_partners(lang, text, host):
    found = {frozenset(m.participants): m.duration_minutes for m in facts(text, lang, date(2022, 7, 20)).meetings}
    assert found.get(frozenset({"vladimir-putin", host})) == 90, found
    assert found.get(frozenset({"vladimir-putin", "ali-khamenei"})) == 60, found


@pytest.mark.parametrize("lang,text", [
    ("en", "Biden and Putin met in Geneva. The talks lasted four hours, including a session with Blinken and Lavrov."),
    ("ru", "Байден и Путин встретились в Женеве. Переговоры длились четыре часа, включая встречу с участием "
           "Блинкена и Лаврова."),
])
def test_people_included_in_a_session_are_not_a_meeting_of_their_own(lang, text):
    found = facts(text, lang, REF).meetings
    assert [set(m.participants) for m in found] == [{"joe-biden", "vladimir-putin"}], found
    assert found[0].duration_minutes == 240


@pytest.mark.parametrize("lang,text", [
    ("en", "Moscow recalled its ambassador from Washington for consultations."),
    ("ru", "Москва отозвала посла из Вашингтона для консультаций."),
    ("uk", "Київ відкликав посла з Будапешта для консультацій."),
])
def test_recalling_an_envoy_for_consultations_is_not_a_meeting(lang, text):
    assert facts(text, lang, REF).meetings == ()


def test_what_one_leader_tells_another_about_a_third_call_is_that_call():
    text = ("Putin held a video call with Xi Jinping on Wednesday. Putin informed his Chinese counterpart of the "
            "results of his video conversation with Joe Biden on 7 March. The heads of state discussed relations "
            "between Russia and China.")
    found = {frozenset(m.participants): m.date.iso() for m in facts(text, "en", REF).meetings}
    assert found == {frozenset({"vladimir-putin", "xi-jinping"}): "2025-03-12",
                     frozenset({"vladimir-putin", "joe-biden"}): "2025-03-07"}, found


@pytest.mark.parametrize("lang,text", [
    ("uk", "Алієв і Пашинян у п'ятницю зустрілися у Білому домі з Дональдом Трампом."),
    ("ru", "Алиев и Пашинян в пятницу встретились в Белом доме с Дональдом Трампом."),
    ("en", "Aliyev and Pashinyan met with Donald Trump at the White House on Friday."),
])
def test_two_subjects_who_met_with_a_third_all_take_part(lang, text):
    (m,) = facts(text, lang, REF).meetings
    assert set(m.participants) == {"ilham-aliyev", "nikol-pashinyan", "donald-trump"}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Эрдоган провели переговоры в Сочи. Переговоры, прошедшие накануне в резиденции, "
           "продолжались около четырёх часов."),
])
def test_talks_held_the_day_before_keep_that_day(lang, text):
    found = [(m.date.iso(), m.duration_minutes) for m in facts(text, lang, REF).meetings]
    assert ("2025-03-13", 240) in found, found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Предшественник Байдена Дональд Трамп говорил с Путиным по телефону в июле."),
    ("uk", "Попередник Байдена Дональд Трамп говорив із Путіним телефоном у липні."),
    ("en", "Biden's predecessor Donald Trump spoke with Putin by phone in July."),
])
def test_a_person_who_only_says_whose_predecessor_is_not_a_participant(lang, text):
    (m,) = facts(text, lang, REF).meetings
    assert set(m.participants) == {"donald-trump", "vladimir-putin"}
