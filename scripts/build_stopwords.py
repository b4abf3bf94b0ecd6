#!/usr/bin/env python3
"""Write the English stopword list the tokenizer uses (scikit-learn's, 318 words,
from the Glasgow Information Retrieval Group) to src/newsbrief/models/stopwords.txt,
one word a line, sorted: the package reads the file instead of importing
scikit-learn, which costs a second at start-up.

    .venv/bin/python scripts/build_stopwords.py
"""

from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

TARGET = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "models" / "stopwords.txt"

if __name__ == "__main__":
    TARGET.write_text("".join(f"{word}\n" for word in sorted(ENGLISH_STOP_WORDS)), encoding="utf-8")
    print(f"{len(ENGLISH_STOP_WORDS)} words written to {TARGET}")
