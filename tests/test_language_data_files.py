"""The language data files (lexicons, gazetteer) are plain JSON a reader can trust: a key written twice in one
table silently keeps only its last value, so an edit to the first copy would do nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
DATA_FILES = sorted([*(KG / "lexicon").glob("*.json"), *(KG / "gazetteer" / "data").glob("*.json")])


def _keys_written_twice(text: str) -> list[str]:
    twice: list[str] = []

    def table(pairs: list[tuple[str, object]]) -> dict:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(text, object_pairs_hook=table)
    return twice


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_table_of_a_language_data_file_writes_a_key_twice(path: Path) -> None:
    assert _keys_written_twice(path.read_text(encoding="utf-8")) == [], f"{path}: remove the second copy"


def test_the_check_finds_a_key_written_twice() -> None:
    assert _keys_written_twice('{"treaty_words": {"к": "to", "на": "for", "к": "to"}}') == ["к"]
