"""Lexicon.words: a list of the lexicon as a set of the words written there, built once per lexicon."""
from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_words_are_the_listed_words_as_written(lang):
    lex = load_lexicon(lang)
    assert lex.get("coordination_words") and lex.words("coordination_words") == frozenset(lex["coordination_words"])


def test_words_of_a_key_the_lexicon_lacks_are_none():
    assert load_lexicon("en").words("no_such_key") == frozenset()


def test_words_are_built_once_per_lexicon():
    lex = load_lexicon("ru")
    assert lex.words("coordination_words") is lex.words("coordination_words")
