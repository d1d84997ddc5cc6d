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
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEDIA = {"phone", "video", "in_person"}
TYPES = {"Person", "Country", "Organization", "City"}
COMMODITIES = {"crude oil", "natural gas", "pipeline gas", "LNG", "coal", "agricultural products", "trade turnover"}
UNITS = {"USD billion", "percent", "rank", "million tonnes", "million barrels per day", "billion cubic metres per year"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TIME = re.compile(r"^\d{4}(-(H[12]|Q[1-4]|\d{2}|spring|summer|autumn|winter))?$")
PERIOD = re.compile(r"^\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?$")
QID = re.compile(r"^Q\d+$")


def check_dir(d: Path) -> int:
    errors = 0
    golds = sorted((d / "gold").glob("*.json"))
    arts = {p.name for p in (d / "articles").glob("*.txt")}
    if not golds:
        print(f"{d}: no gold files")
        return 1

    def err(f, msg):
        nonlocal errors
        errors += 1
        print(f"{d.name}/gold/{f}: {msg}")

    seen = set()
    for g in golds:
        f = g.name
        try:
            data = json.loads(g.read_text(encoding="utf-8"))
        except Exception as e:
            err(f, f"JSON does not load: {e}")
            continue
        for k in ("doc", "published", "language", "actors", "meetings", "invitations", "treaties", "commodity_facts"):
            if k not in data:
                err(f, f"missing key {k}")
        doc = data.get("doc")
        seen.add(doc)
        if doc != g.stem + ".txt":
            err(f, f"doc {doc!r} does not match file name")
        art = d / "articles" / str(doc)
        if not art.exists():
            err(f, f"article {doc} not found")
            continue
        raw = art.read_text(encoding="utf-8")
        first, _, text = raw.partition("\n")
        m = re.fullmatch(r" date (\d{4}-\d{2}-\d{2})", first)
        if not m:
            err(f, f"bad header line {first!r}")
        elif m.group(1) != data.get("published"):
            err(f, f"published {data.get('published')} != header {m.group(1)}")
        if data.get("language") not in ("ru", "uk", "en"):
            err(f, "bad language")

        names = set()
        for a in data.get("actors", []):
            n = a.get("name")
            if n in names:
                err(f, f"duplicate actor {n!r}")
            names.add(n)
            if a.get("type") not in TYPES:
                err(f, f"actor {n!r}: bad type {a.get('type')!r}")
            w = a.get("wikidata")
            if w is not None and not QID.match(w):
                err(f, f"actor {n!r}: bad wikidata {w!r}")
            if not a.get("mentions"):
                err(f, f"actor {n!r}: no mentions")
            for s in a.get("mentions", []):
                if s not in text:
                    err(f, f"actor {n!r}: mention {s!r} not in article")

        def need(n, role, f=f, names=names):
            if n is not None and n not in names:
                err(f, f"{role} {n!r} not in actors")

        def ev(x, kind, f=f, text=text):
            e = x.get("evidence")
            if not e or e not in text:
                err(f, f"{kind}: evidence not verbatim: {str(e)[:70]!r}")

        for x in data.get("meetings", []):
            ev(x, "meeting")
            if len(x.get("participants", [])) < 2 and not x.get("participants_alt"):
                err(f, "meeting with < 2 participants")
            for p in x.get("participants", []):
                need(p, "participant")
            for alt in x.get("participants_alt", []):
                for p in alt:
                    need(p, "participant_alt")
            need(x.get("place"), "place")
            if x.get("medium") not in MEDIA:
                err(f, f"bad medium {x.get('medium')!r}")
            if x.get("date") is not None and not DATE.match(x["date"]):
                err(f, f"bad meeting date {x['date']!r}")
            dm = x.get("duration_minutes")
            if dm is not None and not isinstance(dm, int):
                err(f, f"duration_minutes not int: {dm!r}")
        for x in data.get("invitations", []):
            ev(x, "invitation")
            need(x.get("inviter"), "inviter")
            need(x.get("invitee"), "invitee")
            need(x.get("destination"), "destination")
            if x.get("invitee") is None:
                err(f, "invitation without invitee")
            if x.get("time") is not None and not TIME.match(x["time"]):
                err(f, f"bad invitation time {x['time']!r}")
            if x.get("accepted") not in (True, False, None):
                err(f, "bad accepted")
        for x in data.get("treaties", []):
            ev(x, "treaty")
            for p in x.get("parties", []):
                need(p, "party")
            if not x.get("name"):
                err(f, "treaty without name")
            if x.get("signed") is not None and not DATE.match(x["signed"]):
                err(f, f"bad signed {x['signed']!r}")
        for x in data.get("commodity_facts", []):
            ev(x, "commodity_fact")
            need(x.get("supplier"), "supplier")
            need(x.get("buyer"), "buyer")
            if x.get("commodity") not in COMMODITIES:
                err(f, f"bad commodity {x.get('commodity')!r}")
            if x.get("unit") not in UNITS:
                err(f, f"bad unit {x.get('unit')!r}")
            if not isinstance(x.get("value"), (int, float)):
                err(f, f"value not a number: {x.get('value')!r}")
            if x.get("period") is not None and not PERIOD.match(x["period"]):
                err(f, f"bad period {x['period']!r}")
    for a in sorted(arts - seen):
        err(a, "article without gold file")
    print(f"{d.relative_to(ROOT) if d.is_relative_to(ROOT) else d}: {len(golds)} gold files, {errors} problem(s)")
    return errors


def main():
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT / "devset", ROOT / "examples"]
    total = sum(check_dir(d.resolve()) for d in dirs)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
