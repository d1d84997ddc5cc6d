"""Long articles in windows: where to cut a text so that each part can be analysed on its own.

Extraction looks back over the article for context (who the article is about, the date told before, the
pair of states of a figure), so its cost grows faster than the article's length. A text longer than
`WINDOW_CHARS` (press-conference transcripts and interviews run to 100-300 KB; a news article to 10) is
extracted in windows of about that size, cut at a paragraph break where there is one, else a line break,
a sentence end or a space; each window's facts keep their offsets in the whole text. Context then reaches
back no further than the window's start.
"""
from __future__ import annotations

import re

WINDOW_CHARS = 16_000
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"(?<=[.!?…])\s+"), re.compile(r"\s+"))


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """[start, end) character ranges covering `text`, each at most `size` long (one range for a short text)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = None
        for pattern in _CUTS:  # the last break of the best kind in the second half of the window
            for m in pattern.finditer(text, start + size // 2, limit):
                cut = m
            if cut is not None:
                break
        end, after = (cut.start(), cut.end()) if cut is not None else (limit, limit)
        spans.append((start, end))
        start = after
    spans.append((start, len(text)))
    return spans
