"""The fenced code blocks of a Markdown file (```lang ... ```), with their language and first line number."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^(```+|~~~+)\s*([\w+-]*)[^\n]*\n(.*?)^\1\s*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    lang: str
    text: str
    line: int  # 1-based line of the opening fence

    def __str__(self) -> str:
        return f"README.md:{self.line} ({self.lang or 'plain'})"


def fenced_blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    return [Block(m.group(2).lower(), m.group(3), text.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(text)]
