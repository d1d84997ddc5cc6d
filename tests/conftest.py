from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def seeds_build(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds")
    build([shared / "seeds"], out)
    return out


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("examples")
    build([ROOT / "examples" / "articles"], out)
    return out


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line saying how many tests were skipped for want of ../shared, and what that folder is."""
    needing = [r for r in terminalreporter.stats.get("skipped", [])
               if "../shared" in str(r.longrepr) or str(SHARED) in str(r.longrepr)]
    if needing:
        terminalreporter.write_line(
            f"{len(needing)} tests skipped: they need ../shared (the project's shared folder: seed articles, "
            f"the reference scorer, schemas), which is not beside this checkout at {SHARED}")
