"""newsbrief: many news reports of one story in, one short, sourced brief out."""

from newsbrief.config import Config
from newsbrief.model import Article, Brief, Sentence, Skipped, SummarySentence
from newsbrief.version import __version__


def __getattr__(name: str):
    """``newsbrief.brief`` imports the pipeline (and its scientific libraries)
    only when first used, so that ``newsbrief --help`` starts at once."""
    if name == "brief":
        from newsbrief.pipeline import brief

        return brief
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")

__all__ = ["Article", "Brief", "Config", "Sentence", "Skipped", "SummarySentence", "brief", "__version__"]
