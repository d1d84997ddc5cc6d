"""`kg build --dask`: extraction on a Dask cluster gives the same bytes as a local build."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_parallel import EXAMPLES, files_of

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


def test_dask_build_writes_the_same_bytes_as_a_local_build(cluster, tmp_path: Path):
    from kg.build import build

    local, remote = tmp_path / "local", tmp_path / "dask"
    build([EXAMPLES], local, workers=1)
    report = build([EXAMPLES], remote, dask=cluster.scheduler_address)
    assert report.articles == 12
    expected, produced = files_of(local), files_of(remote)
    assert sorted(produced) == sorted(expected)
    for name in expected:
        assert produced[name] == expected[name], f"{name} differs between the local and the Dask build"


def test_cli_builds_on_dask(cluster, tmp_path: Path):
    from kg.cli import main

    code = main(["build", str(EXAMPLES), "-o", str(tmp_path), "--dask", cluster.scheduler_address, "--quiet"])
    assert code in (0, 3)  # 3: the examples' own SHACL findings, not the cluster's doing
    assert (tmp_path / "graph.trig").stat().st_size > 0


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from kg import distributed as kg_distributed
    from kg.cli import main

    monkeypatch.setattr(kg_distributed, "CONNECT_TIMEOUT", "1s")

    assert main(["build", str(EXAMPLES), "-o", str(tmp_path), "--dask", "tcp://127.0.0.1:9", "--quiet"]) == 2
