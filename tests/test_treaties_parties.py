"""Treaties: their parties. Bodies, ministries, agencies, governments and companies sign for their state (or stay
parties in their own name), signing delegations, states of several words, and states, places and media that are no
party."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    facts,
    treaties_by_key,
    treaties_by_parties_and_day,
    treaty_names_and_parties,
    treaty_names_in_both_languages_and_parties,
    treaty_parties,
    treaty_parties_by_key,
    treaty_party_sets,
    treaty_party_sets_as_listed,
)

from kg.records import PartialDate

D = date(2025, 11, 20)


def test_a_later_documents_companies_are_no_parties_of_the_first():
    text = ("QatarEnergy signed a 15-year supply deal with Bangladeshi state company Meghna Petroleum and last month "
            "a contract was awarded to French engineering firm Technip Energies.")
    treaties = facts(text, "en", D).treaties
    deal = next(t for t in treaties if "deal" in t.label)
    assert set(deal.parties) == {"qatarenergy", "new:meghna-petroleum"}, treaties


@pytest.mark.parametrize("text,expected", [
    # a document named by its states joined with hyphens: a capitalised name, or a joint statement by adjectives
    ("The ministers agreed to make better use of the Pakistan-Sri Lanka Free Trade Agreement (FTA).",
     {(("pakistan", "sri-lanka"), None)}),
    ("The presidents discussed implementing the joint Egyptian-American-Qatari statement on a ceasefire.",
     {(("egypt", "qatar", "united-states"), None)}),
    ("The Chile-Peru Border Treaty was signed in 1929.", {(("chile", "peru"), PartialDate(1929))}),
    # near misses: a lower-case deal without "joint", talks, a relation between states, states not hyphenated
    ("The ministers discussed the US-China trade deal.", set()),
    ("The ministers reviewed the India-Italy Strategic Partnership.", set()),
    ("The ministers discussed the Russia-Ukraine talks in Istanbul.", set()),
    ("The ministers discussed a statement on Gaza.", set()),
])
def test_a_document_named_by_hyphenated_states(text, expected):
    got = {(t.parties, t.signed_on) for t in facts(text, "en", date(2024, 9, 16)).treaties}
    assert got == expected


# ---- a weekday written after a full date is that date's, not a day counted back from the publication ----------

MONDAY = date(2025, 5, 12)


# ---- the body of a person's title signs nothing: the person's state does ---------------------------------------


@pytest.mark.parametrize("lang,text", [
    # near misses: bodies that sign in their own name, no person's name after them
    ("ru", "ШОС и АСЕАН подписали меморандум о взаимопонимании."),
    ("uk", "ШОС та АСЕАН підписали меморандум про взаєморозуміння."),
    ("en", "The SCO and ASEAN signed a memorandum of understanding."),
])
def test_bodies_signing_in_their_own_name_stay_parties(lang, text):
    assert treaty_parties(text, lang, MONDAY) == {("asean", "sco")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Australia and Papua New Guinea signed the Papua New Guinea-Australia Defence Treaty on Monday."),
    ("en", "The two signed the Australia-Papua New Guinea Defence Treaty on Monday."),
    ("ru", "Австралия и Папуа-Новая Гвинея подписали договор о взаимной обороне в понедельник."),
    ("uk", "Австралія та Папуа-Нова Гвінея підписали договір про взаємну оборону в понеділок."),
])
def test_a_treaty_of_a_state_of_several_words_has_that_state_for_party(lang, text):
    assert {t.parties for t in facts(text, lang).treaties} == {("australia", "papua-new-guinea")}


# ---- a document signed by two companies' heads is the companies'; a ruling party's head signs for his state ------


@pytest.mark.parametrize("lang,text", [
    ("ru", "Контракт подписали председатель правления «Газпрома» Алексей Миллер и президент SOCAR Ровнаг Абдуллаев."),
    ("uk", "Контракт підписали голова правління «Газпрому» Олексій Міллер і президент SOCAR Ровнаг Абдуллаєв."),
    ("en", "The contract was signed by Gazprom chief executive Alexei Miller and SOCAR president Rovnag Abdullayev."),
])
def test_a_contract_signed_by_company_heads_is_the_companies(lang, text):
    assert treaty_parties(text, lang, date(2009, 6, 29)) == {("gazprom", "socar")}


@pytest.mark.parametrize("lang,text", [
    # near misses: a ruling party's head signs for his state
    ("ru", "Декларацию подписали Александр Лукашенко и генеральный секретарь ЦК Компартии Вьетнама То Лам."),
    ("uk", "Декларацію підписали Олександр Лукашенко та генеральний секретар ЦК Компартії В'єтнаму То Лам."),
    ("en", "The declaration was signed by Alexander Lukashenko and the General Secretary of the Communist Party of "
           "Vietnam To Lam."),
])
def test_a_ruling_partys_head_signs_for_his_state(lang, text):
    assert treaty_parties(text, lang, date(2009, 6, 29)) == {("belarus", "vietnam")}


# ---- "the Russian and Uzbek delegations signed ...": the sides' adjectives name the parties --------------------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "Российская и узбекистанская делегации подписали более 20 документов."),
    ("uk", "Російська та узбецька делегації підписали понад 20 документів."),
    ("en", "The Russian and Uzbek delegations signed more than 20 documents."),
])
def test_the_states_of_the_signing_delegations_are_the_parties(lang, text):
    assert treaty_parties(text, lang, date(2009, 6, 29)) == {("russia", "uzbekistan")}


@pytest.mark.parametrize("lang,text", [
    # near misses: an adjective of goods, not of a side
    ("ru", "Компании подписали 20 контрактов на поставку российской и узбекской продукции."),
    ("uk", "Компанії підписали 20 контрактів на постачання російської та узбецької продукції."),
    ("en", "The companies signed 20 contracts for Russian and Uzbek goods."),
])
def test_adjectives_of_goods_name_no_party(lang, text):
    assert ("russia", "uzbekistan") not in treaty_parties(text, lang, date(2009, 6, 29))


MAR_14_2025 = date(2025, 3, 14)


STATE_BODIES_SIGNING = [
    ("en", "The Philippine Department of Defense and the Indonesian Ministry of Defense signed a memorandum on "
           "defense cooperation.", {"philippines", "indonesia"}),
    ("en", "Marcos visited Jakarta. The talks renewed the 1997 Agreement on Defense Cooperation between the "
           "Philippine Department of National Defense and the Ministry of Defense of Indonesia.",
     {"philippines", "indonesia"}),
    ("en", "The US Department of Defense and the Philippine Department of National Defense signed a memorandum on "
           "defense cooperation.", {"philippines", "united-states"}),
    ("ru", "Министерство обороны Филиппин и индонезийское Министерство обороны подписали соглашение о "
           "сотрудничестве в оборонной сфере.", {"philippines", "indonesia"}),
    ("uk", "Міністерство оборони Філіппін і Міністерство оборони Індонезії підписали угоду про співпрацю в "
           "оборонній сфері.", {"philippines", "indonesia"}),
]


@pytest.mark.parametrize("lang,text,parties", STATE_BODIES_SIGNING)
def test_a_state_adjective_heading_a_ministry_names_its_state(lang: str, text: str, parties: set[str]) -> None:
    assert frozenset(parties) in treaty_party_sets_as_listed(text, lang, MAR_14_2025)


STATE_ADJECTIVE_NEAR_MISSES = [
    # a company, not a state body: the adjective rule leaves it to the company rules
    ("en", "The Chinese company Sinopec and the Indonesian Ministry of Energy signed a memorandum on gas supplies.",
     {"china", "indonesia"}),
]


@pytest.mark.parametrize("lang,text,parties", STATE_ADJECTIVE_NEAR_MISSES)
def test_a_company_after_a_state_adjective_keeps_its_usual_party(lang: str, text: str, parties: set[str]) -> None:
    assert frozenset(parties) in treaty_party_sets_as_listed(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text,expected", [
    # "the countries signed": the state of the person named in the sentence before, with the article's main actor's
    ("en", "Ruto visited Ghana and Nigeria last month. He discussed trade with the president of Nigeria, Bola "
           "Tinubu. And the countries signed a memorandum of understanding on culture.",
     {("memorandum of understanding on culture", ("kenya", "nigeria"))}),
    ("ru", "Руто посетил Гану и Нигерию в прошлом месяце. Он обсудил торговлю с президентом Нигерии Бола Тинубу. "
           "И страны подписали меморандум о взаимопонимании в сфере культуры.",
     {("меморандум о взаимопонимании в сфере культуры", ("kenya", "nigeria"))}),
    ("uk", "Руто відвідав Гану та Нігерію минулого місяця. Він обговорив торгівлю з президентом Нігерії Бола Тінубу. "
           "І країни підписали меморандум про взаєморозуміння у сфері культури.",
     {("меморандум про взаєморозуміння у сфері культури", ("kenya", "nigeria"))}),
    # near miss: the partner named in the sentence itself is the party
    ("en", "Ruto visited Ghana and Nigeria last month. The countries signed a memorandum of understanding on "
           "culture with Ghana.", {("memorandum of understanding on culture with Ghana", ("ghana", "kenya"))}),
])
def test_the_countries_signing_are_those_of_the_sentence_before(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a state's agency the gazetteer lacks, named right after its state, signs for the state
    ("en", "Trump visited India. The MoU was signed between the USFDA and India's Central Drugs Standard Control "
           "Organisation.", {("MoU", ("india", "united-states"))}),
    ("ru", "Трамп посетил Индию. Меморандум подписали Министерство сельского хозяйства США и Министерство "
           "сельского хозяйства Индии.", {("Меморандум", ("india", "united-states"))}),
    ("uk", "Трамп відвідав Індію. Меморандум підписали Міністерство сільського господарства США та Міністерство "
           "сільського господарства Індії.", {("Меморандум", ("india", "united-states"))}),
    # near miss: a company named after its state signs for itself
    ("en", "Trump visited India. The deal was signed between ExxonMobil and India's Reliance Industries.",
     {("deal", ("exxonmobil", "reliance-industries"))}),
])
def test_an_agency_signs_for_its_state(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Russia and Iran signed an agreement on energy cooperation.", "Iran–Russia agreement on energy cooperation"),
    ("ru", "Россия и Иран подписали соглашение о сотрудничестве.", "Iran–Russia agreement on cooperation"),
    ("uk", "Газпром підписав з GNPC контракт на постачання газу.",
     "Gazprom–Ghana National Petroleum Corporation contract for supply of gas"),
    ("en", "Russia and Iran signed the Russia-Iran agreement on energy.", "Russia-Iran agreement on energy"),
])
def test_an_agreement_the_lexicon_does_not_know_is_named_with_its_parties(lang, text, name):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert (treaty.label_en or treaty.label) == name


@pytest.mark.parametrize("lang,text", [
    ("ru", "Газпром в сентябре подписал с GNPC контракт на поставку СПГ. В рамках подписанного в сентябре контракта "
           "с компанией Ганы GNPC Газпром будет поставлять газ."),
    ("uk", "Газпром у вересні підписав з GNPC контракт на постачання СПГ. У межах підписаного у вересні контракту з "
           "компанією Гани GNPC Газпром постачатиме газ."),
])
def test_a_contract_retold_with_a_shared_party_and_month_is_the_same_contract(lang, text):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == ("gazprom", "gnpc")


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "Президенты России, Ирана и Турции провели переговоры по Сирии, а затем выступили с совместным заявлением.",
     ("iran", "russia", "turkey")),
    ("en", "The presidents of Russia, Iran and Turkey held talks on Syria and then issued a joint statement.",
     ("iran", "russia", "turkey")),
])
def test_a_state_the_talks_are_about_is_no_party(lang, text, parties):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "В присутствии глав государств глава Росатома и министр энергетики Узбекистана подписали соглашение о "
           "сооружении атомной станции.", ("russia", "uzbekistan")),
    ("en", "Rosatom is building the plant in Hungary under an intergovernmental agreement signed in 2014.",
     ("hungary", "russia")),
    ("uk", "Росатом будує станцію в Угорщині відповідно до міждержавної угоди, укладеної у 2014 році.",
     ("hungary", "russia")),
    # near miss: a contract between two companies stays theirs, the state named for one of them is no party
    ("ru", "Газпром в сентябре подписал с GNPC контракт на поставку СПГ. В рамках подписанного в сентябре контракта "
           "с компанией Ганы GNPC Газпром будет поставлять газ.", ("gazprom", "gnpc")),
])
def test_a_company_signing_with_a_state_or_between_governments_signs_for_its_state(lang, text, parties):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "Поставки ведутся в рамках контракта, который Газпром и Узбекистан подписали в июне.",
     ("gazprom", "uzbekistan")),
    ("ru", "Глава Росатома и министр энергетики Узбекистана подписали соглашение о сооружении станции.",
     ("russia", "uzbekistan")),
])
def test_a_companys_contract_with_a_state_stays_its_own_but_its_agreement_is_its_states(lang, text, parties):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "QatarEnergy signed a 15-year supply deal with Bangladeshi state company Petrobangla.",
     ("petrobangla", "qatarenergy")),
    ("ru", "QatarEnergy подписала 15-летний контракт на поставку СПГ с бангладешской госкомпанией Petrobangla.",
     ("petrobangla", "qatarenergy")),
    ("uk", "QatarEnergy підписала 15-річний контракт на постачання СПГ з бангладеською держкомпанією Petrobangla.",
     ("petrobangla", "qatarenergy")),
    ("uk", "Нафтогаз і польська компанія Orlen підписали контракт на постачання газу.", ("naftogaz", "orlen")),
    ("ru", "Нафтогаз и польская компания Orlen подписали контракт на поставку газа.", ("naftogaz", "orlen")),
])
def test_a_deal_between_companies_has_the_companies_as_parties(lang, text, parties):
    assert treaty_parties_by_key(text, lang, MAR_14_2025) == [parties]


@pytest.mark.parametrize("lang,text", [
    ("en", "Cairo, July 19 (EFE).- Abu Dhabi's Adnoc Gas has announced a 14-year deal with Indian Oil Corp to supply "
           "LNG, Emirati media reported Wednesday."),
    ("ru", "Каир, 19 июля. Абу-Дабийская ADNOC Gas объявила о 14-летнем контракте с Indian Oil на поставку СПГ, "
           "сообщили эмиратские СМИ."),
])
def test_a_dateline_city_and_the_reporting_media_are_no_parties_to_a_company_deal(lang, text):
    assert treaty_parties_by_key(text, lang, MAR_14_2025) == [("adnoc-gas", "indian-oil")]


@pytest.mark.parametrize("lang,text,expected", [
    # an agreement told only by its kind, with its own two parties named, beside another company's deal
    ("en", "Earlier this year QatarEnergy signed an agreement with CNPC. QatarEnergy also signed a 15-year supply "
           "deal with Bangladeshi state company Petrobangla.",
     [("cnpc", "qatarenergy"), ("petrobangla", "qatarenergy")]),
    # near miss: "the signed document" with no party named is the agreement told before
    ("uk", "Алієв і Пашинян підписали мирну угоду у Вашингтоні. Підписаний документ ще потребує ратифікації.",
     [("armenia", "azerbaijan")]),
])
def test_a_bare_document_word_is_its_own_document_only_where_its_sentence_names_other_parties(lang, text, expected):
    assert sorted(treaty_parties_by_key(text, lang, MAR_14_2025)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Kim signed a treaty on comprehensive strategic partnership."),
    ("ru", "Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнерстве."),
    ("uk", "Путін і Кім Чен Ин підписали договір про всеосяжне стратегічне партнерство."),
])
def test_a_known_treaty_signed_by_two_leaders_has_their_states_as_parties(lang, text):
    (treaty,) = treaties_by_key(text, lang, MAR_14_2025)
    assert treaty.key == "russia-dprk-partnership-treaty-2024" and treaty.parties == ("north-korea", "russia")


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Aliyev and Pashinyan signed a peace agreement at the White House.", ("armenia", "azerbaijan")),
    ("en", "Modi and Lula signed a trade agreement at the Planalto Palace in Brasilia.", ("brazil", "india")),
])
def test_a_venue_after_a_determiner_is_no_party(lang, text, parties):
    assert treaty_parties_by_key(text, lang, MAR_14_2025) == [parties]


@pytest.mark.parametrize("lang,text,parties", [
    ("uk", "Україна підписала третій контракт на газ зі США.", []),
    ("ru", "Украина подписала контракт на поставку газа из США.", []),
    ("en", "Ukraine signed a contract for LNG from the United States.", []),
    # near misses: the partner after "with" is a party
    ("uk", "Україна підписала контракт на постачання газу з Польщею.", [("poland", "ukraine")]),
    ("en", "Ukraine signed a gas contract with Poland.", [("poland", "ukraine")]),
])
def test_the_state_goods_come_from_is_no_party(lang, text, parties):
    assert treaty_parties_by_key(text, lang, MAR_14_2025) == parties


MAY_15_2024 = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("lang,text", [
    ("en", "Vucic said on Sunday he had agreed a new three-year gas supply contract in a phone call with Russian "
           "President Vladimir Putin."),
    ("ru", "Вучич в воскресенье в ходе телефонного разговора с Владимиром Путиным согласовал новый трехлетний "
           "контракт на поставку газа."),
    ("uk", "Вучич у неділю під час телефонної розмови з Володимиром Путіним погодив новий трирічний контракт на "
           "постачання газу."),
])
def test_a_supply_contract_agreed_in_a_call_is_the_two_states_contract_of_that_day(lang, text):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("russia", "serbia") and treaty.signed_on == PartialDate(2024, 5, 12)
    assert "call" not in (treaty.label_en or treaty.label)


@pytest.mark.parametrize("lang,text,count", [
    ("uk", "Україна та Польща підписали спільний документ. Україна та Польща підписали спільну заяву.", 1),
    ("ru", "Россия и Китай подписали совместный документ. Россия и Китай подписали совместное заявление.", 1),
    ("en", "Poland and Ukraine signed a joint document. Poland and Ukraine signed a joint statement.", 1),
    # near misses: two documents are a batch, not a vague one; a named document is its own
    ("uk", "Україна та Польща підписали два документи. Україна та Польща підписали спільну заяву.", 2),
    ("en", "Poland and Ukraine signed a document on transit. Poland and Ukraine signed a joint statement.", 2),
])
def test_a_vague_joint_document_is_the_named_document_of_the_same_states(lang, text, count):
    assert len(facts(text, lang, MAY_15_2024).treaties) == count


@pytest.mark.parametrize("lang,text", [
    ("en", "Cambodia signed the United Nations Convention against Cybercrime in Hanoi."),
    ("ru", "Камбоджа подписала Конвенцию ООН против киберпреступности в Ханое."),
    ("uk", "Камбоджа підписала Конвенцію ООН проти кіберзлочинності в Ханої."),
])
def test_a_convention_is_the_signing_states_and_not_the_bodys_that_drafted_it(lang, text):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("cambodia",)
    assert "ybercrime" in (treaty.label_en or treaty.label) or "киберпреступ" in treaty.label


@pytest.mark.parametrize("lang,text,parties", [
    # near misses: an agreement with the UN has the UN as its party; a one-state agreement is none
    ("en", "Cambodia signed an agreement with the United Nations.", [("cambodia", "un")]),
    ("uk", "Камбоджа підписала угоду з ООН.", [("cambodia", "un")]),
    ("en", "Cambodia signed an agreement on trade.", []),
    ("ru", "Камбоджа подписала соглашение о торговле.", []),
])
def test_only_a_convention_may_have_one_party(lang, text, parties):
    assert [t.parties for t in facts(text, lang, MAY_15_2024).treaties] == parties


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Jakarta, MINA – President Joko Widodo met President William Ruto on Monday and agreed on a memorandum "
           "of understanding on mining.", ("indonesia", "kenya")),
    ("en", "Nairobi, Xinhua – Kenya and Indonesia signed a memorandum on energy on Monday.", ("indonesia", "kenya")),
    ("ru", "Джакарта, МИНА – Президент Индонезии Джоко Видодо и президент Кении Уильям Руто подписали меморандум об "
           "энергетике.", ("indonesia", "kenya")),
    ("uk", "Джакарта, МІНА – Президент Індонезії Джоко Відодо та президент Кенії Вільям Руто підписали меморандум про "
           "енергетику.", ("indonesia", "kenya")),
    # near misses: a city listed as a party with no dash after it, and a city with no comma after it
    ("en", "Jakarta, Nairobi and Pretoria signed a memorandum on energy on Monday.",
     ("indonesia", "kenya", "south-africa")),
])
def test_a_news_agency_in_a_dateline_signs_nothing(lang, text, parties):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == parties


BETWEEN_BODIES = [
    ("en", "The parties signed an action plan for cooperation between the foreign ministries of Kazakhstan and "
           "Kyrgyzstan for 2025-2026.", ("kazakhstan", "kyrgyzstan")),
    ("en", "The sides signed a protocol between the governments of Kazakhstan and Kyrgyzstan.",
     ("kazakhstan", "kyrgyzstan")),
    ("ru", "Стороны подписали план действий между министерствами иностранных дел Казахстана и Киргизии на 2025-2026 "
           "годы.", ("kazakhstan", "kyrgyzstan")),
    ("uk", "Сторони підписали план дій між міністерствами закордонних справ Казахстану та Киргизстану на 2025-2026 "
           "роки.", ("kazakhstan", "kyrgyzstan")),
]


@pytest.mark.parametrize("lang,text,parties", BETWEEN_BODIES)
def test_parties_between_the_bodies_of_two_states_are_the_states(lang: str, text: str,
                                                                 parties: tuple[str, ...]) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == {frozenset(parties)}


MINISTRY_FOR_STATE = [
    ("uk", "Між Міністерством аграрної політики та продовольства України та Міністерством інфраструктури Польщі "
           "підписано меморандум про взаєморозуміння.", ("ukraine", "poland")),
    ("ru", "Министерство обороны России и Министерство обороны Беларуси подписали меморандум о сотрудничестве.",
     ("russia", "belarus")),
    ("en", "Ukraine's agriculture ministry and Poland signed a memorandum of understanding on grain transit.",
     ("ukraine", "poland")),
]


@pytest.mark.parametrize("lang,text,parties", MINISTRY_FOR_STATE)
def test_a_ministry_signs_for_its_state(lang: str, text: str, parties: tuple[str, ...]) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == {frozenset(parties)}


SIGNATORIES_OF_A_FOUNDING_AGREEMENT = [
    ("en", "Chile and Peru were among the original signatories to the agreement that created the Andean Community "
           "in 1969.", {"chile", "peru"}),
    ("en", "Chile and Peru held talks in Lima. Both countries were among the original signatories to the agreement "
           "that launched the Association of Southeast Asian Nations (ASEAN) in 1966.", {"chile", "peru"}),
    ("ru", "Чили и Перу провели переговоры в Лиме. Обе страны были среди первых подписантов соглашения о создании "
           "Андского сообщества в 1969 году.", {"chile", "peru"}),
    ("uk", "Чилі та Перу провели переговори в Лімі. Обидві країни були серед перших підписантів угоди про "
           "створення Андського співтовариства у 1969 році.", {"chile", "peru"}),
]


@pytest.mark.parametrize("lang,text,parties", SIGNATORIES_OF_A_FOUNDING_AGREEMENT)
def test_signatories_of_a_founding_agreement_are_its_parties(lang: str, text: str, parties: set[str]) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Lavrov met Burundian Foreign Minister Albert Shingiro. They signed a memorandum on political "
           "consultations."),
    ("en", "Lavrov met Burundi's Foreign Minister Albert Shingiro. They signed a memorandum on political "
           "consultations."),
    ("ru", "Лавров и министр иностранных дел Бурунди Альбер Шингиро подписали меморандум о политических "
           "консультациях."),
    ("uk", "Лавров і бурундійський міністр закордонних справ Альбер Шингіро підписали меморандум про політичні "
           "консультації."),
])
def test_a_person_the_article_introduces_with_his_states_title_signs_for_that_state(lang, text):
    assert treaty_parties(text, lang, MAR_14_2025) == {("burundi", "russia")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Lavrov and Foreign Minister Albert Shingiro signed a memorandum on political consultations."),
    ("ru", "Лавров и министр иностранных дел Альбер Шингиро подписали меморандум о политических консультациях."),
    ("uk", "Лавров і міністр закордонних справ Альбер Шингіро підписали меморандум про політичні консультації."),
])
def test_a_person_introduced_by_a_title_of_no_state_gives_no_party(lang, text):
    assert treaty_parties(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text,parties,words", [
    ("uk", "Україна підписала контрактні домовленості про постачання кукурудзи у Китай.", ("china", "ukraine"),
     {"contract", "supply", "corn"}),
    ("ru", "Россия подписала контракт на поставку пшеницы в Египет.", ("egypt", "russia"),
     {"contract", "supply", "wheat"}),
    ("en", "Qatar signed a 27-year deal to supply LNG to China.", ("china", "qatar"), {"deal", "supply", "LNG"}),
])
def test_the_state_the_goods_go_to_is_the_other_side_of_a_supply_contract(lang, text, parties, words):
    (label, label_en, told), = treaty_names_in_both_languages_and_parties(text, lang, MAR_14_2025)
    assert told == parties and words <= set((label_en or label).split())


@pytest.mark.parametrize("lang,text", [
    ("uk", "Україна підписала угоду про постачання кукурудзи, яку виростили у Польщі."),
    ("ru", "Россия подписала контракт на поставку пшеницы, выращенной в Египте."),
    ("en", "Qatar signed a deal to supply LNG, which was later shipped to China."),
])
def test_a_state_past_a_comma_after_the_supply_is_no_side(lang, text):
    assert treaty_names_in_both_languages_and_parties(text, lang, MAR_14_2025) == set()


@pytest.mark.parametrize("lang,text,words", [
    ("uk", "Сполучені Штати та Німеччина підписали угоду, що дасть можливість запустити газопровід.",
     {"gas", "pipeline"}),
    ("ru", "США и Германия подписали соглашение, что позволит запустить газопровод.", {"gas", "pipeline"}),
    ("en", "The United States and Germany signed an agreement, which will allow the gas pipeline to start.",
     {"gas", "pipeline"}),
])
def test_a_bare_agreement_takes_its_subject_from_the_relative_clause_after_it(lang, text, words):
    (label, label_en, _), = treaty_names_in_both_languages_and_parties(text, lang, MAR_14_2025)
    assert words <= set((label_en or label).split())


@pytest.mark.parametrize("lang,text", [
    ("ru", "Премьер рассказал о парафировании Соглашения о мире между Арменией и Азербайджаном, совместном заявлении "
           "в ОБСЕ."),
    ("uk", "Прем'єр розповів про парафування Угоди про мир між Вірменією та Азербайджаном, спільну заяву в ОБСЄ."),
    ("en", "The premier told of the initialled Agreement on Peace between Armenia and Azerbaijan, a joint appeal to "
           "the OSCE."),
])
def test_the_parties_between_end_where_the_name_ends(lang, text):
    assert ("armenia", "azerbaijan") in treaty_parties(text, lang, MAR_14_2025)
    assert not any("osce" in parties for parties in treaty_parties(text, lang, MAR_14_2025))


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Georgia signed an agreement between Georgia, Armenia and China on transit.",
     ("armenia", "china", "georgia")),
    ("ru", "Грузия подписала соглашение между Грузией, Арменией и Китаем о транзите.", ("armenia", "china", "georgia")),
])
def test_a_list_of_parties_between_goes_on_past_its_commas(lang, text, parties):
    assert parties in treaty_parties(text, lang, MAR_14_2025)


@pytest.mark.parametrize("lang,text,words", [
    ("uk", "США також підписали окремі угоди з Вірменією та Азербайджаном про розширення співпраці в енергетиці, "
           "торгівлі та технологіях і зняли обмеження на оборонну співпрацю.", {"cooperation", "energy", "trade"}),
    ("ru", "США также подписали отдельные соглашения с Арменией и Азербайджаном о расширении сотрудничества в "
           "энергетике и торговле.", {"cooperation", "energy", "trade"}),
    ("en", "The United States also signed separate agreements with Armenia and Azerbaijan on expanding cooperation in "
           "energy and trade and lifted limits on defence cooperation.", {"cooperation", "energy", "trade"}),
])
def test_separate_agreements_with_two_states_are_one_with_each(lang, text, words):
    found = treaty_names_in_both_languages_and_parties(text, lang, MAR_14_2025)
    assert {t[2] for t in found} == {("armenia", "united-states"), ("azerbaijan", "united-states")}
    assert all(words <= set((label_en or label).replace(",", "").split()) for label, label_en, _ in found)
    assert not any("limits" in (label_en or label) for label, label_en, _ in found)


@pytest.mark.parametrize("lang,text", [
    # near misses: one agreement with two partners, and separate talks but one agreement
    ("en", "The United States signed an agreement with Armenia and Azerbaijan on transit."),
    ("ru", "США подписали соглашение с Арменией и Азербайджаном о транзите."),
    ("uk", "США підписали угоду з Вірменією та Азербайджаном про транзит."),
])
def test_an_agreement_with_two_partners_not_told_separate_is_one(lang, text):
    assert treaty_parties(text, lang, MAR_14_2025) == {("armenia", "azerbaijan", "united-states")}


@pytest.mark.parametrize("lang,text", [
    ("uk", "8 серпня США підписали окремі угоди з Вірменією та Азербайджаном про розширення співпраці в енергетиці. "
           "Того ж дня Вірменія та Азербайджан парафували угоду про встановлення миру між Азербайджаном і Вірменією."),
    ("ru", "8 августа США подписали отдельные соглашения с Арменией и Азербайджаном о расширении сотрудничества в "
           "энергетике. В тот же день Армения и Азербайджан парафировали соглашение об установлении мира между "
           "Азербайджаном и Арменией."),
    ("en", "On August 8 the United States signed separate agreements with Armenia and Azerbaijan on energy "
           "cooperation. The same day Armenia and Azerbaijan initialled an agreement on establishing peace between "
           "Azerbaijan and Armenia."),
])
def test_agreements_told_apart_stay_apart_from_another_agreement_of_the_day(lang, text):
    assert {("armenia", "united-states"), ("azerbaijan", "united-states")} <= treaty_parties(text, lang, MAR_14_2025)
    assert ("armenia", "azerbaijan", "united-states") not in treaty_parties(text, lang, MAR_14_2025)


JUNE_10_2025 = date(2025, 6, 10)


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "State broadcaster Al Sharqiya said Uzbekistan and China signed 12 agreements worth $5 billion on Thursday.",
     ("china", "uzbekistan")),
    ("ru", "Как сообщает телеканал «Пятая волна», Узбекистан и Китай подписали 12 соглашений на $5 млрд.",
     ("china", "uzbekistan")),
    ("uk", "Як повідомляє телеканал «Пʼята хвиля», Узбекистан і Китай підписали 12 угод на $5 млрд.",
     ("china", "uzbekistan")),
    # near miss: a company that signs and then tells of it stays a party
    ("en", "Saudi Aramco and Sinopec signed a crude supply deal on Thursday, Aramco said.",
     ("saudi-aramco", "sinopec")),
])
def test_an_outlet_named_as_the_source_is_no_party(lang, text, parties):
    (treaty,) = facts(text, lang, JUNE_10_2025).treaties
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський прибув до Абу-Дабі. Україна та ОАЕ обговорили обмін полоненими. Він повідомив, що країни "
           "підписали економічну угоду."),
    ("ru", "Зеленский прибыл в Абу-Даби. Украина и ОАЭ обсудили обмен пленными. Он сообщил, что страны подписали "
           "экономическое соглашение."),
    ("en", "Zelensky arrived in Abu Dhabi. Ukraine and the UAE discussed a prisoner exchange. He said the countries "
           "signed an economic agreement."),
])
def test_the_countries_that_sign_are_the_states_the_article_names(lang, text):
    (treaty,) = facts(text, lang, JUNE_10_2025).treaties
    assert treaty.parties == ("ukraine", "united-arab-emirates")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський прибув до Абу-Дабі. Україна та ОАЕ обговорили обмін полоненими. Він повідомив, що президент "
           "країни підписав указ про економічну угоду."),
    ("ru", "Зеленский прибыл в Абу-Даби. Украина и ОАЭ обсудили обмен пленными. Он сообщил, что президент страны "
           "подписал указ об экономическом соглашении."),
])
def test_one_countrys_president_signing_is_no_signing_by_the_countries(lang, text):
    assert facts(text, lang, JUNE_10_2025).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("uk", "Україна та ОАЕ підписали економічну угоду, яка спрощує доступ українських товарів на ринок Еміратів."),
    ("ru", "Украина и ОАЭ подписали экономическое соглашение, которое упрощает доступ украинских товаров на "
           "рынок Эмиратов."),
    ("en", "Zelensky and Mohamed bin Zayed signed an economic agreement, which eases access of Ukrainian goods to the "
           "UAE market."),
])
def test_a_bare_agreement_takes_its_subject_from_the_clause_after_it(lang, text):
    (treaty,) = facts(text, lang, JUNE_10_2025).treaties
    name = treaty.label_en or treaty.label
    assert "economic agreement" in name and "access" in name and "goods" in name and "market" in name


@pytest.mark.parametrize("lang,text,told", [
    ("uk", "Україна та Індія погодили чотири спільні документи під час візиту. Вони стосуються медицини, аграрної "
           "сфери та культури.", True),
    ("ru", "Украина и Индия согласовали четыре совместных документа во время визита. Подписанные документы касаются "
           "медицины, сельского хозяйства и культуры.", True),
    ("en", "Ukraine and India signed four joint documents during the visit. The documents cover medicine, farming "
           "and culture.", True),
    # near miss: the next sentence tells something else of the visit
    ("en", "Ukraine and India signed four joint documents during the visit. The talks covered medicine, farming "
           "and culture.", False),
])
def test_a_batch_takes_the_subjects_the_next_sentence_gives_its_documents(lang, text, told):
    (treaty,) = facts(text, lang, JUNE_10_2025).treaties
    name = treaty.label_en or treaty.label
    assert ("medicine" in name and "culture" in name) == told
    assert "visit" not in name  # the occasion is no part of the name


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев и Пашинян встречались на саммите ШОС в Тяньцзине, а до того подписали в Вашингтоне мирную "
           "декларацию."),
    ("uk", "Алієв і Пашинян зустрічалися на саміті ШОС у Тяньцзіні, а до того підписали у Вашингтоні мирну "
           "декларацію."),
])
def test_the_body_whose_summit_the_leaders_attended_signs_nothing(lang, text):
    (treaty,) = facts(text, lang, JUNE_10_2025).treaties
    assert treaty.parties == ("armenia", "azerbaijan")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев и Пашинян подписали мирную декларацию, предусматривающую создание коридора, связывающего "
           "Азербайджан с Турцией."),
    ("uk", "Алієв і Пашинян підписали мирну декларацію, яка передбачає створення коридору, що з'єднує Азербайджан "
           "з Туреччиною."),
    ("en", "Aliyev and Pashinyan signed a peace declaration, which provides for a corridor linking Azerbaijan with "
           "Turkey."),
])
def test_a_state_the_clause_after_the_name_tells_of_is_no_party(lang, text):
    (treaty,) = facts(text, lang, JUNE_10_2025).treaties
    assert treaty.parties == ("armenia", "azerbaijan")
