"""Files, folders and JSON Lines streams -> Article records (decoding, header date, language).

Unreadable inputs never stop a build: they come back as `Skipped` records naming the file,
the line where there is one, and the reason.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from .records import Article, Skipped
from .text.dates import estimate_published

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*\r?\n?[ \t]*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def read_inputs(paths: Iterable[Path]) -> Iterator[Article | Skipped]:
    """Yields an Article or a Skipped record for every article found under the given paths."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                yield from _read_file(file, file.relative_to(path).as_posix())
        elif path.is_file():
            yield from _read_file(path, path.name)
        else:
            yield Skipped(str(path), "no such file or folder")


def _read_file(path: Path, article_id: str) -> Iterator[Article | Skipped]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path, article_id)
    else:
        yield Skipped(str(path), f"not an article file (suffix {suffix!r}); expected .txt or .jsonl")


def read_text_file(path: Path, article_id: str | None = None) -> Article | Skipped:
    """Reads one text article, detecting its encoding and its optional ` date YYYY-MM-DD` header."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot be read ({err.strerror or err})")
    decoded = decode_bytes(raw)
    if isinstance(decoded, str) and not decoded.startswith("!"):
        return article_from_text(decoded, article_id or path.name, str(path))
    return Skipped(str(path), decoded[1:] if decoded else "empty file")


def decode_bytes(raw: bytes) -> str:
    """Returns the decoded text, or '!' followed by why it cannot be decoded."""
    if not raw.strip():
        return "!empty file"
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16")
    if b"\x00" in raw:
        return "!binary content (NUL bytes) and no UTF-16 byte-order mark; expected a text article"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _legacy_cyrillic(raw)
        if text is None:
            return "!not UTF-8, UTF-16, cp1251 or KOI8-R text; re-save the file as UTF-8"
    if _looks_binary(text):
        return "!binary content (control characters); expected a text article"
    return text


def _strict(raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        return f"!invalid {encoding} at byte {err.start}; re-save the file as UTF-8"
    return text if text.strip() else "!empty file"


def _legacy_cyrillic(raw: bytes) -> str | None:
    """Picks cp1251 or KOI8 by which gives text that reads like prose (mostly lowercase Cyrillic)."""
    best, best_score = None, -1.0
    for encoding in ("cp1251", "koi8_u"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
        if not letters:
            continue
        score = sum(ch.islower() for ch in letters) / len(letters)
        if score > best_score:
            best, best_score = text, score
    return best


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > max(2, len(text) // 100)


def article_from_text(text: str, article_id: str, source: str, published: date | None = None,
                      lang: str | None = None, url: str | None = None,
                      title: str | None = None) -> Article | Skipped:
    """Builds an Article: strips the date header, normalises newlines, detects the language."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    header = _HEADER.match(text)
    if header:
        try:
            published = published or date(*map(int, header.groups()))
        except ValueError:
            return Skipped(source, f"bad date header {header.group(0).strip()!r}; expected ' date YYYY-MM-DD'")
        text = text[header.end():]
    if not text.strip():
        return Skipped(source, "no text after the date header")
    detected = lang or detect_language(text)
    if detected not in ("ru", "uk", "en"):
        return Skipped(source, f"language {detected!r} is not supported; Entente reads ru, uk and en")
    article = Article(id=article_id, text=text, lang=detected, published=published, source=source,
                      url=url, title=title)
    if published is None:
        # no date given: the one the text suggests (dateline, latest full date) is kept apart, as an estimate
        from .text.document import Document

        article = replace(article, published_estimate=estimate_published(Document(article)))
    return article


def detect_language(text: str) -> str:
    """ru, uk or en from the script and the letters only one of the Cyrillic languages has."""
    sample = text[:20000]
    cyr, lat = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if cyr == 0 and lat == 0:
        return "unknown"
    if lat > cyr:
        return "en"
    uk, ru = len(_UK_LETTERS.findall(sample)), len(_RU_LETTERS.findall(sample))
    return "uk" if uk > ru else "ru"


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """One article per line: `text`, optional `id`, `url`, `title`, `published`, `lang`."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Skipped(str(path), f"cannot be read ({err.strerror or err})")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                yield Skipped(source, f"not a JSON object ({err}); expected one article per line")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield Skipped(source, "no 'text' string; expected {\"text\": ..., \"id\": ...}")
                continue
            published = None
            if record.get("published"):
                try:
                    published = date.fromisoformat(str(record["published"])[:10])
                except ValueError:
                    yield Skipped(source, f"bad 'published' {record['published']!r}; expected YYYY-MM-DD")
                    continue
            article_id = str(record.get("id") or f"{path.stem}-{number}")
            lang = record.get("lang")
            yield article_from_text(record["text"], article_id, source, published,
                                    lang if lang in ("ru", "uk", "en") else None,
                                    record.get("url"), record.get("title"))
