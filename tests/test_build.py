"""The main job: deterministic outputs, broken inputs skipped, incremental = full rebuild, merging."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
OUTPUTS = ("graph.trig", "graph.nq", "graph.ttl", "graph.jsonld", "conflicts.md", "conflicts.json")
KG = "https://w3id.org/entente/ontology#"


def _copy(names: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def test_same_input_gives_byte_identical_files_across_processes_and_input_order(tmp_path):
    names = sorted(p.name for p in EXAMPLES.iterdir())
    forward = _copy(names[:6], tmp_path / "in1" / "x")
    _copy(names[6:], tmp_path / "in1" / "y")
    backward = _copy(names[6:], tmp_path / "in2" / "a")
    _copy(names[:6], tmp_path / "in2" / "b")
    outs = []
    for i, (folder, seed) in enumerate([(forward, "1"), (backward, "2")]):
        out = tmp_path / f"out{i}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        inputs = sorted(str(p) for p in folder.parent.rglob("*.txt"))
        if i:
            inputs.reverse()
        subprocess.run([sys.executable, "-m", "kg", "build", *inputs, "-o", str(out), "--no-validate", "--quiet"],
                       check=True, env=env, cwd=ROOT)
        outs.append(out)
    for name in OUTPUTS:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_broken_file_is_named_and_skipped_and_the_rest_is_built(tmp_path, capsys):
    folder = _copy(["ru_01.txt", "en_01.txt"], tmp_path / "in")
    (folder / "broken.txt").write_bytes(b"\x00\xff\x00\xfe")
    code = main(["build", str(folder), "-o", str(tmp_path / "out"), "--no-validate"])
    assert code == 1
    assert "broken.txt" in capsys.readouterr().out
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    ids = {r["id"].value for r in store.query(
        f"SELECT ?id WHERE {{ ?a a <{KG}Article> ; <http://purl.org/dc/terms/identifier> ?id }}")}
    assert ids == {"ru_01.txt", "en_01.txt"}


def test_incremental_build_gives_exactly_the_files_of_a_full_rebuild(tmp_path):
    names = sorted(p.name for p in EXAMPLES.iterdir())
    build([_copy(names, tmp_path / "all")], tmp_path / "full", validate=False)
    build([_copy(names[:5], tmp_path / "first")], tmp_path / "inc", validate=False)
    build([_copy(names[5:], tmp_path / "second")], tmp_path / "inc", validate=False, into=True)
    for name in OUTPUTS:
        assert (tmp_path / "full" / name).read_bytes() == (tmp_path / "inc" / name).read_bytes(), name


def test_adding_to_a_folder_that_was_never_built_says_what_to_do(tmp_path, capsys):
    code = main(["build", str(EXAMPLES), "--into", str(tmp_path / "nothing")])
    err = capsys.readouterr().err
    assert code == 2 and "kg build" in err


def test_a_failed_build_leaves_earlier_exports_untouched(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([_copy(["ru_01.txt"], tmp_path / "in")], out, validate=False)
    before = (out / "graph.trig").read_bytes()

    def explode(lines, folder):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    from kg import export

    monkeypatch.setitem(export.EXPORTERS, "turtle", explode)
    with pytest.raises(RuntimeError):
        build([_copy(["ru_01.txt", "uk_01.txt"], tmp_path / "in2")], out, validate=False)
    assert (out / "graph.trig").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-build-")]
