"""The main job: articles in, a validated knowledge graph and its exports out.

ingest -> extract (per article, in parallel) -> resolve -> RDF -> validate -> export, streamed:
extraction writes each batch's facts into a shard of the work folder (kg/shards.py; a stopped build resumes from
them with --into); the merge runs on the facts; then workers write each article's named graph (its claims, their
evidence and values, which name the merged facts, hence after the merge) into sorted shards and check it with the
article shapes; the main process writes only the default graph, and the graph files are written by merging the
shards (kg/export/sorted_quads.py), never from every quad line held at once.
Outputs are written to a staging folder and published whole (kg/publish.py): a reader sees the previous build or
the new one, never a mix. A failure in one article names it and the rest is built; when no article is built the
output folder is left as it was.
"""
from __future__ import annotations

import heapq
import itertools
import multiprocessing
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError, NothingBuilt
from .export import EXPORTERS, release_shared_views
from .export.sorted_quads import GraphText, LineFile, SortedQuads
from .extract.worker import extract_safely, warm_up
from .ingest import read_inputs
from .iris import DEFAULT_BASE, Iris
from .publish import check_out, clean_stale, die_with_parent, publish, staging_folder
from .reason import ReasoningReport
from .records import Article, ArticleFacts, Skipped, TextDigest
from .resolve import Resolution, resolve
from .validate import ARTICLE_BATCH_TRIPLES, BATCH_TRIPLES, ValidationReport


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

    cpu: dict[str, float] = field(default_factory=dict)  # stage -> CPU seconds of this process and its workers
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # process ("exporter") -> its own peak RSS, MB

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Adds the wall-clock time of the block to the stage's timing, and its CPU time (this process's and that
        of the workers that ended in it) to the stage's CPU time."""
        started = time.perf_counter()
        cpu = _cpu_seconds()
        try:
            yield
        finally:
            seconds = time.perf_counter() - started
            self.cpu[stage] = self.cpu.get(stage, 0.0) + _cpu_seconds() - cpu
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


def _cpu_seconds() -> float:
    import resource

    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _worker_start(langs: Iterable[str]) -> None:
    die_with_parent()
    warm_up(langs)


def extract_all(articles: list[Article], workers: int | None = None,
                progress: Callable[[int], None] | None = None,
                dask: str | None = None) -> list[ArticleFacts | Skipped]:
    """Extraction of every article; the result's order follows the input's, whatever the workers.
    `workers` None means one process per core; `dask` is a scheduler address (tcp://HOST:PORT)."""
    return list(iter_extract(articles, workers, progress, dask))


