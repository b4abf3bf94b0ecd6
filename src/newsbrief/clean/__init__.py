"""Stage 2: strip web-page furniture so that only reporting reaches later stages."""

from newsbrief.clean.furniture import CleanReport, clean_article, is_furniture

__all__ = ["CleanReport", "clean_article", "is_furniture"]
