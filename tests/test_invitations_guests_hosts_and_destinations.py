"""Invitations: who is the guest of an "at the invitation of X, he ..." clause, who hosts each leg of a tour, when
the host state (not its leader) invites, which place a capital's word names, who gives "a similar invitation", an
invitation received with no one said to give it, and "the invitation came from the X side" after a meeting."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

Triple = tuple[str | None, str, str | None]


def _triples(text: str, lang: str, published: date) -> set[Triple]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, published).invitations}


# (language, text, publication date, invitations that must be found, invitations that must not be found)
PRONOUN_GUESTS = [
    # the subject pronoun of the clause is the guest named in the sentence before
    ("en", "Sybiha arrived in Poland on Monday. He will address the ambassadors in Warsaw at the invitation of his "
     "Polish counterpart Radoslaw Sikorski.", date(2025, 8, 25),
     {("radoslaw-sikorski", "andrii-sybiha", "warsaw")}, set()),
    ("ru", "Сибига прибыл в Польшу. В Варшаве по приглашению польского коллеги Радослава Сикорского он выступит "
     "перед послами.", date(2025, 8, 25), {("radoslaw-sikorski", "andrii-sybiha", "warsaw")}, set()),
    ("uk", "Сибіга прибув до Польщі. У Варшаві на запрошення польського колеги Радослава Сікорського він проведе "
     "переговори.", date(2025, 8, 25), {("radoslaw-sikorski", "andrii-sybiha", "warsaw")}, set()),
    # near miss: the one named before is of the host's own state, so the pronoun stands for no guest
    ("en", "Sikorski spoke in the Sejm on Monday. At the invitation of Polish President Andrzej Duda, he will chair "
     "the council.", date(2023, 8, 25), set(), {("andrzej-duda", "radoslaw-sikorski", "poland")}),
]

TOURS = [
    # a tour of three states, then the city of one leg with its host: that leg is the city's, the others have none
    ("en", "Ukraine's foreign minister Andrii Sybiha will visit Poland, Germany and Italy next week. In Warsaw, at "
     "the invitation of his Polish counterpart Radoslaw Sikorski, he will address the diplomats.", date(2025, 8, 25),
     {("radoslaw-sikorski", "andrii-sybiha", "warsaw")},
     {("radoslaw-sikorski", "andrii-sybiha", "germany"), ("radoslaw-sikorski", "andrii-sybiha", "italy"),
      ("radoslaw-sikorski", "andrii-sybiha", "poland")}),
    ("ru", "Министр иностранных дел Украины Андрей Сибига на следующей неделе посетит Польшу, Германию и Италию. В "
     "Варшаве по приглашению польского коллеги Радослава Сикорского он выступит перед дипломатами.",
     date(2025, 8, 25), {("radoslaw-sikorski", "andrii-sybiha", "warsaw")},
     {("radoslaw-sikorski", "andrii-sybiha", "germany"), ("radoslaw-sikorski", "andrii-sybiha", "italy")}),
    ("uk", "Глава МЗС України Андрій Сибіга наступного тижня відвідає Польщу, Німеччину та Італію. У Варшаві на "
     "запрошення польського колеги Радослава Сікорського він виступить перед дипломатами.", date(2025, 8, 25),
     {("radoslaw-sikorski", "andrii-sybiha", "warsaw")},
     {("radoslaw-sikorski", "andrii-sybiha", "germany"), ("radoslaw-sikorski", "andrii-sybiha", "italy")}),
    # near miss: one state, then its city: one trip, to the state told first
    ("en", "Ukraine's foreign minister Andrii Sybiha will visit Poland next week. In Warsaw, at the invitation of his "
     "Polish counterpart Radoslaw Sikorski, he will address the diplomats.", date(2025, 8, 25),
     {("radoslaw-sikorski", "andrii-sybiha", "poland")}, {("poland", "andrii-sybiha", "poland")}),
]

FAR = "The two states trade mostly copper and fruit. Their ports are busy. Tariffs fell last year."
FAR_RU = "Страны торгуют в основном медью и фруктами. Их порты загружены. Пошлины снизились в прошлом году."
FAR_UK = "Країни торгують переважно міддю та фруктами. Їхні порти завантажені. Мита знизилися торік."
HOST_STATES = [
    # a host leader the article names once, far from the visit and not in its lead: the state hosts
    ("en", f"Mexican President Claudia Sheinbaum will make a state visit to Chile in March. {FAR} Sheinbaum once "
     "praised Chile's President Gabriel Boric.", date(2025, 2, 1), {("chile", "claudia-sheinbaum", "chile")},
     {("gabriel-boric", "claudia-sheinbaum", "chile")}),
    ("ru", f"Президент Мексики Клаудия Шейнбаум в марте совершит государственный визит в Чили. {FAR_RU} Шейнбаум "
     "ранее поддержала президента Чили Габриэля Борича.", date(2025, 2, 1), {("chile", "claudia-sheinbaum", "chile")},
     {("gabriel-boric", "claudia-sheinbaum", "chile")}),
    ("uk", f"Президентка Мексики Клаудія Шейнбаум у березні здійснить державний візит до Чилі. {FAR_UK} Шейнбаум "
     "раніше підтримала президента Чилі Габріеля Боріча.", date(2025, 2, 1),
     {("chile", "claudia-sheinbaum", "chile")}, {("gabriel-boric", "claudia-sheinbaum", "chile")}),
    # near miss: the leader met the guest in the sentence before: he hosts
    ("en", "Xi Jinping held talks with Putin. Putin said he would visit China early next year.", date(2023, 8, 25),
     {("xi-jinping", "vladimir-putin", "china")}, {("china", "vladimir-putin", "china")}),
]

CAPITALS = [
    # the capital told by its word with its state's name or adjective is the destination
    ("en", "Secretary of State Antony Blinken spoke to Ishaq Dar by phone and invited him to the US capital.",
     date(2023, 8, 25), {("antony-blinken", "ishaq-dar", "washington")}, {("antony-blinken", "ishaq-dar",
                                                                         "united-states")}),
    ("en", "Antony Blinken invited Pakistani Foreign Minister Ishaq Dar to visit the American capital next month.",
     date(2023, 8, 25), {("antony-blinken", "ishaq-dar", "washington")}, set()),
    ("ru", "Сергей Лавров пригласил министра иностранных дел Индии Субраманьяма Джайшанкара посетить российскую "
     "столицу.", date(2023, 8, 25), {("sergey-lavrov", "subrahmanyam-jaishankar", "moscow")}, set()),
    ("ru", "Сергей Лавров пригласил Субраманьяма Джайшанкара в столицу России.", date(2023, 8, 25),
     {("sergey-lavrov", "subrahmanyam-jaishankar", "moscow")}, set()),
    ("uk", "Андрій Сибіга запросив Радослава Сікорського відвідати столицю України.", date(2025, 8, 25),
     {("andrii-sybiha", "radoslaw-sikorski", "kyiv")}, set()),
    # near miss: a capital's word in a relative clause after the state names the state, not its capital
    ("uk", "Андрій Сибіга запросив Радослава Сікорського відвідати Україну, столиця якої постраждала.",
     date(2025, 8, 25), {("andrii-sybiha", "radoslaw-sikorski", "ukraine")},
     {("andrii-sybiha", "radoslaw-sikorski", "kyiv")}),
    ("en", "Antony Blinken invited Ishaq Dar to the United States, whose capital hosts the talks.", date(2023, 8, 25),
     {("antony-blinken", "ishaq-dar", "united-states")}, {("antony-blinken", "ishaq-dar", "washington")}),
]


SAME = [
    # "a similar / the same invitation" for another guest: the host, place and time of the one told before
    ("en", "Trump invited Uzbek President Shavkat Mirziyoyev to the G20 summit in Miami. A similar invitation was "
     "extended to Kazakh President Kassym-Jomart Tokayev.", date(2025, 8, 25),
     {("donald-trump", "kassym-jomart-tokayev", "miami")}, set()),
    ("ru", "Трамп пригласил президента Узбекистана Шавката Мирзиёева на саммит G20 в Майами. Аналогичное "
     "приглашение получил президент Казахстана Касым-Жомарт Токаев.", date(2025, 8, 25),
     {("donald-trump", "kassym-jomart-tokayev", "miami")}, set()),
    ("uk", "Трамп запросив Шавката Мірзійоєва на саміт G20 у Маямі. Таке саме запрошення отримав і Касим-Жомарт "
     "Токаєв.", date(2025, 8, 25), {("donald-trump", "kassym-jomart-tokayev", "miami")},
     {("kassym-jomart-tokayev", "kassym-jomart-tokayev", "miami")}),
    # near miss: another invitation with its own host and place is not the one before
    ("en", "Trump invited Uzbek President Shavkat Mirziyoyev to the G20 summit in Miami. Kazakh President "
     "Kassym-Jomart Tokayev received an invitation from Xi Jinping to visit China.", date(2025, 8, 25),
     {("xi-jinping", "kassym-jomart-tokayev", "china")}, {("donald-trump", "kassym-jomart-tokayev", "miami")}),
]

RECEIVED = [
    # invited with no one said to invite: the host state's head, told of nearby
    ("en", "Donald Trump spoke with Uzbek President Shavkat Mirziyoyev by phone on Tuesday. During the call, "
     "Mirziyoyev was invited to the G20 summit in Miami.", date(2025, 8, 25),
     {("donald-trump", "shavkat-mirziyoyev", "miami")}, set()),
    ("ru", "Дональд Трамп провёл телефонный разговор с президентом Узбекистана Шавкатом Мирзиёевым. В ходе разговора "
     "Мирзиёев был приглашён на саммит G20 в Майами.", date(2025, 8, 25),
     {("donald-trump", "shavkat-mirziyoyev", "miami")}, set()),
    ("uk", "Дональд Трамп провів телефонну розмову з президентом Узбекистану Шавкатом Мірзійоєвим. Під час розмови "
     "Мірзійоєва запрошено на саміт G20 у Маямі.", date(2025, 8, 25),
     {("donald-trump", "shavkat-mirziyoyev", "miami")}, set()),
    # near miss: a minister who tells of it may speak for his state's side: he is not made the host
    ("uk", "Віткофф отримав запрошення відвідати Україну, повідомив міністр закордонних справ Андрій Сибіга.",
     date(2025, 10, 27), set(), {("andrii-sybiha", "steve-witkoff", "ukraine")}),
]


CAME_FROM = [
    # "the invitation came from the X side", told after a meeting: the guest and place of that meeting
    ("en", "German Chancellor Olaf Scholz held talks with Polish President Andrzej Duda in Warsaw on Monday. The "
     "invitation came from the Polish side, German officials said.", date(2023, 8, 25),
     {("poland", "olaf-scholz", "warsaw")}, set()),
    ("ru", "Канцлер Германии Олаф Шольц провёл переговоры с президентом Польши Анджеем Дудой в Варшаве. Приглашение "
     "поступило от польской стороны.", date(2023, 8, 25), {("poland", "olaf-scholz", "warsaw")}, set()),
    ("uk", "Канцлер Німеччини Олаф Шольц провів переговори з президентом Польщі Анджеєм Дудою у Варшаві. Запрошення "
     "надійшло від польської сторони.", date(2023, 8, 25), {("poland", "olaf-scholz", "warsaw")}, set()),
    # near misses: a person of no known state met is not made the guest; the one who "received" is no sender
    ("en", "Merkel's trip seeks common ground. Her key meeting is with Jaroslaw Kaczynski, the party leader. It is "
     "their first meeting in years, the invitation coming from the Polish side.", date(2017, 2, 1), set(),
     {("poland", "new:jaroslaw-kaczynski", "poland")}),
]


def _check(lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    got = _triples(text, lang, published)
    assert wanted <= got, (wanted - got, got)
    assert not unwanted & got, (unwanted & got, got)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", PRONOUN_GUESTS)
def test_the_pronoun_of_an_at_the_invitation_clause_is_the_guest_named_before(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", TOURS)
def test_each_leg_of_a_tour_has_its_own_host_and_the_city_its_invitation_names(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", HOST_STATES)
def test_a_host_leader_named_only_in_passing_leaves_the_host_state_as_inviter(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", CAPITALS)
def test_a_capital_named_by_its_word_is_the_destination(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", SAME)
def test_a_similar_invitation_has_the_host_and_place_of_the_one_told_before(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", RECEIVED)
def test_an_invitation_received_from_no_one_named_is_the_host_heads(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)


@pytest.mark.parametrize("lang,text,published,wanted,unwanted", CAME_FROM)
def test_an_invitation_that_came_from_a_side_is_that_of_the_meeting_told_before(
        lang: str, text: str, published: date, wanted: set[Triple], unwanted: set[Triple]) -> None:
    _check(lang, text, published, wanted, unwanted)
