"""The real development set (devset/real): real news articles whose texts are not in the repository.

Its sources and gold files are checked everywhere. Its quotes, mentions and extraction floors need the
texts rebuilt into devset/real/texts/ (devset/real/README.md says how); without them those tests skip.
The pages corpus does not keep every page for ever: up to a tenth of a set's texts may be missing on a machine,
and then the quotes are checked and the floors scored on the articles that are there.
The checks are devset/real/check_texts.py's (which reuses devset/check_gold.py's per-file checks).
"""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from kg.build import build
from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "devset" / "real"
TEXTS = REAL / "texts"
HELD_OUT = REAL / "heldout"  # the newest blind batch: scored, never tuned on, no floors

# (gold files, floor for macro-F1): a little under the score of the 120 articles (batches 1 to 3) measured on
# 2026-12-04 when batch 3 joined the set after its held-out measurement (all 0.809, en 0.793, ru 0.903,
# uk 0.766), raised after the invitations/treaties work of the same day (all 0.869, en 0.882, ru 0.935,
# uk 0.804) and after the day's merges with the destination as the text names it (all 0.925, en 0.900,
# ru 0.963, uk 0.894); the blind first scores of each batch are in devset/real/README.md
MAY_BE_MISSING = 0.1  # share of a set's texts the pages corpus may no longer hold

BATCHES_1_TO_3 = range(1, 41)
BATCHES_4_AND_5 = range(41, 61)  # held out until 2026-12-04 afternoon (blind 0.660, 0.703 when they joined, 0.765
# after that afternoon's work on their errors)
BATCH_6 = range(61, 71)  # held out on 2026-12-04 afternoon (blind 0.540, 0.542 when it joined on the evening, 0.774
# after the evening's work on its errors)
BATCH_7 = range(71, 81)  # held out on 2026-12-04 evening (blind 0.680, 0.707 when it joined on the night)
BATCH_8 = range(81, 91)  # held out on 2026-12-04 night (blind 0.537; 0.581 when it joined on 2026-12-04 late night,
# after the night's work on batch 7; 0.891 after the late night's work on its errors)
BATCH_9 = range(91, 101)  # held out on 2026-12-04 late night (blind 0.754; 0.751 when it joined on 2026-12-05 early
# morning, 0.890 after that morning's work on its errors)
BATCH_10 = range(101, 111)  # held out on 2026-12-05 early morning (blind 0.699; 0.701 when it joined the same morning,
# 0.791 after the work on its errors)
BATCH_11 = range(111, 121)  # held out on 2026-12-05 early morning (blind 0.586; 0.589 when it joined the same morning,
# 0.724 after the work on its errors, four treaty names translated into English among it)
BATCH_12 = range(121, 131)  # held out on 2026-12-05 morning (blind 0.597; 0.647 with its treaty names in English;
# 0.654 when it joined the same morning, 0.892 after the late morning's work on its errors)
BATCH_13 = range(131, 141)  # held out on 2026-12-05 morning (blind 0.591 on 30 texts; 0.663 on the 27 rebuilt when it
# joined at noon)
BATCH_14 = range(141, 151)  # held out on 2026-12-05 morning (blind 0.642 on 23 texts; 0.644 on the 22 rebuilt when it
# joined at noon)
BATCH_15 = range(151, 161)  # held out on 2026-12-05 morning to noon (blind 0.589 on 27 texts; 0.573 on the 26 rebuilt
# when it joined in the afternoon, unmoved by two rounds of work on batches 1-14; 0.703 after two rounds on its errors,
# 0.772 after the evening's invitations round)
BATCH_16 = range(161, 169)  # held out on 2026-12-05 noon to 2026-12-05 evening (blind 0.640; 0.646 when it joined,
# unmoved by three rounds of work on batches 13-15; 0.901 after the evening's rounds on its errors)
BATCH_17 = range(169, 177)  # held out on 2026-12-05 evening (blind 0.646; 0.646 when it joined the same evening,
# unmoved by the rounds of work on batch 16 that lifted that batch to 0.83; 0.792 after the rounds on its own errors)
# floors raised on 2026-12-04 late night, a little under the scores of main then: batches 4-5 0.824, batch 6 0.809,
# batch 7 0.858, batch 8 0.891; batches 9 and 10 on 2026-12-05 early morning, batch 11 that morning; all of 4 to 12
# on 2026-12-05 late morning, a little under main a761f80 (4-5 0.868, 6 0.829, 7 0.872, 8 0.905, 9 0.900, 10 0.813,
# 11 0.736, 12 0.892); batch 11 again on 2026-12-05 noon, a little under main 314b3e0 (0.781, after the paraphrase
# tables of actors and invitations); batches 13 and 14 on 2026-12-05 afternoon, after the rounds of work on
# their errors (0.820, 0.805)
FLOORS = [("real_*", BATCHES_1_TO_3, 0.91), ("real_en_*", BATCHES_1_TO_3, 0.89),
          ("real_ru_*", BATCHES_1_TO_3, 0.95), ("real_uk_*", BATCHES_1_TO_3, 0.88),
          ("real_*", BATCHES_4_AND_5, 0.84), ("real_*", BATCH_6, 0.80),
          ("real_*", BATCH_7, 0.85), ("real_*", BATCH_8, 0.88),
          ("real_*", BATCH_9, 0.88), ("real_*", BATCH_10, 0.79), ("real_*", BATCH_11, 0.76),
          ("real_*", BATCH_12, 0.86), ("real_*", BATCH_13, 0.80), ("real_*", BATCH_14, 0.78),
          ("real_*", BATCH_15, 0.75), ("real_*", BATCH_16, 0.88),
          ("real_*", BATCH_17, 0.77)]


