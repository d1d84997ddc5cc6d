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
