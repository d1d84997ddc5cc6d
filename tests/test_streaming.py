"""A streaming build: article graphs written by workers into shards give the same bytes as one process; a build
stopped part way is resumed with --into, re-extracting only what it had not finished, and gives the same files."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def whole_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    from kg.build import build

    out = tmp_path_factory.mktemp("whole") / "out"
    build([EXAMPLES], out, workers=1)
    return files_of(out)


def _same(expected: dict[str, bytes], produced: dict[str, bytes]) -> None:
    assert sorted(produced) == sorted(expected)
    assert [name for name in expected if produced[name] != expected[name]] == []


def test_article_graphs_written_by_forked_workers_in_many_shards_give_the_same_bytes(whole_build, tmp_path,
                                                                                     monkeypatch):
    import kg.build as build_module

    monkeypatch.setattr(build_module, "PARALLEL_GRAPHS_FROM", 1)
    monkeypatch.setattr(build_module, "GRAPH_BATCH", 3)  # 12 articles: four shards merged
    build_module.build([EXAMPLES], tmp_path / "out", workers=2)
    _same(whole_build, files_of(tmp_path / "out"))


class _Killed(Exception):
    pass


def _stop_after(shards: int):  # type: ignore[no-untyped-def]
    written: list[Path] = []

    def hook(path: Path) -> None:
        written.append(path)
        if len(written) >= shards:
            raise _Killed(f"stopped after {path.name}")
    return hook


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import kg.build as build_module

    extracted: list[str] = []
    extract = build_module.extract_safely

    def counted(article):  # type: ignore[no-untyped-def]
        extracted.append(article.id)
        return extract(article)
    monkeypatch.setattr(build_module, "extract_safely", counted)
    return extracted


def test_a_build_stopped_after_a_shard_is_resumed_with_into_and_gives_a_full_builds_files(whole_build, tmp_path,
                                                                                           monkeypatch):
    import kg.build as build_module
    from kg import shards

    monkeypatch.setattr(shards, "SHARD_ARTICLES", 4)
    out = tmp_path / "out"
    monkeypatch.setattr(build_module, "_shard_written", _stop_after(1))
    with pytest.raises(_Killed):
        build_module.build([EXAMPLES], out, workers=1)
    assert not out.exists()
    assert len(list(shards.work_folder(out).glob("extract-*.tsv"))) == 1
    monkeypatch.setattr(build_module, "_shard_written", None)
    extracted = _counting(monkeypatch)
    build_module.build([EXAMPLES], out, workers=1, into=True)
    assert len(extracted) == len(list(EXAMPLES.glob("*.txt"))) - 4  # the first shard's four were read back
    _same(whole_build, files_of(out))
    assert not shards.work_folder(out).exists()  # published: the work folder is gone


_KILLED_BUILD = """
import sys, time
from pathlib import Path
import kg.build, kg.shards
kg.shards.SHARD_ARTICLES = 4
def wait_to_be_killed(path):  # a long build: the test kills it here, after its first shard
    Path(sys.argv[2]).write_text(path.name)
    time.sleep(600)
