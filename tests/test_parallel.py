"""Parallel builds give the same bytes as one-process builds; the progress bar draws only on terminals."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def one_worker_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("one-worker")
    build([EXAMPLES], out, workers=1)
    return out


def test_two_worker_build_writes_the_same_bytes_as_a_one_worker_build(one_worker_build, tmp_path):
    from kg.build import build

    build([EXAMPLES], tmp_path, workers=2)
    expected, produced = files_of(one_worker_build), files_of(tmp_path)
    assert sorted(produced) == sorted(expected)
    for name in expected:
        assert produced[name] == expected[name], f"{name} differs between 1 and 2 workers"


def test_parallel_extraction_keeps_the_input_order_and_counts_every_article():
    from kg.build import extract_all
    from kg.ingest import read_inputs

    articles = sorted((a for a in read_inputs([EXAMPLES])), key=lambda a: a.id)
    ticks: list[int] = []
    results = extract_all(articles, workers=2, progress=ticks.append)
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert sum(ticks) == len(articles)


def test_default_worker_count_is_one_per_core():
    import inspect

    from kg.build import build, extract_all

    assert inspect.signature(build).parameters["workers"].default is None
    assert inspect.signature(extract_all).parameters["workers"].default is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_only_on_a_terminal_and_not_when_quiet():
    from kg.progress import Progress

    assert Progress.for_stream(io.StringIO()) is None
    assert Progress.for_stream(_Terminal(), quiet=True) is None
    assert isinstance(Progress.for_stream(_Terminal()), Progress)


def test_progress_bar_shows_count_rate_and_eta():
    from kg.progress import Progress

    stream = _Terminal()
    bar = Progress(stream, min_interval=0)
    bar.begin(10)
    for _ in range(4):
        bar(1)
    line = bar.line()
    assert " 4/10 " in line and "40%" in line and "articles/s" in line and "ETA" in line
    bar(6)
    bar.end()
    assert stream.getvalue().endswith("\n") and "10/10" in stream.getvalue()


def test_progress_writes_one_line_per_finished_stage_below_the_bar():
    from kg.progress import Progress

    stream = _Terminal()
    bar = Progress(stream, min_interval=0)
    bar.begin(4)
    bar(4)
    bar.stage("extract", 2.0)
    bar.stage("merge", 0.5)
    lines = stream.getvalue().split("\n")
    assert lines[0].startswith("\rextracting") and "4/4" in lines[0]
    assert lines[1].split()[:3] == ["extract", "2.00", "s"] and "2.0 articles/s" in lines[1]
    assert lines[2].split()[:3] == ["merge", "0.50", "s"] and "8.0 articles/s" in lines[2]


def test_build_reports_each_stage_to_a_progress_that_asks_for_stages(tmp_path):
    from kg.build import build

    class Recorder:
        def __init__(self) -> None:
            self.stages: list[str] = []

        def begin(self, total: int) -> None:
            pass

        def __call__(self, n: int = 1) -> None:
            pass

        def stage(self, name: str, seconds: float) -> None:
            self.stages.append(name)

    recorder = Recorder()
    report = build([EXAMPLES], tmp_path, workers=1, validate=False, progress=recorder)
    assert recorder.stages == list(report.timings)
    assert recorder.stages[:3] == ["ingest", "extract", "merge"]
