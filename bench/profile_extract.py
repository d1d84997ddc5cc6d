"""Extraction alone, per core: CPU ms per article, articles/s per core, and where the time goes (cProfile).

    python bench/profile_extract.py --articles 500                  # the bench corpus (bench/generate.py, seed 7)
    python bench/profile_extract.py --corpus devset/real/texts      # any folder of .txt files or a .jsonl file
    python bench/profile_extract.py --articles 500 --profile 25     # the top 25 functions by tottime and cumtime
    python bench/profile_extract.py --articles 500 --repeat 3 --src /tmp/old-checkout   # another checkout's kg

One process per run: the gazetteer, lexicons and dictionaries are loaded first (as a build's worker does),
then every article goes through `extract_long_article` once, timed in CPU seconds (`time.process_time`: the
machine may be shared). Word caches start empty, as in a worker. With --repeat, each run is a fresh process
and the median is reported. --digest prints a SHA-256 of the extracted facts (a quick same-output check
between two checkouts; the byte-for-byte check is a full `kg build` of both and `diff -r`).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _articles(corpus: Path) -> list:  # type: ignore[type-arg]
    from kg.ingest import read_inputs
    from kg.records import Article

    return [a for a in read_inputs([corpus]) if isinstance(a, Article)]


def _bench_corpus(n: int, seed: int, cache: Path) -> Path:
    sys.path.insert(0, str(HERE))
    import generate

    path = cache / f"corpus-{n}-s{seed}"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        generate.write(n, part, seed)
        part.rename(path)
    return path


def once(corpus: Path, profile: int, digest: bool) -> dict[str, object]:
    """One run in this process: the figures as a dict (and the profile printed on stderr)."""
    from kg.extract.worker import extract_long_article, warm_up

    articles = _articles(corpus)
    warm_up(sorted({a.lang for a in articles}))
    chars = sum(len(a.text) for a in articles)
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.process_time()
    facts = [extract_long_article(a) for a in articles]
    cpu = time.process_time() - started
    if profiler is not None:
        import pstats

        profiler.disable()
        for key in ("tottime", "cumulative"):
            pstats.Stats(profiler, stream=sys.stderr).sort_stats(key).print_stats(profile)
    result: dict[str, object] = {
        "articles": len(articles), "kchars": round(chars / 1000, 1), "cpu_s": round(cpu, 3),
        "ms_per_article": round(1000 * cpu / len(articles), 2),
        "articles_per_s_per_core": round(len(articles) / cpu, 1),
        "ms_per_kchar": round(cpu / chars * 1e6, 2), "profiled": bool(profile)}
    if digest:
        sha = hashlib.sha256()
        for f in facts:
            sha.update(repr(f).encode("utf-8"))
        result["digest"] = sha.hexdigest()[:16]
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, help="a folder of .txt files or a .jsonl file")
    p.add_argument("--articles", type=int, default=500, help="size of the bench corpus (without --corpus)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "entente-bench")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions (cProfile)")
    p.add_argument("--repeat", type=int, default=1, help="runs, each in a fresh process; the median is reported")
    p.add_argument("--src", type=Path, default=HERE.parent, help="the checkout whose kg is measured")
    p.add_argument("--digest", action="store_true", help="a SHA-256 of the extracted facts")
    p.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.once:
        sys.path.insert(0, str(args.src.resolve()))
        print(json.dumps(once(args.corpus, args.profile, args.digest)))
        return 0
    corpus = args.corpus.resolve() if args.corpus else _bench_corpus(args.articles, args.seed, args.cache)
    runs = []
    for _ in range(args.repeat):
        command = [sys.executable, __file__, "--once", "--corpus", str(corpus), "--src", str(args.src),
                   "--profile", str(args.profile)] + (["--digest"] if args.digest else [])
        # a fixed hash seed: the digest must not depend on the order of a set's repr
        env = dict(os.environ, PYTHONHASHSEED="0")
        out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, env=env).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]), file=sys.stderr)
    cpu = [float(r["cpu_s"]) for r in runs]  # type: ignore[arg-type]
    median = statistics.median(cpu)
    summary = {"corpus": str(corpus), "src": str(args.src), "runs_cpu_s": cpu, "median_cpu_s": median,
               "articles": runs[0]["articles"],
               "ms_per_article": round(1000 * median / int(runs[0]["articles"]), 2),  # type: ignore[call-overload]
               "articles_per_s_per_core": round(int(runs[0]["articles"]) / median, 1),  # type: ignore[call-overload]
               "load_average": os.getloadavg()[0]}
    if args.digest:
        summary["digests"] = sorted({str(r["digest"]) for r in runs})
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
