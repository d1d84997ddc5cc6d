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


def test_nodes_are_coloured_and_sized_by_class(examples_build: Path) -> None:
    graph = parse(examples_build / "graph.gexf").getroot().find(f"{G}graph")
    colours: dict[str, set[tuple[str, ...]]] = {}
    for node in graph.iter(f"{G}node"):
        kind = next(v.get("value") for v in node.iter(f"{G}attvalue") if v.get("for") == "entityClass")
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
    assert xi["label"] == "Xi Jinping" and xi["entityClass"] == "Person"
    assert all("label" in data for _, data in graph.nodes(data=True))
    assert all(isinstance(data["weight"], float) and data["label"] for _, _, data in graph.edges(data=True))
    gexf_edges = len(list(parse(examples_build / "graph.gexf").getroot().iter(f"{G}edge")))
    assert graph.number_of_edges() == gexf_edges


def test_graphml_keeps_hostile_text(hostile_build: Path) -> None:
    import json

    import networkx as nx

    graph = nx.read_graphml(hostile_build / "graph.graphml")
    article = json.loads((HOSTILE / "hostile.jsonl").read_text(encoding="utf-8").splitlines()[0])
    titles = [data.get("title") for _, data in graph.nodes(data=True) if data.get("entityClass") == "Article"]
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


# ------------------------------------------------------------------------------------------ as Gephi Lite reads it
JS = ROOT / "tests" / "js"
#: Attributes sigma.js (Gephi Lite's renderer) reads as drawing instructions; only viz data and labels may set them.
SIGMA_RESERVED = {"type", "label", "x", "y", "size", "color"}


def graphology(path: Path) -> dict:  # type: ignore[type-arg]
    """The graph as graphology-gexf parses it (the reader of Gephi Lite), summarised by tests/js/read_gexf.js."""
    import json
    import shutil

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        pytest.skip("graphology-gexf is not installed: run `npm ci` in tests/js")
    done = subprocess.run([node, str(JS / "read_gexf.js"), str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_no_declared_attribute_collides_with_gephi_lite_drawing_attributes(examples_build: Path, name: str) -> None:
    titles = {a.get("title") for a in parse(examples_build / name).getroot().iter(f"{G}attribute")}
    assert titles and titles & SIGMA_RESERVED == set()


@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_graphology_reads_every_node_and_edge_with_viz_colour_and_size(examples_build: Path, name: str) -> None:
    root = parse(examples_build / name).getroot()
    read = graphology(examples_build / name)
    assert read["order"] == len(list(root.iter(f"{G}node"))) > 0
    assert read["size"] == len(list(root.iter(f"{G}edge"))) > 0
    for key, attributes in read["nodes"].items():
        assert "type" not in attributes, key  # sigma would look for a renderer of that name
        assert attributes["label"] and attributes["entityClass"], key
        assert attributes["color"].startswith("rgb") and attributes["size"] > 0, key
    assert "type" not in read["edgeAttributeKeys"]


def test_graphology_colours_nodes_by_class(examples_build: Path) -> None:
    read = graphology(examples_build / "graph.gexf")
    colours: dict[str, set[str]] = {}
    for attributes in read["nodes"].values():
        colours.setdefault(attributes["entityClass"], set()).add(attributes["color"])
    assert len(colours) >= 5 and all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)


def test_graphology_sees_the_relations_of_the_rdf(examples_build: Path) -> None:
    read = graphology(examples_build / "graph.gexf")
    [[participants]] = sparql(examples_build, "SELECT (COUNT(*) AS ?n) WHERE { ?m a kg:Meeting ; kg:participant ?a }")
    assert read["edgeTypes"]["PARTICIPANT"] == int(participants)


@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_networkx_reads_both_gexf_files(examples_build: Path, name: str) -> None:
    import networkx as nx

    graph = nx.read_gexf(examples_build / name)
    root = parse(examples_build / name).getroot()
    assert graph.number_of_nodes() == len(list(root.iter(f"{G}node"))) > 0
    assert graph.number_of_edges() == len(list(root.iter(f"{G}edge"))) > 0
    assert all(data.get("entityClass") for _, data in graph.nodes(data=True))


def _star_of_stars(hubs: int, leaves: int):  # type: ignore[no-untyped-def]
    """A network whose betweenness is known: hubs in a line, each with its own leaves."""
    import networkx as nx

    network = nx.Graph()
    for h in range(hubs):
        network.add_node(f"hub{h:03d}")
        for leaf in range(leaves):
            network.add_edge(f"hub{h:03d}", f"hub{h:03d}-leaf{leaf:03d}")
        if h:
            network.add_edge(f"hub{h - 1:03d}", f"hub{h:03d}")
    return network


def test_actor_betweenness_is_exact_in_a_network_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import networkx as nx

    from kg.export import gexf

    network = _star_of_stars(4, 5)
    monkeypatch.setattr(gexf, "EXACT_BETWEENNESS_UP_TO", network.number_of_nodes())
    assert gexf.actor_betweenness(network) == nx.betweenness_centrality(network, normalized=True)


def test_actor_betweenness_above_the_limit_is_sampled_reproducibly_and_keeps_the_ranking(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import networkx as nx

    from kg.export import gexf

    network = _star_of_stars(6, 30)  # 186 actors
    monkeypatch.setattr(gexf, "EXACT_BETWEENNESS_UP_TO", 60)
    sampled = gexf.actor_betweenness(network)
    exact = nx.betweenness_centrality(network, normalized=True)
    assert sampled == gexf.actor_betweenness(network)  # the same network, the same figures
    assert sampled != exact  # estimated, not computed exactly
    hubs = sorted(n for n in network if "leaf" not in n)
    assert all(sampled[leaf] == 0.0 for leaf in network if "leaf" in leaf)
    assert min(sampled[h] for h in hubs) > 0.0  # every hub carries paths; the inner hubs more than the ends
    assert max(sampled[h] for h in hubs) in (sampled["hub002"], sampled["hub003"])


@pytest.mark.parametrize("seed", range(8))
def test_actor_betweenness_gives_networkxs_floats_exact_and_sampled(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    import networkx as nx

    from kg.export import gexf

    chance = random.Random(seed)
    actors = chance.randint(3, 120)
    network = nx.gnm_random_graph(actors, chance.randint(actors, 3 * actors), seed=seed)
    network = nx.relabel_nodes(network, {n: f"actor{chance.random()}" for n in network})
    assert gexf.actor_betweenness(network) == nx.betweenness_centrality(network, normalized=True)
    monkeypatch.setattr(gexf, "EXACT_BETWEENNESS_UP_TO", max(2, actors // 3))
    assert list(gexf.actor_betweenness(network).items()) == list(nx.betweenness_centrality(
        network, k=gexf.EXACT_BETWEENNESS_UP_TO, normalized=True, seed=0).items())
