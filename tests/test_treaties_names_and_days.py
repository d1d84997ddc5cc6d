"""Treaties: the name a treaty gets (its own words, its kind opening the name, what ends it, its English label) and
the day it was signed; known treaties found and told apart."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    facts,
    treaties_by_key,
    treaties_by_parties_and_day,
    treaty_english_names,
    treaty_names_and_parties,
    treaty_names_in_both_languages_and_parties,
    treaty_parties_by_key,
)

from kg.records import PartialDate

REF = date(2023, 5, 11)


@pytest.mark.parametrize("lang,text", [
    # the ANZUS Treaty is a known treaty: its name alone gives its three parties
    ("en", "Canberra said the new pact carries an obligation like its ANZUS treaty commitments."),
    ("en", "Australia and the United States reaffirmed the ANZUS Treaty on Monday."),
    ("ru", "Австралия и США подтвердили приверженность договору АНЗЮС."),
    ("uk", "Австралія та США підтвердили відданість договору АНЗЮС."),
])
def test_the_anzus_treaty_is_known(lang, text):
    assert "anzus-treaty-1951" in {t.key for t in facts(text, lang, REF).treaties}


@pytest.mark.parametrize("lang,text", [
    # near miss: AUKUS is another pact, no name of ANZUS
    ("en", "Australia and the United States reaffirmed the AUKUS partnership on Monday."),
])
def test_another_pact_is_not_anzus(lang, text):
    assert "anzus-treaty-1951" not in {t.key for t in facts(text, lang, REF).treaties}


MAR_14_2025 = date(2025, 3, 14)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Glencore and Rosneft also signed a Letter of Cooperation.",
     {("Letter of Cooperation", ("glencore", "rosneft"))}),
    ("ru", "Glencore и «Роснефть» также подписали письмо о сотрудничестве.",
     {("письмо о сотрудничестве", ("glencore", "rosneft"))}),
    ("uk", "Glencore і «Роснефть» також підписали лист про співпрацю.",
     {("лист про співпрацю", ("glencore", "rosneft"))}),
    # near miss: a letter of another kind is no document signed
    ("en", "Glencore and Rosneft also exchanged a letter of thanks.", set()),
])
def test_a_letter_of_cooperation_is_a_document(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a list of fields, each of one or two words, the last after "and": all of it is in the name
    ("en", "Ghana and Kenya signed an agreement to cooperate in the fields of health, education, financial "
           "management, agriculture, tourism, and culture.",
     {("agreement to cooperate in the fields of health, education, financial management, agriculture, tourism, "
       "and culture", ("ghana", "kenya"))}),
    ("ru", "Гана и Кения подписали соглашение о сотрудничестве в сферах здравоохранения, образования, финансового "
           "управления, сельского хозяйства, туризма и культуры.",
     {("соглашение о сотрудничестве в сферах здравоохранения, образования, финансового управления, сельского "
       "хозяйства, туризма и культуры", ("ghana", "kenya"))}),
    ("uk", "Гана і Кенія підписали угоду про співпрацю у сферах охорони здоров'я, освіти, фінансового управління, "
           "сільського господарства, туризму та культури.",
     {("угоду про співпрацю у сферах охорони здоров'я, освіти, фінансового управління, сільського господарства, "
       "туризму та культури", ("ghana", "kenya"))}),
    # near misses: a list of documents is several names; a clause after a comma ends the name
    ("en", "Ghana and Kenya signed an agreement on health, a memorandum on education, and a protocol on culture.",
     {("agreement on health", ("ghana", "kenya")), ("memorandum on education", ("ghana", "kenya")),
      ("protocol on culture", ("ghana", "kenya"))}),
    ("en", "Ghana and Kenya signed an agreement on health, which both parliaments ratified, and began talks on "
           "trade.", {("agreement on health", ("ghana", "kenya"))}),
])
def test_a_list_of_fields_stays_in_the_name(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


KE_UG = ("kenya", "uganda")


@pytest.mark.parametrize("lang,text,expected", [
    # a verb after "and" begins another act: the document's name ends before it
    ("en", "Kenya and Uganda signed an agreement on trade and investment and opened a border post.",
     {("agreement on trade and investment", KE_UG)}),
    ("ru", "Кения и Уганда подписали соглашение о торговле и открыли пограничный пункт.",
     {("соглашение о торговле", KE_UG)}),
    ("uk", "Кенія та Уганда підписали угоду про торгівлю і відкрили прикордонний пункт.",
     {("угоду про торгівлю", KE_UG)}),
    # near misses: a participle or an adjective after "and" is part of what the document is about
    ("en", "Kenya and Uganda signed agreements on trade and related issues.",
     {("agreements on trade and related issues", KE_UG)}),
    ("ru", "Кения и Уганда подписали соглашение о торговле и связанных вопросах.",
     {("соглашение о торговле и связанных вопросах", KE_UG)}),
    ("uk", "Кенія та Уганда підписали угоду про торгівлю та пов'язані питання.",
     {("угоду про торгівлю та пов'язані питання", KE_UG)}),
])
def test_a_verb_after_and_ends_the_name(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


EU_UA = {("European Union–Ukraine Association Agreement", ("eu", "ukraine"))}


@pytest.mark.parametrize("lang,text,expected", [
    # a known bilateral treaty's words with another state named as the partner: not that treaty
    ("uk", "Новий документ замінить Угоду про асоціацію в торгівлі з Британією після Brexit.", set()),
    ("ru", "Новый документ заменит соглашение об ассоциации в торговле с Британией после Brexit.", set()),
    ("en", "The new document will replace the Association Agreement on trade with Britain after Brexit.", set()),
    # near misses: the partner the treaty has
    ("uk", "Україна підписала Угоду про асоціацію з ЄС у 2014 році.", EU_UA),
    ("ru", "Украина подписала соглашение об ассоциации с ЕС в 2014 году.", EU_UA),
    ("en", "Ukraine signed the Association Agreement with the EU in 2014.", EU_UA),
])
def test_a_known_treaty_with_another_partner_is_not_that_treaty(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


# ------------------------------------------------------------------------------------------ English names

@pytest.mark.parametrize("lang,text,words", [
    ("ru", "Россия и Иран подписали соглашение о сотрудничестве в области энергетики.",
     {"agreement", "cooperation", "energy"}),
    ("uk", "Україна та Польща підписали угоду про співпрацю в галузі енергетики.",
     {"agreement", "cooperation", "energy"}),
    ("ru", "Президент Венесуэлы подписал договор о стратегическом партнерстве с Российской Федерацией.",
     {"treaty", "strategic", "partnership"}),
    ("uk", "Алієв та Пашинян підписали декларацію про відмову від військового протистояння.",
     {"declaration", "renunciation", "military", "confrontation"}),
    ("uk", "Нафтогаз та польська компанія ORLEN уклали угоду про постачання до України 300 млн кубометрів "
           "газу.",
     {"agreement", "supply", "ukraine", "300", "million", "cubic", "metres"}),
])
def test_a_treaty_told_in_russian_or_ukrainian_gets_an_english_name_of_its_own_words(lang, text, words):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.label_en is not None and words <= set(treaty.label_en.lower().replace(",", "").split()), treaty
    assert treaty.label_en != treaty.label  # the article's own wording stays beside it


def test_an_english_article_keeps_its_own_words_as_the_name():
    (treaty,) = treaties_by_parties_and_day(
        "Russia and Iran signed an agreement on energy cooperation.", "en", MAR_14_2025)
    assert treaty.label == "agreement on energy cooperation"


def test_the_fact_has_an_english_label_made_of_the_articles_words_and_the_claim_names_none(tmp_path):
    # a name is shown on the fact; claims hold values, and their evidence keeps the article's own wording
    import pyoxigraph as ox

    from kg.build import build

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2025-03-14\nРоссия и Иран подписали соглашение о сотрудничестве в "
                                  "области энергетики.\n", encoding="utf-8")
    build([folder], tmp_path / "out", validate=False)
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    prefixes = ("PREFIX kg: <https://w3id.org/entente/ontology#> "
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")
    fact = [(r["l"].value, r["l"].language) for r in store.query(
        prefixes + "SELECT ?l WHERE { ?t a kg:Treaty ; rdfs:label ?l }")]
    claim = {(r["l"].value, r["l"].language) for r in store.query(
        prefixes + "SELECT ?l WHERE { GRAPH ?g { ?c a kg:TreatyClaim ; rdfs:label ?l } }")}
    assert fact == [("Iran–Russia agreement on cooperation in the field of energy", "en")]
    assert claim == set()


# ------------------------------------------------------------------------------------------ names and retellings

@pytest.mark.parametrize("lang,text,tail", [
    ("ru", "Алиев и Трамп подписали меморандум о взаимопонимании между правительством Азербайджана и правительством "
           "США о создании рабочей группы.", "establishment of working group"),
    ("uk", "Алієв і Трамп підписали меморандум про взаєморозуміння між урядом Азербайджану та урядом США щодо "
           "створення робочої групи.", "establishment of working group"),
    ("en", "Aliyev and Trump signed a memorandum of understanding between the Government of Azerbaijan and the "
           "Government of the United States on the establishment of a working group.",
     "establishment of a working group"),
])
def test_a_name_goes_past_between_a_and_b_to_what_it_is_about(lang, text, tail):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert (treaty.label_en or treaty.label).endswith(tail) and treaty.parties == ("azerbaijan", "united-states")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Министры Эстонии и Украины подписали меморандум о взаимопонимании о проведении конференции. Министр "
           "отметил, что они подписали документ непосредственно перед пресс-конференцией."),
    ("uk", "Міністри Естонії та України підписали меморандум про взаєморозуміння щодо проведення конференції. "
           "Міністр зазначив, що вони підписали документ безпосередньо перед пресконференцією."),
    ("en", "The ministers of Estonia and Ukraine signed a memorandum of understanding on hosting the conference. "
           "The minister said they signed the document just before the press conference."),
])
def test_a_bare_document_signed_again_is_the_named_one_retold(lang, text):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert "memorandum" in (treaty.label_en or treaty.label).lower()


def test_no_weekday_ends_a_treaty_name():
    found = treaties_by_parties_and_day(
        "Nigeria and Ethiopia signed a visa waiver agreement. The leaders witnessed the signing of the "
        "agreement Tuesday in Addis Ababa.", "en", MAR_14_2025)
    assert [t.label for t in found] == ["visa waiver agreement"]


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Алиев и Пашинян подписали мирный договор в Вашингтоне.", "Armenia–Azerbaijan peace treaty"),
    ("uk", "Алієв і Пашинян підписали мирну угоду у Вашингтоні.", "Armenia–Azerbaijan peace agreement"),
    ("en", "Aliyev and Pashinyan signed a peace treaty in Washington.", "Armenia–Azerbaijan peace treaty"),
])
def test_the_kind_of_treaty_opens_its_name(lang, text, name):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.label_en == name and treaty.signed_on is not None


@pytest.mark.parametrize("lang,text,label", [
    ("ru", "Мадуро подписал важный договор с Россией.", "договор с Россией"),
    ("ru", "Газпром и CNPC подписали долгосрочный контракт на поставку газа.",
     "долгосрочный контракт на поставку газа"),
])
def test_only_the_adjectives_a_name_is_made_of_open_it(lang, text, label):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.label == label


def test_a_term_joined_to_its_number_opens_the_name():
    (treaty,) = treaties_by_parties_and_day(
        "Газпром и CNPC подписали 30-летний контракт на поставку газа.", "ru", MAR_14_2025)
    assert treaty.label.startswith("30-летний контракт") and "30 year contract" in treaty.label_en


@pytest.mark.parametrize("lang,text,words", [
    ("uk", "Міністри України та Туреччини підписали меморандум про участь Туреччини у відбудові української "
           "інфраструктури.", "participation of Turkey in reconstruction of Ukrainian infrastructure"),
    ("ru", "Министры России и Узбекистана подписали меморандум об участии Узбекистана в строительстве газопровода.",
     "participation of Uzbekistan in construction of gas pipeline"),
])
def test_a_state_in_the_genitive_inside_a_name_stays_in_it(lang, text, words):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.label_en.endswith(words), treaty.label_en


@pytest.mark.parametrize("lang,text,name,parties", [
    ("uk", "Нафтогаз і Orlen підписали контракт на постачання скрапленого газу зі США.",
     "Naftogaz–Orlen contract for supply of liquefied gas (LNG)", ("naftogaz", "orlen")),
    ("ru", "Россия и Вьетнам подписали соглашение о поставках сжиженного природного газа.",
     "Russia–Vietnam agreement on supplies of liquefied natural gas", ("russia", "vietnam")),
])
def test_a_supply_contract_is_named_with_what_it_supplies(lang, text, name, parties):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.label_en.startswith(name) and treaty.parties == parties


@pytest.mark.parametrize("lang,text", [
    ("uk", "Ільхам Алієв та прем’єр-міністр Вірменії Нікол Пашинян поставили підписи під мирною угодою. Підписаний "
           "документ ще потребує ратифікації парламентами обох країн."),
    ("ru", "Алиев и Пашинян поставили подписи под мирным соглашением."),
])
def test_putting_signatures_under_an_agreement_signs_it(lang, text):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == ("armenia", "azerbaijan") and "peace agreement" in treaty.label_en


@pytest.mark.parametrize("text,name", [
    ("QatarEnergy and CNPC inked a 27-year LNG deal.",
     "China National Petroleum Corporation–QatarEnergy 27-year LNG deal"),
    ("Qatar and China signed an LNG supply contract. The contract penned over the weekend comes amid growing demand.",
     "China–Qatar LNG supply contract"),
])
def test_inked_and_penned_sign_a_deal_and_end_its_name(text, name):
    assert [t.label_en for t in treaties_by_parties_and_day(text, "en", MAR_14_2025)] == [name]


# ------------------------------------------------------------------------------------------ treaties

def test_according_to_after_a_known_treaty_opens_no_second_document():
    treaties = treaties_by_key("Putin and Kim signed a \"Comprehensive Strategic Partnership Treaty\", according to "
                         "Russia's RIA Novosti news agency.", "en", MAR_14_2025)
    assert [t.key for t in treaties] == ["russia-dprk-partnership-treaty-2024"]


def test_a_deal_struck_with_a_partner_is_named_by_its_own_words_beside_another_document_word():
    (treaty,) = treaties_by_key("The contract signed over the weekend comes after the recent 27-year deal Qatar struck "
                          "with Sinopec.", "en", MAR_14_2025)
    assert treaty.parties == ("qatar", "sinopec") and "deal" in treaty.label


@pytest.mark.parametrize("lang,text", [
    ("en", "Fico invited Orban to Bratislava to commemorate the 30th anniversary of the Agreement on Good-Neighbourly "
           "Relations between Slovakia and Hungary."),
    ("ru", "Фицо пригласил Орбана в Братиславу по случаю 30-й годовщины Договора о добрососедстве между Словакией и "
           "Венгрией."),
    ("uk", "Фіцо запросив Орбана до Братислави з нагоди 30-ї річниці Договору про добросусідство між Словаччиною та "
           "Угорщиною."),
])
def test_the_anniversary_of_a_treaty_tells_a_treaty_made(lang, text):
    assert treaty_parties_by_key(text, lang, MAR_14_2025) == [("hungary", "slovakia")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and Kazakhstan extended the agreement on oil transit for ten years."),
    ("ru", "Россия и Казахстан продлили соглашение о транзите нефти на десять лет."),
    ("uk", "Росія та Казахстан продовжили угоду про транзит нафти на десять років."),
])
def test_an_agreement_extended_is_a_treaty_made_before_with_no_signing_day(lang, text):
    (treaty,) = treaties_by_key(text, lang, MAR_14_2025)
    assert treaty.parties == ("kazakhstan", "russia") and treaty.status == "extended" and treaty.signed_on is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia, Turkey and Ukraine signed the Black Sea Grain Initiative in Istanbul."),
    ("ru", "Москва вышла из черноморской зерновой инициативы. Соглашение, подписанное в Стамбуле в 2022 году, "
           "позволяло вывозить зерно."),
])
def test_a_known_treaty_signed_or_told_again_stays(lang, text):
    assert [t.key for t in treaties_by_key(text, lang, MAR_14_2025)] == ["black-sea-grain-initiative"]


MAY_15_2024 = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("lang,text,words", [
    ("en", "Kenya and Indonesia signed a memorandum of understanding (MoU) for cooperation in the fields of mining and "
           "geology.", ("mining", "geology")),
    ("ru", "Токаев и Мирзиёев подписали меморандум о взаимопонимании (МоВ) о сотрудничестве в области энергетики.",
     ("energy",)),
    ("uk", "Зеленський і Санду підписали меморандум про взаєморозуміння (МПВ) щодо співпраці у сфері енергетики.",
     ("energy",)),
])
def test_an_acronym_in_brackets_does_not_end_a_memorandums_name(lang, text, words):
    (name,) = treaty_english_names(text, lang, MAY_15_2024)
    assert all(w in name for w in words), name


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenya and Indonesia signed a memorandum of understanding (in Nairobi) for cooperation in mining."),
    ("ru", "Токаев и Мирзиёев подписали меморандум (в Астане) о сотрудничестве в области энергетики."),
])
def test_words_in_brackets_that_are_no_acronym_still_end_the_name(lang, text):
    (name,) = treaty_english_names(text, lang, MAY_15_2024)
    assert "mining" not in name and "energy" not in name, name


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kenya and Indonesia met on Monday and agreed on a memorandum of understanding on mining.",
     PartialDate(2024, 5, 13)),
    ("en", "Kenya and Indonesia agreed on a memorandum of understanding on mining.", PartialDate(2024, 5)),
])
def test_a_memorandum_agreed_at_the_meeting_is_dated_with_its_day(lang, text, expected):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.signed_on == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сотрудничество между Россией и Узбекистаном развивается на основе Договоров о стратегическом партнерстве "
           "(2004 год) и о союзнических отношениях (2005 год)."),
    ("uk", "Співпраця між Росією та Узбекистаном ґрунтується на Договорах про стратегічне партнерство (2004 рік) та "
           "про союзницькі відносини (2005 рік)."),
    ("en", "Relations between Russia and Uzbekistan rest on the 2004 Treaty on Strategic Partnership and the 2005 "
           "Treaty on Allied Relations."),
    ("en", "Relations between Russia and Uzbekistan rest on the Treaty on Strategic Partnership (2004) and the Treaty "
           "on Allied Relations (2005)."),
])
def test_treaties_recalled_with_their_years_are_signed_those_years(lang, text):
    found = sorted(facts(text, lang, MAY_15_2024).treaties, key=lambda t: t.signed_on.year if t.signed_on else 0)
    assert [t.signed_on for t in found] == [PartialDate(2004), PartialDate(2005)]
    assert all(t.parties == ("russia", "uzbekistan") for t in found)
    assert "partnership" in (found[0].label_en or found[0].label).lower()
    assert "allied" in (found[1].label_en or found[1].label).lower()


@pytest.mark.parametrize("lang,text,count", [
    ("uk", "Україна та Хорватія підписали декларацію про підтримку. Хорватія - шоста держава ЄС, з якою Україна "
           "уклала такий документ.", 1),
    ("ru", "Украина и Хорватия подписали декларацию о поддержке. Хорватия - шестая страна ЕС, с которой Украина "
           "подписала такой документ.", 1),
    ("en", "Ukraine and Croatia signed a declaration of support. Croatia is the sixth EU state with which Ukraine "
           "has signed such a document.", 1),
])
def test_such_a_document_is_the_one_told_before(lang, text, count):
    assert len(facts(text, lang, MAY_15_2024).treaties) == count


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Brazil and Colombia will discuss the implementation of the Belém do Pará Declaration of 2023.", "Pará"),
    ("en", "Delegations of Brazil and Colombia will address the Declaration of Belém do Pará of 2023.", "Pará"),
    ("ru", "Бразилия и Колумбия обсудят выполнение Декларации Белен-ду-Пара 2023 года.", "Belém"),
    ("uk", "Бразилія та Колумбія обговорять виконання Декларації Белен-ду-Пара 2023 року.", "Belém"),
])
def test_a_named_document_recalled_with_its_year_after_it_is_a_treaty_of_that_year(lang, text, word):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("brazil", "colombia")
    assert treaty.signed_on == PartialDate(2023)
    assert word in (treaty.label_en or treaty.label)


@pytest.mark.parametrize("lang,text", [
    ("en", "QatarEnergy signed a gas supply deal with Sinopec on Monday. Sinopec's chairman, who took part in a "
           "virtual signing ceremony, said it was a milestone accord as Qatar is the largest supplier."),
    ("ru", "Катар и Китай подписали соглашение о газе в понедельник. Глава Sinopec, участвовавший в церемонии "
           "подписания, сказал, что это историческое соглашение."),
    ("uk", "Катар і Китай підписали угоду про газ у понеділок. Голова Sinopec, який брав участь у церемонії "
           "підписання, сказав, що це історична угода."),
])
def test_what_a_pronoun_is_said_to_be_is_the_document_told_before(lang, text):
    assert len(facts(text, lang, MAY_15_2024).treaties) == 1


@pytest.mark.parametrize("lang,text", [
    # near misses: the pronoun is said to be something else, the document is the signing's own
    ("en", "Qatar and China signed a milestone accord on Monday, and it was a good day."),
    ("ru", "Катар и Китай подписали историческое соглашение, это был хороший день."),
    ("uk", "Катар і Китай підписали історичну угоду, це був добрий день."),
])
def test_a_pronoun_said_to_be_something_else_leaves_the_document(lang, text):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("china", "qatar")


def test_a_founding_agreement_is_named_by_what_it_founded() -> None:
    labels = [t.label for t in facts("Chile and Peru signed the agreement that launched the Pacific Alliance.",
                                     "en", MAR_14_2025).treaties]
    assert labels == ["agreement that launched the Pacific Alliance"]


@pytest.mark.parametrize("lang,text,words", [
    ("en", "Azerbaijan and Georgia signed a number of cooperation agreements in 2021 as part of a meeting of the joint "
           "intergovernmental commission.", {"meeting", "intergovernmental", "commission"}),
    ("en", "Azerbaijan and Georgia signed ten agreements during the visit of the Georgian prime minister.",
     {"ten", "agreements"}),
    ("ru", "Россия и Узбекистан подписали 12 документов в рамках заседания межправительственной комиссии.",
     {"within", "meeting", "intergovernmental", "commission"}),
    ("uk", "Україна та Польща підписали низку угод у рамках засідання міжурядової комісії.",
     {"within", "meeting", "intergovernmental", "commission"}),
])
def test_a_batch_of_documents_is_named_by_the_occasion_told_after_it(lang, text, words):
    (label, label_en, _), = treaty_names_in_both_languages_and_parties(text, lang, MAR_14_2025)
    assert words <= set((label_en or label).split())


@pytest.mark.parametrize("lang,text,label", [
    ("en", "Azerbaijan and Georgia signed an agreement on transit as part of a broader effort.",
     "agreement on transit"),
    ("en", "Azerbaijan and Georgia signed ten agreements in Baku, and the talks went on as part of the visit.",
     "ten agreements"),
])
def test_an_occasion_after_a_named_document_or_past_a_comma_is_no_part_of_its_name(lang, text, label):
    assert {t[0] for t in treaty_names_in_both_languages_and_parties(text, lang, MAR_14_2025)} == {label}
