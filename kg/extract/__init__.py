"""Extraction: a pure function of one article. Extractors are listed in one explicit table."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import ConfigError
from ..gazetteer import Gazetteer, load_gazetteer
from ..records import Article, ArticleFacts
from ..text.document import Document
from .actors import find_mentions
from .context import ArticleContext
from .invitations import extract_invitations
from .meetings import extract_meetings
from .trade import extract_trade
from .treaties import extract_treaties

EXTRACTORS: dict[str, Callable[[ArticleContext], list[Any]]] = {
    "meetings": extract_meetings,
    "invitations": extract_invitations,
    "treaties": extract_treaties,
    "trade_facts": extract_trade,
}


def extract_article(article: Article, gazetteer: Gazetteer | None = None,
                    extractors: tuple[str, ...] | None = None) -> ArticleFacts:
    """Every fact one article states, with its evidence."""
    gaz = gazetteer or load_gazetteer()
    names = extractors or tuple(EXTRACTORS)
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown:
        raise ConfigError(f"unknown extractor {unknown[0]!r}", hint=f"available: {', '.join(EXTRACTORS)}")
    doc = Document(article)
    mentions, new_actors = find_mentions(doc, gaz)
    ctx = ArticleContext(doc, gaz, mentions, new_actors={a.key: a for a in new_actors})
    results = {name: tuple(EXTRACTORS[name](ctx)) for name in names}
    records = tuple(sorted({m.to_record(doc) for m in mentions}))
    new = tuple(sorted(set(new_actors), key=lambda a: a.key))
    return ArticleFacts(article=article, mentions=records, new_actors=new,
                        **results)


__all__ = ["EXTRACTORS", "extract_article"]
