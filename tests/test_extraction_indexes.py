"""The per-document indexes that make extraction fast answer exactly what the plain scans answer."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def _document(path: Path):  # type: ignore[no-untyped-def]
    from kg.ingest import read_inputs
    from kg.records import Article
    from kg.text.document import Document

    article = next(a for a in read_inputs([path]) if isinstance(a, Article))
    return Document(article)


def _ranges(doc):  # type: ignore[no-untyped-def]
    """Whole sentences, their halves, and ranges that cut through a phrase, as the extractors ask."""
    for s in doc.sentences:
        middle = (s.first + s.last) // 2
        yield s.first, s.last
        yield s.first, middle
        yield middle, s.last
        yield max(0, s.first - 1), min(len(doc.lemmas), s.first + 2)
    yield 0, len(doc.lemmas)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_indexed_phrase_matches_equal_a_scan_of_the_range(path: Path) -> None:
    doc = _document(path)
    comp = doc.lexicon.compiled
    sets = [v for v in vars(comp).values() if hasattr(v, "matches")]
    sets += [doc.lexicon.phrases(k) for k in ("host_words", "joined_meeting", "ministry_words")]
    assert len(doc.lemmas) >= 32, "the example must be long enough to be indexed"
    for ps in sets:
        for capitalised in (None, doc.capitalised):
            for start, end in _ranges(doc):
                assert ps.matches(doc.lemmas, capitalised, start, end) == \
                    ps._matches(doc.lemmas, capitalised, start, end)
                assert ps.longest(doc.lemmas, capitalised, start, end) == \
                    ps._longest(doc.lemmas, capitalised, start, end)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_table_values_equal_a_lookup_of_each_token(path: Path) -> None:
    doc = _document(path)
    for key in ("months", "ordinals", "number_words", "money_scale", "currency", "duration_units", "weekdays"):
        table = doc.lexicon.lemma_table(key)
        for index in range(-1, len(doc.tokens) + 1):
            hits = [lemma for lemma in doc.lemmas[index] if lemma in table] if 0 <= index < len(doc.tokens) else []
            assert doc.table_value(key, index) == (table[min(hits)] if hits else None)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_clause_bounds_equal_a_token_by_token_search(path: Path) -> None:
    from kg.extract.actors import find_mentions
    from kg.extract.context import ArticleContext
    from kg.gazetteer import load_gazetteer

    doc = _document(path)
    gaz = load_gazetteer()
    ctx = ArticleContext(doc, gaz, find_mentions(doc, gaz)[0])
    for s in doc.sentences:
        for index in range(s.first, s.last):
            first = next((j for j in range(index, s.first, -1) if ctx._boundary(j)), s.first)
            last = next((j for j in range(index + 1, s.last) if ctx._boundary(j)), s.last)
            assert ctx.clause(s, index) == (first, last)


TIMES_TOLD = [
    ("ru", "Товарооборот за девять месяцев 2024 года вырос. Десять дней назад министры встретились, а месяц назад "
           "созвонились. В первом полугодии этого года и в прошлом месяце поставки росли."),
    ("uk", "Товарообіг за дев'ять місяців 2024 року зріс. Два тижні тому міністри зустрілися, а рік тому говорили "
           "телефоном. У другому кварталі та наступного року поставки зростуть."),
    ("en", "Trade in the first nine months of this year grew. Two weeks ago the ministers met, and last month they "
           "spoke by phone. In the second quarter of 2025 and next year supplies will rise."),
]


@pytest.mark.parametrize(("lang", "text"), TIMES_TOLD, ids=[lang for lang, _ in TIMES_TOLD])
def test_the_date_finder_visiting_its_start_tokens_equals_visiting_every_token(
        lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new kind of date whose first word is not among the start tokens would be silently skipped."""
    from datetime import date

    from kg.ingest import article_from_text
    from kg.text import dates
    from kg.text.document import Document

    doc = Document(article_from_text(text, "t.txt", "t.txt", date(2025, 3, 14), lang))  # type: ignore[arg-type]
    ref = date(2025, 3, 14)
    indexed = [dates._find_times(doc, s.first, s.last, ref) for s in doc.sentences]
    assert any(indexed), "the text must tell times"
    monkeypatch.setattr(dates, "_date_starts", lambda d, first, last: list(range(first, last)))
    assert [dates._find_times(doc, s.first, s.last, ref) for s in doc.sentences] == indexed
