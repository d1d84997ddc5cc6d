"""Properties that hold for any text: extraction never fails, evidence quotes are exact slices, IRIs are
deterministic and safe."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract_article
from kg.ingest import article_from_text
from kg.iris import Iris, slug
from kg.records import Article

WORDS = ["Путин", "Си", "Цзиньпин", "провели", "переговоры", "по", "видеосвязи", "8", "февраля", "2024", "года",
         "Путін", "розмова", "тривала", "1", "годину", "35", "хвилин", "$220", "мільярдів", "Moscow", "met",
         "Modi", "invited", "to", "visit", "China", "in", "the", "first", "half", "of", "2026", ".", ",", "—",
         "не", "пригласил", "ДСНВ", "New", "START", "нефть", "упала", "на", "9%", "\n"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.sampled_from(["ru", "uk", "en"]),
       st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))))
def test_extraction_never_fails_and_quotes_are_exact_slices(words, lang, published):
    made = article_from_text(" ".join(words), "p.txt", "p.txt", published, lang)
    if not isinstance(made, Article):
        return
    facts = extract_article(made)
    for fact in (*facts.meetings, *facts.invitations, *facts.treaties, *facts.trade_facts):
        for ev in fact.evidence:
            assert made.text[ev.start:ev.end] == ev.quote
    for m in facts.mentions:
        assert made.text[m.start:m.end] == m.surface


@given(st.text(max_size=80))
def test_slug_is_iri_safe_and_stable(text):
    s = slug(text)
    assert s and all(c.isascii() and (c.isalnum() or c == "-") for c in s)
    assert slug(text) == s


@given(st.text(min_size=1, max_size=60))
def test_article_iri_is_deterministic_and_distinct_for_distinct_ids(article_id):
    iris = Iris()
    assert iris.article(article_id) == iris.article(article_id)
    assert iris.article(article_id) != iris.article(article_id + "x")
