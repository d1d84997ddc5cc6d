"""RDF outputs load in independent parsers (rapper from raptor2-utils, rdflib), not only our own."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import rdflib

SYNTAX = {"graph.trig": "trig", "graph.nq": "nquads", "graph.ttl": "turtle"}


@pytest.mark.parametrize("name,syntax", sorted(SYNTAX.items()))
def test_rdf_file_parses_in_rapper(examples_build, name, syntax):
    if not shutil.which("rapper"):
        pytest.skip("rapper (raptor2-utils) is not installed")
    run = subprocess.run(["rapper", "-i", syntax, "-c", str(examples_build / name)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "returned" in run.stderr and "error" not in run.stderr.lower()


def test_jsonld_and_trig_hold_the_same_quads_in_rdflib(examples_build):
    jsonld = rdflib.Dataset()
    jsonld.parse(examples_build / "graph.jsonld", format="json-ld")
    trig = rdflib.Dataset()
    trig.parse(examples_build / "graph.trig", format="trig")
    assert len(jsonld) == len(trig) > 0


def test_every_core_term_of_the_contract_is_declared_in_the_ontology_and_used_in_the_output(seeds_build):
    from kg.paths import ontology_file

    onto = rdflib.Graph().parse(ontology_file())
    data = (seeds_build / "graph.nq").read_text(encoding="utf-8")
    core = ["Actor", "Person", "Country", "Organization", "Place", "City", "Meeting", "PhoneCall", "VideoCall",
            "InPersonMeeting", "participant", "date", "duration", "Invitation", "inviter", "invitee",
            "destination", "occasion", "accepted", "Treaty", "party", "signedOn", "TradeFact", "commodity",
            "supplier", "buyer", "valueUSD", "changePercent", "rank", "Article", "mentions", "evidence"]
    ns = "https://w3id.org/entente/ontology#"
    for term in core:
        assert (rdflib.URIRef(ns + term), None, None) in onto, term
        assert f"<{ns}{term}>" in data, term
