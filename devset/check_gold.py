#!/usr/bin/env python3
"""Sanity checks for hand-written gold annotations.

Usage: python3 devset/check_gold.py [DIR ...]
Default DIRs: devset and examples (each holding articles/*.txt and gold/*.json).

For every gold file it checks that the JSON loads, that it has the fields of the
seeds-gold format, that its article exists with a ' date YYYY-MM-DD' header equal to
"published", that every participant / place / inviter / invitee / destination / party /
supplier / buyer name is listed in "actors", that every actor mention and every
"evidence" string is a verbatim substring of the article text, and that enumerated
values (medium, commodity, unit, date formats) are legal.

The per-file checks (check_fields, check_facts, split_header) are also used by
devset/real/check_texts.py, whose texts live outside the repository.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEDIA = {"phone", "video", "in_person"}
TYPES = {"Person", "Country", "Organization", "City"}
# the commodities the reference scorer (shared/eval/score.py) knows, plus coal
COMMODITIES = {"crude oil", "natural gas", "pipeline gas", "LNG", "coal", "agricultural products", "trade turnover",
               "energy resources", "goods (exports)", "goods (imports)", "crude oil and petroleum products"}
UNITS = {"USD billion", "percent", "rank", "million tonnes", "million barrels per day", "billion cubic metres per year"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TIME = re.compile(r"^\d{4}(-(H[12]|Q[1-4]|\d{2}|spring|summer|autumn|winter))?$")
PERIOD = re.compile(r"^\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?$")
QID = re.compile(r"^Q\d+$")
HEADER = re.compile(r" date (\d{4}-\d{2}-\d{2})")
REQUIRED = ("doc", "published", "language", "actors", "meetings", "invitations", "treaties", "commodity_facts")

Report = Callable[[str], None]


def split_header(raw: str) -> tuple[str | None, str]:
    """(header date, text after it) for an article with a ' date YYYY-MM-DD' first line, else (None, raw)."""
    first, _, rest = raw.partition("\n")
    m = HEADER.fullmatch(first)
    return (m.group(1), rest) if m else (None, raw)


def check_fields(data: dict, stem: str, err: Report) -> None:
    """Reports missing top-level keys, a doc that does not match the file name, and a bad language."""
    for k in REQUIRED:
        if k not in data:
            err(f"missing key {k}")
    if data.get("doc") != stem + ".txt":
        err(f"doc {data.get('doc')!r} does not match file name")
    if data.get("language") not in ("ru", "uk", "en"):
        err("bad language")


def read_gold(path: Path, err: Report) -> dict | None:
    """The gold file's annotation with its fields checked, or None (reported) when its JSON does not load."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        err(f"JSON does not load: {e}")
        return None
    check_fields(data, path.stem, err)
    return data


def check_facts(data: dict, text: str, err: Report) -> None:
    """Reports actors, mentions, evidence and fact fields of one gold annotation that do not fit its text."""
    names = set()
    for a in data.get("actors", []):
        n = a.get("name")
        if n in names:
            err(f"duplicate actor {n!r}")
        names.add(n)
        if a.get("type") not in TYPES:
            err(f"actor {n!r}: bad type {a.get('type')!r}")
        w = a.get("wikidata")
        if w is not None and not QID.match(w):
            err(f"actor {n!r}: bad wikidata {w!r}")
        if not a.get("mentions"):
            err(f"actor {n!r}: no mentions")
        for s in a.get("mentions", []):
            if s not in text:
                err(f"actor {n!r}: mention {s!r} not in article")

    def need(n: str | None, role: str) -> None:
        if n is not None and n not in names:
            err(f"{role} {n!r} not in actors")

    def ev(x: dict, kind: str) -> None:
        e = x.get("evidence")
        if not e or e not in text:
            err(f"{kind}: evidence not verbatim: {str(e)[:70]!r}")

    for x in data.get("meetings", []):
        ev(x, "meeting")
        if len(x.get("participants", [])) < 2 and not x.get("participants_alt"):
            err("meeting with < 2 participants")
        for p in x.get("participants", []):
            need(p, "participant")
        for alt in x.get("participants_alt", []):
            for p in alt:
                need(p, "participant_alt")
        need(x.get("place"), "place")
        if x.get("medium") not in MEDIA:
            err(f"bad medium {x.get('medium')!r}")
        if x.get("date") is not None and not DATE.match(x["date"]):
            err(f"bad meeting date {x['date']!r}")
        dm = x.get("duration_minutes")
        if dm is not None and not isinstance(dm, int):
            err(f"duration_minutes not int: {dm!r}")
    for x in data.get("invitations", []):
        ev(x, "invitation")
        for role in ("inviter", "invitee", "destination"):
            need(x.get(role), role)
        if x.get("invitee") is None:
            err("invitation without invitee")
        if x.get("time") is not None and not TIME.match(x["time"]):
            err(f"bad invitation time {x['time']!r}")
        if x.get("accepted") not in (True, False, None):
            err("bad accepted")
    for x in data.get("treaties", []):
        ev(x, "treaty")
        for p in x.get("parties", []):
            need(p, "party")
        if not x.get("name"):
            err("treaty without name")
        if x.get("signed") is not None and not DATE.match(x["signed"]):
            err(f"bad signed {x['signed']!r}")
    for x in data.get("commodity_facts", []):
        ev(x, "commodity_fact")
        need(x.get("supplier"), "supplier")
        need(x.get("buyer"), "buyer")
        if x.get("commodity") not in COMMODITIES:
            err(f"bad commodity {x.get('commodity')!r}")
        if x.get("unit") not in UNITS:
            err(f"bad unit {x.get('unit')!r}")
        if not isinstance(x.get("value"), (int, float)):
            err(f"value not a number: {x.get('value')!r}")
        if x.get("period") is not None and not PERIOD.match(x["period"]):
            err(f"bad period {x['period']!r}")


def check_dir(d: Path) -> int:
    golds = sorted((d / "gold").glob("*.json"))
    arts = {p.name for p in (d / "articles").glob("*.txt")}
    if not golds:
        print(f"{d}: no gold files")
        return 1
    problems: list[str] = []
    seen = set()
    for g in golds:
        def err(msg: str, f: str = g.name) -> None:
            problems.append(f"{d.name}/gold/{f}: {msg}")

        data = read_gold(g, err)
        if data is None:
            continue
        doc = data.get("doc")
        seen.add(doc)
        art = d / "articles" / str(doc)
        if not art.exists():
            err(f"article {doc} not found")
            continue
        first, _, text = art.read_text(encoding="utf-8").partition("\n")
        m = HEADER.fullmatch(first)
        if not m:
            err(f"bad header line {first!r}")
        elif m.group(1) != data.get("published"):
            err(f"published {data.get('published')} != header {m.group(1)}")
        check_facts(data, text, err)
    for a in sorted(arts - seen):
        problems.append(f"{d.name}/gold/{a}: article without gold file")
    for line in problems:
        print(line)
    shown = d.relative_to(ROOT) if d.is_relative_to(ROOT) else d
    print(f"{shown}: {len(golds)} gold files, {len(problems)} problem(s)")
    return len(problems)


def main() -> None:
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT / "devset", ROOT / "examples"]
    total = sum(check_dir(d.resolve()) for d in dirs)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