def iter_extract(articles: list[Article], workers: int | None = None,
                 progress: Callable[[int], None] | None = None, dask: str | None = None,
                 task: Callable[[Article], object] | None = None) -> Iterator:  # type: ignore[type-arg]
    """`task` (extraction by default) of every article, yielded in the input's order as it is done."""
    task = task or extract_safely
    begin = getattr(progress, "begin", None)
    if begin is not None:
        begin(len(articles))
    if dask:
        from .distributed import extract_on_dask

        done = extract_on_dask(articles, dask, progress)
        yield from (r if task is extract_safely else _stored(r) for r in done)
        return
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers <= 1 or len(articles) < 4:
        for a in articles:
            yield task(a)
            if progress:
                progress(1)
        return
    langs = sorted({a.lang for a in articles})
    if multiprocessing.get_start_method() == "fork":
        warm_up(langs)  # forked workers inherit the loaded dictionaries (shared, copy-on-write)
    workers = min(workers, len(articles))
    yielded = 0
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(langs,)) as pool:
            for r in pool.map(task, articles, chunksize=max(1, min(256, len(articles) // (workers * 8)))):
                yielded += 1
                yield r
                if progress:
                    progress(1)
    except BrokenProcessPool:  # a worker was killed (out of memory, a crash in a C extension): find which article
        yield from _extract_one_by_one(articles[yielded:], langs, progress, task)


Stored = tuple[ArticleFacts | Skipped, str | None, TextDigest | None]


def _extract_and_store(article: Article) -> Stored:
    """The article's compact facts (ArticleFacts.compact), their cache text (kg/cache.py, the whole facts) and
    the digest of its text, or why it is skipped; runs in a worker: the main process never holds the text."""
    return _stored(extract_safely(article))


def _stored(result: ArticleFacts | Skipped) -> Stored:
    from . import cache

    if isinstance(result, Skipped):
        return result, None, None
    try:
        text = cache.payload(result)
        text.encode("utf-8")
    except (TypeError, ValueError) as err:
        reason = f"its facts cannot be stored ({type(err).__name__}: {err}); please report it"
        return Skipped(result.article.source or result.article.id, reason), None, None
    return result.compact(), text, digest_of(result)


def _compact(result: ArticleFacts | Skipped) -> tuple[ArticleFacts | Skipped, TextDigest | None]:
    return (result, None) if isinstance(result, Skipped) else (result.compact(), digest_of(result))


def digest_of(facts: ArticleFacts) -> TextDigest:
    """What the build reads of the article's text once its facts are compact."""
    from .resolve import packed_shingles

    return TextDigest(len(facts.article.text), packed_shingles(facts.article.text))


def _extract_one_by_one(articles: list[Article], langs: list[str],
                        progress: Callable[[int], None] | None,
                        task: Callable[[Article], object] = extract_safely) -> Iterator:  # type: ignore[type-arg]
    """The articles extracted in order by one worker at a time: an article whose worker dies is named and
    skipped, and a new worker takes the rest."""
    done = 0
    while done < len(articles):
        try:
            with ProcessPoolExecutor(max_workers=1, initializer=_worker_start, initargs=(langs,)) as pool:
                for r in pool.map(task, articles[done:]):
                    done += 1
                    yield r
                    if progress:
                        progress(1)
        except BrokenProcessPool:
            lost = articles[done]
            skipped = Skipped(lost.source, "its extraction process ended abruptly (killed, or out of memory); "
                                           "the rest was built; if it happens again, please report it")
            done += 1
            yield skipped if task is extract_safely else (skipped, None, None)
            if progress:
                progress(1)


#: Called with each extraction shard's path once it is written (tests stop a build there, as a kill would).
_shard_written: Callable[[Path], None] | None = None


def build(inputs: Iterable[Path], out: Path, workers: int | None = None, base: str = DEFAULT_BASE,
          validate: bool = True, progress: Callable[[int], None] | None = None,
          into: bool = False, reason: bool = False, dask: str | None = None,
          shacl_engine: str = "turbo") -> BuildReport:
    """Builds the graph of the articles under `inputs` into `out`; with `into`, adds them to the
    articles already built there (their cached facts are reused, not re-extracted), and resumes a build into
    `out` that was killed (the articles it had extracted are not extracted again).

    Raises NothingBuilt (and leaves `out` as it was) when no article could be built."""
    inputs = list(inputs)
    report = BuildReport(out=Path(out), on_stage=getattr(progress, "stage", None))
    target = check_out(Path(out))
    iris = Iris(check_base(base))
    clean_stale(target)
    exports = _ForkedExports() if _may_fork_exports(workers) else None  # forked now, while this process is small
    try:
        return _build(inputs, report, target, iris, workers, validate, progress, into, reason, dask, shacl_engine,
                      exports)
    finally:
        if exports is not None:
            exports.cancel()


def _build(inputs: list[Path], report: BuildReport, target: Path, iris: Iris, workers: int | None, validate: bool,
           progress: Callable[[int], None] | None, into: bool, reason: bool, dask: str | None, shacl_engine: str,
           exports: _ForkedExports | None) -> BuildReport:
    from . import cache, shards

    work = shards.work_folder(target)
    resuming = into and work.is_dir() and not (target / cache.CACHE_DIR).is_dir()
    if not into:
        shards.remove(work)  # a new build: what a killed one extracted is not reused
    # an earlier build's facts, compact (their cache files are copied as they are into the new cache)
    digests: dict[str, TextDigest] = {}
    earlier: dict[str, ArticleFacts] = {}
    for f in (cache.load(target) if into and not resuming else []):
        earlier[f.article.id], digests[f.article.id] = f.compact(), digest_of(f)
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
    facts: list[ArticleFacts] = []  # compact: the main process holds no article's text nor where it names whom
    with report.timed("extract"):
        for result, digest in _extract_to_shards(ordered, work, workers, progress, dask, reuse=into):
            if isinstance(result, Skipped):
                report.skipped.append(result)
            else:
                facts.append(result)
                digests[result.article.id] = digest  # type: ignore[assignment]
    keys = {shards.article_key(a): a.id for a in ordered}  # where the shards hold each article's whole facts
    del articles, ordered  # the texts read are not kept
    if not facts:
        raise NothingBuilt(report.out, [Path(p) for p in inputs], report.skipped)
    new_ids = {f.article.id for f in facts}
    facts = sorted(facts + [f for i, f in earlier.items() if i not in new_ids], key=lambda f: f.article.id)
    report.undated = sum(f.article.published is None for f in facts)
    report.estimated = sum(f.article.published is None and f.article.published_estimate is not None for f in facts)
    staging = staging_folder(target)
    try:
        def save_cache(written: list[ArticleFacts]) -> None:  # while the forked exporter may still be running
            with report.timed("cache"):  # the whole facts' cache texts, as the workers wrote them into the shards
                texts = itertools.chain(shards.payloads(work, keys), cache.texts(target, earlier))
                cache.save(written, staging, texts, complete=True)

        facts = write_outputs(facts, report, iris, validate, reason=reason, shacl_engine=shacl_engine,
                              folder=staging, workers=workers, digests=digests, exports=exports, then=save_cache)
        report.articles = len(facts)
        publish(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    shards.remove(work)  # published: the .kg-facts cache serves the next --into
    return report


def _extract_to_shards(ordered: list[Article], work: Path, workers: int | None,
                       progress: Callable[[int], None] | None, dask: str | None,
                       reuse: bool) -> Iterator[tuple[ArticleFacts | Skipped, TextDigest | None]]:
    """Each article's compact facts and its text's digest (or why it is skipped), in order: read from the work
    folder's shards when `reuse` finds them there, else extracted and written to a new shard every
    SHARD_ARTICLES articles."""
    from . import shards

    keys = [shards.article_key(a) for a in ordered]
    found = shards.finished(work, keys, keep=_compact) if reuse else {}
    todo = [(a, k) for a, k in zip(ordered, keys) if k not in found]
    yield from (found.pop(k) for k in keys if k in found)
    lines: list[str] = []
    results = iter_extract([a for a, _ in todo], workers, progress, dask, task=_extract_and_store)
    for (_, key), (result, payload, digest) in zip(todo, results):
        lines.append(shards.shard_line(key, result, payload))
        if len(lines) >= shards.SHARD_ARTICLES:
            _shard_done(shards.write_shard(work, lines))
            lines = []
        yield result, digest
    if lines:
        _shard_done(shards.write_shard(work, lines))


def _shard_done(path: Path) -> None:
    if _shard_written is not None:
        _shard_written(path)


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


@dataclass
class _Quads:
    resolution: Resolution
    context_quads: list
    merged: list[str]
    article_triples: dict[str, str]
    lines: list[str]


def _quads(facts: list[ArticleFacts], iris: Iris, report: BuildReport | None = None,
           digests: Mapping[str, TextDigest] | None = None) -> _Quads:
    from .gazetteer import load_gazetteer
    from .rdf import QuadWriter

    report = report or BuildReport(out=Path())
    with report.timed("merge"):
        resolution = resolve(facts, load_gazetteer(), iris, digests)
    with report.timed("rdf"):
        writer = QuadWriter(iris, resolution, digests)
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


def _quads_isolated(facts: list[ArticleFacts], report: BuildReport, iris: Iris,
                    digests: Mapping[str, TextDigest] | None = None) -> tuple[list[ArticleFacts], _Quads]:
    """The quads of the build; an article that cannot be turned into quads on its own is named and left out."""
    try:
        return facts, _quads(facts, iris, report, digests)
    except KgError:
        raise
    except Exception as err:  # find the article that breaks it: each is tried alone
        failure = err
    kept = []
    for f in facts:
        try:
            _quads([f], iris, digests=digests)
        except Exception as err:
            report.skipped.append(Skipped(f.article.source or f.article.id, f"cannot be written as RDF "
                                          f"({type(err).__name__}: {err}); please report it"))
        else:
            kept.append(f)
    if len(kept) == len(facts) or not kept:
        raise failure  # not one article's fault: an internal error
    return kept, _quads(kept, iris, report, digests)


def write_outputs(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool,
                  reason: bool = False, shacl_engine: str = "turbo",
                  folder: Path | None = None, workers: int | None = None,
                  digests: Mapping[str, TextDigest] | None = None,
                  exports: _ForkedExports | None = None,
                  then: Callable[[list[ArticleFacts]], None] | None = None) -> list[ArticleFacts]:
    """Writes every output of the build into `folder` (default: a staging folder published as the report's
    output folder); gives the articles written (those that failed alone are named in report.skipped).
    `digests` (article id -> TextDigest) stand for the texts of compact facts (ArticleFacts.compact). `then` is
    called with the articles written once this process's outputs are written, before it waits for the forked
    exporter's: the build's cache is written there."""
    from .shards import work_folder

    if folder is None:
        target = check_out(report.out)
        staging = staging_folder(target)
        try:
            written = write_outputs(facts, report, iris, validate, reason, shacl_engine, staging, workers, digests,
                                    exports, then)
            publish(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return written
    run = work_folder(check_out(report.out)) / f"run-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        return _write_streamed(facts, report, iris, validate, reason, shacl_engine, folder, workers, run,
                               digests or {}, exports, then)
    finally:
        shutil.rmtree(run, ignore_errors=True)


def _write_streamed(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool, reason: bool,
                    shacl_engine: str, staging: Path, workers: int | None, run: Path,
                    digests: Mapping[str, TextDigest], exports: _ForkedExports | None = None,
                    then: Callable[[list[ArticleFacts]], None] | None = None) -> list[ArticleFacts]:
    from .gazetteer import load_gazetteer
    from .resolve import unify_new_actors

    extracted = {f.article.id: f for f in facts}  # what the articles say alone (the cache keeps it)
    facts = unify_new_actors(facts, load_gazetteer())  # one node per actor the gazetteer does not know
    facts, built = _graphs_isolated(facts, report, iris, validate, shacl_engine, workers, run, digests)
    resolution, source = built.resolution, built.source
    report.quads = len(source)
    report.conflicts = len(resolution.conflicts)
    report.facts = {kind: sum(1 for m in resolution.facts if m.kind == kind)
                    for kind in ("meeting", "invitation", "treaty", "trade")}
    forked = None
    names = sorted(EXPORTERS)
    if _fork_exports(workers, len(facts)):  # the property graph's exporters run beside the RDF files and SHACL
        forked = exports or _ForkedExports()
        forked.run([n for n in names if n in PROPERTY_GRAPH_EXPORTS], source, staging)
        names = [n for n in names if n not in PROPERTY_GRAPH_EXPORTS]
    try:
        for name in names:
            with report.timed(f"export:{name}"):
                EXPORTERS[name](source, staging)
        release_shared_views()
        _write_rest(facts, report, iris, validate, reason, shacl_engine, staging, built)
        written = [extracted[f.article.id] for f in facts]
        if then is not None:
            then(written)
    except BaseException:
        if forked is not None:
            forked.stop()
        raise
    if forked is not None:
        forked.finish(report)  # outside any stage: its CPU is counted in its own stages, not in one of ours
    return written


#: The exporters that share one property graph (kg/export/neo4j.py `property_graph`): in a large build they run
#: in one forked process, beside the RDF files and SHACL of the main process; the graph is freed when it ends.
PROPERTY_GRAPH_EXPORTS = ("explorer", "gexf", "graphml", "neo4j")


def _fork_exports(workers: int | None, articles: int) -> bool:
    return _may_fork_exports(workers) and articles >= PARALLEL_GRAPHS_FROM


def _may_fork_exports(workers: int | None) -> bool:
    workers = (os.cpu_count() or 1) if workers is None else workers
    return workers > 1 and multiprocessing.get_start_method() == "fork"


class _ForkedExports:
    """The property graph's exporters in a forked process. `build` forks it first, while the main process holds
    nothing of the corpus (a forked process's RSS counts the pages it shares with its parent: forked after the
    merge, it started with the main process's facts, resolution and graphs); it waits until `run` sends it the
    shards to read (or `cancel`). `finish` waits for it and adds its stages to the report."""

    def __init__(self) -> None:
        self.receive, send = multiprocessing.Pipe(duplex=False)
        orders, self.orders = multiprocessing.Pipe(duplex=False)
        self.process = multiprocessing.Process(target=_exports_on_order, args=(orders, send),
                                               name="kg-exports", daemon=True)
        self.process.start()
        send.close()
        orders.close()
        self.started = False

    def run(self, names: list[str], source: SortedQuads, staging: Path) -> None:
        self.started = True
        with _suppressed(OSError):  # it is gone: `finish` says so
            self.orders.send((names, source, staging))
        self.orders.close()

    def cancel(self) -> None:
        """Ends it, when it was not given work (a build too small to fork, or one that failed)."""
        if not self.started and self.process.is_alive():
            with _suppressed(OSError):
                self.orders.send(None)
            self.orders.close()
            self.process.join(5)
        self.stop()

    def finish(self, report: BuildReport) -> None:
        try:
            outcome = self.receive.recv()
        except EOFError:
            outcome = None
        self.process.join()
        if outcome is None or self.process.exitcode != 0:
            raise RuntimeError(f"the process writing the property-graph exports ended abruptly (exit code "
                               f"{self.process.exitcode}: killed, or out of memory); please report it")
        kind, value = outcome[:2]
        if kind == "error":
            raise value
        report.peak_rss_mb["exporter"] = outcome[2] / 1024  # ru_maxrss: KiB on Linux, where fork is the default
        for stage, seconds, cpu in value:
            report.timings[stage] = report.timings.get(stage, 0.0) + seconds
            report.cpu[stage] = report.cpu.get(stage, 0.0) + cpu
            if report.on_stage is not None:
                report.on_stage(stage, seconds)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


def _suppressed(*errors: type[BaseException]):  # type: ignore[no-untyped-def]
    import contextlib

    return contextlib.suppress(*errors)


def _exports_on_order(orders, send) -> None:  # type: ignore[no-untyped-def]
    """In the forked process: waits for (exporter names, shards, staging folder), then runs `_run_exports`."""
    die_with_parent()
    try:
        order = orders.recv()
    except EOFError:
        order = None
    orders.close()
    if order is None:
        send.close()
        return
    _run_exports(*order, send)


def _run_exports(names: list[str], source: SortedQuads, staging: Path, send) -> None:  # type: ignore[no-untyped-def]
    """In the forked process: each exporter, timed; sends its stages' (name, wall s, CPU s) and its peak RSS, or
    the error. Once the first has built the property graph they share, the exporters in SIDE_EXPORTS run in a
    process forked from this one (it shares the graph), beside the others."""
    die_with_parent()
    stages = []
    helper: _SideExports | None = None
    try:
        import resource

        side = [n for n in names[1:] if n in SIDE_EXPORTS]
        own = [n for n in names if n not in side]
        for i, name in enumerate(own):
            if i == 1 and side:
                helper = _SideExports(side, source, staging)
            stages.append(_timed_export(name, source, staging))
        if side and helper is None:
            helper = _SideExports(side, source, staging)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if helper is not None:
            side_stages, side_rss = helper.finish()
            stages = sorted(stages + side_stages, key=lambda s: names.index(s[0].split(":", 1)[1]))
            rss = max(rss, side_rss)
        send.send(("done", stages, rss))
    except BaseException as err:  # the main process raises it
        if helper is not None:
            helper.stop()
        send.send(("error", _passable(err)))
    finally:
        send.close()


#: The property-graph exporters written by a child of the exporter process, beside its others: without it the
#: exporter's serial work outlasts the main process's RDF files and SHACL and one core idles at the end.
SIDE_EXPORTS = ("graphml", "neo4j")


def _timed_export(name: str, source: SortedQuads, staging: Path) -> tuple[str, float, float]:
    started, cpu = time.perf_counter(), _cpu_seconds()
    EXPORTERS[name](source, staging)
    return f"export:{name}", time.perf_counter() - started, _cpu_seconds() - cpu


def _passable(err: BaseException) -> BaseException:
    """`err` if it can be pickled and unpickled as it is, else a RuntimeError telling it."""
    import pickle

    try:
        pickle.loads(pickle.dumps(err))
    except Exception:  # an error that cannot be passed on as it is is told by its text
        err = RuntimeError(f"{type(err).__name__}: {err}")
    return err


class _SideExports:
    """Exporters run by a child forked from the exporter process (os.fork: that process is a daemon, which
    multiprocessing does not let start children); it ends with it, and `finish` gives its stages and peak RSS or
    raises its error."""

    def __init__(self, names: list[str], source: SortedQuads, staging: Path) -> None:
        import pickle

        self.names = names
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: writes its exports, sends its outcome, ends without running any cleanup
            code = 1
            try:
                os.close(read)
                die_with_parent()
                import resource

                try:
                    stages = [_timed_export(name, source, staging) for name in names]
                    outcome = ("done", stages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
                except BaseException as err:
                    outcome = ("error", _passable(err))
                with os.fdopen(write, "wb") as handle:
                    handle.write(pickle.dumps(outcome))
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self.read = read
        self.reaped = False

    def finish(self) -> tuple[list[tuple[str, float, float]], int]:
        import pickle

        self.reaped = True  # from here on, `stop` leaves it alone (its pid may be another process's once reaped)
        with os.fdopen(self.read, "rb") as handle:
            data = handle.read()
        _, status = os.waitpid(self.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if not data or code != 0:
            raise RuntimeError(f"the process writing the {' and '.join(self.names)} exports ended abruptly (exit "
                               f"code {code}: killed, or out of memory); please report it")
        outcome = pickle.loads(data)
        if outcome[0] == "error":
            raise outcome[1]
        return outcome[1], outcome[2]

    def stop(self) -> None:
        """Ends it (the exporter process failed: its exports are not wanted)."""
        import signal

        if self.reaped:
            return
        self.reaped = True
        with _suppressed(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with _suppressed(OSError):
            os.waitpid(self.pid, 0)
        with _suppressed(OSError):
            os.close(self.read)


def _write_rest(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool, reason: bool,
                shacl_engine: str, staging: Path, built: _Built) -> None:
    """Conflicts, validation and reasoning, in the main process."""
    resolution, source = built.resolution, built.source
    with report.timed("export:conflicts"):
        from .export.conflicts import write_conflicts
        from .rdf import fact_name

        conflicted = {c.fact_iri for c in resolution.conflicts}
        write_conflicts(resolution, {f.iri: fact_name(f, resolution) for f in resolution.facts if f.iri in conflicted},
                        staging)
    if validate:
        with report.timed("shacl"):  # the default graph and Entente's knowledge graph; articles were checked by workers
            report.validation = validate_dataset(built, iris, shacl_engine, len(facts) + bool(built.knowledge))
        report.validation.write(staging)  # validation.txt, .json, .html
    if reason:  # inferred.nq, and the inferred graph's quads added to graph.nq and graph.trig
        with report.timed("reason"):
            from .reason import reason_into

            report.reasoning = reason_into(source, staging)


def validate_dataset(built: _Built, iris: Iris, engine: str, graphs: int) -> ValidationReport:
    """The build's validation report: the article graphs' results (checked by the workers that wrote them), then
    Entente's knowledge graph and the default graph, checked here (kg/validate.py's batches and engines)."""
    from .validate import SortedIndex, _index, _unit, validate_units

    context_index = _index(built.context.split("\n"))
    results = list(built.results)
    if built.knowledge:
        unit = _unit(iris.knowledge_source(), _index(built.knowledge.split("\n")))
        results += validate_units([unit], context_index, "article", batch_triples=ARTICLE_BATCH_TRIPLES,
                                  engine=engine)
    del context_index
    with SortedIndex(built.merged.path) as default_index:  # the lines stay on disk, read batch by batch
        results += validate_units(default_index.units("merged", BATCH_TRIPLES), default_index,  # type: ignore[arg-type]
                                  "default", engine=engine)
    return ValidationReport(sorted(set(results)), graphs + 1)


@dataclass
class _Built:
    resolution: Resolution
    source: SortedQuads
    merged: LineFile  # the default graph's lines (sorted, on disk)
    context: str  # N-Triples of what every graph may refer to (actors, commodities), but the article records
    knowledge: str  # N-Triples of Entente's knowledge graph
    results: list  # type: ignore[type-arg]  # the article graphs' validation results
    largest: int  # triples in the largest article graph


def _graphs_isolated(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool,
                     shacl_engine: str, workers: int | None, run: Path,
                     digests: Mapping[str, TextDigest]) -> tuple[list[ArticleFacts], _Built]:
    """The build's graphs; an article that cannot be turned into quads on its own is named and left out."""
    while True:
        try:
            built, failed = _graphs(facts, report, iris, validate, shacl_engine, workers, run, digests)
        except KgError:
            raise
        except Exception:  # in the merge or the default graph: find the article that breaks it, each tried alone
            facts, _ = _quads_isolated(facts, report, iris, digests)
            continue
        if not failed:
            return facts, built
        bad = {article_id for article_id, _ in failed}
        for f in facts:
            if f.article.id in bad:
                message = dict(failed)[f.article.id]
                report.skipped.append(Skipped(f.article.source or f.article.id, f"cannot be written as RDF "
                                              f"({message}); please report it"))
        facts = [f for f in facts if f.article.id not in bad]
        if not facts:
            raise RuntimeError(f"no article could be written as RDF (first: {failed[0][1]})")
        shutil.rmtree(run, ignore_errors=True)


GRAPH_BATCH = 512  # articles per graph shard (at most): shards are k-way merged, a few hundred files at 100k
PARALLEL_GRAPHS_FROM = 64  # articles: below this, the article graphs are written in the main process


@dataclass
class _GraphJob:
    """What a worker writing article graphs needs; set before the workers are forked, so they share it."""

    facts: list[ArticleFacts]
    writer: object  # QuadWriter
    iris: Iris
    context_index: dict[str, list[str]]
    validate: bool
    engine: str  # requested engine
    graphs: int  # article graphs in the build (the engine choice depends on it)
    folder: Path


_JOB: _GraphJob | None = None


@dataclass
class _GraphBatch:
    shard: int
    lines: int
    graphs: list[GraphText]
    results: list  # type: ignore[type-arg]
    failed: list[tuple[str, str]]
    largest: int


def _graphs(facts: list[ArticleFacts], report: BuildReport, iris: Iris, validate: bool, shacl_engine: str,
            workers: int | None, run: Path,
            digests: Mapping[str, TextDigest] | None = None) -> tuple[_Built, list[tuple[str, str]]]:
    global _JOB
    from .gazetteer import load_gazetteer
    from .rdf import QuadWriter
    from .validate import _index

    with report.timed("merge"):
        resolution = resolve(facts, load_gazetteer(), iris, digests)
    with report.timed("rdf"):  # what the article graphs' workers need: the writer and the shared context
        writer = QuadWriter(iris, resolution, digests)
        run.mkdir(parents=True, exist_ok=True)
        # what every graph may refer to, but the article records: a worker adds those of its own articles
        context = "".join(sorted({_triple(q) for q in writer.shared_quads()}))
    with report.timed("graphs"):  # each article's named graph, written and checked by the workers
        _JOB = _GraphJob(facts, writer, iris, _index(context.split("\n")) if validate else {}, validate,
                         shacl_engine, len(facts) + _has_knowledge(writer), run)
        try:
            workers = (os.cpu_count() or 1) if workers is None else workers
            size = max(1, min(GRAPH_BATCH, -(-len(facts) // max(1, workers * 4))))
            jobs = [(i, start, min(start + size, len(facts))) for i, start in enumerate(range(0, len(facts), size))]
            if workers <= 1 or len(facts) < PARALLEL_GRAPHS_FROM or multiprocessing.get_start_method() != "fork":
                default_lines, main_lines, knowledge = _default_graph(writer, facts, run)
                batches = [_graph_batch(job) for job in jobs]
            else:
                # the workers are forked on submit; while they write the article graphs, this process writes the
                # default graph's and Entente's knowledge graph's lines (which no worker reads)
                with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=die_with_parent) as pool:
                    pending = [pool.submit(_graph_batch, job) for job in jobs]
                    try:
                        default_lines, main_lines, knowledge = _default_graph(writer, facts, run)
                        batches = [p.result() for p in pending]
                    except BaseException:
                        for p in pending:
                            p.cancel()
                        raise
        finally:
            _JOB = None
    source = SortedQuads(run, main_lines, [b.shard for b in batches], [g for b in batches for g in b.graphs],
                         len(main_lines) + sum(b.lines for b in batches))
    failed = [f for b in batches for f in b.failed]
    built = _Built(resolution, source, default_lines, context, knowledge, [r for b in batches for r in b.results],
                   max((b.largest for b in batches), default=0))
    return built, failed


def _default_graph(writer, facts: list[ArticleFacts], run: Path) -> tuple[LineFile, LineFile, str]:  # type: ignore[no-untyped-def]
    """The default graph's lines (sorted on disk in bounded runs: their number follows the corpus), and with
    Entente's knowledge graph the main process's lines (main.nq); and the knowledge graph's N-Triples."""
    default_lines = LineFile.sort(run / "default.nq", (str(q) for q in itertools.chain(
        writer.context_quads(facts), writer.merged_quads())))
    knowledge_quads = list(writer.knowledge_quads())  # the lexicons' and gazetteer's claims: small
    knowledge_lines = sorted({str(q) for q in knowledge_quads})
    main_lines = LineFile.write(run / "main.nq", heapq.merge(default_lines, knowledge_lines))
    return default_lines, main_lines, "".join(sorted({_triple(q) for q in knowledge_quads}))


def _has_knowledge(writer) -> bool:  # type: ignore[no-untyped-def]
    """Whether Entente's knowledge graph has any triple: whether any merged fact carries a value Entente knows (its
    claim is what `knowledge_quads` writes), read off the resolution without making a quad."""
    return any(fact.knowledge is not None for fact in writer.resolution.facts)


def _graph_batch(job: tuple[int, int, int]) -> _GraphBatch:
    """Writes the named graphs of facts[start:end] as shard `number` and checks each with the article shapes;
    runs in a worker (or in the main process for small builds)."""
    from .export.sorted_quads import graph_texts
    from .validate import _index, _unit, validate_units

    assert _JOB is not None
    number, start, end = job
    state = _JOB
    lines: list[str] = []
    triples: set[str] = set()
    texts: list[tuple[str, bytes, bytes]] = []
    units = []
    failed: list[tuple[str, str]] = []
    largest = 0
    for f in state.facts[start:end]:
        try:
            quads = list(state.writer.article_quads(f))  # type: ignore[attr-defined]
            name = f"<{state.iris.article(f.article.id)}>"
            by_line = {str(q): q for q in quads}
            quad_lines = by_line.keys()
            # every quad is in the article's graph: a triple is its quad's line without the graph's name
            suffix = " " + name
            if all(line.endswith(suffix) for line in quad_lines):
                own = sorted({line[:-len(suffix)] + " .\n" for line in quad_lines})
            else:
                own = sorted({_triple(q) for q in quads})
            trig, jsonld = graph_texts(quads, by_line)
        except KgError:
            raise
        except Exception as err:
            failed.append((f.article.id, f"{type(err).__name__}: {err}"))
            continue
        lines.extend(quad_lines)
        triples.update(t[:-3] for t in own)
        texts.append((name, trig, jsonld))
        largest = max(largest, len(own))
        if state.validate:
            units.append(_unit(name[1:-1], _index(own)))
    folder = state.folder
    with open(folder / f"{number}.nq", "w", encoding="utf-8", newline="\n") as handle:
        handle.write(_terminated(sorted(lines)))
    with open(folder / f"{number}.nt", "w", encoding="utf-8", newline="\n") as handle:
        handle.write(_terminated(sorted(triples)))
    graphs = []
    with open(folder / f"{number}.trig", "wb") as trig_file, open(folder / f"{number}.jsonld", "wb") as json_file:
        for name, trig, jsonld in texts:
            graphs.append(GraphText(name, number, (trig_file.tell(), len(trig)), (json_file.tell(), len(jsonld))))
            trig_file.write(trig)
            json_file.write(jsonld)
    results = []
    if units:
        context = dict(state.context_index)
        context.update(_index({_triple(q) for f in state.facts[start:end]
                               for q in state.writer.article_record(f)}))  # type: ignore[attr-defined]
        results = validate_units(units, context, "article", workers=1, batch_triples=ARTICLE_BATCH_TRIPLES,
                                 engine=state.engine)
    return _GraphBatch(number, len(lines), graphs, results, failed, largest)


def _terminated(statements: list[str]) -> str:
    """N-Triples or N-Quads lines without their " ." ending, each ended (one join: no new string per line)."""
    return " .\n".join(statements) + " .\n" if statements else ""


def _triple(quad) -> str:  # type: ignore[no-untyped-def]
    return f"{quad.subject} {quad.predicate} {quad.object} .\n"
