"""The vocabulary module and the ontology agree: every term the code can write is declared."""
from __future__ import annotations

import pytest
import rdflib

from kg.paths import ontology_file
from kg.vocab import KG, KG_NS, TERMS


def test_every_term_the_code_writes_is_declared_in_the_ontology():
    onto = rdflib.Graph().parse(ontology_file())
    undeclared = [t for t in sorted(TERMS) if (rdflib.URIRef(KG_NS + t), rdflib.RDF.type, None) not in onto]
    assert not undeclared


def test_a_misspelt_term_raises_instead_of_minting_a_new_one():
    with pytest.raises(AttributeError, match="not a term"):
        _ = KG.participants
