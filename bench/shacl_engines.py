"""pyshacl (the reference) and pyshacl-turbo (the engine) on the graphs of a real build: the same
batches through each, results compared one by one, CPU seconds per engine.

    python bench/shacl_engines.py --articles 2000 [--faults]

The build (bench/generate.py's corpus, kg.build with validation captured instead of run) is made once and
kept in --cache. Its per-article graphs (batched with the actors and article records they refer to, as
kg/validate.py does) and its default graph are validated by each engine in this process, one batch after
another, so the CPU seconds are the engine's alone (parsing its input and building its report included).
Our own output conforms, so --faults also validates a copy with faults put in (each article graph gets
one to three: a triple dropped, a datatype or lexical form changed, an object swapped for another node or a
literal, a value added, a type added, a language tag changed; one subject in ten of the default graph gets
one), deterministic for a seed. Differing results are written to --diff as JSON lines with their batch.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import re
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # the checkout's kg, not whichever one is installed
sys.path.insert(0, str(HERE.parent / "tests"))  # the comparison (tests/shacl_diff.py)

import run as bench_run  # noqa: E402

XSD = "http://www.w3.org/2001/XMLSchema#"
KG = "https://w3id.org/entente/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def captured_dataset(n: int, seed: int, cache: Path) -> dict[str, object]:
    """What a build of n articles hands to validate_dataset: article graphs, default graph, context."""
    path = cache / f"shacl-input-{n}-s{seed}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    import kg.build
    from kg.validate import ValidationReport

    captured: dict[str, object] = {}

    def capture(article_graphs, default, context=None, **_):  # type: ignore[no-untyped-def]
        captured.update(article_graphs=article_graphs, default=default, context=context)
        return ValidationReport([], 0)

    corpus = bench_run.corpus_path(n, seed, False, cache)
    real, kg.build.validate_dataset = kg.build.validate_dataset, capture
    try:
        kg.build.build([corpus], cache / f"shacl-out-{n}", workers=None)
    finally:
        kg.build.validate_dataset = real
    path.write_bytes(pickle.dumps(captured))
    return captured


# ---------------------------------------------------------------------------------------------- faults

_TYPED = re.compile(r'^(".*")\^\^<([^>]+)>$')
_DATATYPES = [XSD + t for t in ("string", "integer", "decimal", "double", "date", "gYear", "gYearMonth", "duration",
                                "boolean")]
_LEXICAL = ["", "abc", "-5", "0", "2025-13-40", "2025", "PT0M", "1.0e9", "true"]
_CLASSES = [KG + c for c in ("Meeting", "PhoneCall", "InPersonMeeting", "Invitation", "Treaty", "TradeFact", "Actor",
                             "Person", "Country", "Article", "Evidence", "Claim", "MeetingClaim", "Conflict")]


def _split(line: str) -> tuple[str, str, str]:
    s, p, o = line.rstrip().removesuffix(" .").split(" ", 2)
    return s, p, o


def fault(lines: list[str], rng: random.Random) -> list[str]:
    """One fault put into N-Triples lines (a copy)."""
    lines = list(lines)
    if not lines:
        return lines
    i = rng.randrange(len(lines))
    s, p, o = _split(lines[i])
    nodes = sorted({t for line in lines for t in _split(line)[::2] if t.startswith("<")})
    kind = rng.choice(["drop", "datatype", "lexical", "swap", "literal", "add", "type", "language"])
    typed = _TYPED.match(o)
    if kind == "drop":
        del lines[i]
    elif kind == "datatype" and typed:
        lines[i] = f"{s} {p} {typed.group(1)}^^<{rng.choice(_DATATYPES)}> .\n"
    elif kind == "lexical" and typed:
        lines[i] = f'{s} {p} "{rng.choice(_LEXICAL)}"^^<{typed.group(2)}> .\n'
    elif kind == "swap" and o.startswith("<"):
        lines[i] = f"{s} {p} {rng.choice(nodes)} .\n"
    elif kind == "literal" and o.startswith("<"):
        lines[i] = f'{s} {p} "{rng.choice(_LEXICAL)}" .\n'
    elif kind == "add":
        other = rng.choice([line for line in lines if _split(line)[1] == p])
        value = _split(other)[2] if other != lines[i] else (f'"{rng.choice(_LEXICAL)}"' if not o.startswith("<")
                                                             else rng.choice(nodes))
        lines.append(f"{s} {p} {value} .\n")
        lines.append(f"{s} {p} {rng.choice(nodes) if o.startswith('<') else chr(34) + 'x' + chr(34)} .\n")
    elif kind == "type":
        lines.append(f"{s} {RDF_TYPE} <{rng.choice(_CLASSES)}> .\n")
    elif kind == "language" and o.startswith('"') and not typed:
        plain = o.rsplit("@", 1)[0] if "@" in o.rsplit('"', 1)[1] else o
        lines[i] = f"{s} {p} {plain}@{rng.choice(['en', 'xx', 'ru-RU'])} .\n"
    else:  # the fault does not fit this triple: drop it instead
        del lines[i]
    return lines


def with_faults(data: dict[str, object], seed: int) -> dict[str, object]:
    from kg.validate import _index

    graphs = {}
    for name, text in sorted(data["article_graphs"].items()):  # type: ignore[union-attr]
        rng = random.Random(f"{seed}:{name}")
        lines = text.splitlines(keepends=True)
        for _ in range(rng.randint(1, 3)):
            lines = fault(lines, rng)
        graphs[name] = "".join(lines)
    index = _index(str(data["default"]).split("\n"))
    default: list[str] = []
    for k, subject in enumerate(sorted(index)):
        lines = index[subject]
        default += fault(lines, random.Random(f"{seed}:{subject}")) if k % 10 == 0 else lines
    return {"article_graphs": graphs, "default": "".join(sorted(set(default))), "context": data["context"]}


# ---------------------------------------------------------------------------------------------- comparing


def batches(data: dict[str, object], batch_triples: int) -> list[tuple[str, str]]:
    """The (N-Triples, scope) jobs validate_dataset would run for this dataset."""
    from kg.validate import _batches, _closure, _index, _subject_units, _unit

    default_index = _index(str(data["default"]).split("\n"))
    context_index = _index(str(data["context"]).split("\n"))
    article_units = [_unit(name, _index(text.split("\n")))
                     for name, text in sorted(data["article_graphs"].items())]  # type: ignore[union-attr]
    jobs = [("".join(_closure(b, context_index)), "article") for b in _batches(article_units, batch_triples)]
    default_units = _subject_units("merged", default_index, batch_triples)
    jobs += [("".join(_closure(b, default_index)), "default") for b in _batches(default_units, batch_triples)]
    return jobs


_LANG = re.compile(r'(?<=")@[A-Za-z0-9-]+$')  # rows kept before shacl_diff._canonical lower-cased tags


def compare(jobs: list[tuple[str, str]], engines: list[str], diff_file,  # type: ignore[no-untyped-def]
            reference: dict[str, tuple[float, set[tuple[str, ...]]]]) -> dict[str, object]:
    """Each job through each engine; pyshacl's rows and seconds are kept in `reference` (by the job's
    hash) and reused, since pyshacl takes minutes where the others take seconds."""
    import hashlib

    from shacl_diff import REPORTS, rows

    seconds = dict.fromkeys(engines, 0.0)
    found: dict[str, int] = dict.fromkeys(engines, 0)
    differing = {e: 0 for e in engines if e != "pyshacl"}
    for k, (ntriples, scope) in enumerate(jobs):
        got: dict[str, set[tuple[str, ...]]] = {}
        key = hashlib.sha256((scope + ntriples).encode()).hexdigest()
        for engine in engines:
            started = cpu_seconds()
            if engine == "pyshacl" and key in reference:
                took, kept = reference[key]
                got[engine] = {(*r[:5], _LANG.sub(lambda m: m.group(0).lower(), r[5]), r[6]) for r in kept}
                seconds[engine] += took
            else:
                report = REPORTS[engine](ntriples, scope)
                seconds[engine] += cpu_seconds() - started
                got[engine] = rows(report, scope)
                if engine == "pyshacl":
                    reference[key] = (cpu_seconds() - started, got[engine])
            found[engine] += len(got[engine])
        if "pyshacl" in got:
            for engine in differing:
                extra, missing = got[engine] - got["pyshacl"], got["pyshacl"] - got[engine]
                differing[engine] += len(extra) + len(missing)
                for kind, rs in (("only " + engine, extra), ("only pyshacl", missing)):
                    for r in sorted(rs):
                        diff_file.write(json.dumps({"batch": k, "scope": scope, "kind": kind, "row": r},
                                                   ensure_ascii=False) + "\n")
        print(f"  batch {k + 1}/{len(jobs)} ({scope}, {ntriples.count(chr(10)):,} triples): "
              + ", ".join(f"{e} {len(got[e])}" for e in engines), file=sys.stderr, flush=True)
    return {"cpu_seconds": {e: round(s, 2) for e, s in seconds.items()}, "results": found,
            "differing_from_pyshacl": differing}


def shrink(ntriples: str, scope: str, focus: str, differ) -> str:  # type: ignore[no-untyped-def]
    """The fewest triples (greedily) of a batch around `focus` for which `differ(ntriples)` still holds."""
    from kg.validate import _index, _object_node

    index = _index(ntriples.split("\n"))
    nodes, frontier = {focus}, {focus}
    for _ in range(2):  # the focus, what it points to, and what those point to
        frontier = {o for n in frontier for line in index.get(n, ()) if (o := _object_node(line))} - nodes
        nodes |= frontier
    lines = sorted(line for n in nodes for line in index.get(n, ()))
    if not differ("".join(lines)):
        lines = sorted(ntriples.splitlines(keepends=True))
    changed = True
    while changed:
        changed = False
        for line in list(lines):
            trial = [x for x in lines if x != line]
            if differ("".join(trial)):
                lines, changed = trial, True
    return "".join(lines)


def reproducers(dataset: dict[str, object], batch_triples: int, diff: Path, out: Path) -> None:
    """A minimal graph for the first differing result of each kind (engine, component, shape) in `diff`."""
    from shacl_diff import engine_rows

    jobs = batches(dataset, batch_triples)
    seen = set()
    with out.open("w", encoding="utf-8") as file:
        for line in diff.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            row = tuple(d["row"])
            kind = (d["kind"], row[4], row[3])
            if kind in seen:
                continue
            seen.add(kind)
            ntriples, scope = jobs[d["batch"]]
            focus = row[0]
            mine = d["kind"] == "only pyshacl"

            def differ(text: str, focus: str = focus, mine: bool = mine, row: tuple = row,  # type: ignore[type-arg]
                       scope: str = scope) -> bool:
                reference = {r[:5] for r in engine_rows("pyshacl", text, scope) if r[0] == focus}
                turbo = {r[:5] for r in engine_rows("turbo", text, scope) if r[0] == focus}
                return (row[:5] in reference) != (row[:5] in turbo) and (row[:5] in reference) == mine

            small = shrink(ntriples, scope, focus, differ)
            file.write(json.dumps({"kind": d["kind"], "component": row[4], "shape": row[3], "scope": scope,
                                   "value": row[5], "ntriples": small}, ensure_ascii=False) + "\n")
            file.flush()
            print(f"  {d['kind']} {row[4]}: {small.count(chr(10))} triples", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--engines", nargs="+", default=["pyshacl", "turbo"])
    p.add_argument("--faults", action="store_true", help="also validate a copy with faults put in")
    p.add_argument("--only-faults", action="store_true")
    p.add_argument("--batch-triples", type=int, default=10_000)
    p.add_argument("--reproducers", type=Path, default=None,
                   help="write a minimal graph for each kind of difference in --diff (with faults) here, and stop")
    p.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "entente-bench")
    p.add_argument("--diff", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "shacl-engines-diff.jsonl")
    args = p.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    data = captured_dataset(args.articles, args.seed, args.cache)
    if args.reproducers:
        reproducers(with_faults(data, args.seed), args.batch_triples, args.diff, args.reproducers)
        return 0
    variants = [] if args.only_faults else [("as built", data)]
    if args.faults or args.only_faults:
        variants.append(("with faults", with_faults(data, args.seed)))
    summary = {}
    reference_file = args.cache / f"shacl-pyshacl-rows-{args.articles}-s{args.seed}.pickle"
    reference = pickle.loads(reference_file.read_bytes()) if reference_file.exists() else {}
    with args.diff.open("w", encoding="utf-8") as diff_file:
        for name, dataset in variants:
            jobs = batches(dataset, args.batch_triples)
            started = time.perf_counter()
            result = compare(jobs, args.engines, diff_file, reference)
            reference_file.write_bytes(pickle.dumps(reference))
            result.update(batches=len(jobs), triples=sum(j.count("\n") for j, _ in jobs),
                          articles=len(dataset["article_graphs"]),  # type: ignore[arg-type]
                          wall_seconds=round(time.perf_counter() - started, 1))
            summary[name] = result
            print(json.dumps({name: result}), flush=True)
    print("\n| graphs | batches | triples | engine | results | differing from pyshacl | CPU s |\n"
          "|---|---:|---:|---|---:|---:|---:|")
    for name, r in summary.items():
        for e in args.engines:
            print(f"| {name} | {r['batches']} | {r['triples']:,} | {e} | {r['results'][e]:,} | "  # type: ignore[index]
                  f"{r['differing_from_pyshacl'].get(e, '–')} | {r['cpu_seconds'][e]} |")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
