"""Agreements the lexicon does not know, and known names used for other treaties: parties, dates, labels."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, merged

from kg.records import Treaty

REF = date(2025, 6, 10)


@pytest.mark.parametrize("lang,text,parties", [
    ("uk", "У Відні підписали угоду між «Нафтогазом» та «Газпромом» про транзит на п'ять років.",
     ("gazprom", "naftogaz")),
    ("ru", "Россия и Украина подтвердили, что соглашение между «Нафтогазом» и «Газпромом» подписано в декабре.",
     ("gazprom", "naftogaz")),
    ("en", "Russia welcomed the agreement between Egypt and Turkey signed in Cairo in May.", ("egypt", "turkey")),
])
def test_an_agreement_between_two_named_parties_has_those_parties(lang, text, parties):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev and Xi marked the 2002 Treaty of Good-Neighbourliness between China and Kazakhstan."),
    ("ru", "Токаев и Си Цзиньпин отметили годовщину 2002 Договора о добрососедстве между Китаем и Казахстаном."),
])
def test_a_known_name_with_another_year_is_another_treaty(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.key.startswith("new:") and treaty.signed_on.year == 2002
    assert treaty.parties == ("china", "kazakhstan")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Москва вышла из черноморской зерновой инициативы. Соглашение, подписанное в Стамбуле в 2022 году, "
           "позволяло вывозить зерно."),
    ("uk", "Москва вийшла з чорноморської зернової ініціативи. Угоду, підписану в Стамбулі у 2022 році, "
           "так і не відновили."),
    ("en", "Moscow quit the Black Sea Grain Initiative. The agreement, signed in Istanbul in 2022, let Kyiv export "
           "grain."),
])
def test_a_bare_agreement_word_is_the_agreement_just_named(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.key == "black-sea-grain-initiative" and len(treaty.evidence) == 2


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський і Макрон у Парижі підписали лист про наміри щодо закупівлі літаків."),
    ("ru", "Зеленский и Макрон в Париже подписали письмо о намерениях по закупке самолётов."),
    ("en", "Zelensky and Macron signed a letter of intent in Paris on buying aircraft."),
])
def test_a_letter_of_intent_is_one_document_whatever_the_number_of_its_words(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("france", "ukraine")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Россия и Египет подписали соглашение, которое было готово ещё в ноябре."),
    ("en", "Russia and Egypt signed an agreement which had been ready since November."),
])
def test_a_label_stops_where_a_relative_clause_begins(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.label.split()[-1].lower() not in ("которое", "which")


@pytest.mark.parametrize("lang,text,labels", [
    ("uk", "Україна та Індія підписали угоду про співпрацю в аграрній сфері та програму культурної співпраці.",
     2),
    ("ru", "Россия и Вьетнам подписали соглашение о туризме и меморандум о сотрудничестве в энергетике.", 2),
    ("en", "India and Ukraine signed an agreement on farming and a programme of cultural cooperation.", 2),
])
def test_documents_signed_together_are_one_treaty_each(lang, text, labels):
    found = facts(text, lang, REF).treaties
    assert len(found) == labels and all(len(t.parties) == 2 for t in found), found


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "KAZAN, Russia, Oct 23 (Reuters) - New Delhi and Beijing said they had reached an agreement on "
           "patrolling the border.", ("china", "india")),
    ("uk", "Путін і Алієв підписали декларацію про союзницьку взаємодію за два дні до вторгнення в Україну.",
     ("azerbaijan", "russia")),
])
def test_a_dateline_or_a_place_is_not_a_party(lang, text, parties):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and China said trade reached $240 billion in 2024, according to customs data."),
    ("ru", "Россия и Китай сообщили, что товарооборот достиг 240 млрд долларов, а соглашение ещё обсуждается."),
])
def test_reaching_a_figure_is_not_reaching_an_agreement(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("ru", "Эрдоган заявил, что соглашение может быть подписано в Стамбуле на следующей неделе."),
    ("uk", "Ердоган заявив, що угоду можуть підписати в Стамбулі наступного тижня."),
    ("en", "Erdogan said Russia and Turkey could sign the agreement in Istanbul next week."),
])
def test_an_agreement_that_may_be_signed_is_not_yet_a_treaty(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and Iran said they were ready to sign the Treaty on Comprehensive Strategic Partnership."),
    ("ru", "Россия и Иран готовы подписать Договор о всеобъемлющем стратегическом партнёрстве."),
])
def test_a_known_treaty_about_to_be_signed_is_still_that_treaty(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.key == "russia-iran-partnership-treaty-2025"


def test_a_document_signed_alongside_a_known_one_is_its_own_treaty():
    text = ("Путин и Си Цзиньпин подписали заявление об углублении отношений всеобъемлющего партнёрства и "
            "стратегического взаимодействия, а также заявление о плане развития экономического сотрудничества "
            "до 2030 года.")
    found = [f for f in merged(text, "ru", REF) if isinstance(f, Treaty)]  # the signing is also a meeting
    assert len(found) == 2 and all(t.parties == ("china", "russia") for t in found), found
    assert sorted(t.signed_on.year for t in found) == [2023, 2025]  # the known one keeps its own date


def test_a_name_that_looks_like_a_modal_word_does_not_unsign_an_agreement():
    text = "Мишустин и Ли Цян подписали соглашение о сотрудничестве в энергетике."
    (treaty,) = facts(text, "ru", REF).treaties
    assert treaty.parties == ("china", "russia")


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin hosted Aliyev and Pashinyan in Sochi. The three leaders adopted a joint statement on the border."),
    ("ru", "Путин принял Алиева и Пашиняна в Сочи. Три лидера подписали совместное заявление о границе."),
])
def test_the_leaders_counted_are_all_parties(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("armenia", "azerbaijan", "russia")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин, Раиси и Эрдоган провели переговоры, а затем выступили с совместным заявлением."),
    ("en", "Putin, Raisi and Erdogan held talks and then issued a joint statement."),
])
def test_a_joint_statement_issued_is_a_document(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert len(treaty.parties) >= 2


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "Россия и Турция подписали меморандум о взаимопонимании по северо-востоку Сирии.", ("russia", "turkey")),
    ("en", "India and Russia signed a contract for air defence systems despite the threat of US sanctions.",
     ("india", "russia")),
    ("uk", "Угоди про експорт зерна Україна та Росія підписали в Стамбулі окремо з Туреччиною та ООН.",
     ("russia", "turkey", "ukraine", "un")),
])
def test_who_signs_is_not_what_the_document_is_about(lang, text, parties):
    found = facts(text, lang, REF).treaties
    assert [t.parties for t in found] == [parties], found


def test_a_treaty_of_the_same_kind_told_again_in_other_words_is_the_known_one():
    text = ("Росія та КНДР підписали Договір про всеосяжне стратегічне партнерство. "
            "Сторони також підписали договір про взаємну допомогу у разі агресії.")
    assert [t.key for t in facts(text, "uk", REF).treaties] == ["russia-dprk-partnership-treaty-2024"]


def test_a_joint_statement_beside_a_known_treaty_is_another_document():
    text = ("Moscow and Washington extended the New START treaty. Russia and the United States issued a joint "
            "statement on strategic stability.")
    assert len(facts(text, "en", REF).treaties) == 2
