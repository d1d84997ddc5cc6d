"""Treaties named one by one after a batch, and the sentence ends that keep a batch's sentences apart."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

D = date(2025, 3, 14)


def _treaties(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(t.label, tuple(t.parties)) for t in facts(text, lang, D).treaties}


KZ_UZ = ("kazakhstan", "uzbekistan")
PL_UA = ("poland", "ukraine")


# ---- "signed twelve agreements. One of these is a memorandum on X": the member and the batch, each a treaty ------

@pytest.mark.parametrize("lang,text,batch,member,parties", [
    ("en", "The presidents of Kazakhstan and Uzbekistan signed twelve bilateral agreements on Monday. One of these is "
           "a memorandum on joint fertiliser production.", "twelve bilateral agreements",
     "memorandum on joint fertiliser production", KZ_UZ),
    ("en", "Kazakhstan and Uzbekistan signed several agreements. One is a protocol on veterinary requirements for the "
           "export of lamb to Uzbekistan.", "several agreements",
     "protocol on veterinary requirements for the export of lamb to Uzbekistan", KZ_UZ),
    ("en", "Kazakhstan and Uzbekistan signed several agreements. One of them was an agreement on water sharing.",
     "several agreements", "agreement on water sharing", KZ_UZ),
    ("ru", "Президенты Казахстана и Узбекистана подписали двенадцать двусторонних соглашений. Одним из них стал "
           "меморандум о совместном производстве удобрений.", "двенадцать двусторонних соглашений",
     "меморандум о совместном производстве удобрений", KZ_UZ),
    ("ru", "Казахстан и Узбекистан подписали ряд соглашений. В частности, протокол о ветеринарных требованиях к "
           "экспорту баранины.", "ряд соглашений", "протокол о ветеринарных требованиях к экспорту баранины", KZ_UZ),
    ("uk", "Президенти України та Польщі підписали дванадцять двосторонніх угод. Одним із них є меморандум про "
           "спільне виробництво боєприпасів.", "дванадцять двосторонніх угод",
     "меморандум про спільне виробництво боєприпасів", PL_UA),
    ("uk", "Президенти України та Польщі підписали дванадцять двосторонніх угод. Зокрема, меморандум про спільне "
           "виробництво боєприпасів.", "дванадцять двосторонніх угод",
     "меморандум про спільне виробництво боєприпасів", PL_UA),
])
def test_one_member_named_after_a_batch_is_a_treaty_beside_the_batch(lang, text, batch, member, parties):
    assert _treaties(text, lang) == {(batch, parties), (member, parties)}


@pytest.mark.parametrize("lang,text,batch", [
    # near misses: "one of these" tells of no document, or of a person
    ("en", "The presidents of Kazakhstan and Uzbekistan signed twelve bilateral agreements on Monday. One of these is "
           "a sign of trust, Tokayev said.", "twelve bilateral agreements"),
    ("en", "The presidents of Kazakhstan and Uzbekistan signed twelve bilateral agreements on Monday. One of the "
           "leaders called for a memorandum on fertilisers.", "twelve bilateral agreements"),
    ("ru", "Президенты Казахстана и Узбекистана подписали двенадцать двусторонних соглашений. Одним из них стал "
           "вопрос о воде, сказал Токаев.", "двенадцать двусторонних соглашений"),
    ("uk", "Президенти України та Польщі підписали дванадцять двосторонніх угод. Одним із них є питання енергетики.",
     "дванадцять двосторонніх угод"),
])
def test_a_batch_followed_by_one_of_them_naming_no_document_stays_one_treaty(lang, text, batch):
    assert {label for label, _ in _treaties(text, lang)} == {batch}


# ---- a name whose last syllable is one letter ("Ван І", "Ван И") ends a sentence, not a middle initial -----------

def _split(text: str, lang: str) -> list[str]:
    from kg.lexicon import load_lexicon
    from kg.text.tokens import sentences
    lexicon = load_lexicon(lang)
    return [s.text for s in sentences(text, lexicon.abbreviations, clock=lexicon.clock_abbreviations)]


@pytest.mark.parametrize("lang,text,parts", [
    ("uk", "Сибіга провів зустріч з Ван І. Міністр запросив його до Києва.", 2),
    ("ru", "Лавров провел встречу с Ван И. Министр пригласил его в Москву.", 2),
    ("uk", "Сибіга зустрівся з Ван Ї. Сторони обговорили торгівлю.", 2),
    # near misses: an initial before a surname, and a Latin middle initial, keep the sentence whole
    ("uk", "Він зустрівся з В. Зеленським у Києві.", 1),
    ("ru", "Он встретился с президентом В. Путиным в Кремле.", 1),
    ("en", "Modi spoke with Donald J. Trump on Monday.", 1),
])
def test_a_one_letter_syllable_after_a_cyrillic_name_ends_the_sentence(lang, text, parts):
    assert len(_split(text, lang)) == parts


# ---- the place of a signing is no part of a document's name: one batch told twice stays one ------------------------

def _labels(text: str, lang: str) -> set[str]:
    return {t.label for t in facts(text, lang, D).treaties}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Tokayev and Mirziyoyev signed an agreement on water sharing at the summit in Astana.",
     {"agreement on water sharing"}),
    ("en", "Tokayev and Mirziyoyev signed an agreement on water sharing at a ceremony in Astana.",
     {"agreement on water sharing"}),
    ("en", "Kazakhstan and Uzbekistan sign several agreements\nTokayev and Mirziyoyev witnessed the signing of "
           "bilateral agreements at the Akorda palace. Following the talks, both presidents witnessed signing "
           "ceremonies for various agreements.", {"several agreements"}),
    # near miss: a topic told after the document word stays its name
    ("en", "Tokayev and Mirziyoyev signed an agreement on cooperation in the energy sector.",
     {"agreement on cooperation in the energy sector"}),
])
def test_the_place_of_a_signing_is_cut_from_the_documents_name(lang, text, expected):
    assert _labels(text, lang) == expected


# ---- a trip or a stay "to sign" a document tells a signing to come, not one made ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Президент України перебуває у Парижі для підписання угоди про озброєння з Францією."),
    ("uk", "Зеленський прибув до Парижа, щоб підписати угоду про озброєння з Францією."),
    ("ru", "Президент Украины находится в Париже для подписания соглашения о вооружениях с Францией."),
    ("ru", "Зеленский прибыл в Париж, чтобы подписать соглашение о вооружениях с Францией."),
    ("en", "Zelensky is in Paris to sign an arms agreement with France."),
    ("en", "Zelensky flew to Paris in order to sign an arms agreement with France."),
])
def test_a_trip_to_sign_a_document_is_no_signing(lang, text):
    assert _labels(text, lang) == set()


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: a signing made, a purpose of the document, one document signed to sign another, a day's programme
    ("en", "Zelensky and Macron managed to sign an arms agreement.", {"arms agreement"}),
    ("en", "Ukraine and France signed a letter of intent to sign an arms agreement.", {"letter of intent"}),
    ("ru", "Зеленский и Макрон подписали соглашение для укрепления обороны.", {"соглашение для укрепления обороны"}),
    ("uk", "Зеленський прибув до Парижа. Там він підписав угоду про озброєння з Францією.",
     {"угоду про озброєння з Францією"}),
    ("en", "Today, we are to sign a declaration on allied relations, Tokayev said of Kazakhstan and Uzbekistan.",
     {"declaration on allied relations"}),
])
def test_a_signing_made_beside_a_purpose_is_still_told(lang, text, expected):
    assert _labels(text, lang) == expected


# ---- a treaty in force cited by name: its parties are the leaders' states, not a pair told in a clause after it ----

RU_IR_TREATY = "russia-iran-partnership-treaty-2025"


def _cited(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(t.key, tuple(t.parties)) for t in facts(text, lang, date(2025, 4, 17)).treaties}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Пезешкиан провели телефонный разговор. Политики обсудили сотрудничество в рамках Договора о "
           "всеобъемлющем стратегическом партнёрстве, а также ход переговоров между Ираном и США по ядерной "
           "программе."),
    ("uk", "Путін і Пезешкіан провели телефонну розмову. Політики обговорили співпрацю в рамках Договору про "
           "всеосяжне стратегічне партнерство, а також хід переговорів між Іраном і США щодо ядерної програми."),
    ("en", "Putin and Pezeshkian spoke by phone. They discussed cooperation under the Treaty on Comprehensive "
           "Strategic Partnership as well as the talks between Iran and the United States on the nuclear programme."),
    ("en", "Putin and Pezeshkian spoke by phone. They discussed cooperation under the Treaty on Comprehensive "
           "Strategic Partnership."),
])
def test_a_treaty_cited_by_name_has_the_leaders_states_not_a_pair_in_the_next_clause(lang, text):
    assert _cited(text, lang) == {(RU_IR_TREATY, ("iran", "russia"))}


@pytest.mark.parametrize("lang,text", [
    # near miss: the same name with two other states in its own clause is another treaty, as before
    ("ru", "Казахстан и Узбекистан подписали Договор о всеобъемлющем стратегическом партнёрстве."),
    ("en", "Kazakhstan and Uzbekistan signed a Treaty on Comprehensive Strategic Partnership."),
])
def test_the_same_name_signed_by_two_other_states_is_another_treaty(lang, text):
    found = _cited(text, lang)
    assert len(found) == 1 and RU_IR_TREATY not in {k for k, _ in found}
    assert {p for _, p in found} == {("kazakhstan", "uzbekistan")}


# ---- "the partnership included the signing of memoranda on X": the memoranda are the documents -------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Tokayev and Mirziyoyev signed a strategic partnership agreement in Astana. The partnership included the "
           "signing of memoranda of understanding in the energy and water sectors.",
     {"strategic partnership agreement", "memoranda of understanding in the energy and water sectors"}),
    ("en", "Tokayev and Mirziyoyev met in Astana. The visit included the signing of memoranda of understanding in the "
           "energy and transport sectors.",
     {"memoranda of understanding in the energy and transport sectors"}),
    ("ru", "Токаев и Мирзиёев подписали соглашение о стратегическом партнерстве в Астане. Партнерство включало "
           "подписание меморандумов о взаимопонимании в сферах энергетики и водного хозяйства.",
     {"соглашение о стратегическом партнерстве",
      "меморандумов о взаимопонимании в сферах энергетики и водного хозяйства"}),
    ("uk", "Токаєв і Мірзійоєв підписали угоду про стратегічне партнерство в Астані. Партнерство включало підписання "
           "меморандумів про взаєморозуміння у сферах енергетики та водного господарства.",
     {"угоду про стратегічне партнерство",
      "меморандумів про взаєморозуміння у сферах енергетики та водного господарства"}),
    # near miss: a partnership itself signed stays the document
    ("en", "Tokayev and Mirziyoyev signed a strategic partnership in Astana.", {"strategic partnership"}),
])
def test_documents_whose_signing_a_partnership_included_are_the_treaties(lang, text, expected):
    assert _labels(text, lang) == expected


# ---- "Other agreements included X; Y; and Z": each listed item is a treaty of the parties told just before --------

@pytest.mark.parametrize("lang,text,items", [
    ("en", "Tokayev and Mirziyoyev signed a strategic partnership agreement in Astana. Other agreements included an "
           "MoU on water sharing; an agreement with the Ministry of Energy; and cooperation on veterinary control.",
     {"MoU on water sharing", "agreement with the Ministry of Energy", "cooperation on veterinary control"}),
    ("ru", "Токаев и Мирзиёев подписали соглашение о стратегическом партнерстве в Астане. Другие соглашения включали "
           "меморандум о водопользовании; соглашение с Министерством энергетики; сотрудничество в ветеринарном "
           "контроле.",
     {"меморандум о водопользовании", "соглашение с Министерством энергетики",
      "сотрудничество в ветеринарном контроле"}),
    ("uk", "Токаєв і Мірзійоєв підписали угоду про стратегічне партнерство в Астані. Інші угоди включали меморандум "
           "про водокористування; угоду з Міністерством енергетики; співпрацю у ветеринарному контролі.",
     {"меморандум про водокористування", "угоду з Міністерством енергетики",
      "співпрацю у ветеринарному контролі"}),
])
def test_documents_an_including_verb_lists_with_semicolons_are_treaties(lang, text, items):
    found = {(t.label, tuple(t.parties)) for t in facts(text, lang, D).treaties}
    assert {(item, KZ_UZ) for item in items} <= found
    assert len(found) == len(items) + 1  # and the agreement told before, kept apart


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: a first item naming no document, an agreement including its own clauses
    ("en", "Tokayev and Mirziyoyev signed a strategic partnership agreement in Astana. The agreement included a "
           "clause on water; a clause on energy; and a clause on transport.", {"strategic partnership agreement"}),
    ("en", "Tokayev and Mirziyoyev met in Astana. Past agreements included clauses on water; on energy; and on "
           "transport.", set()),
])
def test_an_including_verb_without_a_list_of_documents_adds_none(lang, text, expected):
    assert _labels(text, lang) == expected
