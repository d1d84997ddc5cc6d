"""Commodities and trade figures: value, unit, period, supplier and buyer.

Money is stored in base units (dollars, not billions); percentages carry their direction
(negative for a fall); ranks come from ordinals next to a place word or a supplier/buyer noun.
"""
from __future__ import annotations

from ..lexicon import PhraseMatch
from ..records import PartialDate, Period, TradeFact
from ..text.dates import find_times
from ..text.numbers import Quantity, find_quantities, number_at
from .context import ArticleContext

_GAS = ("natural_gas", "natural_gas_pipeline", "lng")
MIN_TRADE_USD = 1_000_000  # trade between states is told in millions at least
# gazetteer keys of unions that buy and sell as one
TRADING_BLOCS = frozenset({"eu", "eaeu", "asean", "cis", "mercosur", "gcc"})
Rank = tuple[bool, str | None, str | None]  # a rank's role (buying or not) and its supplier and buyer


def extract_trade(ctx: ArticleContext) -> list[TradeFact]:
    """The article's trade figures, each once, with the commodity, parties and period they speak of."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    facts: list[TradeFact] = []
    last_commodity: str | None = None
    # commodity family -> the supplier and buyer last named for it, for figures that name one side or none
    sides: dict[str, tuple[str | None, str | None]] = {}
    analysed = [(s, _commodities(ctx, s)) for s in doc.sentences]
    parties = {s.first: _parties(ctx, s, commodities) for s, commodities in analysed}
    # the direction the article gives a commodity anywhere, for figures whose sentence names no side
    directions: dict[str, tuple[str, str]] = {}
    ranked: dict[str, Rank] = {}  # commodity family -> the article's last rank, for "second place went to Iraq"
    for s, commodities in analysed:
        sup, buy = parties[s.first]
        for c in commodities:
            if sup and buy:
                directions.setdefault(_family(c.payload), (sup, buy))
    previous: TradeFact | None = None  # the last figure of the sentence before
    turnover_pair: tuple[str, str] | None = None  # the two states of the article's first turnover figure
    for s, commodities in analysed:
        quantities = [q for q in find_quantities(doc, s.first, s.last) if q.kind != "duration"]
        supplier, buyer = parties[s.first]
        before = len(facts)
        values = _figures(ctx, s, quantities, commodities)
        if not commodities and last_commodity is None and not any(q.unit == "cubicMetresPerYear" for q in values):
            values = []
        period = _period(ctx, s) if values else None
        rise = comp.rise.matches(doc.lemmas, None, s.first, s.last)
        fall = comp.fall.matches(doc.lemmas, None, s.first, s.last)
        for q in sorted(values, key=lambda q: q.first):
            targets = _commodities_for(ctx, commodities, q)
            if q.unit == "cubicMetresPerYear" and not any(t in _GAS for t in targets):
                targets = ["natural_gas"]  # a volume in cubic metres a year is gas, piped unless it says LNG
            if not targets and _value_of_something_else(ctx, s, q):
                continue  # "a portfolio of industrial cooperation worth over $8 bn": no trade word of its own
            targets = targets or ([last_commodity] if last_commodity else [])
            follow_up = previous is not None and q.kind == "percent" and _follows_up(ctx, s, q, commodities)
            if follow_up:
                targets = [previous.commodity]  # "Це на 48% більше, ніж роком раніше": the figure before
            alliance = _alliance(ctx, s, q)
            status = _status(ctx, s, q, values)
            if _denied(ctx, s, q, values) or ctx.yes_no_question(s):
                continue  # "did not reach $300 billion", "опроверг, что поставил", "Достигнет ли ...?": no figure
            when = _target_year(ctx, s, q, values) if status != "reported" else None
            for commodity in targets:
                source = _nearest_source(ctx, s, q)
                # "Экспорт из Китая ..., импорт американской продукции": the source of this clause sells to the
                # sentence's other side, even where the sentence as a whole read it as the buyer
                sup, buy = (source, supplier) if source is not None and source == buyer else (source or supplier, buyer)
                destination = _clause_destination(ctx, s, q, values)
                if destination is not None and destination != sup:
                    buy = destination  # "в Индию вырос на 10%, а в Китай — на 5%": this clause's own buyer
                agent = _clause_agent(ctx, s, q, values) if q.kind != "ordinal" else None
                if agent is not None and agent[1] not in (sup, buy):
                    # "Japan bought 29.5 Mt, while China bought 27.2 Mt", "Iraq sold 11 MT ..., higher than 10 MT
                    # sourced from Saudi Arabia": the state this figure's own clause has buy (or sell)
                    sup, buy = (sup, agent[1]) if agent[0] else (agent[1], buy)
                buying = None
                world = q.kind == "ordinal" and _world_rank(ctx, s, q)
                if q.kind == "ordinal":
                    if _rank_of_no_one_state(ctx, s, q):
                        continue
                    sup, buy, buying = _ranked(ctx, s, q, sup, buy, ranked.get(_family(commodity)))
                    if world and buying is None:
                        continue  # "the world's third country": a world place with no role of buyer or seller
                told = sides.get(_family(commodity), (None, None))
                anywhere = directions.get(_family(commodity), (None, None))
                remembered = (told[0] or anywhere[0], told[1] or anywhere[1])
                if follow_up and previous is not None:
                    sup, buy = previous.supplier, previous.buyer
                elif alliance is not None:
                    sup, buy = alliance, None  # "страны альянса сократят добычу на 23%": OPEC+ cuts
                elif commodity == "trade_turnover" and (bloc := _inside_bloc(ctx, s, commodities)) is not None:
                    sup, buy = bloc, None  # "товарооборот в СНГ плюс 48%": the trade among the union's members
                elif commodity == "total_exports" and any(c.payload == commodity for c in commodities):
                    # all a state sells: a buyer only where the sentence names one ("експорт до Китаю")
                    sup = sup or next((_exports_of(ctx, s, c.end) for c in commodities if c.payload == commodity),
                                      None)
                    buy = buy or next((_importer(ctx, s, c) for c in commodities if c.payload == commodity), None)
                elif commodity == "trade_turnover" and (sup is None or buy is None) and \
                        len(_states_named(ctx, s)) < 2 and turnover_pair is not None:
                    # "Объем двусторонней торговли превысил ...": the pair told last; "торгівля зі США впала":
                    # the one partner named, with the state of that pair the text spoke of last
                    sup, buy = _with_partner(ctx, s, turnover_pair)
                elif commodity == "trade_turnover" and (sup is None or buy is None) or \
                        sup is None and buy is None and q.unit == "cubicMetresPerYear" and not any(remembered):
                    sup, buy = _pair(ctx, s)
                elif sup is None and buy is None:
                    sup, buy = remembered  # a follow-up figure ("в перспективе – до 55 млрд кубометров")
                elif (sup is None) != (buy is None):
                    sup, buy = _other_side(ctx, s, sup, buy, remembered)
                partner = _clause_partner(ctx, s, q, values) if commodity == "trade_turnover" else None
                if partner is not None:
                    # "товарообіг з Росією зріс до 9,36 млрд, а з ЄС – до 29,28 млрд": the partner of this
                    # clause trades with the state whose trade the sentence's figure before told (the side of that
                    # figure no "with" governs)
                    partners = _with_partners(ctx, s)
                    home = next((side for f in reversed(facts[before:]) if f.commodity == commodity
                                 for side in (f.supplier, f.buyer) if side and side not in partners), None)
                    if home is not None and home != partner:
                        sup, buy = home, partner
                listed = _listed_state(ctx, s, q)
                if listed is not None and listed not in (sup, buy) and not follow_up:
                    # "Россия – 1 754 тысячи баррелей в день; Ирак – 1 005 тысячи": each item's own state
                    sup, buy = (listed, buy) if buy is not None or sup is None else (sup, listed)
                if sup == buy:
                    buy = None
                if buy is not None and _production(ctx, s, q):
                    buy = None  # "raise its LNG production by 60%": what a state makes, sold to none
                if world:
                    # "Qatar is the world's largest LNG supplier", "China, the world's top importer": a place among
                    # all the world's sellers (or buyers) names one side only
                    sup, buy = (None, buy) if buying else (sup, None)
                    if (buy if buying else sup) is None:
                        continue
                if commodity == "trade_turnover" and _with_the_world(ctx, s, q, values):
                    continue  # "Общий объем внешней торговли КНР", "China's trade with the world": no partner
                if q.kind == "money":
                    if q.unit != "USD" or q.value < MIN_TRADE_USD:
                        continue  # "$1" or "$400" is a price or a model name ("S-400"), not a trade figure
                    measure, value = "valueUSD", q.value
                elif q.kind == "percent":
                    if _against_older_year(ctx, s, q, when or period):
                        continue  # "+46,9% за рік і на 64,2% порівняно з 2021-м": the second is no yearly change
                    if _multiple_over_years(ctx, s, q):
                        continue  # "за последние 20 лет вырос в 13 раз", "з 2021 до 2024 зріс у 22,8 раза"
                    written = _written_sign(ctx, q)
                    measure, value = "changePercent", (written if written is not None else _sign(
                        q, rise, fall, _elided_sign(ctx, s, q, facts, before))) * q.value
                    if value < 0 and _multiple(ctx, q):
                        # "сократился вдвое", "fell 3 times": a fall to a half (a third) is one of 50 % (66.7 %)
                        value = -round(100 - 100 * 100 / (100 + q.value), 1)
                elif q.kind == "volume":
                    measure, value = q.unit, q.value
                    if _is_change(ctx, q):
                        value *= _sign(q, rise, fall)  # "сократит экспорт на 500 тыс. баррелей в сутки"
                else:
                    measure, value = "rank", q.value
                if commodity == "natural_gas" and measure == "tonnes":
                    commodity = "lng"  # gas counted in tonnes is liquefied ("2 million tons of the gas")
                elif commodity == "natural_gas" and measure == "cubicMetresPerYear" and sup and \
                        sides.get("lng", (None, None))[0] == sup and not _names_pipelines(ctx, s):
                    commodity = "lng"  # "американського газу" after "американського LNG": the same gas
                elif commodity == "natural_gas" and measure == "cubicMetresPerYear":
                    commodity = "natural_gas_pipeline"  # gas measured in cubic metres a year flows by pipeline
                facts.append(TradeFact(commodity=commodity, measure=measure, value=value, supplier=sup,
                                       buyer=buy, period=_done_by(ctx, when or _own_year(ctx, s, q) or period, status),
                                       evidence=(ctx.evidence(s, "trade"),),
                                       status=status))
                if buying is not None:
                    ranked[_family(commodity)] = (buying, sup, buy)
                if commodity == "trade_turnover" and sup and buy and sup != buy and status == "reported":
                    turnover_pair = (sup, buy)
        if len(facts) > before:
            previous = facts[-1]
        if commodities:
            last_commodity = _group_head(ctx, commodities, len(commodities) - 1).payload
            if supplier or buyer:
                for c in commodities:
                    old = sides.get(_family(c.payload), (None, None))
                    sides[_family(c.payload)] = (supplier or old[0], buyer or old[1])
        elif last_commodity is not None and (supplier or buyer) and _trades(ctx, s):
            # "Китай же зберігає високі обсяги закупівель": a sentence on buying or selling that names no goods
            # turns the article's last commodity to a new buyer (or supplier)
            old = sides.get(_family(last_commodity), (None, None))
            sides[_family(last_commodity)] = (supplier or old[0], buyer or old[1])
    # a change with no side ("reduce the region's food import bill by 25 percent") is no trade between states
    return _once([f for f in facts if f.supplier or f.buyer or f.measure != "changePercent"])


def _status(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> str:  # type: ignore[no-untyped-def]
    """Whether a figure is trade done ("reported") or a "target" ("$100 billion by 2030", "довести
    товарооборот до"), a "forecast" ("expected to reach", "по прогнозам") or a "plan" ("планируют
    поставить"): read from the words between the figure before it (or the sentence start) and the figure,
    and a target year ("к 2030 году", "by 2030") just after it; a modal ("could", "может") makes any other
    a forecast."""
    doc = ctx.doc
    lex = doc.lexicon
    start, end = _own_words(ctx, s, q, figures)
    to_preps, from_preps = lex.words("range_to_preps"), lex.words("range_from_preps")
    begun = next((f for f in figures if f.kind == q.kind and f.last == q.first - 1), None)
    if begun is not None and doc.tokens[q.first - 1].norm in to_preps:
        # "намерены увеличить товарооборот с 7 млрд до 35 миллиардов": the range's end is what the words before its
        # start tell of
        start = max([f.last for f in figures if f.last <= begun.first] + [s.first])
    elif any(f.kind == q.kind and f.first == q.last + 1 for f in figures) and q.last < s.last \
            and doc.tokens[q.last].norm in to_preps \
            and any(doc.tokens[j].norm in from_preps for j in range(max(s.first, q.first - 3), q.first)):
        return "reported"  # "... с нынешних 7 млрд до 35": where a change starts is the level now

    def said(key: str) -> bool:
        return bool(lex.phrases(key).matches(doc.lemmas, None, start, q.first))

    # "raise to", "увеличить до" set a target; "imports increased to 9.1 million tons", "увеличили до" tell one met
    aims = [m for m in lex.phrases("trade_target_words").matches(doc.lemmas, None, start, q.first)
            if not _past_verb(ctx, m.start)]

    if said("trade_forecast_words"):
        return "forecast"
    preps = lex.words("trade_target_year_preps")
    years = _years_near(ctx, q, start, end)
    ahead = any(j > s.first and doc.tokens[j - 1].norm in preps or ctx.ref is not None and year > ctx.ref.year
                for j, year in years)
    if aims or ahead:
        return "target"
    if said("trade_plan_words"):
        return "plan"
    if said("trade_modal_words") or _future_verb(ctx, start, q.first):
        # "could hit $40 billion", "может составить $50 млрд", "в 2022 году объем поставок составит 12 млрд":
        # a figure not yet told as done
        return "forecast"
    return "reported"


_INFINITIVE_ENDINGS = ("ть", "ти", "чь", "ться", "тися", "тись")


def _denied(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the words that tell the figure deny it: a denial verb ("denied that it had exported", "опроверг",
    "спростував"), or a negation before the last verb ahead of the figure ("did not reach", "не достиг",
    "не досяг"); a negation before no verb ("не менее 5 млрд", "not less than") bounds the figure instead."""
    doc = ctx.doc
    lex = doc.lexicon
    start, _ = _own_words(ctx, s, q, figures)
    if lex.phrases("trade_denial_words").matches(doc.lemmas, None, start, q.first):
        return True
    negations = lex.words("trade_negation_words")
    auxiliaries = lex.words("trade_negated_auxiliaries")
    for j in range(q.first - 1, start, -1):
        if doc.tokens[j - 1].norm in negations and (not auxiliaries or j >= start + 2 and
                                                    doc.tokens[j - 2].norm in auxiliaries):
            if auxiliaries or _verb(ctx, j) or any(lemma.endswith(_INFINITIVE_ENDINGS) for lemma in doc.lemmas[j]):
                return True  # "не досяг": a past form the analyser does not read as a verb has a verb's lemma
        if auxiliaries and _past_verb(ctx, j) or not auxiliaries and _verb(ctx, j):
            return False  # the last verb before the figure is not negated
    return False


def _done_by(ctx: ArticleContext, period: Period | None, status: str) -> Period | None:
    """The period of a figure, a part of a year that the text gives no year for ("in the third quarter", "в первом
    полугодии") taken as the last one ended by the article's date when the figure is trade done: what is done
    cannot lie ahead of the news that tells it."""
    if period is None or status != "reported" or ctx.ref is None or period.start.month is None \
            or period.start.year != ctx.ref.year or (period.start.year, period.start.month) <= (ctx.ref.year,
                                                                                            ctx.ref.month):
        return period
    start, end = period.start, period.end
    return Period(PartialDate(start.year - 1, start.month, start.day),
                  PartialDate(end.year - 1, end.month, end.day), period.label)


def _multiple(ctx: ArticleContext, q: Quantity) -> bool:
    """Whether a change is told as a multiple ("вдвое", "втричі", "doubled", "в 2 раза"), not in percent."""
    doc = ctx.doc
    return doc.table_value("change_multipliers", q.first) is not None or \
        bool(doc.lemmas[q.last - 1] & doc.lexicon.lemmas_of("multiplier_times_words"))


def _multiple_over_years(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether a rise told as a multiple ("в 13 раз") spans several years: a count of years ("за последние 20 лет",
    "over 10 years") or two years named ("з 2021-го до 2024-го"). Such a multiple is no change of one period."""
    doc = ctx.doc
    if not doc.lemmas[q.last - 1] & doc.lexicon.lemmas_of("multiplier_times_words"):
        return False
    years = doc.lexicon.lemmas_of("year_words")

    def count(j: int) -> float | None:
        text = doc.tokens[j].text
        return float(text) if text.isdigit() else doc.table_value("number_words", j)

    counted = any(isinstance(n := count(j), (int, float)) and 1 < n < 100 and doc.lemmas[j + 1] & years
                  for j in range(s.first, s.last - 1))
    named = {int(t.text[:4]) for t in doc.tokens[s.first:s.last] if t.text[:4].isdigit() and len(t.text) >= 4
             and 1990 <= int(t.text[:4]) <= 2100}
    return counted or len(named) > 1


def _future_verb(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether a verb in the future stands in tokens [start, end) ("составит", "отримуватиме"), not in the first
    person ("Нагадаємо, ...", "будемо збільшувати торгівлю: зараз ... 400 мільйонів" tell no future figure); English
    tells its future with "will", a modal word."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    norms = [ctx.doc.tokens[j].norm for j in range(start, end)]
    return any(lem.is_surely_future_verb(n) and not lem.is_first_person(n) for n in norms)


def _past_verb(ctx: ArticleContext, index: int) -> bool:
    """Whether the word is a verb in the past ("increased", "raised", "увеличили", "наростила"): a thing done."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    tok = ctx.doc.tokens[index]
    if isinstance(lem, PymorphyLemmatizer):
        return lem.is_past_verb(tok.norm)
    return tok.text.isalpha() and len(tok.norm) > 3 and tok.norm.endswith("ed") or tok.norm in ctx.doc.lexicon.irregular


def _names_pipelines(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence speaks of a pipeline ("газопровод", "Power of Siberia")."""
    doc = ctx.doc
    return bool(doc.lexicon.phrases("pipeline_words").matches(doc.lemmas, None, s.first, s.last))


def _listed_state(ctx: ArticleContext, s, q: Quantity) -> str | None:  # type: ignore[no-untyped-def]
    """The state an item of a list opens with, before a dash and the figure ("Ирак – 1 005 тысячи баррелей",
    "Объединенные Арабские Эмираты (ОАЭ) – 435", "UAE - 313,002 bpd")."""
    doc = ctx.doc
    dash = q.first - 1
    if dash <= s.first or doc.tokens[dash].text not in ("–", "—", "-"):
        return None
    states = [m for m in ctx.in_range(max(s.first, dash - 8), dash) if ctx.gaz.country_of(m.actor)]
    if not states or states[-1].last < dash - 1 and ")" not in doc.article.text[
            doc.tokens[states[-1].last - 1].end:doc.tokens[dash].start]:
        return None
    return ctx.gaz.country_of(states[-1].actor)


def _own_words(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The tokens that speak of one figure: from the figure before it (or the sentence start) to the end of
    its clause ("..., а к 2030 году ..." belongs to the next figure)."""
    doc = ctx.doc
    start = max([f.last for f in figures if f.last <= q.first] + [s.first])
    end = min([s.last, q.last + 6] + [f.first for f in figures if f.first >= q.last])
    text = doc.article.text
    end = next((j for j in range(q.last, end) if any(ch in text[doc.tokens[j - 1].end:doc.tokens[j].start]
                                                      for ch in ",;")), end)
    return start, end


def _years_near(ctx: ArticleContext, q: Quantity, start: int, end: int) -> list[tuple[int, int]]:
    tokens = ctx.doc.tokens
    return [(j, int(tokens[j].text)) for j in range(start, end) if not q.first <= j < q.last
            and len(tokens[j].text) == 4 and tokens[j].text.isdigit() and 1990 <= int(tokens[j].text) <= 2100]


def _target_year(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> Period | None:  # type: ignore[no-untyped-def]
    """The year a target, forecast or plan is set for ("к 2030 году", "by 2030"): the latest year near it."""
    years = _years_near(ctx, q, *_own_words(ctx, s, q, figures))
    if not years:
        return None
    year = PartialDate(max(y for _, y in years))
    return Period(year, year)


def _commodities(ctx: ArticleContext, s):  # type: ignore[no-untyped-def]
    """The commodities a sentence names, less trade in a ministry's name ("дані Міністерства торгівлі
    Індії", "the Commerce Ministry", "trade minister"): that is an office, not a flow of goods."""
    doc = ctx.doc
    found = doc.lexicon.compiled.commodities.longest(doc.lemmas, None, s.first, s.last)
    offices = doc.lexicon.phrases("ministry_words").matches(doc.lemmas, None, s.first, s.last)
    kept = [c for c in found if not (c.payload == "trade_turnover" and c.end - c.start == 1
                                     and any(m.end == c.start or m.start == c.end for m in offices))
            and not _in_company_name(ctx, s, c)]
    if not kept and _trades(ctx, s):
        # "Україна експортувала до Китаю товарів на $2,5 млрд", "exports of goods to China": goods in general,
        # sold or bought, are the trade between the two
        goods = doc.lexicon.phrases("goods_words").matches(doc.lemmas, None, s.first, s.last)
        kept = [PhraseMatch(g.start, g.end, "trade_turnover") for g in goods[:1]]
    if not kept:
        kept = _own_exports(ctx, s)  # "український експорт", "our exports", "экспорт России": all one side sells
    return kept


def _own_exports(ctx: ArticleContext, s) -> list[PhraseMatch[str]]:  # type: ignore[no-untyped-def]
    """The exports of one state as a whole, named by an export noun (`export_nouns`) with the state that sells:
    its adjective or "our" before it ("український експорт", "нашого експорту", "Ukrainian exports"), its name with
    "'s" before it ("Ukraine's exports") or after it in the genitive or after "of" ("экспорт России", "exports of
    Ukraine"); a noun between ("arms exports") makes them the exports of something else."""
    doc = ctx.doc
    nouns = doc.lexicon.phrases("export_nouns").matches(doc.lemmas, None, s.first, s.last)
    owns = doc.lexicon.lemmas_of("own_possessives")
    adjectives = {a.end for a in ctx.gaz.adjectives(doc.lang).longest(
        doc.lemmas, doc.capitalised if doc.lang == "en" else None, s.first, s.last)
        if ctx.gaz.country_of(a.payload.actor)}
    states = [m for m in ctx.in_range(s.first, s.last) if ctx.gaz.country_of(m.actor) and m.type == "Country"]
    for n in nouns:
        j = n.start
        while j - 1 >= s.first and doc.lemmas[j - 1] & owns:
            j -= 1
        before = j in adjectives or j < n.start or any(
            m.last == n.start and doc.tokens[m.last - 1].norm.endswith("'s") for m in states)
        if before or _exports_of(ctx, s, n.end) is not None:
            return [PhraseMatch(n.start, n.end, "total_exports")]
    # "China's imports from Russia", "импорт Китая из России", "імпорт Китаю з Росії": all one state buys from
    # another is all that other sells to it; the state it comes from must be named
    sources = doc.lexicon.words("from_preps")
    for n in doc.lexicon.phrases("import_nouns").matches(doc.lemmas, None, s.first, s.last):
        owner = n.start in adjectives or any(m.last == n.start and doc.tokens[m.last - 1].norm.endswith("'s")
                                             for m in states) or _exports_of(ctx, s, n.end) is not None
        k = n.end + 1 if _exports_of(ctx, s, n.end) is not None else n.end
        source = any(doc.tokens[j].norm in sources and any(m.first == j + 1 for m in states)
                     for j in range(n.end, min(s.last - 1, k + 3)))
        if owner and source:
            return [PhraseMatch(n.start, n.end, "total_exports")]
    return []


def _importer(ctx: ArticleContext, s, c) -> str | None:  # type: ignore[no-untyped-def]
    """The state whose imports an import noun names ("China's imports", "Chinese imports", "импорт Китая"):
    the buyer; None where the noun is no import noun or names no state."""
    doc = ctx.doc
    if not doc.lemmas[c.start] & doc.lexicon.lemmas_of("import_nouns"):
        return None
    for a in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, doc.capitalised if doc.lang == "en" else None,
                                                  max(s.first, c.start - 2), c.start):
        if a.end == c.start and ctx.gaz.country_of(a.payload.actor):
            return ctx.gaz.country_of(a.payload.actor)
    for m in ctx.in_range(max(s.first, c.start - 4), c.start):
        if m.last == c.start and m.type == "Country" and doc.tokens[m.last - 1].norm.endswith("'s"):
            return ctx.gaz.country_of(m.actor)
    return _exports_of(ctx, s, c.end)


def _exports_of(ctx: ArticleContext, s, end: int) -> str | None:  # type: ignore[no-untyped-def]
    """The state named right after an export noun ending at `end`, in the genitive or after "of" ("экспорт России",
    "exports of Ukraine")."""
    doc = ctx.doc
    k = end + 1 if end < s.last and doc.tokens[end].norm == "of" else end
    named = [m for m in ctx.in_range(k, min(s.last, k + 3)) if m.first == k and m.type == "Country"]
    return ctx.gaz.country_of(named[0].actor) if named else None


def _in_company_name(ctx: ArticleContext, s, c) -> bool:  # type: ignore[no-untyped-def]
    """Whether a commodity word is part of a company's name, capitalised inside a sentence: before a company
    suffix ("Indian Oil Corp") or after another capitalised word that names no state
    ("Adnoc Gas has announced"). "Liquefied Natural Gas (LNG)" spells out an abbreviation and stays goods."""
    doc = ctx.doc
    tokens = doc.tokens
    words = [tokens[j].text for j in range(c.start, c.end)]
    if c.start == s.first or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if c.end < s.last and doc.article.text[tokens[c.end - 1].end:tokens[c.end].start].strip().startswith("("):
        return False
    suffixes = doc.lexicon.words("company_suffixes")
    if c.end < s.last and tokens[c.end].norm.rstrip(".") in suffixes:
        return True
    prev = c.start - 1
    if prev <= s.first or not tokens[prev].text[:1].isupper():
        return False
    named = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, doc.capitalised, prev, prev + 1) or [
        m for m in ctx.in_range(prev, prev + 1) if ctx.gaz.country_of(m.actor)]
    return not named


def _follows_up(ctx: ArticleContext, s, q: Quantity, commodities) -> bool:  # type: ignore[no-untyped-def]
    """"Это на 48% больше, чем годом ранее", "That is up 48% from a year earlier": a sentence that opens
    with "this" and names no commodity before its figure compares the figure of the sentence before."""
    doc = ctx.doc
    openers = doc.lexicon.lemmas_of("followup_openers")
    return bool(doc.lemmas[s.first] & openers) and not any(c.start < q.first for c in commodities)


def _alliance(ctx: ArticleContext, s, q: Quantity) -> str | None:  # type: ignore[no-untyped-def]
    """"Eight OPEC+ countries agreed to raise oil output", "страны альянса сократят добычу": a change of
    output whose subject is a producers' alliance, with no state named before the output word; the alliance
    is the last one the article names up to there."""
    doc = ctx.doc
    lex = doc.lexicon
    production = lex.phrases("production_words").matches(doc.lemmas, None, s.first, q.first)
    if not production:
        return None
    anchor = production[0].start
    if any(ctx.gaz.country_of(m.actor) for m in ctx.in_range(s.first, anchor) if not _dateline(ctx, s, m)):
        return None
    names = lex.phrases("alliance_words")
    if not names.matches(doc.lemmas, None, s.first, anchor):
        return None
    named = [m for m in ctx.in_range(0, anchor) if m.type == "Organization"
             and names.matches(doc.lemmas, None, m.first, m.last)]
    return named[-1].actor if named else None


def _inside_bloc(ctx: ArticleContext, s, commodities) -> str | None:  # type: ignore[no-untyped-def]
    """The trading union whose inner trade a turnover word names ("товарооборот в СНГ", "торгівля всередині ЄС",
    "trade within the EAEU"), in a sentence that names no state: the union is the one side of the figure, not the
    speaker's state."""
    doc = ctx.doc
    if _states_named(ctx, s):
        return None  # "товарооборот России со странами ЕАЭС": a state trades with the union
    inner = doc.lexicon.words("bloc_inner_preps")  # with their fillers ("within the")
    blocs = {m.first: m.actor for m in ctx.in_range(s.first, s.last) if m.actor in TRADING_BLOCS}
    for c in commodities:
        if c.payload != "trade_turnover":
            continue
        j = c.end
        while j < min(s.last, c.end + 3) and doc.tokens[j].norm in inner:
            j += 1
        if j > c.end and j in blocs:
            return blocs[j]
    return None


def _once(facts: list[TradeFact]) -> list[TradeFact]:
    """Each figure once: a headline repeating the body's figure ("$100bn trade goal") is the same fact;
    of two copies the one that knows its period is kept."""
    kept: dict[tuple[object, ...], TradeFact] = {}
    first = min((f.evidence[0].start for f in facts), default=0)
    body = {(f.measure, round(f.value, 6)) for f in facts if f.evidence[0].start > first}
    # a headline's amount that the body states again is read from the body, where its commodity is clear
    facts = [f for f in facts if not (_headline(f) and f.evidence[0].start == first and f.measure not in
                                      ("rank", "changePercent") and (f.measure, round(f.value, 6)) in body)]
    for f in sorted(set(facts), key=lambda f: (f.evidence[0].start, repr(f))):
        key = (f.commodity, f.measure, round(f.value, 6), f.supplier, f.buyer, f.status)  # a goal is not trade done
        same = kept.get(key)
        if same is None or same.period is None and f.period is not None:
            kept[key] = f
        elif f.period is not None and f.period != same.period:
            kept[key + (repr(f.period),)] = f  # the same figure for another period is another fact
    # one amount for one period told once as a goal and again in other words ("determined to reach $5 billion",
    # then "increase our trade to $5 billion"; "a target of 1 bcm in 2026", then "we expect 1 bcm in 2026")
    # is one figure: the first goal stays
    goals: dict[tuple[object, ...], TradeFact] = {}
    for f in sorted(kept.values(), key=lambda f: (f.evidence[0].start, repr(f))):
        if f.status != "reported":
            goals.setdefault((f.commodity, f.measure, round(f.value, 6), f.supplier, f.buyer, repr(f.period)), f)
    return sorted((f for f in kept.values()
                   if goals.get((f.commodity, f.measure, round(f.value, 6), f.supplier, f.buyer, repr(f.period)),
                                f) is f), key=repr)


def _headline(fact: TradeFact) -> bool:
    """A title line: no full stop at its end."""
    return not fact.evidence[0].quote.rstrip().endswith((".", "!", "?", "…"))


def _figures(ctx: ArticleContext, s, quantities: list[Quantity], commodities) -> list[Quantity]:  # type: ignore[no-untyped-def]
    """Money, percentages, volumes and ranks of a sentence that can be trade figures."""
    doc = ctx.doc
    ordinals = doc.lexicon.words("ordinals")
    one_of = doc.lexicon.lemmas_of("one_of_words")
    ranks: list[Quantity] = []
    for q in quantities:
        if q.kind == "ordinal" and (_place_rank(ctx, s, q) or _rank_role_near(ctx, q.last, s.last)
                                    or _role_before_dash(ctx, s, q)):
            ranks.append(q)
    for i, end in _first_words(ctx, s):
        if not (doc.lemmas[i] & ordinals) \
                and not any(doc.lemmas[j] & one_of for j in range(max(s.first, i - 3), i)) \
                and not any(q.kind == "ordinal" and q.last == i for q in quantities) \
                and _rank_role_near(ctx, end, s.last) and not any(r.first == i for r in ranks):
            if not any(q.first == i for q in quantities):
                ranks.append(Quantity(i, end, "ordinal", 1.0))
    for m in doc.lexicon.phrases("rank_followed_by").matches(doc.lemmas, None, s.first, s.last):
        # "Румунія очолила топ-10 імпортерів ..., за нею йде Китай", "followed by China": the next place
        held = [r for r in ranks if r.last <= m.start]
        if held and not any(q.first == m.start for q in ranks):
            ranks.append(Quantity(m.start, m.end, "ordinal", held[-1].value + 1))
    for q in quantities:  # "Друге місце посідає Ірак, третє – Саудівська Аравія": the list goes on
        if q.kind == "ordinal" and q not in ranks and any(r.last <= q.first and _place_rank(ctx, s, r) for r in ranks) \
                and _state_right_after(ctx, s, q):
            ranks.append(q)
        elif q.kind == "ordinal" and q not in ranks and _joined_to_rank(ctx, s, q, ranks):
            ranks.append(q)  # "Malaysia's 26th largest trading partner and the 6th largest within ASEAN"
    per_day = _per_day(ctx, s, quantities)
    figures: list[Quantity] = []
    for q in map(lambda q: _lower_bound(ctx, s, q), quantities):
        if q.kind == "volume" and q.unit == "barrels":
            if not per_day:
                continue  # a bare number of barrels is a stock or a one-off cut, not a flow
            q = Quantity(q.first, q.last, q.kind, q.value, "barrelsPerDay")  # "щодня … 1,75 млн барелів"
        if q.kind in ("money", "percent", "volume") and not _not_trade(ctx, s, q, commodities) \
                and not _range_start(ctx, s, q, quantities) and not _range_end(ctx, q, quantities) \
                and not _alone_on_its_line(ctx, q) \
                and not _increment(ctx, s, q):
            figures.append(q)
    return figures + ranks


def _joined_to_rank(ctx: ArticleContext, s, q: Quantity, ranks: list[Quantity]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the ordinal `q` is a second place of the same holder joined to a rank before it: "the 26th largest
    trading partner and the 6th largest within ASEAN", "26-м крупнейшим партнером и 6-м в АСЕАН" (a coordination
    word, maybe a determiner or a verb of ranking, right before it: "and ranked fourth globally")."""
    doc = ctx.doc
    j = q.first - 1
    while j > s.first and (doc.tokens[j].norm in doc.lexicon.words("determiners")
                           or doc.lemmas[j] & doc.lexicon.lemmas_of("rank_verbs")):
        j -= 1
    if not (j >= s.first and doc.tokens[j].norm in doc.lexicon.words("coordination_words")
            and any(r.kind == "ordinal" and r.last <= j for r in ranks)):
        return False
    # the place needs no role of its own: "... and the second largest export destination" ranks something else
    after = next((end for i, end in _first_words(ctx, s) if i == q.last), q.last)
    gap = doc.article.text[doc.tokens[after - 1].end:doc.tokens[after].start] if after < s.last else ""
    return after >= s.last or any(ch in gap for ch in ",;:()—–") or \
        doc.tokens[after].norm in doc.lexicon.words("rank_scope_preps") or \
        any(m.start == after for m in doc.lexicon.phrases("world_words").matches(doc.lemmas, None, after, s.last))


def _increment(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sum of money is what a figure grew by, not its level: "це плюс більш ніж 5 мільярдів доларів до
    рівня 23-го року", "plus $5 billion" (an `increment_words` word shortly before it, in its clause), or a gap
    between two levels ("на $1,1 млрд більше, ніж у 2017 році": "by" before it, "than" just after)."""
    doc = ctx.doc
    if q.kind != "money":
        return False
    words = doc.lexicon.lemmas_of("increment_words")
    text = doc.article.text
    than = doc.lexicon.words("comparison_words")
    if q.first > s.first and doc.tokens[q.first - 1].norm in doc.lexicon.words("change_by_preps") and any(
            doc.tokens[j].norm in than for j in range(q.last, min(s.last, q.last + 4))):
        return True  # "більше як на $1,1 млрд, ніж за 2017 рік", "by $1.1 billion more than": a difference
    if _restated_change(ctx, s, q):
        return True
    for j in range(q.first - 1, max(s.first, q.first - 4) - 1, -1):
        if any(ch in text[doc.tokens[j].end:doc.tokens[j + 1].start] for ch in ",;:—–("):
            return False
        if doc.lemmas[j] & words:
            return True
    return False


def _restated_change(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """A sum that restates a change in percent just before it: "rose by 12%, or $45 million", "вырос на 12%, или
    на 45 млн долларов", "зріс на 12% (або на $45 млн)": what the figure grew by, not its level."""
    doc = ctx.doc
    by = doc.lexicon.words("change_by_preps")
    j = q.first - 1
    if j > s.first and doc.tokens[j].norm in by:
        j -= 1
    if j <= s.first or doc.tokens[j].norm not in doc.lexicon.words("restating_words"):
        return False
    comp = doc.lexicon.compiled
    for p in find_quantities(doc, s.first, j):
        if p.kind != "percent" or p.last != j:
            continue
        if p.first > s.first and doc.tokens[p.first - 1].norm in by:
            return True  # "by 12%, or ...": the percent is a change
        return bool(comp.rise.matches(doc.lemmas, None, max(s.first, p.first - 3), p.first)
                    or comp.fall.matches(doc.lemmas, None, max(s.first, p.first - 3), p.first))
    return False


def _alone_on_its_line(ctx: ArticleContext, q: Quantity) -> bool:
    """A number and its unit with nothing else on their line ("35,0 т." under a headline: a view counter, "35
    thousand"): page furniture, not a figure of the news."""
    text, tokens = ctx.doc.article.text, ctx.doc.tokens
    start, end = tokens[q.first].start, tokens[q.last - 1].end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .\t\r")


def _lower_bound(ctx: ArticleContext, s, q: Quantity) -> Quantity:  # type: ignore[no-untyped-def]
    """"worth between 7 and 9 billion dollars", "между 7 и 9 млрд долларов", "на 15-20%": a span of amounts or
    percentages is told by its lower end, in the scale and unit of the upper one."""
    doc = ctx.doc
    lex = doc.lexicon
    if q.kind in ("money", "volume", "percent") and q.first - 2 >= s.first and doc.tokens[q.first - 1].text in "-–—" \
            and doc.tokens[q.first].is_number and doc.tokens[q.first - 2].is_number:
        text = doc.article.text
        lower, upper = number_at(doc, q.first - 2), number_at(doc, q.first)
        joined = not text[doc.tokens[q.first - 2].end:doc.tokens[q.first].start].strip(" -–—")
        if joined and lower is not None and upper and 0 < lower < upper:  # "на 15-20%", "$7–9 billion"
            return Quantity(q.first - 2, q.last, q.kind, q.value * lower / upper, q.unit)
    if q.kind not in ("money", "volume") or q.first - 3 < s.first:
        return q
    signs = "$€£¥₽"
    lead = q.first + 1 if doc.tokens[q.first].text in signs else q.first
    upper, lower = number_at(doc, lead), number_at(doc, q.first - 2)
    between = q.first - 4 if doc.tokens[q.first - 3].text in signs else q.first - 3  # "between $7 and $9 billion"
    if not upper or lower is None or not 0 < lower < upper or between < s.first or \
            doc.tokens[q.first - 1].norm not in lex.words("coordination_words") or \
            not doc.lemmas[between] & lex.lemmas_of("between_words"):
        return q
    return Quantity(between + 1, q.last, q.kind, q.value * lower / upper, q.unit)


def _role_before_dash(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """An ordinal set off after a supplier, buyer or partner noun: "торговельним партнером – п'ятим у світі",
    "a key supplier, the third largest", "торговым партнером — вторым по объему"."""
    doc = ctx.doc
    tokens = doc.tokens
    start = q.first
    if start > s.first and tokens[start - 1].norm in doc.lexicon.words("determiners"):
        start -= 1  # "partner, the fifth"
    if start - 1 <= s.first:
        return False
    if tokens[start - 1].text in ("–", "—", "-"):
        end = start - 1
    elif "," in doc.article.text[tokens[start - 1].end:tokens[start].start]:
        end = start
    else:
        return False
    if any(m.start <= q.first < m.end for m in doc.lexicon.phrases("ordinal_idioms").matches(
            doc.lemmas, None, max(s.first, q.first - 2), min(s.last, q.last + 3))):
        return False  # "a partner, first of all for grain"
    if any(ctx.gaz.country_of(m.actor) for m in ctx.in_range(q.last, s.last)):
        return False  # "the top supplier, the second is Iraq": the place has its own holder after it
    roles = [m for m in doc.lexicon.phrases("rank_role_words").matches(doc.lemmas, None, max(s.first, end - 4), end)
             if m.end == end]
    if not roles:
        return False
    if doc.lang == "en":
        return start < q.first  # "a partner, the fifth in the world", not "consumers, second comes transit"
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    # the place agrees with its noun: "партнером – п'ятим", not "для потребителей, вторая — для транзита"
    return not isinstance(lem, PymorphyLemmatizer) or \
        lem.first_case(doc.tokens[roles[0].end - 1].norm) == lem.first_case(doc.tokens[q.first].norm)


def _world_rank(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether a rank is a place among all the world's buyers or sellers ("the world's third-largest crude importer",
    "крупнейший в мире импортер"), which names one side and no partner; a trading partner's place is no such rank."""
    doc = ctx.doc
    world = doc.lexicon.phrases("world_words")
    window = (max(s.first, q.first - 3), min(s.last, q.last + 3))
    partner = doc.lexicon.phrases("partner_words").matches(doc.lemmas, None, s.first, s.last)
    # "Білорусь є торговельним партнером – п'ятим у світі": a partner's place is counted for the state it
    # trades with, wherever the world is mentioned
    return bool(world.matches(doc.lemmas, None, *window)) and not partner


def _place_rank(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """An ordinal before a place word: "второе место", "first place"."""
    doc = ctx.doc
    if any(m.start < q.last and q.first < m.end
           for m in doc.lexicon.phrases("ordinal_idioms").matches(doc.lemmas, None, s.first, s.last)):
        return False  # "helped start the war in the first place": no place in any ranking
    place_words = doc.lexicon.lemmas_of("rank_place_words")
    return any(doc.lemmas[j] & place_words for j in range(q.last, min(s.last, q.last + 2)))


def _state_right_after(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """A state right after the ordinal, or after a dash: "третє – Саудівська Аравія"."""
    doc = ctx.doc
    start = q.last + 1 if q.last < s.last and doc.tokens[q.last].norm in ("–", "—", "-", ":") else q.last
    return any(m.first == start and ctx.gaz.country_of(m.actor) for m in ctx.in_range(start, s.last))


def _first_words(ctx: ArticleContext, s) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Where a "largest" word stands ("крупнейшим", "most important"), as (first, end) token spans.
    A word whose lemma is also a plain adjective counts only in its superlative form: "крупнейший",
    not "крупный"."""
    doc = ctx.doc
    first_words = doc.lexicon.lemmas_of("rank_first_words")
    needs = doc.lexicon.get("rank_first_needs_prefix", {})
    spans = []
    for i in range(s.first, s.last):
        hit = doc.lemmas[i] & first_words
        if hit and not (hit <= set(needs) and not any(doc.tokens[i].norm.startswith(needs[h]) for h in hit)):
            spans.append((i, i + 1))
    singles = {i for i, _ in spans}
    for m in doc.lexicon.phrases("rank_first_words").matches(doc.lemmas, None, s.first, s.last):
        if m.end - m.start > 1 and m.start not in singles:
            spans.append((m.start, m.end))  # "most important"
    return sorted(spans)


def _range_start(ctx: ArticleContext, s, q: Quantity, quantities: list[Quantity]) -> bool:  # type: ignore[no-untyped-def]
    """The old level of a change: "с 38 до 44 млрд кубометров", "up from 38 bcm"."""
    doc = ctx.doc
    if _dated_level(ctx, s, q):
        return False  # "з $2,31 млрд у 2021 році до $52,72 млрд у 2024": the level of another year
    if q.first == s.first or doc.tokens[q.first - 1].norm not in doc.lexicon.words("range_from_preps"):
        return _change_from(ctx, s, q)
    if any(0 < r.first - q.last <= 2 for r in quantities) or number_at(doc, q.last + 1) is not None:
        return True  # "from 38 to 44 bcm": the 44 follows
    return _change_from(ctx, s, q)


def _range_end(ctx: ArticleContext, q: Quantity, quantities: list[Quantity]) -> bool:
    """The upper end of a range written as two whole figures ("$59 billion - $60 billion", "5–6 млн тонн" is one
    figure already): the range is told once, by its lower end."""
    doc = ctx.doc
    text = doc.article.text
    lex = doc.lexicon
    if q.first > 0 and any(
            q.first - 1 <= r.last <= q.first and r.kind == q.kind and r.unit == q.unit
            and text[doc.tokens[r.last - 1].end:doc.tokens[q.first].start].strip() in ("-", "–", "—")
            for r in quantities):
        return True
    # "between $3 billion and $5 billion", "от 3 до 5 млрд долларов" told as two whole sums: the lower one tells it
    return any(r.kind == q.kind and r.unit == q.unit and r.last == q.first - 1 and r.first > 0
               and doc.tokens[r.last].norm in lex.words("coordination_words")
               and doc.lemmas[r.first - 1] & lex.lemmas_of("between_words") for r in quantities)


def _own_year(ctx: ArticleContext, s, q: Quantity) -> Period | None:  # type: ignore[no-untyped-def]
    """The year written right after a figure, before the range goes on ("з 86,25 млн тонн ($58,38 млрд) у
    2022-му до 108,47 млн тонн у 2024-му": 2022, then 2024), where the sentence tells of several years."""
    doc = ctx.doc
    years = {doc.tokens[j].text for j in range(s.first, s.last) if _is_year(doc.tokens[j].text)}
    if len(years) < 2:
        return None
    links = doc.lexicon.words("range_to_preps") | doc.lexicon.words("trade_target_year_preps")
    text = doc.article.text
    for j in range(q.last, min(s.last, q.last + 8)):
        if doc.tokens[j].norm in links or any(ch in text[doc.tokens[j - 1].end:doc.tokens[j].start] for ch in ",;"):
            return None  # the range or the clause goes on: "..., а к 2030 году" is another figure's year
        if _is_year(doc.tokens[j].text) and not (j + 1 < s.last and doc.tokens[j + 1].text.isdigit()):
            year = PartialDate(int(doc.tokens[j].text))
            return Period(year, year)
    return None


def _dated_level(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether the figure has a year of its own before the range goes on ("з 86,25 млн тонн у 2022-му до ...",
    "from $2.3 billion in 2021 to ..."): a level of that year, not only the old level of a change."""
    doc = ctx.doc
    links = doc.lexicon.words("range_to_preps")
    for j in range(q.last, min(s.last, q.last + 8)):
        if doc.tokens[j].norm in links:
            return False
        if _is_year(doc.tokens[j].text):
            return True
    return False


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1990 <= int(text) <= 2100


def _change_from(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """"up from its design capacity of 38 bcm", "вырос с 10": a rise or fall word, then "from", then the figure."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    froms = doc.lexicon.words("range_from_preps")
    moves = {m.end for m in comp.rise.matches(doc.lemmas, None, s.first, q.first) +
             comp.fall.matches(doc.lemmas, None, s.first, q.first)}
    return any(doc.tokens[j].norm in froms and j in moves
               and not any(number_at(doc, k) is not None for k in range(j, q.first))  # "с 10 до 12": 12 is new
               for j in range(max(s.first, q.first - 5), q.first))


def _per_day(ctx: ArticleContext, s, quantities: list[Quantity]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence says "daily" outside the units of its figures."""
    inside = {j for q in quantities for j in range(q.first, q.last)}
    return any(not inside & set(range(m.start, m.end))
               for m in ctx.doc.lexicon.phrases("per_day_words").matches(ctx.doc.lemmas, None, s.first, s.last))


def _not_trade(ctx: ArticleContext, s, q: Quantity, commodities) -> bool:  # type: ignore[no-untyped-def]
    """A tariff, a share, a price or a budget next to the figure ("мито 25%", "85% of its oil needs")."""
    doc = ctx.doc
    if q.kind == "volume":
        # tonnes and barrels are never a tariff or a price; a total over the years of a deal ("загалом це
        # становитиме понад 33 млрд кубометрів") is no yearly flow
        if q.unit != "cubicMetresPerYear":
            return False
        text = doc.article.text
        limit = min(s.last, q.last + 3)
        end = next((j for j in range(q.last, limit)
                    if any(ch in text[doc.tokens[j - 1].end:doc.tokens[j].start] for ch in ",;")), limit)
        if doc.lexicon.phrases("total_words").matches(doc.lemmas, None, max(s.first, q.first - 5), end):
            return True
        return _volume_of_a_contract(ctx, s, q)
    if q.kind == "percent" and q.last < s.last and doc.tokens[q.last].norm in doc.lexicon.words("share_after_percent"):
        return True
    if q.kind == "percent" and _share(ctx, s, q):
        return True
    if q.kind == "money" and _sum_of_a_deal(ctx, s, q):
        return True
    blockers = doc.lexicon.phrases("non_trade_words").matches(doc.lemmas, None, s.first, s.last)
    before = [c for c in commodities if c.end <= q.first]
    if before and any(b.start == before[-1].end for b in blockers):
        return True  # "India's trade deficit with its neighbour widened to roughly $85bn": not trade itself
    reach = 6 if commodities else 12  # a figure without its own commodity leans on the words before it
    for b in blockers:
        if q.first - reach <= b.start < q.first:
            return True  # "цена нефти упала на 4%", "пошлина в 25%"
        elif q.last <= b.start < q.last + 2:
            return True  # "a 25% tariff"
    return False


def _sum_of_a_deal(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sum of money is told as the size of what the noun right after it names ("a $11 billion project",
    "a US$400 billion, 30-year agreement", "$30 billion in agreements", "$30 billion trade agreements";
    `deal_sum_heads`): a deal, a project or a loan, not goods traded. A length in years, one qualifying word and
    a link word (`deal_sum_links`: "in") may stand between."""
    doc = ctx.doc
    lex = doc.lexicon
    heads = lex.lemmas_of("deal_sum_heads")
    if not heads:
        return False
    text = doc.article.text
    j = q.last
    while j < min(s.last, q.last + 5):
        tok = doc.tokens[j]
        comma_before_number = tok.text == "," and j + 1 < s.last and doc.tokens[j + 1].is_number
        if comma_before_number or tok.text == "-" or tok.is_number or doc.lemmas[j] & lex.lemmas_of("deal_sum_links") \
                or j > q.last and doc.tokens[j - 1].text == "-" and not text[doc.tokens[j - 1].end:tok.start]:
            j += 1  # "30-year", "in"
            continue
        # one word may qualify the head: "$30 billion trade agreements", "a $11 billion nuclear project"
        return bool(doc.lemmas[j] & heads) or j + 1 < s.last and tok.text.isalpha() and \
            not text[tok.end:doc.tokens[j + 1].start].strip() and bool(doc.lemmas[j + 1] & heads)
    return False


def _value_of_something_else(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether a money figure is told as the worth of something its sentence names ("a portfolio worth over $8
    billion", "проекты на сумму", "угоди вартістю"): a sentence with no trade word of its own borrows none."""
    doc = ctx.doc
    if q.kind != "money":
        return False
    reach = 3
    if q.first > s.first and "(" in doc.article.text[doc.tokens[q.first - 1].end:doc.tokens[q.first].start]:
        reach = 8  # "agreements worth 110 billion riyals ($29.3 billion)": a gloss in dollars of the sum before
    return bool(doc.lexicon.phrases("worth_words").matches(doc.lemmas, None, max(s.first, q.first - reach), q.first))


def _production(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether the figure measures a state's production ("expand its LNG production by 60% to 126 million tons",
    "увеличить добычу газа до", "виробництво зросло"): a production word shortly before it in its clause, no word of
    selling or buying between."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    start = max(s.first, q.first - 8)
    made = doc.lexicon.phrases("production_words").matches(doc.lemmas, None, start, q.first)
    if not made:
        return False
    after = made[-1].end
    return not (comp.imports.matches(doc.lemmas, None, after, q.first)
                or comp.supply.matches(doc.lemmas, None, after, q.first))


def _share(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """A percentage that is a share, not a change: a share word earlier in its stretch of the sentence ("частка
    РФ у загальному імпорті не перевищувала 2%", "Russia's share of India's imports is at 34%"), a level
    ("it was at 1%", "на уровне 5%"), or a bare
    percentage in brackets right after an amount ("4,54 млн тонн (2,1%)")."""
    doc = ctx.doc
    text = doc.article.text
    start = q.first
    while start > s.first and not any(ch in text[doc.tokens[start - 1].end:doc.tokens[start].start]
                                      for ch in ",;:()—–"):
        start -= 1
    if doc.lexicon.phrases("share_words").matches(doc.lemmas, None, start, q.first):
        return True  # "частка РФ ... 2%", "з них 9% — у Росії", "of which 9% came from Russia"
    earlier = doc.lexicon.phrases("share_words").matches(doc.lemmas, None, s.first, start)
    if earlier:
        # "the EU accounted for the largest share, buying 39%, China for 27%": the clauses after a share word
        # go on telling shares until one of them tells a rise or a fall
        comp = doc.lexicon.compiled
        after = max(m.end for m in earlier)
        if not (comp.rise.matches(doc.lemmas, None, after, q.first) or comp.fall.matches(doc.lemmas, None, after,
                                                                                         q.first)):
            return True
    goods = doc.lexicon.compiled.commodities.matches(doc.lemmas, None, q.last, min(s.last, q.last + 3))
    if doc.lang != "en" and any(g.start == q.last for g in goods) and \
            not (q.first > s.first and doc.tokens[q.first - 1].norm in doc.lexicon.words("change_by_preps")):
        return True  # "отримує 60% нафти з Росії": a part of the goods; "на 5% нафти більше" is a change
    levels = doc.lexicon.lemmas_of("percent_level_words")
    if any(doc.lemmas[j] & levels for j in range(max(start, q.first - 2), q.first)):
        return True  # "It was at 1%", "на рівні 2%": a level, which a change is not
    if _of_a_whole(ctx, s, q) or _old_or_new_level(ctx, s, q):
        return True
    gap = text[doc.tokens[q.first - 1].end:doc.tokens[q.first].start] if q.first > s.first else ""
    after = text[doc.tokens[q.last - 1].end:doc.tokens[q.last - 1].end + 3]
    if gap.strip().lstrip(".").strip() != "(" or not after.lstrip(" %").startswith(")"):  # "$123 тис. (4,75%)"
        return False
    comp = doc.lexicon.compiled
    moved = comp.rise.matches(doc.lemmas, None, s.first, q.first) or \
        comp.fall.matches(doc.lemmas, None, s.first, q.first)
    # "4,5 млн тонн нафти з Росії (2,1%)": the part of a whole the amount before is; after a rise or a fall
    # ("зріс на 4,5 млн тонн (12%)") the bracket tells the change
    return not moved and any(number_at(doc, j) is not None for j in range(max(s.first, q.first - 8), q.first - 1))


def _of_a_whole(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether the percentage, or the last of the percentages coordinated with it, is followed by the whole it is a
    part of ("39 per cent and 36 per cent of all exports", "58% всіх поставок", "60% поставок надійшли з Росії",
    "1-1,5% від загального обсягу"); not after a preposition of change ("на 20% импорт": a change)."""
    doc = ctx.doc
    if q.last - q.first < 2 or q.first > s.first and doc.tokens[q.first - 1].norm in doc.lexicon.words(
            "change_by_preps"):
        return False  # "увеличение вдвое поставок": a multiplier is a change whatever follows it
    end = q.last
    joiners = doc.lexicon.words("coordination_words")
    while end + 1 < s.last and doc.tokens[end].norm in joiners:
        following = [f for f in find_quantities(doc, end + 1, s.last) if f.first == end + 1 and f.kind == "percent"]
        if not following:
            break
        end = following[0].last  # "39 per cent and 36 per cent of ...": the whole is named after the last
    if end >= s.last or doc.article.text[doc.tokens[end - 1].end:doc.tokens[end].start].strip():
        return False  # "экспорт вырос на 5%, импорт — на 3%": the clause ends with the figure
    wholes = doc.lexicon.phrases("share_whole_words").matches(doc.lemmas, None, end, min(s.last, end + 3))
    return any(m.start == end for m in wholes)


def _old_or_new_level(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Whether the percentage is a level a change goes from or to, not the change: "up from 32 per cent",
    "скоротилася з понад 60% до 37%", "снизилась с 46 до 34%"; the change is the gap between them."""
    doc = ctx.doc
    lex = doc.lexicon

    def after(words: frozenset[str], index: int) -> int | None:
        # the preposition just before `index`, or before one word between ("from over 60%", "з понад 60%")
        for k in (index - 1, index - 2):
            if k >= s.first and doc.tokens[k].norm in words and all(
                    doc.tokens[m].text.isalpha() for m in range(k + 1, index)):
                return k
        return None

    if after(lex.words("range_from_preps"), q.first) is not None:
        return True
    to = after(lex.words("range_to_preps"), q.first)
    if to is None:
        return False
    # "з 60% до 37%", "from 46 to 34 per cent": a number the change went from, just before the "to"
    return any(number_at(doc, j) is not None and after(lex.words("range_from_preps"), j) is not None
               for j in range(max(s.first, to - 3), to))


def _written_sign(ctx: ArticleContext, q: Quantity) -> float | None:
    """-1 or 1 where the percentage carries its sign, glued to its digits ("(-13,2% к январю-апрелю)",
    "(+46,3%)", "−4.1%"); None where it has none (a dash with a space is punctuation: "Венгрии – 746,8")."""
    doc = ctx.doc
    start = doc.tokens[q.first].start
    if start == 0 or not doc.tokens[q.first].is_number:
        return None
    mark = doc.article.text[start - 1]
    before = doc.article.text[start - 2] if start >= 2 else " "
    if mark not in "+-−–" or not (before.isspace() or before in "(["):
        return None  # "январю-апрелю-2018": a hyphen inside words
    return 1.0 if mark == "+" else -1.0


def _sign(q: Quantity, rise, fall, elided: float | None = None) -> float:  # type: ignore[no-untyped-def]
    """-1 for a fall, else 1: the rise or fall word nearest the figure, or where the figure's clause has no
    verb of its own, the sign of the figure before it (`elided`)."""
    if elided is not None:
        return elided
    if any(abs(m.start - q.first) <= 8 for m in fall) and not any(
            abs(m.start - q.first) < min(abs(f.start - q.first) for f in fall) for m in rise):
        return -1.0
    return 1.0


def _elided_sign(ctx: ArticleContext, s, q: Quantity, facts: list[TradeFact],  # type: ignore[no-untyped-def]
                 before: int) -> float | None:
    """The sign of the percentage before this one in the sentence, where this one's clause names no rise or
    fall ("експорт скоротився на 17%, а імпорт — на 12%", "exports fell 17% and imports 12%")."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    earlier = [f for f in facts[before:] if f.measure == "changePercent"]
    figures = [x for x in find_quantities(doc, s.first, s.last) if x.kind == "percent" and x.last <= q.first]
    if not earlier or not figures:
        return None
    start, end = figures[-1].last, min(s.last, q.last + 3)
    if comp.rise.matches(doc.lemmas, None, start, end) or comp.fall.matches(doc.lemmas, None, start, end):
        return None
    # only a short clause of coordination ("а імпорт — на", "and imports") borrows the verb
    if q.first - start > 8 or not any(doc.tokens[j].norm in doc.lexicon.words("elided_verb_joiners")
                                      for j in range(start, q.first)):
        return None
    return -1.0 if earlier[-1].value < 0 else 1.0


def _against_older_year(ctx: ArticleContext, s, q: Quantity, period: Period | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a change is measured against a year two or more before its own ("на 64,2% порівняно з
    2021-м" in a figure for 2023, "up 60% compared with 2019")."""
    doc = ctx.doc
    if period is None or period.end.year is None:
        return False
    said = doc.lexicon.phrases("compared_with_words").matches(doc.lemmas, None, q.last, min(s.last, q.last + 4))
    for m in said[:1]:
        year = next((int(doc.tokens[j].text[:4]) for j in range(m.end, min(s.last, m.end + 2))
                     if _is_year(doc.tokens[j].text[:4]) and doc.tokens[j].text[:4].isdigit()), None)
        return year is not None and period.end.year - year >= 2
    return False


def _volume_of_a_contract(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """Cubic metres that a sentence gives no yearly rate ("a year", "щорічно") and ties to one deal or to a part of a
    year or to one cargo: "уклали угоду про постачання 300 млн кубометрів ... у першому кварталі", "угоду на 33
    мільярди кубометрів", "the total volume will reach 300 million cubic metres", "a cargo of 100 million cubic
    metres": a contract's total or a one-off delivery, not a yearly flow."""
    doc = ctx.doc
    lex = doc.lexicon
    if lex.phrases("per_year_words").matches(doc.lemmas, None, s.first, s.last):
        return False
    if lex.phrases("contract_volume_words").matches(doc.lemmas, None, max(s.first, q.first - 10), q.first):
        return True
    if lex.phrases("cargo_words").matches(doc.lemmas, None, s.first, s.last):
        return True  # "ще 100 млн куб. м з партії американського LNG": one cargo
    part_of_year = lex.lemmas_of("quarter_words") | lex.lemmas_of("half_words")
    return any(doc.lemmas[j] & part_of_year for j in range(q.last, s.last))


def _with_the_world(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a turnover figure is a state's trade with the whole world ("Общий объем внешней торговли КНР",
    "Загальна торгівля Китаю зі світом", "China's total trade"): the words of its own clause say so."""
    doc = ctx.doc
    said = doc.lexicon.phrases("foreign_trade_words").matches(doc.lemmas, None, s.first, q.first)
    if not said:
        return False
    # two sides named before the figure ("India and Russia's total trade", "foreign trade grew, and trade with
    # India reached ...") make it bilateral
    sides = {m.actor if m.actor in TRADING_BLOCS else ctx.gaz.country_of(m.actor)
             for m in ctx.in_range(s.first, q.first)
             if m.actor in TRADING_BLOCS or ctx.gaz.country_of(m.actor) and not _of_currency(ctx, m.first)}
    return len(sides) < 2


def _with_partner(ctx: ArticleContext, s, pair: tuple[str, str]) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The two sides of a turnover figure whose sentence names one partner (a state or a trading bloc) outside
    the pair told before: that partner and the state of the pair the sentence names, else the one the text named
    most before the sentence (the first named on a tie)."""
    partners = _states_named(ctx, s) + [m.actor for m in ctx.in_range(s.first, s.last) if m.actor in TRADING_BLOCS]
    outside = sorted({p for p in partners if p not in pair}, key=partners.index)
    if len(outside) != 1:
        return pair
    named = [p for p in partners if p in pair]
    if named:
        return named[0], outside[0]  # "Торговля Китая с Евросоюзом": the state of the pair the sentence names
    told = [state for m in ctx.in_range(0, s.first) if (state := ctx.gaz.country_of(m.actor)) in pair]
    # the state the text speaks of most up to here, the first named on a tie: the one whose trade it reports
    home = min(pair, key=lambda state: (-told.count(state), told.index(state) if state in told else len(told)))
    return home, outside[0]


def _is_change(ctx: ArticleContext, q: Quantity) -> bool:
    """"на 500 тыс. баррелей", "by 411,000 bpd": a volume that measures a change."""
    return q.first > 0 and ctx.doc.tokens[q.first - 1].norm in ctx.doc.lexicon.words("change_by_preps")


def _family(commodity: str) -> str:
    return "natural_gas" if commodity in ("natural_gas", "natural_gas_pipeline") else commodity


def _other_side(ctx: ArticleContext, s, sup: str | None, buy: str | None,  # type: ignore[no-untyped-def]
                remembered: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """One side named: the other is the one named earlier for the commodity, else the article's other
    state ("Ташкент будет получать газ")."""
    known = sup or buy
    other = remembered[1] if sup else remembered[0]
    if other is None or other == known:
        pair = [x for x in _pair(ctx, s) if x]
        others = [x for x in pair if x != known]
        other = others[0] if len(pair) == 2 and known in pair and others else None
    if other is None:
        return sup, buy
    return (sup, other) if sup else (other, buy)


def _ranked(ctx: ArticleContext, s, q: Quantity, sup: str | None,  # type: ignore[no-untyped-def]
            buy: str | None, previous: Rank | None) -> tuple[str | None, str | None, bool | None]:
    """The state a rank is about is the subject before it: "Malaysia, a hub for Iranian oil, was the
    third-largest source" ranks Malaysia as a supplier; "Egypt is the largest buyer" ranks Egypt as a buyer.
    With no subject before, it is the state after the verb that no preposition governs ("Крупнейшим
    поставщиком СПГ в КНР осталась Австралия"). A bare place ("Друге місце посідає Ірак") keeps the role
    and the other side of the article's previous rank. Returns the parties and whether the role buys."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    role = doc.lexicon.phrases("rank_role_words").matches(doc.lemmas, None, q.last, min(s.last, q.last + 4))
    if role:
        # "the main market for Qatar's gas", "крупнейший потребитель": a market or a consumer buys
        buying = bool(comp.imports.matches(doc.lemmas, None, role[0].start, role[0].end)
                      or doc.lexicon.phrases("rank_buying_roles").matches(doc.lemmas, None, role[0].start, role[0].end))
        after = role[0].end
    elif previous is not None and _joined_to_rank(ctx, s, q, [Quantity(s.first, s.first, "ordinal", 0.0)]):
        return previous[1], previous[2], previous[0]  # "... партнером Малайзии и 6-м в АСЕАН": the same holder
    elif previous is not None and (_place_rank(ctx, s, q) or _state_right_after(ctx, s, q)):
        buying, after = previous[0], q.last
        sup, buy = (previous[1], None) if buying else (None, previous[2])
    else:
        return sup, buy, None
    listed = not role and not _place_rank(ctx, s, q)  # "третє – Саудівська Аравія": the state follows
    state = None if listed else _subject_before(ctx, s, q)
    if state is None:
        state = _subject_after(ctx, s, after)
    owner = _role_owner(ctx, s, role[0].end) if role and state is not None else None
    if owner is not None and owner != state:
        # "26-м крупнейшим торговым партнером Малайзии": the state whose partner (or supplier) it is, the other side
        return (sup if sup != owner else None, state, buying) if buying else (state, owner, buying)
    if state is not None:
        if buying and state != sup:
            return sup, state, buying
        if not buying and state != buy:
            return state, buy, buying
    return sup, buy, buying


def _role_owner(ctx: ArticleContext, s, index: int) -> str | None:  # type: ignore[no-untyped-def]
    """The state named right after a rank's role noun with no preposition, in Russian and Ukrainian (the genitive:
    "партнером Малайзии", "постачальником Китаю"): the state the role is held for."""
    doc = ctx.doc
    if doc.lang == "en":
        return None
    named = [m for m in ctx.in_range(index, min(s.last, index + 2)) if m.first == index]
    return ctx.gaz.country_of(named[0].actor) if named else None


def _rank_of_no_one_state(ctx: ArticleContext, s, q: Quantity) -> bool:  # type: ignore[no-untyped-def]
    """A place held by a company ("Petronet, India's largest LNG importer") or shared by a list of states
    ("Asian countries led by China, Japan and South Korea are the main market"): no one state's rank. Read from
    the subject of the rank's clause, the names before it that no preposition governs."""
    doc = ctx.doc
    lex = doc.lexicon
    if not lex.phrases("rank_role_words").matches(doc.lemmas, None, q.last, min(s.last, q.last + 4)):
        return False
    preps = lex.words("via_preps") | lex.words("from_preps") | lex.words("to_preps")
    subject = [m for m in ctx.in_range(ctx.clause(s, q.first)[0], q.first)
               if not _dateline(ctx, s, m) and not doc.tokens[m.last - 1].norm.endswith("'s")
               and not (m.first > s.first and doc.tokens[m.first - 1].norm in preps)]
    named = [m for m in subject if ctx.gaz.country_of(m.actor)]
    joiners = lex.words("coordination_words") | {","}
    text = doc.article.text
    between = lex.lemmas_of("between_words")
    for a, b in zip(named, named[1:]):
        gap = text[doc.tokens[a.last - 1].end:doc.tokens[b.first].start].split()
        # "China, Japan and South Korea are the main market": a list just before the rank, not the pair of a
        # trade told earlier ("trade between China and Kazakhstan ..., making China the largest partner")
        if ctx.gaz.country_of(a.actor) != ctx.gaz.country_of(b.actor) and q.first - b.last <= 4 and \
                all(w.strip(",") in joiners or w == "," for w in gap) and len(gap) <= 2 and \
                not (a.first > s.first and doc.lemmas[a.first - 1] & between):
            return True
    if named:
        return False
    # a name in apposition right before the rank, a company or one the gazetteer does not know: "Petronet,
    # India's largest importer", "Adnoc, the biggest supplier"
    start = ctx.clause(s, q.first)[0]
    for j in range(max(start, q.first - 4), q.first):
        if j - 1 < start or text[doc.tokens[j - 1].end:doc.tokens[j].start].strip() != ",":
            continue
        if any(m.first < j <= m.last and ctx.gaz.country_of(m.actor) for m in ctx.in_range(max(s.first, j - 6), j)):
            return False  # "Imports from Saudi Arabia, the second-largest supplier": a state holds the place
        name = [m for m in subject if m.last == j]
        named = name[0] if name else None
        if named is not None and (named.type != "Organization" or named.actor in TRADING_BLOCS):
            return False
        return named is not None or doc.tokens[j - 1].text[:1].isupper() and not ctx.in_range(j - 1, j)
    return False


def _subject_before(ctx: ArticleContext, s, q: Quantity) -> str | None:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    via = doc.lexicon.words("via_preps") | doc.lexicon.words("from_preps") | doc.lexicon.words("to_preps")
    # "Крупнейшим поставщиком осталась Россия, второе место заняла Саудовская Аравия": a rank before this one
    # in the sentence has its own subject
    earlier: list[int] = []
    if _place_rank(ctx, s, q):  # "..., второе место заняла Саудовская Аравия": the subject is in its own clause
        text = doc.article.text
        earlier = [j for j in range(s.first + 1, q.first + 1)
                   if any(ch in text[doc.tokens[j - 1].end:doc.tokens[j].start] for ch in ",;—–")]
    for m in ctx.in_range(max([ctx.clause(s, q.first)[0]] + earlier), q.first):
        state = ctx.gaz.country_of(m.actor)
        if state is None or _dateline(ctx, s, m) or doc.tokens[m.last - 1].norm.endswith("'s") \
                or (m.first > s.first and doc.tokens[m.first - 1].norm in via):
            continue
        return state
    return None


def _subject_after(ctx: ArticleContext, s, start: int) -> str | None:  # type: ignore[no-untyped-def]
    """The first state after `start` that no preposition governs and no "not" denies: "посідає Ірак",
    "залишається Китай", "is not India but China"; "went to Iraq" (a place goes to its holder)."""
    doc = ctx.doc
    lex = doc.lexicon
    preps = lex.words("via_preps") | lex.words("from_preps") | lex.words("to_preps") \
        | lex.words("to_preps_directional") | lex.words("rank_by_preps") | lex.words("rank_after_preps")
    nots = lex.words("rank_not_words")
    goes_to = {m.end for key in ("rank_goes_to", "rank_followed_by")  # "went to Iraq", "followed by China"
               for m in lex.phrases(key).matches(doc.lemmas, None, s.first, s.last)}
    end, denied = ctx.clause(s, start)[1], False
    for m in ctx.in_range(start, s.last):
        if m.first >= end and not denied:
            break  # the clause ends, unless it denied a state: "не Индия, а Китай"
        state = ctx.gaz.country_of(m.actor)
        if state is None or doc.tokens[m.last - 1].norm.endswith("'s"):
            continue
        prev = doc.tokens[m.first - 1].norm if m.first > s.first else ""
        denied = prev in nots
        if denied or prev in preps and m.first not in goes_to:
            continue
        return state
    return None


def _nearest_source(ctx: ArticleContext, s, q: Quantity) -> str | None:  # type: ignore[no-untyped-def]
    """Where a sentence names several sources ("purchases from Russia rose 4%, while imports from Iraq
    slipped 12%"), each figure belongs to the nearest "from X" before it."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    from_preps = doc.lexicon.words("from_preps")
    lem = lemmatizer(doc.lang)
    best = None
    for m in ctx.in_range(s.first, q.first):
        state = ctx.gaz.country_of(m.actor)
        if state and m.type != "City" and m.first > s.first and doc.tokens[m.first - 1].norm in from_preps:
            if isinstance(lem, PymorphyLemmatizer) and lem.first_case(doc.tokens[m.first].norm) == "ablt":
                continue  # "торгівля з Ліваном", "торговля с Ливаном": a partner (with), not a source (from)
            best = state
    return best


def _clause_destination(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> str | None:  # type: ignore[no-untyped-def]
    """In a sentence of several figures, the state (or trading bloc) a figure's own clause sends the goods to,
    after the figure before it: "экспорт в Индию вырос на 10%, а в Китай — на 5%", "and to China 5%"."""
    doc = ctx.doc
    before = [f.last for f in figures if f.last <= q.first]
    if not before:
        return None
    preps = doc.lexicon.words("to_preps") | doc.lexicon.words("to_preps_directional")
    lem = None
    if doc.lang != "en":
        from ..text.morph import PymorphyLemmatizer, lemmatizer

        found = lemmatizer(doc.lang)
        lem = found if isinstance(found, PymorphyLemmatizer) else None
    best = None
    for m in ctx.in_range(max(before), q.first):
        side = m.actor if m.actor in TRADING_BLOCS else ctx.gaz.country_of(m.actor)
        if side is None or m.type == "City" or doc.tokens[m.first - 1].norm not in preps:
            continue
        if lem is not None and lem.first_case(doc.tokens[m.first].norm) in ("loct", "ablt") \
                and not doc.tokens[m.first].text.isupper():
            continue  # "в Индии" is where, "в Индию" is whither
        best = side
    return best


def _with_partners(ctx: ArticleContext, s) -> set[str]:  # type: ignore[no-untyped-def]
    """The states (and trading blocs) of the sentence a "with" governs ("с Россией", "with the EU")."""
    return {side for m in ctx.in_range(s.first, s.last)
            if ctx.after_preposition(m.first, "with_preps", past_determiner=True) and m.type != "City"
            and (side := m.actor if m.actor in TRADING_BLOCS else ctx.gaz.country_of(m.actor)) is not None}


def _clause_partner(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> str | None:  # type: ignore[no-untyped-def]
    """In a sentence of several figures, the state (or trading bloc) a figure's own clause trades with, after the
    figure before it: "товарооборот с Россией ..., а с ЕС — ...", "and with the EU $29 billion"."""
    before = [f.last for f in figures if f.last <= q.first]
    if not before:
        return None
    best = None
    for m in ctx.in_range(max(before), q.first):
        side = m.actor if m.actor in TRADING_BLOCS else ctx.gaz.country_of(m.actor)
        if side is not None and m.type != "City" and ctx.after_preposition(m.first, "with_preps", past_determiner=True):
            best = side
    return best


def _clause_agent(ctx: ArticleContext, s, q: Quantity, figures: list[Quantity]) -> tuple[bool, str] | None:  # type: ignore[no-untyped-def]
    """The state that buys (True) or sells (False) in the figure's own stretch of the sentence, after the figure
    before it: a state no preposition governs, in the nominative where the language has cases, followed by a verb
    of buying or selling before the figure ("while China bought 27.2 Mt", "а Китай закупил 27,2 млн тонн")."""
    doc = ctx.doc
    lex = doc.lexicon
    start = max([f.last for f in figures if f.last <= q.first] + [s.first])
    preps = lex.words("via_preps") | lex.words("from_preps") | lex.words("to_preps") | \
        lex.words("to_preps_directional")
    roles = lex.lemmas_of("rank_role_words")
    lem = None
    if doc.lang != "en":
        from ..text.morph import PymorphyLemmatizer, lemmatizer

        found = lemmatizer(doc.lang)
        lem = found if isinstance(found, PymorphyLemmatizer) else None
    comp = lex.compiled
    for m in ctx.in_range(start, q.first):
        state = ctx.gaz.country_of(m.actor) if m.type not in ("Person", "City") else None
        if state is None or _dateline(ctx, s, m) or doc.tokens[m.last - 1].norm.endswith("'s") or \
                m.first > s.first and doc.tokens[m.first - 1].norm in preps:
            continue
        if lem is not None and lem.first_case(doc.tokens[m.first].norm) not in ("nomn", None):
            continue  # "Италии продал": the buyer told in the dative, not the one who acts
        clause_end = min(q.first, ctx.clause(s, m.first)[1])
        verbs = [(True, v) for v in comp.imports.matches(doc.lemmas, None, m.last, clause_end)] + \
            [(False, v) for v in comp.supply.matches(doc.lemmas, None, m.last, clause_end)]
        verbs = [(buying, v) for buying, v in verbs if not any(doc.lemmas[j] & roles for j in range(v.start, v.end))
                 and not any(o.first < v.start for o in ctx.in_range(m.last, v.start)) and _verb(ctx, v.start)]
        if verbs:
            return min(verbs, key=lambda bv: bv[1].start)[0], state
        return None  # the first state of the stretch acts, or none does
    return None


def _verb(ctx: ArticleContext, index: int) -> bool:
    """Whether the word is a finite verb or an infinitive ("закупил", "купує", "bought", "sold"), not a noun
    ("импорт", "imports"): English is read in the past only, the tense of its news."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[index].norm
    if isinstance(lem, PymorphyLemmatizer):
        return lem.is_past_verb(norm) or lem.is_present_verb(norm) or lem.is_future_verb(norm) or \
            lem.is_infinitive(norm)
    return _past_verb(ctx, index)


def _rank_role_near(ctx: ArticleContext, start: int, end: int) -> bool:
    """"третьим крупнейшим поставщиком", "top supplier", "первое по поставкам": an ordinal or a
    "largest" word is a rank before a supplier or buyer noun, or before "по"/"in" and a supply word."""
    doc = ctx.doc
    # "очолила топ-10 імпортерів", "topped the list of buyers": a list's name between the place and the role
    listing = doc.lexicon.lemmas_of("rank_list_words")
    skip = listing | doc.lexicon.words("determiners") | {"-", "of"}
    j = start
    while j < end and (doc.lemmas[j] & skip or doc.tokens[j].text.isdigit() and j > start
                       and doc.lemmas[j - 1] & (listing | {"-"})):
        j += 1
    start = j if j > start and any(doc.lemmas[k] & listing for k in range(start, j)) else start
    end = min(end, start + 4)
    roles = doc.lexicon.phrases("rank_role_words").matches(doc.lemmas, None, start, end)
    if any(m.start <= start + 2 for m in roles):
        return True
    comp = doc.lexicon.compiled
    by_preps = doc.lexicon.words("rank_by_preps")
    for m in comp.supply.matches(doc.lemmas, None, start, end) + comp.imports.matches(doc.lemmas, None, start, end):
        if any(doc.tokens[j].norm in by_preps for j in range(max(start, m.start - 2), m.start)):
            return True  # "по поставкам", "по объему ввозимого газа"
    return False


def _group_head(ctx: ArticleContext, commodities, index: int):  # type: ignore[no-untyped-def]
    """The first of a coordinated pair ("нефти и нефтепродуктов" speaks first of oil)."""
    doc = ctx.doc
    words = doc.lexicon.words("coordination_words")
    while index > 0:
        prev, cur = commodities[index - 1], commodities[index]
        if cur.start - prev.end == 1 and doc.tokens[prev.end].norm in words:
            index -= 1
        else:
            break
    return commodities[index]


def _commodities_for(ctx: ArticleContext, commodities, q: Quantity) -> list[str]:  # type: ignore[no-untyped-def]
    """The commodity a figure speaks of: those after it in a coordinated list ("первая по поставкам
    нефти и газа"), else the nearest one before it."""
    after = [c for c in commodities if c.start >= q.last]
    before = [i for i, c in enumerate(commodities) if c.end <= q.first]
    if q.kind == "ordinal" and after:
        group = [after[0]]
        for c in after[1:]:
            if c.start - group[-1].end <= 2:
                group.append(c)
        return [c.payload for c in group]
    text, tokens = ctx.doc.article.text, ctx.doc.tokens
    if q.kind == "money" and after and after[0].start - q.last <= 3 and \
            not any(ch in text[tokens[q.last - 1].end:tokens[after[0].start].start] for ch in ",;:()—–"):
        return [after[0].payload]  # "400 мільйонів доларів тільки нашого аграрного експорту": what it is worth of
    if q.kind == "volume" and after and _goods_of(ctx, q, after[0]):
        return [after[0].payload]  # "1.25 million tonnes of corn and 40,000 tonnes of barley": each its own goods
    if before:
        return [_group_head(ctx, commodities, before[-1]).payload]
    if after:
        return [after[0].payload]
    return []


def _goods_of(ctx: ArticleContext, q: Quantity, goods) -> bool:  # type: ignore[no-untyped-def]
    """Whether the goods are named right after the volume, joined to it ("40,000 tonnes of barley", "3 млн тонн
    нефти"): with no punctuation and nothing but the language's `goods_of_preps` between."""
    doc = ctx.doc
    text, tokens = doc.article.text, doc.tokens
    between = range(q.last, goods.start)
    if len(between) > 1 or any(tokens[j].norm not in doc.lexicon.words("goods_of_preps") for j in between):
        return False
    edges = [tokens[q.last - 1].end] + [e for j in between for e in (tokens[j].start, tokens[j].end)] + \
        [tokens[goods.start].start]
    return not any(text[edges[k]:edges[k + 1]].strip() for k in range(0, len(edges), 2))


def _dateline(ctx: ArticleContext, s, m) -> bool:  # type: ignore[no-untyped-def]
    """"BEIJING, Jan 20 (Reuters) -", "ПЕКИН, 22 августа": where the news was filed, not a party."""
    tok = ctx.doc.tokens[m.first]
    word = tok.text
    tokens = ctx.doc.tokens
    if m.first == s.first and m.last + 1 < s.last and "," in ctx.doc.article.text[
            tokens[m.last - 1].end:tokens[m.last].start] and (
            ctx.doc.table_value("months", m.last) is not None or ctx.doc.table_value("months", m.last + 1) is not None):
        return True  # "Cairo, July 19 (EFE).-", "Київ, 5 березня": a place and a date open the story
    if not (m.first - s.first <= 1 and len(word) >= 4 and word.isupper() and m.last < s.last):
        return False
    return "," in ctx.doc.article.text[tokens[m.last - 1].end:tokens[m.last].start]


def _parties(ctx: ArticleContext, s, commodities=()) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """Supplier and buyer from the direction words: "X поставки в Y", "Y импортировал из X"."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    via = doc.lexicon.words("via_preps")
    mentions = [m for m in ctx.in_range(s.first, s.last) if not _dateline(ctx, s, m)
                and not (m.first > s.first and doc.tokens[m.first - 1].norm in via)]
    states = [m for m in mentions if ctx.gaz.country_of(m.actor)]
    to_preps = doc.lexicon.words("to_preps")
    directional = doc.lexicon.words("to_preps_directional")
    from_preps = doc.lexicon.words("from_preps")
    supplier = buyer = None
    supply = comp.supply.matches(doc.lemmas, None, s.first, s.last)
    imports = comp.imports.matches(doc.lemmas, None, s.first, s.last)
    adjectives = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, doc.capitalised if doc.lang == "en" else None,
                                                       s.first, s.last)
    for a in adjectives:
        if any(0 <= c.start - a.end <= 1 for c in commodities):
            supplier = ctx.gaz.country_of(a.payload.actor)  # "российской пшеницы", "Russian LNG"
            break
    held = _holders_of_share(ctx, s, states)
    sourced = _bought_from(ctx, s, states, imports)
    if supply and buyer is None:
        buyer = _indirect_object(ctx, states, supply)  # "agreed to send Germany 2 Mt", "поставлять Германии"
    if supply and buyer is None:
        buyer = _country_referred_to(ctx, s, to_preps)  # "будет поставлять в эту страну": the state named before
    if supply and buyer is None:
        buyer = _neighbour_referred_to(ctx, s, to_preps, supplier)  # "exports to its neighbour": the other state
    if buyer is None:
        buyer = _bought_in(ctx, s, states, imports, sourced)
    for m in states:
        agent = _agent_of(ctx, m, supply, imports)
        if agent == "buys" and buyer is None:
            buyer = ctx.gaz.country_of(m.actor)  # "импорт российской нефти Индией": India buys
            continue
        if agent == "sells" and supplier is None:
            supplier = ctx.gaz.country_of(m.actor)  # "поставки газа Россией": Russia supplies
            continue
        prev = doc.tokens[m.first - 1].norm if m.first > s.first else ""
        if prev not in from_preps and m.first - 2 >= s.first and doc.tokens[m.first - 2].norm in from_preps:
            prev = doc.tokens[m.first - 2].norm  # "из портов Украины"
        state = ctx.gaz.country_of(m.actor)
        if supplier is None and (m in held or m in sourced or _owner_of_goods(ctx, m, commodities)):
            supplier = state  # "частка РФ в імпорті", "купувала нафту в Росії", "експорт нафти РФ"
        elif prev in from_preps and supplier is None and m.type != "City":
            supplier = state  # not "заявив із Пекіна": a city after "from" is where one speaks, goods come from states
        elif buyer is None and (prev in to_preps and supply or prev in directional and commodities):
            buyer = state  # "поставки в Китай", "Russian gas to China"
        elif buyer is None and imports and commodities and prev in doc.lexicon.words("to_preps_accusative") \
                and _destination_case(ctx, m):
            buyer = state  # "импорт российской нефти в Китай": into China, not "в Китае", bought in China
    withs = doc.lexicon.words("with_preps")
    # a state after "with" is a partner, a city after "from" where one speaks: neither is the subject
    partners = [m for m in states if m.first > s.first and (
        doc.tokens[m.first - 1].norm in withs or m.type == "City" and doc.tokens[m.first - 1].norm in from_preps)]
    if imports:
        anchor = imports[0].start
        subject = [m for m in states if m.last <= anchor and m not in held and m not in partners
                   and ctx.gaz.country_of(m.actor) != supplier]
        if subject and buyer is None:
            buyer = ctx.gaz.country_of(subject[-1].actor)
    if supply and supplier is None:
        anchor = supply[0].start
        roles = doc.lexicon.lemmas_of("rank_role_words")
        subject = [m for m in states if m.last <= anchor and ctx.gaz.country_of(m.actor) != buyer
                   and m not in partners
                   and not (doc.tokens[m.last - 1].norm.endswith("'s") and doc.lemmas[anchor] & roles)]
        # ("Japan's suppliers": Japan buys; "Saudi Arabia's output" is Saudi Arabia's own)
        if subject:
            supplier = ctx.gaz.country_of(subject[0].actor)
    if supply and supplier is None:
        company = _company_subject(ctx, s, mentions, supply[0].start)
        supplier = company if company != buyer else None  # "Газпром будет поставлять в Гану": Russia supplies
    opener = next((a for a in adjectives if a.start == s.first and ctx.gaz.country_of(a.payload.actor)), None)
    if opener is not None and (supply or imports):
        # "Российские власти раскрыли объем поставок газа": the state of the sentence's subject sells (or buys)
        state = ctx.gaz.country_of(opener.payload.actor)
        if supply and not imports and supplier is None and state != buyer:
            supplier = state
        elif imports and not supply and buyer is None and state != supplier:
            buyer = state
    if imports and buyer is None:
        company = _company_subject(ctx, s, mentions, imports[0].start, buying=True)
        buyer = company if company != supplier else None  # "Нафтогаз імпортує з Польщі": Ukraine buys
    partner = _deal_partner(ctx, s, mentions, (supply or imports)[0].start) if supply or imports else None
    if partner is not None and supply and buyer is None and partner != supplier:
        buyer = partner  # "a deal with Indian Oil Corp to supply 1.2 million tonnes": the partner buys
    elif partner is not None and imports and not supply and supplier is None and partner != buyer:
        supplier = partner  # "уклала угоду з Azerbaijan's SOCAR про закупівлю": the partner sells
    for a in adjectives:
        state = ctx.gaz.country_of(a.payload.actor)
        if state is None:
            continue
        prev = doc.tokens[a.start - 1].norm if a.start > s.first else ""
        if supplier is None and any(m.start == a.end for m in supply) and state != buyer:
            supplier = state  # "Китайський експорт в РФ", "Russian exports to India"
        elif buyer is None and any(m.start == a.end for m in imports) and state != supplier:
            buyer = state  # "китайский импорт нефти", "Indian imports"
        elif supplier is None and any(0 <= c.start - a.end <= 1 for c in commodities) and state != buyer:
            supplier = state  # "российской пшеницы", "Russian LNG"
        elif buyer is None and prev in to_preps and state != supplier:
            buyer = state  # "на индийский рынок"
        elif buyer is None and imports and a.end <= imports[0].start and state != supplier \
                and not any(c.start - a.end <= 1 for c in commodities if c.start >= a.end):
            buyer = state  # "китайские компании импортировали"
    own = _own_side(ctx, s, supply, commodities)
    if own is not None and own != buyer:
        supplier = own  # "нашого аграрного експорту", "our exports": the speaker's state sells
    trade_words = {m.start for m in supply + imports + list(commodities)}
    if buyer is None:
        for m in states:  # "India's top supplier", "China's crude imports", not "Russia's Gazprom"
            if doc.tokens[m.last - 1].norm.endswith("'s") and ctx.gaz.country_of(m.actor) != supplier \
                    and trade_words & set(range(m.last, m.last + 3)):
                buyer = ctx.gaz.country_of(m.actor)
                break
    if buyer is None and commodities:
        for m in mentions:  # "до країн Європейського Союзу", "to the EU"
            if m.type != "Organization" or ctx.gaz.country_of(m.actor):
                continue
            governed = m.first > s.first and doc.tokens[m.first - 1].norm in to_preps
            if any(doc.tokens[j].norm in directional for j in range(max(s.first, m.first - 2), m.first)) or \
                    m.actor in TRADING_BLOCS and supply and governed:
                buyer = m.actor  # and "поставки газа в ЕС": a union of states buys as itself
                break
    if supplier == buyer:
        buyer = None
    return supplier, buyer


def _indirect_object(ctx: ArticleContext, states, supply) -> str | None:  # type: ignore[no-untyped-def]
    """The state a verb of supplying gives the goods to, named right after the verb with no preposition: "send
    Germany two million tons", "supply Germany with LNG", "поставлять Германии", "постачати Німеччині" (in the
    dative where the language has cases; in English before a quantity or "with")."""
    doc = ctx.doc
    lem = None
    if doc.lang != "en":
        from ..text.morph import PymorphyLemmatizer, lemmatizer

        found = lemmatizer(doc.lang)
        if not isinstance(found, PymorphyLemmatizer):
            return None
        lem = found
    verbs = {v.end for v in supply if lem is None or _verb(ctx, v.start)}  # English: a quantity after tells it
    for m in states:
        start = m.first - 1 if m.first > 0 and doc.tokens[m.first - 1].norm in doc.lexicon.words("determiners") \
            else m.first
        if start not in verbs or m.type == "City":
            continue
        if lem is not None:
            if lem.first_case(doc.tokens[m.first].norm) == "datv":
                return ctx.gaz.country_of(m.actor)
        elif m.last < len(doc.tokens) and (number_at(doc, m.last) is not None or doc.tokens[m.last].norm in
                                           doc.lexicon.words("with_preps")):
            return ctx.gaz.country_of(m.actor)
    return None


def _destination_case(ctx: ArticleContext, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether a state named after "в"/"на" stands in the accusative, a destination ("в Китай", "в Индию"), and not
    in the locative, a place ("в Китае")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    cases = lem.singular_noun_cases(ctx.doc.tokens[m.last - 1].norm)
    return bool(cases) and "accs" in cases and "loct" not in cases and "loc2" not in cases


def _own_side(ctx: ArticleContext, s, supply, commodities) -> str | None:  # type: ignore[no-untyped-def]
    """The speaker's state where "our" stands right before an export word or goods ("нашого аграрного експорту",
    "our exports", "наш экспорт"): the state of the person the sentence quotes, else of the article's main person."""
    doc = ctx.doc
    owns = doc.lexicon.lemmas_of("own_possessives")
    goods = {m.start for m in supply if m.payload == "supply"} | {c.start for c in commodities}
    if not any(doc.lemmas[j] & owns and any(0 < g - j <= 2 for g in goods) for j in range(s.first, s.last)):
        return None
    speakers = [m.actor for m in ctx.in_range(s.first, s.last) if m.type == "Person"
                and ctx.is_participant_person(m.actor) and ctx.state_of(m.actor)]
    people = speakers[-1:] or ctx.top_people()[:1]
    return ctx.state_of(people[0]) if people else None


def _deal_partner(ctx: ArticleContext, s, mentions, anchor: int) -> str | None:  # type: ignore[no-untyped-def]
    """The state of the one a deal is made with, named after "with" shortly before the trade word ("a deal with
    Indian Oil Corp to supply", "контракт с индийской IOC на поставку"): a state, or a company the gazetteer
    places in one."""
    doc = ctx.doc
    withs = doc.lexicon.words("with_preps")
    for m in mentions:
        if not anchor - 8 <= m.first < anchor or m.first == s.first or doc.tokens[m.first - 1].norm not in withs:
            continue
        state = ctx.gaz.country_of(m.actor)
        actor = ctx.gaz.actor(m.actor)
        if state is None and actor is not None and actor.type == "Organization":
            state = actor.country
        if state:
            return state
    return None


def _company_subject(ctx: ArticleContext, s, mentions, anchor: int,  # type: ignore[no-untyped-def]
                     buying: bool = False) -> str | None:
    """The state of a company that opens the sentence's words before a trade verb, governed by no preposition
    ("Газпром будет поставлять", "ORLEN постачатиме", "Gazprom will supply"), where the gazetteer knows it."""
    doc = ctx.doc
    lex = doc.lexicon
    preps = lex.words("from_preps") | lex.words("to_preps") | lex.words("via_preps") | lex.words("with_preps")
    for m in mentions:
        if m.first >= anchor:
            break
        if m.type == "City" and m.first > s.first and doc.tokens[m.first - 1].norm in preps:
            continue  # "заявив із Пекіна, що компанія постачатиме": where one speaks
        if ctx.gaz.country_of(m.actor):
            return None  # a state is named first: it is the subject, or the direction words placed it
        actor = ctx.gaz.actor(m.actor)
        if m.type != "Organization" or actor is None:
            continue
        if m.first > s.first and doc.tokens[m.first - 1].norm in preps:
            continue
        if not actor.country:
            # a union of states buys as itself ("ЄС імпортував із Росії"); other bodies do not trade
            return m.actor if buying and m.actor in TRADING_BLOCS else None
        return actor.country
    return None


def _country_referred_to(ctx: ArticleContext, s, to_preps: set[str]) -> str | None:  # type: ignore[no-untyped-def]
    """"поставлять в эту страну", "постачати до цієї країни", "supply to the country": the state named last
    before the words, in the sentence or the one before."""
    doc = ctx.doc
    for m in doc.lexicon.phrases("this_country_words").matches(doc.lemmas, None, s.first, s.last):
        if m.start > s.first and doc.tokens[m.start - 1].norm in to_preps:
            # the sentence's own subject ("Катар постачатиме до цієї країни") is the one who supplies
            before = [x for x in ctx.in_range(max(0, s.first - 60), m.start) if ctx.gaz.country_of(x.actor)
                      and not s.first <= x.first <= s.first + 1]
            if before:
                return ctx.gaz.country_of(before[-1].actor)
    return None


def _neighbour_referred_to(ctx: ArticleContext, s, to_preps: set[str],  # type: ignore[no-untyped-def]
                           supplier: str | None) -> str | None:
    """"exports to its neighbour", "поставки в соседнюю страну", "експорт до сусідньої країни": the one state of the
    article's pair the sentence does not name (the neighbour of the state it names, or of the `supplier` its
    adjective told); None where it names both or neither."""
    doc = ctx.doc
    possessives = doc.lexicon.lemmas_of("invitation_possessives") | doc.lexicon.lemmas_of("determiners")
    for m in doc.lexicon.phrases("neighbour_state_words").matches(doc.lemmas, None, s.first, s.last):
        k = m.start - 1
        if k > s.first and doc.lemmas[k] & possessives:
            k -= 1  # "to its neighbour", "to the neighbouring country"
        if k < s.first or doc.tokens[k].norm not in to_preps:
            continue
        named = set(_states_named(ctx, s)) | ({supplier} if supplier else set())  # "Argentine exports"
        others = [x for x in _pair(ctx, s) if x and x not in named]
        if len(named) == 1 and len(others) == 1:
            return others[0]
    return None


def _trades(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sentence speaks of buying or selling ("закупівель", "imports", "поставки")."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    return bool(comp.supply.matches(doc.lemmas, None, s.first, s.last) or
                comp.imports.matches(doc.lemmas, None, s.first, s.last))


def _holders_of_share(ctx: ArticleContext, s, states) -> list:  # type: ignore[no-untyped-def]
    """States right after a share word: "частка РФ у загальному імпорті", "доля России": the one that sells."""
    doc = ctx.doc
    ends = {m.end for m in doc.lexicon.phrases("share_words").matches(doc.lemmas, None, s.first, s.last)}
    return [m for m in states if m.first in ends]


def _bought_from(ctx: ArticleContext, s, states, imports) -> list:  # type: ignore[no-untyped-def]
    """States after "у"/"в" in a sentence that buys, in a case that is no destination: "купувала нафту в
    Росії" (from Russia), not "імпорт у Китай"."""
    doc = ctx.doc
    preps = doc.lexicon.words("source_preps_with_buying")
    if not imports or not preps:
        return []
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return []
    after_prep = [m for m in states if m.first > s.first and doc.tokens[m.first - 1].norm in preps
                  and lem.first_case(doc.tokens[m.first].norm) in ("gent", "loct", "datv")]
    # a buyer named before the buying word makes "в Росії" the seller; without one, "імпорт нафти у Китаї" is
    # buying done in China (see _bought_in)
    buyers = [m for m in states if m.last <= imports[0].start and m not in after_prep]
    return after_prep if buyers else []


def _bought_in(ctx: ArticleContext, s, states, imports, sourced) -> str | None:  # type: ignore[no-untyped-def]
    """"Імпорт нафти у Китаї зріс": with no buyer named before the buying word, the state the buying is done
    in is the buyer."""
    doc = ctx.doc
    preps = doc.lexicon.words("source_preps_with_buying")
    if not imports or not preps or sourced or any(m.last <= imports[0].start for m in states):
        return None
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return None
    for m in states:
        if m.first > imports[0].start and doc.tokens[m.first - 1].norm in preps \
                and lem.first_case(doc.tokens[m.first].norm) in ("gent", "loct", "datv"):
            return ctx.gaz.country_of(m.actor)
    return None


def _agent_of(ctx: ArticleContext, m, supply, imports) -> str | None:  # type: ignore[no-untyped-def]
    """"buys" or "sells" for a state in the instrumental case a few words after a buying or selling noun, its
    doer ("импорт российской нефти Индией", "закупівлі газу Туреччиною", "поставки газа Россией")."""
    doc = ctx.doc
    if doc.lang == "en" or m.first == 0:
        return None
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer) or lem.first_case(doc.tokens[m.first].norm) != "ablt":
        return None
    if any(doc.tokens[j].norm in doc.lexicon.words("with_preps") for j in range(max(0, m.first - 2), m.first)):
        return None  # "торговля с Индией": a partner, not a doer
    for words, role in ((imports, "buys"), (supply, "sells")):
        if any(w.end <= m.first <= w.end + 3 for w in words):
            return role
    return None


def _owner_of_goods(ctx: ArticleContext, m, commodities) -> bool:  # type: ignore[no-untyped-def]
    """A state in the genitive right after a commodity word: "експорту нафти РФ", "поставки газа России"."""
    doc = ctx.doc
    if doc.lang == "en" or not any(c.end == m.first for c in commodities):
        return False
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    token = doc.tokens[m.first]
    # an indeclinable abbreviation ("РФ", "США") reads as genitive in that place
    return isinstance(lem, PymorphyLemmatizer) and (lem.first_case(token.norm) == "gent" or
                                                    len(token.text) > 1 and token.text.isupper())


def _states_named(ctx: ArticleContext, s) -> list[str]:  # type: ignore[no-untyped-def]
    """The states a sentence names, in order, less datelines, transit countries and the "США" of a currency
    ("млн дол. США"); the parts of a compound adjective count ("российско-китайской торговли")."""
    named: list[tuple[float, str]] = []
    via = ctx.doc.lexicon.words("via_preps")
    for m in ctx.in_range(s.first, s.last):
        state = ctx.gaz.country_of(m.actor) if m.type != "Person" else None
        transit = m.first > s.first and ctx.doc.tokens[m.first - 1].norm in via
        if state and not _dateline(ctx, s, m) and not transit and not _of_currency(ctx, m.first):
            named.append((m.first, state))
    named += compound_states(ctx, s)
    states: list[str] = []
    for _, state in sorted(named):
        if state not in states:
            states.append(state)
    return states


def _of_currency(ctx: ArticleContext, index: int) -> bool:
    """A state named right after a currency word: "147,9 млн. дол. США", "доларів США", "US dollars"."""
    return index > 0 and bool(ctx.doc.lemmas[index - 1] & set(ctx.doc.lexicon.lemma_table("currency")))


def compound_states(ctx: ArticleContext, s) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    """States named by the parts of a compound adjective: "российско-китайской", "українсько-грузинської"."""
    doc = ctx.doc
    from ..text.morph import lemmatizer

    lem = lemmatizer(doc.lang)
    adjectives = ctx.gaz.adjectives(doc.lang)
    out: list[tuple[float, str]] = []
    for j in range(s.first, s.last):
        # English adjectives are written with a capital ("Russian-Chinese trade"); "Russia-China trade" names
        # each state already, and no adjective matches its parts
        parts = (doc.tokens[j].text if doc.lang == "en" else doc.tokens[j].norm).split("-")
        if len(parts) < 2:
            continue
        for k, part in enumerate(parts):
            if doc.lang == "en":
                forms = frozenset({part, part.lower()})
            elif k < len(parts) - 1 and part.endswith("о"):  # the joining form "российско-", "американо-"
                forms = frozenset(part[:-1] + end for end in ("ий", "ый", "ский", "ський"))
            else:
                forms = lem.lemmas(part)
            hits = adjectives.longest([forms], None, 0, 1)
            state = ctx.gaz.country_of(hits[0].payload.actor) if hits else None
            if state:
                out.append((j + k / 10, state))
    return out


def _pair(ctx: ArticleContext, s) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """The two states of a turnover figure: those named in the sentence, else the article's pair."""
    states = _states_named(ctx, s)
    if len(states) >= 2:
        return states[0], states[1]
    order = ctx.first_mention_order()
    pair: list[str] = []
    for person in ctx.top_people()[:2]:
        state = ctx.state_of(person)
        if state and state not in pair:
            pair.append(state)
    if len(pair) < 2:
        # a transit country ("через территорию Монголии", "via Turkey") neither sells nor buys
        via = ctx.doc.lexicon.words("via_preps")
        tokens = ctx.doc.tokens
        counted = [m.actor for m in ctx.mentions if m.type == "Country"
                   and not any(tokens[j].norm in via for j in range(max(0, m.first - 2), m.first))]
        for c in sorted(set(counted), key=lambda c: (-counted.count(c), order.get(c, 0))):
            if c not in pair:
                pair.append(c)
    pair = sorted(pair[:2], key=lambda c: order.get(c, 1 << 30))
    return (pair[0] if pair else None, pair[1] if len(pair) > 1 else None)


def _period(ctx: ArticleContext, s) -> Period | None:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    than = doc.lexicon.words("comparison_words")
    for t in find_times(doc, s.first, s.last, ctx.ref):
        if any(doc.tokens[j].norm in than for j in range(max(s.first, t.first - 2), t.first)):
            continue  # "на 5% більше, ніж у 2023 році": the year compared with, not the figure's
        if isinstance(t.when, Period):
            return t.when
        if isinstance(t.when, PartialDate) and t.when.month is None:
            return Period(t.when, t.when)
    return None
