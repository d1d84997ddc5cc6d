"""Measures explorer.html on a large build: file size, the time to write it, and in headless Chromium the
time until the page is ready and until each main view is drawn, with the page's JavaScript heap.

    python bench/explorer.py BUILD_DIR [--scale K] [--out page.html]

BUILD_DIR is a `kg build` output folder (its graph.nq is read). `--scale K` repeats the build's articles,
quotes and facts K times (each copy's quotes made distinct, the actors kept: a larger archive mentions the
same leaders more often) to see the page at K times the size without building K times as many articles;
`--shuffle` also reorders each copy's words, so that gzip compresses the copies like different articles.
Prints a Markdown table; needs Chromium (Debian's `chromium`) for the page timings.
"""
from __future__ import annotations

import argparse
import copy
import gzip
import json
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from kg.export.explorer import FACT_LAYOUT, explorer_data, explorer_page  # noqa: E402
from kg.export.neo4j import property_graph  # noqa: E402


def scaled(data: dict, times: int, shuffle: bool = False) -> dict:  # type: ignore[type-arg]
    """`data` with its articles, strings and facts repeated `times` times, indices shifted in each copy.
    With `shuffle`, each copy's strings have their words in another order (seeded), so that gzip finds no
    long repeats across copies, as in an archive of different articles."""
    if times <= 1:
        return data
    out = copy.deepcopy(data)
    articles, strings, facts = data["articles"], data["strings"], data["facts"]
    kinds = data["kinds"]
    for k in range(1, times):
        a0, s0, f0 = k * len(articles), k * len(strings), k * len(facts)
        out["articles"] += [[f"{row[0]}#{k}", *row[1:]] for row in articles]
        if shuffle:
            out["strings"] += [" ".join(random.Random(k * 1_000_003 + n).sample(text.split(), len(text.split())))
                               for n, text in enumerate(strings)]
        else:
            out["strings"] += [f"{text} [{k}]" for text in strings]
        for row in facts:
            new = copy.deepcopy(row)
            sources, at = [], 0
            while row[1] and at < len(row[1]):  # article, number of quotes, quotes...
                count = row[1][at + 1]
                sources += [row[1][at] + a0, count, *(q + s0 for q in row[1][at + 2:at + 2 + count])]
                at += 2 + count
            new[1] = sources or 0
            conflicts = row[2] or []  # property, value, article...
            new[2] = [x + (a0 if k % 3 == 2 else s0) if x is not None else None
                      for k, x in enumerate(conflicts)] or 0
            new[3] = [r + s0 for r in row[3] or []] or 0
            kind = kinds[row[0]]
            fields = FACT_LAYOUT[kind]
            if kind == "Invitation":
                fulfilled, occasion = 5 + fields.index("fulfilledBy"), 5 + fields.index("occasion")
                if len(new) > fulfilled and new[fulfilled]:
                    new[fulfilled] = [m + f0 for m in new[fulfilled]]
                if len(new) > occasion and new[occasion] is not None:
                    new[occasion] += s0
            out["facts"].append(new)
    return out


def browse(page: Path) -> dict[str, float]:
    from cdp import Browser, chromium_path

    executable = chromium_path()
    if executable is None:
        return {}
    timings: dict[str, float] = {}
    with Browser(executable, timeout=600) as browser:
        timings["ready"] = browser.open(page)
        steps = browser.evaluate("window.ententeTimings")
        timings.update({f"start-up: {step} (ms after script start)": steps[step] - steps["start"]
                        for step in ("text", "base64", "inflated", "parsed", "decoded", "drawn") if step in steps})
        heap = browser.call("Runtime.getHeapUsage", session=browser.session)
        timings["heap_mb"] = heap["usedSize"] / 2 ** 20
        busiest = browser.evaluate("document.querySelector('tr.actor-row').dataset.slug")
        views = [("search 'putin'", "#/actors?q=putin", "document.querySelector('tr.actor-row')"),
                 ("busiest actor's page", f"#/actor/{busiest}", "document.querySelector('.timeline-svg')"),
                 ("network (top 60)", "#/network", "document.querySelector('.network-svg')"),
                 ("invitations", "#/invitations", "document.querySelector('.invitation-row')"),
                 ("trade charts", "#/trade", "document.querySelector('.trade-series')"),
                 ("conflicts", "#/conflicts", "document.querySelector('h1')"),
                 ("a fact card", "#/fact/0", "document.querySelector('.fact-card')")]
        for name, route, ready in views:
            browser.go("#/", "document.querySelector('#search')")
            started = time.monotonic()
            browser.go(route, ready)
            timings[name] = time.monotonic() - started
            nodes = browser.evaluate("document.getElementsByTagName('*').length")
            timings["most DOM elements in a view"] = max(timings.get("most DOM elements in a view", 0), nodes)
        if browser.problems:
            raise SystemExit(f"the page reported problems: {browser.problems}")
    return timings


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("build", type=Path)
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--out", type=Path, default=None)
    p.add_argument("--shuffle", action="store_true",
                   help="shuffle the words of each copy's quotes (realistic compression for a small real build)")
    args = p.parse_args()
    started = time.monotonic()
    lines = [line[:-2].rstrip() for line in (args.build / "graph.nq").read_text(encoding="utf-8").splitlines() if line]
    graph = property_graph(lines)
    graph_s = time.monotonic() - started
    started = time.monotonic()
    data = explorer_data(graph)
    page = explorer_page(data)
    page_s = time.monotonic() - started
    data = scaled(data, args.scale, args.shuffle)
    if args.scale > 1:
        started = time.monotonic()
        page = explorer_page(data)
        page_s = time.monotonic() - started
    out = args.out or Path(tempfile.mkdtemp(prefix="entente-explorer-")) / "explorer.html"
    out.write_text(page, encoding="utf-8")
    raw_json = len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    figures = {"articles": len(data["articles"]), "facts": len(data["facts"]), "actors": len(data["actors"]),
               "json_mb": raw_json / 2 ** 20, "file_mb": out.stat().st_size / 2 ** 20,
               "file_gzip_mb": len(gzip.compress(out.read_bytes(), 6)) / 2 ** 20,
               "property_graph_s (unscaled)": graph_s, "explorer_page_s": page_s}
    figures.update(browse(out))
    print(f"explorer.html for {args.build} x{args.scale}: {out}")
    print("| measure | value |\n|---|---:|")
    for name, value in figures.items():
        print(f"| {name} | {value:,.2f} |" if isinstance(value, float) else f"| {name} | {value:,} |")


if __name__ == "__main__":
    main()
