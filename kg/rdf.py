"""Facts -> quads: the only place where facts meet RDF.

Each article's claims go into a named graph named with the article's IRI; the merged view
(actors, one node per real-world fact with its preferred values, conflicts) goes into the default graph.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache

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
    TextDigest,
    TradeFact,
    Treaty,
    human_duration,
    iso_duration,
)
from .resolve import KNOWLEDGE, MergedFact, Resolution, claim_values, preferred_values, trade_sides
from .vocab import (
    CLAIM_CLASS,
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
    "agri_corn": "corn (agricultural products)", "agri_barley": "barley (agricultural products)",
    "electricity": "electricity", "petroleum_products": "petroleum products",
    "trade_turnover": "total trade turnover", "total_exports": "total exports (all goods)",
}
MEASURE_DATATYPE = {"valueUSD": "decimal", "changePercent": "decimal", "rank": "integer", "tonnes": "decimal",
                    "barrelsPerDay": "decimal", "cubicMetresPerYear": "decimal"}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@cache  # the ontology's and standard vocabularies' terms are few, and every quad names one or two
def _term(iri: str) -> ox.NamedNode:
    """The node of a vocabulary term (a class, a property, a datatype), made once."""
    return ox.NamedNode(iri)


def _typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=_term(XSD + datatype))


def date_literal(d: PartialDate) -> ox.Literal:
    kind = "gYear" if d.month is None else "gYearMonth" if d.day is None else "date"
    return _typed(d.iso(), kind)


def duration_literal(minutes: int) -> ox.Literal:
    return _typed(iso_duration(minutes), "duration")


def number_literal(value: float, datatype: str) -> ox.Literal:
    if datatype == "integer":
        return _typed(str(int(round(value))), "integer")
    # 15 significant digits: what a double holds exactly; beyond them is the noise of scaling ("16,1 тыс." is
    # 16.1 * 1000 = 16100.000000000002), never a digit any article wrote
    text = format(Decimal(f"{value:.15g}").normalize(), "f")
    if "." not in text:
        text += ".0"
    return _typed(text, "decimal")


class QuadWriter:
    """Turns resolved facts into quads, with IRIs from one `Iris`.

    The default graph states each real-world fact once, with one preferred value per property
    ("truthy", as Wikidata's direct claims); each article's named graph holds that article's claims
    (kg:Claim, kg:about the fact) with its own values and evidence; Entente's own knowledge (lexicons,
    gazetteer) makes its claims in a graph of its own, so no article is credited with what it never said.
    """

    def __init__(self, iris: Iris, resolution: Resolution, digests: Mapping[str, TextDigest] | None = None) -> None:
        self.iris = iris
        self.resolution = resolution
        self.digests = digests or {}  # article id -> TextDigest, for compact facts (no text)
        self.knowledge = _n(iris.knowledge_source())
        self.fact_by_iri = {f.iri: f for f in resolution.facts}
        self.claim_of: dict[tuple[str, object], tuple[MergedFact, str]] = {}
        for fact in resolution.facts:
            seen: Counter[str] = Counter()
            for article_id, claim in fact.claims:
                if (article_id, claim) not in self.claim_of:
                    iri = iris.claim(fact.iri, article_id, seen[article_id])
                    self.claim_of[(article_id, claim)] = (fact, iri)
                seen[article_id] += 1

    def actor(self, key: str) -> ox.NamedNode:
        return _n(self.iris.actor(key))

    def claim_iri(self, fact: MergedFact, source: str, index: int) -> ox.NamedNode:
        if source == KNOWLEDGE:
            return _n(self.iris.claim(fact.iri, KNOWLEDGE))
        return _n(self.iris.claim(fact.iri, source, index))

    # ------------------------------------------------------------------ default graph
    def context_quads(self, articles: Iterable[ArticleFacts]) -> Iterator[ox.Quad]:
        """What every graph may refer to: actors, article records, commodities and the knowledge source."""
        yield from self.shared_quads()
        for facts in articles:
            yield from self.article_record(facts)

    def shared_quads(self) -> Iterator[ox.Quad]:
        """The context but the article records: actors, commodities and the knowledge source (what an article graph
        may name besides its own article; its size follows the actors, not the articles)."""
        yield from self.knowledge_source_record()
        for key in sorted(self.resolution.actors):
            yield from self.actor_quads(self.resolution.actors[key])
        commodities = {claim.commodity for fact in self.resolution.facts for _, claim in fact.claims
                       if isinstance(claim, TradeFact)}
        for key in sorted(commodities):
            node = _n(self.iris.commodity(key))
            yield ox.Quad(node, _term(RDF_TYPE), _term(KG.Commodity), DEFAULT)
            yield ox.Quad(node, _term(RDFS_LABEL), ox.Literal(COMMODITY_LABELS.get(key, key.replace("_", " ")),
                                                           language="en"), DEFAULT)

    def knowledge_source_record(self) -> Iterator[ox.Quad]:
        node = self.knowledge
        yield ox.Quad(node, _term(RDF_TYPE), _term(KG.KnowledgeSource), DEFAULT)
        yield ox.Quad(node, _term(RDFS_LABEL), ox.Literal(KNOWLEDGE_LABEL, language="en"), DEFAULT)
        yield ox.Quad(node, _term(KG.version), ox.Literal(knowledge_version()), DEFAULT)

    def merged_quads(self) -> Iterator[ox.Quad]:
        for fact in self.resolution.facts:
            yield from self._merged_fact(fact)
        for conflict in self.resolution.conflicts:
            node = _n(self.iris.conflict(conflict.fact_iri, conflict.prop))
            fact = self.fact_by_iri[conflict.fact_iri]
            yield ox.Quad(_n(conflict.fact_iri), _term(KG.hasConflict), node, DEFAULT)
            yield ox.Quad(node, _term(RDF_TYPE), _term(KG.Conflict), DEFAULT)
            yield ox.Quad(node, _term(KG.conflictProperty), _term(getattr(KG, conflict.prop)), DEFAULT)
            yield ox.Quad(node, _term(RDFS_LABEL), ox.Literal(
                f"{conflict.prop} of {fact_name(fact, self.resolution)}", language="en"), DEFAULT)
            for c in conflict.claims:
                yield ox.Quad(node, _term(KG.claim), self.claim_iri(fact, c.source, c.index), DEFAULT)

    def actor_quads(self, actor: Actor) -> Iterator[ox.Quad]:
        node = self.actor(actor.key)
        classes = {"Person": ["Person", "Actor"], "Country": ["Country", "Actor", "Place"],
                   "Organization": ["Organization", "Actor"], "City": ["City", "Place"]}[actor.type]
        for cls in classes:
            yield ox.Quad(node, _term(RDF_TYPE), _term(getattr(KG, cls)), DEFAULT)
        yield ox.Quad(node, _term(RDFS_LABEL), ox.Literal(actor.label_en, language="en"), DEFAULT)
        for lang, label in actor.labels:
            if lang != "en" and label:
                yield ox.Quad(node, _term(RDFS_LABEL), ox.Literal(label, language=lang), DEFAULT)
        if actor.qid:
            yield ox.Quad(node, _term(OWL_SAMEAS), _n(WD_ENTITY + actor.qid), DEFAULT)
        if not actor.key.startswith("new:"):  # its ids, labels and country come from the gazetteer
            yield ox.Quad(node, _term(PROV_DERIVED), self.knowledge, DEFAULT)
        if actor.country:
            yield ox.Quad(node, _term(KG.country), self.actor(actor.country), DEFAULT)

    def _merged_fact(self, fact: MergedFact) -> Iterator[ox.Quad]:
        node = _n(fact.iri)
        preferred = preferred_values(fact, self.resolution.published)
        yield from self._fact_types(node, fact.kind, preferred)
        yield ox.Quad(node, _term(RDFS_LABEL), ox.Literal(fact_name(fact, self.resolution, preferred), language="en"),
                      DEFAULT)
        for article_id in fact.articles:
            yield ox.Quad(node, _term(PROV_DERIVED), _n(self.iris.article(article_id)), DEFAULT)
        for reason in fact.reasons:
            yield ox.Quad(node, _term(KG.mergeReason), ox.Literal(reason), DEFAULT)
        originals = {self.resolution.syndicated.get(a, a) for a in fact.articles}
        yield ox.Quad(node, _term(KG.independentSources), _typed(str(len(originals)), "integer"), DEFAULT)
        if fact.fulfilled_by:
            yield ox.Quad(node, _term(KG.fulfilledBy), _n(fact.fulfilled_by), DEFAULT)
        for article_id, claim in fact.claims:
            yield ox.Quad(node, _term(KG.claim), _n(self.claim_of[(article_id, claim)][1]), DEFAULT)
        if fact.knowledge is not None:
            yield ox.Quad(node, _term(PROV_DERIVED), self.knowledge, DEFAULT)
            yield ox.Quad(node, _term(KG.claim), self.claim_iri(fact, KNOWLEDGE, 0), DEFAULT)
            qid = getattr(fact.knowledge, "qid", None)
            if qid:
                yield ox.Quad(node, _term(OWL_SAMEAS), _n(WD_ENTITY + qid), DEFAULT)
        yield from self._value_quads(node, preferred, DEFAULT)

    def _fact_types(self, node: ox.NamedNode, kind: str, preferred: object) -> Iterator[ox.Quad]:
        t = _term(RDF_TYPE)
        yield ox.Quad(node, t, _term({"meeting": KG.Meeting, "invitation": KG.Invitation, "treaty": KG.Treaty,
                                   "trade": KG.TradeFact}[kind]), DEFAULT)
        if isinstance(preferred, Meeting):
            yield ox.Quad(node, t, _term(getattr(KG, MEDIUM_CLASS[preferred.medium])), DEFAULT)

    # ------------------------------------------------------------------ article graphs
    def article_record(self, facts: ArticleFacts) -> Iterator[ox.Quad]:
        article = facts.article
        node = _n(self.iris.article(article.id))
        graph = DEFAULT
        yield ox.Quad(node, _term(RDF_TYPE), _term(KG.Article), graph)
        yield ox.Quad(node, _term(DCT_IDENTIFIER), ox.Literal(article.id), graph)
        yield ox.Quad(node, _term(DCT_LANGUAGE), ox.Literal(article.lang), graph)
        digest = self.digests.get(article.id)
        length = digest.length if digest is not None else len(article.text)
        yield ox.Quad(node, _term(KG.textLength), _typed(str(length), "integer"), graph)
        if article.published:
            yield ox.Quad(node, _term(DCT_ISSUED), _typed(article.published.isoformat(), "date"), graph)
        elif article.published_estimate:
            yield ox.Quad(node, _term(KG.issuedEstimate), _typed(article.published_estimate.isoformat(), "date"), graph)
        if article.title:
            yield ox.Quad(node, _term(DCT_TITLE), ox.Literal(article.title), graph)
        original = self.resolution.syndicated.get(article.id)
        if original:
            yield ox.Quad(node, _term(KG.copyOf), _n(self.iris.article(original)), graph)

    def article_quads(self, facts: ArticleFacts) -> Iterator[ox.Quad]:
        """The article's own claims, in its named graph: only what its text says."""
        article = facts.article
        graph = _n(self.iris.article(article.id))
        for key in sorted({m.actor for m in facts.mentions}):
            yield ox.Quad(graph, _term(KG.mentions), self.actor(key), graph)
        for claim in (*facts.meetings, *facts.invitations, *facts.treaties, *facts.trade_facts):
            fact, iri = self.claim_of[(article.id, claim)]
            node = _n(iri)
            yield from self._claim_head(node, fact, graph, graph)
            yield from self._value_quads(node, claim, graph)
            for ev in claim.evidence:
                yield from self._evidence(node, ev, graph, graph if ev.article_id == article.id else None)

    def knowledge_quads(self) -> Iterator[ox.Quad]:
        """Entente's own claims (treaty lexicon, gazetteer), in the knowledge source's named graph."""
        graph = self.knowledge
        for fact in self.resolution.facts:
            if fact.knowledge is None:
                continue
            node = self.claim_iri(fact, KNOWLEDGE, 0)
            yield from self._claim_head(node, fact, graph, self.knowledge)
            yield from self._value_quads(node, fact.knowledge, graph)

    def _claim_head(self, node: ox.NamedNode, fact: MergedFact, graph: ox.NamedNode,
                    source: ox.NamedNode) -> Iterator[ox.Quad]:
        yield ox.Quad(node, _term(RDF_TYPE), _term(KG.Claim), graph)
        yield ox.Quad(node, _term(RDF_TYPE), _term(getattr(KG, CLAIM_CLASS[fact.kind])), graph)
        yield ox.Quad(node, _term(KG.about), _n(fact.iri), graph)
        yield ox.Quad(node, _term(PROV_DERIVED), source, graph)

    def _evidence(self, claim_node: ox.NamedNode, ev: Evidence, graph: ox.NamedNode,
                  article: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The evidence's quads; `article` is the node of the article it quotes, where the caller has it."""
        node = _n(self.iris.evidence(ev.article_id, ev.start, ev.end, ev.extractor))
        yield ox.Quad(claim_node, _term(KG.evidence), node, graph)
        yield ox.Quad(node, _term(RDF_TYPE), _term(KG.Evidence), graph)
        yield ox.Quad(node, _term(KG.quote), ox.Literal(ev.quote), graph)
        yield ox.Quad(node, _term(KG.startOffset), _typed(str(ev.start), "integer"), graph)
        yield ox.Quad(node, _term(KG.endOffset), _typed(str(ev.end), "integer"), graph)
        yield ox.Quad(node, _term(KG.extractor), ox.Literal(ev.extractor), graph)
        yield ox.Quad(node, _term(KG.inArticle), article or _n(self.iris.article(ev.article_id)), graph)

    def _value_quads(self, node: ox.NamedNode, claim: object,
                     graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
        """The values of a fact or of one source's claim, with the same properties either way."""
        if isinstance(claim, Meeting):
            for p in claim.participants:
                yield ox.Quad(node, _term(KG.participant), self.actor(p), graph)
            if claim.date:
                yield ox.Quad(node, _term(KG.date), date_literal(claim.date), graph)
            if claim.start_date and claim.start_date != claim.date:
                yield ox.Quad(node, _term(KG.startDate), date_literal(claim.start_date), graph)
            if claim.end_date and claim.end_date != claim.date:
                yield ox.Quad(node, _term(KG.endDate), date_literal(claim.end_date), graph)
            if claim.duration_minutes:
                yield ox.Quad(node, _term(KG.duration), duration_literal(claim.duration_minutes), graph)
            if claim.place:
                yield ox.Quad(node, _term(KG.place), self.actor(claim.place), graph)
        elif isinstance(claim, Invitation):
            yield ox.Quad(node, _term(KG.invitee), self.actor(claim.invitee), graph)
            if claim.inviter:
                yield ox.Quad(node, _term(KG.inviter), self.actor(claim.inviter), graph)
            if claim.destination:
                yield ox.Quad(node, _term(KG.destination), self.actor(claim.destination), graph)
            if claim.occasion:
                yield ox.Quad(node, _term(KG.occasion), ox.Literal(claim.occasion), graph)
            if claim.time_frame:
                yield from self._period(node, KG.timeFrame, claim.time_frame, graph)
            if claim.accepted is not None:
                yield ox.Quad(node, _term(KG.accepted), _typed(str(claim.accepted).lower(), "boolean"), graph)
        elif isinstance(claim, Treaty):
            for p in claim.parties:
                yield ox.Quad(node, _term(KG.party), self.actor(p), graph)
            if claim.signed_on:
                yield ox.Quad(node, _term(KG.signedOn), date_literal(claim.signed_on), graph)
            if claim.status:
                yield ox.Quad(node, _term(KG.status), ox.Literal(claim.status), graph)
        elif isinstance(claim, TradeFact):
            yield ox.Quad(node, _term(KG.commodity), _n(self.iris.commodity(claim.commodity)), graph)
            if claim.commodity == "trade_turnover" and claim.supplier and claim.buyer:
                # a turnover counts both directions of trade: two parties, no direction
                for key in sorted({claim.supplier, claim.buyer}):
                    yield ox.Quad(node, _term(KG.party), self.actor(key), graph)
            else:
                if claim.supplier:
                    yield ox.Quad(node, _term(KG.supplier), self.actor(claim.supplier), graph)
                if claim.buyer:
                    yield ox.Quad(node, _term(KG.buyer), self.actor(claim.buyer), graph)
            yield ox.Quad(node, _term(getattr(KG, claim.measure)),
                          number_literal(claim.value, MEASURE_DATATYPE[claim.measure]), graph)
            yield ox.Quad(node, _term(KG.status), ox.Literal(claim.status), graph)
            if claim.period:
                yield from self._period(node, KG.period, claim.period, graph)

    def _period(self, node: ox.NamedNode, prop: str, period: Period,
                graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
        p = _n(self.iris.period(period.iso()))
        yield ox.Quad(node, _term(prop), p, graph)
        yield ox.Quad(p, _term(RDF_TYPE), _term(TIME_INTERVAL), graph)
        yield ox.Quad(p, _term(RDFS_LABEL), ox.Literal(period.iso()), graph)
        yield ox.Quad(p, _term(TIME_HAS_BEGINNING), _n(p.value + "/start"), graph)
        yield ox.Quad(p, _term(TIME_HAS_END), _n(p.value + "/end"), graph)
        yield ox.Quad(_n(p.value + "/start"), _term(TIME_IN_XSD), _typed(period.start.first_day().isoformat(), "date"),
                      graph)
        yield ox.Quad(_n(p.value + "/end"), _term(TIME_IN_XSD), _typed(period.end.last_day().isoformat(), "date"),
                      graph)


KNOWLEDGE_LABEL = "Entente's own knowledge: gazetteer of actors and lexicon of treaties"


def knowledge_version() -> str:
    """The version of the gazetteer and lexicons shipped with this Entente (the package's version)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("entente")
    except PackageNotFoundError:
        return "unknown"


def fact_name(fact: MergedFact, resolution: Resolution, preferred: object | None = None) -> str:
    """The English name a fact is shown by everywhere (its rdfs:label, conflicts.md, the explorer)."""
    if preferred is None:
        preferred = preferred_values(fact, resolution.published)
    return fact_label(fact, preferred, resolution.actors)


def fact_label(fact: MergedFact, preferred: object, actors: dict[str, Actor]) -> str:
    """A fact's English name as an analyst would write it: "Vladimir Putin–Xi Jinping video call, 2026-02-03"."""
    def name(key: str | None) -> str:
        actor = actors.get(key or "")
        return actor.label_en if actor else (key or "?").removeprefix("new:").replace("-", " ")

    def joined(keys: list[str]) -> str:
        names = [name(k) for k in keys]
        return "–".join(names) if len(names) <= 3 else ", ".join(names[:3]) + f" and {len(names) - 3} more"

    if isinstance(preferred, Meeting):
        what = {"phone": "phone call", "video": "video call", "in_person": "meeting"}[preferred.medium]
        text = f"{joined(list(preferred.participants))} {what}"
        if preferred.date:
            text += f", {preferred.date.iso()}"
            if preferred.end_date and preferred.end_date != preferred.date:
                text += f"..{preferred.end_date.iso()}"
        return text
    if isinstance(preferred, Invitation):
        text = f"invitation of {name(preferred.invitee)}"
        if preferred.destination:
            text += f" to {name(preferred.destination)}"
        if preferred.inviter:
            text += f" by {name(preferred.inviter)}"
        if preferred.time_frame:
            text += f", {preferred.time_frame.iso()}"
        return text
    if isinstance(preferred, Treaty):
        return preferred.label_en or preferred.label
    if isinstance(preferred, TradeFact):
        commodity = COMMODITY_LABELS.get(preferred.commodity, preferred.commodity.replace("_", " "))
        supplier, buyer = trade_sides(preferred)
        if preferred.commodity == "trade_turnover":
            sides = "–".join(name(k) for k in supplier.split("+") if k)
        else:
            sides = "→".join(name(k) for k in (supplier, buyer) if k) if supplier and buyer else \
                (f"from {name(supplier)}" if supplier else f"to {name(buyer)}" if buyer else "")
        text = " ".join(part for part in (sides, commodity) if part)
        if preferred.period:
            text += f", {preferred.period.iso()}"
        text += f": {human_value(preferred.measure, preferred.value)}"
        if preferred.status != "reported":
            text += f" ({preferred.status})"
        return text
    return fact.iri


def human_value(measure: str, value: float) -> str:
    """A figure as an analyst reads it: $244.8 bn, -3.5 %, rank 2, 1.3 m t."""
    def short(number: float) -> str:
        for size, unit in ((1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, " k")):
            if abs(number) >= size:
                return f"{number / size:.4g}{unit}"
        return f"{number:.4g}"

    if measure == "valueUSD":
        return "$" + short(value)
    if measure == "changePercent":
        return f"{value:+.4g} %"
    if measure == "rank":
        return f"rank {int(value)}"
    unit = {"tonnes": "t", "barrelsPerDay": "bbl/day", "cubicMetresPerYear": "m³/year"}.get(measure, measure)
    return f"{short(value)} {unit}"


__all__ = ["QuadWriter", "claim_values", "date_literal", "duration_literal", "fact_label", "fact_name",
           "human_duration", "human_value"]
