"""An English name's words match as written: the text's word is lemmatised ("Fars's" finds Fars), the name is not,
so "the Far East" is no mention of the Fars agency and "Philippine" (an adjective) no mention of the Philippines."""
from __future__ import annotations

import pytest
from helpers import actors, facts


@pytest.mark.parametrize("text,absent", [
    ("The president flew to the Far East on Monday.", "fars"),
    ("The Far East forum opened in Vladivostok.", "fars"),
])
def test_a_word_that_lemmatises_to_a_names_stem_is_no_mention(text, absent):
    assert absent not in actors(facts(text, "en"))


@pytest.mark.parametrize("text,present", [
    # near misses: the name itself, its possessive, plural names
    ("Fars news agency reported the talks.", "fars"),
    ("Fars's report said so.", "fars"),
    ("The United States and the United Arab Emirates signed a deal.", "united-arab-emirates"),
    ("The United States and the United Arab Emirates signed a deal.", "united-states"),
])
def test_the_name_as_written_is_a_mention(text, present):
    assert present in actors(facts(text, "en"))
