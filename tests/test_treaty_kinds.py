"""Kinds of treaty and agreement, in Russian, Ukrainian and English: roadmaps, action plans, programmes, joint
statements and declarations, protocols, intergovernmental and interdepartmental agreements, memoranda of ministries;
contracts and supply deals of companies and arms deals of states; batches of documents, signed or exchanged; named
treaties; a document ratified, in force, extended, expiring or suspended; the parties as states, capitals, leaders,
ministries or two adjectives; the signing day told relatively. With the near misses that make no document: a draft,
talks, a hope or an offer, a signing agreed on for later, views exchanged, talks suspended, an agreement to meet,
deals counted as transactions. (tests/test_treaty_paraphrases.py covers the wordings of signing itself.) The
sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday
RU, CN, VN, US, UA, PL = "russia", "china", "vietnam", "united-states", "ukraine", "poland"


def _parties(lang: str, text: str) -> set[frozenset[str]]:
    """Each treaty's parties."""
    return {frozenset(t.parties) for t in facts(text, lang, REF).treaties}


KINDS = [
    ("en", "Russia and Vietnam signed a roadmap for cooperation in energy.", (RU, VN)),
    ("en", "Azerbaijan and Georgia adopted an action plan on transport for 2025-2027.", ("azerbaijan", "georgia")),
    ("en", "Turkey and Serbia signed a programme of cooperation in culture for 2025-2028.", ("turkey", "serbia")),
    ("en", "After the talks the presidents of Kazakhstan and Kyrgyzstan issued a joint statement.",
     ("kazakhstan", "kyrgyzstan")),
    ("en", "India and Japan released a joint declaration on clean energy.", ("india", "japan")),
    ("en", "Moldova and Romania signed a protocol on border crossings.", ("moldova", "romania")),
    ("en", "An intergovernmental agreement on visa-free travel was signed by Armenia and Georgia.",
     ("armenia", "georgia")),
    ("en", "The health ministries of Egypt and Jordan signed a memorandum of understanding.", ("egypt", "jordan")),
    ("en", "Kenya and Uganda inked an MoU on the construction of an oil pipeline.", ("kenya", "uganda")),
    ("en", "The leaders of Egypt and Greece adopted a joint communique on maritime cooperation.", ("egypt", "greece")),
    ("ru", "Россия и Вьетнам подписали дорожную карту сотрудничества в энергетике.", (RU, VN)),
    ("ru", "Азербайджан и Грузия утвердили план действий в области транспорта на 2025–2027 годы.",
     ("azerbaijan", "georgia")),
    ("ru", "Главы МИД Белоруссии и Китая подписали программу сотрудничества на 2025–2026 годы.", ("belarus", CN)),
    ("ru", "По итогам переговоров президенты Казахстана и Киргизии приняли совместное заявление.",
     ("kazakhstan", "kyrgyzstan")),
    ("ru", "Молдавия и Румыния подписали протокол о пунктах пропуска.", ("moldova", "romania")),
    ("ru", "Между Арменией и Грузией было подписано межправительственное соглашение о безвизовых поездках.",
     ("armenia", "georgia")),
    ("ru", "Минздравы Египта и Иордании подписали меморандум о взаимопонимании.", ("egypt", "jordan")),
    ("ru", "Министерства транспорта Казахстана и Китая заключили межведомственное соглашение о перевозках.",
     ("kazakhstan", CN)),
    ("ru", "Египет и Греция приняли совместное коммюнике о морском сотрудничестве.", ("egypt", "greece")),
    ("uk", "Україна та Литва підписали дорожню карту співпраці в оборонній галузі.", (UA, "lithuania")),
    ("uk", "Україна та Молдова затвердили план дій щодо інтеграції енергосистем.", (UA, "moldova")),
    ("uk", "Міністерства освіти України та Польщі підписали програму співпраці на 2025–2027 роки.", (UA, PL)),
    ("uk", "Президенти України та Литви ухвалили спільну заяву.", (UA, "lithuania")),
    ("uk", "Україна та Румунія підписали протокол про прикордонний контроль.", (UA, "romania")),
    ("uk", "Між Україною та Чехією підписано міжурядову угоду про соціальне забезпечення.", (UA, "czech-republic")),
    ("uk", "Україна та Фінляндія підписали спільну декларацію про підтримку.", (UA, "finland")),
    ("uk", "Міністерства юстиції України та Молдови уклали міжвідомчу угоду про обмін даними.", (UA, "moldova")),
]


