"""Cost per KB of one article, from 1 KB to 2 MB: realistic news text and one unpunctuated paragraph.

Both texts are synthetic (bench/generate.py's sentence templates; no real article is copied):

* `news`: a long report in one language, sentence after sentence of calls, talks, visits, trade figures,
  invitations and distractors, in paragraphs, as a press-conference transcript or a long interview runs;
* `names`: one paragraph without a single punctuation mark or line break, made of leaders' and countries'
  names and the words around them, the worst case for anything that works per sentence.

For each size the article is extracted (`kg.extract.worker.extract_long_article`, the stage whose cost depends on one
article's length) and its CPU time divided by its size in KB; the flatter the column, the closer to linear.
`--build` also times the whole `kg build` of the article (wall clock; the 1 KB figure is mostly start-up).

    python bench/long_articles.py                      # 1 KB .. 2 MB, both texts, en
    python bench/long_articles.py --max-kb 256 --lang ru
    python bench/long_articles.py --json bench/results/long-articles.json
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import WEIGHTS, _sentence, load_actors  # noqa: E402

SIZES_KB = (1, 4, 16, 64, 256, 1024, 2048)
_FILLER = {
    "en": ("and", "with", "the", "president", "minister", "talks", "leaders", "met", "called", "visit", "said",
           "foreign", "prime", "delegation", "summit", "agreed", "trade", "energy", "counterpart", "state"),
    "ru": ("и", "с", "президент", "министр", "переговоры", "лидеры", "встретились", "позвонил", "визит",
           "заявил", "иностранных", "премьер", "делегация", "саммит", "договорились", "торговля", "энергетика",
           "коллега", "государства", "глава"),
    "uk": ("і", "з", "президент", "міністр", "переговори", "лідери", "зустрілися", "зателефонував", "візит",
           "заявив", "закордонних", "прем'єр", "делегація", "саміт", "домовилися", "торгівля", "енергетика",
           "колега", "держави", "голова"),
}


def news_text(size: int, lang: str = "en", seed: int = 11) -> str:
    """About `size` characters of synthetic news in `lang`: paragraphs of 3-6 sentences."""
    rng = random.Random(seed)
    actors = load_actors()
    published = date(2025, 6, 1)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
    paragraphs: list[str] = []
    length = 0
    while length < size:
        cast = (rng.choice(actors.people[lang]), rng.choice(actors.people[lang]),
                rng.choice(actors.countries[lang]), rng.choice(actors.countries[lang]))
        paragraph = " ".join(_sentence(rng, lang, k, actors, published, cast)
                             for k in rng.choices(kinds, weights, k=rng.randint(3, 6)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size].rsplit(" ", 1)[0] + ".\n"


def names_text(size: int, lang: str = "en", seed: int = 13) -> str:
    """About `size` characters of one paragraph of names and words: no punctuation, no line break."""
    rng = random.Random(seed)
    actors = load_actors()
    pool = actors.people[lang] + actors.countries[lang]
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(pool) if rng.random() < 0.5 else rng.choice(_FILLER[lang])
        word = "".join(ch for ch in word if ch.isalnum() or ch in " '-")
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size].rsplit(" ", 1)[0] + "\n"


TEXTS = {"news": news_text, "names": names_text}


def measure(kind: str, size_kb: int, lang: str, repeat: int = 1) -> dict[str, float]:
    from kg.extract.worker import extract_long_article
    from kg.ingest import article_from_text
    from kg.records import Article

    text = TEXTS[kind](size_kb * 1024, lang)
    article = article_from_text(text, f"{kind}-{size_kb}.txt", "bench", date(2025, 6, 1), lang)
    assert isinstance(article, Article), article
    best = float("inf")
    facts = None
    for _ in range(repeat):
        started = time.process_time()  # CPU time: the machine may be shared
        facts = extract_long_article(article)
        best = min(best, time.process_time() - started)
    assert facts is not None
    count = len(facts.meetings) + len(facts.invitations) + len(facts.treaties) + len(facts.trade_facts)
    return {"kind": kind, "kb": size_kb, "seconds": best, "ms_per_kb": 1000 * best / size_kb,
            "facts": count, "mentions": len(facts.mentions)}


def measure_build(kind: str, size_kb: int, lang: str, folder: Path) -> float:
    from kg.build import build

    text = TEXTS[kind](size_kb * 1024, lang)
    src = folder / f"in-{kind}-{size_kb}"
    src.mkdir(parents=True, exist_ok=True)
    (src / f"{kind}.txt").write_text(" date 2025-06-01\n" + text, encoding="utf-8")
    started = time.perf_counter()
    build([src], folder / f"out-{kind}-{size_kb}", workers=1, validate=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", default="en", choices=("en", "ru", "uk"))
    p.add_argument("--max-kb", type=int, default=2048)
    p.add_argument("--kinds", default="news,names")
    p.add_argument("--build", action="store_true", help="also time the whole kg build of each article")
    p.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = p.parse_args(argv)
    from kg.extract.worker import warm_up

    warm_up([args.lang])
    rows = []
    for kind in args.kinds.split(","):
        for kb in (s for s in SIZES_KB if s <= args.max_kb):
            row = measure(kind, kb, args.lang, repeat=3 if kb <= 16 else 1)
            if args.build:
                import tempfile

                with tempfile.TemporaryDirectory() as tmp:
                    row["build_seconds"] = measure_build(kind, kb, args.lang, Path(tmp))
            rows.append(row)
            extra = f"  build {row['build_seconds']:.2f} s" if "build_seconds" in row else ""
            print(f"{kind:6} {kb:5d} KB  {row['seconds']:8.3f} s  {row['ms_per_kb']:7.2f} ms/KB  "
                  f"{row['facts']:5d} facts{extra}", flush=True)
    for kind in args.kinds.split(","):
        per_kb = [r["ms_per_kb"] for r in rows if r["kind"] == kind and r["kb"] >= 4]
        if per_kb:
            print(f"{kind}: ms/KB from 4 KB up ranges {min(per_kb):.2f}..{max(per_kb):.2f} "
                  f"(max/min {max(per_kb) / min(per_kb):.2f})")
    if args.json:
        args.json.write_text(json.dumps({"lang": args.lang, "rows": rows}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
