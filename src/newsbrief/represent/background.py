"""How common each word is in news at large: document frequencies of content-word
stems over 60,000 Multi-News training articles, shipped with the package (built
by ``scripts/build_background_df.py``). Story finding adds them to a feed's own
counts; the learned concept weights read a concept's rarity from them."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def background_frequencies() -> tuple[dict[str, int], int]:
    """The stem -> document frequency table and the number of documents it counts."""
    path = resources.files("newsbrief") / "models" / "background_df.tsv.gz"
    # One split of the whole text into alternating stems and counts (twice as fast as line by line).
    cells = gzip.decompress(path.read_bytes()).decode("utf-8").rstrip("\n").replace("\t", "\n").split("\n")
    return dict(zip(cells[2::2], map(int, cells[3::2]))), int(cells[1])
