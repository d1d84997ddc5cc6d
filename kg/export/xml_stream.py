"""Large XML files (GEXF, GraphML) written a batch of elements at a time, byte for byte as lxml writes the whole tree.

The document's frame (root, declarations, the containers that hold nodes and edges) is serialised once with a
marker in each container; the containers' children are then made and serialised `BATCH` at a time inside the
same frame, and only the text between each container's start and end tag is kept. lxml's pretty printer
indents an element by its depth alone, so the pieces concatenate to what `etree.tostring(root,
pretty_print=True)` gives for the whole tree (tests/test_streaming.py checks it), while at most one batch of
elements exists at a time.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

BATCH = 2000
MARKER = "entente-stream-marker"

Filler = tuple[Any, Iterable[Any], Callable[[Any, Any], None]]  # (container, items, make(container, item))


def _tostring(root: Any) -> bytes:
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)  # type: ignore[no-any-return]


def streamed(root: Any, fills: list[Filler], batch: int | None = None) -> Iterator[bytes]:
    """The document's bytes, in pieces: `root` with each container of `fills` holding the elements that
    `make(container, item)` adds for each of its items, in order (the containers must be empty)."""
    from lxml import etree

    batch = batch or BATCH
    pending = []
    for container, items, make in fills:
        it = iter(items)
        first = next(it, _NOTHING)
        if first is not _NOTHING:
            pending.append((container, itertools.chain([first], it), make))
    markers = [etree.SubElement(c, etree.QName(c).namespace and f"{{{etree.QName(c).namespace}}}{MARKER}" or MARKER)
               for c, _, _ in pending]
    frame = _tostring(root)
    for marker, (container, _, _) in zip(markers, pending):
        container.remove(marker)
    parts = frame.split(f"<{MARKER}/>".encode())
    if len(parts) != len(pending) + 1:
        raise ValueError("the XML frame does not hold one marker per container")
    # around each marker: the text up to its container's start tag line, and from its end tag line on
    pieces = [parts[0][:parts[0].rindex(b"\n") + 1]]
    pieces += [p[1:p.rindex(b"\n") + 1] for p in parts[1:-1]]
    pieces.append(parts[-1][1:])
    for i, (container, items, make) in enumerate(pending):
        before, after = pieces[i], pieces[i + 1]
        yield before  # the frame up to this container's start tag (and from the last container's end tag)
        start_line = before[before.rstrip(b"\n").rfind(b"\n") + 1:]
        end_line = after[:after.index(b"\n") + 1]
        for chunk in _batched(items, batch):
            for item in chunk:
                make(container, item)
            text = _tostring(root)
            for child in list(container):
                container.remove(child)
            begin = text.index(start_line) + len(start_line)
            yield text[begin:text.index(end_line, begin)]
    yield pieces[-1]


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


_NOTHING = object()