def _check_texts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_texts", REAL / "check_texts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_texts = _check_texts()


def test_every_source_row_has_a_well_formed_gold_file_and_every_gold_file_a_row() -> None:
    assert check_texts.check(REAL, None) == []


def _problems_beside_a_few_missing_texts(real: Path, texts: Path) -> list[str]:
    problems = check_texts.check(real, texts)
    missing = [p for p in problems if ": text " in p and " missing from " in p]
    if len(missing) > MAY_BE_MISSING * len(list((real / "gold").glob("*.json"))):
        pytest.skip(f"{len(missing)} texts missing from {texts}: rebuild them as devset/real/README.md says")
    return [p for p in problems if p not in missing]


def test_every_gold_quote_and_mention_is_verbatim_in_the_rebuilt_texts() -> None:
    if not TEXTS.is_dir():
        pytest.skip("devset/real/texts is absent: rebuild it as devset/real/README.md says")
    assert _problems_beside_a_few_missing_texts(REAL, TEXTS) == []


def test_the_held_out_batches_have_well_formed_sources_and_gold() -> None:
    if not list((HELD_OUT / "gold").glob("*.json")):
        pytest.skip("no held-out batch at the moment: the last one joined devset/real/gold")
    assert check_texts.check(HELD_OUT, None) == []


def test_every_held_out_quote_and_mention_is_verbatim_in_its_rebuilt_texts() -> None:
    if not list((HELD_OUT / "gold").glob("*.json")):
        pytest.skip("no held-out batch at the moment: the last one joined devset/real/gold")
    if not (HELD_OUT / "texts").is_dir():
        pytest.skip("devset/real/heldout/texts is absent: rebuild it as devset/real/README.md says")
    assert _problems_beside_a_few_missing_texts(HELD_OUT, HELD_OUT / "texts") == []


def test_every_second_annotation_is_well_formed_and_verbatim_in_its_rebuilt_text() -> None:
    """gold-second/ holds a second, blind annotation of some articles (devset/agreement.py compares the two)."""
    seconds = sorted((REAL / "gold-second").glob("*.json"))
    if not seconds:
        pytest.skip("no second annotation in devset/real/gold-second")
    problems: list[str] = []
    for g in seconds:
        def err(msg: str, f: str = g.name) -> None:
            problems.append(f"gold-second/{f}: {msg}")

        data = check_texts.read_gold(g, err)
        if data is None or not (REAL / "gold" / g.name).is_file():
            err("no first annotation of it in gold/") if data is not None else None
            continue
        article = TEXTS / (g.stem + ".txt")
        if article.is_file():
            header, text = check_texts.split_header(article.read_text(encoding="utf-8"))
            if header != data.get("published"):
                err(f"text header date {header} != published {data.get('published')}")
            check_texts.check_facts(data, text, err)
    assert problems == []


