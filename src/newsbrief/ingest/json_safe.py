"""JSON parsing that refuses deep nesting with a clear message instead of a RecursionError."""

from __future__ import annotations

import json

MAX_DEPTH_MESSAGE = "JSON nested too deeply (thousands of levels); no article needs more than a few"


class JSONProblem(ValueError):
    """Text that is not usable JSON; the message says why and where."""


def parse_json(text: str) -> object:
    """The value of a JSON text; JSONProblem says what is wrong with it."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise JSONProblem(f"invalid JSON ({error.msg} at line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise JSONProblem(MAX_DEPTH_MESSAGE) from None
