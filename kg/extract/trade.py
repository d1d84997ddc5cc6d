"""Commodities and trade figures: value, unit, period, supplier and buyer.

Money is stored in base units (dollars, not billions); percentages carry their direction
(negative for a fall); ranks come from ordinals next to a place word or a supply verb.
"""
from __future__ import annotations

from ..records import PartialDate, Period, TradeFact
from ..text.dates import find_times
from ..text.numbers import Quantity, find_quantities
from .context import ArticleContext


def extract_trade(ctx: ArticleContext) -> list[TradeFact]:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    facts: list[TradeFact] = []
    last_commodity: str | None = None
    last_buyer: str | None = None
    place_words = doc.lexicon.lemmas_of("rank_place_words")
    first_words = doc.lexicon.lemmas_of("rank_first_words")
    one_of = doc.lexicon.lemmas_of("one_of_words")
    for s in doc.sentences:
        commodities = comp.commodities.longest(doc.lemmas, None, s.first, s.last)
        quantities = [q for q in find_quantities(doc, s.first, s.last) if q.kind != "duration"]
        ranks: list[Quantity] = []
        for q in quantities:
            if q.kind == "ordinal":
                near_place = any(doc.lemmas[j] & place_words for j in range(q.last, min(s.last, q.last + 2)))
                after_na = q.first > s.first and doc.tokens[q.first - 1].norm in ("на", "the", "second", "to")
                if near_place or (after_na and _supply_near(ctx, q.last, s.last)) or _lead_word(ctx, q, s):
                    ranks.append(q)
        for i in range(s.first, s.last):
            if doc.lemmas[i] & first_words and not (doc.lemmas[i] & set(doc.lexicon["ordinals"])) \
                    and not any(doc.lemmas[j] & one_of for j in range(max(s.first, i - 3), i)) \
                    and _supply_near(ctx, i + 1, s.last) and not any(r.first == i for r in ranks):
                if not any(q.first == i for q in quantities):
                    ranks.append(Quantity(i, i + 1, "ordinal", 1.0))
        values = [q for q in quantities if q.kind in ("money", "percent", "volume")] + ranks
        if not values:
            continue
        if not commodities and last_commodity is None and not any(q.unit == "cubicMetresPerYear" for q in values):
            continue
        supplier, buyer = _parties(ctx, s, commodities)
        period = _period(ctx, s)
        rise = comp.rise.matches(doc.lemmas, None, s.first, s.last)
        fall = comp.fall.matches(doc.lemmas, None, s.first, s.last)
        for q in sorted(values, key=lambda q: q.first):
            targets = _commodities_for(commodities, q, s) or ([last_commodity] if last_commodity else [])
            if q.unit == "cubicMetresPerYear" and not any(t in ("natural_gas", "natural_gas_pipeline", "lng")
                                                          for t in targets):
                targets = ["natural_gas"]  # a volume in cubic metres a year is gas
            for commodity in targets:
                buyer_here = buyer or last_buyer
                sup, buy = _nearest_source(ctx, s, q) or supplier, buyer_here
                if commodity == "trade_turnover" and (sup is None or buy is None) or sup is None and buy is None and q.unit == "cubicMetresPerYear":
                    sup, buy = _pair(ctx, s)
                elif (sup is None) != (buy is None):
                    # one side named: the other is the article's other state ("Ташкент будет получать газ")
                    pair = [x for x in _pair(ctx, s) if x]
                    known = sup or buy
                    others = [x for x in pair if x != known]
                    if len(pair) == 2 and known in pair and others:
                        sup, buy = (sup, others[0]) if sup else (others[0], buy)
                if q.kind == "money":
                    if q.unit != "USD":
                        continue
                    measure, value = "valueUSD", q.value
                elif q.kind == "percent":
                    sign = -1.0 if any(abs(m.start - q.first) <= 8 for m in fall) and not any(
                        abs(m.start - q.first) < min(abs(f.start - q.first) for f in fall) for m in rise) else 1.0
                    measure, value = "changePercent", sign * q.value
                elif q.kind == "volume":
                    measure, value = q.unit, q.value
                else:
                    measure, value = "rank", q.value
                if commodity == "natural_gas" and measure == "cubicMetresPerYear":
                    commodity = "natural_gas_pipeline"  # gas measured in cubic metres a year flows by pipeline
                facts.append(TradeFact(commodity=commodity, measure=measure, value=value, supplier=sup,
                                       buyer=buy, period=period, evidence=(ctx.evidence(s, "trade"),)))
        if commodities:
            last_commodity = commodities[-1].payload
        if buyer:
            last_buyer = buyer
    return sorted(set(facts), key=repr)


def _nearest_source(ctx: ArticleContext, s, q: Quantity) -> str | None:  # type: ignore[no-untyped-def]
    """Where a sentence names several sources ("purchases from Russia rose 4%, while imports from Iraq
    slipped 12%"), each figure belongs to the nearest "from X" before it."""
    doc = ctx.doc
    from_preps = set(doc.lexicon["from_preps"])
    best = None
    for m in ctx.in_range(s.first, q.first):
        state = ctx.gaz.country_of(m.actor)
        if state and m.first > s.first and doc.tokens[m.first - 1].norm in from_preps:
            best = state
    return best


