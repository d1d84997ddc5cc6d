"""The main job: articles in, a validated knowledge graph and its exports out.

ingest -> extract (per article, in parallel) -> resolve -> RDF -> validate -> export.
Outputs are written to a temporary folder first and moved into place only when all are written.
"""
from __future__ import annotations

import multiprocessing
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
from .export import EXPORTERS, release_shared_views
from .extract import extract_article
from .ingest import read_inputs
from .iris import DEFAULT_BASE, Iris
from .reason import ReasoningReport
from .records import Article, ArticleFacts, Skipped
from .resolve import resolve
from .validate import ValidationReport, validate_dataset


@dataclass
class BuildReport:
    out: Path
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    quads: int = 0
    conflicts: int = 0
    validation: ValidationReport | None = None
    reasoning: ReasoningReport | None = None  # with reason=True
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
        if self.reasoning:
            lines.append(self.reasoning.summary())
        return "\n".join(lines)


def _extract_safely(article: Article) -> ArticleFacts | Skipped:
    try:
        return extract_article(article)
    except KgError:
        raise
    except Exception as err:  # one broken article never stops a build
        return Skipped(article.source, f"extraction failed ({type(err).__name__}: {err}); please report it")


def warm_up(langs: Iterable[str]) -> None:
    """Loads the gazetteer, lexicons and morphology once per process, before the first article."""
    from .gazetteer import load_gazetteer
    from .lexicon import load_lexicon
    from .text.morph import lemmatizer

    gaz = load_gazetteer()
    for lang in langs:
        lemmatizer(lang)
        gaz.names(lang)
        gaz.adjectives(lang)
        _ = load_lexicon(lang).compiled


def extract_all(articles: list[Article], workers: int | None = None,
                progress: Callable[[int], None] | None = None,
                dask: str | None = None) -> list[ArticleFacts | Skipped]:
    """Extraction of every article; the result's order follows the input's, whatever the workers.
    `workers` None means one process per core; `dask` is a scheduler address (tcp://HOST:PORT)."""
    begin = getattr(progress, "begin", None)
    if begin is not None:
        begin(len(articles))
    if dask:
        from .distributed import extract_on_dask

        return extract_on_dask(articles, dask, progress)
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers <= 1 or len(articles) < 4:
        out = []
        for a in articles:
            out.append(_extract_safely(a))
            if progress:
                progress(1)
        return out
    langs = sorted({a.lang for a in articles})
    if multiprocessing.get_start_method() == "fork":
        warm_up(langs)  # forked workers inherit the loaded dictionaries (shared, copy-on-write)
    workers = min(workers, len(articles))
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up, initargs=(langs,)) as pool:
        results = []
        for r in pool.map(_extract_safely, articles, chunksize=max(1, min(256, len(articles) // (workers * 8)))):
            results.append(r)
            if progress:
                progress(1)
        return results


FAST_SHACL_FROM_ARTICLES = 1000  # pyshacl checks ~1,400 triples/s; the compiled engine ~25,000 (bench/)


def build(inputs: Iterable[Path], out: Path, workers: int | None = None, base: str = DEFAULT_BASE,
          validate: bool = True, progress: Callable[[int], None] | None = None,
          into: bool = False, reason: bool = False, dask: str | None = None,
          shacl_engine: str = "auto") -> BuildReport:
    """Builds the graph of the articles under `inputs` into `out`; with `into`, adds them to the
    articles already built there (their cached facts are reused, not re-extracted)."""
    from . import cache

    report = BuildReport(out=Path(out))
    earlier = {f.article.id: f for f in cache.load(Path(out))} if into else {}
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
        for result in extract_all(ordered, workers, progress, dask=dask):
            if isinstance(result, Skipped):
                report.skipped.append(result)
            else:
                facts.append(result)
    new_ids = {f.article.id for f in facts}
    facts = sorted(facts + [f for i, f in earlier.items() if i not in new_ids], key=lambda f: f.article.id)
    report.articles = len(facts)
    if shacl_engine == "auto":  # pyshacl, the reference, unless the archive is too large for it
        shacl_engine = "fast" if len(facts) > FAST_SHACL_FROM_ARTICLES else "pyshacl"
    write_outputs(facts, report, Iris(base), validate, reason=reason, shacl_engine=shacl_engine)
    with report.timed("cache"):
        cache.save(facts, Path(out))
    return report


def write_outputs(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool,
                  reason: bool = False, shacl_engine: str = "pyshacl") -> None:
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
        knowledge = list(writer.knowledge_quads())
        if knowledge:  # Entente's own claims are checked like an article's
            name = iris.knowledge_source()
            per_article[name] = sorted({str(q) for q in knowledge})
            article_triples[name] = "".join(sorted({_triple(q) for q in knowledge}))
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
        release_shared_views()
        with report.timed("export:conflicts"):
            from .export.conflicts import write_conflicts

            write_conflicts(resolution, {f.iri: writer.label(f) for f in resolution.facts
                                         if any(c.fact_iri == f.iri for c in resolution.conflicts)}, staging)
        if validate:
            with report.timed("shacl"):
                context = "".join(sorted({_triple(q) for q in context_quads}))
                report.validation = validate_dataset(article_triples, "".join(line + " .\n" for line in merged),
                                                     context=context, engine=shacl_engine)
            report.validation.write(staging)  # validation.txt, .json, .html
        if reason:  # inferred.nq, and the inferred graph's quads added to graph.nq and graph.trig
            with report.timed("reason"):
                from .reason import reason_into

                report.reasoning = reason_into(lines, staging)
        for produced in sorted(staging.iterdir()):
            target = out / produced.name
            if produced.is_dir() and target.exists():
                shutil.rmtree(target)  # a folder export (neo4j/) is replaced whole
            os.replace(produced, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _triple(quad) -> str:  # type: ignore[no-untyped-def]
    return f"{quad.subject} {quad.predicate} {quad.object} .\n"