@pytest.mark.parametrize("lang,text,parties", KINDS)
def test_every_kind_of_document_signed_or_adopted_by_states_is_a_treaty_of_those_states(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


RELEASED = [
    ("en", "Russia and China published a joint statement.", (RU, CN)),
    ("ru", "Россия и Китай опубликовали совместное заявление.", (RU, CN)),
    ("ru", "Россия и Китай обнародовали совместное заявление.", (RU, CN)),
    ("uk", "Україна та Японія оприлюднили спільну заяву.", (UA, "japan")),
    ("uk", "Україна та Японія опублікували спільну заяву.", (UA, "japan")),
]


@pytest.mark.parametrize("lang,text,parties", RELEASED)
def test_a_joint_statement_published_is_a_treaty_as_one_adopted(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


COMMERCIAL = [
    ("en", "Gazprom and CNPC signed a 30-year gas supply contract.", ("gazprom", "cnpc")),
    ("en", "QatarEnergy signed a 27-year LNG supply deal with Sinopec.", ("qatarenergy", "sinopec")),
    ("en", "Saudi Aramco struck a long-term crude supply agreement with Indian Oil Corporation.",
     ("saudi-aramco", "indian-oil")),
    ("en", "A long-term LNG contract was signed between ADNOC and Indian Oil Corporation.", ("adnoc", "indian-oil")),
    ("en", "Rosatom and Uzbekistan signed a contract for the construction of a nuclear plant.",
     ("rosatom", "uzbekistan")),
    ("en", "India signed a contract with Russia to buy S-400 air defence systems.", ("india", RU)),
    ("en", "Egypt signed a deal with France for 30 Rafale jets.", ("egypt", "france")),
    ("ru", "«Газпром» и CNPC подписали долгосрочный контракт на поставку газа.", ("gazprom", "cnpc")),
    ("ru", "«Роснефть» заключила с Reliance Industries контракт на поставку нефти сроком на десять лет.",
     ("rosneft", "reliance-industries")),
    ("ru", "QatarEnergy и Sinopec заключили 27-летнее соглашение о поставках СПГ.", ("qatarenergy", "sinopec")),
    ("ru", "«Росатом» подписал с Узбекистаном контракт на строительство АЭС.", ("rosatom", "uzbekistan")),
    ("ru", "Индия заключила с Россией контракт на поставку систем С-400.", ("india", RU)),
    ("uk", "«Нафтогаз» уклав з Equinor угоду про постачання газу.", ("naftogaz", "equinor")),
    ("uk", "«Газпром» і CNPC підписали довгостроковий контракт на постачання газу.", ("gazprom", "cnpc")),
    ("uk", "Україна підписала контракт зі Швецією на постачання літаків.", (UA, "sweden")),
]


@pytest.mark.parametrize("lang,text,parties", COMMERCIAL)
def test_a_contract_or_supply_deal_has_its_signers_as_parties_companies_or_states(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


RUSSIAN_DEALS = [
    ("«Роснефть» и Indian Oil Corporation заключили сделку на поставку нефти.", ("rosneft", "indian-oil")),
    ("QatarEnergy подписала с Sinopec 27-летнюю сделку по поставкам СПГ.", ("qatarenergy", "sinopec")),
    ("Египет подписал с Францией сделку на поставку 30 истребителей Rafale.", ("egypt", "france")),
    ("Сделка между Россией и Индией о поставках нефти была заключена в декабре.", (RU, "india")),
]


@pytest.mark.parametrize("text,parties", RUSSIAN_DEALS)
def test_a_russian_deal_signed_is_a_document_as_a_contract_is(text, parties):
    assert _parties("ru", text) == {frozenset(parties)}


@pytest.mark.parametrize("text", [
    "Иран планирует увеличить объем торговых сделок с Россией на 30%.",
    "Более 90% сделок между Россией и Китаем проводятся в рублях и юанях.",
    "Россия и Индия ведут переговоры о сделке по поставкам нефти.",
    "Россия и Индия могут заключить сделку по поставкам нефти.",
])
def test_deals_counted_as_transactions_or_still_talked_of_are_no_treaty(text):
    assert _parties("ru", text) == set()


BATCHES = [
    ("en", "A package of 20 agreements was signed during Putin's visit to Vietnam.", (RU, VN)),
    ("en", "Kazakhstan and China signed 15 documents covering trade and transport.", ("kazakhstan", CN)),
    ("en", "More than 30 agreements worth $10 billion were signed by India and the UAE.",
     ("india", "united-arab-emirates")),
    ("en", "Some 20 intergovernmental and commercial documents were signed between Russia and Mongolia.",
     (RU, "mongolia")),
    ("en", "Russia and Mongolia signed several agreements.", (RU, "mongolia")),
    ("ru", "В ходе визита Путина во Вьетнам подписан пакет из 20 соглашений.", (RU, VN)),
    ("ru", "Россия и Монголия подписали свыше 20 межправительственных и коммерческих документов.", (RU, "mongolia")),
    ("ru", "Индия и ОАЭ подписали более 30 соглашений на сумму свыше 10 миллиардов долларов.",
     ("india", "united-arab-emirates")),
    ("ru", "Россия и Монголия подписали несколько соглашений.", (RU, "mongolia")),
    ("uk", "Україна та Польща підписали низку документів щодо енергетики.", (UA, PL)),
    ("uk", "Під час візиту Зеленського до Литви підписано пакет з п'яти угод.", (UA, "lithuania")),
    ("uk", "Україна та Данія уклали шість угод про співпрацю.", (UA, "denmark")),
]


@pytest.mark.parametrize("lang,text,parties", BATCHES)
def test_a_batch_counted_or_packaged_is_one_treaty_of_its_signers(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


EXCHANGED = [
    ("en", "India and Sri Lanka exchanged memoranda of understanding on energy and defence.", ("india", "sri-lanka")),
    ("en", "Uzbekistan and Turkey exchanged 12 agreements in the presence of the presidents.",
     ("uzbekistan", "turkey")),
    ("en", "Modi met Dissanayake in Colombo on Saturday. The two sides exchanged seven MoUs.", ("india", "sri-lanka")),
    ("ru", "Узбекистан и Турция обменялись 12 соглашениями.", ("uzbekistan", "turkey")),
    ("ru", "Мирзиёев провел переговоры с Эрдоганом в Анкаре. Стороны обменялись документами о сотрудничестве.",
     ("uzbekistan", "turkey")),
    ("uk", "Україна та Данія обмінялися шістьма угодами.", (UA, "denmark")),
    ("uk", "Україна та Данія обмінялися меморандумами про співпрацю.", (UA, "denmark")),
]


@pytest.mark.parametrize("lang,text,parties", EXCHANGED)
def test_documents_exchanged_at_a_ceremony_are_documents_signed(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministers exchanged views on the draft agreement on trade between Russia and Vietnam."),
    ("en", "Following the signing, officials of India and Bangladesh exchanged the agreements."),
    ("ru", "Министры России и Вьетнама обменялись мнениями о соглашении о торговле."),
    ("ru", "Россия и Вьетнам обменяются соглашениями на следующей неделе."),
    ("uk", "Міністри України та Польщі обмінялися думками щодо угоди про торгівлю."),
])
def test_views_exchanged_or_the_documents_told_before_are_no_new_treaty(lang, text):
    assert _parties(lang, text) == set()


def test_the_label_of_documents_exchanged_ends_before_who_was_present():
    found = facts("India and Sri Lanka on Monday exchanged key memoranda of understanding in the presence of "
                  "Prime Minister Narendra Modi.", "en", REF).treaties
    assert [t.label for t in found] == ["memoranda of understanding"]


NAMED = [
    ("en", "Russia and North Korea signed a Treaty on Comprehensive Strategic Partnership.", (RU, "north-korea")),
    ("en", "Moscow and Pyongyang signed a comprehensive strategic partnership treaty.", (RU, "north-korea")),
    ("en", "Vietnam and Laos signed a Treaty of Friendship and Cooperation.", (VN, "laos")),
    ("ru", "Россия и КНДР подписали договор о всеобъемлющем стратегическом партнерстве.", (RU, "north-korea")),
    ("ru", "Вьетнам и Лаос заключили Договор о дружбе и сотрудничестве.", (VN, "laos")),
    ("uk", "Росія та Іран підписали договір про всеосяжне стратегічне партнерство.", (RU, "iran")),
    ("uk", "В'єтнам і Лаос уклали Договір про дружбу та співробітництво.", (VN, "laos")),
]


@pytest.mark.parametrize("lang,text,parties", NAMED)
def test_a_named_treaty_is_one_treaty_of_the_states_that_sign_it(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


STATUSES = [
    ("en", "The United States and Russia extended New START for five years.", (RU, US), "extended"),
    ("ru", "Россия и США продлили ДСНВ на пять лет.", (RU, US), "extended"),
    ("uk", "Росія та США продовжили дію ДСНО на п'ять років.", (RU, US), "extended"),
    ("en", "Kazakhstan and Russia prolonged their agreement on the lease of Baikonur until 2050.",
     ("kazakhstan", RU), "extended"),
    ("ru", "Казахстан и Россия продлили соглашение об аренде Байконура до 2050 года.", ("kazakhstan", RU), "extended"),
    ("en", "The free trade agreement between Ukraine and Turkey will expire next year.", (UA, "turkey"), "expiring"),
    ("ru", "Соглашение о зоне свободной торговли между Украиной и Турцией вступило в силу.", (UA, "turkey"),
     "in_force"),
    ("uk", "Угода про вільну торгівлю між Україною та Туреччиною набула чинності.", (UA, "turkey"), "in_force"),
    ("en", "Turkey ratified the free trade agreement with Ukraine.", ("turkey", UA), None),
    ("ru", "Госдума ратифицировала соглашение с Вьетнамом о взаимной защите инвестиций.", (RU, VN), None),
    ("uk", "Туреччина ратифікувала угоду про вільну торгівлю з Україною.", ("turkey", UA), None),
]


@pytest.mark.parametrize("lang,text,parties,status", STATUSES)
def test_a_document_ratified_in_force_extended_or_expiring_keeps_its_parties_and_status(lang, text, parties, status):
    assert {(frozenset(t.parties), t.status) for t in facts(text, lang, REF).treaties} == {(frozenset(parties), status)}


SUSPENDED = [
    ("en", "Russia suspended the agreement with Norway on fishing.", (RU, "norway")),
    ("en", "The agreement between Russia and Norway on fishing was suspended.", (RU, "norway")),
    ("ru", "Россия приостановила действие соглашения с Норвегией о рыболовстве.", (RU, "norway")),
    ("uk", "Росія призупинила дію угоди з Норвегією про рибальство.", (RU, "norway")),
]


@pytest.mark.parametrize("lang,text,parties", SUSPENDED)
def test_a_document_suspended_is_a_treaty_made_before_now_suspended(lang, text, parties):
    assert {(frozenset(t.parties), t.status) for t in facts(text, lang, REF).treaties} == \
        {(frozenset(parties), "suspended")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia suspended talks with Norway on the agreement on fishing."),
    ("ru", "Россия приостановила переговоры с Норвегией о соглашении о рыболовстве."),
    ("uk", "Росія призупинила переговори з Норвегією щодо угоди про рибальство."),
])
def test_talks_suspended_on_an_agreement_are_no_treaty(lang, text):
    assert _parties(lang, text) == set()


PARTIES = [
    ("en", "Tokyo and Manila signed a reciprocal access agreement on Monday.", ("japan", "philippines")),
    ("en", "Erdogan and Aliyev signed a declaration on allied relations.", ("turkey", "azerbaijan")),
    ("en", "The foreign ministers of Armenia and Georgia signed the document.", ("armenia", "georgia")),
    ("en", "The agreement, signed by Lavrov and Wang Yi, covers visa-free travel.", (RU, CN)),
    ("en", "The Chinese and Pakistani foreign ministers signed an agreement on a railway.", (CN, "pakistan")),
    ("en", "Indian and Russian officials signed a protocol on shipping.", ("india", RU)),
    ("ru", "Токио и Манила в понедельник подписали соглашение о взаимном доступе.", ("japan", "philippines")),
    ("ru", "Эрдоган и Алиев подписали декларацию о союзнических отношениях.", ("turkey", "azerbaijan")),
    ("ru", "Документ подписали министры иностранных дел Армении и Грузии.", ("armenia", "georgia")),
    ("ru", "Соглашение, подписанное Лавровым и Ван И, касается безвизовых поездок.", (RU, CN)),
    ("ru", "Российская и узбекская делегации подписали протокол о судоходстве.", (RU, "uzbekistan")),
    ("uk", "Ердоган та Алієв підписали декларацію про союзницькі відносини.", ("turkey", "azerbaijan")),
    ("uk", "Документ підписали міністри закордонних справ України та Литви.", (UA, "lithuania")),
    ("uk", "Українська та польська делегації підписали протокол про судноплавство.", (UA, PL)),
]


@pytest.mark.parametrize("lang,text,parties", PARTIES)
def test_parties_told_as_capitals_leaders_ministers_or_adjectives_are_their_states(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text,day", [
    ("en", "Tokyo and Manila signed a reciprocal access agreement on Monday.", date(2025, 3, 10)),
    ("en", "Two days ago Uzbekistan and Tajikistan signed a treaty on the border.", date(2025, 3, 12)),
    ("ru", "Токио и Манила в понедельник подписали соглашение о взаимном доступе.", date(2025, 3, 10)),
    ("uk", "Два дні тому Узбекистан і Таджикистан підписали договір про кордон.", date(2025, 3, 12)),
    ("uk", "Київ і Вільнюс у вівторок підписали угоду про оборонну співпрацю.", date(2025, 3, 11)),
])
def test_a_signing_day_told_relatively_is_resolved_against_the_publication_date(lang, text, day):
    found = facts(text, lang, REF).treaties
    assert [(t.signed_on.year, t.signed_on.month, t.signed_on.day) for t in found if t.signed_on] == \
        [(day.year, day.month, day.day)]


NOT_MADE = [
    # drafted, discussed, negotiated, hoped for, offered, prepared, still to come
    ("en", "Russia and China are drafting a roadmap for cooperation."),
    ("en", "The two countries discussed a possible free trade agreement."),
    ("en", "Kazakhstan hopes to sign an agreement with Uzbekistan next year."),
    ("en", "Armenia and Azerbaijan are still negotiating the text of a peace treaty."),
    ("en", "Talks on a free trade agreement between India and the UAE resumed."),
    ("en", "The leaders called for a new arms control treaty between Russia and the United States."),
    ("en", "Washington proposed a minerals deal to Kyiv."),
    ("en", "A memorandum between Georgia and Armenia is being prepared."),
    ("en", "Ukraine and Poland may sign a memorandum on grain transit in May."),
    ("en", "Tehran and Moscow are working on a new comprehensive agreement."),
    ("en", "Russia and China are preparing a package of documents for the visit."),
    ("en", "Kazakhstan and Uzbekistan will sign a roadmap in June."),
    ("en", "The leaders instructed their governments to prepare an agreement on cooperation."),
    ("ru", "Россия и Китай разрабатывают дорожную карту сотрудничества."),
    ("ru", "Стороны обсудили возможное соглашение о свободной торговле."),
    ("ru", "Казахстан надеется подписать соглашение с Узбекистаном в следующем году."),
    ("ru", "Армения и Азербайджан продолжают переговоры по тексту мирного договора."),
    ("ru", "Лидеры призвали заключить новый договор о контроле над вооружениями."),
    ("ru", "Вашингтон предложил Киеву сделку по полезным ископаемым."),
    ("ru", "Готовится меморандум между Грузией и Арменией."),
    ("ru", "Украина и Польша могут подписать меморандум о транзите зерна в мае."),
    ("ru", "Россия и Китай готовят пакет документов к визиту."),
    ("ru", "Казахстан и Узбекистан подпишут дорожную карту в июне."),
    ("ru", "Россия предложила Китаю заключить соглашение о свободной торговле."),
    ("ru", "Лидеры поручили правительствам подготовить соглашение о сотрудничестве."),
    ("uk", "Україна та Польща розробляють дорожню карту співпраці."),
    ("uk", "Сторони обговорили можливу угоду про вільну торгівлю."),
    ("uk", "Україна сподівається підписати угоду з Молдовою наступного року."),
    ("uk", "Вашингтон запропонував Києву угоду щодо корисних копалин."),
    ("uk", "Готується меморандум між Україною та Молдовою."),
    ("uk", "Україна та Польща можуть підписати меморандум про транзит зерна у травні."),
    ("uk", "Вірменія та Азербайджан продовжують переговори щодо тексту мирного договору."),
    ("uk", "Лідери закликали укласти новий договір про контроль над озброєннями."),
    ("uk", "Україна та Польща готують пакет документів до візиту."),
    ("uk", "Україна та Литва підпишуть дорожню карту в червні."),
    ("uk", "Україна запропонувала Польщі укласти угоду про спільне виробництво."),
    ("uk", "Лідери доручили урядам підготувати угоду про співпрацю."),
    # a figure, not a document
    ("en", "More than 90% of deals between Russia and China are settled in roubles and yuan."),
    ("en", "Russia and India agreed to raise trade to $100 billion."),
    ("ru", "Россия и Индия договорились довести товарооборот до 100 миллиардов долларов."),
    ("uk", "Понад 90% угод між Росією та Китаєм здійснюються в рублях і юанях."),
]


@pytest.mark.parametrize("lang,text", NOT_MADE)
def test_a_document_drafted_discussed_hoped_for_offered_or_still_to_come_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and Vietnam agreed to sign an agreement on investment at the next meeting."),
    ("en", "The two presidents agreed to conclude a treaty on friendship next year."),
    ("ru", "Россия и Вьетнам договорились подписать соглашение об инвестициях на следующей встрече."),
    ("ru", "Стороны условились заключить договор о дружбе в следующем году."),
    ("ru", "Россия и Вьетнам условились о подписании соглашения об инвестициях."),
    ("uk", "Україна та Польща домовилися підписати угоду про інвестиції на наступній зустрічі."),
    ("uk", "Україна та Польща домовилися про підписання угоди про інвестиції."),
])
def test_a_signing_agreed_on_for_later_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Russia and Vietnam agreed on cooperation and signed an agreement on investment.", (RU, VN)),
    ("ru", "Россия и Вьетнам договорились о сотрудничестве и подписали соглашение об инвестициях.", (RU, VN)),
    ("uk", "Україна та Польща домовилися про співпрацю і підписали угоду про інвестиції.", (UA, PL)),
])
def test_an_agreement_reached_beside_a_signing_leaves_the_signing_a_treaty(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Xi agreed to meet again in the autumn."),
    ("en", "Japan and South Korea agreed to hold talks on a fisheries deal."),
    ("en", "Russia and China agreed on a meeting next week."),
    ("ru", "Путин и Си Цзиньпин договорились встретиться осенью."),
    ("ru", "Россия и Китай договорились о встрече на следующей неделе."),
    ("uk", "Зеленський і Дуда домовилися зустрітися восени."),
    ("uk", "Україна та Польща домовилися про зустріч наступного тижня."),
])
def test_an_agreement_to_meet_is_no_document(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text", [
    ("ru", "МИД Китая опубликовал заявление о ситуации на Украине."),
    ("en", "The newspaper published an article about the agreement between Russia and Vietnam."),
])
def test_a_statement_of_one_side_or_an_article_published_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()

