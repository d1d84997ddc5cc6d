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
