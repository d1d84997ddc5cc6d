"""Large XML files (GEXF, GraphML) written a batch of elements at a time, byte for byte as lxml writes the whole tree.

The document's frame (root, declarations, the containers that hold nodes and edges) is serialised once with a
marker in each container; the containers' children then come as their text, as lxml's pretty printer writes each
at its depth (it indents an element by its depth alone), `BATCH` at a time between each container's start and end
tag lines. The pieces concatenate to what `etree.tostring(root, pretty_print=True)` gives for the whole tree
(tests/test_streaming.py checks it), and no element is made for a node or an edge.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

BATCH = 2000
MARKER = "entente-stream-marker"


def _tostring(root: Any) -> bytes:
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)  # type: ignore[no-any-return]


def streamed_text(root: Any, fills: list[tuple[Any, Iterable[str]]], batch: int | None = None) -> Iterator[bytes]:
    """The document's bytes, in pieces: `root` with each container of `fills` holding the children given as their
    text, as lxml's pretty printer writes each at its depth (its indented lines, the last ending with a newline), in
    order (the containers must be empty)."""
    batch = batch or BATCH
    pending = _nonempty(fills)
    frame = _frame(root, [container for container, _ in pending])
    for i, (_, texts) in enumerate(pending):
        yield frame[i]
        for chunk in _batched(texts, batch):
            yield "".join(chunk).encode("utf-8")
    yield frame[-1]


def _nonempty(fills: list[tuple[Any, Iterable[Any]]]) -> list[tuple[Any, Iterator[Any]]]:
    """The fills that have items, each with an iterator over all of them."""
    pending = []
    for container, items in fills:
        it = iter(items)
        first = next(it, _NOTHING)
        if first is not _NOTHING:
            pending.append((container, itertools.chain([first], it)))
    return pending


def _frame(root: Any, containers: list[Any]) -> list[bytes]:
    """The document's text around the containers' children: up to the first container's start tag line, from each
    container's end tag line to the next one's start tag line, and from the last one's end tag line on; the
    whole document when there are no containers."""
    from lxml import etree

    markers = [etree.SubElement(c, etree.QName(c).namespace and f"{{{etree.QName(c).namespace}}}{MARKER}" or MARKER)
               for c in containers]
    frame = _tostring(root)
    for marker, container in zip(markers, containers):
        container.remove(marker)
    if not containers:  # no container gets a child: the frame is the document
        return [frame]
    parts = frame.split(f"<{MARKER}/>".encode())
    if len(parts) != len(containers) + 1:
        raise ValueError("the XML frame does not hold one marker per container")
    # around each marker: the text up to its container's start tag line, and from its end tag line on
    pieces = [parts[0][:parts[0].rindex(b"\n") + 1]]
    pieces += [p[1:p.rindex(b"\n") + 1] for p in parts[1:-1]]
    pieces.append(parts[-1][1:])
    return pieces


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


_NOTHING = object()
