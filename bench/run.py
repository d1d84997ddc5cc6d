"""Benchmarks a build on a synthetic corpus: articles/s and triples/s per stage, peak memory, and the
build's cost as a multiple of a floor pass (read + decode + sentence split + one gazetteer scan).

    python bench/run.py --articles 1000 [--workers W] [--jsonl] [--no-validate]

Prints a Markdown table and writes the same figures as JSON to bench/results/<N>-w<W>.json.
The corpus is generated once per size and seed (bench/generate.py) and kept in --cache.
On a terminal it shows its progress on stderr (kg/progress.py): a bar while articles are extracted
(articles/s, ETA) and a line per stage as each ends; nothing when stdout is not a terminal.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # the checkout's kg, not whichever one is installed

import generate  # noqa: E402  (found through the sys.path line above)

from kg.progress import Progress  # noqa: E402


def gazetteer_digest() -> str:
    """A digest of the gazetteer files the generator draws its names from: the same size and seed give another
    corpus once the gazetteer changes."""
    digest = hashlib.sha256()
    for file in sorted(generate.GAZETTEER.glob("*.json")):
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


def corpus_path(n: int, seed: int, jsonl: bool, cache: Path, fresh_people: float = 0.0) -> Path:
    """The cached corpus of this size and seed, generated on first use. A corpus is kept when the gazetteer changes
    (runs on the same folder stay comparable), with a note on stderr that a fresh one would differ."""
    stem = f"corpus-{n}-s{seed}" + (f"-fresh{fresh_people:g}" if fresh_people else "")
    path = cache / (f"{stem}.jsonl" if jsonl else stem)
    stamp = path.with_name(path.name + ".gazetteer")
    if not path.exists():
        generate.write(n, path.with_name(path.name + ".part") if not jsonl else path, seed, fresh_people)
        if not jsonl:
            path.with_name(path.name + ".part").rename(path)
        stamp.write_text(gazetteer_digest() + "\n", encoding="utf-8")
    elif not stamp.exists() or stamp.read_text(encoding="utf-8").strip() != gazetteer_digest():
        print(f"note: {path} was generated from another gazetteer than today's; runs on it compare with earlier runs "
              "on it, not with a fresh corpus (delete it to generate one)", file=sys.stderr)
    return path


_WORD = re.compile(r"\w+")


def gazetteer_names() -> tuple[frozenset[tuple[str, ...]], int]:
    """Every gazetteer name in every language as a tuple of lowercase words, and the longest's length."""
    names: set[tuple[str, ...]] = set()
    for file in sorted(generate.GAZETTEER.glob("*.json")):
        entries = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(entries, list):  # e.g. ministries.json: templates the gazetteer expands, not names
            continue
        for entry in entries:
            for group in ("name", "aliases", "seats"):
                for value in (entry.get(group) or {}).values():
                    for name in [value] if isinstance(value, str) else value:
                        words = tuple(_WORD.findall(name.lower()))
                        if words:
                            names.add(words)
    return frozenset(names), max(map(len, names))


def gazetteer_scan(text: str, names: frozenset[tuple[str, ...]], longest: int) -> int:
    """Name hits in one pass over the words (every n-gram up to the longest name looked up once)."""
    words = _WORD.findall(text.lower())
    return sum(1 for i in range(len(words)) for n in range(1, longest + 1) if tuple(words[i:i + n]) in names)


def floor_pass(path: Path) -> dict[str, float]:
    """Read, decode, split into sentences and scan for gazetteer names: the least any build must do."""
    from kg.ingest import Undecodable, decode_bytes
    from kg.lexicon import load_lexicon
    from kg.text.tokens import sentences

    names, longest = gazetteer_names()
    abbreviations = {lang: load_lexicon(lang).abbreviations for lang in generate.LANGS}
    started = time.perf_counter()
    articles = hits = 0
    if path.is_dir():
        decoded = (decode_bytes(p.read_bytes()) for p in sorted(path.rglob("*.txt")))
        texts = (text for text in decoded if not isinstance(text, Undecodable))
    else:
        texts = (json.loads(line)["text"] for line in path.open(encoding="utf-8"))
    for text in texts:
        lang = "en" if text[:200].isascii() else "ru"
        sentences(text, abbreviations[lang])
        hits += gazetteer_scan(text, names, longest)
        articles += 1
    return {"seconds": time.perf_counter() - started, "articles": articles, "name_hits": hits}


