"""What a worker process runs: one article's extraction, whatever its length, never raising for a bad article.

The build's process pool and its Dask cluster (kg/distributed.py) both run `extract_safely`, so neither imports
the other.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..errors import KgError
from ..records import Article, ArticleFacts, Evidence, Mention, Skipped
from ..text.windows import WINDOW_CHARS, windows
from . import extract_article

MAX_ARTICLE_CHARS = 4_000_000  # the per-article budget: beyond it (~8 MB of Cyrillic) an article is skipped


def extract_safely(article: Article) -> ArticleFacts | Skipped:
    """The article's facts, or why it is skipped: one broken or oversized article never stops a build."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        return Skipped(article.source, f"{len(article.text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an "
                                       "article may have; split it into articles (one per story) and build again")
    try:
        return extract_long_article(article)
    except KgError:
        raise
    except RecursionError as err:
        return Skipped(article.source, f"extraction failed (RecursionError: {err}); please report it")
    except Exception as err:  # one broken article never stops a build
        detail = " ".join(str(err).split())[:200]
        return Skipped(article.source, f"extraction failed ({type(err).__name__}: {detail}); please report it")


def extract_long_article(article: Article) -> ArticleFacts:
    """extract_article, in windows for a text longer than WINDOW_CHARS (kg/text/windows.py): the cost stays
    linear in the article's length; each window's facts keep their offsets in the whole text."""
    if len(article.text) <= WINDOW_CHARS:
        return extract_article(article)
    parts = [_shifted(extract_article(dataclasses.replace(article, text=article.text[start:end])), start)
             for start, end in windows(article.text)]
    new_actors = {a.key: a for part in reversed(parts) for a in part.new_actors}
    return ArticleFacts(
        article=article,
        mentions=tuple(sorted({m for part in parts for m in part.mentions})),
        meetings=tuple(m for part in parts for m in part.meetings),
        invitations=tuple(i for part in parts for i in part.invitations),
        treaties=tuple(t for part in parts for t in part.treaties),
        trade_facts=tuple(t for part in parts for t in part.trade_facts),
        new_actors=tuple(sorted(new_actors.values(), key=lambda a: a.key)))


def _shifted(value, offset: int):  # type: ignore[no-untyped-def]
    """`value` with the character offsets of its evidence and mentions moved by `offset`."""
    if isinstance(value, (Evidence, Mention)):
        return dataclasses.replace(value, start=value.start + offset, end=value.end + offset)
    if isinstance(value, tuple):
        return tuple(_shifted(v, offset) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, (Article, type)):
        changes = {f.name: _shifted(getattr(value, f.name), offset) for f in dataclasses.fields(value)
                   if isinstance(getattr(value, f.name), (tuple, Evidence, Mention)) or
                   dataclasses.is_dataclass(getattr(value, f.name))}
        return dataclasses.replace(value, **changes) if changes else value
    return value


def warm_up(langs: Iterable[str]) -> None:
    """Loads the gazetteer, lexicons and morphology once per process, before the first article."""
    from ..gazetteer import load_gazetteer
    from ..lexicon import load_lexicon
    from ..text.morph import lemmatizer

    gaz = load_gazetteer()
    for lang in langs:
        lemmatizer(lang)
        gaz.names(lang)
        gaz.adjectives(lang)
        _ = load_lexicon(lang).compiled