EXISTING = [
    ("en", "The ministers reviewed the recent pact between Saudi Arabia and Italy on energy cooperation.",
     ("saudi-arabia", "italy")),
    ("en", "The existing free trade agreement between Georgia and China covers most goods.", ("georgia", CN)),
    ("en", "Trade grew under the current free trade agreement between Georgia and China.", ("georgia", CN)),
    ("ru", "Министры обсудили недавнее соглашение между Саудовской Аравией и Италией об энергетике.",
     ("saudi-arabia", "italy")),
    ("ru", "Действующее соглашение о свободной торговле между Грузией и Китаем охватывает большинство товаров.",
     ("georgia", CN)),
    ("uk", "Чинна угода про вільну торгівлю між Грузією та Китаєм охоплює більшість товарів.", ("georgia", CN)),
    ("ru", "Российско-вьетнамское соглашение о безвизовом режиме действует с 2009 года.", (RU, VN)),
    ("uk", "Українсько-польська угода про прикордонний рух діє з 2009 року.", (UA, PL)),
    ("en", "The free trade agreement between Georgia and China, signed in 2017, removed tariffs.", ("georgia", CN)),
    ("ru", "Соглашение о свободной торговле между Грузией и Китаем, подписанное в 2017 году, отменило пошлины.",
     ("georgia", CN)),
]


