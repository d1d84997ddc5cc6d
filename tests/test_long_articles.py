"""Long articles cost time linear in their length: windows, a cap on sentence length, a per-article budget."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_article
from kg.extract import worker as worker_module
from kg.extract.worker import extract_long_article, extract_safely
from kg.ingest import article_from_text
from kg.records import Article, Skipped
from kg.text.document import MAX_SENTENCE_TOKENS, Document
from kg.text.windows import WINDOW_CHARS, windows

MEETING = {
    "en": "Vladimir Putin held talks with Xi Jinping in Moscow on 5 May 2025.",
    "ru": "Владимир Путин провёл переговоры с Си Цзиньпином в Москве 5 мая 2025 года.",
    "uk": "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном 3 березня 2025 року.",
}
FILLER = {
    "en": "The ministers discussed the weather and other matters of no consequence for anyone.",
    "ru": "Министры обсудили погоду и другие вопросы, не имеющие значения ни для кого.",
    "uk": "Міністри обговорили погоду та інші питання, що не мають значення ні для кого.",
}


def _article(text: str, lang: str) -> Article:
    made = article_from_text(text, "long.txt", "long.txt", date(2025, 6, 1), lang)
    assert isinstance(made, Article)
    return made


def test_windows_cover_the_text_and_are_cut_at_paragraph_breaks() -> None:
    text = "\n\n".join(f"Paragraph {i}. " + "word " * 200 for i in range(100))
    spans = windows(text, 4000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end - start <= 4000 for start, end in spans)
    assert all(text[end:next_start].strip() == "" for (_, end), (next_start, _) in zip(spans, spans[1:]))
    assert all(text[start:].startswith("Paragraph") for start, _ in spans)


def test_a_text_without_breaks_is_still_cut_into_windows() -> None:
    text = "x" * 10_000
    assert windows(text, 4000) == [(0, 4000), (4000, 8000), (8000, 10_000)]


def test_a_short_text_is_one_window() -> None:
    assert windows("short text", 4000) == [(0, 10)]


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_sentence_beyond_the_cap_is_cut_after_a_comma(lang: str) -> None:
    words = ["слово" if lang != "en" else "word"] * (MAX_SENTENCE_TOKENS * 2 + 10)
    words[MAX_SENTENCE_TOKENS - 10] += ","
    doc = Document(_article(" ".join(words), lang))
    assert [s.last - s.first for s in doc.sentences][0] == MAX_SENTENCE_TOKENS - 9
    assert all(s.last - s.first <= MAX_SENTENCE_TOKENS for s in doc.sentences)
    assert all(doc.article.text[s.start:s.end] == s.text for s in doc.sentences)


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_sentence_under_the_cap_is_left_whole(lang: str) -> None:
    text = " ".join([FILLER[lang].rstrip(".")] * 6) + "."
    doc = Document(_article(text, lang))
    assert len(doc.sentences) == 1 and doc.sentences[0].text == text


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_meeting_told_deep_in_a_long_article_keeps_its_offsets_in_the_whole_text(lang: str) -> None:
    paragraphs = [FILLER[lang]] * (3 * WINDOW_CHARS // len(FILLER[lang]))
    paragraphs[len(paragraphs) * 3 // 4] = MEETING[lang]
    article = _article("\n\n".join(paragraphs), lang)
    facts = extract_long_article(article)
    assert len(article.text) > 2 * WINDOW_CHARS
    [meeting] = facts.meetings
    [evidence] = meeting.evidence
    assert evidence.start > 2 * WINDOW_CHARS
    assert article.text[evidence.start:evidence.end] == evidence.quote == MEETING[lang]
    assert all(article.text[m.start:m.end] == m.surface for m in facts.mentions)


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_an_article_of_ordinary_length_is_extracted_as_before(lang: str) -> None:
    article = _article("\n\n".join([MEETING[lang], FILLER[lang]] * 5), lang)
    assert extract_long_article(article) == extract_article(article)


def test_an_article_beyond_the_budget_is_named_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_module, "MAX_ARTICLE_CHARS", 1000)
    result = extract_safely(_article(MEETING["en"] * 20, "en"))
    assert isinstance(result, Skipped)
    assert result.source == "long.txt" and "split it" in result.reason


def test_a_file_beyond_the_budget_is_not_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from kg import ingest

    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    (tmp_path / "big.txt").write_text(MEETING["en"] * 5, encoding="utf-8")
    (tmp_path / "big.jsonl").write_text('{"text": "' + MEETING["en"] * 5 + '"}\n{"text": "ok"}\n', encoding="utf-8")
    items = list(ingest.read_inputs([tmp_path]))
    skipped = {s.source.rsplit("/", 1)[-1]: s.reason for s in items if isinstance(s, Skipped)}
    assert "more than" in skipped["big.txt"] and "more than" in skipped["big.jsonl:1"]
