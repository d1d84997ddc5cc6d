"""Meetings from the errors of the English articles of real batch 9 (issue 15), in general form: an aide told only
as someone's ("Biden's envoy") is the aide, never the one whose aide he is; a spokesman the article introduces who
reports a call is no party to it; a region before an apposed title is no person. Own sentences, ru/uk/en, with
near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

from kg.records import PartialDate

REF = date(2025, 3, 14)  # a Friday
KERRY, DUDA, BIDEN, MORAWIECKI = "john-kerry", "andrzej-duda", "joe-biden", "mateusz-morawiecki"
SISI, TRUMP, MODI, ABIY, OBIANG = ("abdel-fattah-el-sisi", "donald-trump", "narendra-modi", "abiy-ahmed",
                                   "teodoro-obiang-nguema-mbasogo")


def _pairs(text: str, lang: str, published: date = REF) -> set[tuple[str, ...]]:
    return meeting_pairs(facts(text, lang, published))


@pytest.mark.parametrize("lang,text,expected", [
    # the envoy the article named before with his title
    ("en", "John Kerry, the US presidential envoy for climate, met Mateusz Morawiecki on Tuesday. Earlier, US "
           "President Joe Biden's climate envoy met President Andrzej Duda.",
     {(KERRY, MORAWIECKI), (DUDA, KERRY)}),
    ("ru", "Джон Керри, спецпосланник президента США по климату, провёл переговоры с Моравецким. Ранее спецпосланник "
           "Байдена встретился с президентом Анджеем Дудой.", {(KERRY, MORAWIECKI), (DUDA, KERRY)}),
    ("uk", "Джон Керрі, спецпосланець президента США з питань клімату, провів переговори з Моравецьким. Раніше "
           "спецпосланець Байдена зустрівся з президентом Анджеєм Дудою.", {(KERRY, MORAWIECKI), (DUDA, KERRY)}),
    # none named: the envoy stands for his state, as "an envoy of Biden" does
    ("en", "Earlier, Joe Biden's special envoy met President Andrzej Duda.", {(DUDA, "united-states")}),
    ("ru", "Ранее спецпосланник Байдена встретился с президентом Анджеем Дудой.", {(DUDA, "united-states")}),
    ("uk", "Раніше спецпосланець Байдена зустрівся з президентом Анджеєм Дудою.", {(DUDA, "united-states")}),
    # near misses: the envoy named right after, the leader himself
    ("en", "Biden's envoy Amos Hochstein met Andrzej Duda.", {(DUDA, "new:amos-hochstein")}),
    ("en", "President Joe Biden met President Andrzej Duda.", {(DUDA, BIDEN)}),
    ("ru", "Президент Джо Байден встретился с президентом Анджеем Дудой.", {(DUDA, BIDEN)}),
])
def test_an_aide_told_as_someones_is_the_aide_not_his_principal(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", 'Presidential spokesman Ahmed Fahmy said in a statement that "Sisi congratulated Trump during a phone call '
           'he received from him".', {(SISI, TRUMP)}),
    ("ru", "Пресс-секретарь президента Ахмед Фахми заявил, что «Сиси поздравил Трампа во время телефонного "
           "разговора».", {(SISI, TRUMP)}),
    ("uk", "Речник президента Ахмед Фахмі заявив, що «Сісі привітав Трампа під час телефонної розмови».",
     {(SISI, TRUMP)}),
    # near miss: a spokesman met is a party
    ("en", "Modi was in Wellington on Wednesday. There he met party foreign affairs spokesperson Gerry Brownlee.",
     {(MODI, "new:gerry-brownlee")}),
    ("ru", "Моди в среду был в Веллингтоне. Там он встретился с пресс-секретарём партии Джерри Браунли.",
     {(MODI, "new:dzherri-braunli")}),
])
def test_a_spokesman_the_article_introduces_reports_the_call(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Abiy Ahmed toured Africa this week. After concluding his stay in West Africa, the prime minister headed "
           "to Equatorial Guinea. He discussed bilateral issues with the president of Equatorial Guinea, Teodoro "
           "Obiang Nguema Mbasogo."),
    ("ru", "Абий Ахмед на этой неделе совершил турне по Африке. Завершив пребывание в Западной Африке, премьер-министр "
           "направился в Экваториальную Гвинею. Там он обсудил двусторонние вопросы с президентом Экваториальной "
           "Гвинеи Теодоро Обиангом Нгемой Мбасого."),
    ("uk", "Абій Ахмед цього тижня здійснив турне Африкою. Завершивши перебування в Західній Африці, прем'єр-міністр "
           "вирушив до Екваторіальної Гвінеї. Там він обговорив двосторонні питання з президентом Екваторіальної "
           "Гвінеї Теодоро Обіангом Нгемою Мбасого."),
])
def test_a_region_before_an_apposed_title_is_no_person(lang, text):
    f = facts(text, lang)
    assert not any(a.type == "Person" and "afri" in a.key for a in f.new_actors)
    assert _pairs(text, lang) == {(ABIY, OBIANG)}


WIDODO, XI, LI_KEQIANG, PUTIN = "joko-widodo", "xi-jinping", "li-keqiang", "vladimir-putin"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Joko Widodo extended the invitation to Xi Jinping during a meeting in Beijing on Tuesday evening.",
     {(WIDODO, XI)}),
    ("ru", "Джоко Видодо передал приглашение Си Цзиньпину в ходе встречи в Пекине во вторник вечером.", {(WIDODO, XI)}),
    ("uk", "Джоко Відодо передав запрошення Сі Цзіньпіну під час зустрічі в Пекіні у вівторок увечері.",
     {(WIDODO, XI)}),
    # near misses: the invitation and its meeting still to come
    ("en", "Joko Widodo will extend the invitation to Xi Jinping during a meeting in Beijing next week.", set()),
    ("ru", "Джоко Видодо передаст приглашение Си Цзиньпину в ходе встречи в Пекине на следующей неделе.", set()),
    ("uk", "Джоко Відодо передасть запрошення Сі Цзіньпіну під час зустрічі в Пекіні наступного тижня.", set()),
])
def test_an_invitation_given_during_a_meeting_tells_the_meeting_held(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Prior to his meeting with Xi Jinping at the guesthouse, Joko Widodo met with Chinese Prime Minister Li "
           "Keqiang at the same venue.", {(WIDODO, LI_KEQIANG)}),
    ("ru", "Перед встречей с Си Цзиньпином Джоко Видодо встретился с премьером Госсовета КНР Ли Кэцяном.",
     {(WIDODO, LI_KEQIANG)}),
    ("uk", "Перед зустріччю із Сі Цзіньпіном Джоко Відодо зустрівся з прем'єром Держради КНР Лі Кецяном.",
     {(WIDODO, LI_KEQIANG)}),
    # an earlier meeting fronted: a meeting of the subject too
    ("en", "After his talks with Xi Jinping, Putin met with Narendra Modi.", {(MODI, PUTIN), (PUTIN, XI)}),
    ("ru", "После переговоров с Си Цзиньпином Путин встретился с Нарендрой Моди.", {(MODI, PUTIN), (PUTIN, XI)}),
    ("uk", "Після переговорів із Сі Цзіньпіном Путін зустрівся з Нарендрою Моді.", {(MODI, PUTIN), (PUTIN, XI)}),
    # near misses: no meeting fronted; a person told aside in a relative clause
    ("en", "Before the summit, Putin met with Narendra Modi.", {(MODI, PUTIN)}),
    ("en", "Modi, who had met Xi Jinping earlier, met with Putin on Tuesday.", {(MODI, XI), (MODI, PUTIN)}),
])
def test_a_meeting_fronted_as_the_time_of_another_leaves_its_partner_out(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Joko Widodo extended the invitation to Xi Jinping during a meeting in Beijing on Tuesday evening. Joko "
           "Widodo was in Beijing for a two-day visit on Monday and Tuesday at the invitation of Xi Jinping."),
    ("en", "Joko Widodo was in Beijing for a two-day visit on Monday and Tuesday. He extended the invitation to Xi "
           "Jinping during a meeting in Beijing on Tuesday evening."),
    ("ru", "Джоко Видодо во вторник вечером в ходе встречи в Пекине передал приглашение Си Цзиньпину. Джоко Видодо "
           "находился в Пекине с двухдневным визитом в понедельник и вторник по приглашению Си Цзиньпина."),
    ("uk", "Джоко Відодо у вівторок увечері під час зустрічі в Пекіні передав запрошення Сі Цзіньпіну. Джоко Відодо "
           "перебував у Пекіні з дводенним візитом у понеділок і вівторок на запрошення Сі Цзіньпіна."),
])
def test_a_visit_over_two_days_is_dated_by_the_day_of_its_talks(lang, text):
    meetings = facts(text, lang).meetings
    assert [(m.participants, m.date) for m in meetings] == [((WIDODO, XI), PartialDate(2025, 3, 11))]


def test_two_meetings_on_days_apart_stay_two():
    text = ("Joko Widodo met Xi Jinping in Beijing on Monday. Joko Widodo met Xi Jinping again in Bali on "
            "Thursday.")
    assert len(facts(text, "en").meetings) == 2


ERDOGAN = "recep-tayyip-erdogan"


def _meetings(text: str, lang: str, published: date = REF) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.medium, tuple(sorted(m.participants)), m.date.iso() if m.date else None)
            for m in facts(text, lang, published).meetings}


@pytest.mark.parametrize("lang,text", [
    ("en", "Erdogan invited Sisi to Ankara after the latter called him to congratulate him on his victory. Sisi and "
           "Erdogan had met in Qatar in 2024."),
    ("ru", "Эрдоган пригласил Сиси в Анкару после того, как тот позвонил ему, чтобы поздравить с победой. Сиси и "
           "Эрдоган встречались в Катаре в 2024 году."),
    ("uk", "Ердоган запросив Сісі до Анкари після того, як той зателефонував йому, щоб привітати з перемогою. Сісі та "
           "Ердоган зустрічалися в Катарі у 2024 році."),
])
def test_a_call_told_as_the_time_of_an_invitation_is_a_call_of_its_own(lang, text):
    assert {(medium, pair) for medium, pair, _ in _meetings(text, lang)} == {
        ("phone", (SISI, ERDOGAN)), ("in_person", (SISI, ERDOGAN))}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Erdogan will invite Sisi after the latter calls him.", set()),
    ("ru", "Эрдоган пригласит Сиси после того, как тот позвонит ему.", set()),
    ("uk", "Ердоган запросить Сісі після того, як той зателефонує йому.", set()),
    ("en", "Putin called Erdogan on Tuesday.", {("phone", (ERDOGAN, PUTIN), "2025-03-11")}),
    # asked to act, not a call: the medium stays the one the meeting told before has
    ("en", "Abiy Ahmed held talks with Ramaphosa in Pretoria on Tuesday. The prime minister called Ramaphosa to "
           "mediate the dispute.", {("in_person", (ABIY, "cyril-ramaphosa"), "2025-03-11")}),
])
def test_a_call_verb_with_a_person_as_its_object(lang, text, expected):
    assert _meetings(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Relations warmed in November of last year, after Sisi and Erdogan met at the 2024 football tournament in "
           "Qatar.", "2024-11"),
    ("ru", "Отношения потеплели в ноябре прошлого года, после того как Сиси и Эрдоган встретились на футбольном "
           "турнире 2024 года в Катаре.", "2024-11"),
    # near misses: another year in the sentence; the year alone
    ("en", "Relations warmed in March of this year, after Sisi and Erdogan met at the 2024 football tournament in "
           "Qatar.", "2024"),
    ("en", "Sisi and Erdogan met at the 2024 football tournament in Qatar.", "2024"),
])
def test_a_year_of_the_meetings_clause_takes_the_month_the_sentence_gives_it(lang, text, expected):
    assert {d for _, _, d in _meetings(text, lang)} == {expected}


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
    assert _pairs(text, lang) == expected


ASADOV = "ali-asadov"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The talks took place during a meeting between Azerbaijani Prime Minister Ali Asadov and Governor of the "
           "Georgian Kvemo Kartli region Giorgi Dokhturishvili, who is visiting Baku.",
     {(ASADOV, "new:giorgi-dokhturishvili")}),
    ("ru", "Обсуждение прошло в ходе встречи премьер-министра Азербайджана Али Асадова и губернатора грузинского края "
           "Квемо-Картли Георгия Дохтуришвили, находящегося с визитом в Баку.",
     {(ASADOV, "new:georgy-dokhturishvili")}),
    ("uk", "Обговорення відбулося під час зустрічі прем'єр-міністра Азербайджану Алі Асадова та губернатора "
           "грузинського краю Квемо-Картлі Георгія Дохтурішвілі, який перебуває з візитом у Баку.",
     {(ASADOV, "new:heorhii-dokhturishvili")}),
    # near miss: a place before "who" is no person
    ("en", "Ali Asadov met the delegation in Baku. Officials from Kvemo Kartli, who came with it, stayed.",
     set()),
])
def test_a_name_set_off_before_who_is_a_persons(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Azerbaijan and Georgia cooperate in many sectors. The two countries signed several agreements in 2021 as "
           "part of a meeting of the joint intergovernmental commission.", {("azerbaijan", "georgia")}),
    ("ru", "Азербайджан и Грузия сотрудничают во многих отраслях. Две страны подписали ряд соглашений в 2021 году в "
           "ходе встречи совместной межправительственной комиссии.", {("azerbaijan", "georgia")}),
    ("uk", "Азербайджан і Грузія співпрацюють у багатьох галузях. Дві країни підписали низку угод у 2021 році під час "
           "зустрічі спільної міжурядової комісії.", {("azerbaijan", "georgia")}),
    # near misses: three states before; the two countries not the subject
    ("en", "Azerbaijan, Georgia and Turkey cooperate in many sectors. The two countries signed several agreements in "
           "2021 as part of a meeting of the joint commission.", set()),
    ("en", "Azerbaijan and Georgia cooperate in many sectors. Trade between the two countries was discussed at a "
           "meeting of the commission in 2021.", set()),
    ("ru", "Азербайджан и Грузия сотрудничают во многих отраслях. Торговлю двух стран обсудили на встрече комиссии в "
           "2021 году.", set()),
])
def test_the_two_countries_as_subject_are_the_two_states_named_before(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi made telephone calls to several leaders including those of Qatar, Turkey and Malaysia to greet them.",
     {(MODI, "qatar"), (MODI, "turkey"), ("malaysia", MODI)}),
    ("ru", "Моди провёл телефонные разговоры с лидерами нескольких стран, в том числе Катара, Турции и Малайзии.",
     {(MODI, "qatar"), (MODI, "turkey"), ("malaysia", MODI)}),
    ("uk", "Моді провів телефонні розмови з лідерами кількох країн, зокрема Катару, Туреччини та Малайзії.",
     {(MODI, "qatar"), (MODI, "turkey"), ("malaysia", MODI)}),
    ("en", "Modi made phone calls to the leaders of Canada and Mexico on Saturday.",
     {("canada", MODI), ("mexico", MODI)}),
    # near misses: one person called; a message, no call
    ("en", "Modi made a phone call to Putin.", {(MODI, PUTIN)}),
    ("en", "Modi sent a message to the leaders of Canada and Mexico on Saturday.", set()),
])
def test_calls_to_the_leaders_of_several_states_are_one_call_each(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi made telephone calls to the leaders of Qatar, United Arab Emirates (UAE) and Malaysia.",
     {(MODI, "qatar"), (MODI, "united-arab-emirates"), ("malaysia", MODI)}),
    ("ru", "Моди провёл телефонные разговоры с лидерами Катара, Объединённых Арабских Эмиратов (ОАЭ) и Малайзии.",
     {(MODI, "qatar"), (MODI, "united-arab-emirates"), ("malaysia", MODI)}),
    ("uk", "Моді провів телефонні розмови з лідерами Катару, Об'єднаних Арабських Еміратів (ОАЕ) та Малайзії.",
     {(MODI, "qatar"), (MODI, "united-arab-emirates"), ("malaysia", MODI)}),
    # near miss: another actor in brackets ends the list
    ("en", "Modi held talks with Putin (Russia) and Xi.", {(MODI, PUTIN)}),
])
def test_a_partner_named_again_in_brackets_keeps_the_list_going(lang, text, expected):
    assert _pairs(text, lang) == expected


YOON, KISHIDA = "yoon-suk-yeol", "fumio-kishida"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida on March 10 shake hands at the official residence "
           "in Tokyo.", {(KISHIDA, YOON)}),
    ("ru", "Юн Сок Ёль и Фумио Кисида 10 марта пожали друг другу руки в Токио.", {(KISHIDA, YOON)}),
    ("uk", "Юн Сок Йоль і Фуміо Кісіда 10 березня потиснули руки в Токіо.", {(KISHIDA, YOON)}),
    # near miss: a handshake to come
    ("en", "Yoon Suk Yeol and Fumio Kishida will shake hands in Tokyo next week.", set()),
])
def test_a_handshake_of_two_leaders_is_a_meeting(lang, text, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Modi was in Wellington on Wednesday. There he met Foreign Minister Nanaia Mahuta, and National Party "
           "deputy leader Nicola Willis and party spokesperson Gerry Brownlee.",
     {("nanaia-mahuta", MODI), (MODI, "new:nicola-willis"), (MODI, "new:gerry-brownlee")}),
    ("ru", "Моди в среду был в Веллингтоне. Там он встретился с министром иностранных дел Нанаей Махутой, "
           "заместителем лидера Национальной партии Николой Уиллис и представителем партии Джерри Браунли.",
     None),
])
def test_names_after_titles_in_a_list_of_people_met(lang, text, expected):
    pairs = _pairs(text, lang)
    if expected is None:  # (the Russian spelling of a foreign name is romanised its own way: only the count)
        assert len(pairs) == 3 and all(MODI in pair for pair in pairs)
    else:
        assert pairs == expected


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Meets Korean President In Seoul",  # a Title Case headline: no name after the title
    "Foreign Minister Visits Ankara And Baku",
])
def test_title_case_headlines_name_nobody_after_a_title(text):
    assert not any(a.type == "Person" for a in facts(text, "en").new_actors)