# ------------------------------------------------------------------ the check itself, on a made-up set

TEXT = " date 2031-05-06\nThe two ministers spoke by phone on Tuesday.\n"
GOLD = {"doc": "real_en_01.txt", "published": "2031-05-06", "language": "en",
        "actors": [{"name": "Ruritania", "type": "Country", "wikidata": None, "mentions": ["ministers"]}],
        "meetings": [], "invitations": [], "treaties": [], "commodity_facts": []}
ROW = "real_en_01.txt\thttps://example.org/a\t2031-05-06\ten"


def _made_up_set(tmp_path: Path, text: str = TEXT, gold: dict | None = None, rows: tuple[str, ...] = (ROW,)) -> Path:
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "real_en_01.txt").write_text(text, encoding="utf-8")
    if gold is not None:
        (tmp_path / "gold" / "real_en_01.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "sources.en.tsv").write_text("file\turl\tpublished\tlang\n" + "".join(r + "\n" for r in rows),
                                             encoding="utf-8")
    return tmp_path


def _with(**changes: object) -> dict:
    return {**GOLD, **changes}


@pytest.mark.parametrize("text,gold,rows,expected", [
    (TEXT, GOLD, (ROW,), None),
    (TEXT, _with(actors=[{**GOLD["actors"][0], "mentions": ["minister's"]}]), (ROW,), "not in article"),
    (TEXT, _with(meetings=[{"participants": ["Ruritania", "Ruritania"], "medium": "phone", "date": None,
                            "evidence": "spoke by telephone"}]), (ROW,), "evidence not verbatim"),
    ("The two ministers spoke by phone on Tuesday.\n", GOLD, (ROW,), "header date None"),
    (TEXT, _with(published=None), (ROW,), "!= sources"),
    (TEXT, None, (ROW,), "has no gold file"),
    (TEXT, GOLD, (), "no row in sources"),
    (TEXT, GOLD, ("real_en_01.txt\thttps://example.org/a\t2031-05-06\tuk",), "lang 'uk'"),
    (TEXT, GOLD, ("real_en_01.txt\texample.org/a\t2031-05-06\ten",), "not an http(s) address"),
])
def test_the_check_reports_what_does_not_fit(tmp_path: Path, text: str, gold: dict | None, rows: tuple[str, ...],
                                             expected: str | None) -> None:
    real = _made_up_set(tmp_path, text, gold, rows)
    problems = check_texts.check(real, real / "texts")
    if expected is None:
        assert problems == []
    else:
        assert any(expected in p for p in problems), problems


def test_the_check_without_texts_leaves_the_quotes_alone(tmp_path: Path) -> None:
    real = _made_up_set(tmp_path, gold=_with(actors=[{**GOLD["actors"][0], "mentions": ["nowhere"]}]))
    assert check_texts.check(real, None) == []
    assert check_texts.check(real, real / "texts") != []


# ------------------------------------------------------------------------------- extraction floors

@pytest.fixture(scope="module")
def real_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not TEXTS.is_dir():
        pytest.skip("devset/real/texts is absent: rebuild it as devset/real/README.md says")
    out = tmp_path_factory.mktemp("real")
    build([TEXTS], out, validate=False)
    return out / "graph.trig"


@pytest.mark.parametrize("pattern,numbers,floor", FLOORS)
def test_extraction_on_the_real_devset_stays_above_its_floor(real_build: Path, tmp_path: Path, pattern: str,
                                                             numbers: range, floor: float) -> None:
    golds = sorted(g for g in (REAL / "gold").glob(pattern + ".json") if int(g.stem.rsplit("_", 1)[1]) in numbers)
    if not golds:
        pytest.skip(f"no gold files {pattern}.json")
    present = [g for g in golds if (TEXTS / (g.stem + ".txt")).is_file()]
    if len(golds) - len(present) > MAY_BE_MISSING * len(golds):
        pytest.skip(f"{len(golds) - len(present)} of {len(golds)} texts missing: rebuild them as "
                    "devset/real/README.md says")
    for g in present:
        shutil.copy(g, tmp_path / g.name)
    result = evaluate(real_build, tmp_path)
    scores = {s.kind: round(s.f1, 3) for s in result.scores}
    assert result.macro_f1 >= floor, (pattern, round(result.macro_f1, 3), scores)
