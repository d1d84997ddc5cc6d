"""Treaties and trade figures by the families of errors seen on batch 16 of the real news (issue #15, round 22).
Plural "documents" as the signing's own object are one batch signed ("the ministers inked trade documents",
"attended the signing and exchange of documents on water", "после переговоров были подписаны двусторонние
документы"), a batch of its own unless the documents named right after it explain it. A signing noun with a word of
planning after it ("the signing of documents is not planned") signs nothing. Reaching a document as an aim
("договорились достичь партнёрства", "прагнуть досягти угоди", "agreed to reach a deal") is no document. Exports
"to its neighbour" go to the article's other state. Rows in Russian, Ukrainian and English, with near misses. The
sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, treaty_party_sets_as_listed

MAR_14_2025 = date(2025, 3, 14)


KZ_UZ = frozenset({"kazakhstan", "uzbekistan"})

DOCUMENTS_SIGNED = [
    ("en", "The ministers of Kazakhstan and Uzbekistan inked trade documents in Tashkent."),
    ("en", "Kazakhstan and Uzbekistan signed important documents on Friday."),
    ("en", "Kazakhstan and Uzbekistan attended the signing and exchange of documents on water and transport."),
    ("en", "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Astana. Both then attended the signing of bilateral "
           "documents on water and transport."),
    ("ru", "Казахстан и Узбекистан подписали отраслевые и двусторонние документы."),
    ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры в Астане. После переговоров были подписаны "
           "двусторонние документы о транзите."),
    ("uk", "Казахстан і Узбекистан підписали галузеві та двосторонні документи."),
    ("uk", "Касим-Жомарт Токаєв і Шавкат Мірзійоєв провели переговори в Астані. Після переговорів було підписано "
           "двосторонні документи про транзит."),
]


@pytest.mark.parametrize("lang,text", DOCUMENTS_SIGNED)
def test_documents_the_signing_acts_on_are_one_batch(lang: str, text: str) -> None:
    assert treaty_party_sets_as_listed(text, lang, MAR_14_2025) == [KZ_UZ]


DOCUMENTS_NOT_SIGNED_HERE = [
    ("en", "Kazakhstan and Uzbekistan said the signed documents would boost trade."),
    ("en", "Kazakhstan and Uzbekistan will sign documents next week."),
    ("en", "Kazakhstan and Uzbekistan held talks. The signing of documents is not planned."),
    ("ru", "Казахстан и Узбекистан считают, что подписанные документы укрепят торговлю."),
    ("ru", "Казахстан и Узбекистан подпишут документы на следующей неделе."),
    ("ru", "Президенты Казахстана и Узбекистана проведут переговоры. Подписание документов не планируется."),
    ("uk", "Казахстан і Узбекистан вважають, що підписані документи зміцнять торгівлю."),
    ("uk", "Президенти Казахстану та Узбекистану проведуть переговори. Підписання документів за їх підсумками не "
           "планується."),
]


@pytest.mark.parametrize("lang,text", DOCUMENTS_NOT_SIGNED_HERE)
def test_documents_told_again_to_come_or_not_planned_are_no_batch(lang: str, text: str) -> None:
    assert treaty_party_sets_as_listed(text, lang, MAR_14_2025) == []


BATCH_AND_NAMED = [
    # a batch no sentence right after it explains is one of its own, beside a document named far from it
    ("en", "Kazakhstan and Uzbekistan inked trade documents on Friday. The presidents discussed water, energy and "
           "transit. They recalled that Kazakhstan and Uzbekistan signed the Treaty on Allied Relations last year.", 2),
    ("ru", "Казахстан и Узбекистан подписали межправительственные документы. Президенты обсудили воду и транзит. "
           "Они напомнили, что Казахстан и Узбекистан подписали Договор о союзнических отношениях в прошлом году.", 2),
    # ... the documents named in the next sentence are what the ceremony signed
    ("en", "The talks ended with a ceremony of signing documents. Kazakhstan and Uzbekistan signed the Memorandum "
           "on water sharing.", 1),
    ("ru", "Переговоры завершились церемонией подписания документов. Казахстан и Узбекистан подписали Меморандум о "
           "водных ресурсах.", 1),
    ("uk", "Переговори завершилися церемонією підписання документів. Казахстан і Узбекистан підписали Меморандум "
           "про водні ресурси.", 1),
]


@pytest.mark.parametrize("lang,text,count", BATCH_AND_NAMED)
def test_a_batch_is_its_own_unless_the_next_sentence_names_its_documents(lang: str, text: str, count: int) -> None:
    assert treaty_party_sets_as_listed(text, lang, MAR_14_2025) == [KZ_UZ] * count


REACHED_AS_AN_AIM = [
    ("en", "South Korea and Singapore agreed to reach a strategic partnership this year."),
    ("ru", "Южная Корея и Сингапур договорились достичь стратегического партнёрства в этом году."),
    ("ru", "Президенты Аргентины и Бразилии обсудят торговлю, чтобы достичь соглашения о свободной торговле."),
    ("uk", "Південна Корея і Сінгапур домовилися досягти стратегічного партнерства цього року."),
    ("uk", "Аргентина та Бразилія прагнуть досягти угоди про вільну торгівлю."),
]


@pytest.mark.parametrize("lang,text", REACHED_AS_AN_AIM)
def test_reaching_a_document_as_an_aim_is_no_treaty(lang: str, text: str) -> None:
    assert treaty_party_sets_as_listed(text, lang, MAR_14_2025) == []


REACHED_DONE = [
    ("en", "Argentina and Brazil managed to reach a free trade agreement."),
    ("ru", "Аргентина и Бразилия достигли соглашения о свободной торговле."),
    ("ru", "Аргентине и Бразилии удалось достичь соглашения о свободной торговле."),
    ("uk", "Аргентина та Бразилія досягли угоди про вільну торгівлю."),
    ("uk", "Аргентині та Бразилії вдалося досягти угоди про вільну торгівлю."),
]


@pytest.mark.parametrize("lang,text", REACHED_DONE)
def test_a_document_reached_or_managed_is_a_treaty(lang: str, text: str) -> None:
    assert treaty_party_sets_as_listed(text, lang, MAR_14_2025) == [frozenset({"argentina", "brazil"})]


NEIGHBOUR = [
    ("en", "Javier Milei met Lula da Silva in Brasilia. Argentine exports to its neighbour came to $9.5 billion "
           "last year.", "brazil"),
    ("en", "Javier Milei met Lula da Silva in Brasilia. Argentina's exports to the neighbouring country reached "
           "$9.5 billion in 2023.", "brazil"),
    ("ru", "Хавьер Милей встретился с Лулой да Силвой в Бразилиа. Экспорт Аргентины в соседнюю страну составил "
           "9,5 млрд долларов в 2023 году.", "brazil"),
    ("uk", "Хав'єр Мілей зустрівся з Лулою да Сілвою в Бразиліа. Експорт Аргентини до сусідньої країни склав "
           "9,5 млрд доларів у 2023 році.", "brazil"),
    # near miss: a neighbour the sentence names is that one
    ("en", "Javier Milei met Lula da Silva in Brasilia. Argentine exports to Chile and its other neighbours reached "
           "$9.5 billion in 2023.", "chile"),
]


@pytest.mark.parametrize("lang,text,buyer", NEIGHBOUR)
def test_exports_to_its_neighbour_go_to_the_articles_other_state(lang: str, text: str, buyer: str) -> None:
    figures = [f for f in facts(text, lang, MAR_14_2025).trade_facts if f.measure == "valueUSD"]
    assert [(f.supplier, f.buyer) for f in figures] == [("argentina", buyer)]
