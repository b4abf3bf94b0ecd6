"""The shipped background document frequencies: every row of the file, as written."""

from __future__ import annotations

import gzip
from importlib import resources

from newsbrief.represent.background import background_frequencies


def test_background_table_holds_every_row_of_the_shipped_file() -> None:
    path = resources.files("newsbrief") / "models" / "background_df.tsv.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        header, *rows = [line.rstrip("\n").split("\t") for line in handle]
    table, documents = background_frequencies()
    assert documents == int(header[1]) == 60_000
    assert len(table) == len(rows)
    assert all(table[stem] == int(count) for stem, count in rows)
