"""devset/agreement.py scores one annotator's gold against another's with the shared scorer's own rules."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
AGREEMENT = ROOT / "devset" / "agreement.py"

GOLD = {
    "doc": "made_up_01.txt", "published": "2025-03-14", "language": "en",
    "actors": [{"name": "Emmanuel Macron", "type": "Person", "wikidata": "Q3052772", "mentions": ["Macron"]},
               {"name": "Narendra Modi", "type": "Person", "wikidata": None, "mentions": ["Modi"]},
               {"name": "India", "type": "Country", "wikidata": "Q668", "mentions": ["India"]},
               {"name": "France", "type": "Country", "wikidata": "Q142", "mentions": ["France"]}],
    "meetings": [{"participants": ["Emmanuel Macron", "Narendra Modi"], "medium": "phone", "date": "2025-03-13",
                  "duration_minutes": 40, "place": None, "evidence": "Macron phoned Modi"}],
    "invitations": [{"inviter": "Narendra Modi", "invitee": "Emmanuel Macron", "destination": "India",
                     "occasion": None, "time": None, "accepted": None, "evidence": "invited him"}],
    "treaties": [{"name": "roadmap on defence industry", "parties": ["France", "India"], "signed": "2025-03",
                  "status_note": None, "evidence": "signed a roadmap", "wikidata": None}],
    "commodity_facts": [{"commodity": "trade turnover", "supplier": "France", "buyer": "India", "value": 15.1,
                         "unit": "USD billion", "period": "2024", "evidence": "$15.1 billion"}],
}

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py is absent")


def _agreement(tmp_path: Path, a: dict, b: dict) -> dict[str, float]:
    for folder, gold in (("a", a), ("b", b)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / gold["doc"].replace(".txt", ".json")).write_text(json.dumps(gold), encoding="utf-8")
    run = subprocess.run([sys.executable, str(AGREEMENT), str(tmp_path / "a"), str(tmp_path / "b")],
                         capture_output=True, text=True, check=True)
    scores = {}
    for line in run.stdout.splitlines():
        kind, _, rest = line.partition(" ")
        if rest.strip().startswith("{"):
            scores[kind] = eval(rest.strip())["f1"]  # noqa: S307 - the scorer prints Python dicts
    return scores


def test_an_annotation_agrees_with_itself_on_every_kind(tmp_path):
    scores = _agreement(tmp_path, GOLD, GOLD)
    assert scores == {kind: 1.0 for kind in ("actors", "meetings", "meetings_full", "invitations", "treaties",
                                             "commodity_facts")}


def test_another_date_is_the_same_meeting_without_its_details(tmp_path):
    other = copy.deepcopy(GOLD)
    other["meetings"][0]["date"] = "2025-03-12"
    scores = _agreement(tmp_path, GOLD, other)
    assert scores["meetings"] == 1.0 and scores["meetings_full"] == 0.0


def test_a_host_state_for_a_host_leader_is_another_invitation(tmp_path):
    other = copy.deepcopy(GOLD)
    other["invitations"][0]["inviter"] = "India"
    assert _agreement(tmp_path, GOLD, other)["invitations"] == 0.0


def test_figures_within_two_percent_of_each_other_agree(tmp_path):
    other = copy.deepcopy(GOLD)
    other["commodity_facts"][0]["value"] = 15.3
    assert _agreement(tmp_path, GOLD, other)["commodity_facts"] == 1.0
