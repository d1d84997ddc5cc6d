"""Treaties as outlets tell them: batches, partnership and peace agreements, roadmaps, joint declarations,
ministries' memoranda, companies' supply contracts, extensions, documents in force, initialled texts; and the
planned, negotiated or future signings that are no treaty (devset/real/README.md, "Treaties").

The sentences are invented, in ru, uk and en; each table has near misses.
"""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)


def _treaties(text: str, lang: str):  # type: ignore[no-untyped-def]
    return facts(text, lang, REF).treaties


# (lang, text, parties, words the English name holds)
SIGNED = [
    # batches: one treaty of the states
    ("en", "Slovakia and Hungary signed seven documents during the visit.", ("hungary", "slovakia"), "documents"),
    ("en", "Kazakhstan and Uzbekistan signed a package of agreements on trade and energy.",
     ("kazakhstan", "uzbekistan"), "package agreements"),
    ("ru", "Казахстан и Узбекистан подписали пакет соглашений о торговле и энергетике.",
     ("kazakhstan", "uzbekistan"), "package agreements"),
    ("uk", "За підсумками переговорів Токаєв і Мірзійоєв підписали 12 документів.", ("kazakhstan", "uzbekistan"),
     "documents"),
    ("en", "Dhaka and Male signed four instruments on Thursday to boost cooperation in fisheries.",
     ("bangladesh", "maldives"), "instruments"),
    ("en", "The joint commission of Iraq and Egypt ended with the signing of 11 memoranda of understanding.",
     ("egypt", "iraq"), "memoranda"),
    ("ru", "Путин провел переговоры с Токаевым в Астане. По итогам переговоров был подписан ряд двусторонних "
           "документов.", ("kazakhstan", "russia"), "documents"),
    ("uk", "Зеленський провів переговори з Туском у Варшаві. За підсумками зустрічі було підписано низку "
           "двосторонніх документів.", ("poland", "ukraine"), "documents"),
    # roadmaps, signed by ministers: their states
    ("en", "The foreign ministers of Turkey and Egypt signed a roadmap for cooperation.", ("egypt", "turkey"),
     "roadmap"),
    ("ru", "Министры иностранных дел России и Египта подписали дорожную карту сотрудничества.",
     ("egypt", "russia"), "roadmap"),
    ("uk", "Міністри закордонних справ України та Польщі підписали дорожню карту співпраці.", ("poland", "ukraine"),
     "roadmap"),
    # joint declarations adopted by leaders
    ("en", "Orban and Fico adopted a joint declaration on energy security.", ("hungary", "slovakia"),
     "joint declaration"),
    ("ru", "Лидеры Венгрии и Словакии приняли совместное заявление об энергетической безопасности.",
     ("hungary", "slovakia"), "joint statement"),
    ("uk", "Лідери Угорщини та Словаччини ухвалили спільну заяву про енергетичну безпеку.", ("hungary", "slovakia"),
     "joint statement"),
    # memoranda of ministries: their states
    ("en", "The Ministry of Energy of Kazakhstan and the Ministry of Industry of Egypt signed a memorandum of "
           "understanding on renewable energy.", ("egypt", "kazakhstan"), "memorandum"),
    ("ru", "Министерство энергетики Казахстана и министерство промышленности Египта подписали меморандум о "
           "взаимопонимании в сфере возобновляемой энергетики.", ("egypt", "kazakhstan"), "memorandum"),
    ("uk", "Міністерство енергетики України та міністерство економіки Польщі підписали меморандум про співпрацю в "
           "енергетиці.", ("poland", "ukraine"), "memorandum"),
    # companies' long-term contracts: the companies
    ("en", "Gazprom and CNPC signed a 30-year contract for gas supplies.", ("cnpc", "gazprom"), "contract"),
    ("ru", "«Газпром» и CNPC подписали долгосрочный контракт на поставку газа.", ("cnpc", "gazprom"),
     "long-term contract"),
    ("uk", "«Нафтогаз» і Orlen уклали довгостроковий контракт на постачання газу.", ("naftogaz", "orlen"),
     "long-term contract"),
    # companies the gazetteer does not know, named right after their state: the companies, not the states
    ("ru", "Польская PGNiG и американская Venture Global LNG заключили долгосрочное соглашение о поставках "
           "сжиженного газа.", ("new:pgnig", "venture-global"), "long-term agreement"),
    ("ru", "Польская PGNiG подписала 24-летний контракт с американской компанией Cheniere на поставку газа.",
     ("cheniere", "new:pgnig"), "contract"),
    ("en", "Poland's PGNiG signed a 24-year contract with US company Cheniere for LNG supplies.",
     ("cheniere", "new:pgnig"), "contract"),
    ("en", "Hungary's MVM and Gazprom signed a 15-year gas supply agreement.", ("gazprom", "new:mvm"),
     "gas supply agreement"),
    ("uk", "Угорська MVM і «Газпром» підписали угоду про постачання газу на 15 років.", ("gazprom", "new:mvm"),
     "agreement supply gas"),
    # peace agreements initialled: a treaty, not yet signed
    ("en", "Aliyev and Pashinyan initialled the peace agreement in Washington.", ("armenia", "azerbaijan"),
     "peace agreement"),
    ("ru", "Алиев и Пашинян парафировали мирное соглашение в Вашингтоне.", ("armenia", "azerbaijan"),
     "peace agreement"),
    ("uk", "Мирний договір між Вірменією та Азербайджаном поки лише парафували міністри закордонних справ.",
     ("armenia", "azerbaijan"), "peace treaty"),
    # extended
    ("en", "Slovakia's SPP and Gazprom extended their gas supply contract until 2034.", ("gazprom", "new:spp"),
     "gas supply contract"),
    ("ru", "Россия и Белоруссия продлили соглашение о военном сотрудничестве.", ("belarus", "russia"),
     "agreement military cooperation"),
    # documents in force, named with their parties
    ("en", "The agreement on free trade between Georgia and China entered into force in 2018.",
     ("china", "georgia"), "agreement free trade"),
    ("ru", "Соглашение о свободной торговле между Грузией и Китаем вступило в силу в 2018 году.",
     ("china", "georgia"), "agreement free trade"),
    ("uk", "Угода про вільну торгівлю між Грузією та Китаєм набула чинності у 2018 році.", ("china", "georgia"),
     "agreement free trade"),
    ("en", "Under the 2019 agreement between Ukraine and Qatar, citizens travel without visas.", ("qatar", "ukraine"),
     "agreement"),
    ("ru", "Согласно соглашению 2019 года между Украиной и Катаром, граждане ездят без виз.", ("qatar", "ukraine"),
     "agreement"),
    ("uk", "Згідно з угодою 2019 року між Україною та Катаром громадяни їздять без віз.", ("qatar", "ukraine"),
     "agreement"),
]


