"""newsbrief: many news reports of one story in, one short, sourced brief out."""

from newsbrief.config import Config
from newsbrief.model import Article, Brief, Sentence, Skipped, SummarySentence
from newsbrief.pipeline import brief

__version__ = "0.1.0"

__all__ = ["Article", "Brief", "Config", "Sentence", "Skipped", "SummarySentence", "brief", "__version__"]
