"""The gazetteer: verified Wikidata ids, every UN member with its capital, roles by date."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.gazetteer import load_gazetteer

WELL_KNOWN = {
    "vladimir-putin": "Q7747", "xi-jinping": "Q15031", "russia": "Q159", "china": "Q148",
    "united-states": "Q30", "ukraine": "Q212", "india": "Q668", "moscow": "Q649", "beijing": "Q956",
    "donald-trump": "Q22686", "joe-biden": "Q6279", "narendra-modi": "Q1058",
}


@pytest.mark.parametrize("key,qid", sorted(WELL_KNOWN.items()))
def test_well_known_actor_has_its_wikidata_id(key, qid):
    assert load_gazetteer().actors[key].qid == qid


def test_ids_agree_with_the_shared_verified_list():
    verified = Path(__file__).resolve().parents[2] / "shared" / "wikidata-verified.tsv"
    if not verified.exists():
        pytest.skip("../shared is absent")
    gaz = load_gazetteer()
    by_label = {a.label_en.lower(): a.qid for a in gaz.actors.values()}
    wrong = []
    for line in verified.read_text(encoding="utf-8").splitlines()[1:]:
        name, qid = line.rsplit("\t", 1)
        label = name.split(" (")[0].lower()
        if label in by_label and by_label[label] not in (None, qid):
            wrong.append((name, by_label[label], qid))
    assert not wrong


def test_every_un_member_is_there_with_a_capital_and_names_in_three_languages():
    gaz = load_gazetteer()
    countries = [e for e in gaz.entries.values() if e["type"] == "Country"]
    assert len(countries) >= 193
    for e in countries:
        assert all(e["name"].get(lang) for lang in ("en", "ru", "uk")), e["key"]
    with_capital = [e for e in countries if e.get("capital")]
    assert len(with_capital) >= 190 and all(e["capital"] in gaz.entries for e in with_capital)


def test_no_wikidata_id_is_given_to_two_actors():
    gaz = load_gazetteer()
    qids = [a.qid for a in gaz.actors.values() if a.qid]
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize("role,country,when,holder", [
    ("president", "russia", date(2024, 5, 1), "vladimir-putin"),
    ("president", "united-states", date(2023, 6, 1), "joe-biden"),
    ("president", "united-states", date(2025, 6, 1), "donald-trump"),
    ("president", "united-states", date(2019, 6, 1), "donald-trump"),
    ("leader", "india", date(2024, 5, 1), "narendra-modi"),
    ("foreign_minister", "russia", date(2024, 5, 1), "sergey-lavrov"),
])
def test_role_resolves_to_the_holder_on_the_date(role, country, when, holder):
    assert load_gazetteer().holder(role, country, when) == holder