kg.build._shard_written = wait_to_be_killed
kg.build.build([Path(sys.argv[1])], Path(sys.argv[3]), workers=2)
"""


def test_a_build_killed_with_sigkill_after_a_shard_is_finished_by_into_with_a_full_builds_files(whole_build,
                                                                                                 tmp_path,
                                                                                                 monkeypatch):
    import signal
    import subprocess
    import sys
    import time

    import kg.build as build_module
    from kg import shards

    out, flag = tmp_path / "out", tmp_path / "first-shard"
    process = subprocess.Popen([sys.executable, "-c", _KILLED_BUILD, str(EXAMPLES), str(flag), str(out)],
                               cwd=ROOT)
    try:
        deadline = time.monotonic() + 300
        while not flag.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert flag.exists(), "the build ended or hung before its first shard"
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert not out.exists()
    assert [p.name for p in shards.work_folder(out).glob("extract-*.tsv")] == [flag.read_text()]
    extracted = _counting(monkeypatch)
    build_module.build([EXAMPLES], out, workers=1, into=True)
    assert len(extracted) == len(list(EXAMPLES.glob("*.txt"))) - 4  # the killed build's shard was read back
    _same(whole_build, files_of(out))
    assert not shards.work_folder(out).exists()


def test_a_build_without_into_extracts_everything_again_after_a_kill(tmp_path, monkeypatch):
    import kg.build as build_module
    from kg import shards

    monkeypatch.setattr(shards, "SHARD_ARTICLES", 4)
    out = tmp_path / "out"
    monkeypatch.setattr(build_module, "_shard_written", _stop_after(2))
    with pytest.raises(_Killed):
        build_module.build([EXAMPLES], out, workers=1, validate=False)
    monkeypatch.setattr(build_module, "_shard_written", None)
    extracted = _counting(monkeypatch)
    build_module.build([EXAMPLES], out, workers=1, validate=False)
    assert len(extracted) == len(list(EXAMPLES.glob("*.txt")))


def test_a_shard_line_is_reused_only_for_the_same_article_content(tmp_path):
    from kg import shards
    from kg.extract.worker import extract_safely
    from kg.ingest import read_inputs

    article = next(a for a in read_inputs([EXAMPLES]) if not isinstance(a, type(None)))
    result = extract_safely(article)
    from kg.cache import payload

    shards.write_shard(tmp_path, [shards.shard_line(shards.article_key(article), result, payload(result))])
    import dataclasses

    edited = dataclasses.replace(article, text=article.text + " ")
    assert list(shards.finished(tmp_path, [shards.article_key(article)]).values()) == [result]
    assert shards.finished(tmp_path, [shards.article_key(edited)]) == {}


@pytest.mark.parametrize("batch", [1, 3])
def test_gexf_actors_gexf_and_graphml_written_a_few_elements_at_a_time_are_byte_identical_to_the_whole_tree(
        batch, monkeypatch):
    from lxml import etree

    from kg.export import gexf, graphml, xml_stream
    from kg.export.neo4j import property_graph

    lines = [line[:-3] for line in (ROOT / "exports" / "graph.nq").read_text(encoding="utf-8").splitlines(True)]
    graph = property_graph(lines)
    monkeypatch.setattr(xml_stream, "BATCH", batch)
    whole = etree.tostring(etree.fromstring(b"".join(gexf.full_gexf_parts(graph))), xml_declaration=True,
                           encoding="UTF-8", pretty_print=True)
    assert b"".join(gexf.full_gexf_parts(graph)) == (ROOT / "exports" / "graph.gexf").read_bytes() == whole
    assert b"".join(graphml.graphml_parts(graph)) == (ROOT / "exports" / "graph.graphml").read_bytes()
    assert b"".join(gexf.actors_gexf_parts(graph)) == (ROOT / "exports" / "actors.gexf").read_bytes()


def test_an_empty_container_is_written_as_lxml_writes_it():
    from lxml import etree

    from kg.export.xml_stream import streamed_text

    root = etree.Element("{urn:x}root", nsmap={None: "urn:x"})
    empty = etree.SubElement(root, "{urn:x}empty")
    full = etree.SubElement(root, "{urn:x}full")
    pieces = b"".join(streamed_text(root, [(empty, []), (full, [f'    <i v="{text}"/>\n' for text in ("a", "b")])]))
    for text in ("a", "b"):
        etree.SubElement(full, "{urn:x}i", {"v": text})
    assert pieces == etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def test_a_frame_whose_containers_all_stay_empty_is_written_whole():
    from lxml import etree

    from kg.export.xml_stream import streamed_text

    root = etree.Element("{urn:x}root", nsmap={None: "urn:x"})
    empty = etree.SubElement(root, "{urn:x}empty")
    whole = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    assert b"".join(streamed_text(root, [(empty, [])])) == whole


def test_children_given_as_text_are_written_as_lxml_writes_the_elements():
    from lxml import etree

    from kg.export.gexf import xml_attribute, xml_escape
    from kg.export.xml_stream import streamed_text

    values = ["plain", "a & b < c > d \"q\" 'a'", "tab\tline\nreturn\r end", "", "ж é \u2028 \U0001F600 ]]>"]
    root = etree.Element("{urn:x}root", nsmap={None: "urn:x"})
    full = etree.SubElement(root, "{urn:x}full")
    texts = [f'    <i v="{xml_attribute(v)}">\n      <d>{xml_escape(v)}</d>\n    </i>\n' for v in values]
    pieces = b"".join(streamed_text(root, [(full, texts)], batch=2))
    for v in values:
        etree.SubElement(etree.SubElement(full, "{urn:x}i", {"v": v}), "{urn:x}d").text = v
    assert pieces == etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def test_quads_a_writer_gives_twice_are_written_once_in_every_file(whole_build, tmp_path, monkeypatch):
    import kg.build as build_module
    from kg.rdf import QuadWriter

    for method in ("article_quads", "knowledge_quads", "merged_quads"):
        original = getattr(QuadWriter, method)

        def twice(self, *args, _original=original):  # type: ignore[no-untyped-def]
            quads = list(_original(self, *args))
            return iter(quads + quads[::-1])
        monkeypatch.setattr(QuadWriter, method, twice)
    monkeypatch.setattr(build_module, "PARALLEL_GRAPHS_FROM", 1)
    monkeypatch.setattr(build_module, "GRAPH_BATCH", 5)
    build_module.build([EXAMPLES], tmp_path / "out", workers=2)
    _same(whole_build, files_of(tmp_path / "out"))


def test_the_main_process_merges_facts_without_texts_yet_writes_each_articles_length(whole_build, tmp_path,
                                                                                  monkeypatch):
    import kg.build as build_module

    seen = []
    write_outputs = build_module.write_outputs

    def spy(facts, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.extend(facts)
        return write_outputs(facts, *args, **kwargs)
    monkeypatch.setattr(build_module, "write_outputs", spy)
    build_module.build([EXAMPLES], tmp_path / "out", workers=2)
    assert seen and {f.article.text for f in seen} == {""}
    assert all(m.start == m.end == 0 for f in seen for m in f.mentions)
    _same(whole_build, files_of(tmp_path / "out"))  # textLength, syndication and the cache as from the texts


def test_a_near_copy_is_found_from_the_digests_of_texts_the_facts_no_longer_hold():
    from kg.build import digest_of
    from kg.records import Article, ArticleFacts
    from kg.resolve import find_syndicated

    words = " ".join(f"word{i}" for i in range(60))
    cases = [("copy", words, words + " end", {"b": "a"}),
             ("near miss", words, " ".join(f"other{i}" for i in range(60)), {})]
    for name, first, second, expected in cases:
        whole = [ArticleFacts(Article("a", first, "en")), ArticleFacts(Article("b", second, "en"))]
        digests = {f.article.id: digest_of(f) for f in whole}
        compact = [f.compact() for f in whole]
        assert find_syndicated(whole) == expected, name
        assert find_syndicated(compact, digests=digests) == expected, name


@pytest.fixture
def forked_exports(monkeypatch):  # type: ignore[no-untyped-def]
    import kg.build as build_module

    monkeypatch.setattr(build_module, "PARALLEL_GRAPHS_FROM", 1)  # the examples are a large build
    return build_module


def test_property_graph_exports_written_by_a_forked_process_give_the_same_bytes(whole_build, tmp_path,
                                                                                forked_exports):
    report = forked_exports.build([EXAMPLES], tmp_path / "out", workers=2)
    _same(whole_build, files_of(tmp_path / "out"))
    assert {f"export:{name}" for name in forked_exports.PROPERTY_GRAPH_EXPORTS} <= set(report.cpu)


@pytest.mark.parametrize("name", ["gexf", "neo4j"])  # neo4j: written by the exporter process's child
@pytest.mark.parametrize("failure", ["error", "killed"])
def test_a_failure_in_the_forked_exports_fails_the_build_and_leaves_the_output_as_it_was(failure, name, tmp_path,
                                                                                        forked_exports,
                                                                                        monkeypatch):
    import os

    from kg.errors import KgError
    from kg.export import EXPORTERS

    def broken(lines, out):  # type: ignore[no-untyped-def]
        if failure == "killed":
            os._exit(9)
        raise KgError(f"the {name} export cannot be written", hint="free some disk space")
    monkeypatch.setitem(EXPORTERS, name, broken)
    out = tmp_path / "out"
    expected = KgError if failure == "error" else RuntimeError
    with pytest.raises(expected, match=f"{name} export cannot" if failure == "error" else "ended abruptly"):
        forked_exports.build([EXAMPLES], out, workers=2)
    assert not out.exists()


def _default_graph_lines(nquads: bytes) -> list[str]:
    import pyoxigraph as ox

    return sorted({f"{q.subject} {q.predicate} {q.object}" for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
                   if isinstance(q.graph_name, ox.DefaultGraph)})


def test_the_default_graphs_shacl_from_its_sorted_file_gives_the_units_and_results_of_the_lines_in_memory(
        whole_build, tmp_path):
    from kg.validate import SortedIndex, _index, _subject_units, validate_units
    from kg.vocab import KG, RDF_TYPE, RDFS_LABEL

    lines = _default_graph_lines(whole_build["graph.nq"])
    people = sorted({line.split(" ", 1)[0] for line in lines if f"<{RDF_TYPE}> <{KG.Person}>" in line})[:2]
    article = next(line.split(" ", 1)[0] for line in lines if f"<{RDF_TYPE}> <{KG.Article}>" in line)
    broken = [line for line in lines  # two people without their English label, an article without its type:
              if not (line.split(" ", 1)[0] in people and f"<{RDFS_LABEL}>" in line and line.endswith('"@en'))
              and line != f"{article} <{RDF_TYPE}> <{KG.Article}>"]  # its facts' sources are then no article
    path = tmp_path / "default.nq"
    path.write_text("".join(line + " .\n" for line in broken), encoding="utf-8")
    in_memory = _index(line + " .\n" for line in broken)
    expected_units = _subject_units("merged", in_memory, 400)
    expected = validate_units(expected_units, in_memory, "default", workers=1, batch_triples=400)
    with SortedIndex(path) as stored:
        units = stored.units("merged", 400)
        assert [(u.name, list(u.lines), u.subjects) for u in units] == \
               [(u.name, u.lines, u.subjects) for u in expected_units]
        assert all(stored.get(s) == in_memory[s] for s in in_memory) and stored.get("<urn:x:none>") == ()
        results = validate_units(units, stored, "default", workers=1, batch_triples=400)  # type: ignore[arg-type]
    assert len(expected_units) > 3
    assert {r.focus for r in expected} >= {p[1:-1] for p in people}  # the broken data has violations, found
    assert any(r.path.endswith("wasDerivedFrom") for r in expected)  # through the neighbourhood too
    assert results == expected


def _golden_lines() -> list[str]:
    return [line[:-3] for line in (ROOT / "exports" / "graph.nq").read_text(encoding="utf-8").splitlines(True)]


@pytest.mark.parametrize(("compress_above", "batch", "read"), [(0, 1, 5), (0, 1000, 1 << 20), (10 ** 12, 2, 7)])
def test_the_explorer_page_written_in_pieces_is_byte_identical_to_the_whole_page(compress_above, batch, read,
                                                                                 tmp_path, monkeypatch):
    from kg.export import explorer
    from kg.export.neo4j import property_graph

    data = explorer.explorer_data(property_graph(_golden_lines()))
    monkeypatch.setattr(explorer, "JSON_BATCH", batch)
    monkeypatch.setattr(explorer, "SPOOL_READ", read)
    page = tmp_path / "explorer.html"
    explorer.write_explorer_page(data, page, compress_above)
    assert page.read_bytes() == explorer.explorer_page(data, compress_above).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["explorer.html"]  # the spooled blocks are removed
    assert "".join(explorer.script_json_parts(data)) == explorer.script_json(data)


def test_the_golden_explorer_page_is_written_in_pieces_with_the_same_bytes(tmp_path):
    from kg.export.explorer import write_explorer

    write_explorer(_golden_lines(), tmp_path)
    assert (tmp_path / "explorer.html").read_bytes() == (ROOT / "exports" / "explorer.html").read_bytes()


def _quads(claims: str) -> list[str]:
    """A meeting told by one article, with its claim, evidence and a conflict over its date, whose claim and evidence
    IRIs start with `claims` (so they sort before or after the meeting's)."""
    kg, xsd = "https://w3id.org/entente/ontology#", "http://www.w3.org/2001/XMLSchema#"
    rdf_type, prov = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/prov#wasDerivedFrom"
    article, meeting, person = "<urn:x:m-article>", "<urn:x:m-meeting>", "<urn:x:m-person>"
    claim, evidence, conflict = f"<{claims}claim>", f"<{claims}evidence>", f"<{claims}conflict>"
    default = [
        f"{article} <{rdf_type}> <{kg}Article>", f'{article} <http://purl.org/dc/terms/identifier> "art-1"',
        f"{person} <{rdf_type}> <{kg}Person>", f'{person} <http://www.w3.org/2000/01/rdf-schema#label> "Ana Vale"@en',
        f"{meeting} <{rdf_type}> <{kg}Meeting>", f"{meeting} <{rdf_type}> <{kg}InPersonMeeting>",
        f"{meeting} <{kg}participant> {person}", f"{meeting} <{prov}> {article}",
        f'{meeting} <{kg}date> "2025-03-02"^^<{xsd}date>', f"{meeting} <{kg}claim> {claim}",
        f"{meeting} <{kg}hasConflict> {conflict}", f"{conflict} <{kg}conflictProperty> <{kg}date>",
        f"{conflict} <{kg}claim> {claim}", f"{conflict} <{rdf_type}> <{kg}Conflict>"]
    named = [f"{claim} <{kg}about> {meeting}", f"{claim} <{kg}evidence> {evidence}", f"{claim} <{prov}> {article}",
             f'{claim} <{kg}date> "2025-03-01"^^<{xsd}date>', f'{evidence} <{kg}quote> "Ana Vale met them."',
             f"{article} <{kg}mentions> {person}"]
    return sorted([*default, *(f"{line} {article}" for line in named)])


@pytest.mark.parametrize("claims", ["urn:x:a-", "urn:x:z-", "urn:x:m-meeting-"])
def test_a_facts_quotes_sources_and_conflicts_are_joined_whether_its_claims_sort_before_or_after_it(claims):
    from kg.export.neo4j import property_graph

    graph = property_graph(_quads(claims))
    meeting = graph.nodes["urn:x:m-meeting"]
    assert meeting.props["evidence"] == ("Ana Vale met them.",)
    assert meeting.props["sources"] == ("art-1",)
    assert meeting.props["conflicts"] == ("date: 2025-03-01 (art-1)",)
    assert meeting.props["name"] == "Meeting: Ana Vale (2025-03-02)"
    assert [(r.type, r.start, r.end, r.props) for r in graph.relationships] == [
        ("DERIVED_FROM", "urn:x:m-meeting", "urn:x:m-article", {"evidence": ("Ana Vale met them.",)}),
        ("MENTIONS", "urn:x:m-article", "urn:x:m-person", {}),
        ("PARTICIPANT", "urn:x:m-meeting", "urn:x:m-person", {})]


def test_the_property_graph_of_lines_in_another_order_is_that_of_the_sorted_lines():
    import random

    from kg.export.neo4j import _property_graph

    def seen(graph):  # type: ignore[no-untyped-def]
        return ([(n.iri, n.group, n.labels, n.props) for n in graph.nodes.values()],
                [(r.type, r.start, r.end, r.props) for r in graph.relationships])

    lines = _golden_lines()
    shuffled = lines[:]
    random.Random(7).shuffle(shuffled)
    assert seen(_property_graph(shuffled)) == seen(_property_graph(lines))
    with pytest.raises(ValueError, match="sorted"):
        _property_graph(iter(shuffled))


@pytest.mark.parametrize(("lines", "run_lines"), [
    ([], 2),  # nothing to sort: an empty file
    (["<b> <p> <o>"], 2),  # one line, one run
    (["<b> <p> <o>", "<a> <p> <o>"], 2),  # two lines: exactly one full run, nothing spilled
    (["<b> <p> <o>", "<a> <p> <o>"], 1),  # two runs of one line each
    (["<c> <p> <o>", "<a> <p> <o>", "<b> <p> <o>"], 2),  # the threshold crossed by one line: a run of one
    (["<b> <p> <o>", "<b> <p> <o>", "<a> <p> <o>"], 5),  # a duplicate within a run
    (["<b> <p> <o>", "<a> <p> <o>", "<a> <p> <o>", "<b> <p> <o>"], 2),  # duplicates in every run
    (["<a> <p> <o>"] * 7, 3),  # one distinct line repeated across three runs
    ([f'<s{i % 11}> <p> "{i % 5}"' for i in range(40)], 3),  # many runs, interleaved
])
def test_lines_sorted_on_disk_in_runs_are_the_sorted_distinct_lines(lines, run_lines, tmp_path):
    from kg.export.sorted_quads import LineFile

    written = LineFile.sort(tmp_path / "default.nq", iter(lines), run_lines)
    expected = sorted(set(lines))
    assert list(written) == expected and len(written) == len(expected)
    assert written.path.read_text(encoding="utf-8") == "".join(line + " .\n" for line in expected)
    assert [p.name for p in tmp_path.iterdir()] == ["default.nq"]  # the runs are removed


def test_the_runs_of_a_sort_that_fails_part_way_are_removed(tmp_path):
    from kg.export.sorted_quads import LineFile

    def lines():  # type: ignore[no-untyped-def]
        yield from ("<c> <p> <o>", "<a> <p> <o>", "<b> <p> <o>")
        raise RuntimeError("the writer broke")

    with pytest.raises(RuntimeError, match="writer broke"):
        LineFile.sort(tmp_path / "default.nq", lines(), 1)
    assert list(tmp_path.iterdir()) == []


def test_a_build_whose_default_graph_is_sorted_in_many_spilled_runs_gives_the_same_bytes(whole_build, tmp_path,
                                                                                          monkeypatch):
    import kg.build as build_module
    from kg.export import sorted_quads

    runs = []
    sort = sorted_quads.LineFile.sort.__func__  # type: ignore[attr-defined]

    def counted(cls, path, lines, run_lines=None):  # type: ignore[no-untyped-def]
        written = sort(cls, path, lines, run_lines)
        runs.append(-(-len(written) // sorted_quads.RUN_LINES))
        return written
    monkeypatch.setattr(sorted_quads, "RUN_LINES", 97)  # the examples' default graph: a few thousand lines
    monkeypatch.setattr(sorted_quads.LineFile, "sort", classmethod(counted))
    build_module.build([EXAMPLES], tmp_path / "out", workers=2)
    assert runs and runs[0] > 3
    _same(whole_build, files_of(tmp_path / "out"))


def _syndicated_in_memory(texts: list[tuple[str, str]], threshold: float = 0.8) -> dict[str, str]:
    """The syndication finder as it was before it was made compact (a set of shingles per article and an index of
    every phrase's articles, in memory): the reference the compact one must agree with."""
    from collections import defaultdict

    from kg.resolve import shingles

    shingles_of: dict[str, set[int]] = {}
    index: dict[int, set[str]] = defaultdict(set)
    copies: dict[str, str] = {}
    for article_id, text in texts:
        grams = shingles(text)
        shingles_of[article_id] = grams
        candidates: dict[str, int] = defaultdict(int)
        for g in grams:
            if len(index[g]) > 25:
                continue
            for other in index[g]:
                candidates[other] += 1
        for other, rare_shared in sorted(candidates.items()):
            if rare_shared * 4 < len(grams):
                continue
            union = len(grams | shingles_of[other])
            if union and len(grams & shingles_of[other]) / union >= threshold:
                copies[article_id] = copies.get(other, other)
                break
        for g in grams:
            index[g].add(article_id)
    return copies


def _syndicated(texts: list[tuple[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """find_syndicated's answer from the texts, and from the digests of compact facts."""
    from kg.build import digest_of
    from kg.records import Article, ArticleFacts
    from kg.resolve import find_syndicated

    whole = [ArticleFacts(Article(article_id, text, "en")) for article_id, text in texts]
    digests = {f.article.id: digest_of(f) for f in whole}
    return find_syndicated(whole), find_syndicated([f.compact() for f in whole], digests=digests)


def _words(stem: str, n: int) -> str:
    return " ".join(f"{stem}{i}" for i in range(n))


STOCK = _words("stock", 40)  # a paragraph every article of a case repeats


@pytest.mark.parametrize(("texts", "expected"), [
    ([("a", _words("w", 60)), ("b", _words("w", 60) + " end"), ("c", _words("w", 60) + " end more")],
     {"b": "a", "c": "a"}),  # a copy of a copy names the first article
    ([("a", _words("w", 60)), ("b", _words("other", 60))], {}),  # nothing shared
    ([("a", _words("w", 60)), ("b", _words("w", 30) + " " + _words("x", 30))], {}),  # half shared: a near miss
    ([(f"a{i:02}", f"{STOCK} {_words(f't{i}x', 20)}") for i in range(27)] + [("z", f"{STOCK} {_words('t0x', 20)}")],
     {"z": "a00"}),  # the stock paragraph is no longer rare for the 27th article: its own phrases still find a00
    ([(f"a{i:02}", f"{STOCK} {_words(f't{i}x', 20)}") for i in range(27)] + [("z", f"{STOCK} {_words('t0x', 4)}")],
     {}),  # the same copy cut short: its few rare phrases are not most of its phrases
])
def test_near_copies_are_found_by_the_phrases_earlier_articles_share_rarely(texts, expected):
    assert _syndicated(texts) == (expected, expected)
    assert _syndicated_in_memory(texts) == expected


PHRASES = [_words(stem, 6) for stem in ("alpha", "beta", "gamma", "delta", "eps")]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.lists(st.integers(0, 4), min_size=1, max_size=6), st.integers(0, 3)),
                min_size=1, max_size=40))
def test_the_compact_syndication_finder_agrees_with_the_one_holding_every_phrase_in_memory(articles):
    # articles made of a few shared phrases and at most three words of their own: copies, near misses, and
    # phrases more than 25 earlier articles share
    texts = [(f"id{i:03}", " ".join([PHRASES[p] for p in phrases] + [f"own{i}x{k}" for k in range(own)]))
             for i, (phrases, own) in enumerate(articles)]
    expected = _syndicated_in_memory(texts)
    assert _syndicated(texts) == (expected, expected)
