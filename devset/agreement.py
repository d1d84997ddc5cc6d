#!/usr/bin/env python3
"""How far two annotators agree: one folder of gold files scored against another with the shared scorer.

    python3 devset/agreement.py GOLD_A GOLD_B [--scorer ../shared/eval/score.py] [--keep OUT.trig]

GOLD_B's annotations are written as the RDF an extractor would emit (the scorer's core terms: kg:Article with
dcterms:identifier, kg:mentions, the meeting, invitation, treaty and trade classes with their properties, owl:sameAs
and English labels on actors) and scored against GOLD_A by the shared scorer itself, so agreement is measured with
exactly the matching rules extraction is measured with. F1 is symmetric under those rules up to the scorer's
tolerances (a duration within 10 minutes, a figure within 2 %), so which folder is A matters little; B's
`participants_alt` cannot be written as one meeting and is left out (A's is used, as for an extractor).
Only files present in both folders are compared.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

KG = "https://w3id.org/entente/ontology#"
BASE = "https://example.org/agreement/"
MEDIUM = {"phone": "PhoneCall", "video": "VideoCall", "in_person": "InPersonMeeting"}
# gold unit -> (property, the property's base unit per gold unit), the inverse of the scorer's UNITS table
UNITS = {"USD billion": ("valueUSD", 1e9), "percent": ("changePercent", 1), "rank": ("rank", 1),
         "million barrels per day": ("barrelsPerDay", 1e6), "million tonnes": ("tonnes", 1e6),
         "billion cubic metres per year": ("cubicMetresPerYear", 1e9)}
PREFIXES = f"""@prefix kg: <{KG}> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def literal(text: object) -> str:
    return json.dumps(str(text), ensure_ascii=False)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def as_turtle(gold: dict) -> list[str]:
    """One gold file's annotations as the triples an extractor would write for its article."""
    doc = gold["doc"]
    art = f"<{BASE}article/{slug(doc)}>"
    out = [f"{art} a kg:Article ; dcterms:identifier {literal(doc)} ."]
    actors = {a["name"]: a for a in gold.get("actors", [])}

    def actor(name: str) -> str:
        iri = f"<{BASE}actor/{slug(name)}>"
        entry = actors.get(name, {})
        same = f" ; owl:sameAs <http://www.wikidata.org/entity/{entry['wikidata']}>" if entry.get("wikidata") else ""
        out.append(f"{iri} a kg:Actor ; rdfs:label {literal(name)}@en{same} .")
        return iri

    for name in actors:
        out.append(f"{art} kg:mentions {actor(name)} .")
    for kind, facts in (("meeting", gold.get("meetings", [])), ("invitation", gold.get("invitations", [])),
                        ("treaty", gold.get("treaties", [])), ("trade", gold.get("commodity_facts", []))):
        for n, fact in enumerate(facts):
            node = f"<{BASE}{kind}/{slug(doc)}/{n}>"
            lines = [f"{node} prov:wasDerivedFrom {art}"]
            if kind == "meeting":
                lines.append(f"a kg:Meeting, kg:{MEDIUM.get(fact.get('medium'), 'Meeting')}")
                lines += [f"kg:participant {actor(p)}" for p in fact.get("participants", [])]
                if fact.get("date"):
                    lines.append(f"kg:date {literal(fact['date'])}")
                if fact.get("duration_minutes") is not None:
                    lines.append(f"kg:duration \"PT{fact['duration_minutes']}M\"^^xsd:duration")
            elif kind == "invitation":
                lines.append("a kg:Invitation")
                lines += [f"kg:{role} {actor(fact[role])}" for role in ("inviter", "invitee", "destination")
                          if fact.get(role)]
            elif kind == "treaty":
                lines.append(f"a kg:Treaty ; rdfs:label {literal(fact['name'])}")
                lines += [f"kg:party {actor(p)}" for p in fact.get("parties", [])]
                if fact.get("signed"):
                    lines.append(f"kg:signedOn {literal(fact['signed'])}")
                if fact.get("wikidata"):
                    lines.append(f"owl:sameAs <http://www.wikidata.org/entity/{fact['wikidata']}>")
            else:
                lines.append(f"a kg:TradeFact ; kg:commodity {literal(fact['commodity'])}")
                if fact.get("value") is not None and fact.get("unit") in UNITS:
                    prop, factor = UNITS[fact["unit"]]
                    lines.append(f"kg:{prop} \"{float(fact['value']) * factor!r}\"^^xsd:double")
                lines += [f"kg:{role} {actor(fact[role])}" for role in ("supplier", "buyer") if fact.get(role)]
            out.append(" ;\n  ".join(lines) + " .")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path)
    parser.add_argument("gold_b", type=Path)
    parser.add_argument("--scorer", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")
    parser.add_argument("--keep", type=Path, help="write B's graph here (Turtle) instead of a temporary file")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        parser.error(f"{args.scorer}: the shared scorer is not there; pass --scorer PATH/TO/score.py")
    a_files = {p.name for p in args.gold_a.glob("*.json")}
    both = sorted(a_files & {p.name for p in args.gold_b.glob("*.json")})
    if not both:
        parser.error(f"{args.gold_a} and {args.gold_b} hold no gold file of the same name")
    triples = [PREFIXES]
    for name in both:
        triples += as_turtle(json.loads((args.gold_b / name).read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        only_both = Path(tmp) / "a"
        only_both.mkdir()
        for name in both:  # the scorer reads a whole folder: give it A's files that B has too
            (only_both / name).write_bytes((args.gold_a / name).read_bytes())
        graph = args.keep or Path(tmp) / "b.ttl"
        graph.write_text("\n".join(triples) + "\n", encoding="utf-8")
        print(f"{len(both)} articles annotated in both {args.gold_a} and {args.gold_b}", flush=True)
        return subprocess.run([sys.executable, str(args.scorer), str(graph), str(only_both)]).returncode


if __name__ == "__main__":
    sys.exit(main())
