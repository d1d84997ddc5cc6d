"""What scrapers and people throw at `kg build`: every hostile input beside good articles.

One build reads all the cases below together with three good articles; each case then checks its own outcome
(built, or skipped with a message naming it), and the whole build must have kept every good article, written
exports that parse, and evidence offsets that point at the stored text. User mistakes on the command line
(paths, --base, caches, queries) are checked one by one for their exit code and a message without a traceback.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildReport, build
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
GOOD = ("en_01.txt", "ru_01.txt", "uk_01.txt")
DCT_ID = "http://purl.org/dc/terms/identifier"
EN = "Vladimir Putin held talks with Xi Jinping in Moscow on 5 May 2025. The leaders discussed trade."
RU = "Владимир Путин провёл переговоры с Си Цзиньпином в Москве 5 мая 2025 года."
UK = "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном 3 березня 2025 року."


@dataclass(frozen=True)
class Case:
    name: str
    write: Callable[[Path], None]  # writes the case's files into its own folder
    outcome: str  # "built": an article of the folder is in the graph; "skipped": named in a skip; "any": either


def _text(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(text.encode(encoding))


def _raw(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(data)


def _jsonl(*lines: str | bytes) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        (folder / "a.jsonl").write_bytes(b"".join((x if isinstance(x, bytes) else x.encode("utf-8", "surrogatepass"))
                                                  + b"\n" for x in lines))
    return write


def _record(**fields: object) -> str:
    return json.dumps({"text": EN, **fields})


def _dangling(folder: Path) -> None:
    os.symlink(folder / "nowhere.txt", folder / "gone.txt")


def _loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text(EN, encoding="utf-8")
    os.symlink(folder, folder / "sub" / "back")


def _self_link(folder: Path) -> None:
    os.symlink(folder / "me.txt", folder / "me.txt")


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _deep(folder: Path) -> None:
    path = folder.joinpath(*["d"] * 30)
    path.mkdir(parents=True)
    (path / "deep.txt").write_text(EN, encoding="utf-8")


def _bad_name_bytes(folder: Path) -> None:
    with open(os.fsencode(folder) + b"/bad\xff\xfename.txt", "wb") as handle:
        handle.write(EN.encode())


def _unpunctuated(size: int) -> str:
    words = ["Putin", "Xi", "Jinping", "Erdogan", "Modi", "talks", "Moscow", "Beijing", "and", "with", "president"]
    return " ".join(words[(i * 7) % len(words)] for i in range(size // 6))


CASES = [
    Case("line-separator", _text("a.txt", EN.replace(" with ", " with\u2028")), "built"),
    Case("paragraph-separator", _text("a.txt", EN.replace(". ", ".\u2029")), "built"),
    Case("next-line", _text("a.txt", EN.replace(" held ", "\u0085held ")), "built"),
    Case("vertical-tab-form-feed", _text("a.txt", EN.replace(". ", ".\x0b\x0c")), "built"),
    Case("c1-controls", _text("a.txt", EN.replace(" ", " \x80\x9b", 3)), "built"),
    Case("ansi-escapes", _text("a.txt", "\x1b[31m" + (EN + " ") * 4 + "\x1b[0m\x07"), "built"),
    Case("mostly-controls", _text("a.txt", "\x1b\x07\x08" * 50 + EN), "skipped"),
    Case("unit-separator", _text("a.txt", EN.replace(" ", "\x1f", 2)), "built"),
    Case("some-nul-bytes", _raw("a.txt", EN.encode() + b"\x00\x00\x00\x00"), "skipped"),
    Case("cesu-surrogate-bytes", _raw("a.txt", EN.encode() + b" \xed\xa0\x80"), "any"),
    Case("utf8-bom", _raw("a.txt", b"\xef\xbb\xbf" + EN.encode()), "built"),
    Case("utf16-le", _raw("a.txt", b"\xff\xfe" + RU.encode("utf-16-le")), "built"),
    Case("utf16-be", _raw("a.txt", b"\xfe\xff" + UK.encode("utf-16-be")), "built"),
    Case("utf16-odd-length", _raw("a.txt", b"\xff\xfe" + RU.encode("utf-16-le") + b"\x00"), "skipped"),
    Case("cp1251", _text("a.txt", RU, "cp1251"), "built"),
    Case("koi8", _text("a.txt", RU, "koi8_r"), "built"),
    Case("invalid-utf8-middle", _raw("a.txt", EN.encode() + b" \xff\xfe\xfd " + EN.encode()), "any"),
    Case("empty", _raw("a.txt", b""), "skipped"),
    Case("whitespace-only", _raw("a.txt", b" \n\t\n  "), "skipped"),
    Case("header-only", _text("a.txt", " date 2025-05-06\n"), "skipped"),
    Case("bad-header-date", _text("a.txt", " date 2025-13-45\n" + EN), "skipped"),
    Case("far-header-date", _text("a.txt", " date 9999-12-31\n" + EN), "built"),
    Case("year-one-header", _text("a.txt", " date 0001-01-01\n" + EN), "built"),
    Case("quotes-in-name", _text("it's \"quoted\" <x> & y.txt", EN), "built"),
    Case("newline-in-name", _text("two\nlines.txt", EN), "built"),
    Case("separator-in-name", _text("sep\u2028name.txt", EN), "built"),
    Case("invalid-utf8-name", _bad_name_bytes, "built"),
    Case("long-name", _text("n" * 240 + ".txt", EN), "built"),
    Case("unknown-suffix", _text("a.pdf", EN), "skipped"),
    Case("json-not-jsonl", _text("a.json", _record()), "skipped"),
    Case("dangling-symlink", _dangling, "skipped"),
    Case("symlink-loop", _loop, "any"),
    Case("self-symlink", _self_link, "skipped"),
    Case("fifo", _fifo, "skipped"),
    Case("deep-folders", _deep, "built"),
    Case("html-markup", _text("a.txt", "<script>alert(1)</script><b>" + EN + "</b>"), "built"),
    Case("turtle-injection", _text("a.txt", EN + ' """ . } @prefix x: <http://evil/> . x:a x:b x:c .'), "built"),
    Case("cypher-injection", _text("a.txt", EN + " '}) MATCH (n) DETACH DELETE n; //"), "built"),
    Case("csv-injection", _text("a.txt", "=cmd|' /C calc'!A0,\"x\"\r\n" + EN), "built"),
    Case("sparql-injection", _text("a.txt", EN + ' "} ; DROP ALL ; SELECT * { ?s ?p ?o'), "built"),
    Case("bidi-override", _text("a.txt", EN.replace("Moscow", "\u202eMoscow\u202c")), "built"),
    Case("zero-width", _text("a.txt", EN.replace("Putin", "Pu\u200btin")), "built"),
    Case("astral", _text("a.txt", "🇷🇺🤝🇨🇳 " + EN + " 𝕏"), "built"),
    Case("decomposed", _text("a.txt", "Путин\u0306 и Си Цзиньпин провели переговоры"), "built"),
    Case("long-word", _text("a.txt", EN + " " + "x" * 100_000), "built"),
    Case("unpunctuated-paragraph", _text("a.txt", _unpunctuated(20_000)), "built"),
    Case("blank-lines", _text("a.txt", "\n" * 2000 + EN + "\n" * 2000), "built"),
    Case("numbers-only", _text("a.txt", " ".join(str(i) for i in range(2000))), "skipped"),
    Case("punctuation-only", _text("a.txt", "!?.,;:" * 500), "skipped"),
    Case("chinese-only", _text("a.txt", "习近平与普京举行会谈。"), "skipped"),
    Case("crlf", _text("a.txt", EN.replace(". ", ".\r\n")), "built"),
    Case("cr-only", _text("a.txt", EN.replace(". ", ".\r")), "built"),
    Case("many-short-lines", _text("a.txt", "Putin.\n" * 5000), "built"),
    Case("huge-number", _text("a.txt", "Trade between Russia and China reached $" + "9" * 400 + " trillion in 2024."),
         "built"),
    Case("many-decimals",
         _text("a.txt", "Trade reached 1,2,3,4,5,6,7,8 billion dollars in 2024 between Russia and China."),
         "built"),
    Case("impossible-date", _text("a.txt", "Putin called Xi on 31 February 2025 and 45 May 2025."), "built"),
    Case("jsonl-title-object", _jsonl(_record(id="t1", title={"rendered": "x"})), "skipped"),
    Case("jsonl-title-list", _jsonl(_record(id="t2", title=["a", "b"])), "skipped"),
    Case("jsonl-title-int", _jsonl(_record(id="t3", title=7)), "skipped"),
    Case("jsonl-id-object", _jsonl(_record(id={"a": 1})), "skipped"),
    Case("jsonl-id-bool", _jsonl(_record(id=True)), "skipped"),
    Case("jsonl-id-int", _jsonl(_record(id=424242)), "built"),
    Case("jsonl-deep-nesting", _jsonl('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"), "skipped"),
    Case("jsonl-lone-surrogate-text", _jsonl(json.dumps({"id": "ls1", "text": EN + " \ud800 end"})), "built"),
    Case("jsonl-lone-surrogate-title", _jsonl(json.dumps({"id": "ls2", "text": EN, "title": "a\udfffb"})), "built"),
    Case("jsonl-surrogate-pair-escape", _jsonl('{"id": "sp", "text": "' + EN + ' \\ud83d\\ude00"}'), "built"),
    Case("jsonl-nan", _jsonl('{"id": "nan1", "text": "' + EN + '", "extra": NaN}'), "built"),
    Case("jsonl-huge-int-id", _jsonl('{"id": ' + "9" * 5000 + ', "text": "' + EN + '"}'), "skipped"),
    Case("jsonl-array-line", _jsonl('["text", "id"]'), "skipped"),
    Case("jsonl-no-text", _jsonl('{"id": "x"}'), "skipped"),
    Case("jsonl-text-null", _jsonl('{"id": "x", "text": null}'), "skipped"),
    Case("jsonl-text-number", _jsonl('{"id": "x", "text": 5}'), "skipped"),
    Case("jsonl-published-bad", _jsonl(_record(id="p1", published="yesterday")), "skipped"),
    Case("jsonl-published-number", _jsonl(_record(id="p2", published=20250101)), "skipped"),
    Case("jsonl-lang-unknown", _jsonl(_record(id="l1", lang="xx")), "built"),
    Case("jsonl-lang-object", _jsonl(_record(id="l2", lang={"code": "en"})), "skipped"),
    Case("jsonl-url-object", _jsonl(_record(id="u1", url={"href": "x"})), "skipped"),
    Case("jsonl-url-javascript", _jsonl(_record(id="u2", url="javascript:alert(1) <x>")), "built"),
    Case("jsonl-truncated", _jsonl('{"id": "tr", "text": "Putin met'), "skipped"),
    Case("jsonl-bom", lambda f: (f / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + _record(id="bom").encode() + b"\n"),
         "built"),
    Case("jsonl-blank-lines", _jsonl("", "   ", _record(id="bl"), ""), "built"),
    Case("jsonl-invalid-utf8", _jsonl(b'{"id": "iu", "text": "Putin \xff\xfe"}'), "skipped"),
    Case("jsonl-duplicate-ids", _jsonl(_record(id="dup"), _record(id="dup")), "any"),
    Case("jsonl-nul-escape", _jsonl(json.dumps({"id": "nul", "text": EN + "\u0000\u0001"})), "built"),
    Case("jsonl-crlf", lambda f: (f / "a.jsonl").write_bytes(_record(id="crlf").encode() + b"\r\n"), "built"),
    Case("jsonl-unknown-fields", _jsonl(_record(id="uf", extra={"deep": [1, 2, {"x": None}]})), "built"),
    Case("jsonl-title-separators", _jsonl(_record(id="ts", title="a\u2028b\u2029c\nd\x00e")), "built"),
    Case("jsonl-only-bom", _raw("a.jsonl", b"\xef\xbb\xbf\n"), "any"),
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    (inputs / "good").mkdir(parents=True)
    for name in GOOD:
        shutil.copy(EXAMPLES / name, inputs / "good" / name)
    for case in CASES:
        folder = inputs / case.name
        folder.mkdir()
        case.write(folder)
    out = inputs / "out"  # the output folder inside the input folder: never read as input
    report = build([inputs], out, workers=2)
    return inputs, out, report


def _article_ids(out: Path) -> set[str]:
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(DCT_ID), None, None)}


