"""A build's quads as sorted shards on disk, and the RDF files written from them by streaming.

A streaming build (kg/build.py) never holds every quad line of the corpus: each worker batch writes its
articles' named graphs as one sorted N-Quads shard, a sorted shard of their triples (for Turtle) and each
graph's TriG and JSON-LD text (for the dataset files); the main process keeps only the default graph and
Entente's knowledge graph (`main_lines`, whose size follows the facts, not the quads). The files are then
written in one pass each: N-Quads and Turtle as a k-way merge of sorted shards, TriG and JSON-LD as each
graph's text in the order of its name. They are byte-identical to what `rdf_files` writes from all the lines
at once (tests/test_streaming.py).
"""
from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..vocab import PREFIXES

CHUNK_TRIPLES = 20_000  # triples per serialiser call when the main process writes a long run of subjects
RUN_LINES = 100_000  # lines sorted in memory at once by `LineFile.sort` (~15 MB of strings); more are spilled in runs


@dataclass(frozen=True, slots=True)
class GraphText:
    """Where one named graph's TriG and JSON-LD text (prefixes and brackets left out) lie in a shard."""

    name: str  # the graph's IRI, as written in N-Quads: <...>
    shard: int
    trig: tuple[int, int]  # offset and length in the shard's .trig file
    jsonld: tuple[int, int]  # the same in its .jsonld file


@dataclass(frozen=True)
class LineFile:
    """Sorted N-Quads lines kept on disk (each ending " .\\n"), read again each time they are iterated: given
    where a list of lines (without " .") would be, the main process does not hold them."""

    path: Path
    count: int

    @classmethod
    def write(cls, path: Path, sorted_lines: Iterable[str]) -> LineFile:
        count = 0
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            for batch in _batched(sorted_lines, 10_000):
                handle.write("".join(line + " .\n" for line in batch))
                count += len(batch)
        return cls(path, count)

    @classmethod
    def sort(cls, path: Path, lines: Iterable[str], run_lines: int | None = None) -> LineFile:
        """The distinct `lines` (without " .", in any order) written sorted into `path`, however many there are:
        they are read `run_lines` (default RUN_LINES) at a time, each run sorted, deduplicated and written beside
        `path`, and the runs are k-way merged into it (a single run becomes the file itself): only one run is held
        in memory at a time."""
        runs: list[LineFile] = []
        try:
            for batch in _batched(lines, run_lines or RUN_LINES):
                runs.append(cls.write(path.with_name(f"{path.name}.run{len(runs)}"), sorted(set(batch))))
            if len(runs) == 1:
                runs[0].path.replace(path)
                return cls(path, runs[0].count)
            return cls.write(path, _distinct(heapq.merge(*runs)))
        finally:
            for run in runs:
                run.path.unlink(missing_ok=True)

    def __iter__(self) -> Iterator[str]:
        return _lines(self.path)

    def __len__(self) -> int:
        return self.count


@dataclass
class SortedQuads:
    """The build's quads: `main_lines` (sorted, without the final " ."; a LineFile in a build), and shards: shard i is
    `folder/i.nq` (sorted lines ending " .\\n"), `i.nt` (its sorted distinct triples), `i.trig` and `i.jsonld`
    (each graph's text, indexed by `graphs`). Iterating gives every line in sorted order, as a list would."""

    folder: Path
    main_lines: list[str] | LineFile
    shards: list[int] = field(default_factory=list)
    graphs: list[GraphText] = field(default_factory=list)
    count: int = 0

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        streams = [_lines(self.folder / f"{i}.nq") for i in self.shards]
        return _distinct(heapq.merge(iter(self.main_lines), *streams))

    def triples(self) -> Iterator[str]:
        """Every distinct triple of every graph ("s p o", no final " ."), in sorted order."""
        named = sorted({f"{q.subject} {q.predicate} {q.object}"
                        for q in _quads_of(line for line in self.main_lines if in_named_graph(line))})  # small
        default = (line for line in self.main_lines if not in_named_graph(line))  # its line is its triple
        streams = [_lines(self.folder / f"{i}.nt") for i in self.shards]
        return _distinct(heapq.merge(default, iter(named), *streams))

    def chunks(self, suffix: str) -> Iterator[bytes]:
        """Each named graph's text in `suffix` ('trig' or 'jsonld'), in the order of the graphs' names."""
        handles = {}
        try:
            for g in sorted(self.graphs, key=lambda g: g.name):
                handle = handles.get(g.shard)
                if handle is None:
                    handle = handles[g.shard] = open(self.folder / f"{g.shard}.{suffix}", "rb")  # noqa: SIM115
                offset, length = g.trig if suffix == "trig" else g.jsonld
                handle.seek(offset)
                yield handle.read(length)
        finally:
            for handle in handles.values():
                handle.close()


def _lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line[:-3]  # without " .\n"


def in_named_graph(line: str) -> bool:
    """Whether an N-Quads line (as a build writes it: one space between terms) is in a named graph, told by its
    text: the subject and predicate hold no space, nor does an IRI or blank node object; a literal object ends at
    the line's last quote (no IRI holds one); a graph name follows the object after a space."""
    after_predicate = line.find(" ", line.find(" ") + 1) + 1
    if line[after_predicate] == '"':
        return line.find(" ", line.rfind('"')) != -1
    return line.find(" ", after_predicate) != -1


def _distinct(lines: Iterable[str]) -> Iterator[str]:
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line


# ---------------------------------------------------------------------------------------------- per graph
_HEADER: dict[str, int] = {}


