"""JSON Lines output that an interrupted run never leaves with a half-written line."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import TracebackType

from newsbrief.ingest.unicode import replace_surrogates


class JsonlWriter:
    """Writes records to ``PATH.partial`` beside the target, whole lines only, and
    moves it onto ``PATH`` when closed: on success and on interruption alike the
    target holds only complete lines, and a killed run leaves the target untouched."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.lines = 0
        self._handle = open(self.partial, "w", encoding="utf-8")

    def write(self, record: dict) -> None:
        """One record as one line; characters no UTF-8 file can hold become U+FFFD."""
        line = replace_surrogates(json.dumps(record, ensure_ascii=False))[0]
        self._handle.write(line + "\n")
        self.lines += 1

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.close()
            os.replace(self.partial, self.path)

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()
