"""Files, folders and JSON Lines streams -> Article records (decoding, header date, language).

Unreadable inputs never stop a build: they come back as `Skipped` records naming the file,
the line where there is one, and the reason.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .records import Article, Skipped
from .text.dates import estimate_published

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_ARTICLE_BYTES = 16_000_000  # a file or JSON line beyond it is not read (kg/build.py's budget is 4M characters)
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*\r?\n?[ \t]*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")
# Line and paragraph separators that are not "\n" (scraped web text and Word exports carry them), and the other
# control characters, one for one, so that every offset into the stored text is an offset into the cleaned text.
_LINE_BREAKS = "\u2028\u2029\x85\x0b\x0c"
_CLEAN = {**{c: " " for c in [*range(0x00, 0x09), *range(0x0e, 0x20), *range(0x7f, 0xa0)]},
          **{ord(c): "\n" for c in _LINE_BREAKS}, 0xFFFE: "\ufffd", 0xFFFF: "\ufffd"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_inputs(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> Iterator[Article | Skipped]:
    """Yields an Article or a Skipped record for every article found under the given paths.

    Folders are read recursively (hidden entries left out); folders in `exclude` (the build's output) are not
    read. Whatever is not a regular file or folder (a dangling symlink, a link loop, a FIFO, a device) is
    named in a Skipped record rather than opened: reading a FIFO would wait forever."""
    excluded = {_identity(Path(p)) for p in exclude} - {None}
    for path in paths:
        path = Path(path)
        special = _special(path)
        if special:
            yield Skipped(str(path), special)
        elif path.is_dir():
            if _identity(path) in excluded:
                yield Skipped(str(path), "is the output folder of this build; give the folder of the articles")
                continue
            found: list[tuple[Path, Path | Skipped]] = []
            _walk(path, Path(), excluded, {_identity(path)}, found)
            for relative, item in sorted(found, key=lambda pair: pair[0]):
                if isinstance(item, Skipped):
                    yield item
                else:
                    yield from _read_file(item, relative.as_posix())
        else:
            yield from _read_file(path, path.name)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _special(path: Path) -> str | None:
    """Why `path` is not a file or folder that can be read, or None when it is one."""
    import stat

    try:
        st = path.stat()
    except OSError as err:
        if path.is_symlink():
            if getattr(err, "errno", None) == 40:  # ELOOP
                return "a symbolic link that points at itself (a loop); skipped"
            return "a dangling symbolic link (its target does not exist); skipped"
        if getattr(err, "errno", None) == 2:  # ENOENT
            return "no such file or folder"
        return f"cannot be read ({err.strerror or err})"
    if stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
            else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file")
    return f"{kind}, not an article file; skipped"


def _walk(folder: Path, relative: Path, excluded: set[tuple[int, int] | None], seen: set[tuple[int, int] | None],
          found: list[tuple[Path, Path | Skipped]]) -> None:
    try:
        entries = sorted(folder.iterdir())
    except OSError as err:
        found.append((relative, Skipped(str(folder), f"cannot be listed ({err.strerror or err})")))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = relative / entry.name
        special = _special(entry)
        if special:
            found.append((rel, Skipped(str(entry), special)))
        elif entry.is_dir():
            identity = _identity(entry)
            if identity in excluded:
                continue  # the output folder inside the input folder: its exports are not articles
            if (entry / ".kg-facts").is_dir():
                found.append((rel, Skipped(str(entry), "the output folder of another Entente build (its exports "
                                                       "are not articles); skipped")))
                continue
            if identity in seen:
                found.append((rel, Skipped(str(entry), "a symbolic link back to a folder already being read "
                                                       "(a loop); skipped")))
                continue
            _walk(entry, rel, excluded, seen | {identity}, found)
        else:
            found.append((rel, entry))


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
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return Skipped(str(path), f"{size:,} bytes, more than the {MAX_ARTICLE_BYTES:,} an article may have; "
                                      "split it into articles (one per story) and build again")
        raw = path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot be read ({err.strerror or err})")
    decoded = decode_bytes(raw)
    if isinstance(decoded, Undecodable):
        return Skipped(str(path), decoded.reason)
    return article_from_text(decoded, article_id or path.name, str(path))


@dataclass(frozen=True)
class Undecodable:
    """Why a file's bytes are not a text article. Kept apart from the text, which may begin with any character
    (a Markdown image's exclamation mark included)."""
    reason: str


def decode_bytes(raw: bytes) -> str | Undecodable:
    """Returns the decoded text, or why it cannot be decoded."""
    if not raw.strip():
        return Undecodable("empty file")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16")
    if b"\x00" in raw:
        return Undecodable("binary content (NUL bytes) and no UTF-16 byte-order mark; expected a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _legacy_cyrillic(raw)
        if text is None:
            return Undecodable("not UTF-8, UTF-16, cp1251 or KOI8-R text; re-save the file as UTF-8")
    if _looks_binary(text):
        return Undecodable("binary content (control characters); expected a text article")
    return text


def _strict(raw: bytes, encoding: str) -> str | Undecodable:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        return Undecodable(f"invalid {encoding} at byte {err.start}; re-save the file as UTF-8")
    return text if text.strip() else Undecodable("empty file")


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


def clean_text(text: str, keep_newlines: bool = True) -> str:
    """`text` as Entente stores it: CRLF and CR become "\\n", other line breaks (U+2028, U+2029, NEL, VT, FF)
    "\\n" (or a space with `keep_newlines=False`), other control characters a space, lone surrogates and
    non-characters U+FFFD. The only place input text is normalised; every field of an Article goes through it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATE.search(text):  # a pair kept as two code units becomes one character; a lone half U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = text.translate(_CLEAN)
    return text if keep_newlines else text.replace("\n", " ")


def article_from_text(text: str, article_id: str, source: str, published: date | None = None,
                      lang: str | None = None, url: str | None = None,
                      title: str | None = None) -> Article | Skipped:
    """Builds an Article: strips the date header, normalises newlines, detects the language."""
    text = clean_text(text.lstrip("\ufeff"))
    article_id, source = clean_text(article_id, keep_newlines=False), clean_text(source, keep_newlines=False)
    url = clean_text(url, keep_newlines=False) if url is not None else None
    title = clean_text(title) if title is not None else None
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


def _cyrillic_lead(sample: str, cyr: int, lat: int) -> bool:
    """Whether the first paragraph of some length is Cyrillic and Cyrillic still holds a quarter of the text's letters:
    a Ukrainian or Russian story quoting an English post or statement at length keeps its own language. Not the other
    way round: a Cyrillic story often opens with an agency's English photo caption."""
    for paragraph in sample.split("\n"):
        c, la = len(_CYRILLIC.findall(paragraph)), len(_LATIN.findall(paragraph))
        if c + la >= _LEAD_LETTERS:
            return c >= 0.9 * (c + la) and 4 * cyr >= cyr + lat
    return False


_LEAD_LETTERS = 40  # a paragraph shorter than this (a dateline, a byline) does not tell the article's language


def detect_language(text: str) -> str:
    """ru, uk or en from the script and the letters only one of the Cyrillic languages has."""
    sample = text[:20000]
    cyr, lat = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if cyr == 0 and lat == 0:
        return "unknown"
    if lat > cyr and not _cyrillic_lead(sample, cyr, lat):
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
        number = 0
        while True:
            raw = handle.readline(MAX_ARTICLE_BYTES + 1)
            if not raw:
                break
            number += 1
            source = f"{path}:{number}"
            if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # the rest of the line, never held whole
                    raw = handle.readline(1 << 20)
                yield Skipped(source, f"a line of more than {MAX_ARTICLE_BYTES:,} bytes; split the article")
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except RecursionError:
                yield Skipped(source, "JSON nested too deeply to read; expected one flat article object per line")
                continue
            except (UnicodeDecodeError, ValueError) as err:
                yield Skipped(source, f"not a JSON object ({str(err)[:200]}); expected one article per line")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield Skipped(source, "no 'text' string; expected {\"text\": ..., \"id\": ...}")
                continue
            wrong = _wrong_field(record)
            if wrong:
                yield Skipped(source, wrong)
                continue
            published = None
            if record.get("published"):
                try:
                    published = date.fromisoformat(str(record["published"])[:10])
                except ValueError:
                    yield Skipped(source, f"bad 'published' {str(record['published'])[:40]!r}; expected YYYY-MM-DD")
                    continue
            article_id = str(record.get("id") or f"{path.stem}-{number}")
            lang = record.get("lang")
            yield article_from_text(record["text"], article_id, source, published,
                                    lang if lang in ("ru", "uk", "en") else None,
                                    record.get("url"), record.get("title"))


_FIELD_TYPES = {"id": (str, int), "url": (str,), "title": (str,), "published": (str,), "lang": (str,)}
_JSON_TYPE = {dict: "an object", list: "a list", int: "a number", float: "a number", bool: "true or false",
              str: "a string"}


def _wrong_field(record: dict[str, object]) -> str | None:
    """Why an optional field of a JSON Lines article has a type Entente cannot use, or None."""
    for name, types in _FIELD_TYPES.items():
        value = record.get(name)
        if value is None or (isinstance(value, types) and not isinstance(value, bool)):
            continue
        expected = " or ".join(_JSON_TYPE[t] for t in types)
        return f"field {name!r} is {_JSON_TYPE.get(type(value), type(value).__name__)}; expected {expected}"
    return None
