"""Real-news shapes of publication dates and trade figures (issue 15): a page's own stamp among the dates at
its top, a year chosen by the office holders a text names, and Ukrainian units, parties and shares in figures.
All sentences are invented."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from helpers import article

STAMPS = [
    # (lang, text, estimate): a date with a clock time beside it is the page's stamp, not the site's
    # today-date furniture above it; dashed dates are day first; slashed ones only where the order is clear
    ("en", "Monday, December 29, 2025\nWorld\nLeaders talk\nAGENCY, 09 Jan, 2019 01:49 AM\nThe leaders spoke.",
     date(2019, 1, 9)),
    ("en", "Thursday, March 28, 2024\nNEWS | 04-11-2019 11:31\nThe presidents met on Monday.", date(2019, 11, 4)),
    ("ru", "Пятница, 5 апреля 2024\nНовости\n23:05, 28 января 2017 г.\nПрезиденты поговорили по телефону.",
     date(2017, 1, 28)),
    ("uk", "Понеділок, 2 грудня 2024\nНовини\n8 липня 2024, 22:53\nПрезиденти провели зустріч.", date(2024, 7, 8)),
    ("en", "Ministers meet\nAGENCY | Updated: 29-06-2021 | The ministers met on Tuesday.", date(2021, 6, 29)),
    ("en", "Gas deal signed\nThe Agency\n11/29/2022\nThe deal was signed on Tuesday.", date(2022, 11, 29)),
    ("ru", "Газовая сделка\nАгентство | 29-06-2021\nМинистры встретились во вторник.", date(2021, 6, 29)),
    # near misses: a slashed date that reads both ways; a clock time far from any date
    ("en", "Gas deal signed\nThe Agency\n04/11/2019\nThe deal was signed on Tuesday.", None),
    ("uk", "Газова угода\nАгенція, 10:30\nУгоду підписали у вівторок, а ще раніше, 5 березня, про неї домовилися.",
     None),
]


DATELINES = [
    # (lang, text, estimate): a dateline may name the city and its country before the day
    ("en", "SEOUL, South Korea, March 5 (AP) - The leaders met. They last met on November 20, 2024.",
     date(2025, 3, 5)),
    ("ru", "Кёнджу, Южная Корея, 30 октября (Jiji Press). Лидеры встретились. Ранее они говорили 20 сентября "
           "2025 года.", date(2025, 10, 30)),
    ("uk", "Київ, Україна, 5 березня. Лідери зустрілися. Востаннє вони говорили 20 лютого 2025 року.",
     date(2025, 3, 5)),
    # near miss: no year told anywhere
    ("ru", "Кёнджу, Южная Корея, 30 октября (Jiji Press). Лидеры встретились.", None),
]


@pytest.mark.parametrize("lang,text,estimate", DATELINES)
def test_a_dateline_with_city_and_country_gives_the_day(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


@pytest.mark.parametrize("lang,text,estimate", STAMPS)
def test_the_pages_own_stamp_is_its_estimated_publication_date(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


TENURES = [
    # (lang, text, estimate): no year told; the weekday and the tenure of the office holders named by title
    # leave one year (Zelensky president from May 2019, Macron from 2017: Monday 1 December is 2025)
    ("ru", "Президент Франции Эммануэль Макрон принял президента Украины Владимира Зеленского в понедельник, "
           "1 декабря.", date(2025, 12, 1)),
    ("uk", "Президент Франції Емманюель Макрон прийняв президента України Володимира Зеленського у понеділок, "
           "1 грудня.", date(2025, 12, 1)),
    ("en", "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskyy on Monday, "
           "December 1.", date(2025, 12, 1)),
    # near misses: a weekday that fits two years of the tenures (Tuesday 24 December: 2019 and 2024);
    # a name without its title; a title after "former"
    ("uk", "Президент України Володимир Зеленський провів розмову у вівторок, 24 грудня.", None),
    ("ru", "Эммануэль Макрон принял Владимира Зеленского в понедельник, 1 декабря.", None),
    ("en", "Former President Emmanuel Macron hosted Volodymyr Zelenskyy on Monday, December 1.", None),
]


@pytest.mark.parametrize("lang,text,estimate", TENURES)
def test_a_weekday_date_without_a_year_takes_the_one_year_the_named_office_holders_allow(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


LATEST = [
    # (lang, text, estimate): the latest full date counts in the lead, where it signs its line, or beside "today"
    ("en", "Leaders meet\nThe summit began today. The leaders spoke for an hour. They agreed on trade.\n"
           "We welcome our friends — Agency (@agency) June 4, 2020\nThe talks go on.", date(2020, 6, 4)),
    ("ru", "Договор подписан\nПрезиденты встретились в Каракасе. Они обсудили торговлю. Сегодня, 7 октября "
           "2025 года, они подписали договор.", date(2025, 10, 7)),
    ("uk", "Договір підписано\nПрезиденти зустрілися в Каракасі. Вони обговорили торгівлю. Сьогодні, 7 жовтня "
           "2025 року, вони підписали договір.", date(2025, 10, 7)),
    ("uk", "Орбан у Пекіні\nАвтор: Ірина Савчук\n\nПрем'єр Угорщини 8 липня 2024 року прибув до Пекіна.",
     date(2024, 7, 8)),
    # near misses: the same dates told deep in running prose, as earlier events
    ("en", "Leaders meet\nThe leaders spoke for an hour. They agreed on trade. They had last met on June 4, 2020 "
           "in Osaka.", None),
    ("ru", "Договор подписан\nПрезиденты встретились в Каракасе. Они обсудили торговлю. Ранее, 7 октября 2025 "
           "года, парламент ратифицировал договор.", None),
    ("uk", "Договір підписано\nПрезиденти зустрілися в Каракасі. Вони обговорили торгівлю. Раніше, 7 жовтня "
           "2025 року, парламент ратифікував договір.", None),
]


@pytest.mark.parametrize("lang,text,estimate", LATEST)
def test_the_latest_full_date_is_an_estimate_only_in_the_lead_as_a_signature_or_beside_today(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


# ---- trade figures --------------------------------------------------------------------------------------

REF = date(2025, 6, 2)


def _trade(text, lang):
    from helpers import facts

    return facts(text, lang, REF).trade_facts


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
    (figure,) = [f for f in _trade(text, lang) if f.measure == "tonnes"]
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
    buyers = {round(f.value / 1e6): (f.supplier, f.buyer) for f in _trade(text, lang) if f.measure == "tonnes"}
    assert buyers == {90: ("russia", "india"), 100: ("russia", "china")}


@pytest.mark.parametrize("lang,text,changes", [
    ("uk", "Частка РФ у загальному імпорті нафти Індії не перевищувала 2%.", []),
    ("ru", "Доля России в импорте нефти Индии не превышала 2%.", []),
    ("en", "Russia's share of India's oil imports is at 34%.", []),
    ("en", "India imports oil from Russia. It was at 1% before the war.", []),
    ("uk", "У 2021 році Індія імпортувала 4,5 млн тонн нафти з Росії (2,1%).", []),
    ("ru", "В 2021 году Индия импортировала 4,5 млн тонн нефти из России (2,1%).", []),
    # near misses: changes stay changes
    ("uk", "Імпорт нафти з Росії до Індії зріс на 12%.", [12.0]),
    ("ru", "Импорт нефти из России в Индию вырос на 12%.", [12.0]),
    ("en", "India's oil imports from Russia rose 12%.", [12.0]),
    ("uk", "Імпорт нафти з Росії до Індії зріс на 4,5 млн тонн (12%).", [12.0]),
    ("en", "India's oil imports from Russia rose by 4.5 million tonnes (12%).", [12.0]),
])
def test_a_share_or_a_level_in_percent_is_no_change(lang, text, changes):
    assert [f.value for f in _trade(text, lang) if f.measure == "changePercent"] == changes


@pytest.mark.parametrize("lang,text,levels", [
    ("uk", "Імпорт нафти з Росії до Індії зріс з $2,3 млрд у 2021 році до $52,7 млрд у 2024 році.",
     {2.3: "2021", 52.7: "2024"}),
    ("ru", "Импорт нефти из России в Индию вырос с 2,3 млрд долларов в 2021 году до 52,7 млрд долларов в 2024 году.",
     {2.3: "2021", 52.7: "2024"}),
    ("en", "India's oil imports from Russia rose from $2.3 billion in 2021 to $52.7 billion in 2024.",
     {2.3: "2021", 52.7: "2024"}),
    # near misses: a start without its own year is only the old level of the change
    ("uk", "Імпорт нафти з Росії до Індії зріс з $2,3 млрд до $52,7 млрд у 2024 році.", {52.7: "2024"}),
    ("en", "India's oil imports from Russia rose from $2.3 billion to $52.7 billion in 2024.", {52.7: "2024"}),
])
def test_each_level_of_a_range_told_with_its_own_year_is_a_figure_of_that_year(lang, text, levels):
    found = {round(f.value / 1e9, 1): f.period.iso() if f.period else None
             for f in _trade(text, lang) if f.measure == "valueUSD"}
    assert found == levels


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkey and Turkmenistan aim to reach trade of $5 billion. \"We will increase our trade to $5 billion,\" "
           "Erdogan said."),
    ("uk", "Україна планує імпортувати 1 млрд кубометрів LNG зі США у 2026 році. \"На 2026 рік очікуємо імпорт "
           "LNG зі США на рівні 1 млрд кубометрів\", — сказав він."),
])
def test_a_goal_told_twice_for_one_period_is_one_figure(lang, text):
    amounts = [f.value for f in _trade(text, lang) if f.measure in ("valueUSD", "cubicMetresPerYear")]
    assert len(amounts) == 1, amounts


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Туреччина імпортувала з Росії 21,5 млн тон нафти.", 21_500_000),
    ("uk", "Туреччина імпортувала з Росії 21,5 млн тонн нафти.", 21_500_000),
    ("ru", "Турция импортировала из России 21,5 млн тн нефти.", 21_500_000),
    ("en", "Turkey imported 21.5 million tonnes of oil from Russia.", 21_500_000),
    # near miss: a bare number of barrels is a stock, not a flow
    ("uk", "Туреччина має запас у 21,5 млн барелів нафти.", None),
])
def test_tonnes_are_read_in_every_spelling(lang, text, value):
    tonnes = [round(f.value) for f in _trade(text, lang) if f.measure in ("tonnes", "barrelsPerDay")]
    assert tonnes == ([value] if value else [])


@pytest.mark.parametrize("lang,text,changes", [
    ("uk", "Словаччина отримує близько 60% нафти з Росії.", []),
    ("ru", "Словакия получает около 60% нефти из России.", []),
    ("en", "Slovakia gets about 60% of its oil from Russia.", []),
    ("uk", "Японія закупила 65 млн т зрідженого газу, з них 9% — у Катару.", []),
    ("ru", "Япония закупила 65 млн т сжиженного газа, из них 9% — у Катара.", []),
    ("en", "Japan bought 65 million tonnes of LNG, of which 9% came from Qatar.", []),
    # near miss: a change by a percentage of the goods stays a change
    ("uk", "Словаччина скоротила на 60% імпорт нафти з Росії.", [-60.0]),
])
def test_a_percentage_of_the_goods_is_a_share_not_a_change(lang, text, changes):
    assert [f.value for f in _trade(text, lang) if f.measure == "changePercent"] == changes


@pytest.mark.parametrize("lang,text", [
    ("uk", "Китай імпортував з Туркменістану 33 млрд кубометрів газу, що на 5% більше, ніж у 2023 році."),
    ("ru", "Китай импортировал из Туркменистана 33 млрд кубометров газа, что на 5% больше, чем в 2023 году."),
    ("en", "China imported 33 bcm of gas from Turkmenistan, 5% more than in 2023."),
])
def test_the_year_compared_with_is_not_the_figures_period(lang, text):
    periods = {f.period.iso() if f.period else None for f in _trade(text, lang)}
    assert "2023" not in periods


# ---- the real devset without its date lines (skips where devset/real/texts is absent) --------------------

_ROOT = Path(__file__).resolve().parent.parent
_REAL = _ROOT / "devset" / "real"
_TEXTS = _REAL / "texts"
# floors a little under what was measured on 2026-12-04 (all 120): 22 of the 61 dated pages get their day back
# from the text (19 exactly, 3 as the lead's event day, a day before the page's) and none a wrong one; the set
# scores macro-F1 0.807 without dates. With batch 10 (328 texts, 2026-12-05): 68 right, 2 off — real_ru_103, whose
# page stamp "14:48 11.02.2026" is a day after the gold's date (the call's day), and real_ru_108, undated but for a
# story tag's crash of 25 December 2024 told in its lead
UNDATED_RIGHT_FLOOR, UNDATED_WRONG_CEILING, UNDATED_MACRO_FLOOR = 20, 2, 0.79


@pytest.fixture(scope="module")
def stripped_texts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _TEXTS.is_dir():
        pytest.skip("devset/real/texts is absent: rebuild it as devset/real/README.md says")
    folder = tmp_path_factory.mktemp("undated")
    for text in sorted(_TEXTS.glob("real_*.txt")):
        lines = text.read_text(encoding="utf-8").split("\n")
        body = lines[1:] if lines and lines[0].startswith(" date ") else lines
        (folder / text.name).write_text("\n".join(body), encoding="utf-8")
    return folder


def test_the_dated_real_pages_stripped_of_their_date_mostly_get_it_back_and_rarely_a_wrong_one(stripped_texts):
    import csv

    from kg.ingest import read_text_file

    rows = list(csv.DictReader((_REAL / "sources.tsv").open(encoding="utf-8"), delimiter="\t"))
    right = wrong = 0
    for row in rows:
        path = stripped_texts / row["file"]
        if not row["published"] or not path.is_file():
            continue
        made = read_text_file(path)
        estimate = getattr(made, "published_estimate", None)
        if estimate is not None:
            # the day the lead tells of ("5 сентября провели разговор") is the story's day, a day before the page's
            told = 0 <= (date.fromisoformat(row["published"]) - estimate).days <= 1
            right += told
            wrong += not told
    assert right >= UNDATED_RIGHT_FLOOR and wrong <= UNDATED_WRONG_CEILING, (right, wrong)


def test_the_real_devset_without_dates_stays_above_its_floor(stripped_texts, tmp_path):
    from kg.build import build
    from kg.evaluate import evaluate

    gold = tmp_path / "gold"  # the floor's articles: batches 1 to 3 (later batches have floors of their own)
    gold.mkdir()
    for g in sorted((_REAL / "gold").glob("real_*.json")):
        if int(g.stem.rsplit("_", 1)[1]) <= 40 and (stripped_texts / (g.stem + ".txt")).is_file():
            shutil.copy(g, gold / g.name)
    build([stripped_texts], tmp_path / "out", validate=False)
    result = evaluate(tmp_path / "out" / "graph.trig", gold)
    assert result.macro_f1 >= UNDATED_MACRO_FLOOR, round(result.macro_f1, 3)


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
    (figure,) = [f for f in _trade(text, lang) if f.measure == "tonnes"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


@pytest.mark.parametrize("lang,text,ranks", [
    # a place among all the world's buyers names the buyer alone (batch 7's gold: "the world's largest importer")
    ("en", "India is the world's third-largest crude importer after China and the United States.",
     [(3.0, None, "india")]),
    ("ru", "Китай является крупнейшим в мире импортером нефти.", [(1.0, None, "china")]),
    ("uk", "Китай є найбільшим у світі імпортером нафти.", [(1.0, None, "china")]),
    # near misses: a place among one buyer's suppliers is a bilateral rank
    ("en", "Russia is India's top oil supplier.", [(1.0, "russia", "india")]),
    ("ru", "Россия является крупнейшим поставщиком нефти в Индию.", [(1.0, "russia", "india")]),
    ("uk", "Росія є найбільшим постачальником нафти до Індії.", [(1.0, "russia", "india")]),
])
def test_a_place_among_the_worlds_buyers_names_no_supplier(lang, text, ranks):
    assert [(f.value, f.supplier, f.buyer) for f in _trade(text, lang) if f.measure == "rank"] == ranks


@pytest.mark.parametrize("lang,text,ref,days", [
    # a weekday written before a year-less date confirms it: one date, in the year that puts it on that weekday
    ("uk", "Офіційні переговори відбудуться у вівторок, 9 липня.", date(2024, 7, 8), ["2024-07-09"]),
    ("ru", "Официальные переговоры пройдут во вторник, 9 июля.", date(2024, 7, 8), ["2024-07-09"]),
    ("en", "Official talks will be held on Tuesday, July 9.", date(2024, 7, 8), ["2024-07-09"]),
    ("ru", "Переговоры прошли в понедельник, 1 декабря.", date(2025, 12, 2), ["2025-12-01"]),
    # near misses: a weekday in another sentence is a day of its own; a date without a weekday is the last one
    ("ru", "Переговоры прошли в понедельник. 1 декабря они встретились снова.", date(2025, 12, 3),
     ["2025-12-01", "2025-12-01"]),
    ("uk", "Офіційні переговори відбулися 9 липня.", date(2024, 7, 8), ["2023-07-09"]),
])
def test_a_weekday_before_a_date_is_one_date_in_the_year_it_fits(lang, text, ref, days):
    from kg.text.dates import find_times
    from kg.text.document import Document

    doc = Document(article(text, lang, published=ref))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), ref)] == days


@pytest.mark.parametrize("lang,text,buyer", [
    ("uk", "ЄС імпортував із Росії 20 млрд кубометрів скрапленого природного газу.", "eu"),
    ("ru", "Евросоюз импортировал из России 20 млрд кубометров СПГ.", "eu"),
    ("en", "The EU imported 20 billion cubic metres of LNG from Russia.", "eu"),
    # near miss: an alliance that is no trading bloc buys nothing
    ("uk", "НАТО імпортувало з Росії 20 млрд кубометрів скрапленого газу.", None),
])
def test_a_union_of_states_buys_as_itself(lang, text, buyer):
    (figure,) = [f for f in _trade(text, lang) if f.measure == "cubicMetresPerYear"]
    assert (figure.commodity, figure.supplier, figure.buyer) == ("lng", "russia", buyer)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Обсяги імпорту нафти з РФ до Китаю сягнули 2,2 млн б/д."),
    ("ru", "Импорт нефти из России в Китай достиг 2,2 млн барр./сут."),
    ("en", "China's crude imports from Russia reached 2.2 million b/d."),
])
def test_barrels_a_day_are_read_in_their_abbreviations(lang, text):
    assert [(f.measure, round(f.value)) for f in _trade(text, lang)] == [("barrelsPerDay", 2_200_000)]


@pytest.mark.parametrize("lang,text,period", [
    ("uk", "У січні-березні 2021 року товарообіг України та Грузії склав 147,9 млн доларів.", "2021-01..2021-03"),
    ("ru", "В январе-марте 2021 года товарооборот России и Грузии составил 147,9 млн долларов.", "2021-01..2021-03"),
    ("en", "In January-March 2021, trade between Ukraine and Georgia reached $147.9 million.", "2021-01..2021-03"),
    # near miss: two months joined by a hyphen in the wrong order name no span
    ("uk", "У березні-січні 2021 року товарообіг України та Грузії склав 147,9 млн доларів.", "2021"),
])
def test_a_span_of_months_in_one_hyphenated_word_is_the_figures_period(lang, text, period):
    (figure,) = [f for f in _trade(text, lang) if f.measure == "valueUSD"]
    assert figure.period is not None and figure.period.iso() == period


@pytest.mark.parametrize("lang,text,supplier,buyer", [
    # with no buyer named before the buying word, "у/в" names where the buying is done: the buyer
    ("uk", "Імпорт нафти у Китаї зріс на 5% і склав 11 млн барелів на добу.", None, "china"),
    ("uk", "Імпорт російської нафти в Індії сягнув 2 млн барелів на добу.", "russia", "india"),
    # near misses: a buyer named first makes "в/у" the seller
    ("uk", "Індія купувала в Росії 2 млн барелів нафти на добу.", "russia", "india"),
    ("uk", "Китай щодня імпортує у Росії 2 млн барелів нафти.", "russia", "china"),
])
def test_buying_done_in_a_state_makes_it_the_buyer(lang, text, supplier, buyer):
    (figure,) = [f for f in _trade(text, lang) if f.measure == "barrelsPerDay"]
    assert (figure.supplier, figure.buyer) == (supplier, buyer)


@pytest.mark.parametrize("lang,text,expected", [
    # a commodity word capitalised inside a company's name is no commodity; a place and a date opening the
    # story are its dateline, not a party
    ("en", "Cairo, July 19 (Agency) - Abu Dhabi's Adnoc Gas signed a deal with Indian Oil Corp to supply 1.2 "
           "million tonnes of liquefied natural gas (LNG) per year.", ("lng", "united-arab-emirates")),
    ("en", "Qatar's national company will supply 2 million tonnes of LNG a year to Germany.", ("lng", "qatar")),
    # near misses: the goods spelled out before their abbreviation, or opening the sentence, stay goods
    ("en", "Qatar will supply 2 million tonnes of Liquefied Natural Gas (LNG) a year to Germany.", ("lng", "qatar")),
    ("en", "Oil from Russia reached 2 million tonnes in India.", ("crude_oil", "russia")),
])
def test_company_names_and_datelines_are_neither_goods_nor_parties(lang, text, expected):
    (figure,) = [f for f in _trade(text, lang) if f.measure == "tonnes"]
    assert (figure.commodity, figure.supplier) == expected


@pytest.mark.parametrize("lang,text,volumes", [
    ("uk", "Азербайджан постачатиме Туреччині щорічно протягом 15 років по 2,25 млрд кубометрів газу, загалом це "
           "становитиме понад 33 млрд кубометрів.", [2.25]),
    ("ru", "Азербайджан будет поставлять Турции ежегодно 2,25 млрд кубометров газа, в общей сложности более 33 млрд "
           "кубометров за 15 лет.", [2.25]),
    ("en", "Azerbaijan will supply Turkey with 2.25 bcm of gas a year for 15 years, 33 bcm in total.", [2.25]),
    # near miss: a volume with no word of a total is a yearly flow
    ("uk", "Азербайджан поставив Туреччині 9 млрд кубометрів газу.", [9.0]),
])
def test_a_total_over_the_years_of_a_deal_is_no_yearly_flow(lang, text, volumes):
    assert [round(f.value / 1e9, 2) for f in _trade(text, lang) if f.measure == "cubicMetresPerYear"] == volumes
