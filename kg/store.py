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
_FORMATS = {".trig": "TRIG", ".nq": "N_QUADS", ".ttl": "TURTLE", ".nt": "N_TRIPLES"}


def graph_file(path: Path) -> Path:
    """The graph file a user means: `OUT/graph.trig` for a build folder, else the file itself."""
    path = Path(path)
    if path.is_dir():
        path = path / DEFAULT_GRAPH_FILE
    if not path.is_file():
        raise KgError(f"no graph at {path}",
                      hint="build one first (kg build ARTICLES -o OUT) and pass --graph OUT or OUT/graph.trig")
    if path.suffix.lower() not in _FORMATS:
        raise KgError(f"{path}: cannot tell the RDF format from the extension {path.suffix!r}",
                      hint="give a .trig, .nq, .ttl or .nt file (kg build writes OUT/graph.trig)")
    return path


def open_store(path: Path, union_default: bool = False) -> ox.Store:
    """A fresh in-memory store holding the graph at `path` (a build folder or an RDF file).

    With `union_default`, the default graph also holds every triple of every named graph, once: the
    union as a set, as GraphDB shows it (pyoxigraph's own union option repeats a triple once per graph)."""
    import pyoxigraph as ox

    file = graph_file(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(file), format=getattr(ox.RdfFormat, _FORMATS[file.suffix.lower()]))
    except (SyntaxError, ValueError) as err:
        raise KgError(f"{file}: not valid RDF ({err})",
                      hint="rebuild it with kg build, or check the file was not truncated") from err
    if union_default:
        default = ox.DefaultGraph()
        store.extend([ox.Quad(q.subject, q.predicate, q.object, default) for q in store
                      if not isinstance(q.graph_name, ox.DefaultGraph)])
    return store


def load_rdf_file(path: Path) -> ox.Store:
    """A fresh store holding any RDF file pyoxigraph reads (format from the extension), for `kg validate`
    and `kg reason`, which accept more formats than a build writes."""
    import pyoxigraph as ox

    from .errors import InputError

    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    except (ValueError, SyntaxError, OSError) as err:
        raise InputError(str(path), f"cannot be parsed ({err})",
                         hint="give a .ttl, .trig, .nq, .nt, .jsonld or .rdf file") from err
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
