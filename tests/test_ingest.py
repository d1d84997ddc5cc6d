"""Ingest: encodings detected, header dates read, languages told apart, bad inputs named and skipped."""
from __future__ import annotations

import json
from datetime import date

import pytest

from kg.extract import extract_article
from kg.ingest import article_from_text, detect_language, read_inputs
from kg.records import Article, Skipped

RU = "Президент России провёл переговоры с председателем КНР. Стороны обсудили торговлю."


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1251", b""), ("koi8_r", b""),
])
def test_text_is_decoded_whatever_its_encoding(tmp_path, encoding, prefix):
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + RU.encode(encoding))
    (item,) = read_inputs([path])
    assert isinstance(item, Article) and item.text == RU and item.lang == "ru"


def test_date_header_gives_the_publication_date_and_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2026-02-03 " + RU, encoding="utf-8")
    (item,) = read_inputs([path])
    assert item.published == date(2026, 2, 3) and item.text == RU


def test_wire_dateline_gives_an_estimated_publication_date_not_a_given_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Пекин, 8 февраля, 2024, 13:13 — ИА Регнум. " + RU, encoding="utf-8")
    (item,) = read_inputs([path])
    assert item.published is None and item.published_estimate == date(2024, 2, 8)


@pytest.mark.parametrize("text,lang", [
    (RU, "ru"),
    ("Президент України провів переговори з головою КНР. Сторони обговорили торгівлю.", "uk"),
    ("The president of Russia held talks with the Chinese leader.", "en"),
])
def test_language_is_detected(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
])
def test_unreadable_file_is_skipped_with_its_path_and_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = read_inputs([path])
    assert isinstance(item, Skipped) and item.source == str(path) and reason in item.reason


@pytest.mark.parametrize("text", [
    "![](photo.jpg) |\nThe two ministers met in Hanoi on Monday.\n",
    "!Breaking: the presidents spoke by phone.\n",
    "\ufeff![]() Президенты провели переговоры.\n",
])
def test_text_beginning_with_an_exclamation_mark_is_an_article(tmp_path, text):
    path = tmp_path / "scraped.txt"
    path.write_text(text, encoding="utf-8")
    (item,) = read_inputs([path])
    assert isinstance(item, Article) and item.text == text.lstrip("\ufeff")


def test_jsonl_reads_each_line_and_names_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": RU, "published": "2024-02-08"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "three"}),
        json.dumps({"text": "The leaders met in Beijing.", "lang": "en"}),
    ]), encoding="utf-8")
    items = list(read_inputs([path]))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [a.id for a in articles] == ["one", "feed-4"]
    assert articles[0].published == date(2024, 2, 8)
    assert sorted(s.source for s in skipped) == [f"{path}:2", f"{path}:3"]


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    assert [i.id for i in read_inputs([tmp_path])] == ["a.txt", "b/z.txt"]


_ENGLISH_POST = ("I had a long and useful call with my friend the Prime Minister and we agreed to meet soon in "
                 "person. Our shared security and the energy market were discussed in detail, as was the summit.")


# (language, text) a Cyrillic lead followed by a longer English quotation
QUOTED_ENGLISH = [
    ("uk", "Президент Литви провів розмову з прем'єр-міністром Польщі.\n\nВін написав у соцмережі, що "
     "розмова була тривалою:\n\n" + _ENGLISH_POST),
    ("ru", "Президент Литвы провёл разговор с премьер-министром Польши.\n\nОн написал в соцсети, что "
     "разговор был долгим:\n\n" + _ENGLISH_POST),
]


@pytest.mark.parametrize("lang,text", QUOTED_ENGLISH)
def test_a_cyrillic_story_quoting_english_keeps_its_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


# (language, text): the near misses
NOT_CYRILLIC_BY_LEAD = [
    ("uk", "KYIV, UKRAINE - MAY 9: The Prime Minister of Poland waits to greet delegates at the summit in Kyiv, "
     "Ukraine. (Photo by Staff)\n9 травня до Києва прибув прем'єр Польщі. Про це пише агенція. За його "
     "словами, мета візиту – зміцнення економічних зв'язків і підготовка нової угоди між урядами двох країн."),
    ("en", _ENGLISH_POST + "\nМосква, 9 мая."),
    ("en", "Москва. " + _ENGLISH_POST),  # a short Cyrillic dateline does not make the lead
]


@pytest.mark.parametrize("lang,text", NOT_CYRILLIC_BY_LEAD)
def test_a_caption_or_a_dateline_does_not_change_the_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_the_leader_named_in_a_story_quoting_english_is_found() -> None:
    text = ("Президент Володимир Зеленський провів розмову із прем'єр-міністром Угорщини Віктором Орбаном.\n\n"
            "Він повідомив про це в соцмережі:\n\n" + _ENGLISH_POST)
    made = article_from_text(text, "t.txt", "t.txt", date(2024, 5, 8))
    assert isinstance(made, Article) and made.lang == "uk"
    assert "viktor-orban" in {m.actor for m in extract_article(made).mentions}


QUOTING_ENGLISH = [
    ("uk", "Президент провів розмову з прем'єром Угорщини. Він запросив його на саміт у Швейцарії.\n\n"
           "Had a long and useful call with the Prime Minister of Hungary and invited him to the summit in "
           "Switzerland. His country's position matters to all of us in bringing a just and lasting peace closer."),
    ("ru", "Президент провел разговор с премьером Венгрии и пригласил его на саммит.\n\n"
           "Had a long and useful call with the Prime Minister of Hungary and invited him to the summit in "
           "Switzerland. His country's position matters to all of us in bringing a just and lasting peace closer."),
    ("en", "Had a long and useful call with the Prime Minister of Hungary and invited him to the summit. "
           "Президент провел разговор."),
]


@pytest.mark.parametrize("lang,text", QUOTING_ENGLISH)
def test_a_cyrillic_report_quoting_a_longer_english_post_keeps_its_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang
