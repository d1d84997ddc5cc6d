"""Treaties and invitations by the causes of the errors seen on real news (issue #15), second round: a batch of
documents handed over as "an exchange of 12 signed documents"; a batch whose next sentence only tells the kinds of
its documents ("among them agreements and protocols"), which names no document of its own; a signing told as what
something "will lead to", still to come. Rows in Russian, Ukrainian and English, with near misses. The sentences are
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)
TALKS = {"ru": "Путин и Рахмон провели переговоры в Душанбе. ", "uk": "Путін і Рахмон провели переговори в Душанбе. ",
         "en": "Putin and Rahmon held talks in Dushanbe. "}
PAIR = frozenset({"russia", "tajikistan"})


def _treaties(lang: str, text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(t.parties), t.label) for t in facts(TALKS[lang] + text, lang, REF).treaties]


EXCHANGED_SIGNED = [
    ("ru", "По итогам переговоров состоялся обмен 12 подписанными документами.", "12"),
    ("ru", "Стороны обменялись 12 подписанными документами.", "12"),
    ("uk", "Відбувся обмін 12 підписаними документами.", "12"),
    ("uk", "Сторони обмінялися 9 підписаними угодами.", "9"),
    ("en", "The talks ended with an exchange of 12 signed documents.", "12"),
    ("en", "The two sides exchanged 12 signed documents.", "12"),
]


@pytest.mark.parametrize("lang,text,count", EXCHANGED_SIGNED)
def test_an_exchange_of_counted_signed_documents_is_one_batch(lang: str, text: str, count: str) -> None:
    found = _treaties(lang, text)
    assert len(found) == 1
    parties, label = found[0]
    assert parties == PAIR and count in label


EXCHANGE_NEAR_MISSES = [
    ("ru", "Стороны провели обмен мнениями о соглашении."),  # views exchanged, no document
    ("uk", "Сторони обмінялися думками щодо угоди."),
    ("en", "The two sides had an exchange of views on the agreement."),
]


@pytest.mark.parametrize("lang,text", EXCHANGE_NEAR_MISSES)
def test_an_exchange_of_views_on_a_document_signs_nothing(lang: str, text: str) -> None:
    assert _treaties(lang, text) == []


KINDS_OF_A_BATCH = [
    ("ru", "Российская и таджикская делегации утвердили более 10 документов. Среди них соглашения и протоколы. "
           "Стороны подписали план мероприятий по развитию торговли.", "10"),
    ("ru", "Стороны подписали 14 документов. В их число вошли соглашения, меморандумы и протоколы.", "14"),
    ("uk", "Делегації затвердили понад 10 документів. Серед них угоди та протоколи. "
           "Сторони підписали план заходів щодо розвитку торгівлі.", "10"),
    ("en", "The delegations approved more than 10 documents. They include agreements and protocols. "
           "The sides signed an action plan on trade.", "10"),
]


@pytest.mark.parametrize("lang,text,count", KINDS_OF_A_BATCH)
def test_a_batch_explained_only_by_the_kinds_of_its_documents_stays_one_batch(lang: str, text: str,
                                                                             count: str) -> None:
    labels = [label for parties, label in _treaties(lang, text) if parties == PAIR]
    assert any(count in label for label in labels)
    assert not any(label.lower() in ("соглашения", "угоди", "agreements") for label in labels)


NAMED_IN_A_BATCH = [
    ("ru", "Стороны подписали несколько документов. Среди них соглашение о торговле и меморандум о туризме.",
     ("соглашение о торговле", "меморандум о туризме")),
    ("uk", "Сторони підписали кілька документів. Серед них угода про торгівлю та меморандум про туризм.",
     ("угода про торгівлю", "меморандум про туризм")),
    ("en", "The sides signed several documents. They include an agreement on trade and a memorandum on tourism.",
     ("agreement on trade", "memorandum on tourism")),
]


@pytest.mark.parametrize("lang,text,labels", NAMED_IN_A_BATCH)
def test_documents_named_after_a_batch_are_still_each_their_own(lang: str, text: str,
                                                               labels: tuple[str, ...]) -> None:
    found = {label for _, label in _treaties(lang, text)}
    assert set(labels) <= found


WILL_LEAD_TO_SIGNING = [
    ("ru", "Пашинян и Алиев провели переговоры. Надеюсь, что эта договоренность приведет к подписанию мирного "
           "договора."),
    ("ru", "Пашинян и Алиев провели переговоры. Эта встреча приведёт к подписанию соглашения о торговле."),
    ("uk", "Пашинян і Алієв провели переговори. Сподіваюся, що ця домовленість призведе до підписання мирного "
           "договору."),
    ("en", "Pashinyan and Aliyev held talks. I hope this accord will lead to the signing of a peace treaty."),
]


@pytest.mark.parametrize("lang,text", WILL_LEAD_TO_SIGNING)
def test_a_signing_a_future_verb_leads_to_is_still_to_come(lang: str, text: str) -> None:
    assert facts(text, lang, REF).treaties == ()


LED_TO_SIGNING = [
    ("ru", "Пашинян и Алиев провели переговоры. Эта встреча привела к подписанию мирного договора."),
    ("ru", "Пашинян и Алиев провели переговоры. Визит завершился подписанием соглашения о торговле."),
    ("uk", "Пашинян і Алієв провели переговори. Ця зустріч призвела до підписання мирного договору."),
    ("en", "Pashinyan and Aliyev held talks. The talks led to the signing of a peace treaty."),
]


@pytest.mark.parametrize("lang,text", LED_TO_SIGNING)
def test_a_signing_a_past_verb_led_to_is_made(lang: str, text: str) -> None:
    assert {frozenset(t.parties) for t in facts(text, lang, REF).treaties} == {frozenset({"armenia", "azerbaijan"})}


ONE_BATCH_TOLD_TWICE = [
    ("ru", "Россия и Таджикистан подписали 12 документов. По итогам визита Путина в Таджикистан был подписан ряд "
           "документов.", "12 документов"),
    ("uk", "Росія та Таджикистан підписали 12 документів. За підсумками візиту Путіна до Таджикистану було підписано "
           "низку документів.", "12 документів"),
    ("en", "A number of documents were signed during the visit of Putin to Tajikistan. Russia and Tajikistan signed "
           "12 documents.", "12 documents"),
]


@pytest.mark.parametrize("lang,text,label", ONE_BATCH_TOLD_TWICE)
def test_a_batch_told_with_and_without_its_count_is_one_batch_by_its_count(lang: str, text: str, label: str) -> None:
    assert [t.label for t in facts(text, lang, REF).treaties] == [label]


BATCH_BESIDE_ONE_DOCUMENT = [
    ("en", "Uzbekistan and Tajikistan signed several agreements. Uzbekistan and Tajikistan also signed an Agreement "
           "on the state border.", 2),
    ("ru", "Россия и Таджикистан подписали 12 документов. Россия и Таджикистан подписали соглашение о границе.", 2),
    ("uk", "Росія та Таджикистан підписали 12 документів. Росія та Таджикистан підписали угоду про кордон.", 2),
]


@pytest.mark.parametrize("lang,text,count", BATCH_BESIDE_ONE_DOCUMENT)
def test_a_counted_batch_is_not_the_single_document_told_beside_it(lang: str, text: str, count: int) -> None:
    assert len(facts(text, lang, REF).treaties) == count


NAMED_AND_DESCRIBED = [
    ("en", "Peru and Colombia closed the meeting with the signing of the Arequipa Declaration. The two presidents "
           "also signed a declaration concerning regional trade.", ["Arequipa Declaration"]),
    ("en", "Peru and Colombia signed the Arequipa Declaration. Peru and Colombia also signed the Lima Declaration.",
     ["Arequipa Declaration", "Lima Declaration"]),  # two names, two documents
]


@pytest.mark.parametrize("lang,text,labels", NAMED_AND_DESCRIBED)
def test_a_named_declaration_told_again_by_its_subject_is_one_document(lang: str, text: str,
                                                                      labels: list[str]) -> None:
    assert sorted(t.label for t in facts(text, lang, REF).treaties) == labels


DECLINED_INVITATIONS = [
    ("en", "Lula spoke with Putin, declining an invitation to visit Russia."),
    ("en", "Lula said he spoke with Putin, refusing an invitation to go to Russia."),
    ("en", "Lula spoke with Putin and declined an invitation to visit Russia."),
    ("ru", "Лула поговорил с Путиным и отказался от приглашения посетить Россию."),
    ("uk", "Лула поговорив з Путіним і відмовився від запрошення відвідати Росію."),
]


@pytest.mark.parametrize("lang,text", DECLINED_INVITATIONS)
def test_a_declined_invitation_was_given_by_the_hosts_leader(lang: str, text: str) -> None:
    found = [(i.inviter, i.invitee, i.destination, i.accepted) for i in facts(text, lang, REF).invitations]
    assert found == [("vladimir-putin", "luiz-inacio-lula-da-silva", "russia", False)]


DECLINE_NEAR_MISSES = [
    ("en", "Lula refused to comment on the visit of Putin to Brazil."),  # refusing to comment, no invitation
    ("ru", "Лула отказался комментировать визит Путина в Бразилию."),
]


@pytest.mark.parametrize("lang,text", DECLINE_NEAR_MISSES)
def test_refusing_something_else_is_no_invitation(lang: str, text: str) -> None:
    assert facts(text, lang, REF).invitations == ()
