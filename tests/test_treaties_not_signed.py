"""Treaties not (yet) signed: documents to be signed, proposed, hoped for, planned or announced, agreements to act,
left or restored treaties, extensions, initialled and ratified texts, contracts expiring; and the signed near misses
that stay treaties."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import (
    facts,
    treaties_by_key,
    treaties_by_parties_and_day,
    treaty_names_and_parties,
    treaty_party_sets,
    treaty_party_sets_as_listed,
)


@pytest.mark.parametrize("text,signed", [
    # an agreement to reach is an aim, no document; one reached, or managed to be reached, is a document
    ("Egypt and the United States agreed to intensify joint efforts to reach an agreement in this regard.", False),
    ("Egypt and the United States vowed to reach a deal on trade.", False),
    ("Egypt and the United States reached an agreement on trade.", True),
    ("Egypt and the United States managed to reach an agreement on trade.", True),
])
def test_an_agreement_to_reach_is_an_aim(text, signed):
    assert bool(facts(text, "en", date(2024, 9, 16)).treaties) is signed


MAR_14_2025 = date(2025, 3, 14)


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
    assert facts(text, lang, MAR_14_2025).treaties == ()


@pytest.mark.parametrize("lang,text,expected", [
    # an agreement reached on what will happen ("договоренность, что визит состоится"): an understanding, no document
    ("ru", "«Недавно достигнута договоренность, что в этом году состоится мой визит в Китай», — сказал Токаев на "
           "встрече с Ван И.", set()),
    ("ru", "Токаев сообщил, что достигнута договоренность о том, что его визит в Китай состоится весной.", set()),
    ("uk", "«Нещодавно досягнуто домовленості, що цього року відбудеться мій візит до Китаю», — сказав Токаєв на "
           "зустрічі з Ван І.", set()),
    ("uk", "Токаєв повідомив, що досягнуто домовленості про те, що його візит до Китаю відбудеться навесні.", set()),
    ("en", "\"An agreement has recently been reached that my official visit to China will take place this year,\" "
           "Tokayev said at a meeting with Wang Yi.", set()),
    # near misses: "що", "что" followed by a verb is the document's own relative clause
    ("uk", "Казахстан і Китай підписали угоду, що передбачає безвізовий режим.", {("угоду", ("china", "kazakhstan"))}),
    ("ru", "Казахстан и Китай подписали соглашение, что предусматривает безвизовый режим.",
     {("соглашение", ("china", "kazakhstan"))}),
    ("en", "Kazakhstan and China signed an agreement that provides for visa-free travel.",
     {("agreement", ("china", "kazakhstan"))}),
])
def test_an_agreement_on_what_will_happen_is_no_document(lang, text, expected):
    assert treaty_names_and_parties(text, lang, MAR_14_2025) == expected


@pytest.mark.parametrize("lang,text,found", [
    ("ru", "Россия и США подписали договоренность продолжить контакты.", 0),
    ("uk", "Україна та США підписали домовленість продовжити контакти.", 0),
    ("ru", "Россия и США подписали договоренность о продолжении контактов.", 1),  # a document about it
])
def test_an_agreement_to_act_is_no_document(lang, text, found):
    assert len(treaties_by_parties_and_day(text, lang, MAR_14_2025)) == found


@pytest.mark.parametrize("text,found", [
    ("The Kazakh and Uzbek leaders discussed issues of bilateral strategic partnership.", 0),
    ("Kazakhstan and Uzbekistan issued a joint statement on strategic partnership.", 1),
])
def test_issues_of_a_partnership_are_no_document_issued(text, found):
    assert len(treaties_by_parties_and_day(text, "en", MAR_14_2025)) == found


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев и Пашинян парафировали мирный договор в Вашингтоне."),
    ("uk", "Алієв і Пашинян парафували мирну угоду у Вашингтоні."),
    ("en", "Aliyev and Pashinyan initialled a peace treaty in Washington."),
])
def test_an_initialled_treaty_is_a_treaty_not_yet_signed(lang, text):
    # the gold convention (devset/last/gold/uk_03.json): a treaty initialled is annotated, with no signing date
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == ("armenia", "azerbaijan") and treaty.signed_on is None


@pytest.mark.parametrize("lang,text", [
    ("ru", "Парламент Венесуэлы ратифицировал договор о стратегическом партнерстве с Россией."),
    ("uk", "Парламент Венесуели ратифікував договір про стратегічне партнерство з Росією."),
    ("en", "Venezuela's parliament ratified the treaty on strategic partnership with Russia."),
])
def test_a_ratified_treaty_is_a_treaty_but_ratifying_dates_no_signing(lang, text):
    (treaty,) = treaties_by_parties_and_day(text, lang, MAR_14_2025)
    assert treaty.parties == ("russia", "venezuela") and treaty.signed_on is None


def test_a_known_treaty_left_unsigned_is_no_new_claim():
    text = "Зеленський залишив Білий дім, не підписавши угоду про надра."
    assert treaties_by_parties_and_day(text, "uk", MAR_14_2025) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Given the absence of a basic treaty on friendship between Ukraine and Britain, Kyiv signed nothing."),
    ("ru", "Учитывая отсутствие между Украиной и Великобританией базового договора о дружбе, подписано "
           "соглашение о торговле."),
    ("uk", "Враховуючи відсутність між Україною та Великою Британією базового договору про дружбу, підписано "
           "угоду про торгівлю."),
])
def test_a_treaty_said_to_be_absent_is_no_treaty(lang, text):
    assert not any("дружб" in t.label or "friendship" in t.label for t in treaties_by_key(text, lang, MAR_14_2025))


@pytest.mark.parametrize("lang,text", [
    ("en", "The two leaders agreed on an extension of cooperation in energy."),
    ("ru", "Лидеры договорились о продлении сотрудничества в энергетике."),
])
def test_an_extension_of_cooperation_is_no_treaty(lang, text):
    assert treaties_by_key(text, lang, MAR_14_2025) == []


@pytest.mark.parametrize("lang,text", [
    ("uk", "Лідери говорили після виходу Росії з Чорноморської зернової ініціативи."),
    ("ru", "Лидеры говорили после выхода России из Черноморской зерновой инициативы."),
    ("en", "The leaders spoke after Russia's withdrawal from the Black Sea Grain Initiative."),
    ("uk", "Переговори між Іраном і США присвячені відновленню іранської ядерної угоди."),
    ("en", "Iran and the United States held talks on restoring the Iran nuclear deal."),
])
def test_a_known_treaty_left_or_to_be_restored_is_no_treaty_of_the_article(lang, text):
    assert treaties_by_key(text, lang, MAR_14_2025) == []


MAY_15_2024 = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("lang,text", [
    ("en", "New Zealand and Fiji are set to sign a new military agreement."),
    ("en", "Both leaders are also expected to witness the signing of several bilateral instruments between Malaysia "
           "and Brunei."),
    ("ru", "Россия и Узбекистан должны подписать соглашение о торговле."),
    ("uk", "Україна та Польща мають підписати угоду про транзит."),
])
def test_a_signing_still_to_come_is_no_treaty(lang, text):
    assert facts(text, lang, MAY_15_2024).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "New Zealand and Fiji signed a new military agreement."),
    ("ru", "Россия и Узбекистан подписали соглашение о торговле."),
    ("uk", "Україна та Польща підписали угоду про транзит."),
])
def test_a_signing_told_as_done_stays_a_treaty(lang, text):
    assert len(facts(text, lang, MAY_15_2024).treaties) == 1


@pytest.mark.parametrize("lang,text", [
    ("ru", "Россия и Узбекистан обсудили торговлю (2004 год)."),
    ("ru", "Сотрудничество между Россией и Узбекистаном развивается на основе Договора о партнерстве (2030 год)."),
    ("en", "Russia and Uzbekistan discussed the 2004 treaty."),
    ("en", "Uzbekistan relies on the 2004 Treaty on Strategic Partnership."),
])
def test_a_year_without_a_document_or_its_states_or_still_to_come_is_no_recalled_treaty(lang, text):
    assert facts(text, lang, MAY_15_2024).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia's 10-year gas supply contract with Gazprom expires on May 31."),
    ("ru", "Десятилетний контракт Сербии с Газпромом на поставку газа истекает 31 мая."),
    ("uk", "Десятирічний контракт Сербії з Газпромом на постачання газу спливає 31 травня."),
])
def test_a_states_supply_contract_with_a_company_that_expires_is_a_contract_of_the_two(lang, text):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("gazprom", "serbia") and treaty.status in ("expiring", "expired")
    assert treaty.signed_on is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia's gas supply contract expires on May 31."),
    ("en", "Serbia's gas supply contract with Gazprom was discussed."),
    ("ru", "Контракт Сербии на поставку газа истекает 31 мая."),
])
def test_a_contract_without_its_partner_or_without_a_status_is_no_existing_contract(lang, text):
    assert facts(text, lang, MAY_15_2024).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Vucic said he had agreed that the gas supply contract with Russia should be extended."),
    ("en", "Vucic said he had agreed to a visit to Russia, and the gas supply contract was discussed."),
])
def test_agreeing_to_something_else_is_no_contract(lang, text):
    assert [t for t in facts(text, lang, MAY_15_2024).treaties if t.status != "extended"] == []


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Serbia's gas supply contract with Gazprom expires on May 31.", "expiring"),
    ("en", "Serbia's gas supply contract with Gazprom expired on May 1.", "expired"),
    ("ru", "Контракт Сербии с Газпромом истекает 31 мая.", "expiring"),
    ("ru", "Контракт Сербии с Газпромом истёк 1 мая.", "expired"),
])
def test_a_contract_that_expires_is_expiring_and_one_that_expired_expired(lang, text, status):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.status == status


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev and Mirziyoyev held talks. He said that the package of documents to be signed today would boost "
           "cooperation."),
    ("en", "Tokayev and Mirziyoyev held talks. The agreement to be formally signed next week covers transit."),
    ("ru", "Токаев и Мирзиёев провели переговоры. Пакет документов, который будет подписан сегодня, даст импульс "
           "сотрудничеству."),
    ("ru", "Токаев и Мирзиёев провели переговоры. Соглашения, которые будут официально подписаны завтра, касаются "
           "транзита."),
    ("uk", "Токаєв і Мірзійоєв провели переговори. Пакет документів, який буде підписано сьогодні, дасть імпульс "
           "співпраці."),
    ("uk", "Токаєв і Мірзійоєв провели переговори. Угоди, які будуть підписані завтра, стосуються транзиту."),
])
def test_a_document_to_be_signed_is_no_treaty_yet(lang, text):
    assert facts(text, lang, MAY_15_2024).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev and Mirziyoyev held talks. The package of documents signed today will boost cooperation."),
    ("ru", "Токаев и Мирзиёев провели переговоры. Пакет документов, который был подписан сегодня, даст импульс "
           "сотрудничеству."),
    ("uk", "Токаєв і Мірзійоєв провели переговори. Пакет документів, який було підписано сьогодні, дасть імпульс "
           "співпраці."),
])
def test_a_document_signed_is_still_a_treaty(lang, text):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("kazakhstan", "uzbekistan")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil and Colombia discussed the results of the Summit of 2023."),  # no document
    ("en", "Brazil and Colombia discussed the Declaration, of 2023 vintage."),  # the year is past a comma
    ("ru", "Бразилия и Колумбия обсудили итоги Саммита 2023 года."),
    ("ru", "Бразилия и Колумбия обсудили выполнение соглашения 2023 года."),  # no name of its own
    ("uk", "Бразилія та Колумбія обговорили підсумки Саміту 2023 року."),
])
def test_a_year_after_no_named_document_makes_no_treaty(lang, text):
    assert facts(text, lang, MAY_15_2024).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Sheinbaum announced that she held a call with Trump, during which she pitched a bilateral deal on trade."),
    ("en", "Sheinbaum announced that she proposed a bilateral deal with the United States on trade."),
    ("ru", "Шейнбаум объявила, что предложила Трампу двустороннее соглашение о торговле."),
    ("uk", "Шейнбаум оголосила, що запропонувала Трампу масштабну двосторонню угоду про торгівлю."),
])
def test_a_document_proposed_is_no_treaty(lang, text):
    assert facts(text, lang, MAY_15_2024).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Mexico and the United States signed the proposed deal on trade."),
    ("en", "Sheinbaum and Trump signed a deal on trade that Mexico had proposed in May."),
    ("ru", "Мексика и США подписали предложенное соглашение о торговле."),
    ("uk", "Мексика та США підписали угоду про торгівлю, яку Мексика запропонувала в травні."),
])
def test_a_proposed_document_signed_is_a_treaty(lang, text):
    (treaty,) = facts(text, lang, MAY_15_2024).treaties
    assert treaty.parties == ("mexico", "united-states")


HOPED_FOR = [
    ("en", "The president said Brazil and Argentina can reach a deal of great importance to both countries."),
    ("en", "The minister said Brazil looks forward to negotiating and concluding a comprehensive agreement with "
           "Argentina."),
    ("ru", "Бразилия и Аргентина могут достичь соглашения о торговле."),
    ("uk", "Бразилія та Аргентина можуть досягти угоди про торгівлю."),
]


@pytest.mark.parametrize("lang,text", HOPED_FOR)
def test_a_document_only_hoped_for_is_no_treaty(lang: str, text: str) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == set()


PLANNED_OR_NEGOTIATED = [
    ("en", "The two leaders announced plans to negotiate a bilateral trade agreement between India and Chile."),
    ("en", "India and Chile announced plans to negotiate the first part of a broad bilateral trade agreement by "
           "the autumn."),
    ("en", "India and Chile announced their intention to conclude a free trade agreement."),
    ("ru", "Лидеры объявили о планах начать переговоры о торговом соглашении между Индией и Чили."),
    ("ru", "Индия и Чили объявили о намерении заключить торговое соглашение."),
    ("uk", "Лідери оголосили про плани розпочати переговори щодо торговельної угоди між Індією та Чилі."),
    ("uk", "Індія та Чилі оголосили про намір укласти торговельну угоду."),
]


@pytest.mark.parametrize("lang,text", PLANNED_OR_NEGOTIATED)
def test_announced_plans_to_negotiate_tell_no_treaty(lang: str, text: str) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == set()


SIGNED_NEAR_MISSES = [
    ("en", "India and Chile announced a bilateral trade agreement.", {"india", "chile"}),
    ("en", "India and Chile signed a plan of action and a trade agreement.", {"india", "chile"}),
    ("en", "India and Chile signed a trade agreement and announced plans to negotiate a second one.",
     {"india", "chile"}),
    ("ru", "Индия и Чили подписали план действий и торговое соглашение.", {"india", "chile"}),
    ("ru", "Главы МИД Индии и Чили подписали план консультаций на 2025 год.", {"india", "chile"}),
    ("uk", "Індія та Чилі підписали план дій і торговельну угоду.", {"india", "chile"}),
    ("uk", "Міністри Індії та Чилі підписали план консультацій на 2025 рік.", {"india", "chile"}),
]


@pytest.mark.parametrize("lang,text,parties", SIGNED_NEAR_MISSES)
def test_a_plan_signed_or_a_treaty_announced_is_still_a_treaty(lang: str, text: str, parties: set[str]) -> None:
    assert frozenset(parties) in treaty_party_sets(text, lang, MAR_14_2025)


WITHDRAWALS = [
    ("en", "Russia withdrew from the Black Sea Grain Initiative in July. Turkey wants to revive the Black Sea "
           "Grain Initiative.", {"russia"}),
    ("ru", "Россия объявила о выходе из Черноморской зерновой инициативы. Турция хочет возобновить Черноморскую "
           "зерновую инициативу.", {"russia"}),
    ("uk", "Росія заявила про вихід з Чорноморської зернової ініціативи. Туреччина хоче відновити Чорноморську "
           "зернову ініціативу.", {"russia"}),
    ("uk", "Чорноморська зернова ініціатива припинила дію через вихід з неї Росії. Туреччина хоче відновити "
           "Чорноморську зернову ініціативу.", {"russia"}),
    # near misses: the article tells of the signing as well, so every signatory stays a party
    ("uk", "Росія вийшла з Чорноморської зернової ініціативи в липні. Угоду, підписану в Стамбулі у 2022 році "
           "Росією, Туреччиною та Україною, було укладено на 120 днів.", {"russia", "turkey", "ukraine"}),
    ("en", "Russia, Turkey and Ukraine signed the Black Sea Grain Initiative in 2022. Russia withdrew from the "
           "Black Sea Grain Initiative in July.", {"russia", "turkey", "ukraine"}),
]


@pytest.mark.parametrize("lang,text,parties", WITHDRAWALS)
def test_a_treaty_only_left_has_the_leaving_state_for_party(lang: str, text: str, parties: set[str]) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == {frozenset(parties)}


COMPACTS = [
    ("en", "The leaders unveiled the India-Chile Compact for Growth, to boost trade.", {"india", "chile"}),
    ("en", "The two leaders jointly launched the India-Chile compact for growth.", {"india", "chile"}),
    ("en", "India and Chile signed a compact on migration.", {"india", "chile"}),
]


@pytest.mark.parametrize("lang,text,parties", COMPACTS)
def test_a_compact_unveiled_or_launched_is_a_treaty(lang: str, text: str, parties: set[str]) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == {frozenset(parties)}


COMPACT_NEAR_MISSES = [
    ("en", "India and Chile launched a programme of investment."),
    ("en", "India and Chile launched talks on a compact."),
    ("en", "The leaders unveiled plans to negotiate a compact."),
]


@pytest.mark.parametrize("lang,text", COMPACT_NEAR_MISSES)
def test_launched_talks_or_programmes_are_no_treaty(lang: str, text: str) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == set()


SIGNATORY_NEAR_MISSES = [
    ("en", "Chile and Peru urged other states to become signatories to the treaty."),
    ("en", "Chile has not become a signatory to the treaty."),
    ("ru", "Чили призвала другие страны стать подписантами договора."),
]


@pytest.mark.parametrize("lang,text", SIGNATORY_NEAR_MISSES)
def test_signatories_yet_to_come_are_no_treaty(lang: str, text: str) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == set()


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


TALKS = {"ru": "Путин и Рахмон провели переговоры в Душанбе. ", "uk": "Путін і Рахмон провели переговори в Душанбе. ",
         "en": "Putin and Rahmon held talks in Dushanbe. "}


EXCHANGE_NEAR_MISSES = [
    ("ru", "Стороны провели обмен мнениями о соглашении."),  # views exchanged, no document
    ("uk", "Сторони обмінялися думками щодо угоди."),
    ("en", "The two sides had an exchange of views on the agreement."),
]


@pytest.mark.parametrize("lang,text", EXCHANGE_NEAR_MISSES)
def test_an_exchange_of_views_on_a_document_signs_nothing(lang: str, text: str) -> None:
    assert not facts(TALKS[lang] + text, lang, MAR_14_2025).treaties


REACHED = [
    ("en", "Brazil and Argentina reached a deal on trade.", ("brazil", "argentina")),
    ("en", "Brazil and Argentina concluded a comprehensive agreement.", ("brazil", "argentina")),
    ("ru", "Бразилия и Аргентина достигли соглашения о торговле.", ("brazil", "argentina")),
    ("uk", "Бразилія та Аргентина досягли угоди про торгівлю.", ("brazil", "argentina")),
]


@pytest.mark.parametrize("lang,text,parties", REACHED)
def test_a_document_reached_without_a_modal_is_a_treaty(lang: str, text: str, parties: tuple[str, ...]) -> None:
    assert treaty_party_sets(text, lang, MAR_14_2025) == {frozenset(parties)}


LED_TO_SIGNING = [
    ("ru", "Пашинян и Алиев провели переговоры. Эта встреча привела к подписанию мирного договора."),
    ("ru", "Пашинян и Алиев провели переговоры. Визит завершился подписанием соглашения о торговле."),
    ("uk", "Пашинян і Алієв провели переговори. Ця зустріч призвела до підписання мирного договору."),
    ("en", "Pashinyan and Aliyev held talks. The talks led to the signing of a peace treaty."),
]


@pytest.mark.parametrize("lang,text", LED_TO_SIGNING)
def test_a_signing_a_past_verb_led_to_is_made(lang: str, text: str) -> None:
    assert {frozenset(t.parties) for t in facts(text, lang, MAR_14_2025).treaties} == {
        frozenset({"armenia", "azerbaijan"})}
