"""The main job: articles in, a validated knowledge graph and its exports out.

ingest -> extract (per article, in parallel) -> resolve -> RDF -> validate -> export.
Outputs are written to a staging folder and published whole (kg/publish.py): a reader sees the previous build or
the new one, never a mix. A failure in one article names it and the rest is built; when no article is built the
output folder is left as it was.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError, NothingBuilt
from .export import EXPORTERS, release_shared_views
from .extract import extract_article
from .ingest import read_inputs
from .iris import DEFAULT_BASE, Iris
from .publish import check_out, clean_stale, die_with_parent, publish, staging_folder
from .reason import ReasoningReport
from .records import Article, ArticleFacts, Skipped
from .resolve import Resolution, resolve
from .text.windows import WINDOW_CHARS, windows
from .validate import ValidationReport, validate_dataset


@dataclass
class BuildReport:
    out: Path
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    quads: int = 0
    conflicts: int = 0
    undated: int = 0  # articles with no publication date given
    estimated: int = 0  # of those, the ones whose date was estimated from their text
    validation: ValidationReport | None = None
    reasoning: ReasoningReport | None = None  # with reason=True
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in the order run
    on_stage: Callable[[str, float], None] | None = field(default=None, repr=False, compare=False)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Adds the wall-clock time of the block to the stage's timing."""
        started = time.perf_counter()
        try:
            yield
        finally:
            seconds = time.perf_counter() - started
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds
            if self.on_stage is not None:
                self.on_stage(stage, seconds)

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
        if self.undated:
            lines.append(f"{self.undated} articles had no date; {self.estimated} estimated from their text")
        for s in self.skipped:
            lines.append(f"skipped {s.source}: {s.reason}")
        if self.validation:
            lines.append(self.validation.summary())
        if self.reasoning:
            lines.append(self.reasoning.summary())
        return "\n".join(lines)


MAX_ARTICLE_CHARS = 4_000_000  # the per-article budget: beyond it (~8 MB of Cyrillic) an article is skipped


def _extract_safely(article: Article) -> ArticleFacts | Skipped:
    if len(article.text) > MAX_ARTICLE_CHARS:
        return Skipped(article.source, f"{len(article.text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an "
                                       "article may have; split it into articles (one per story) and build again")
    try:
        return extract_long_article(article)
    except KgError:
        raise
    except RecursionError as err:
        return Skipped(article.source, f"extraction failed (RecursionError: {err}); please report it")
    except Exception as err:  # one broken article never stops a build
        detail = " ".join(str(err).split())[:200]
        return Skipped(article.source, f"extraction failed ({type(err).__name__}: {detail}); please report it")


def extract_long_article(article: Article) -> ArticleFacts:
    """extract_article, in windows for a text longer than WINDOW_CHARS (kg/text/windows.py): the cost stays
    linear in the article's length; each window's facts keep their offsets in the whole text."""
    import dataclasses

    if len(article.text) <= WINDOW_CHARS:
        return extract_article(article)
    parts = [_shifted(extract_article(dataclasses.replace(article, text=article.text[start:end])), start)
             for start, end in windows(article.text)]
    new_actors = {a.key: a for part in reversed(parts) for a in part.new_actors}
    return ArticleFacts(
        article=article,
        mentions=tuple(sorted({m for part in parts for m in part.mentions})),
        meetings=tuple(m for part in parts for m in part.meetings),
        invitations=tuple(i for part in parts for i in part.invitations),
        treaties=tuple(t for part in parts for t in part.treaties),
        trade_facts=tuple(t for part in parts for t in part.trade_facts),
        new_actors=tuple(sorted(new_actors.values(), key=lambda a: a.key)))


