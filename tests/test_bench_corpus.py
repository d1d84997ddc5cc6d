"""The benchmark corpus: deterministic, and with --fresh-people its distinct actors grow with its size."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from helpers import actors, facts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import generate  # noqa: E402

FRESH = re.compile(r"(?:Foreign Minister|министр иностранных дел|міністр закордонних справ) (\w+ \w+)")


def _fresh_names(n: int, share: float) -> set[str]:
    return {m for _id, _lang, _day, text in generate.corpus(n, 7, share) for m in FRESH.findall(text)}


def test_the_same_seed_gives_the_same_corpus() -> None:
    assert list(generate.corpus(30, 7, 0.5)) == list(generate.corpus(30, 7, 0.5))


def test_without_fresh_people_every_person_comes_from_the_gazetteer() -> None:
    assert _fresh_names(300, 0.0) == set()


def test_fresh_people_grow_with_the_corpus() -> None:
    small, large = _fresh_names(300, 0.5), _fresh_names(900, 0.5)
    assert len(small) > 100 and len(large) > 2.5 * len(small)


def test_a_fresh_person_is_read_as_a_new_actor_in_each_language() -> None:
    for lang in generate.LANGS:
        text = next(text for _id, lang_, _day, text in generate.corpus(60, 7, 1.0)
                    if lang_ == lang and FRESH.search(text))
        assert any(a.startswith("new:") for a in actors(facts(text, lang))), (lang, text)


def test_a_cached_corpus_from_another_gazetteer_is_kept_and_said_so(tmp_path, capsys) -> None:
    import run  # bench/run.py, found through the sys.path line above

    corpus = run.corpus_path(12, 7, False, tmp_path)
    assert len(list(corpus.iterdir())) == 12
    run.corpus_path(12, 7, False, tmp_path)
    assert "another gazetteer" not in capsys.readouterr().err
    (tmp_path / "corpus-12-s7.gazetteer").write_text("0000\n", encoding="utf-8")
    assert run.corpus_path(12, 7, False, tmp_path) == corpus
    assert "another gazetteer" in capsys.readouterr().err