@pytest.mark.parametrize("lang,text,parties,words", SIGNED)
def test_a_document_told_made_is_one_treaty_of_its_parties(lang, text, parties, words):
    (treaty,) = _treaties(text, lang)
    assert treaty.parties == parties
    name = (treaty.label_en or treaty.label).lower()
    assert all(w in name for w in words.split()), name


@pytest.mark.parametrize("lang,text", [
    ("en", "The foreign ministers of Armenia and Azerbaijan initialled the text of the peace treaty."),
    ("ru", "Алиев и Пашинян парафировали мирное соглашение в Вашингтоне."),
    ("en", "Russia and Belarus have extended their agreement on military cooperation."),
    ("en", "The agreement on free trade between Georgia and China entered into force in 2018."),
])
def test_an_initialled_extended_or_existing_document_tells_no_signing_day(lang, text):
    (treaty,) = _treaties(text, lang)
    assert treaty.signed_on is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Egypt and Russia will sign an agreement on nuclear energy next week."),
    ("ru", "Египет и Россия подпишут соглашение о ядерной энергетике на следующей неделе."),
    ("uk", "Єгипет і Росія підпишуть угоду про ядерну енергетику наступного тижня."),
    ("en", "Russia and Egypt are expected to sign an agreement on nuclear energy next month."),
    ("ru", "Россия и Египет планируют подписать соглашение о ядерной энергетике."),
    ("en", "The two countries are negotiating a free trade agreement."),
    ("ru", "Стороны обсудили проект соглашения о свободной торговле."),
    ("uk", "Сторони обговорили проєкт угоди про вільну торгівлю."),
    ("en", "The initial agreement between the two sides was reached in March."),
    ("ru", "Стороны договорились продолжить консультации."),
    ("en", "Georgia and China discussed trade."),
    ("ru", "В 2019 году Украина и Катар обсуждали соглашение о визах."),
    # a person after a state's possessive is no company
    ("en", "Ghana's Mahama signed nothing during the visit."),
])
def test_a_signing_to_come_or_a_draft_under_talks_is_no_treaty(lang, text):
    assert _treaties(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("uk", "Україна отримає американський LNG через Польщу."),
    ("en", "Poland buys Qatar's LNG."),
    ("en", "Ghana's Mahama met Putin."),
])
def test_a_commodity_or_a_person_after_a_state_is_no_company(lang, text):
    assert not [m for m in facts(text, lang, REF).mentions if m.actor.startswith("new:")]