@pytest.mark.parametrize("lang,text,parties", EXISTING)
def test_a_document_in_force_named_with_its_parties_is_a_treaty_though_signed_long_ago(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


def test_a_word_of_being_in_force_is_no_part_of_the_name():
    found = facts("The ministers reviewed the recent pact between Saudi Arabia and Italy on energy cooperation.",
                  "en", REF).treaties
    assert [t.label.split()[0] for t in found] == ["pact"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Under the agreement between Russia and China, gas deliveries will rise."),
    ("en", "A future agreement between Georgia and China could cover services."),
    ("en", "A new agreement between Georgia and China is under discussion."),
    ("ru", "Возможное соглашение между Грузией и Китаем может охватить услуги."),
    ("ru", "Новое соглашение между Грузией и Китаем обсуждается."),
    ("uk", "Можлива угода між Грузією та Китаєм може охопити послуги."),
])
def test_an_agreement_between_two_states_told_as_possible_or_new_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "The Kenyan government signed a memorandum with Angola on tourism.", ("kenya", "angola")),
    ("en", "The Chinese side signed an agreement with Pakistan on a railway.", (CN, "pakistan")),
    ("ru", "Кенийское правительство подписало с Анголой меморандум о туризме.", ("kenya", "angola")),
    ("uk", "Кенійський уряд підписав з Анголою меморандум про туризм.", ("kenya", "angola")),
    ("en", "The Government of Kenya and the Government of Angola signed a memorandum on tourism.", ("kenya", "angola")),
    ("ru", "Правительство Кении и правительство Анголы подписали меморандум о туризме.", ("kenya", "angola")),
    ("uk", "Уряд Кенії та уряд Анголи підписали меморандум про туризм.", ("kenya", "angola")),
])
def test_a_government_or_side_told_by_its_states_adjective_signs_for_that_state(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Work on the treaty between Moscow and Tehran was suspended."),
    ("ru", "Работа над договором между Москвой и Тегераном была приостановлена."),
    ("uk", "Робота над договором між Москвою та Тегераном була призупинена."),
    ("en", "The text of the agreement between Russia and Iran is almost ready."),
    ("ru", "Текст соглашения между Россией и Ираном почти готов."),
])
def test_a_text_still_being_worked_on_is_no_treaty_whatever_befalls_the_work(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "The cabinet approved the draft memorandum with Britain and authorised the minister to sign it."),
    ("en", "Ukraine intends to sign a memorandum on defence with Britain."),
    ("ru", "Правительство одобрило проект меморандума с Великобританией и поручило министру подписать документ."),
    ("ru", "Украина намерена подписать с Великобританией меморандум об обороне."),
    ("uk", "Кабмін схвалив проєкт меморандуму з Великою Британією та уповноважив міністра підписати документ."),
    ("uk", "Україна має намір підписати з Великою Британією меморандум про оборону."),
])
def test_a_minister_authorised_or_a_state_intending_to_sign_makes_no_treaty_yet(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "A memorandum of understanding between the governments of Ukraine and the United States on commercial "
           "cooperation was signed.", (UA, US)),
    ("ru", "Подписан меморандум о взаимопонимании между правительствами Украины и США о коммерческом сотрудничестве.",
     (UA, US)),
    ("uk", "Підписано меморандум про взаєморозуміння між урядами України та США щодо комерційної співпраці.", (UA, US)),
    ("ru", "Министры обороны подписали меморандум между Кабинетом министров Украины и правительством Великобритании "
           "о сотрудничестве в сфере обороны.", (UA, "united-kingdom")),
    ("uk", "Міністри оборони підписали меморандум між Кабінетом Міністрів України та урядом Великої Британії про "
           "співпрацю у сфері оборони.", (UA, "united-kingdom")),
    ("en", "On Thursday Ukraine and the United States signed a memorandum on preparing an agreement on minerals.",
     (UA, US)),
])
def test_a_memorandum_between_two_governments_is_a_treaty_of_their_states(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


LEFT = [
    ("en", "Russia withdrew from its agreement with Japan on visa-free exchanges.", (RU, "japan")),
    ("en", "Japan accused Russia of violating the agreement on visa-free exchanges between the two countries.",
     (RU, "japan")),
    ("ru", "Россия вышла из соглашения с Японией о безвизовых обменах.", (RU, "japan")),
    ("ru", "Москва объявила о выходе из соглашения с Токио о безвизовых обменах.", (RU, "japan")),
    ("uk", "Росія вийшла з угоди з Японією про безвізові обміни.", (RU, "japan")),
]


@pytest.mark.parametrize("lang,text,parties", LEFT)
def test_an_agreement_left_or_broken_is_a_treaty_made_before(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia withdrew from talks with Japan on an agreement on fishing."),
    ("en", "Russia withdrew its ambassador from Japan after the agreement on fishing was discussed."),
    ("ru", "Россия вышла из переговоров с Японией о соглашении по рыболовству."),
    ("uk", "Росія вийшла з переговорів з Японією щодо угоди про рибальство."),
])
def test_leaving_talks_on_an_agreement_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Qatar signed a 27-year LNG deal with China's Sinopec.", ("qatar", "sinopec")),
    ("en", "QatarEnergy signed a 27-year LNG deal with China's Sinopec.", ("qatarenergy", "sinopec")),
    ("en", "Russia's Gazprom and China's CNPC signed a contract on the Far Eastern route.", ("gazprom", "cnpc")),
    ("en", "Azerbaijan's SOCAR signed a memorandum with Saudi Aramco on refining.", ("socar", "saudi-aramco")),
    ("ru", "Российский «Газпром» и китайская CNPC подписали контракт по дальневосточному маршруту.",
     ("gazprom", "cnpc")),
    ("uk", "«Нафтогаз» підписав з польською Orlen угоду про постачання LNG.", ("naftogaz", "orlen")),
    ("en", "In the presence of Putin and Xi, Gazprom and CNPC signed a memorandum on the pipeline.",
     ("gazprom", "cnpc")),
    ("ru", "Документ подписали глава «Газпрома» Алексей Миллер и президент SOCAR Ровшан Наджаф.", ("gazprom", "socar")),
])
def test_a_state_told_only_to_place_its_company_is_no_party_beside_the_company(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


CONCLUDED = [
    ("en", "India and the UAE finalised a comprehensive economic partnership agreement.",
     ("india", "united-arab-emirates")),
    ("en", "India and the UAE finalized a comprehensive economic partnership agreement.",
     ("india", "united-arab-emirates")),
    ("en", "India and the UAE entered into an agreement on food security.", ("india", "united-arab-emirates")),
    ("en", "India and the UAE forged an agreement on food security.", ("india", "united-arab-emirates")),
    ("ru", "Индия и ОАЭ оформили соглашение о продовольственной безопасности.", ("india", "united-arab-emirates")),
    ("ru", "Индия и ОАЭ заключают соглашение о продовольственной безопасности", ("india", "united-arab-emirates")),
    ("uk", "Індія та ОАЕ оформили угоду про продовольчу безпеку.", ("india", "united-arab-emirates")),
    ("uk", "Енергоатом і Westinghouse підписали контракт на будівництво енергоблоків.", ("energoatom", "westinghouse")),
]


@pytest.mark.parametrize("lang,text,parties", CONCLUDED)
def test_a_document_finalised_forged_entered_into_or_drawn_up_is_concluded(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "India and the UAE are finalising an agreement on food security."),
    ("en", "India and the UAE entered into talks on an agreement on food security."),
    ("en", "India and the UAE entered into negotiations on a deal on food security."),
    ("en", "India and the UAE hope to finalise an agreement on food security."),
    ("ru", "Индия и ОАЭ оформили визы для делегаций перед соглашением о продовольственной безопасности."),
    ("ru", "Индия и ОАЭ намерены оформить соглашение о продовольственной безопасности."),
    ("ru", "Индия и ОАЭ заключат соглашение о продовольственной безопасности."),
])
def test_a_conclusion_still_at_work_hoped_for_or_of_something_else_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "Соглашение, подписанное Россией и Китаем, отменило пошлины.", (RU, CN)),
    ("ru", "Соглашение о торговле электроэнергией, подписанное Кенией и Эфиопией пять лет назад, истекает.",
     ("kenya", "ethiopia")),
    ("ru", "Соглашение о торговле, которое подписали Россия и Китай, отменило пошлины.", (RU, CN)),
    ("uk", "Угода про торгівлю, яку підписали Україна та Польща, скасувала мита.", (UA, PL)),
    ("uk", "Угода про торгівлю електроенергією, підписана Кенією та Ефіопією п'ять років тому, спливає.",
     ("kenya", "ethiopia")),
    ("en", "The agreement on trade, which Russia and China signed in 2019, removed tariffs.", (RU, CN)),
])
def test_a_clause_of_signing_after_the_name_tells_its_parties(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


TOLD_IN = [
    ("en", "In a joint statement issued after the talks, India and Japan said they would deepen defence ties.",
     ("india", "japan")),
    ("en", "India and Japan said in a joint statement that they would deepen defence ties.", ("india", "japan")),
    ("ru", "Индия и Япония заявили в совместном заявлении, что углубят оборонные связи.", ("india", "japan")),
    ("ru", "В совместном заявлении, принятом по итогам переговоров, Индия и Япония договорились углублять оборонные "
           "связи.", ("india", "japan")),
    ("uk", "Індія та Японія заявили у спільній заяві, що поглиблять оборонні зв'язки.", ("india", "japan")),
    ("uk", "У спільній заяві, ухваленій за підсумками переговорів, Індія та Японія домовилися поглиблювати оборонні "
           "зв'язки.", ("india", "japan")),
]


@pytest.mark.parametrize("lang,text,parties", TOLD_IN)
def test_a_joint_statement_two_states_speak_in_is_a_treaty_of_theirs(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Modi met Dissanayake in Colombo. \"We agreed on connectivity,\" said PM Modi in a joint statement."),
    ("en", "The foreign ministry of Japan said in a statement that talks with India went well."),
    ("ru", "МИД Японии в заявлении сообщил, что переговоры с Индией прошли успешно."),
    ("uk", "МЗС Японії у заяві повідомило, що переговори з Індією пройшли успішно."),
    ("en", "India and Japan are expected to issue a joint statement after the talks."),
    ("ru", "По итогам переговоров Индия и Япония планируют принять совместное заявление."),
])
def test_one_sides_statement_or_a_joint_one_still_to_come_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "According to a joint statement released by India and Japan, defence ties will deepen.", ("india", "japan")),
    ("en", "A joint statement issued by India and Japan calls for deeper defence ties.", ("india", "japan")),
    ("ru", "Совместное заявление, принятое Индией и Японией, призывает углублять оборонные связи.", ("india", "japan")),
    ("uk", "Спільна заява, ухвалена Індією та Японією, закликає поглиблювати оборонні зв'язки.", ("india", "japan")),
])
def test_a_joint_statement_told_with_who_issued_it_after_it_is_theirs(lang, text, parties):
    assert _parties(lang, text) == {frozenset(parties)}


@pytest.mark.parametrize("lang,text", [
    ("en", "A statement issued by the Japanese foreign ministry says talks with India went well."),
    ("en", "A joint statement will be issued by India and Japan after the talks."),
    ("uk", "Ухвалена парламентом постанова закликає до миру."),
    ("uk", "Прийнятий закон про санкції проти Росії набув чинності."),
])
def test_one_sides_statement_a_statement_to_come_or_a_law_adopted_is_no_treaty(lang, text):
    assert _parties(lang, text) == set()
