"""An English acronym stands as written (its possessive aside), never as the stem the lemmatiser cuts from a longer
word: "Boeing" is no Bank of England ("BoE")."""
from __future__ import annotations

import pytest
from helpers import actors, facts

CASES = [
    ("Boeing signed a deal with Air India on Monday.", "bank-of-england", False),
    ("The BoE raised its key rate on Thursday.", "bank-of-england", True),
    ("The BoE's governor spoke in London.", "bank-of-england", True),
    ("NATO's secretary general met the Turkish president.", "nato", True),
    ("Nato's secretary general met the Turkish president.", "nato", True),
    ("Gazprom's exports to China rose.", "gazprom", True),
]


@pytest.mark.parametrize(("text", "actor", "found"), CASES)
def test_an_english_acronym_is_found_only_as_written(text: str, actor: str, found: bool) -> None:
    assert (actor in actors(facts(text, "en"))) is found
