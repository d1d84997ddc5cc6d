#!/usr/bin/env python3
"""Consistency checks for kg/gazetteer/data/*.json (standard library only)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "kg", "gazetteer", "data"))
FILES = ["countries.json", "cities.json", "organizations.json", "media.json", "people.json"]


def main():
    errors = []
    data = {}
    for f in FILES:
        with open(os.path.join(DATA, f), encoding="utf-8") as fh:
            data[f] = json.load(fh)
        keys = [e["key"] for e in data[f]]
        if keys != sorted(keys):
            errors.append(f"{f} not sorted by key")
    allkeys = Counter(e["key"] for f in FILES for e in data[f])
    errors += [f"duplicate key {k}" for k, n in allkeys.items() if n > 1]
    qids = Counter(e["qid"] for f in FILES for e in data[f] if e["qid"])
    errors += [f"duplicate qid {q}" for q, n in qids.items() if n > 1]
    countries = {e["key"] for e in data["countries.json"]}
    cities = {e["key"] for e in data["cities.json"]}
    orgs = {e["key"] for e in data["organizations.json"]}
    for c in data["countries.json"]:
        if c["capital"] and c["capital"] not in cities:
            errors.append("capital {} of {} missing".format(c["capital"], c["key"]))
    for c in data["cities.json"]:
        if c["country"] not in countries:
            errors.append("city {}: unknown country {}".format(c["key"], c["country"]))
    for p in data["people.json"]:
        for r in p["roles"]:
            if r["of"] not in countries | orgs:
                errors.append("person {}: unknown 'of' {}".format(p["key"], r["of"]))
            if "to_country" in r and r["to_country"] not in countries:
                errors.append("person {}: unknown to_country {}".format(p["key"], r["to_country"]))
            if r["to"] is not None and r["to"] < r["from"]:
                errors.append("person {}: role ends before it starts".format(p["key"]))
    for f in FILES:
        for e in data[f]:
            for lang in ("en", "ru", "uk"):
                if not e["name"].get(lang):
                    errors.append("{} {}: no {} name".format(f, e["key"], lang))
    for f in FILES:
        with_qid = sum(1 for e in data[f] if e["qid"])
        print(f"{f:<20} {len(data[f]):4d} entries, {with_qid:4d} with qid, {len(data[f]) - with_qid:4d} qid null")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
