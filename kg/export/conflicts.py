"""conflicts.md and conflicts.json: where sources disagree, each fact named by its label, each value in one
human form, each claim with its article, publication date and quote."""
from __future__ import annotations

import json
from pathlib import Path

from ..records import human_duration
from ..resolve import KNOWLEDGE, ConflictRecord, Resolution

PROPERTY_NAMES = {"date": "date", "duration": "duration", "place": "place", "inviter": "inviter",
                  "accepted": "accepted", "timeFrame": "time frame", "signedOn": "signing date",
                  "status": "status", "valueUSD": "value", "changePercent": "change", "rank": "rank",
                  "tonnes": "volume", "barrelsPerDay": "flow", "cubicMetresPerYear": "volume"}


def human_claim_value(prop: str, value: str, resolution: Resolution) -> str:
    """A claimed value as an analyst reads it: '1 h 25 min', '$244.8 bn', an actor's name."""
    from ..rdf import human_value

    if prop == "duration":
        hours = int(value.split("H")[0][2:]) if "H" in value else 0
        minutes = int(value.rstrip("M").rsplit("H", 1)[-1].removeprefix("PT") or 0) if value.endswith("M") else 0
        return human_duration(hours * 60 + minutes)
    if prop in ("valueUSD", "changePercent", "rank", "tonnes", "barrelsPerDay", "cubicMetresPerYear"):
        return human_value(prop, float(value))
    if prop in ("place", "inviter"):
        actor = resolution.actors.get(value)
        return actor.label_en if actor else value.removeprefix("new:")
    if prop == "accepted":
        return "yes" if value == "true" else "no"
    return value


def _source(claim_source: str, resolution: Resolution) -> tuple[str, str]:
    if claim_source == KNOWLEDGE:
        return "Entente's knowledge (gazetteer and treaty lexicon)", ""
    published = resolution.published.get(claim_source)
    return claim_source, published.isoformat() if published else ""


def conflict_rows(resolution: Resolution, label_of: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for c in resolution.conflicts:
        rows.append({"fact": c.fact_iri, "label": label_of.get(c.fact_iri, c.fact_iri), "property": c.prop,
                     "claims": [{"source": _source(x.source, resolution)[0],
                                 "published": _source(x.source, resolution)[1],
                                 "value": x.value, "shown": human_claim_value(c.prop, x.value, resolution),
                                 "quote": x.quote} for x in c.claims]})
    return rows


def _heading(c: ConflictRecord, label_of: dict[str, str]) -> str:
    return f"## {label_of.get(c.fact_iri, c.fact_iri)}: {PROPERTY_NAMES.get(c.prop, c.prop)}"


def write_conflicts(resolution: Resolution, label_of: dict[str, str], out: Path) -> None:
    rows = conflict_rows(resolution, label_of)
    (out / "conflicts.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
    lines = ["# Conflicts between sources", ""]
    if not rows:
        lines.append("No two sources disagree about a fact they share.")
    for c, row in zip(resolution.conflicts, rows):
        lines.append(_heading(c, label_of))
        lines.append("")
        lines.append(f"<{c.fact_iri}>")
        lines.append("")
        for claim in row["claims"]:
            when = f" ({claim['published']})" if claim["published"] else ""
            quote = f": “{claim['quote']}”" if claim["quote"] else ""
            lines.append(f"- **{claim['shown']}** — {claim['source']}{when}{quote}")
        lines.append("")
    (out / "conflicts.md").write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
