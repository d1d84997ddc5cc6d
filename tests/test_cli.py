"""The command line as a whole: one graph loader behind every command, kg actors, --version, help, usage."""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from kg import __version__
from kg.cli import _parser, main

ROOT = Path(__file__).resolve().parent.parent
PUTIN = "https://w3id.org/entente/id/actor/vladimir-putin"


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0  # every exit of main is a documented code, returned, never raised
    assert capsys.readouterr().out.strip() == f"kg (Entente) {__version__}"


def _actions(parser: argparse.ArgumentParser, path: str = "kg"):  # type: ignore[no-untyped-def]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield f"{path} {name}", "(the command itself)", helps.get(name)
                yield from _actions(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield path, "/".join(action.option_strings) or action.dest, action.help


def test_every_command_and_argument_has_help() -> None:
    missing = [f"{path} {arg}" for path, arg, text in _actions(_parser()) if not text or text == argparse.SUPPRESS]
    assert missing == []


def test_build_without_input_prints_usage_and_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    assert "usage: kg build" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------------ one loader
def _bad_graphs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    unknown = tmp_path / "graph.xyz"
    unknown.write_text("<a> <b> <c> .\n", encoding="utf-8")
    truncated = tmp_path / "truncated.trig"
    truncated.write_text("<https://x/a> <https://x/b> { <https://x/c> <https://x/d> \"unfinished\n", encoding="utf-8")
    return {"missing": tmp_path / "no-such-build", "empty folder": empty, "unknown extension": unknown,
            "not RDF": truncated}


COMMANDS = {
    "query": lambda g: ["query", "ASK {}", "--graph", str(g)],
    "eval": lambda g: ["eval", str(ROOT / "examples" / "gold"), "--graph", str(g)],
    "validate": lambda g: ["validate", str(g)],
    "reason": lambda g: ["reason", str(g)],
    "load": lambda g: ["load", str(g), "--endpoint", "http://127.0.0.1:9/store"],
    "actors": lambda g: ["actors", "Putin", "--graph", str(g)],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("problem", ["missing", "empty folder", "unknown extension", "not RDF"])
def test_every_command_refuses_a_bad_graph_in_the_same_words(command: str, problem: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    graph = _bad_graphs(tmp_path)[problem]
    assert main(COMMANDS[command](graph)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot load graph {graph}"), err
    assert "\nhint: " in err


@pytest.mark.parametrize("command", ["query", "eval", "validate", "actors"])
@pytest.mark.parametrize("form", ["folder", "graph.trig", "graph.nq"])
def test_every_command_reads_a_build_folder_or_its_graph_files(command: str, form: str, examples_build: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    graph = examples_build if form == "folder" else examples_build / form
    assert main(COMMANDS[command](graph)) == 0, capsys.readouterr().err


# ------------------------------------------------------------------------------------------ kg actors
@pytest.mark.parametrize(("lang", "name"), [("ru", "Путин"), ("ru", "Путина"), ("ru", "путину"), ("uk", "Путін"),
                                            ("uk", "Путіна"), ("en", "Putin"), ("en", "Vladimir Putin"),
                                            ("en", "putin"), ("id", "Q7747")])
def test_actors_finds_putin_in_any_language_or_case(lang: str, name: str, examples_build: Path) -> None:
    from kg.actors import find_actors

    assert [m.iri for m in find_actors(examples_build, name)] == [PUTIN], lang


@pytest.mark.parametrize("name", ["Xi Jinping", "Лавров", "Путинизм", "Pute", "Q77", "Nobody"])
def test_actors_near_misses_are_not_putin(name: str, examples_build: Path) -> None:
    from kg.actors import find_actors

    assert PUTIN not in [m.iri for m in find_actors(examples_build, name)]


def test_actors_counts_equal_the_graphs(examples_build: Path) -> None:
    import pyoxigraph as ox

    from kg.actors import find_actors

    [putin] = find_actors(examples_build, "Putin")
    store = ox.Store()
    store.bulk_load(path=str(examples_build / "graph.trig"), format=ox.RdfFormat.TRIG)
    kg = "https://w3id.org/entente/ontology#"
    [[mentions]] = [list(r) for r in store.query(
        f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a <{kg}mentions> <{PUTIN}> }} }}")]
    [[facts]] = [list(r) for r in store.query(f"""SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f ?p <{PUTIN}> ; a ?c .
        VALUES ?c {{ <{kg}Meeting> <{kg}Invitation> <{kg}Treaty> <{kg}TradeFact> }} }}""")]
    assert (putin.mentions, putin.facts) == (int(mentions.value), int(facts.value))
    assert putin.mentions > 0 and putin.facts > 0 and putin.wikidata == "Q7747"


def test_cli_actors_prints_ids_to_pass_to_query(examples_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "Путина", "--graph", str(examples_build)]) == 0
    out = capsys.readouterr().out
    assert "id:actor/vladimir-putin" in out and "Q7747" in out


def test_cli_actors_says_when_nothing_matches(examples_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "Nobody", "--graph", str(examples_build)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no actor" in captured.err


def test_tests_needing_shared_are_explained_in_one_line(tmp_path: Path) -> None:
    """A checkout without ../shared beside it: the run ends with one line saying why tests were skipped."""
    import subprocess
    import sys

    checkout = tmp_path / "entente"
    shutil.copytree(ROOT / "tests", checkout / "tests", ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", checkout / "pyproject.toml")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_seeds.py",
                           "tests/test_gazetteer.py"], cwd=checkout, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300)
    lines = [line for line in done.stdout.splitlines() if "they need ../shared" in line]
    assert len(lines) == 1, done.stdout[-2000:]
    assert lines[0].split()[0].isdigit() and int(lines[0].split()[0]) > 0
