"""Small helpers the extractor tests share: build an article from a sentence and extract it."""
from __future__ import annotations

from datetime import date

from kg.extract import extract_article
from kg.ingest import article_from_text
from kg.records import Article, ArticleFacts


def article(text: str, lang: str, published: date | None = date(2025, 3, 14), article_id: str = "t.txt") -> Article:
    made = article_from_text(text, article_id, article_id, published, lang)
    assert isinstance(made, Article), made
    return made


def facts(text: str, lang: str, published: date | None = date(2025, 3, 14)) -> ArticleFacts:
    return extract_article(article(text, lang, published))


def actors(f: ArticleFacts) -> set[str]:
    return {m.actor for m in f.mentions}


def meeting_pairs(f: ArticleFacts) -> set[tuple[str, ...]]:
    """Each meeting's participants, sorted."""
    return {tuple(sorted(m.participants)) for m in f.meetings}


def merged(text: str, lang: str, published: date | None = date(2025, 3, 14)) -> list[object]:
    """The merged view of one article's facts: each fact's preferred values, Entente's knowledge included."""
    from kg.gazetteer import load_gazetteer
    from kg.iris import Iris
    from kg.resolve import preferred_values, resolve

    resolution = resolve([facts(text, lang, published)], load_gazetteer(), Iris())
    return [preferred_values(fact, resolution.published) for fact in resolution.facts]
