"""Stage 5: score, select under a word budget, order and attribute."""

from newsbrief.summarize.summarizer import choose, summarize

__all__ = ["choose", "summarize"]