def test_every_good_article_beside_hostile_inputs_is_built(hostile: tuple[Path, Path, BuildReport]) -> None:
    _, out, report = hostile
    ids = _article_ids(out)
    assert {f"good/{name}" for name in GOOD} <= ids
    assert report.articles == len(ids)


def test_the_output_folder_inside_the_input_folder_is_not_read(hostile: tuple[Path, Path, BuildReport]) -> None:
    _, out, report = hostile
    assert not any(i.startswith("out/") for i in _article_ids(out))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_built_or_named(case: Case, hostile: tuple[Path, Path, BuildReport]) -> None:
    inputs, out, report = hostile
    built = {i for i in _ids_cache(out) if i.split("/")[0] == case.name or i.startswith(f"{case.name}/")}
    json_built = any(f.split(":")[0].endswith(f"{case.name}/a.jsonl") for f in _sources_cache(out))
    named = [s for s in report.skipped if f"/{case.name}/" in s.source or s.source.endswith(f"/{case.name}")]
    for s in named:
        assert s.reason and "Traceback" not in s.reason
    if case.outcome == "built":
        assert built or json_built, [f"{s.source}: {s.reason}" for s in named]
    elif case.outcome == "skipped":
        assert named, f"{case.name}: not named among the skipped inputs"
    else:
        assert built or json_built or named


