"""The seed articles, built and scored with the shared scorer (skipped where ../shared is absent)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _score(shared: Path, graph: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(graph),
                          str(shared / "seeds-gold"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout[:out.stdout.rindex("}") + 1])


def test_seed_build_scores_macro_f1_of_at_least_0_60_with_no_article_missing(shared, seeds_build):
    result = _score(shared, seeds_build / "graph.trig")
    assert result["articles_missing"] == []
    kinds = ("actors", "meetings_full", "invitations", "treaties", "commodity_facts")
    macro = sum(result[k]["f1"] for k in kinds) / len(kinds)
    assert macro >= 0.60, result


def test_seed_build_finds_the_main_meeting_of_every_article(shared, seeds_build):
    result = _score(shared, seeds_build / "graph.trig")
    assert result["meetings"]["tp"] >= 5


def test_seed_graphs_conform_to_the_shapes(seeds_build):
    report = json.loads((seeds_build / "validation.json").read_text())
    assert report["violations"] == 0, report["results"][:3]
