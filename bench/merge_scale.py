"""Times the merge stage alone (kg/resolve.py `resolve`) on compact fact lists of many articles.

    python bench/merge_scale.py --articles 100000 1000000 [--base 500] [--seed 7]

The facts of a bench corpus (bench/generate.py, extracted once and kept in --cache) are made compact — no
article text, no quotes in the evidence (a streaming build keeps them in the per-article shards), one mention
per actor — and replicated: replica r has its own article ids and every date moved r months later, so the
corpus grows in time as a longer archive does and the blocks the merge compares (pairs of participants,
invitee and destination, commodity and parties) grow with it. Each size runs in a fresh process; it reports
the records' memory before the merge, the merge's CPU and wall seconds, and the process's peak RSS.
Prints a Markdown table and writes the figures as JSON to bench/results/merge-scale.json.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # the checkout's kg, not whichever one is installed

import run as bench_run  # noqa: E402  (found through the sys.path line above)

from kg.records import Article, ArticleFacts, Evidence, Mention, PartialDate, Period  # noqa: E402


def base_facts(n: int, seed: int, cache: Path) -> list[ArticleFacts]:
    """The facts of the n-article bench corpus, extracted once (one process per core) and kept in the cache."""
    path = cache / f"facts-{n}-s{seed}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())  # noqa: S301  (our own file, written below)
    from kg.build import extract_all
    from kg.ingest import read_inputs

    corpus = bench_run.corpus_path(n, seed, False, cache)
    articles = sorted((a for a in read_inputs([corpus]) if isinstance(a, Article)), key=lambda a: a.id)
    facts = [f for f in extract_all(articles) if isinstance(f, ArticleFacts)]
    path.write_bytes(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
    return facts


def _months_later(d: date | None, months: int) -> date | None:
    if d is None:
        return None
    year, month = divmod(d.month - 1 + months, 12)
    return date(d.year + year, month + 1, min(d.day, 28))


def _moved(value, months: int, article_id: str):  # type: ignore[no-untyped-def]
    """`value` with its dates `months` later, its evidence credited to `article_id` and without quotes."""
    if isinstance(value, PartialDate):
        if value.month is None:
            return PartialDate(value.year + months // 12)
        year, month = divmod(value.month - 1 + months, 12)
        return PartialDate(value.year + year, month + 1, min(value.day, 28) if value.day else None)
    if isinstance(value, Evidence):
        return Evidence(article_id, value.start, value.end, "", value.extractor)
    if isinstance(value, Period):
        return dataclasses.replace(value, start=_moved(value.start, months, article_id),
                                   end=_moved(value.end, months, article_id))
    if isinstance(value, tuple):
        return tuple(_moved(v, months, article_id) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _moved(getattr(value, f.name), months, article_id) for f in dataclasses.fields(value)
                   if isinstance(getattr(value, f.name), (tuple, PartialDate, Period, Evidence))}
        return dataclasses.replace(value, **changes) if changes else value
    return value


def compact_replica(f: ArticleFacts, replica: int) -> ArticleFacts:
    """The article's facts as replica `replica`: its own id, every date `replica` months later, no text."""
    article_id = f"{f.article.id}~{replica:07d}"
    article = Article(article_id, "", f.article.lang, _months_later(f.article.published, replica))
    mentions = tuple(sorted({Mention(m.actor, 0, 0, "") for m in f.mentions}))
    return ArticleFacts(article=article, mentions=mentions,
                        meetings=_moved(f.meetings, replica, article_id),
                        invitations=_moved(f.invitations, replica, article_id),
                        treaties=_moved(f.treaties, replica, article_id),
                        trade_facts=_moved(f.trade_facts, replica, article_id),
                        new_actors=f.new_actors)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(n: int, base: int, seed: int, cache: Path) -> dict[str, object]:
    """One size, in this process: build the compact records, then time the merge."""
    import gc

    from kg.gazetteer import load_gazetteer
    from kg.iris import DEFAULT_BASE, Iris
    from kg.resolve import resolve

    gaz = load_gazetteer()
    seeds = base_facts(base, seed, cache)
    before = rss_mb()
    started = time.perf_counter()
    facts = [compact_replica(seeds[i % len(seeds)], i // len(seeds)) for i in range(n)]
    made = time.perf_counter() - started
    gc.collect()
    gc.freeze()  # the records live to the end: the collector need not walk them again and again
    records_mb = rss_mb() - before
    claims = sum(len(f.meetings) + len(f.invitations) + len(f.treaties) + len(f.trade_facts) for f in facts)
    cpu, wall = time.process_time(), time.perf_counter()
    resolution = resolve(facts, gaz, Iris(DEFAULT_BASE))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    kinds = {k: sum(1 for m in resolution.facts if m.kind == k) for k in ("meeting", "invitation", "treaty", "trade")}
    return {"articles": n, "claims": claims, "facts": kinds, "conflicts": len(resolution.conflicts),
            "records_seconds": round(made, 2), "records_mb": round(records_mb),
            "merge_cpu_seconds": round(cpu, 2), "merge_wall_seconds": round(wall, 2),
            "merge_us_per_article": round(1e6 * cpu / n, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def markdown(rows: list[dict[str, object]]) -> str:
    out = ["| articles | claims | merged facts | records (MB) | merge CPU s | merge wall s | µs/article (CPU) "
           "| peak RSS (MB) |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if "error" in r:
            out.append(f"| {r['articles']:,} | – | – | – | – | – | – | {r['error']} |")
            continue
        facts = sum(r["facts"].values())  # type: ignore[union-attr]
        out.append(f"| {r['articles']:,} | {r['claims']:,} | {facts:,} | {r['records_mb']:,} | "
                   f"{r['merge_cpu_seconds']} | {r['merge_wall_seconds']} | {r['merge_us_per_article']} | "
                   f"{r['peak_rss_mb']:,} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--base", type=int, default=500, help="bench corpus whose facts are replicated")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "entente-bench")
    p.add_argument("--results", type=Path, default=HERE / "results")
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process: measure this size, print JSON
    args = p.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(json.dumps(measure(args.one, args.base, args.seed, args.cache)))
        return 0
    base_facts(args.base, args.seed, args.cache)  # extracted once, before the children read it
    rows = []
    for n in args.articles:
        child = subprocess.run([sys.executable, __file__, "--one", str(n), "--base", str(args.base),
                                "--seed", str(args.seed), "--cache", str(args.cache)],
                               capture_output=True, text=True)
        if child.returncode != 0:
            reason = "killed (out of memory?)" if child.returncode < 0 else child.stderr.strip().splitlines()[-1:]
            rows.append({"articles": n, "error": str(reason)})
        else:
            rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "merge-scale.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print()
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
