"""Treaties and agreements told in the many ways outlets tell them, in Russian, Ukrainian and English: signed,
concluded, initialled, ratified, extended, entered into force or expired; one document or a batch; memoranda of
ministries and contracts of companies; the parties as states, capitals, leaders or companies; with the near misses
that tell no document (a plan, a talk, a verbal understanding, a signing refused, put off or denied, a yes-or-no
question). The sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)


def _treaties(lang: str, text: str) -> set[tuple[frozenset[str], str | None]]:
    """Each treaty's parties and status."""
    return {(frozenset(t.parties), t.status) for t in facts(text, lang, REF).treaties}


SIGNED_WORDINGS = [
    # active, passive, the parties as states, capitals, leaders, ministries; the fact in a subordinate clause
    ("en", "Russia and China signed an agreement on energy cooperation on Tuesday.", ("russia", "china")),
    ("en", "An agreement on energy cooperation was signed by Russia and China.", ("russia", "china")),
    ("en", "Moscow and Beijing inked a deal on gas supplies.", ("russia", "china")),
    ("en", "Russia and China put pen to paper on a deal on gas supplies.", ("russia", "china")),
    ("en", "Russia and China clinched a deal on gas supplies.", ("russia", "china")),
    ("en", "The foreign ministers of Russia and China signed a memorandum of understanding on tourism.",
     ("russia", "china")),
    ("en", "Three agreements on trade were signed between Russia and China.", ("russia", "china")),
    ("en", "Putin and Xi oversaw the signing of an agreement on energy cooperation.", ("russia", "china")),
    ("en", "Russia signed an agreement on energy cooperation with China.", ("russia", "china")),
    ("en", "He said that Russia and China had signed an agreement on energy cooperation.", ("russia", "china")),
    ("en", "Gazprom and CNPC signed a contract for gas supplies.", ("gazprom", "cnpc")),
    ("ru", "Россия и Китай подписали соглашение о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Соглашение о сотрудничестве в энергетике подписано Россией и Китаем.", ("russia", "china")),
    ("ru", "Между Россией и Китаем было подписано соглашение о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Москва и Пекин заключили договор о выдаче.", ("russia", "china")),
    ("ru", "Россия и Китай скрепили подписями соглашение о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Россией и Китаем заключено соглашение о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Министерства сельского хозяйства России и Китая подписали меморандум об экспорте зерна.",
     ("russia", "china")),
    ("ru", "Он сообщил, что Россия и Китай подписали соглашение о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Россия подписала с Китаем соглашение о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Россия и Китай достигли договоренности о сотрудничестве в энергетике.", ("russia", "china")),
    ("ru", "Роснефть и CNPC подписали контракт на поставку нефти.", ("rosneft", "cnpc")),
    ("uk", "Україна та Польща підписали угоду про співпрацю в енергетиці.", ("ukraine", "poland")),
    ("uk", "Угоду про співпрацю в енергетиці підписали Україна та Польща.", ("ukraine", "poland")),
    ("uk", "Між Україною та Польщею було підписано угоду про співпрацю в енергетиці.", ("ukraine", "poland")),
    ("uk", "Київ і Варшава уклали договір про екстрадицію.", ("ukraine", "poland")),
    ("uk", "Україна та Польща скріпили підписами угоду про співпрацю в енергетиці.", ("ukraine", "poland")),
    ("uk", "Україною та Польщею укладено угоду про співпрацю в енергетиці.", ("ukraine", "poland")),
    ("uk", "Він повідомив, що Україна та Польща підписали угоду про співпрацю в енергетиці.", ("ukraine", "poland")),
    ("uk", "Україна підписала з Польщею угоду про співпрацю в енергетиці.", ("ukraine", "poland")),
    ("uk", "Нафтогаз і Orlen уклали контракт на постачання газу.", ("naftogaz", "orlen")),
]


@pytest.mark.parametrize("lang,text,parties", SIGNED_WORDINGS)
def test_a_signed_document_is_read_in_every_wording(lang, text, parties):
    assert _treaties(lang, text) == {(frozenset(parties), None)}


