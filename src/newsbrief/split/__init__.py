"""Stage 3: sentences with character spans, and the word tokens inside them."""

from newsbrief.split.sentences import split_article, split_articles
from newsbrief.split.tokens import STOPWORDS, dominant_script, looks_english, stem, stems, tokenize

__all__ = ["STOPWORDS", "dominant_script", "looks_english", "split_article", "split_articles", "stem", "stems", "tokenize"]
