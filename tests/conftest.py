from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ------------------------------------------------------------------------------------------ Virtuoso
INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/www
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 1000000
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a fresh Virtuoso (user dba, password dba) on loopback ports, stopped afterwards."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "www").mkdir()
    http_port = free_port()
    (folder / "virtuoso.ini").write_text(INI.format(dir=folder, sql_port=free_port(), http_port=http_port),
                                         encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    log = (folder / "stdout.log").open("wb")
    server = subprocess.Popen([binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = (folder / "virtuoso.log").read_text(errors="replace")[-500:] \
                        if (folder / "virtuoso.log").exists() else ""
                    pytest.skip(f"virtuoso-t did not start: {tail}")
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
