"""Extracted facts of each article, kept beside a build so that `kg build NEW --into OUT` adds
articles without re-extracting the old ones (and gives exactly the files a full rebuild gives)."""
from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from . import records
from .errors import KgError
from .records import ArticleFacts

CACHE_DIR = ".kg-facts"
FORMAT_VERSION = 1


def _encode(value: Any) -> Any:
    names = _field_names(type(value))
    if names is not None:
        return {name: _encode(getattr(value, name)) for name in names}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache  # asked for every value of every fact: dataclasses.fields() rebuilds its tuple at each call
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass, in order; None for any other type."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            try:
                return _decode(arg, value)
            except (TypeError, ValueError, KeyError):
                continue
        raise TypeError(f"cannot decode {value!r} as {tp}")
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value))
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"{tp.__name__} expects an object")
        hints = typing.get_type_hints(tp, vars(records))
        return tp(**{f.name: _decode(hints[f.name], value[f.name]) for f in dataclasses.fields(tp)
                     if f.name in value})
    if tp is date:
        return date.fromisoformat(value)
    if tp is float:
        return float(value)
    if tp in (int, str, bool) and not isinstance(value, tp):
        raise TypeError(f"{value!r} is not {tp.__name__}")
    return value


def payload(facts: ArticleFacts) -> str:
    """The cache file's text for one article."""
    return json.dumps({"version": FORMAT_VERSION, "facts": _encode(facts)}, ensure_ascii=False, sort_keys=True,
                      allow_nan=False)


def read_payload(text: str) -> ArticleFacts:
    """The facts of one article from its cache file's text (raises ValueError, TypeError or KeyError)."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ValueError("written by another version")
    decoded = _decode(ArticleFacts, data["facts"])
    if not isinstance(decoded, ArticleFacts):
        raise TypeError("not an article's facts")
    return decoded


def save(facts: list[ArticleFacts], out: Path, payloads: Iterable[tuple[str, str]] = (),
         complete: bool = False) -> None:
    """Writes one JSON file per article (atomically) into OUT/.kg-facts/; `payloads` (article id, cache text),
    read from the build's shards, are written as they are, the other articles' texts are made here from
    `facts` — unless `complete` says the payloads hold every article (`facts` are then compact: their text
    would not be the article's; a missing payload is an error)."""
    folder = out / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {f.article.id for f in facts}
    keep = set()

    def put(article_id: str, text: str) -> None:
        name = _file_name(article_id)
        keep.add(name)
        tmp = folder / (name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, folder / name)

    written = set()
    for article_id, text in payloads:
        if article_id in wanted and article_id not in written:
            put(article_id, text)
            written.add(article_id)
    for f in facts:
        if f.article.id not in written:
            if complete:
                raise RuntimeError(f"no stored facts for article {f.article.id!r}")
            put(f.article.id, payload(f))
    for stale in folder.glob("*.json"):
        if stale.name not in keep:
            stale.unlink()


def texts(out: Path, article_ids: Iterable[str]) -> Iterable[tuple[str, str]]:
    """(article id, cache text) of the articles of the earlier build in OUT, as its cache files hold them."""
    folder = out / CACHE_DIR
    for article_id in article_ids:
        yield article_id, (folder / _file_name(article_id)).read_text(encoding="utf-8")


def load(out: Path) -> list[ArticleFacts]:
    folder = out / CACHE_DIR
    if not folder.is_dir():
        raise KgError(f"{out} holds no earlier build to add to (no {CACHE_DIR}/ folder)",
                      hint=f"build it once with: kg build ARTICLES -o {out}")
    facts = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
            raise _damaged(out, path, f"cannot be read ({type(err).__name__}: {str(err)[:120]})") from err
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise KgError(f"{path} was written by another version of Entente",
                          hint=f"rebuild {out} from all its articles: kg build ARTICLES -o {out}")
        try:
            decoded = _decode(ArticleFacts, data["facts"])
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as err:
            raise _damaged(out, path, f"does not hold an article's facts ({type(err).__name__}: "
                                      f"{str(err)[:120]})") from err
        if not isinstance(decoded, ArticleFacts) or not isinstance(decoded.article, records.Article) \
                or not isinstance(decoded.article.id, str) or _file_name(decoded.article.id) != path.name:
            raise _damaged(out, path, "does not hold the facts of the article its name says")
        facts.append(decoded)
    return facts


def _damaged(out: Path, path: Path, problem: str) -> KgError:
    return KgError(f"the cache of the earlier build is damaged: {path} {problem}",
                   hint=f"rebuild {out} from all its articles (kg build ARTICLES -o {out}); "
                        f"--into needs the cache {CACHE_DIR}/ the build wrote")


def _file_name(article_id: str) -> str:
    from .iris import digest, slug

    return f"{slug(article_id, 40)}-{digest(article_id, size=12)}.json"
