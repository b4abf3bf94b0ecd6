"""The facts stage's settings live in the one config tree (``newsbrief.config``)."""

from newsbrief.config import FactsConfig

__all__ = ["FactsConfig"]