STATUS_WORDINGS = [
    ("en", "Russia and Belarus extended the agreement on gas transit.", ("russia", "belarus"), "extended"),
    ("en", "The agreement between Georgia and China on free trade entered into force on January 1.",
     ("georgia", "china"), "in_force"),
    ("en", "The agreement between Russia and Ukraine on gas transit expired on January 1.",
     ("russia", "ukraine"), "expired"),
    ("en", "The agreement between Georgia and China on free trade came into force on January 1.",
     ("georgia", "china"), "in_force"),
    ("en", "The agreement between Georgia and China on free trade took effect on January 1.",
     ("georgia", "china"), "in_force"),
    ("en", "The agreement between Georgia and China on free trade came into effect on January 1.",
     ("georgia", "china"), "in_force"),
    ("en", "The agreement between Russia and Ukraine on gas transit ran out on January 1.",
     ("russia", "ukraine"), "expired"),
    ("ru", "Соглашение между Грузией и Китаем о свободной торговле вступило в действие 1 января.",
     ("georgia", "china"), "in_force"),
    ("ru", "Соглашение между Россией и Украиной о транзите газа утратило силу 1 января.",
     ("russia", "ukraine"), "expired"),
    ("uk", "Угода між Україною та Польщею про вільну торгівлю набрала чинності 1 січня.",
     ("ukraine", "poland"), "in_force"),
    ("uk", "Угода між Росією та Україною про транзит газу втратила чинність 1 січня.",
     ("russia", "ukraine"), "expired"),
    ("ru", "Россия и Белоруссия продлили соглашение о транзите газа.", ("russia", "belarus"), "extended"),
    ("ru", "Соглашение между Грузией и Китаем о свободной торговле вступило в силу 1 января.",
     ("georgia", "china"), "in_force"),
    ("ru", "Соглашение между Россией и Украиной о транзите газа истекло 1 января.", ("russia", "ukraine"), "expired"),
    ("uk", "Україна та Польща продовжили угоду про транзит газу.", ("ukraine", "poland"), "extended"),
    ("uk", "Угода між Україною та Польщею про вільну торгівлю набула чинності 1 січня.",
     ("ukraine", "poland"), "in_force"),
    ("uk", "Угода між Росією та Україною про транзит газу сплила 1 січня.", ("russia", "ukraine"), "expired"),
]


@pytest.mark.parametrize("lang,text,parties,status", STATUS_WORDINGS)
def test_a_document_extended_in_force_or_expired_keeps_its_status(lang, text, parties, status):
    assert _treaties(lang, text) == {(frozenset(parties), status)}


MADE_NOT_SIGNED = [
    ("en", "Kazakhstan and Uzbekistan initialled an agreement on the border.", ("kazakhstan", "uzbekistan")),
    ("en", "The parliament of Kazakhstan ratified the agreement with Uzbekistan on the border.",
     ("kazakhstan", "uzbekistan")),
    ("ru", "Казахстан и Узбекистан парафировали соглашение о границе.", ("kazakhstan", "uzbekistan")),
    ("ru", "Парламент Казахстана ратифицировал соглашение с Узбекистаном о границе.", ("kazakhstan", "uzbekistan")),
    ("ru", "Казахстан и Узбекистан обменялись ратификационными грамотами договора о границе.",
     ("kazakhstan", "uzbekistan")),
    ("uk", "Казахстан і Узбекистан обмінялися ратифікаційними грамотами договору про кордон.",
     ("kazakhstan", "uzbekistan")),
    ("uk", "Україна та Польща парафували угоду про кордон.", ("ukraine", "poland")),
    ("uk", "Верховна Рада ратифікувала угоду з Польщею про кордон.", ("ukraine", "poland")),
]


@pytest.mark.parametrize("lang,text,parties", MADE_NOT_SIGNED)
def test_an_initialled_or_ratified_document_is_a_treaty_without_a_signing_date(lang, text, parties):
    found = facts(text, lang, REF).treaties
    assert [(frozenset(t.parties), t.signed_on) for t in found] == [(frozenset(parties), None)]


BATCHES = [
    ("en", "Kazakhstan and Uzbekistan have signed 15 documents."),
    ("en", "Kazakhstan and Uzbekistan signed a raft of agreements on trade."),
    ("ru", "Казахстан и Узбекистан подписали ряд документов."),
    ("uk", "Казахстан і Узбекистан підписали низку документів."),
    ("en", "Kazakhstan and Uzbekistan signed a package of documents."),
    ("ru", "Казахстан и Узбекистан подписали 15 документов."),
    ("ru", "Казахстан и Узбекистан подписали пакет документов."),
    ("uk", "Казахстан і Узбекистан підписали 15 документів."),
    ("uk", "Казахстан і Узбекистан підписали пакет документів."),
]


@pytest.mark.parametrize("lang,text", BATCHES)
def test_a_batch_of_documents_is_one_treaty_between_the_signers(lang, text):
    assert _treaties(lang, text) == {(frozenset(("kazakhstan", "uzbekistan")), None)}


