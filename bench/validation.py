"""Validation time at 10k, 100k and 1M triples, on synthetic data shaped like a build's output.

    python bench/validation.py                 # 10k and 100k
    python bench/validation.py --sizes 10000 100000 1000000 --workers 2

Each synthetic article has its named graph (mentions, two meetings, an invitation, two trade figures, their
evidence and periods, about 100 triples) and adds to the default graph its record and the merged facts
(about 45 triples); 300 actors and the commodities are shared. The data conforms: the run fails if any
result is reported. Numbers go to bench/RESULTS-validation.md by hand.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

KG = "https://w3id.org/entente/ontology#"
ID = "https://w3id.org/entente/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
XSD = "http://www.w3.org/2001/XMLSchema#"
TIME = "http://www.w3.org/2006/time#"
ACTORS = 300


def k(term: str) -> str:
    return f"<{KG}{term}>"


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def context_lines() -> list[str]:
    lines = []
    for i in range(ACTORS):
        a = f"<{ID}actor/a{i}>"
        kinds = ["Person", "Actor"] if i % 3 else ["Country", "Actor", "Place"]
        lines += [f"{a} {RDF_TYPE} {k(c)}" for c in kinds]
        lines += [f'{a} {LABEL} "Actor {i}"@en', f'{a} {LABEL} "Актор {i}"@ru',
                  f"{a} <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q{i + 1}>"]
    for c in ("crude-oil", "natural-gas"):
        lines += [f"<{ID}commodity/{c}> {RDF_TYPE} {k('Commodity')}", f'<{ID}commodity/{c}> {LABEL} "{c}"@en']
    return lines


def period(year: int) -> list[str]:
    p = f"<{ID}period/{year}>"
    return [f"{p} {RDF_TYPE} <{TIME}ProperInterval>", f'{p} {LABEL} "{year}"',
            f"{p} <{TIME}hasBeginning> <{ID}period/{year}/start>", f"{p} <{TIME}hasEnd> <{ID}period/{year}/end>",
            f"<{ID}period/{year}/start> <{TIME}inXSDDate> {typed(f'{year}-01-01', 'date')}",
            f"<{ID}period/{year}/end> <{TIME}inXSDDate> {typed(f'{year}-12-31', 'date')}"]


def article(n: int) -> tuple[str, list[str], list[str], list[str]]:
    """(graph name, its triples, its record, its merged facts)."""
    art = f"<{ID}article/art{n}>"
    actors = [f"<{ID}actor/a{(n * 7 + j) % ACTORS}>" for j in range(4)]
    graph = [f"{art} {k('mentions')} {a}" for a in actors]
    record = [f"{art} {RDF_TYPE} {k('Article')}", f'{art} <http://purl.org/dc/terms/identifier> "art{n}.txt"',
              f'{art} <http://purl.org/dc/terms/language> "en"',
              f"{art} <http://purl.org/dc/terms/issued> {typed('2025-05-13', 'date')}",
              f"{art} {k('textLength')} {typed(2000, 'integer')}"]
    merged: list[str] = []

    def fact(kind: str, i: int, body: list[str], types: list[str]) -> None:
        node = f"<{ID}{kind}/art{n}-{i}>"
        ev = f"<{ID}evidence/art{n}-{i}>"
        own = [f"{node} {RDF_TYPE} {k(t)}" for t in types] + [f"{node} {p} {o}" for p, o in body]
        graph.extend(own + [f"{node} {DERIVED} {art}", f"{node} {k('evidence')} {ev}",
                            f"{ev} {RDF_TYPE} {k('Evidence')}", f'{ev} {k("quote")} "{"x" * 40}"',
                            f"{ev} {k('startOffset')} {typed(i * 100, 'integer')}",
                            f"{ev} {k('endOffset')} {typed(i * 100 + 40, 'integer')}",
                            f'{ev} {k("extractor")} "{kind}"', f"{ev} {k('inArticle')} {art}"])
        merged.extend(own + [f"{node} {DERIVED} {art}"])

    for i in range(2):
        fact("meeting", i, [(k("participant"), actors[i]), (k("participant"), actors[i + 1]),
                            (k("date"), typed(f"2025-05-0{i + 1}", "date")),
                            (k("duration"), typed("PT1H", "duration"))],
             ["Meeting", "PhoneCall"])
    fact("invitation", 2, [(k("inviter"), actors[0]), (k("invitee"), actors[1]), (k("timeFrame"), f"<{ID}period/2024>"),
                           (k("occasion"), '"state visit"'), (k("accepted"), typed("true", "boolean"))], ["Invitation"])
    for i in (3, 4):
        fact("trade", i, [(k("commodity"), f"<{ID}commodity/crude-oil>"), (k("supplier"), actors[2]),
                          (k("buyer"), actors[3]), (k("period"), f"<{ID}period/2024>"),
                          (k("valueUSD"), typed(f"{i}000000000.0", "decimal"))], ["TradeFact"])
    graph += period(2024)
    merged += period(2024)
    return f"{ID}article/art{n}", graph, record, merged


def dataset(triples: int) -> tuple[dict[str, str], str, str, int]:
    context = context_lines()
    graphs: dict[str, str] = {}
    default = list(context)
    total, n = len(context), 0
    while total < triples:
        name, graph, record, merged = article(n)
        graphs[name] = "".join(line + " .\n" for line in graph)
        context += record
        default += record + merged
        total += len(graph) + len(record) + len(merged)
        n += 1
    default_text = "".join(line + " .\n" for line in sorted(set(default)))
    context_text = "".join(line + " .\n" for line in sorted(set(context)))
    return graphs, default_text, context_text, total


def main() -> int:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from kg.validate import validate_dataset

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engine", choices=("turbo", "pyshacl"), default="turbo")
    args = parser.parse_args()
    print("| triples | articles | workers | seconds | triples/s |\n|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        graphs, default, context, total = dataset(size)
        started = time.perf_counter()
        report = validate_dataset(graphs, default, context=context, workers=args.workers, engine=args.engine)
        seconds = time.perf_counter() - started
        print(f"| {total:,} | {len(graphs):,} | {args.workers} | {seconds:.1f} | {total / seconds:,.0f} |", flush=True)
        if report.results:
            print(report.summary(), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