_IDS: dict[Path, set[str]] = {}
_SOURCES: dict[Path, set[str]] = {}


def _ids_cache(out: Path) -> set[str]:
    if out not in _IDS:
        _IDS[out] = _article_ids(out)
    return _IDS[out]


def _sources_cache(out: Path) -> set[str]:
    if out not in _SOURCES:
        _SOURCES[out] = {json.loads(p.read_text(encoding="utf-8"))["facts"]["article"]["source"]
                         for p in (out / ".kg-facts").glob("*.json")}
    return _SOURCES[out]


def test_every_export_of_the_hostile_build_parses(hostile: tuple[Path, Path, BuildReport]) -> None:
    from lxml import etree

    _, out, _ = hostile
    for name, fmt in (("graph.trig", ox.RdfFormat.TRIG), ("graph.nq", ox.RdfFormat.N_QUADS),
                      ("graph.ttl", ox.RdfFormat.TURTLE), ("graph.jsonld", ox.RdfFormat.JSON_LD)):
        assert list(ox.parse(path=str(out / name), format=fmt)), name
    for name in ("graph.gexf", "actors.gexf", "graph.graphml"):
        etree.parse(str(out / name))
    for name in ("conflicts.json", "validation.json"):
        json.loads((out / name).read_text(encoding="utf-8"))
    etree.parse(str(out / "validation.html"), etree.HTMLParser(recover=False))
    for path in sorted((out / "neo4j").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows and all(len(r) == len(rows[0]) for r in rows), path.name
    text = (out / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    assert "\u2028" not in text and "\x00" not in text


def test_evidence_offsets_point_at_the_stored_text(hostile: tuple[Path, Path, BuildReport]) -> None:
    from kg.cache import load

    _, out, _ = hostile
    checked = 0
    for facts in load(out):
        text = facts.article.text
        assert not any(ch in text for ch in "\u2028\u2029\x85\x00\x0b\x0c\r")
        for claim in (*facts.meetings, *facts.invitations, *facts.treaties, *facts.trade_facts):
            for ev in claim.evidence:
                assert text[ev.start:ev.end] == ev.quote
                checked += 1
        for m in facts.mentions:
            assert text[m.start:m.end] == m.surface
    assert checked > 10


def test_special_files_are_named_with_what_they_are(hostile: tuple[Path, Path, BuildReport]) -> None:
    _, _, report = hostile
    reasons = {s.source.rsplit("/", 2)[-2]: s.reason for s in report.skipped if "/" in s.source}
    assert "dangling" in reasons["dangling-symlink"]
    assert "FIFO" in reasons["fifo"]
    assert "loop" in reasons["self-symlink"]


def test_a_jsonl_skip_names_the_file_and_line(hostile: tuple[Path, Path, BuildReport]) -> None:
    _, _, report = hostile
    [skip] = [s for s in report.skipped if "/jsonl-title-object/" in s.source]
    assert skip.source.endswith("a.jsonl:1") and "'title'" in skip.reason


# ------------------------------------------------------------------------------------ the command line
def _good(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    shutil.copy(EXAMPLES / "en_01.txt", folder / "en_01.txt")
    return folder


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("prev") / "out"
    build([EXAMPLES / "en_01.txt"], out, validate=False)
    return out


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_mistyped_input_leaves_the_previous_build_untouched(previous: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before = _snapshot(out)
    code = main(["build", str(tmp_path / "goood"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "left as it was" in err and "hint:" in err and "Traceback" not in err
    assert _snapshot(out) == before


def test_a_folder_of_unreadable_files_builds_nothing_and_says_so(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"")
    code = main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert code == 2 and "a.txt" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def _damage(kind: str) -> Callable[[Path], None]:
    def damage(out: Path) -> None:
        [cached] = sorted((out / ".kg-facts").glob("*.json"))
        data = json.loads(cached.read_text(encoding="utf-8"))
        if kind == "truncated":
            cached.write_text(cached.read_text(encoding="utf-8")[:50], encoding="utf-8")
        elif kind == "empty":
            cached.write_bytes(b"")
        elif kind == "binary":
            cached.write_bytes(b"\xff\xfe\x00garbage")
        elif kind == "array":
            cached.write_text("[]", encoding="utf-8")
        elif kind == "no-version":
            cached.write_text(json.dumps({"facts": data["facts"]}), encoding="utf-8")
        elif kind == "no-facts":
            cached.write_text(json.dumps({"version": data["version"]}), encoding="utf-8")
        elif kind == "facts-wrong-type":
            data["facts"]["meetings"] = 5
            cached.write_text(json.dumps(data), encoding="utf-8")
        elif kind == "article-missing-id":
            del data["facts"]["article"]["id"]
            cached.write_text(json.dumps(data), encoding="utf-8")
        elif kind == "offset-not-int":
            data["facts"]["mentions"][0]["start"] = "x"
            cached.write_text(json.dumps(data), encoding="utf-8")
        elif kind == "bad-date":
            data["facts"]["article"]["published"] = "2025-02-31"
            cached.write_text(json.dumps(data), encoding="utf-8")
        elif kind == "folder-not-file":
            cached.unlink()
            cached.mkdir()
        elif kind == "cache-is-a-file":
            shutil.rmtree(out / ".kg-facts")
            (out / ".kg-facts").write_text("x", encoding="utf-8")
    return damage


@pytest.mark.parametrize("kind", ["truncated", "empty", "binary", "array", "no-version", "no-facts",
                                  "facts-wrong-type", "article-missing-id", "offset-not-int", "bad-date",
                                  "folder-not-file", "cache-is-a-file"])
def test_a_damaged_cache_gives_a_clear_error_and_leaves_the_build(kind: str, previous: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    _damage(kind)(out)
    before = _snapshot(out) if (out / ".kg-facts").is_dir() else None
    code = main(["build", str(_good(tmp_path)), "--into", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("error: ") and "hint: " in err and "Traceback" not in err
    if before is not None:
        assert _snapshot(out) == before


@pytest.mark.parametrize("argv, words", [
    (["build", "{good}", "-o", "{file}"], "is a file"),
    (["build", "{good}", "-o", "{tmp}/o", "--base", "not an iri"], "--base"),
    (["build", "{good}", "-o", "{tmp}/o", "--base", "http://x/ has space"], "--base"),
    (["build", "{good}", "-o", "{tmp}/o", "--base", "ftp://x/"], "--base"),
    (["build", "{good}", "-o", "{tmp}/user-folder"], "not an Entente build"),
    (["build", "{good}", "--no-such-option"], "unrecognized"),
    (["build", "{good}", "-o", "{tmp}/o", "--workers", "many"], "invalid int"),
    (["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--graph", "{prev}"], "SERVICE"),
    (["query", "select * { service silent ?x { ?s ?p ?o } }", "--graph", "{prev}"], "SERVICE"),
    (["query", "SELECT * WHERE { ?s ?p }", "--graph", "{prev}"], "syntax"),
    (["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", "{tmp}/missing"], "cannot load graph"),
    (["load", "{prev}", "--endpoint", "ftp://x/"], "HTTP"),
    (["load", "{prev}", "--endpoint", "http://127.0.0.1:9/store", "--timeout", "0"], "--timeout"),
    (["eval", "{gold_list}", "--graph", "{prev}/graph.trig"], "not in the seeds-gold format"),
    (["eval", "{gold_nodoc}", "--graph", "{prev}/graph.trig"], "no \"doc\""),
    (["eval", "{gold_broken}", "--graph", "{prev}/graph.trig"], "cannot be read"),
    (["validate", "{tmp}/missing.trig"], "missing.trig"),
    (["validate", "{file}"], "cannot load graph"),
])
def test_user_mistakes_exit_2_with_a_message_and_no_traceback(argv: list[str], words: str, previous: Path,
                                                              tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file.trig").write_text("not rdf {", encoding="utf-8")
    (tmp_path / "user-folder").mkdir()
    (tmp_path / "user-folder" / "thesis.docx").write_text("mine", encoding="utf-8")
    for name, content in (("gold_list", "[1, 2]"), ("gold_nodoc", '{"docs": "a.txt", "actors": []}'),
                          ("gold_broken", '{"doc": "a.txt", ')):
        (tmp_path / name).mkdir()
        (tmp_path / name / "g.json").write_text(content, encoding="utf-8")
    values = {"good": str(_good(tmp_path)), "file": str(tmp_path / "file.trig"), "tmp": str(tmp_path),
              "prev": str(previous), "gold_list": str(tmp_path / "gold_list"),
              "gold_nodoc": str(tmp_path / "gold_nodoc"), "gold_broken": str(tmp_path / "gold_broken")}
    for key, value in values.items():
        argv = [a.replace("{" + key + "}", value) for a in argv]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert words in err and "Traceback" not in err
    assert (tmp_path / "user-folder" / "thesis.docx").read_text(encoding="utf-8") == "mine"


def test_a_read_only_output_folder_gives_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() == 0:  # root may write anywhere: the folder is read-only as far as os.access says
        from kg import publish

        monkeypatch.setattr(publish.os, "access", lambda path, mode: Path(path).name != "ro")
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code = main(["build", str(_good(tmp_path)), "-o", str(parent / "out")])
    finally:
        parent.chmod(stat.S_IRWXU)
    err = capsys.readouterr().err
    assert code == 2 and "writable" in err and "Traceback" not in err


def test_an_internal_error_exits_4_with_how_to_report_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from kg import export

    def broken(lines: list[str], folder: Path) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(export.EXPORTERS, "graphml", broken)
    code = main(["build", str(_good(tmp_path)), "-o", str(tmp_path / "out"), "--no-validate"])
    err = capsys.readouterr().err
    assert code == 4 and "internal error" in err and "--debug" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if ".kg-staging-" in p.name]


def test_debug_prints_the_traceback_and_keeps_the_exit_code(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    code = main(["build", str(_good(tmp_path)), "-o", str(tmp_path / "f"), "--debug"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" in err


def test_a_query_with_service_runs_when_allowed(previous: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } LIMIT 1"
    code = main(["query", query, "--graph", str(previous), "--allow-service"])
    assert "refused" not in capsys.readouterr().err
    assert code in (0, 2)  # run (SILENT) or the engine's own error, never the refusal


def test_service_inside_a_string_or_comment_is_not_refused(previous: Path) -> None:
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) } # SERVICE <http://y/>'
    assert main(["query", query, "--graph", str(previous)]) == 0


def test_a_hanging_store_times_out_when_told(previous: Path, tmp_path: Path) -> None:
    import socket
    import time

    from kg.errors import KgError
    from kg.load import load

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)  # accepts connections, never answers
    try:
        started = time.monotonic()
        with pytest.raises(KgError, match="cannot reach the store"):
            load(previous, f"http://127.0.0.1:{server.getsockname()[1]}/store", timeout=0.3, retries=1,
                 sleep=lambda s: None)
        assert time.monotonic() - started < 10
    finally:
        server.close()


def test_a_query_table_never_sends_control_characters_to_the_terminal() -> None:
    from kg.query import QueryResult, format_table

    result = QueryResult(variables=["x"], rows=[(ox.Literal("red\x1b[31m alert\x07"),)])
    table = format_table(result)
    assert "\x1b" not in table and "\x07" not in table and "red" in table


def test_the_command_line_builds_the_hostile_folder_with_exit_1_and_names_each_skip(
        hostile: tuple[Path, Path, BuildReport], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs, _, report = hostile
    code = main(["build", str(inputs), "-o", str(tmp_path / "cli-out"), "--no-validate", "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    skips = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert len(skips) == len(report.skipped) + 1  # and the first build's output folder, read as input here
    assert any(line.startswith(f"skipped {inputs / 'out'}: the output folder of another") for line in skips)


def test_an_article_that_cannot_be_written_is_named_and_the_rest_built(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.rdf import QuadWriter

    article_quads = QuadWriter.article_quads

    def fragile(self, facts):  # type: ignore[no-untyped-def]
        if facts.article.id == "ru_01.txt":
            raise ValueError("cannot write this one")
        return article_quads(self, facts)

    monkeypatch.setattr(QuadWriter, "article_quads", fragile)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(EXAMPLES / name, folder / name)
    report = build([folder], tmp_path / "out", validate=False)
    assert [(s.source.rsplit("/", 1)[-1], "cannot write this one" in s.reason) for s in report.skipped] == \
        [("ru_01.txt", True)]
    assert _article_ids(tmp_path / "out") == {"en_01.txt", "uk_01.txt"}


def test_an_article_whose_facts_cannot_be_stored_is_named_and_the_rest_built(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import cache

    payload = cache.payload

    def fragile(facts):  # type: ignore[no-untyped-def]
        if facts.article.id == "uk_01.txt":
            raise ValueError("Out of range float values are not JSON compliant")
        return payload(facts)

    monkeypatch.setattr(cache, "payload", fragile)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(EXAMPLES / name, folder / name)
    report = build([folder], tmp_path / "out", validate=False)
    assert [s.source.rsplit("/", 1)[-1] for s in report.skipped] == ["uk_01.txt"]
    assert _article_ids(tmp_path / "out") == {"en_01.txt", "ru_01.txt"}


def test_an_article_whose_worker_dies_is_named_and_the_rest_built(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from kg.extract import worker as worker_module

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the fault is planted in the parent and inherited by forked workers")
    extract = worker_module.extract_long_article

    def fatal(article):  # type: ignore[no-untyped-def]
        if article.id == "ru_01.txt":
            os._exit(9)  # as the kernel's out-of-memory killer would end it
        return extract(article)

    monkeypatch.setattr(worker_module, "extract_long_article", fatal)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (*GOOD, "en_02.txt", "ru_02.txt"):
        shutil.copy(EXAMPLES / name, folder / name)
    report = build([folder], tmp_path / "out", workers=2, validate=False)
    assert [(s.source.rsplit("/", 1)[-1], "ended abruptly" in s.reason) for s in report.skipped] == \
        [("ru_01.txt", True)]
    assert _article_ids(tmp_path / "out") == {"en_01.txt", "uk_01.txt", "en_02.txt", "ru_02.txt"}