NO_DOCUMENT = [
    # planned, hoped, possible, prepared: no document yet
    ("en", "Russia and China plan to sign an agreement on energy cooperation."),
    ("en", "Russia and China are expected to sign an agreement on energy cooperation."),
    ("en", "Russia and China could sign an agreement on energy cooperation next month."),
    ("en", "Russia and China had planned to sign an agreement on energy cooperation last year."),
    ("en", "Russia and China were supposed to sign an agreement on energy cooperation last year."),
    # close to a signing, not yet signed, counting on one
    ("en", "Russia and China are close to signing an agreement on energy cooperation."),
    ("en", "Russia and China have yet to sign an agreement on energy cooperation."),
    ("ru", "Россия и Китай близки к подписанию соглашения о сотрудничестве в энергетике."),
    ("ru", "Россия и Китай рассчитывают подписать соглашение о сотрудничестве в энергетике."),
    ("uk", "Україна та Польща близькі до підписання угоди про співпрацю в енергетиці."),
    ("uk", "Україна та Польща розраховують підписати угоду про співпрацю в енергетиці."),
    ("ru", "Россия и Китай планируют подписать соглашение о сотрудничестве в энергетике."),
    ("ru", "Россия и Китай собирались подписать соглашение о сотрудничестве в энергетике в прошлом году."),
    ("ru", "Россия и Китай подготовили проект соглашения о сотрудничестве в энергетике."),
    ("uk", "Україна та Польща планують підписати угоду про співпрацю в енергетиці."),
    ("uk", "Україна та Польща мають намір укласти угоду про співпрацю в енергетиці."),
    # discussed, negotiated
    ("en", "Russia and China are negotiating an agreement on energy cooperation."),
    ("ru", "Россия и Китай ведут переговоры о соглашении о сотрудничестве в энергетике."),
    ("uk", "Україна та Польща обговорили угоду про співпрацю в енергетиці."),
    # a plain denial
    ("en", "Russia and China did not sign an agreement on energy cooperation."),
    ("ru", "Россия и Китай не подписали соглашение о сотрудничестве в энергетике."),
    ("uk", "Україна та Польща не змогли підписати угоду про співпрацю в енергетиці."),
]


@pytest.mark.parametrize("lang,text", NO_DOCUMENT)
def test_a_document_planned_discussed_or_not_signed_is_no_treaty(lang, text):
    assert _treaties(lang, text) == set()


VERBAL = [
    ("en", "Russia and China struck a verbal agreement on energy cooperation."),
    ("en", "Russia and China reached an oral agreement on energy cooperation."),
    ("ru", "Россия и Китай достигли устной договоренности о сотрудничестве в энергетике."),
    ("ru", "Россия и Китай достигли словесной договоренности о сотрудничестве в энергетике."),
    ("uk", "Україна та Польща досягли усної домовленості про співпрацю в енергетиці."),
    ("uk", "Україна та Польща досягли словесної домовленості про співпрацю в енергетиці."),
]


DRAFTS = [
    ("en", "Russia and China agreed on a draft agreement on energy cooperation."),
    ("ru", "Россия и Китай согласовали проект соглашения о сотрудничестве в энергетике."),
    ("uk", "Україна та Польща узгодили проєкт угоди про співпрацю в енергетиці."),
]


@pytest.mark.parametrize("lang,text", DRAFTS)
def test_a_draft_agreed_is_no_treaty(lang, text):
    assert _treaties(lang, text) == set()


@pytest.mark.parametrize("lang,text", VERBAL)
def test_a_verbal_understanding_is_no_treaty(lang, text):
    assert _treaties(lang, text) == set()


SIGNING_BLOCKED = [
    ("en", "Russia and China postponed the signing of an agreement on energy cooperation."),
    ("en", "Russia and China refused to sign an agreement on energy cooperation."),
    ("en", "Russia and China failed to sign an agreement on energy cooperation."),
    ("en", "Russia and China denied signing an agreement on energy cooperation."),
    ("en", "The signing of an agreement on energy cooperation between Russia and China was cancelled."),
    ("ru", "Россия и Китай отложили подписание соглашения о сотрудничестве в энергетике."),
    ("ru", "Россия и Китай отказались подписать соглашение о сотрудничестве в энергетике."),
    ("ru", "Россия и Китай отрицают подписание соглашения о сотрудничестве в энергетике."),
    ("ru", "Россия и Китай опровергли подписание соглашения о сотрудничестве в энергетике."),
    ("ru", "Подписание соглашения о сотрудничестве в энергетике между Россией и Китаем перенесено."),
    ("uk", "Україна та Польща відклали підписання угоди про співпрацю в енергетиці."),
    ("uk", "Україна та Польща відмовилися підписати угоду про співпрацю в енергетиці."),
    ("uk", "Україна та Польща спростували підписання угоди про співпрацю в енергетиці."),
    ("uk", "Підписання угоди про співпрацю в енергетиці між Україною та Польщею скасували."),
]