def prefix_length(text: bytes) -> int:
    """The length of the @prefix lines a TriG or Turtle serialisation starts with."""
    i = 0
    while text.startswith(b"@prefix", i):
        i = text.index(b"\n", i) + 1
    return i


def graph_texts(quads: list[ox.Quad], by_line: dict[str, ox.Quad] | None = None) -> tuple[bytes, bytes]:
    """One named graph's TriG (without prefixes) and JSON-LD (without the outer brackets), as the whole
    dataset's serialisation writes it; `by_line` is each quad under its N-Quads line, where the caller has it."""
    # the quads of one graph in (subject, predicate, object) order, which is their lines' order: a term never
    # ends where a longer one goes on with a character below the space that follows it in a line
    if by_line is None:
        by_line = {str(q): q for q in quads}
    quads = [by_line[line] for line in sorted(by_line)]
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    jsonld = ox.serialize(quads, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES)
    return trig[prefix_length(trig):], jsonld[1:-1]


def _header(fmt: ox.RdfFormat) -> bytes:
    sample = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"))
    text = ox.serialize([sample], format=fmt, prefixes=PREFIXES)
    return text[:prefix_length(text)]


def _by_subject(lines: Iterable[str], size: int = CHUNK_TRIPLES) -> Iterator[list[str]]:
    """Runs of sorted N-Triples or N-Quads lines of at least `size` (the last one shorter), cut only between
    subjects, told by their text: a run is parsed and serialised at once, with no Python object per line."""
    run: list[str] = []
    previous = None
    for line in lines:
        subject = line[:line.find(" ")]
        if subject != previous:
            if len(run) >= size:
                yield run
                run = []
            previous = subject
        run.append(line)
    if run:
        yield run


def _serialised(run: list[str], syntax: ox.RdfFormat, fmt: ox.RdfFormat) -> bytes:
    """`run`'s lines (in `syntax`: N-Triples or N-Quads) serialised in `fmt`, prefixes included."""
    return ox.serialize(ox.parse("".join(line + " .\n" for line in run), format=syntax), format=fmt,
                        prefixes=PREFIXES)


def _quads_of(lines: Iterable[str], size: int = CHUNK_TRIPLES) -> Iterator[ox.Quad]:
    for batch in _batched(lines, size):
        yield from ox.parse("".join(line + " .\n" for line in batch), format=ox.RdfFormat.N_QUADS)


def _batched(items: Iterable[str], size: int) -> Iterator[tuple[str, ...]]:
    it = iter(items)
    while batch := tuple(itertools.islice(it, size)):
        yield batch


# ---------------------------------------------------------------------------------------------- the files
def write_nquads(source: SortedQuads, out: Path) -> None:
    with open(out / "graph.nq", "w", encoding="utf-8", newline="\n") as handle:
        for batch in _batched(source, 10_000):
            handle.write("".join(line + " .\n" for line in batch))


def _main_graphs(source: SortedQuads) -> tuple[list[ox.Quad], Iterator[str]]:
    """The main process's named graphs (Entente's knowledge: small), and its default graph's lines as a stream in
    (subject, predicate, object) order, which is the sorted lines' order within one graph."""
    named = list(_quads_of(line for line in source.main_lines if in_named_graph(line)))
    named.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    default = (line for line in source.main_lines if not in_named_graph(line))
    return named, default


def write_trig(source: SortedQuads, out: Path) -> None:
    main_named, default = _main_graphs(source)
    named = _merge_named(source, "trig", main_named)
    with open(out / "graph.trig", "wb") as handle:
        handle.write(_header(ox.RdfFormat.TRIG))
        for text in named:
            handle.write(text)
        for run in _by_subject(default):
            text = _serialised(run, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
            handle.write(text[prefix_length(text):])


def write_jsonld(source: SortedQuads, out: Path) -> None:
    main_named, default = _main_graphs(source)
    parts = itertools.chain(_merge_named(source, "jsonld", main_named),
                            (_serialised(run, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD)[1:-1]
                             for run in _by_subject(default)))
    with open(out / "graph.jsonld", "wb") as handle:
        handle.write(b"[")
        for i, part in enumerate(p for p in parts if p):
            if i:
                handle.write(b",")
            handle.write(part)
        handle.write(b"]")


def _merge_named(source: SortedQuads, suffix: str, main_named: list[ox.Quad]) -> Iterator[bytes]:
    """The named graphs' texts in the order of their names: the shards' and those of the main process."""
    own = []
    for name, group in itertools.groupby(main_named, key=lambda q: str(q.graph_name)):
        trig, jsonld = graph_texts(list(group))
        own.append((name, trig if suffix == "trig" else jsonld))
    names = sorted(g.name for g in source.graphs)
    shard_texts = zip(names, source.chunks(suffix))
    for _, text in heapq.merge(shard_texts, iter(own), key=lambda item: item[0]):
        yield text


def write_turtle(source: SortedQuads, out: Path) -> None:
    """The union of all graphs, for tools without named graphs."""
    with open(out / "graph.ttl", "wb") as handle:
        first = True
        for run in _by_subject(source.triples()):
            text = _serialised(run, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)
            handle.write(text if first else text[prefix_length(text):])
            first = False


def quads_of(source: Iterable[str], size: int = CHUNK_TRIPLES) -> Iterator[ox.Quad]:
    """The quads of N-Quads lines (a list or a SortedQuads), parsed `size` lines at a time."""
    return _quads_of(source, size)
