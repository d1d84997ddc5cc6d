"""Trade figures: which side supplies and which buys. Verbs of buying and selling, export words, the subject's
state, unions of states, pairs told before, transit countries and clauses with their own partner."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, trade_facts, trade_figures, values_and_sides

# ---- the turnover inside a trading union is the union's, not the speaker's state's ---------------------------------

OCTOBER_2011 = date(2011, 10, 19)


def _turnover_sides(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.supplier, f.buyer) for f in facts(text, lang, OCTOBER_2011).trade_facts
            if f.commodity == "trade_turnover"}


@pytest.mark.parametrize("lang,text,bloc", [
    ("ru", "Товарооборот в СНГ за девять месяцев вырос на 30%, сообщил Путин.", "cis"),
    ("ru", "Товарооборот внутри ЕАЭС превысил 70 млрд долларов, заявил Лукашенко.", "eaeu"),
    ("uk", "Товарообіг у СНД за дев'ять місяців зріс на 30%, повідомив Путін.", "cis"),
    ("uk", "Товарообіг всередині ЄАЕС перевищив 70 млрд доларів, заявив Лукашенко.", "eaeu"),
    ("en", "Trade within the CIS grew by 30% in nine months, Putin said.", "cis"),
])
def test_the_turnover_inside_a_union_is_the_unions(lang, text, bloc):
    assert _turnover_sides(text, lang) == {(bloc, None)}


@pytest.mark.parametrize("lang,text", [
    # near misses: a state trading with the union, and a turnover with no union at all
    ("ru", "Товарооборот России со странами СНГ вырос на 30%."),
    ("uk", "Товарообіг України з країнами ЄС зріс на 30%."),
    ("en", "Russia's trade with the CIS grew by 30%."),
    ("ru", "Товарооборот Казахстана и Китая за девять месяцев вырос на 30%, сообщил Путин."),
])
def test_a_state_trading_with_a_union_keeps_its_side(lang, text):
    assert not any(side[0] in ("cis", "eu", "eaeu") and side[1] is None for side in _turnover_sides(text, lang))


REF = date(2026, 2, 3)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ukraine's trade with Poland rose to $9.4 billion, and with the EU to $29.3 billion.",
     {("ukraine", "poland", 9.4e9), ("ukraine", "eu", 29.3e9)}),
    ("ru", "Товарооборот Украины с Польшей вырос до 9,4 млрд долларов, а с ЕС – до 29,3 млрд долларов.",
     {("ukraine", "poland", 9.4e9), ("ukraine", "eu", 29.3e9)}),
    ("uk", "Товарообіг України з Польщею зріс до 9,4 млрд доларів, а з ЄС – до 29,3 млрд доларів.",
     {("ukraine", "poland", 9.4e9), ("ukraine", "eu", 29.3e9)}),
    # near miss: one clause, one partner
    ("ru", "Товарооборот Украины с Польшей вырос до 9,4 млрд долларов.", {("ukraine", "poland", 9.4e9)}),
])
def test_a_second_clause_with_its_own_partner_trades_with_the_home_state(lang, text, expected):
    assert {(s, b, v) for c, m, v, s, b in trade_figures(text, lang, REF, decimals=1) if m == "valueUSD"} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Qatar has agreed to send Italy three million tons of LNG a year.", {("qatar", "italy")}),
    ("en", "Qatar will supply Italy with three million tons of LNG a year.", {("qatar", "italy")}),
    ("ru", "Катар будет поставлять Италии три миллиона тонн СПГ в год.", {("qatar", "italy")}),
    ("uk", "Катар постачатиме Італії три мільйони тонн СПГ на рік.", {("qatar", "italy")}),
    # near misses: the state after the verb is the subject's place or is governed by a preposition
    ("ru", "Катар будет поставлять в Италию три миллиона тонн СПГ в год.", {("qatar", "italy")}),
    ("en", "Qatar will send three million tons of LNG a year to Italy.", {("qatar", "italy")}),
])
def test_a_state_right_after_a_verb_of_supplying_is_the_buyer(lang, text, expected):
    assert {(s, b) for c, m, v, s, b in trade_figures(text, lang, REF, decimals=1)} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Qatar will raise its LNG production by 60% to 126 million tons a year. China buys Qatari LNG.",
     {("lng", "changePercent", 60.0, "qatar", None), ("lng", "tonnes", 126e6, "qatar", None)}),
    ("ru", "Россия сократила добычу нефти на 5%, а экспорт нефти в Индию вырос на 10%.",
     {("crude_oil", "changePercent", -5.0, "russia", None), ("crude_oil", "changePercent", 10.0, "russia", "india")}),
    ("uk", "Росія скоротила видобуток нафти на 5%, а експорт нафти до Індії зріс на 10%.",
     {("crude_oil", "changePercent", -5.0, "russia", None), ("crude_oil", "changePercent", 10.0, "russia", "india")}),
])
def test_production_is_no_flow_to_a_buyer(lang, text, expected):
    assert trade_figures(text, lang, REF) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # all one state sells, named by its adjective, "our" or its name: the state supplies, nobody named buys
    ("uk", "Зеленський сказав: «Нам вдалося збільшити український експорт на 15%».",
     {("total_exports", "changePercent", 15.0, "ukraine", None)}),
    ("ru", "Зеленский сказал: «Нам удалось увеличить украинский экспорт на 15%».",
     {("total_exports", "changePercent", 15.0, "ukraine", None)}),
    ("en", "Zelensky said: \"We managed to increase Ukrainian exports by 15%.\"",
     {("total_exports", "changePercent", 15.0, "ukraine", None)}),
    ("uk", "«Це більш ніж 41 мільярд доларів нашого експорту за рік», – сказав Зеленський.",
     {("total_exports", "valueUSD", 41e9, "ukraine", None)}),
    ("en", "Exports of Ukraine reached $41 billion last year.", {("total_exports", "valueUSD", 41e9, "ukraine", None)}),
    # near misses: the exports of something else; a sum a figure grew by is no level
    ("en", "Russian arms exports rose by 10%.", set()),
    ("uk", "Експорт зброї з Росії зріс на 10%.", set()),
    ("uk", "«Український експорт зріс: це плюс 5 мільярдів доларів до рівня 23-го року», – сказав Зеленський.",
     set()),
])
def test_exports_of_one_state_name_the_supplier_only(lang, text, expected):
    assert trade_figures(text, lang, REF, turnover_has_no_direction=True) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the goods a sum is worth right after it, and "our" goods: the speaker's state sells them to the partner
    ("uk", "«Будемо збільшувати торгівлю з Ліваном: зараз із цією країною в нас 400 мільйонів доларів тільки "
           "нашого аграрного експорту», – заявив Зеленський.", {("agri", "valueUSD", 4e8, "ukraine", "lebanon")}),
    ("ru", "«Будем увеличивать торговлю с Ливаном: сейчас с этой страной у нас 400 миллионов долларов только "
           "нашего аграрного экспорта», – заявил Зеленский.", {("agri", "valueUSD", 4e8, "ukraine", "lebanon")}),
    ("en", "\"We will increase trade with Lebanon: we now have 400 million dollars of our agricultural exports "
           "with this country,\" Zelensky said.", {("agri", "valueUSD", 4e8, "ukraine", "lebanon")}),
    # near miss: trade with a partner, no goods named after the sum: turnover of the two
    ("uk", "«Торгівля з Ліваном сягнула 400 мільйонів доларів», – заявив Зеленський.",
     {("trade_turnover", "valueUSD", 4e8, "lebanon", "ukraine")}),
])
def test_our_goods_worth_a_sum_are_sold_by_the_speakers_state(lang, text, expected):
    assert trade_figures(text, lang, REF, turnover_has_no_direction=True) == expected


# ---- trade figures --------------------------------------------------------------------------------------

JUNE_2_2025 = date(2025, 6, 2)


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    # a state after "в"/"у" in a sentence that buys, in a case no destination takes, sells
    ("uk", "Індія закуповувала нафту в Росії: торік вона імпортувала 90 млн тонн нафти.", "russia", "india"),
    ("uk", "Торік Індія імпортувала у Росії 90 млн тонн нафти.", "russia", "india"),
    ("ru", "Индия закупала у России 90 млн тонн нефти.", "russia", "india"),
    # a state in the genitive right after the goods owns them
    ("uk", "Торік Індія імпортувала 90 млн тонн нафти РФ.", "russia", "india"),
    ("ru", "В прошлом году Индия импортировала 90 млн тонн нефти России.", "russia", "india"),
    ("en", "India imported 90 million tonnes of oil from Russia last year.", "russia", "india"),
    # near misses: a destination in the accusative is the buyer, never the supplier
    ("uk", "Торік Казахстан поставив 5 млн тонн нафти в Китай.", "kazakhstan", "china"),
    ("uk", "Імпорт нафти з Казахстану в Китай сягнув 5 млн тонн.", "kazakhstan", "china"),
])
def test_the_supplier_is_read_from_buying_in_a_state_and_from_the_owner_of_the_goods(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "tonnes"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Індія купує нафту в Росії. Торік Індія імпортувала 90 млн тонн нафти.\n"
           "Китай же зберігає високі обсяги закупівель. Торік китайці імпортували 100 млн тонн."),
    ("ru", "Индия покупает нефть у России. В прошлом году Индия импортировала 90 млн тонн нефти.\n"
           "Китай же сохраняет высокие объемы закупок. В прошлом году китайцы импортировали 100 млн тонн."),
    ("en", "India buys oil from Russia. Last year India imported 90 million tonnes of oil.\n"
           "China, too, keeps its purchases high. Last year the Chinese imported 100 million tonnes."),
])
def test_a_sentence_on_buying_that_names_no_goods_turns_the_goods_to_a_new_buyer(lang, text):
    buyers = {round(f.value / 1e6): (f.supplier, f.buyer)
              for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "tonnes"}
    assert buyers == {90: ("russia", "india"), 100: ("russia", "china")}


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    # a company the gazetteer places in a state stands for it as the subject of a trade verb
    ("ru", "Газпром будет поставлять в Гану 1,7 млн тонн СПГ в год.", "russia", "ghana"),
    ("uk", "Нафтогаз імпортує з Польщі 300 млн тонн вугілля.", "poland", "ukraine"),
    ("en", "Gazprom will supply 1.7 million tonnes of LNG a year to Ghana.", "russia", "ghana"),
    # "this country" after a direction word is the state named before
    ("ru", "Россия подписала контракт с Ганой. Газпром будет поставлять в эту страну 1,7 млн тонн СПГ в год.",
     "russia", "ghana"),
    ("uk", "Катар уклав угоду з Німеччиною. Катар постачатиме до цієї країни 2 млн тонн LNG на рік.",
     "qatar", "germany"),
    ("en", "Qatar signed a deal with Germany. Qatar will supply 2 million tonnes of LNG a year to the country.",
     "qatar", "germany"),
    # near miss: a company after "with" is a partner, not the subject
    ("ru", "Гана подписала контракт с Газпромом и будет импортировать из России 1,7 млн тонн СПГ в год.",
     "russia", "ghana"),
])
def test_a_companys_state_and_the_country_referred_to_are_parties(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "tonnes"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


@pytest.mark.parametrize("lang,text,buyer", [
    ("uk", "ЄС імпортував із Росії 20 млрд кубометрів скрапленого природного газу.", "eu"),
    ("ru", "Евросоюз импортировал из России 20 млрд кубометров СПГ.", "eu"),
    ("en", "The EU imported 20 billion cubic metres of LNG from Russia.", "eu"),
    # near miss: an alliance that is no trading bloc buys nothing
    ("uk", "НАТО імпортувало з Росії 20 млрд кубометрів скрапленого газу.", None),
])
def test_a_union_of_states_buys_as_itself(lang, text, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "cubicMetresPerYear"]
    assert (figure.commodity, figure.supplier, figure.buyer) == ("lng", "russia", buyer)


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    # with no buyer named before the buying word, "у/в" names where the buying is done: the buyer
    ("uk", "Імпорт нафти у Китаї зріс на 5% і склав 11 млн барелів на добу.", None, "china"),
    ("uk", "Імпорт російської нафти в Індії сягнув 2 млн барелів на добу.", "russia", "india"),
    # near misses: a buyer named first makes "в/у" the seller
    ("uk", "Індія купувала в Росії 2 млн барелів нафти на добу.", "russia", "india"),
    ("uk", "Китай щодня імпортує у Росії 2 млн барелів нафти.", "russia", "china"),
])
def test_buying_done_in_a_state_makes_it_the_buyer(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "barrelsPerDay"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


# ---- trade with the whole world is no bilateral figure ---------------------------------------------------

@pytest.mark.parametrize("lang,text,values", [
    ("ru", "Товарооборот Индии и Бразилии вырос до $15 млрд. Общий объем внешней торговли Бразилии вырос на 4% до "
           "$600 млрд.", [15e9]),
    ("uk", "Товарообіг Індії та Бразилії зріс до $15 млрд. Загальна торгівля Бразилії зі світом зросла на 4% — до "
           "$600 млрд.", [15e9]),
    ("en", "Trade between India and Brazil rose to $15 billion. Brazil's total trade with the world grew 4% to "
           "$600 billion.", [15e9]),
    # near miss: a partner named after the words makes the next figure bilateral again
    ("ru", "Внешняя торговля Бразилии выросла на 4% до $600 млрд; товарооборот с Индией составил $15 млрд.", [15e9]),
    ("en", "Brazil's foreign trade grew to $600 billion, and trade with India reached $15 billion.", [15e9]),
    ("en", "India and Brazil's total trade reached $15 billion.", [15e9]),
    ("uk", "Загальний товарообіг України з Польщею сягнув $15 млрд.", [15e9]),
])
def test_a_states_trade_with_the_whole_world_is_no_bilateral_turnover(lang, text, values):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "valueUSD")] == values


# ---- one partner named after the pair told before ---------------------------------------------------------

@pytest.mark.parametrize("lang,text,pairs", [
    ("uk", "Товарообіг між Туреччиною та Росією сягнув $50 млрд. Торгівля Туреччини зі світом зросла. Товарообіг "
           "з Німеччиною зріс до $45 млрд.", [{"turkey", "russia"}, {"turkey", "germany"}]),
    ("ru", "Товарооборот между Турцией и Россией достиг $50 млрд. Торговля с Германией выросла до $45 млрд.",
     [{"turkey", "russia"}, {"turkey", "germany"}]),
    ("uk", "Товарообіг Росії з Туреччиною сягнув $50 млрд, повідомили в Анкарі. Туреччина наростила торгівлю. "
           "Товарообіг з Німеччиною зріс до $45 млрд.", [{"turkey", "russia"}, {"turkey", "germany"}]),
    ("en", "Trade between Turkey and Russia reached $50 billion. Turkey's trade with the world also grew. "
           "Trade with the EU rose to $45 billion.", [{"turkey", "russia"}, {"turkey", "eu"}]),
    # near miss: a partner of the pair keeps the pair ("Trade with Russia" after the pair Turkey-Russia)
    ("en", "Trade between Turkey and Russia reached $50 billion. Trade with Russia had been $40 billion.",
     [{"turkey", "russia"}, {"turkey", "russia"}]),
])
def test_one_partner_named_after_a_pair_trades_with_the_state_of_the_pair_told_most(lang, text, pairs):
    found = sorted(trade_facts(text, lang, JUNE_2_2025), key=lambda f: -f.value)
    assert [{f.supplier, f.buyer} for f in found if f.measure == "valueUSD"] == pairs


@pytest.mark.parametrize("lang,text,pair", [
    # the pair told last, not the article's first one
    ("ru", "Товарооборот России и Китая вырос до $200 млрд. Объем торговли США и Китая составил $600 млрд. "
           "Экспорт из Китая увеличился на 30%.", {"united-states", "china"}),
    ("uk", "Товарообіг Росії та Китаю зріс до $200 млрд. Обсяг торгівлі США та Китаю склав $600 млрд. "
           "Експорт з Китаю збільшився на 30%.", {"united-states", "china"}),
])
def test_a_figure_that_names_one_side_takes_the_pair_told_last(lang, text, pair):
    (change,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "changePercent"]
    assert {change.supplier, change.buyer} == pair


# a sentence that names the goods (trade) before the sentence tested, which names only exports
_OPENS = {"uk": "Товарообіг Туреччини та Ірану зріс. ", "ru": "Товарооборот Турции и Ирана вырос. ",
          "en": "Trade between Turkey and Iran grew. "}


# ---- the adjective before an export or import word ---------------------------------------------------------

@pytest.mark.parametrize("lang,text,supplier,buyer", [
    ("uk", _OPENS["uk"] + "Турецький експорт до Ірану у 2024 році сягнув 7 млрд доларів, хоча Іран критикував Ізраїль.",
     "turkey", "iran"),
    ("ru", _OPENS["ru"] + "Турецкий экспорт в Иран в 2024 году достиг 7 млрд долларов, хотя Иран критиковал "
           "Израиль.",
     "turkey", "iran"),
    ("en", _OPENS["en"] + "Turkish exports to Iran reached $7 billion in 2024, while Iran criticised Israel.",
     "turkey", "iran"),
    # near miss: an import word: the adjective's state buys
    ("ru", _OPENS["ru"] + "Турецкий импорт из Ирана в 2024 году достиг 7 млрд долларов, хотя Иран критиковал Израиль.",
     "iran", "turkey"),
])
def test_a_states_adjective_before_an_export_word_makes_it_the_supplier(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "valueUSD"]
    assert {figure.supplier, figure.buyer} == {supplier, buyer}


# ---- the partner of a deal ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,supplier,buyer", [
    ("en", "Qatar signed a deal with Indian Oil Corp to supply 2 million tonnes of LNG a year.", "qatar", "india"),
    ("ru", "Катар подписал контракт с Indian Oil Corp на поставку 2 млн тонн СПГ в год.", "qatar", "india"),
    ("uk", "Катар уклав угоду з Indian Oil Corp про постачання 2 млн тонн LNG на рік.", "qatar", "india"),
    # near miss: the partner of a purchase sells
    ("en", "India signed a deal with Qatar to import 2 million tonnes of LNG a year.", "qatar", "india"),
])
def test_the_partner_of_a_deal_to_supply_buys(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "tonnes"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


# ---- the place one speaks from and the state of the sentence's subject -------------------------------------

@pytest.mark.parametrize("lang,text,supplier", [
    # a city after "from" is where one speaks: the company named after it supplies
    ("uk", "Виступаючи з Пекіна, голова Газпрому заявив, що компанія постачатиме 30 млрд кубометрів газу на рік.",
     "russia"),
    ("ru", "Выступая из Пекина, глава Газпрома заявил, что компания будет поставлять 30 млрд кубометров газа в год.",
     "russia"),
    ("en", "Speaking from Beijing, the head of Gazprom said it will supply 30 billion cubic metres of gas a year.",
     "russia"),
    # near miss: a state after "from" supplies
    ("en", "China will import 30 billion cubic metres of gas a year from Russia.", "russia"),
])
def test_a_city_after_from_is_where_one_speaks_not_the_supplier(lang, text, supplier):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "cubicMetresPerYear"]
    assert figure.supplier == supplier


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    ("ru", "Российские власти раскрыли объем поставок газа. Поставки в Китай составили 20 млрд кубометров в год.",
     "russia", "china"),
    ("uk", "Російська влада розкрила обсяг постачання газу. Постачання до Китаю склало 20 млрд кубометрів на рік.",
     "russia", "china"),
    # near miss: the subject's state buys when the sentence speaks of buying
    ("ru", "Китайские власти раскрыли объем импорта газа. Импорт из России составил 20 млрд кубометров в год.",
     "russia", "china"),
])
def test_the_state_of_a_sentences_subject_sells_what_it_tells_supplies_of(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "cubicMetresPerYear"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    # a state in the instrumental case after a buying or selling noun is its doer
    ("ru", "Импорт российской нефти Индией в мае вырос до 1,9 млн баррелей в сутки.", "russia", "india"),
    ("uk", "Імпорт російської нафти Індією у травні зріс до 1,9 млн барелів на добу.", "russia", "india"),
    ("ru", "Поставки нефти Ираком в Индию в мае выросли до 1,1 млн баррелей в сутки.", "iraq", "india"),
    # near miss: "with" and the instrumental is a partner, not a doer
    ("ru", "Торговля нефтью с Индией: Россия поставила в Индию 1,9 млн баррелей в сутки.", "russia", "india"),
])
def test_a_state_in_the_instrumental_after_a_trade_noun_does_the_buying_or_selling(lang, text, supplier, buyer):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "barrelsPerDay"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


# ---- goods in general, sold or bought ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,values", [
    ("uk", "Україна експортувала до Китаю товарів на $2,5 млрд, а імпортувала — на $9 млрд.", [2.5e9, 9e9]),
    ("ru", "Россия поставила в Индию товаров на $4 млрд.", [4e9]),
    ("en", "Ukraine exported goods worth $2.5 billion to China last year.", [2.5e9]),
    # near misses: goods without a sale or a purchase; goods beside named goods
    ("en", "The US imposed tariffs on Chinese goods worth $50 billion.", []),
    ("ru", "Склады товаров в порту стоят $3 млрд.", []),
])
def test_goods_sold_or_bought_are_the_trade_between_the_sides(lang, text, values):
    assert [v for v, _, _ in values_and_sides(text, lang, JUNE_2_2025, "valueUSD")] == values


@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Экспорт из Китая в США вырос, импорт американской продукции Китаем упал на 5%.",
     {"china", "united-states"}),
    ("en", "Exports from China to the US rose, while imports of American goods fell 5%.", {"china", "united-states"}),
])
def test_a_clause_with_its_own_source_keeps_both_sides(lang, text, pair):
    (change,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "changePercent"]
    assert {change.supplier, change.buyer} == pair


# ---- each clause's own destination; a union of states as buyer and partner ---------------------------------

@pytest.mark.parametrize("lang,text,pairs", [
    ("ru", "Экспорт нефти из России в Индию вырос на 10%, а в Китай — на 5%.",
     [("russia", "china"), ("russia", "india")]),
    ("uk", "Експорт нафти з Росії до Індії зріс на 10%, а до Китаю — на 5%.",
     [("russia", "china"), ("russia", "india")]),
    ("en", "Russian oil exports to India rose 10%, and to China 5%.", [("russia", "china"), ("russia", "india")]),
    ("ru", "Поставки газа из Норвегии в ЕС упали на 8%, а из Алжира — выросли на 4%.",
     [("norway", "eu"), ("algeria", "eu")]),
    # near miss: "в Индии" is where, not whither
    ("ru", "Экспорт нефти из России в Индию вырос на 10%, а переработка в Индии — на 5%.",
     [("russia", "india"), ("russia", "india")]),
])
def test_each_clause_of_a_sentence_keeps_its_own_destination(lang, text, pairs):
    found = sorted(trade_facts(text, lang, JUNE_2_2025), key=lambda f: f.value)
    assert [(f.supplier, f.buyer) for f in found if f.measure == "changePercent"] == pairs


@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Товарооборот Китая и России вырос до $200 млрд. Торговля Китая с Евросоюзом сократилась до $700 млрд.",
     {"china", "eu"}),
    ("uk", "Товарообіг Китаю та Росії зріс до $200 млрд. Торгівля Китаю з ЄС скоротилася до $700 млрд.",
     {"china", "eu"}),
    ("en", "Trade between China and Russia rose to $200 billion. China's trade with the EU fell to $700 billion.",
     {"china", "eu"}),
])
def test_a_state_of_the_pair_trading_with_one_outside_partner_pairs_with_it(lang, text, pair):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.value == 700e9]
    assert {figure.supplier, figure.buyer} == pair


@pytest.mark.parametrize("lang,text,pair", [
    # the other side of a one-sided figure is no transit country, however often the text names it
    ("ru", "Газопровод пройдет через Монголию. Транзит через Монголию обсудили Россия и Китай. Работы через "
           "Монголию начнутся скоро. Газпром будет поставлять 50 млрд кубометров газа в год.", ("russia", "china")),
    ("uk", "Газопровід пройде через Монголію. Транзит через Монголію обговорили Росія та Китай. Роботи через "
           "Монголію почнуться скоро. Газпром постачатиме 50 млрд кубометрів газу на рік.", ("russia", "china")),
])
def test_a_transit_country_is_not_the_other_side(lang, text, pair):
    (figure,) = [f for f in trade_facts(text, lang, JUNE_2_2025) if f.measure == "cubicMetresPerYear"]
    assert (figure.supplier, figure.buyer) == pair


@pytest.mark.parametrize("lang,text,expected", [
    # a purchase names its buyer, a sale its seller, in any of their words
    ("ru", "Турция сократила покупку российского газа на 12%.",
     {("natural_gas", "changePercent", -12.0, "russia", "turkey")}),
    ("uk", "Туреччина скоротила купівлю російського газу на 12%.",
     {("natural_gas", "changePercent", -12.0, "russia", "turkey")}),
    ("en", "Turkey cut its purchases of Russian gas by 12%.",
     {("natural_gas", "changePercent", -12.0, "russia", "turkey")}),
    ("ru", "В 2025 году Италия приобрела 3 млн тонн казахстанской нефти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    ("uk", "У 2025 році Італія придбала 3 млн тонн казахстанської нафти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    ("ru", "В 2025 году Казахстан продал Италии 3 млн тонн нефти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    ("uk", "У 2025 році Казахстан продав Італії 3 млн тонн нафти.",
     {("crude_oil", "tonnes", 3e6, "kazakhstan", "italy")}),
    # near misses: a stake bought is no trade in goods
    ("ru", "Италия приобрела 12% акций казахстанской нефтяной компании.", set()),
    ("uk", "Італія придбала 12% акцій казахстанської нафтової компанії.", set()),
])
def test_purchases_and_sales_name_their_buyer_and_seller(lang, text, expected):
    assert trade_figures(text, lang, REF, decimals=2) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the state a figure's own clause has buy (or sell) is that figure's buyer (or seller)
    ("en", "In 2025 Spain bought 4.1 million tonnes of Algerian LNG, while Italy bought 2.3 million tonnes.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain"), ("lng", "tonnes", 2.3e6, "algeria", "italy")}),
    ("ru", "В 2025 году Испания закупила 4,1 млн тонн алжирского СПГ, а Италия закупила 2,3 млн тонн.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain"), ("lng", "tonnes", 2.3e6, "algeria", "italy")}),
    ("uk", "У 2025 році Іспанія закупила 4,1 млн тонн алжирського СПГ, тоді як Італія закупила 2,3 млн тонн.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain"), ("lng", "tonnes", 2.3e6, "algeria", "italy")}),
    ("en", "Nigeria sold 3 million tonnes of crude oil to Spain in May, more than the 2 million tonnes sourced "
           "from Angola.",
     {("crude_oil", "tonnes", 3e6, "nigeria", "spain"), ("crude_oil", "tonnes", 2e6, "angola", "spain")}),
    # near misses: a state in another case, or governed by a noun, does not act
    ("ru", "В 2025 году Алжир продал Испании 4,1 млн тонн СПГ.", {("lng", "tonnes", 4.1e6, "algeria", "spain")}),
    ("en", "In 2025 Spain's imports of Algerian LNG rose to 4.1 million tonnes.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain")}),
    ("uk", "За прогнозом міністерства США, імпорт алжирського СПГ до Іспанії зросте до 4,1 млн тонн.",
     {("lng", "tonnes", 4.1e6, "algeria", "spain")}),
])
def test_the_state_a_clause_has_buy_or_sell_is_its_figures_side(lang, text, expected):
    assert trade_figures(text, lang, REF, decimals=2) == expected


MAR_14_2025 = date(2025, 3, 14)


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
