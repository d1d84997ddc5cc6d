"""Meetings as real outlets tell them, fourth round (issue 15, from new pages read in the search corpus, not the
dev or held-out sets): durations told in two units joined by "and"; people who are only whose aide, whose remarks,
whose health the news is about, or the source it quotes, are no party to the talks; a counterpart in an undated
article is the one it names. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

REF = date(2025, 3, 14)  # a Friday
PUTIN, XI, TRUMP, BIDEN = "vladimir-putin", "xi-jinping", "donald-trump", "joe-biden"
ZELENSKY, ERDOGAN, MBS = "volodymyr-zelenskyy", "recep-tayyip-erdogan", "mohammed-bin-salman"
SULLIVAN, WANG, LI_QIANG, YOON = "jake-sullivan", "wang-yi", "li-qiang", "yoon-suk-yeol"
LULA, MACRON, MODI = "luiz-inacio-lula-da-silva", "emmanuel-macron", "narendra-modi"


def _pairs(text: str, lang: str, ref: date | None = REF) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, ref))


def _durations(text: str, lang: str) -> set[int | None]:
    return {m.duration_minutes for m in facts(text, lang, REF).meetings}


@pytest.mark.parametrize("lang,text,minutes", [
    ("en", "Modi and Putin held talks for one hour and 30 minutes on Tuesday.", 90),
    ("en", "The phone call between Biden and Xi lasted two hours and fifteen minutes.", 135),
    ("en", "Trump spoke with Erdogan by phone for 1 hour and 10 minutes on Monday.", 70),
    ("ru", "Переговоры Путина и Моди продолжались один час и 30 минут.", 90),
    ("ru", "Телефонный разговор Байдена и Си длился два часа и пятнадцать минут.", 135),
    ("uk", "Розмова Зеленського з Ердоганом тривала годину та 20 хвилин.", 80),
    ("uk", "Переговори Моді та Путіна тривали дві години і 40 хвилин.", 160),
    # near misses: one unit only, or a half told with "and"
    ("en", "Modi and Putin held talks for two hours on Tuesday.", 120),
    ("en", "Modi and Putin held talks for an hour and a half on Tuesday.", 90),
    ("ru", "Переговоры Путина и Моди продолжались час и завершились подписанием заявления.", 60),
    ("uk", "Розмова Зеленського з Ердоганом тривала годину і була змістовною.", 60),
])
def test_hours_and_minutes_joined_by_and_add_up(lang, text, minutes):
    assert _durations(text, lang) == {minutes}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Biden's national security adviser Jake Sullivan held talks with Chinese Foreign Minister Wang Yi in "
           "Beijing on Tuesday.", {(SULLIVAN, WANG)}),
    ("en", "Kishida's remarks came after Chinese Premier Li Qiang told President Yoon Suk Yeol during their talks "
           "on Thursday that Beijing backs a summit.", {(LI_QIANG, YOON)}),
    ("en", "Zelensky's appeal for more air defence came as Trump spoke with Erdogan by phone on Monday.",
     {(ERDOGAN, TRUMP)}),
    # near misses: the one whose talks, call or visit it is takes part in them
    ("en", "Putin's talks with Xi Jinping in Beijing on Tuesday lasted three hours.", {(PUTIN, XI)}),
    ("en", "Modi's two-day visit to Moscow began on Monday with talks with Putin.", {(MODI, PUTIN)}),
    ("en", "Trump's phone call with Erdogan on Monday was brief.", {(ERDOGAN, TRUMP)}),
])
def test_whose_aide_or_remarks_are_told_is_no_party(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Saudi Crown Prince Mohammed bin Salman received a phone call on Thursday from Donald Trump regarding "
           "the health of Vladimir Putin.", {(MBS, TRUMP)}),
    ("en", "Erdogan spoke with Trump by phone on Monday about Zelensky and the talks in Istanbul.",
     {(ERDOGAN, TRUMP)}),
    ("ru", "Эрдоган провёл телефонный разговор с Трампом в понедельник относительно предложений Зеленского.",
     {(ERDOGAN, TRUMP)}),
    ("ru", "Эрдоган в понедельник поговорил по телефону с Трампом касательно Путина и переговоров в Стамбуле.",
     {(ERDOGAN, TRUMP)}),
    ("uk", "Ердоган у понеділок провів телефонну розмову з Трампом щодо Путіна та переговорів у Стамбулі.",
     {(ERDOGAN, TRUMP)}),
    ("uk", "Ердоган поговорив з Трампом телефоном у понеділок стосовно пропозицій Зеленського.",
     {(ERDOGAN, TRUMP)}),
    # near misses: the partner told after the topic, with "with"; three who really talked
    ("en", "Erdogan spoke about the war with Trump by phone on Monday.", {(ERDOGAN, TRUMP)}),
    ("uk", "Ердоган щодо війни поговорив з Трампом телефоном у понеділок.", {(ERDOGAN, TRUMP)}),
    ("ru", "Эрдоган, Трамп и Зеленский провели телефонный разговор в понедельник.", {(ERDOGAN, TRUMP, ZELENSKY)}),
])
def test_a_person_the_talks_are_about_is_no_party(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "According to Foreign Minister Mauro Vieira, Lula discussed trade with Macron at their meeting on "
           "Tuesday.", {(LULA, MACRON)}),
    ("en", "According to Sergey Lavrov, Putin and Modi discussed oil supplies during their talks on Tuesday.",
     {(MODI, PUTIN)}),
    ("ru", "По словам Сергея Лаврова, Путин и Моди обсудили поставки нефти на переговорах во вторник.",
     {(MODI, PUTIN)}),
    ("uk", "За словами Сергія Лаврова, Путін і Моді обговорили постачання нафти на переговорах у вівторок.",
     {(MODI, PUTIN)}),
    # near miss: the source who is one of the two
    ("en", "According to Lula, he discussed trade with Macron at their meeting on Tuesday.", {(LULA, MACRON)}),
])
def test_the_source_a_report_quotes_is_no_party(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський провів телефонну розмову з Байденом. Він зазначив, що розмова з американським колегою "
           "тривала годину."),
    ("ru", "Зеленский провёл телефонный разговор с Байденом. Он отметил, что разговор с американским коллегой "
           "длился час."),
    ("en", "Zelensky held a phone call with Joe Biden. He said the call with his American counterpart lasted an "
           "hour."),
])
def test_a_counterpart_in_an_undated_article_is_the_one_it_names(lang, text):
    found = facts(text, lang, None).meetings
    assert {tuple(sorted(m.participants)) for m in found} == {(BIDEN, ZELENSKY)}
    assert {m.duration_minutes for m in found} - {None} == {60}


@pytest.mark.parametrize("text,expected", [
    ("Yoon met Biden in India.The office said on Sunday that he attended a dinner.", 2),
    ("Путин прибыл в Пекин.Переговоры прошли в четверг.", 2),
    ("Зеленський прибув до Варшави.Переговори тривали годину.", 2),
    # near misses: initials, web addresses, a known abbreviation before a name
    ("The U.S.President met him in Seoul.", 1),
    ("Read it at www.Example.Com or Life.ru today.", 1),
    ("Он живёт на просп.Мира в Москве.", 1),
])
def test_a_full_stop_with_no_space_after_it_still_ends_a_sentence(text, expected):
    from kg.text.tokens import sentences

    assert len(sentences(text, frozenset({"просп."}))) == expected


def test_a_glued_sentence_lends_no_party_to_the_meeting_before_it():
    text = ("President Yoon Suk Yeol met with Joe Biden during a summit dinner in India.The office said that Yoon "
            "attended the dinner hosted by Indian President Droupadi Murmu on Saturday.")
    assert _pairs(text, "en") == {("joe-biden", "yoon-suk-yeol")}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський зараз проводить телефонну розмову з Трампом.", {(TRUMP, ZELENSKY)}),
    ("uk", "Президент Ердоган проводить переговори з Путіним у Сочі.", {(ERDOGAN, PUTIN)}),
    ("ru", "Путин сейчас проводит телефонный разговор с Трампом.", {(PUTIN, TRUMP)}),
    ("en", "Trump is currently holding a phone call with Putin.", {(PUTIN, TRUMP)}),
    # near misses: an infinitive after a word of readiness or intention is no meeting held
    ("uk", "Зеленський готовий проводити переговори з Путіним.", set()),
    ("uk", "Зеленський готовий проводить переговори з Путіним.", set()),
    ("ru", "Путин готов проводить переговоры с Зеленским.", set()),
])
def test_a_meeting_going_on_as_the_news_is_written_is_held(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    # someone else's meeting, its subject named, its partner a group: no meeting of the article's pair
    ("uk", "Зеленський провів телефонну розмову з Трампом у суботу. Перед цим посол України у США Ольга "
           "Стефанішина зустрілася у Сенаті з групою сенаторів.", {(TRUMP, ZELENSKY)}),
    ("en", "Zelensky held a phone call with Trump on Saturday. Before that, Ukraine's ambassador Olha Stefanishyna "
           "met a group of senators.", {(TRUMP, ZELENSKY)}),
    # plans for calls are no call held
    ("uk", "Зеленський провів зустріч з Трампом у суботу. У нас є багато планів щодо телефонних розмов, "
           "сказав він.", {(TRUMP, ZELENSKY)}),
    ("ru", "Путин провёл переговоры с Трампом в субботу. У нас есть планы новых телефонных разговоров, "
           "сказал он.", {(PUTIN, TRUMP)}),
])
def test_a_meeting_naming_no_one_of_the_pair_or_only_planned_is_not_the_articles_own(lang, text, expected):
    found = facts(text, lang, REF).meetings
    assert {tuple(sorted(m.participants)) for m in found} == {tuple(sorted(p)) for p in expected}
    assert len(found) == 1


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Araghchi is going to hold a new round of talks with Steve Witkoff in Oman on Sunday.", set()),
    ("en", "Trump is about to speak with Putin by phone.", set()),
    ("en", "The two foreign ministers are going to meet in Geneva next week.", set()),
    # near misses: went to a city for talks; talks going well; a past intention is no meeting either
    ("en", "Modi went to Moscow for talks with Putin on Monday.", {(MODI, PUTIN)}),
    ("en", "The talks between Putin and Modi are going well, the Kremlin said on Monday.", {(MODI, PUTIN)}),
])
def test_going_to_and_about_to_tell_a_meeting_yet_to_come(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Hossein Amir-Abdollahian, who traveled to Riyadh on Thursday, held talks with Crown Prince Mohammed "
           "bin Salman in Jeddah on Friday.", "jeddah"),
    ("ru", "Моди, который накануне побывал в Москве, провёл переговоры с Си Цзиньпином в Пекине в пятницу.",
     "beijing"),
    ("uk", "Моді, який напередодні побував у Москві, провів переговори із Сі Цзіньпіном у Пекіні в п'ятницю.",
     "beijing"),
    # near miss: the only city told is in the meeting's own clause
    ("en", "Amir-Abdollahian held talks with Mohammed bin Salman in Jeddah on Friday.", "jeddah"),
])
def test_a_city_of_a_relative_clause_is_not_the_meetings_place(lang, text, place):
    assert {m.place for m in facts(text, lang, REF).meetings} == {place}


NETANYAHU, MERZ, PEZESHKIAN = "benjamin-netanyahu", "friedrich-merz", "masoud-pezeshkian"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trump spoke with Erdogan on Monday, after speaking with Netanyahu earlier in the day.",
     {(TRUMP, ERDOGAN), (TRUMP, NETANYAHU)}),
    ("en", "Trump spoke with Erdogan on Monday, hours after his call with Netanyahu.",
     {(TRUMP, ERDOGAN), (TRUMP, NETANYAHU)}),
    ("ru", "Путин в понедельник поговорил с Эрдоганом после разговора с Нетаньяху.",
     {(PUTIN, ERDOGAN), (PUTIN, NETANYAHU)}),
    ("uk", "Зеленський у понеділок поговорив з Ердоганом після розмови з Нетаньяху.",
     {(ZELENSKY, ERDOGAN), (ZELENSKY, NETANYAHU)}),
    ("uk", "Зеленський у вівторок поговорив телефоном з Макроном, а згодом з Мерцом.",
     {(ZELENSKY, MACRON), (ZELENSKY, MERZ)}),
    ("ru", "Путин во вторник поговорил по телефону с Эрдоганом, а позднее с Пезешкианом.",
     {(PUTIN, ERDOGAN), (PUTIN, PEZESHKIAN)}),
    ("en", "Trump spoke by phone with Erdogan and later with Netanyahu on Monday.",
     {(TRUMP, ERDOGAN), (TRUMP, NETANYAHU)}),
    # near misses: someone else's earlier call is theirs; one call with two partners together
    ("en", "Trump spoke with Erdogan on Monday, after Netanyahu's call with Zelensky.",
     {(TRUMP, ERDOGAN), (NETANYAHU, ZELENSKY)}),
    ("en", "Trump held a joint phone call with Erdogan and Netanyahu on Monday.", {(TRUMP, ERDOGAN, NETANYAHU)}),
])
def test_a_call_told_as_earlier_or_later_the_same_day_is_a_call_of_its_own(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,medium", [
    ("en", "Modi dialled Trump on Tuesday.", "phone"),
    ("en", "Xi and Biden talked over a secure line on Tuesday.", "phone"),
    ("uk", "Зеленський зідзвонився з Макроном у вівторок.", "phone"),
    ("ru", "Путин и Моди провели разговор в режиме видеоконференции во вторник.", "video"),
    ("uk", "Зеленський і Макрон поспілкувалися у форматі відеоконференції у вівторок.", "video"),
    # near miss: in person
    ("en", "Xi and Biden talked in Woodside on Tuesday.", "in_person"),
])
def test_every_way_of_saying_a_call_gives_its_medium(lang, text, medium):
    assert {m.medium for m in facts(text, lang, REF).meetings} == {medium}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зеленський і Макрон обговорили розмову з Трампом.", {(ZELENSKY, MACRON)}),
    ("uk", "Зеленський і Макрон у вівторок обговорили підсумки зустрічі з Трампом.", {(ZELENSKY, MACRON)}),
    ("ru", "Путин и Лукашенко обсудили итоги переговоров с Трампом.", {("alexander-lukashenko", PUTIN)}),
    ("ru", "Зеленский и Макрон обсудили разговор с Трампом.", {(ZELENSKY, MACRON)}),
    ("en", "Zelensky and Macron discussed the outcome of the talks with Trump on Tuesday.", {(ZELENSKY, MACRON)}),
    ("en", "Zelensky discussed with Macron the upcoming meeting with Trump.", {(ZELENSKY, MACRON)}),
    # near misses: a discussion held with the partner, the meeting word its own
    ("en", "Zelensky discussed security with Trump during a call on Tuesday.", {(ZELENSKY, TRUMP)}),
    ("ru", "Путин обсудил с Лукашенко торговлю во время переговоров в Минске.", {("alexander-lukashenko", PUTIN)}),
])
def test_a_meeting_the_parties_discuss_lends_them_none_of_its_partners(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky held a call with several European leaders and Donald Trump on Friday. Zelensky, Macron, Merz "
           "and Tusk held a phone call with Trump, his spokesman said.",
     {(ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
    ("ru", "Зеленский в пятницу провёл телефонный разговор с несколькими европейскими лидерами и Трампом. "
           "Зеленский, Макрон, Мерц и Туск провели телефонный разговор с Трампом.",
     {(ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
    ("uk", "Зеленський у п'ятницю провів телефонну розмову з кількома європейськими лідерами та Трампом. "
           "Зеленський, Макрон, Мерц і Туск провели телефонну розмову з Трампом.",
     {(ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
    # near miss: a call of the two alone, told without any group, stays its own
    ("en", "Zelensky held a call with Trump on Friday. Later, Zelensky, Macron, Merz and Tusk held a phone call with "
           "Trump.", {(ZELENSKY, TRUMP), (ZELENSKY, MACRON, MERZ, "donald-tusk", TRUMP)}),
])
def test_a_call_with_unnamed_leaders_is_the_group_call_a_later_sentence_names_in_full(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yoon and Biden discussed their trilateral summit with Japanese Prime Minister Fumio Kishida for 90 "
           "minutes.", {(YOON, BIDEN)}),
    ("en", "Yoon and Biden met in New Delhi on Saturday, weeks after their trilateral summit with Fumio Kishida.",
     {(YOON, BIDEN), (YOON, BIDEN, "fumio-kishida")}),
    # near miss: a trilateral summit held is one of three
    ("en", "Yoon and Biden held a trilateral summit with Kishida on Tuesday.", {(YOON, BIDEN, "fumio-kishida")}),
])
def test_a_trilateral_meeting_discussed_or_recalled_keeps_its_own_three(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "India and the US held talks on Russia's oil exports on Monday.", {("india", "united-states")}),
    ("en", "India and the US held talks on Monday about Russia and its oil.", {("india", "united-states")}),
    ("ru", "Россия и Индия провели переговоры в понедельник относительно Китая.", {("india", "russia")}),
    # near miss: three states that held talks
    ("en", "India, Russia and China held talks on Monday.", {("china", "india", "russia")}),
])
def test_a_state_the_talks_are_about_is_no_party(lang, text, expected):
    assert _pairs(text, lang) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("lang,text,day", [
    ("en", "Modi arrived in Moscow on Monday evening. Modi held talks with Putin the following day.", "2025-03-11"),
    ("ru", "Моди прибыл в Москву в понедельник вечером. Моди провёл переговоры с Путиным на следующий день.",
     "2025-03-11"),
    ("uk", "Моді прибув до Москви в понеділок увечері. Моді провів переговори з Путіним наступного дня.",
     "2025-03-11"),
    # near miss: the day told is the talks' own
    ("en", "Modi arrived in Moscow on Monday evening. Modi held talks with Putin on Wednesday.", "2025-03-12"),
])
def test_talks_told_the_following_day_are_dated_the_day_after_the_one_told_before(lang, text, day):
    found = [m for m in facts(text, lang, REF).meetings if set(m.participants) == {MODI, PUTIN}]
    assert [m.date.iso() for m in found if m.date] == [day]
