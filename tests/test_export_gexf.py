"""The Gephi exports: GEXF 1.3 valid against the official RELAX NG schema, dated events, the actor network,
GraphML that networkx reads back with labels and weights, and byte-identical output across builds."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
GEXF_RNG = Path(__file__).parents[2] / "shared" / "schemas" / "gexf-1.3" / "gexf.rng"
G = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
KG = "https://w3id.org/entente/ontology#"


@pytest.fixture(scope="module")
def schema():  # type: ignore[no-untyped-def]
    if not GEXF_RNG.is_file():
        pytest.skip(f"GEXF 1.3 RELAX NG schema not found at {GEXF_RNG}")
    from lxml import etree

    return etree.RelaxNG(etree.parse(str(GEXF_RNG)))


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("hostile-gexf")
    build([HOSTILE], out, validate=False)
    return out


def parse(path: Path):  # type: ignore[no-untyped-def]
    from lxml import etree

    return etree.parse(str(path))


def sparql(build: Path, query: str) -> list[list[str | None]]:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    prefixes = f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    return [[None if t is None else t.value for t in row] for row in store.query(prefixes + query)]  # type: ignore[union-attr]


@pytest.mark.parametrize("which", ["examples", "hostile"])
@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_gexf_is_valid_against_the_official_schema(schema, which: str, name: str,  # type: ignore[no-untyped-def]
                                                   examples_build: Path, hostile_build: Path) -> None:
    document = parse((examples_build if which == "examples" else hostile_build) / name)
    assert schema.validate(document), schema.error_log.last_error


@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_every_attribute_value_is_declared_and_typed(name: str, examples_build: Path) -> None:
    root = parse(examples_build / name).getroot()
    graph = root.find(f"{G}graph")
    assert graph.get("timeformat") == "date" and graph.get("mode") == "dynamic"
    declared = {(block.get("class"), a.get("id")): a.get("type")
                for block in graph.findall(f"{G}attributes") for a in block.findall(f"{G}attribute")}
    for cls in ("node", "edge"):
        for element in graph.iter(f"{G}{cls}"):
            assert element.get("label")
            for value in element.iter(f"{G}attvalue"):
                kind = declared[(cls, value.get("for"))]
                text = value.get("value")
                if kind in ("integer", "long"):
                    int(text)
                elif kind == "double":
                    float(text)
                elif kind == "boolean":
                    assert text in ("true", "false")
                elif kind == "liststring":
                    assert text.startswith("[") and text.endswith("]")
            for attr in ("start", "end"):
                if element.get(attr):
                    date.fromisoformat(element.get(attr))


def test_nodes_are_coloured_and_sized_by_type(examples_build: Path) -> None:
    graph = parse(examples_build / "graph.gexf").getroot().find(f"{G}graph")
    colours: dict[str, set[tuple[str, ...]]] = {}
    for node in graph.iter(f"{G}node"):
        kind = next(v.get("value") for v in node.iter(f"{G}attvalue") if v.get("for") == "type")
        colour = node.find(f"{VIZ}color")
        colours.setdefault(kind, set()).add((colour.get("r"), colour.get("g"), colour.get("b"),
                                             node.find(f"{VIZ}size").get("value")))
    assert all(len(styles) == 1 for styles in colours.values())
    assert len({next(iter(s)) for s in colours.values()}) == len(colours)


def test_meetings_and_their_edges_carry_their_dates(examples_build: Path) -> None:
    graph = parse(examples_build / "graph.gexf").getroot().find(f"{G}graph")
    dated = sparql(examples_build, "SELECT ?m ?d WHERE { ?m a kg:Meeting ; kg:date ?d }")
    assert dated
    starts = {node.get("id"): (node.get("start"), node.get("end")) for node in graph.iter(f"{G}node")}
    for meeting, lexical in dated:
        start, end = starts[meeting]
        assert start is not None and start.startswith(lexical[:7]) and end is not None and end >= start
    for edge in graph.iter(f"{G}edge"):
        if edge.get("label") == "PARTICIPANT" and starts[edge.get("source")][0]:
            assert (edge.get("start"), edge.get("end")) == starts[edge.get("source")]


def test_actor_network_weights_count_shared_meetings(examples_build: Path) -> None:
    graph = parse(examples_build / "actors.gexf").getroot().find(f"{G}graph")
    actor = "https://w3id.org/entente/id/actor/"
    [edge] = [e for e in graph.iter(f"{G}edge")
              if {e.get("source"), e.get("target")} == {actor + "vladimir-putin", actor + "xi-jinping"}]
    meetings = sparql(examples_build, f"""SELECT DISTINCT ?m WHERE {{ ?m a kg:Meeting ;
        kg:participant <{actor}vladimir-putin> , <{actor}xi-jinping> }}""")
    assert float(edge.get("weight")) == len(meetings) > 0
    values = {v.get("for"): v.get("value") for v in edge.iter(f"{G}attvalue")}
    assert values["firstMeeting"] <= values["lastMeeting"]
    assert edge.get("start") == values["firstMeeting"]
    for node in graph.iter(f"{G}node"):
        node_values = {v.get("for"): v.get("value") for v in node.iter(f"{G}attvalue")}
        assert 0.0 <= float(node_values["betweenness"]) <= 1.0
        assert int(node_values["degree"]) >= 1


def test_graphml_reads_back_with_labels_and_weights(examples_build: Path) -> None:
    import networkx as nx

    graph = nx.read_graphml(examples_build / "graph.graphml")
    assert graph.is_directed()
    xi = graph.nodes["https://w3id.org/entente/id/actor/xi-jinping"]
    assert xi["label"] == "Xi Jinping" and xi["type"] == "Person"
    assert all("label" in data for _, data in graph.nodes(data=True))
    assert all(isinstance(data["weight"], float) and data["label"] for _, _, data in graph.edges(data=True))
    gexf_edges = len(list(parse(examples_build / "graph.gexf").getroot().iter(f"{G}edge")))
    assert graph.number_of_edges() == gexf_edges


def test_graphml_keeps_hostile_text(hostile_build: Path) -> None:
    import json

    import networkx as nx

    graph = nx.read_graphml(hostile_build / "graph.graphml")
    article = json.loads((HOSTILE / "hostile.jsonl").read_text(encoding="utf-8").splitlines()[0])
    titles = [data.get("title") for _, data in graph.nodes(data=True) if data.get("type") == "Article"]
    assert titles == [article["title"]]


def test_gephi_files_are_byte_identical_across_builds_and_hash_seeds(tmp_path: Path) -> None:
    names = ("graph.gexf", "actors.gexf", "graph.graphml")
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"seed{seed}"
        code = (f"from kg.build import build; "
                f"build([{str(ROOT / 'examples' / 'articles')!r}], {str(out)!r}, validate=False)")
        subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append({name: (out / name).read_bytes() for name in names})
    assert outputs[0] == outputs[1]
    today = date.today().isoformat().encode()
    for name in names:
        assert today not in outputs[0][name], f"{name} holds today's date"
