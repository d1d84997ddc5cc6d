"""Facts -> quads: the only place where facts meet RDF.

Each article's claims go into a named graph named with the article's IRI; the merged view
(actors, one node per real-world fact with its preferred values, conflicts) goes into the default graph.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pyoxigraph as ox

from .iris import Iris
from .records import (
    Actor,
    ArticleFacts,
    Evidence,
    Invitation,
    Meeting,
    PartialDate,
    Period,
    TradeFact,
    Treaty,
)
from .resolve import MergedFact, Resolution, claim_values
from .vocab import (
    DCT_IDENTIFIER,
    DCT_ISSUED,
    DCT_LANGUAGE,
    DCT_TITLE,
    KG,
    MEDIUM_CLASS,
    OWL_SAMEAS,
    PROV_DERIVED,
    RDF_TYPE,
    RDFS_LABEL,
    TIME_HAS_BEGINNING,
    TIME_HAS_END,
    TIME_IN_XSD,
    TIME_INTERVAL,
    WD_ENTITY,
    XSD,
)

DEFAULT = ox.DefaultGraph()
COMMODITY_LABELS = {
    "crude_oil": "crude oil", "natural_gas": "natural gas",
    "natural_gas_pipeline": "pipeline gas (natural gas by pipeline)",
    "lng": "liquefied natural gas (LNG)", "coal": "coal", "agri": "agricultural products",
    "agri_wheat": "wheat (agricultural products)", "agri_soybeans": "soybeans (agricultural products)",
    "electricity": "electricity", "petroleum_products": "petroleum products",
    "trade_turnover": "total trade turnover",
}
MEASURE_DATATYPE = {"valueUSD": "decimal", "changePercent": "decimal", "rank": "integer", "tonnes": "decimal",
                    "barrelsPerDay": "decimal", "cubicMetresPerYear": "decimal"}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=_n(XSD + datatype))


def date_literal(d: PartialDate) -> ox.Literal:
    kind = "gYear" if d.month is None else "gYearMonth" if d.day is None else "date"
    return _typed(d.iso(), kind)


def duration_literal(minutes: int) -> ox.Literal:
    hours, rest = divmod(minutes, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")
    return _typed(text, "duration")


def number_literal(value: float, datatype: str) -> ox.Literal:
    if datatype == "integer":
        return _typed(str(int(round(value))), "integer")
    text = format(Decimal(repr(value)).normalize(), "f")
    if "." not in text:
        text += ".0"
    return _typed(text, "decimal")


class QuadWriter:
    """Turns resolved facts into quads, with IRIs from one `Iris`."""

    def __init__(self, iris: Iris, resolution: Resolution) -> None:
        self.iris = iris
        self.resolution = resolution
        self.fact_of: dict[tuple[str, object], MergedFact] = {}
        for fact in resolution.facts:
            for article_id, claim in fact.claims:
                self.fact_of[(article_id, claim)] = fact

    def actor(self, key: str) -> ox.NamedNode:
        return _n(self.iris.actor(key))

    # ------------------------------------------------------------------ default graph
    def context_quads(self, articles: list[ArticleFacts]) -> Iterator[ox.Quad]:
        """What every graph may refer to: actors and article records (default graph)."""
        for key in sorted(self.resolution.actors):
            yield from self.actor_quads(self.resolution.actors[key])
        for facts in articles:
            yield from self.article_record(facts)
        commodities = {claim.commodity for fact in self.resolution.facts for _, claim in fact.claims
                       if isinstance(claim, TradeFact)}
        for key in sorted(commodities):
            node = _n(self.iris.commodity(key))
            yield ox.Quad(node, _n(RDF_TYPE), _n(KG.Commodity), DEFAULT)
            yield ox.Quad(node, _n(RDFS_LABEL), ox.Literal(COMMODITY_LABELS.get(key, key.replace("_", " ")),
                                                           language="en"), DEFAULT)

    def merged_quads(self) -> Iterator[ox.Quad]:
        for fact in self.resolution.facts:
            yield from self._merged_fact(fact)
        for conflict in self.resolution.conflicts:
            node = _n(self.iris.conflict(conflict.fact_iri, conflict.prop))
            yield ox.Quad(_n(conflict.fact_iri), _n(KG.hasConflict), node, DEFAULT)
            yield ox.Quad(node, _n(RDF_TYPE), _n(KG.Conflict), DEFAULT)
            yield ox.Quad(node, _n(KG.conflictProperty), _n(getattr(KG, conflict.prop)), DEFAULT)
            for article_id, value, quote in conflict.claims:
                claim = _n(self.iris.claim(node.value, article_id, value))
                yield ox.Quad(node, _n(KG.claim), claim, DEFAULT)
                yield ox.Quad(claim, _n(RDF_TYPE), _n(KG.Claim), DEFAULT)
                yield ox.Quad(claim, _n(KG.claimedValue), ox.Literal(value), DEFAULT)
                yield ox.Quad(claim, _n(PROV_DERIVED), _n(self.iris.article(article_id)), DEFAULT)
                yield ox.Quad(claim, _n(KG.quote), ox.Literal(quote), DEFAULT)

    def actor_quads(self, actor: Actor) -> Iterator[ox.Quad]:
        node = self.actor(actor.key)
        classes = {"Person": ["Person", "Actor"], "Country": ["Country", "Actor", "Place"],
                   "Organization": ["Organization", "Actor"], "City": ["City", "Place"]}[actor.type]
        for cls in classes:
            yield ox.Quad(node, _n(RDF_TYPE), _n(getattr(KG, cls)), DEFAULT)
        yield ox.Quad(node, _n(RDFS_LABEL), ox.Literal(actor.label_en, language="en"), DEFAULT)
        for lang, label in actor.labels:
            if lang != "en" and label:
                yield ox.Quad(node, _n(RDFS_LABEL), ox.Literal(label, language=lang), DEFAULT)
        if actor.qid:
            yield ox.Quad(node, _n(OWL_SAMEAS), _n(WD_ENTITY + actor.qid), DEFAULT)
        if actor.country:
            yield ox.Quad(node, _n(KG.country), self.actor(actor.country), DEFAULT)

    def _merged_fact(self, fact: MergedFact) -> Iterator[ox.Quad]:
        node = _n(fact.iri)
        claims = [c for _, c in fact.claims]
        preferred = _preferred(fact, self.resolution.published)
        for article_id in fact.articles:
            yield ox.Quad(node, _n(PROV_DERIVED), _n(self.iris.article(article_id)), DEFAULT)
        for reason in fact.reasons:
            yield ox.Quad(node, _n(KG.mergeReason), ox.Literal(reason), DEFAULT)
        originals = {self.resolution.syndicated.get(a, a) for a in fact.articles}
        yield ox.Quad(node, _n(KG.independentSources), _typed(str(len(originals)), "integer"), DEFAULT)
        if fact.fulfilled_by:
            yield ox.Quad(node, _n(KG.fulfilledBy), _n(fact.fulfilled_by), DEFAULT)
        yield from (ox.Quad(q.subject, q.predicate, q.object, DEFAULT)
                    for q in self._claim_quads(node, preferred, DEFAULT, with_values=True))
        if isinstance(preferred, Invitation):
            accepted = [c.accepted for c in claims if isinstance(c, Invitation) and c.accepted is not None]
            if accepted and preferred.accepted is None:
                yield ox.Quad(node, _n(KG.accepted), _typed(str(any(accepted)).lower(), "boolean"), DEFAULT)
            inviters = sorted({c.inviter for c in claims if isinstance(c, Invitation) and c.inviter})
            if preferred.inviter is None:
                for inviter in inviters[:1]:
                    yield ox.Quad(node, _n(KG.inviter), self.actor(inviter), DEFAULT)

    # ------------------------------------------------------------------ article graphs
    def article_record(self, facts: ArticleFacts) -> Iterator[ox.Quad]:
        article = facts.article
        node = _n(self.iris.article(article.id))
        graph = DEFAULT
        yield ox.Quad(node, _n(RDF_TYPE), _n(KG.Article), graph)
        yield ox.Quad(node, _n(DCT_IDENTIFIER), ox.Literal(article.id), graph)
        yield ox.Quad(node, _n(DCT_LANGUAGE), ox.Literal(article.lang), graph)
        yield ox.Quad(node, _n(KG.textLength), _typed(str(len(article.text)), "integer"), graph)
        if article.published:
            yield ox.Quad(node, _n(DCT_ISSUED), _typed(article.published.isoformat(), "date"), graph)
        if article.title:
            yield ox.Quad(node, _n(DCT_TITLE), ox.Literal(article.title), graph)
        original = self.resolution.syndicated.get(article.id)
        if original:
            yield ox.Quad(node, _n(KG.copyOf), _n(self.iris.article(original)), graph)

    def article_quads(self, facts: ArticleFacts) -> Iterator[ox.Quad]:
        """The article's own claims, in its named graph."""
        article = facts.article
        graph = _n(self.iris.article(article.id))
        node = graph
        for key in sorted({m.actor for m in facts.mentions}):
            yield ox.Quad(node, _n(KG.mentions), self.actor(key), graph)
        for claim in (*facts.meetings, *facts.invitations, *facts.treaties, *facts.trade_facts):
            fact = self.fact_of[(article.id, claim)]
            fact_node = _n(fact.iri)
            yield ox.Quad(fact_node, _n(PROV_DERIVED), node, graph)
            yield from self._claim_quads(fact_node, claim, graph, with_values=True)
            for ev in claim.evidence:
                yield from self._evidence(fact_node, ev, graph)

    def _evidence(self, fact_node: ox.NamedNode, ev: Evidence, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        node = _n(self.iris.evidence(ev.article_id, ev.start, ev.end, ev.extractor))
        yield ox.Quad(fact_node, _n(KG.evidence), node, graph)
        yield ox.Quad(node, _n(RDF_TYPE), _n(KG.Evidence), graph)
        yield ox.Quad(node, _n(KG.quote), ox.Literal(ev.quote), graph)
        yield ox.Quad(node, _n(KG.startOffset), _typed(str(ev.start), "integer"), graph)
        yield ox.Quad(node, _n(KG.endOffset), _typed(str(ev.end), "integer"), graph)
        yield ox.Quad(node, _n(KG.extractor), ox.Literal(ev.extractor), graph)
        yield ox.Quad(node, _n(KG.inArticle), _n(self.iris.article(ev.article_id)), graph)

    def _claim_quads(self, node: ox.NamedNode, claim: object, graph: ox.NamedNode | ox.DefaultGraph,
                     with_values: bool) -> Iterator[ox.Quad]:
        t = _n(RDF_TYPE)
        if isinstance(claim, Meeting):
            yield ox.Quad(node, t, _n(KG.Meeting), graph)
            yield ox.Quad(node, t, _n(getattr(KG, MEDIUM_CLASS[claim.medium])), graph)
            for p in claim.participants:
                yield ox.Quad(node, _n(KG.participant), self.actor(p), graph)
            if claim.date:
                yield ox.Quad(node, _n(KG.date), date_literal(claim.date), graph)
            if claim.duration_minutes:
                yield ox.Quad(node, _n(KG.duration), duration_literal(claim.duration_minutes), graph)
            if claim.place:
                yield ox.Quad(node, _n(KG.place), self.actor(claim.place), graph)
        elif isinstance(claim, Invitation):
            yield ox.Quad(node, t, _n(KG.Invitation), graph)
            yield ox.Quad(node, _n(KG.invitee), self.actor(claim.invitee), graph)
            if claim.inviter:
                yield ox.Quad(node, _n(KG.inviter), self.actor(claim.inviter), graph)
            if claim.destination:
                yield ox.Quad(node, _n(KG.destination), self.actor(claim.destination), graph)
            if claim.occasion:
                yield ox.Quad(node, _n(KG.occasion), ox.Literal(claim.occasion), graph)
            if claim.time_frame:
                yield from self._period(node, KG.timeFrame, claim.time_frame, graph)
            if claim.accepted is not None:
                yield ox.Quad(node, _n(KG.accepted), _typed(str(claim.accepted).lower(), "boolean"), graph)
        elif isinstance(claim, Treaty):
            yield ox.Quad(node, t, _n(KG.Treaty), graph)
            yield ox.Quad(node, _n(RDFS_LABEL), ox.Literal(claim.label, language="en"), graph)
            for p in claim.parties:
                yield ox.Quad(node, _n(KG.party), self.actor(p), graph)
            if claim.signed_on:
                yield ox.Quad(node, _n(KG.signedOn), date_literal(claim.signed_on), graph)
            if claim.status:
                yield ox.Quad(node, _n(KG.status), ox.Literal(claim.status), graph)
            if claim.qid:
                yield ox.Quad(node, _n(OWL_SAMEAS), _n(WD_ENTITY + claim.qid), graph)
        elif isinstance(claim, TradeFact):
            yield ox.Quad(node, t, _n(KG.TradeFact), graph)
            yield ox.Quad(node, _n(KG.commodity), _n(self.iris.commodity(claim.commodity)), graph)
            suppliers = [k for k in (claim.supplier,) if k]
            buyers = [k for k in (claim.buyer,) if k]
            if claim.commodity == "trade_turnover" and claim.supplier and claim.buyer:
                # Turnover counts both directions of trade: each state supplies and buys.
                suppliers = buyers = sorted({claim.supplier, claim.buyer})
            for key in suppliers:
                yield ox.Quad(node, _n(KG.supplier), self.actor(key), graph)
            for key in buyers:
                yield ox.Quad(node, _n(KG.buyer), self.actor(key), graph)
            yield ox.Quad(node, _n(getattr(KG, claim.measure)),
                          number_literal(claim.value, MEASURE_DATATYPE[claim.measure]), graph)
            if claim.period:
                yield from self._period(node, KG.period, claim.period, graph)

    def _period(self, node: ox.NamedNode, prop: str, period: Period,
                graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
        p = _n(self.iris.period(period.iso()))
        yield ox.Quad(node, _n(prop), p, graph)
        yield ox.Quad(p, _n(RDF_TYPE), _n(TIME_INTERVAL), graph)
        yield ox.Quad(p, _n(RDFS_LABEL), ox.Literal(period.iso()), graph)
        yield ox.Quad(p, _n(TIME_HAS_BEGINNING), _n(p.value + "/start"), graph)
        yield ox.Quad(p, _n(TIME_HAS_END), _n(p.value + "/end"), graph)
        yield ox.Quad(_n(p.value + "/start"), _n(TIME_IN_XSD), _typed(period.start.first_day().isoformat(), "date"),
                      graph)
        yield ox.Quad(_n(p.value + "/end"), _n(TIME_IN_XSD), _typed(period.end.last_day().isoformat(), "date"), graph)


def _preferred(fact: MergedFact, published: dict | None = None) -> object:  # type: ignore[type-arg]
    """The claim whose values the merged node states: the most common value of each property,
    the earliest-published article's where sources split evenly; never a meeting date later
    than the first report of it."""
    published = published or {}
    order = sorted(fact.claims, key=lambda c: (published.get(c[0]) or date.max, c[0]))
    claims = [c for _, c in order]
    first_report = min((d for a, _ in fact.claims if (d := published.get(a))), default=None)
    if len(claims) == 1:
        return claims[0]
    base = claims[0]
    if isinstance(base, Meeting):
        dates = Counter(c.date for c in claims if isinstance(c, Meeting) and c.date
                        and (first_report is None or c.date.first_day() <= first_report))
        durations = Counter(c.duration_minutes for c in claims if isinstance(c, Meeting) and c.duration_minutes)
        places = Counter(c.place for c in claims if isinstance(c, Meeting) and c.place)
        return Meeting(medium=base.medium, participants=base.participants, evidence=(),
                       date=_most_common(dates), duration_minutes=_most_common(durations),
                       place=_most_common(places))
    if isinstance(base, Invitation):
        inv = [c for c in claims if isinstance(c, Invitation)]
        return Invitation(invitee=base.invitee, evidence=(),
                          inviter=_most_common(Counter(c.inviter for c in inv if c.inviter)),
                          destination=_most_common(Counter(c.destination for c in inv if c.destination)),
                          occasion=_most_common(Counter(c.occasion for c in inv if c.occasion)),
                          time_frame=_most_common(Counter(c.time_frame for c in inv if c.time_frame)),
                          accepted=True if any(c.accepted for c in inv) else (
                              False if any(c.accepted is False for c in inv) else None))
    if isinstance(base, Treaty):
        tr = [c for c in claims if isinstance(c, Treaty)]
        return Treaty(key=base.key, label=base.label, parties=base.parties, evidence=(),
                      signed_on=_most_common(Counter(c.signed_on for c in tr if c.signed_on)),
                      status=_most_common(Counter(c.status for c in tr if c.status)), qid=base.qid)
    return base


def _most_common(counter: Counter) -> object:  # type: ignore[type-arg]
    if not counter:
        return None
    top = max(counter.values())
    for value in counter:  # insertion order: the earliest article's value wins a tie
        if counter[value] == top:
            return value
    return None


__all__ = ["QuadWriter", "claim_values", "date_literal", "duration_literal"]
