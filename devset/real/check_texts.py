#!/usr/bin/env python3
"""Checks the real development set: its sources, its gold files and (where present) its texts.

Usage: python3 devset/real/check_texts.py [--texts DIR]

The texts of devset/real/ are not in the repository (see README.md for how to rebuild them), so the
checks come in two parts:

* always: every row of sources.tsv / sources.<lang>.tsv is well formed (file real_<lang>_NN.txt, an
  http(s) address, a published date YYYY-MM-DD or nothing, the language of the file name) and has a gold
  file, every gold file has a row, and each gold file loads, has the seeds-gold fields and the same
  publication date as its row;
* where texts/ exists: each gold file's article is there, its ' date' header line (present exactly when
  the row gives a date) equals the published date, and every actor mention and every evidence quote is
  a verbatim substring of the text (the per-file checks of devset/check_gold.py).

Without texts/ the second part is skipped with a message. Exit status: 0 when nothing checked is wrong,
1 otherwise.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parent
sys.path.insert(0, str(REAL.parent))
from check_gold import check_facts, read_gold, split_header  # noqa: E402

COLUMNS = ["file", "url", "published", "lang"]
FILE = re.compile(r"real_(ru|uk|en)_\d{2,3}\.txt")
PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_sources(real: Path, problems: list[str]) -> dict[str, dict[str, str]]:
    """The rows of sources.tsv and every sources.<lang>.tsv fragment, keyed by file name."""
    rows: dict[str, dict[str, str]] = {}
    for tsv in sorted(real.glob("sources*.tsv")):
        lines = tsv.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0].split("\t") != COLUMNS:
            problems.append(f"{tsv.name}: header must be {' '.join(COLUMNS)} (tab-separated)")
            continue
        for n, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) != len(COLUMNS):
                problems.append(f"{tsv.name}:{n}: {len(cells)} columns, expected {len(COLUMNS)}")
                continue
            row = dict(zip(COLUMNS, cells))
            m = FILE.fullmatch(row["file"])
            if not m:
                problems.append(f"{tsv.name}:{n}: file {row['file']!r} is not real_<lang>_NN.txt")
            elif m.group(1) != row["lang"]:
                problems.append(f"{tsv.name}:{n}: lang {row['lang']!r} but file {row['file']}")
            if not row["url"].startswith(("http://", "https://")):
                problems.append(f"{tsv.name}:{n}: url {row['url']!r} is not an http(s) address")
            if row["published"] and not PUBLISHED.fullmatch(row["published"]):
                problems.append(f"{tsv.name}:{n}: published {row['published']!r} is not YYYY-MM-DD or empty")
            earlier = rows.get(row["file"])
            if earlier is not None and earlier != row:
                problems.append(f"{tsv.name}:{n}: {row['file']} listed twice with different values")
            rows[row["file"]] = row
    if not rows:
        problems.append(f"{real}: no sources rows (sources.tsv or sources.<lang>.tsv)")
    return rows


def check(real: Path, texts: Path | None) -> list[str]:
    """The problems of the set in `real`; its quotes and mentions are checked against `texts` unless None."""
    problems: list[str] = []
    sources = read_sources(real, problems)
    golds = sorted((real / "gold").glob("*.json"))
    for name in sorted(set(sources) - {g.stem + ".txt" for g in golds}):
        problems.append(f"sources: {name} has no gold file gold/{Path(name).stem}.json")
    for g in golds:
        def err(msg: str, f: str = g.name) -> None:
            problems.append(f"gold/{f}: {msg}")

        data = read_gold(g, err)
        if data is None:
            continue
        row = sources.get(g.stem + ".txt")
        if row is None:
            err("no row in sources.tsv")
        elif (row["published"] or None) != data.get("published"):
            err(f"published {data.get('published')} != sources {row['published'] or 'empty'}")
        if texts is None:
            continue
        article = texts / (g.stem + ".txt")
        if not article.is_file():
            err(f"text {article.name} missing from {texts} (rebuild it as README.md says)")
            continue
        header, text = split_header(article.read_text(encoding="utf-8"))
        if header != data.get("published"):
            err(f"text header date {header} != published {data.get('published')}")
        check_facts(data, text, err)
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--texts", type=Path, default=REAL / "texts",
                   help="folder of the texts (default: devset/real/texts)")
    args = p.parse_args(argv)
    texts = args.texts if args.texts.is_dir() else None
    problems = check(REAL, texts)
    for line in problems:
        print(line)
    if texts is None:
        print(f"texts not found ({args.texts}): quotes and mentions NOT checked; "
              f"rebuild the texts as devset/real/README.md says")
    n = len(list((REAL / "gold").glob("*.json")))
    print(f"devset/real: {n} gold files, {len(problems)} problem(s)"
          + ("" if texts else " (sources and gold fields only)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