@pytest.mark.parametrize("lang,text", SIGNING_BLOCKED)
def test_a_signing_refused_put_off_or_denied_is_no_treaty(lang, text):
    assert _treaties(lang, text) == set()


QUESTIONS = [
    ("en", "Will Russia and China sign an agreement on energy cooperation?"),
    ("en", "Did Russia and China sign an agreement on energy cooperation?"),
    ("ru", "Подписали ли Россия и Китай соглашение о сотрудничестве в энергетике?"),
    ("ru", "Подпишут ли Россия и Китай соглашение о сотрудничестве в энергетике?"),
    ("uk", "Чи підписали Україна та Польща угоду про співпрацю в енергетиці?"),
    ("uk", "Чи підпишуть Україна та Польща угоду про співпрацю в енергетиці?"),
]


@pytest.mark.parametrize("lang,text", QUESTIONS)
def test_a_yes_no_question_about_a_signing_is_no_treaty(lang, text):
    assert _treaties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Why did Russia and China sign an agreement on energy cooperation?", ("russia", "china")),
    ("ru", "Зачем Россия и Китай подписали соглашение о сотрудничестве в энергетике?", ("russia", "china")),
])
def test_a_question_that_takes_the_signing_as_given_keeps_the_treaty(lang, text, parties):
    assert _treaties(lang, text) == {(frozenset(parties), None)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and China are in agreement that trade must grow."),
    ("en", "Under the agreement between Russia and China, gas deliveries will rise."),
    ("en", "Russia and China agreed to strengthen energy cooperation."),
    ("ru", "В соответствии с соглашением между Россией и Китаем поставки газа вырастут."),
    ("ru", "Россия и Китай согласились укреплять сотрудничество в энергетике."),
    ("uk", "Відповідно до угоди між Україною та Польщею постачання газу зростуть."),
    ("uk", "Україна та Польща погодилися зміцнювати співпрацю в енергетиці."),
])
def test_agreement_as_consent_or_as_a_source_of_rules_is_no_new_treaty(lang, text):
    assert _treaties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Putin met Xi in Beijing on Monday. The two leaders signed an agreement on energy cooperation.",
     ("russia", "china")),
    ("en", "Putin met Xi in Beijing on Monday. They signed an agreement on energy cooperation.", ("russia", "china")),
    ("ru", "Путин встретился с Си Цзиньпином в Пекине. Стороны подписали соглашение о сотрудничестве в энергетике.",
     ("russia", "china")),
    ("ru", "Путин встретился с Си Цзиньпином в Пекине. Они подписали соглашение о сотрудничестве в энергетике.",
     ("russia", "china")),
    ("uk", "Зеленський зустрівся з Дудою у Варшаві. Сторони підписали угоду про співпрацю в енергетиці.",
     ("ukraine", "poland")),
    ("uk", "Зеленський зустрівся з Дудою у Варшаві. Вони підписали угоду про співпрацю в енергетиці.",
     ("ukraine", "poland")),
])
def test_signers_told_by_a_pronoun_or_a_bare_noun_are_the_two_who_met(lang, text, parties):
    assert _treaties(lang, text) == {(frozenset(parties), None)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and China signed an agreement on energy on March 3 and a memorandum on tourism on March 4."),
    ("uk", "Україна та Польща підписали угоду про енергетику 3 березня та меморандум про туризм 4 березня."),
])
def test_two_documents_signed_on_two_days_keep_each_its_day(lang, text):
    days = sorted(t.signed_on.day for t in facts(text, lang, REF).treaties if t.signed_on)
    assert days == [3, 4]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and China signed an agreement on energy and a memorandum on tourism on March 4."),
    ("uk", "Україна та Польща підписали угоду про енергетику та меморандум про туризм 4 березня."),
])
def test_two_documents_with_one_day_told_after_both_share_it(lang, text):
    days = sorted(t.signed_on.day for t in facts(text, lang, REF).treaties if t.signed_on)
    assert days == [4, 4]
