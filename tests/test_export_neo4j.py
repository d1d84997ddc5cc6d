"""The Neo4j export: typed CSV files for neo4j-admin, an idempotent load.cypher, and the same answers as SPARQL.

The property graph is loaded into kuzu (an embedded Cypher engine) from the CSV files, read with their
typed headers, and Cypher answers are compared with SPARQL answers over the same build.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

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


def split_header(field: str) -> tuple[str, str]:
    """(name, type) of a neo4j-admin header field; ID/LABEL/TYPE fields keep their role as type."""
    if field.startswith(":"):
        return "", field[1:]
    name, _, prop_type = field.partition(":")
    return name, prop_type or "string"


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def read_nodes(folder: Path) -> dict[str, tuple[str, dict[str, object]]]:
    """Every node by IRI: (its file's group, its typed properties incl. labels)."""
    nodes: dict[str, tuple[str, dict[str, object]]] = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        group = path.stem[len("nodes_"):]
        header, rows = read_csv(path)
        for row in rows:
            props: dict[str, object] = {}
            for field, text in zip(header, row):
                name, prop_type = split_header(field)
                if prop_type == "ID":
                    props["iri"] = text
                elif prop_type == "LABEL":
                    props["labels"] = text.split(";")
                else:
                    props[name] = parse_value(text, prop_type)
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
            assert set(row[1].split(";")) <= LABELS
            assert path.stem[len("nodes_"):] in row[1].split(";")
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