def _shifted(value, offset: int):  # type: ignore[no-untyped-def]
    """`value` with the character offsets of its evidence and mentions moved by `offset`."""
    import dataclasses

    from .records import Evidence, Mention

    if isinstance(value, (Evidence, Mention)):
        return dataclasses.replace(value, start=value.start + offset, end=value.end + offset)
    if isinstance(value, tuple):
        return tuple(_shifted(v, offset) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, (Article, type)):
        changes = {f.name: _shifted(getattr(value, f.name), offset) for f in dataclasses.fields(value)
                   if isinstance(getattr(value, f.name), (tuple, Evidence, Mention)) or
                   dataclasses.is_dataclass(getattr(value, f.name))}
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _worker_start(langs: Iterable[str]) -> None:
    die_with_parent()
    warm_up(langs)


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
    results: list[ArticleFacts | Skipped] = []
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(langs,)) as pool:
            for r in pool.map(_extract_safely, articles, chunksize=max(1, min(256, len(articles) // (workers * 8)))):
                results.append(r)
                if progress:
                    progress(1)
    except BrokenProcessPool:  # a worker was killed (out of memory, a crash in a C extension): find which article
        results += _extract_one_by_one(articles[len(results):], langs, progress)
    return results


def _extract_one_by_one(articles: list[Article], langs: list[str],
                        progress: Callable[[int], None] | None) -> list[ArticleFacts | Skipped]:
    """The articles extracted in order by one worker at a time: an article whose worker dies is named and
    skipped, and a new worker takes the rest."""
    results: list[ArticleFacts | Skipped] = []
    while len(results) < len(articles):
        done = len(results)
        try:
            with ProcessPoolExecutor(max_workers=1, initializer=_worker_start, initargs=(langs,)) as pool:
                for r in pool.map(_extract_safely, articles[done:]):
                    results.append(r)
                    if progress:
                        progress(1)
        except BrokenProcessPool:
            lost = articles[len(results)]
            results.append(Skipped(lost.source, "its extraction process ended abruptly (killed, or out of memory); "
                                                "the rest was built; if it happens again, please report it"))
            if progress:
                progress(1)
    return results


def build(inputs: Iterable[Path], out: Path, workers: int | None = None, base: str = DEFAULT_BASE,
          validate: bool = True, progress: Callable[[int], None] | None = None,
          into: bool = False, reason: bool = False, dask: str | None = None,
          shacl_engine: str = "turbo") -> BuildReport:
    """Builds the graph of the articles under `inputs` into `out`; with `into`, adds them to the
    articles already built there (their cached facts are reused, not re-extracted).

    Raises NothingBuilt (and leaves `out` as it was) when no article could be built."""
    from . import cache

    inputs = list(inputs)
    report = BuildReport(out=Path(out), on_stage=getattr(progress, "stage", None))
    target = check_out(Path(out))
    iris = Iris(check_base(base))
    clean_stale(target)
    earlier = {f.article.id: f for f in cache.load(target)} if into else {}
    articles: dict[str, Article] = {}
    with report.timed("ingest"):
        for item in read_inputs(inputs, exclude=[target]):
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
    facts = _cacheable(facts, report)
    if not facts:
        raise NothingBuilt(report.out, [Path(p) for p in inputs], report.skipped)
    new_ids = {f.article.id for f in facts}
    facts = sorted(facts + [f for i, f in earlier.items() if i not in new_ids], key=lambda f: f.article.id)
    report.undated = sum(f.article.published is None for f in facts)
    report.estimated = sum(f.article.published is None and f.article.published_estimate is not None for f in facts)
    staging = staging_folder(target)
    try:
        facts = write_outputs(facts, report, iris, validate, reason=reason, shacl_engine=shacl_engine,
                              folder=staging)
        report.articles = len(facts)
        with report.timed("cache"):
            cache.save(facts, staging)
        publish(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def check_base(base: str) -> str:
    """`base` when it can start every resource IRI of a build (an absolute http(s), urn or tag IRI)."""
    import re

    import pyoxigraph as ox

    problem = None
    if not re.match(r"(?:https?://[^/?#\s]+/|urn:[^\s]+|tag:[^\s]+)", base or ""):
        problem = "it is not an absolute http(s)://HOST/..., urn: or tag: IRI"
    else:
        try:
            ox.NamedNode(base + "x")
        except ValueError as err:
            problem = f"it is not a valid IRI ({err})"
    if problem:
        raise KgError(f"bad --base {base!r}: {problem}",
                      hint=f"give the namespace resources are minted under, e.g. --base {DEFAULT_BASE}")
    return base


def _cacheable(facts: list[ArticleFacts], report: BuildReport) -> list[ArticleFacts]:
    """The articles whose facts can be written to the cache; the others are named and skipped."""
    from .cache import payload

    kept = []
    for f in facts:
        try:
            payload(f).encode("utf-8")
        except (TypeError, ValueError) as err:
            report.skipped.append(Skipped(f.article.source or f.article.id, f"its facts cannot be stored "
                                          f"({type(err).__name__}: {err}); please report it"))
        else:
            kept.append(f)
    return kept


@dataclass
class _Quads:
    resolution: Resolution
    context_quads: list
    merged: list[str]
    article_triples: dict[str, str]
    lines: list[str]


def _quads(facts: list[ArticleFacts], iris: Iris, report: BuildReport | None = None) -> _Quads:
    from .gazetteer import load_gazetteer
    from .rdf import QuadWriter

    report = report or BuildReport(out=Path())
    with report.timed("merge"):
        resolution = resolve(facts, load_gazetteer(), iris)
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
    return _Quads(resolution, context_quads, merged, article_triples, lines)


def _quads_isolated(facts: list[ArticleFacts], report: BuildReport,
                    iris: Iris) -> tuple[list[ArticleFacts], _Quads]:
    """The quads of the build; an article that cannot be turned into quads on its own is named and left out."""
    try:
        return facts, _quads(facts, iris, report)
    except KgError:
        raise
    except Exception as err:  # find the article that breaks it: each is tried alone
        failure = err
    kept = []
    for f in facts:
        try:
            _quads([f], iris)
        except Exception as err:
            report.skipped.append(Skipped(f.article.source or f.article.id, f"cannot be written as RDF "
                                          f"({type(err).__name__}: {err}); please report it"))
        else:
            kept.append(f)
    if len(kept) == len(facts) or not kept:
        raise failure  # not one article's fault: an internal error
    return kept, _quads(kept, iris, report)


def write_outputs(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool,
                  reason: bool = False, shacl_engine: str = "turbo",
                  folder: Path | None = None) -> list[ArticleFacts]:
    """Writes every output of the build into `folder` (default: a staging folder published as the report's
    output folder); gives the articles written (those that failed alone are named in report.skipped)."""
    if folder is None:
        target = check_out(report.out)
        staging = staging_folder(target)
        try:
            written = write_outputs(facts, report, iris, validate, reason, shacl_engine, staging)
            publish(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return written
    facts, built = _quads_isolated(facts, report, iris)
    resolution, lines = built.resolution, built.lines
    report.quads = len(lines)
    report.conflicts = len(resolution.conflicts)
    report.facts = {kind: sum(1 for m in resolution.facts if m.kind == kind)
                    for kind in ("meeting", "invitation", "treaty", "trade")}
    staging = folder
    for name in sorted(EXPORTERS):
        with report.timed(f"export:{name}"):
            EXPORTERS[name](lines, staging)
    release_shared_views()
    with report.timed("export:conflicts"):
        from .export.conflicts import write_conflicts
        from .rdf import fact_name

        conflicted = {c.fact_iri for c in resolution.conflicts}
        write_conflicts(resolution, {f.iri: fact_name(f, resolution) for f in resolution.facts if f.iri in conflicted},
                        staging)
    if validate:
        with report.timed("shacl"):
            context = "".join(sorted({_triple(q) for q in built.context_quads}))
            report.validation = validate_dataset(built.article_triples,
                                                 "".join(line + " .\n" for line in built.merged),
                                                 context=context,
                                                 engine=shacl_engine)
        report.validation.write(staging)  # validation.txt, .json, .html
    if reason:  # inferred.nq, and the inferred graph's quads added to graph.nq and graph.trig
        with report.timed("reason"):
            from .reason import reason_into

            report.reasoning = reason_into(lines, staging)
    return facts


def _triple(quad) -> str:  # type: ignore[no-untyped-def]
    return f"{quad.subject} {quad.predicate} {quad.object} .\n"
