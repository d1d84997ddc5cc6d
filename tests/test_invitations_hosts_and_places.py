"""Invitations: the leader named as host invites, never his state; the destination is the place of the
invitation's own clause; an offer to hold a summit in the speaker's country and a visit hosted "for a state
visit" are invitations."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts


def _triples(text: str, lang: str, published: date) -> set[tuple[str | None, str, str | None]]:
    return {(i.inviter, i.invitee, i.destination) for i in facts(text, lang, published).invitations}


# (language, text, publication date, invitations that must be found, invitations that must not be found)
HOSTS = [
    # the leader named as host invites every guest named after the verb, to the place of the visit
    ("en", "President Joe Biden and First Lady Jill Biden will host President William Ruto and First Lady "
     "Mary Ruto of Kenya for a state visit to the United States in May.", date(2024, 2, 6),
     {("joe-biden", "william-ruto", "united-states")}, {("kenya", "william-ruto", "kenya")}),
    ("ru", "Председатель КНР Си Цзиньпин примет Владимира Путина с государственным визитом в мае.",
     date(2024, 2, 6), {("xi-jinping", "vladimir-putin", "china")}, {("china", "vladimir-putin", "china")}),
    ("uk", "Президент Польщі Анджей Дуда прийме Володимира Зеленського з офіційним візитом наступного тижня.",
     date(2023, 2, 6), {("andrzej-duda", "volodymyr-zelenskyy", "poland")}, set()),
    # near miss: accepting an invitation to a state visit hosts nobody
    ("uk", "Токаєв прийняв запрошення Сі Цзіньпіна здійснити державний візит до Китаю.", date(2024, 2, 6),
     {("xi-jinping", "kassym-jomart-tokayev", "china")}, {("kassym-jomart-tokayev", "xi-jinping", "kazakhstan")}),
    # the guest's own state never invites him
    ("en", "President Ruto expressed gratitude for the invitation, calling it a sign of six decades of ties with "
     "Kenya.", date(2024, 2, 6), set(), {("kenya", "william-ruto", "kenya")}),
]

PLACES = [
    # a country named in a later clause about another trip is not the destination
    ("ru", "Президент Индонезии Прабово Субианто пригласил президента России Владимира Путина, предложив, чтобы "
     "Индия не была единственной страной в его маршруте.", date(2024, 2, 6),
     {("prabowo-subianto", "vladimir-putin", "indonesia")}, {("prabowo-subianto", "vladimir-putin", "india")}),
    ("uk", "Президент Казахстану Касим-Жомарт Токаєв запросив Володимира Зеленського, нагадавши, що Туреччина вже "
     "приймала переговори.", date(2024, 2, 6), set(), {("kassym-jomart-tokayev", "volodymyr-zelenskyy", "turkey")}),
    # near miss: a later clause that tells of the visit names its place
    ("en", "Prime Minister Narendra Modi invited Vladimir Putin, asking him to visit New Delhi next year.",
     date(2024, 2, 6), {("narendra-modi", "vladimir-putin", "new-delhi")}, set()),
]

SUMMIT_OFFERS = [
    ("uk", "Президент Аргентини Хав'єр Мілей запропонував Президенту України Володимиру Зеленському провести в "
     "Аргентині саміт щодо миру.", date(2023, 12, 12), {("javier-milei", "volodymyr-zelenskyy", "argentina")},
     set()),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев предложил Владимиру Путину провести в Астане саммит лидеров.",
     date(2024, 2, 6), {("kassym-jomart-tokayev", "vladimir-putin", "astana")}, set()),
    ("en", "Brazilian President Lula proposed to Gustavo Petro holding a summit in Brasília next year.",
     date(2024, 2, 6), {("luiz-inacio-lula-da-silva", "gustavo-petro", "brasilia")}, set()),
    # near misses: talks without a place, and a summit in a third country, invite nobody anywhere
    ("ru", "Токаев предложил Путину провести переговоры по видеосвязи.", date(2024, 2, 6), set(),
     {("kassym-jomart-tokayev", "vladimir-putin", "kazakhstan")}),
    ("uk", "Мілей запропонував Зеленському провести саміт у Женеві.", date(2024, 2, 6), set(),
     {("javier-milei", "volodymyr-zelenskyy", "geneva"), ("javier-milei", "volodymyr-zelenskyy", "argentina")}),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), HOSTS + PLACES + SUMMIT_OFFERS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(HOSTS + PLACES + SUMMIT_OFFERS)])
def test_the_host_leader_and_the_place_of_the_invitations_own_clause(
        lang: str, text: str, published: date, expected: set[tuple[str, str, str]],
        absent: set[tuple[str, str, str]]) -> None:
    found = _triples(text, lang, published)
    assert expected <= found
    assert not absent & found


MISSED_BEFORE = [
    # the guest thanks for the invitation without naming the host: the host is the one he was received by
    ("en", "Foreign Minister of Armenia Ararat Mirzoyan received Foreign Minister of Georgia Ilia Darchiashvili in "
     "Yerevan. Expressing gratitude for the invitation and the warm reception, Ilia Darchiashvili stressed the "
     "importance of the talks.", date(2024, 4, 18), {("ararat-mirzoyan", "ilia-darchiashvili", "armenia")}, set()),
    ("uk", "Сибіга зустрівся з Сікорським у Варшаві. Висловивши вдячність за запрошення, Сибіга наголосив на "
     "партнерстві.", date(2024, 4, 18), {("radoslaw-sikorski", "andrii-sybiha", "poland")}, set()),
    # near miss: gratitude for something else is no invitation
    ("en", "Ruto met Biden. Ruto expressed gratitude for the support of the United States.", date(2024, 4, 18),
     set(), {("joe-biden", "william-ruto", "united-states")}),
    # a visit under way or about to be made is an invitation its host gave
    ("en", "BOGOTA, April 18 — The president of Brazil, Luiz Inácio Lula da Silva, will meet with his Colombian "
     "counterpart, Gustavo Petro. During the official visit that da Silva will carry out until Thursday, trade will "
     "be discussed.", date(2024, 4, 18), {("gustavo-petro", "luiz-inacio-lula-da-silva", "colombia")}, set()),
    ("ru", "Президент Бразилии Лула да Силва, который совершит официальный визит в Колумбию, обсудит торговлю "
     "с Густаво Петро.", date(2024, 4, 18), {("gustavo-petro", "luiz-inacio-lula-da-silva", "colombia")}, set()),
    # near misses: a visit under way is told as its meeting, not as an invitation
    ("ru", "Президент Бразилии Лула да Силва, находящийся с официальным визитом в Колумбии, обсудил торговлю "
     "с Густаво Петро.", date(2024, 4, 18), set(), {("gustavo-petro", "luiz-inacio-lula-da-silva", "colombia")}),
    # near misses: a visit recalled from the past invites nobody
    ("en", "During his official visit to China last year, Lula met Xi Jinping.", date(2024, 4, 18), set(),
     {("xi-jinping", "luiz-inacio-lula-da-silva", "china")}),
    ("ru", "Во время государственного визита в Китай в прошлом году Путин встретился с Си Цзиньпином.",
     date(2024, 4, 18), set(), {("xi-jinping", "vladimir-putin", "china")}),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), MISSED_BEFORE,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(MISSED_BEFORE)])
def test_thanks_for_an_unnamed_hosts_invitation_and_a_visit_under_way(
        lang: str, text: str, published: date, expected: set[tuple[str, str, str]],
        absent: set[tuple[str, str, str]]) -> None:
    found = _triples(text, lang, published)
    assert expected <= found
    assert not absent & found


WELCOMING_A_COLLEAGUE = [
    # "I look forward to welcoming my colleague in <city>": the speaker invites the counterpart of his office
    ("uk", "Сибіга поговорив із Сікорським. \"Я з нетерпінням чекаю можливості незабаром привітати мого польського "
     "колегу в Києві\", — сказав Сибіга.", date(2024, 9, 7), {("andrii-sybiha", "radoslaw-sikorski", "kyiv")},
     {("andrii-sybiha", "donald-tusk", "kyiv")}),
    ("uk", "Міністр Андрій Сибіга провів розмову з Радославом Сікорським. \"Чекаю нагоди незабаром привітати мого "
     "польського колегу в Києві\", — підсумував він.", date(2024, 9, 7),
     {("andrii-sybiha", "radoslaw-sikorski", "kyiv")}, set()),
    ("en", "Sybiha spoke with Sikorski. \"I look forward to welcoming my Polish counterpart in Kyiv soon,\" "
     "Sybiha said.",
     date(2024, 9, 7), {("andrii-sybiha", "radoslaw-sikorski", "kyiv")}, {("andrii-sybiha", "donald-tusk", "kyiv")}),
    # near miss: awaiting an opportunity to do something else is no invitation
    ("uk", "Сибіга поговорив із Сікорським. \"Чекаю можливості незабаром поглибити співпрацю\", — сказав Сибіга.",
     date(2024, 9, 7), set(), {("andrii-sybiha", "radoslaw-sikorski", "ukraine")}),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected", "absent"), WELCOMING_A_COLLEAGUE,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(WELCOMING_A_COLLEAGUE)])
def test_looking_forward_to_welcoming_a_colleague_is_an_invitation(
        lang: str, text: str, published: date, expected: set[tuple[str, str, str]],
        absent: set[tuple[str, str, str]]) -> None:
    found = _triples(text, lang, published)
    assert expected <= found
    assert not absent & found
