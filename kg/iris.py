"""Deterministic IRIs from normalised keys: the same actor or event gets the same IRI everywhere."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

DEFAULT_BASE = "https://w3id.org/entente/id/"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def slug(text: str, limit: int = 60) -> str:
    """A readable, IRI-safe piece of a name: lowercase ASCII letters, digits and hyphens (computed once per
    name: a build mints the IRIs of the same actors, dates and keys over and over)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    return cleaned[:limit].strip("-") or "x"


def digest(*parts: object, size: int = 10) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:size]


class Iris:
    """Mints every IRI of a build under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def actor(self, key: str) -> str:
        if key.startswith("new:"):
            return f"{self.base}actor/new/{slug(key[4:])}-{digest(key, size=6)}"
        return f"{self.base}actor/{slug(key)}"

    def article(self, article_id: str) -> str:
        return f"{self.base}article/{slug(article_id)}-{digest(article_id, size=8)}"

    def fact(self, kind: str, key: tuple[object, ...]) -> str:
        readable = "-".join(slug(str(k), 24) for k in key[:3] if k)
        return f"{self.base}{kind}/{readable}-{digest(kind, *key)}"

    def evidence(self, article_id: str, start: int, end: int, extractor: str) -> str:
        return f"{self.base}evidence/{digest(article_id, size=8)}-{start}-{end}-{slug(extractor)}"

    def commodity(self, key: str) -> str:
        return f"{self.base}commodity/{slug(key)}"

    def conflict(self, fact_iri: str, prop: str) -> str:
        return f"{self.base}conflict/{digest(fact_iri, prop)}"

    def claim(self, fact_iri: str, source: str, index: int = 0) -> str:
        """One source's account of a fact: `source` is an article id, or the knowledge source's name."""
        tail = fact_iri[len(self.base):] if fact_iri.startswith(self.base) else digest(fact_iri)
        return f"{self.base}claim/{tail}/{slug(source, 40)}-{digest(source, index, size=6)}"

    def knowledge_source(self) -> str:
        """Entente's own knowledge (gazetteer and lexicons): the source of every value no article states."""
        return f"{self.base}source/entente-knowledge"

    def period(self, iso: str) -> str:
        return f"{self.base}period/{slug(iso.replace('..', '-to-'))}"

    @property
    def inferred_graph(self) -> str:
        return f"{self.base}graph/inferred"