def _lead_word(ctx: ArticleContext, q: Quantity, s) -> bool:  # type: ignore[no-untyped-def]
    """"Россия – первая по поставкам нефти": an ordinal followed by a supply word."""
    return _supply_near(ctx, q.last, min(s.last, q.last + 3))


def _supply_near(ctx: ArticleContext, start: int, end: int) -> bool:
    comp = ctx.doc.lexicon.compiled
    end = min(end, start + 4)
    return bool(comp.supply.matches(ctx.doc.lemmas, None, start, end) or
                comp.imports.matches(ctx.doc.lemmas, None, start, end))


def _commodities_for(commodities, q: Quantity, s) -> list[str]:  # type: ignore[no-untyped-def]
    """The commodity a figure speaks of: those after it in a coordinated list ("первая по поставкам
    нефти и газа"), else the nearest one before it."""
    after = [c for c in commodities if c.start >= q.last]
    before = [c for c in commodities if c.end <= q.first]
    if q.kind == "ordinal" and after:
        group = [after[0]]
        for c in after[1:]:
            if c.start - group[-1].end <= 2:
                group.append(c)
        return [c.payload for c in group]
    if before:
        return [before[-1].payload]
    if after:
        return [after[0].payload]
    return []


def _parties(ctx: ArticleContext, s, commodities=()) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """Supplier and buyer from the direction words: "X поставки в Y", "Y импортировал из X"."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    states = [m for m in ctx.in_range(s.first, s.last) if ctx.gaz.country_of(m.actor)]
    to_preps = set(doc.lexicon["to_preps"])
    from_preps = set(doc.lexicon["from_preps"])
    supplier = buyer = None
    supply = comp.supply.matches(doc.lemmas, None, s.first, s.last)
    imports = comp.imports.matches(doc.lemmas, None, s.first, s.last)
    adjectives = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, doc.capitalised if doc.lang == "en" else None,
                                                       s.first, s.last)
    for a in adjectives:
        if any(0 <= c.start - a.end <= 1 for c in commodities):
            supplier = ctx.gaz.country_of(a.payload.actor)  # "российской пшеницы", "Russian LNG"
            break
    for m in states:
        prev = doc.tokens[m.first - 1].norm if m.first > s.first else ""
        if prev not in from_preps and m.first - 2 >= s.first and doc.tokens[m.first - 2].norm in from_preps:
            prev = doc.tokens[m.first - 2].norm  # "из портов Украины"
        state = ctx.gaz.country_of(m.actor)
        if prev in from_preps and supplier is None:
            supplier = state
        elif prev in to_preps and buyer is None and supply:
            buyer = state
    if imports:
        anchor = imports[0].start
        subject = [m for m in states if m.last <= anchor]
        if subject and buyer is None:
            buyer = ctx.gaz.country_of(subject[-1].actor)
    if supply and supplier is None:
        anchor = supply[0].start
        subject = [m for m in states if m.last <= anchor and ctx.gaz.country_of(m.actor) != buyer]
        if subject:
            supplier = ctx.gaz.country_of(subject[0].actor)
    for a in adjectives:
        state = ctx.gaz.country_of(a.payload.actor)
        if state is None:
            continue
        prev = doc.tokens[a.start - 1].norm if a.start > s.first else ""
        if supplier is None and any(0 <= c.start - a.end <= 1 for c in commodities) and state != buyer:
            supplier = state  # "российской пшеницы", "Russian LNG"
        elif buyer is None and prev in to_preps and state != supplier:
            buyer = state  # "на индийский рынок"
    if buyer is None:
        for m in states:  # "India's top supplier"
            if doc.tokens[m.last - 1].norm.endswith("'s") and ctx.gaz.country_of(m.actor) != supplier:
                buyer = ctx.gaz.country_of(m.actor)
                break
    if supplier == buyer:
        buyer = None
    return supplier, buyer


def _pair(ctx: ArticleContext, s) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """The two states of a turnover figure: those named in the sentence, else the article's pair."""
    states: list[str] = []
    for m in ctx.in_range(s.first, s.last):
        state = ctx.gaz.country_of(m.actor) if m.type != "Person" else None
        if state and state not in states:
            states.append(state)
    if len(states) >= 2:
        return states[0], states[1]
    order = ctx.first_mention_order()
    pair: list[str] = []
    for person in ctx.top_people()[:2]:
        state = ctx.state_of(person)
        if state and state not in pair:
            pair.append(state)
    if len(pair) < 2:
        counted = [m.actor for m in ctx.mentions if m.type == "Country"]
        for c in sorted(set(counted), key=lambda c: (-counted.count(c), order.get(c, 0))):
            if c not in pair:
                pair.append(c)
    pair = sorted(pair[:2], key=lambda c: order.get(c, 1 << 30))
    return (pair[0] if pair else None, pair[1] if len(pair) > 1 else None)


def _period(ctx: ArticleContext, s) -> Period | None:  # type: ignore[no-untyped-def]
    for t in find_times(ctx.doc, s.first, s.last, ctx.ref):
        if isinstance(t.when, Period):
            return t.when
        if isinstance(t.when, PartialDate) and t.when.month is None:
            return Period(t.when, t.when)
    return None
