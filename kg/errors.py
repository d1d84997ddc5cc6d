"""Errors the library raises; the CLI alone turns them into messages and exit codes."""
from __future__ import annotations


class KgError(Exception):
    """A problem the user can act on: `message` says what went wrong, `hint` what to do next."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} (hint: {self.hint})"


class InputError(KgError):
    """An input file or line that cannot be read as an article."""

    def __init__(self, source: str, problem: str, hint: str | None = None) -> None:
        super().__init__(f"{source}: {problem}", hint)
        self.source = source
        self.problem = problem


class ConfigError(KgError):
    """An unknown option value, plug-in name or a missing resource."""


class ValidationFailed(KgError):
    """The graph does not conform to the shapes (raised only where the caller asked for it)."""

    exit_code = 3


class NothingBuilt(KgError):
    """No article of the inputs could be built; the output folder was left as it was."""

    def __init__(self, out: object, inputs: list[object], skipped: list[object]) -> None:
        shown = [f"{s.source}: {s.reason}" for s in skipped[:5]]  # type: ignore[attr-defined]
        more = f" (and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
        where = ", ".join(str(p) for p in inputs[:3]) or "the inputs"
        detail = ("; ".join(shown) + more) if shown else f"no article files (.txt, .md, .jsonl) under {where}"
        super().__init__(f"no article was built, so {out} was left as it was: {detail}",
                         hint="check the input paths; kg build reads .txt files, folders of them and .jsonl files "
                              "with one {\"text\": ...} object per line")
        self.skipped = skipped


class InternalError(KgError):
    """A bug in Entente rather than a problem with the input."""

    exit_code = 4
