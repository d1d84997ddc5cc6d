"""The main job: articles in, a validated knowledge graph and its exports out.

ingest -> extract (per article, in parallel) -> resolve -> RDF -> validate -> export.
Outputs are written to a temporary folder first and moved into place only when all are written.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError
from .export import EXPORTERS
from .extract import extract_article
from .ingest import read_inputs
from .iris import DEFAULT_BASE, Iris
from .records import Article, ArticleFacts, Skipped
from .resolve import Resolution, resolve
from .validate import ValidationReport, validate_ntriples


@dataclass
class BuildReport:
    out: Path
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    quads: int = 0
    conflicts: int = 0
    validation: ValidationReport | None = None
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in the order run

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Adds the wall-clock time of the block to the stage's timing."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - started

    @property
    def seconds(self) -> float:
        return sum(self.timings.values())

    def summary(self) -> str:
        facts = ", ".join(f"{n} {k}" for k, n in sorted(self.facts.items()))
        lines = [f"built {self.articles} articles into {self.out} ({facts}; {self.quads} quads, "
                 f"{self.conflicts} conflicts)"]
        violations = self.validation.violations if self.validation else "not checked"
        lines.append(f"{self.articles} articles, {len(self.skipped)} skipped, {self.quads} triples, "
                     f"{violations} violations in {self.seconds:.1f} s")
        for s in self.skipped:
            lines.append(f"skipped {s.source}: {s.reason}")
        if self.validation:
            lines.append(self.validation.summary())
        return "\n".join(lines)


def _extract_safely(article: Article) -> ArticleFacts | Skipped:
    try:
        return extract_article(article)
    except KgError:
        raise
    except Exception as err:  # one broken article never stops a build
        return Skipped(article.source, f"extraction failed ({type(err).__name__}: {err}); please report it")


def extract_all(articles: list[Article], workers: int = 1,
                progress: Callable[[int], None] | None = None) -> list[ArticleFacts | Skipped]:
    """Extraction of every article; the result's order follows the input's, whatever the workers."""
    if workers <= 1 or len(articles) < 4:
        out = []
        for a in articles:
            out.append(_extract_safely(a))
            if progress:
                progress(1)
        return out
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        for r in pool.map(_extract_safely, articles, chunksize=max(1, len(articles) // (workers * 8))):
            results.append(r)
            if progress:
                progress(1)
        return results


def build(inputs: Iterable[Path], out: Path, workers: int = 1, base: str = DEFAULT_BASE,
          validate: bool = True, progress: Callable[[int], None] | None = None) -> BuildReport:
    report = BuildReport(out=Path(out))
    articles: dict[str, Article] = {}
    with report.timed("ingest"):
        for item in read_inputs(inputs):
            if isinstance(item, Skipped):
                report.skipped.append(item)
            elif item.id in articles:
                report.skipped.append(Skipped(item.source, f"duplicate article id {item.id!r} "
                                                           f"(first read from {articles[item.id].source})"))
            else:
                articles[item.id] = item
        ordered = [articles[k] for k in sorted(articles)]
    facts: list[ArticleFacts] = []
    with report.timed("extract"):
        for result in extract_all(ordered, workers, progress):
            if isinstance(result, Skipped):
                report.skipped.append(result)
            else:
                facts.append(result)
    report.articles = len(facts)
    write_outputs(facts, report, Iris(base), validate)
    return report


def write_outputs(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool) -> None:
    from .gazetteer import load_gazetteer
    from .rdf import QuadWriter

    with report.timed("merge"):
        gaz = load_gazetteer()
        resolution = resolve(facts, gaz, iris)
    with report.timed("rdf"):
        writer = QuadWriter(iris, resolution)
        context_quads = list(writer.context_quads(facts))
        merged_quads = list(writer.merged_quads())
        merged = sorted({str(q) for q in context_quads + merged_quads})
        per_article: dict[str, list[str]] = {}
        article_triples: dict[str, str] = {}
        for f in facts:
            quads = list(writer.article_quads(f))
            name = iris.article(f.article.id)
            per_article[name] = sorted({str(q) for q in quads})
            article_triples[name] = "".join(sorted({_triple(q) for q in quads}))
        lines = sorted(set(merged).union(*per_article.values()))
    report.quads = len(lines)
    report.conflicts = len(resolution.conflicts)
    report.facts = {kind: sum(1 for m in resolution.facts if m.kind == kind)
                    for kind in ("meeting", "invitation", "treaty", "trade")}
    out = report.out
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out))
    try:
        for name in sorted(EXPORTERS):
            with report.timed(f"export:{name}"):
                EXPORTERS[name](lines, staging)
        with report.timed("export:conflicts"):
            _write_conflicts(resolution, staging)
        if validate:
            with report.timed("shacl"):
                context = "".join(sorted({_triple(q) for q in context_quads}))
                article_report = validate_ntriples(article_triples, context=context)
                merged_report = validate_ntriples({"merged": "".join(line + " .\n" for line in merged)})
                report.validation = ValidationReport(
                    sorted(set(article_report.results + merged_report.results)),
                    article_report.graphs_checked + merged_report.graphs_checked)
            (staging / "validation.txt").write_text(report.validation.as_text(), encoding="utf-8")
            (staging / "validation.json").write_text(report.validation.as_json(), encoding="utf-8")
        for produced in sorted(staging.iterdir()):
            target = out / produced.name
            if produced.is_dir() and target.exists():
                shutil.rmtree(target)  # a folder export (neo4j/) is replaced whole
            os.replace(produced, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _triple(quad) -> str:  # type: ignore[no-untyped-def]
    return f"{quad.subject} {quad.predicate} {quad.object} .\n"


def _write_conflicts(resolution: Resolution, out: Path) -> None:
    rows = [{"fact": c.fact_iri, "property": c.prop,
             "claims": [{"article": a, "value": v, "quote": q} for a, v, q in c.claims]}
            for c in resolution.conflicts]
    (out / "conflicts.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
    lines = ["# Conflicts between sources", ""]
    if not rows:
        lines.append("No two sources disagree about a fact they share.")
    for c in resolution.conflicts:
        lines.append(f"## {c.prop} of <{c.fact_iri}>")
        lines.append("")
        for article, value, quote in c.claims:
            lines.append(f"- **{value}** — {article}: “{quote}”")
        lines.append("")
    (out / "conflicts.md").write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
