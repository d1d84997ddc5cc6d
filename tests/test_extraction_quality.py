"""Extraction quality does not fall below what was measured: each annotated set of our own is built and
scored with `kg.evaluate` (the reference scorer's numbers, tested in test_evaluate.py).

The floors sit a little under the scores measured when they were set (see the README's table), so a
change that costs a few facts on one set shows up here with the set, the kind and the new number. A floor
counts every kind that is scored, including plain `meetings` (participants only).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent

# (annotated set, floor for macro-F1, floor for every fact kind)
FLOORS = [
    ("devset", 0.95, 0.90),
    ("devset/noisy", 0.95, 0.89),
    ("devset/fresh", 0.92, 0.84),
    ("devset/heldout", 0.80, 0.56),  # treaties 0.58: names and parties the lexicon does not know
    ("devset/final", 0.81, 0.60),  # meetings_full 0.62: dates and partners in multi-event sentences
    ("devset/last", 0.79, 0.48),  # treaties 0.50
    ("examples", 0.94, 0.89),
]


@pytest.mark.parametrize("folder,macro_floor,kind_floor", FLOORS)
def test_extraction_on_an_annotated_set_stays_above_its_floor(tmp_path: Path, folder: str, macro_floor: float,
                                                              kind_floor: float) -> None:
    out = tmp_path / "out"
    build([ROOT / folder / "articles"], out, validate=False)
    result = evaluate(out / "graph.trig", ROOT / folder / "gold")
    below = {s.kind: round(s.f1, 3) for s in result.scores if s.f1 < kind_floor}
    assert result.macro_f1 >= macro_floor and not below, (folder, round(result.macro_f1, 3), below)
