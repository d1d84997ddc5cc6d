"""A built graph in an embedded pyoxigraph store, for SPARQL and for copying graph by graph elsewhere.

The store is in memory and per call: nothing is cached between calls, so tests cannot leak state.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import KgError

if TYPE_CHECKING:
    import pyoxigraph as ox

DEFAULT_GRAPH_FILE = "graph.trig"
#: File extensions the loader reads, with their pyoxigraph format names (kg build writes the first four).
FORMATS = {".trig": "TRIG", ".nq": "N_QUADS", ".ttl": "TURTLE", ".nt": "N_TRIPLES", ".jsonld": "JSON_LD",
           ".rdf": "RDF_XML", ".owl": "RDF_XML", ".n3": "N3"}
_BUILD_HINT = "build one first (kg build ARTICLES -o OUT), then give OUT or OUT/graph.trig"


def _cannot_load(path: Path, reason: str, hint: str) -> GraphError:
    return GraphError(f"cannot load graph {path}: {reason}", hint=hint)


class GraphError(KgError):
    """A graph that cannot be loaded: missing, of an unknown format, or not valid RDF."""


def graph_file(path: Path | str) -> Path:
    """The graph file a user means: `OUT/graph.trig` for a build folder, else the file itself."""
    path = Path(path)
    if path.is_dir():
        if not (path / DEFAULT_GRAPH_FILE).is_file():
            raise _cannot_load(path, f"the folder holds no {DEFAULT_GRAPH_FILE}", _BUILD_HINT)
        path = path / DEFAULT_GRAPH_FILE
    elif not path.exists():
        raise _cannot_load(path, "no such file or folder", _BUILD_HINT)
    if path.suffix.lower() not in FORMATS:
        raise _cannot_load(path, f"cannot tell its RDF format from the extension {path.suffix or '(none)'!r}",
                           f"give a build folder or a {', '.join(FORMATS)} file (kg build writes OUT/graph.trig)")
    return path


def load_graph(path: Path | str, union_default: bool = False) -> ox.Store:
    """A fresh in-memory store holding the graph at `path`: a build folder (its graph.trig) or an RDF file.

    Every command that reads a graph loads it here, so all accept the same inputs and fail with the same words.
    With `union_default`, the default graph also holds every triple of every named graph, once: the
    union as a set, as GraphDB shows it (pyoxigraph's own union option repeats a triple once per graph)."""
    import pyoxigraph as ox

    file = graph_file(path)
    fmt = getattr(ox.RdfFormat, FORMATS[file.suffix.lower()])
    store = ox.Store()
    try:
        store.bulk_load(path=str(file), format=fmt)
    except (SyntaxError, ValueError, OSError) as err:
        raise _cannot_load(file, f"not valid {fmt.name} ({' '.join(str(err).split())})",
                           "rebuild it with kg build, or check that the file was not truncated") from err
    if union_default:
        default = ox.DefaultGraph()
        store.extend([ox.Quad(q.subject, q.predicate, q.object, default) for q in store
                      if not isinstance(q.graph_name, ox.DefaultGraph)])
    return store


def graph_names(store: ox.Store) -> list[str]:
    """The IRIs of the store's named graphs, sorted (blank-node graph names are not supported)."""
    import pyoxigraph as ox

    names = []
    for g in store.named_graphs():
        if not isinstance(g, ox.NamedNode):
            raise KgError(f"the graph has a blank-node graph name {g}",
                          hint="name every graph with an IRI (kg build always does)")
        names.append(g.value)
    return sorted(names)


def graph_lines(store: ox.Store, graph: str | None) -> list[str]:
    """The N-Triples lines (without newline) of one graph, sorted; `graph=None` is the default graph."""
    import pyoxigraph as ox

    g = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    return sorted({f"{q.subject} {q.predicate} {q.object} ." for q in store.quads_for_pattern(None, None, None, g)})


def iter_graphs(store: ox.Store) -> Iterator[tuple[str | None, list[str]]]:
    """Every non-empty graph as (name or None for the default graph, sorted N-Triples lines); default first."""
    default = graph_lines(store, None)
    if default:
        yield None, default
    for name in graph_names(store):
        yield name, graph_lines(store, name)
