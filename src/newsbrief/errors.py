"""The one error type of newsbrief: a stable code and a sentence a user can act on.

Every error newsbrief raises on purpose is a ``NewsbriefError``; its ``code``
never changes meaning, so scripts and the service's clients can rely on it.
The CLI maps codes to exit statuses (``cli.EXIT_STATUS``), the HTTP service to
HTTP statuses (``service.app.HTTP_STATUS``), each in one place.
"""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    """Stable error codes; the value is what users see and may search for."""

    USAGE = "E001"
    """A command line or call that cannot be run as given."""
    NO_INPUT = "E002"
    """Nothing usable was found in the inputs."""
    BAD_INPUT = "E003"
    """One input (file, line, record) cannot be read; it is skipped, the rest goes on."""
    CONFIG = "E004"
    """A setting with an unknown or out-of-range value."""
    EXTRA_MISSING = "E010"
    """An optional part of newsbrief is not installed; the message names the pip extra."""
    MODEL_MISSING = "E011"
    """A model file is missing or was trained on other features."""
    TOOL_MISSING = "E012"
    """A program outside Python (perl with XML::Parser) is missing."""
    UNREACHABLE = "E013"
    """A service newsbrief was told to use (a Dask scheduler) cannot be reached."""
    TIMEOUT = "E020"
    """The work took longer than its time limit."""
    BUSY = "E021"
    """Too much work is waiting; try again shortly."""


class NewsbriefError(Exception):
    """An error with a stable ``code`` and a message that says what to do."""

    default_code = Code.USAGE

    def __init__(self, message: str, code: Code | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code

    def __str__(self) -> str:
        return self.message


class UsageError(NewsbriefError):
    """A problem the user can fix in the command or the call."""

    default_code = Code.USAGE


class NoInput(NewsbriefError):
    """Nothing usable in the inputs."""

    default_code = Code.NO_INPUT


class BadInput(NewsbriefError, ValueError):
    """One input cannot be read; a ValueError too, so parsers can treat it as one."""

    default_code = Code.BAD_INPUT


class ConfigError(NewsbriefError, ValueError):
    """A setting with an unknown or out-of-range value; names the valid choices."""

    default_code = Code.CONFIG


class Unavailable(NewsbriefError):
    """Something newsbrief needs is not there: a model file, a program, a scheduler."""

    default_code = Code.MODEL_MISSING


class ExtraMissing(Unavailable, ImportError):
    """An optional part is not installed; the message names the pip extra to install."""

    default_code = Code.EXTRA_MISSING

    def __init__(self, what: str, extra: str, package: str | None = None) -> None:
        needs = f"needs {package}" if package else "is not installed"
        super().__init__(f"{what} {needs}: pip install 'newsbrief[{extra}]'")
        self.extra = extra


class Overtime(NewsbriefError):
    """The work passed its deadline."""

    default_code = Code.TIMEOUT
