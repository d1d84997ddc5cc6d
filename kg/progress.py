"""A one-line progress bar for builds: count, rate and ETA, redrawn on stderr.

It draws only on a terminal (`Progress.for_stream` gives None otherwise), so logs and pipes stay
clean. A build calls `begin(total)` once it knows how many articles there are, then the bar itself
(`bar(n)`) as every n articles are done, and `end()` at the finish; `stage(name, seconds)` writes a line for
each stage of the build as it ends (a build calls it when its progress has it).
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 28


class Progress:
    """Callable progress bar: `bar(n)` records n more items done."""

    def __init__(self, stream: TextIO, label: str = "extracting", min_interval: float = 0.1) -> None:
        self.stream = stream
        self.label = label
        self.min_interval = min_interval
        self.total = 0
        self.done = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    @classmethod
    def for_stream(cls, stream: TextIO | None = None, quiet: bool = False) -> Progress | None:
        """A bar on the stream (stderr by default) when it is a terminal and not quiet; else None."""
        stream = stream or sys.stderr
        isatty = getattr(stream, "isatty", None)
        if quiet or not (isatty and isatty()):
            return None
        return cls(stream)

    def begin(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, time.monotonic()
        self._draw(force=True)

    def __call__(self, n: int = 1) -> None:
        self.done += n
        self._draw(force=self.done >= self.total)

    def end(self) -> None:
        if self._drawn:
            self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0.0

    def stage(self, name: str, seconds: float) -> None:
        """A line for a finished stage of the build ("merge  3.21 s  1557.6 articles/s"), under the bar."""
        self.end()
        rate = f" {self.total / seconds:9.1f} articles/s" if self.total and seconds > 0 else ""
        self.stream.write(f"{name:<18} {seconds:9.2f} s{rate}\n")
        self.stream.flush()

    def line(self) -> str:
        """The bar's text: `extracting [#####.....]  512/1000  51%  123.4 articles/s  ETA 0:04`."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        share = self.done / self.total if self.total else 1.0
        filled = int(WIDTH * share)
        eta = _clock((self.total - self.done) / rate) if rate > 0 and self.total else "?"
        return (f"{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] {self.done:>{len(str(self.total))}}/"
                f"{self.total} {share:4.0%} {rate:7.1f} articles/s ETA {eta}")

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn < self.min_interval:
            return
        self._drawn = now
        self.stream.write("\r" + self.line())
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