def peak_rss_mb() -> dict[str, float]:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return {"main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale,
            "largest_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale}


def machine() -> dict[str, object]:
    memory = ""
    try:
        meminfo = Path("/proc/meminfo").read_text()
        memory = f"{int(meminfo.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, IndexError, ValueError):
        pass
    return {"nproc": os.cpu_count(), "memory": memory, "python": platform.python_version(),
            "platform": platform.platform(), "processor": platform.processor() or platform.machine()}


def distinct_actors(out: Path) -> int:
    """Actors in the merged graph: the rows of the Neo4j node files of the actor labels."""
    files = [out / "neo4j" / f"nodes_{label}.csv" for label in ("Person", "Country", "Organization", "City")]
    return sum(max(0, len(f.read_text(encoding="utf-8").splitlines()) - 1) for f in files if f.exists())


def run(n: int, workers: int | None, seed: int, jsonl: bool, validate: bool, cache: Path,
        progress: Progress | None = None, fresh_people: float = 0.0) -> dict[str, object]:
    from kg.build import build

    started = time.perf_counter()
    corpus = corpus_path(n, seed, jsonl, cache, fresh_people)
    if progress:
        progress.stage("corpus", time.perf_counter() - started)
    floor = floor_pass(corpus)
    if progress:
        progress.stage("floor pass", floor["seconds"])
    out = cache / f"out-{n}-w{workers}"
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    try:
        report = build([corpus], out, workers=workers, validate=validate, progress=progress)
    finally:
        if progress:
            progress.end()
    total = time.perf_counter() - started
    triples = report.quads
    stages = {}
    for stage, seconds in report.timings.items():
        cpu = report.cpu.get(stage, 0.0)
        stages[stage] = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                         "cpu_ms_per_article": round(1000 * cpu / report.articles, 3) if report.articles else None,
                         "articles_per_s": round(report.articles / seconds, 1) if seconds else None,
                         "triples_per_s": round(triples / seconds) if seconds else None,
                         "x_floor": round(seconds / floor["seconds"], 1) if floor["seconds"] else None}
    actors = distinct_actors(out)
    shutil.rmtree(out, ignore_errors=True)
    return {"articles": report.articles, "fresh_people": fresh_people, "actors": actors,
            "skipped": len(report.skipped), "workers": workers or os.cpu_count(),
            "triples": triples, "facts": report.facts, "conflicts": report.conflicts,
            "violations": report.validation.violations if report.validation else None,
            "total_seconds": round(total, 2), "cpu_seconds": round(sum(report.cpu.values()), 2),
            "cpu_ms_per_article": (round(1000 * sum(report.cpu.values()) / report.articles, 3)
                                   if report.articles else None), "articles_per_s": round(report.articles / total, 1),
            "triples_per_s": round(triples / total), "x_floor": round(total / floor["seconds"], 1),
            "floor": {k: round(v, 3) if isinstance(v, float) else v for k, v in floor.items()},
            "stages": stages,
            "peak_rss_mb": {k: round(v) for k, v in {**peak_rss_mb(), **report.peak_rss_mb}.items()},
            "corpus": str(corpus), "machine": machine()}


def markdown(result: dict[str, object]) -> str:
    stages: dict[str, dict[str, float]] = result["stages"]  # type: ignore[assignment]
    floor: dict[str, float] = result["floor"]  # type: ignore[assignment]
    rows = [(f"**{result['articles']} articles, {result['workers']} workers**: {result['triples']} triples, "
            f"{result['total_seconds']} s ({result['articles_per_s']} articles/s, {result['triples_per_s']} "
            f"triples/s), {result['x_floor']}× the floor pass ({floor['seconds']} s); peak RSS "
            f"{result['peak_rss_mb']['main']} MB (largest worker {result['peak_rss_mb']['largest_child']} MB"  # type: ignore[index]
            + (f", the exporter {result['peak_rss_mb']['exporter']} MB" if "exporter" in result["peak_rss_mb"] else "")  # type: ignore[operator]
            + ")"
            f"; CPU {result.get('cpu_seconds')} s ({result.get('cpu_ms_per_article')} ms per article)"),
            "", "| stage | wall s | CPU s | CPU ms/article | articles/s | triples/s | × floor |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    total = float(result["total_seconds"])  # type: ignore[arg-type]
    for stage, s in stages.items():
        rows.append(f"| {stage} | {s['seconds']:.2f} ({100 * s['seconds'] / total:.0f}%) | {s.get('cpu_seconds')} "
                    f"| {s.get('cpu_ms_per_article')} | {s['articles_per_s']} | {s['triples_per_s']} "
                    f"| {s['x_floor']} |")
    rows.append(f"| floor pass | {floor['seconds']:.2f} | | | {round(floor['articles'] / floor['seconds'], 1)} "
                "| – | 1 |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--workers", type=int, default=None, help="default: one per core")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--fresh-people", type=float, default=0.0, metavar="SHARE",
                   help="share of articles naming a person never named before, so distinct actors grow with the "
                        "corpus (bench/generate.py; default 0: the gazetteer's fixed pool)")
    p.add_argument("--jsonl", action="store_true", help="one JSON Lines file instead of a folder of .txt")
    p.add_argument("--no-validate", action="store_true")
    p.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "entente-bench")
    p.add_argument("--results", type=Path, default=HERE / "results")
    args = p.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    # the figures go to stdout; progress to stderr, only while both are a terminal (a redirected run stays quiet)
    progress = Progress.for_stream(sys.stderr, quiet=not sys.stdout.isatty())
    result = run(args.articles, args.workers, args.seed, args.jsonl, not args.no_validate, args.cache, progress,
                 args.fresh_people)
    args.results.mkdir(parents=True, exist_ok=True)
    name = (f"{args.articles}-w{result['workers']}{'-jsonl' if args.jsonl else ''}"
            f"{'-novalidate' if args.no_validate else ''}{f'-fresh{args.fresh_people:g}' if args.fresh_people else ''}")
    (args.results / f"{name}.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(result, sort_keys=True))
    print()
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
