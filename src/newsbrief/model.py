"""The one data model every stage reads and enriches: articles, sentences, the brief."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the facts stage comes later in the flow; only its type is named here
    from newsbrief.facts import Facts


# Han ideographs and Japanese kana, scripts written without spaces between
# words; ranges by hand because the stdlib ``re`` has no \p{Script}.
_SPACELESS_CHAR = re.compile(
    "[\u3041-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\U00020000-\U0003134f]"
)


def count_words(text: str) -> int:
    """Words of ``text``, the unit of every budget: whitespace-separated runs;
    in text with Han or kana (Chinese, Japanese) each such character is a word
    by itself and what is left counts only where it holds a letter or digit."""
    if text.isascii():
        return len(text.split())
    spaceless = len(_SPACELESS_CHAR.findall(text))
    if not spaceless:
        return len(text.split())
    rest = _SPACELESS_CHAR.sub(" ", text).split()
    return spaceless + sum(1 for run in rest if any(ch.isalnum() for ch in run))


@dataclass(frozen=True)
class Article:
    """One news report: its clean text plus whatever metadata its source gave."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``article.text[start:end] == text`` always holds."""

    article_id: str
    article_index: int
    index: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        """Length in words (see ``count_words``), the unit of every budget."""
        return count_words(self.text)


@dataclass(frozen=True)
class Skipped:
    """Something on input that could not be used, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.source}: {self.reason}"


@dataclass(frozen=True)
class SummarySentence:
    """A summary sentence taken verbatim from ``sentence``, with the sentences
    of other articles that report the same content."""

    sentence: Sentence
    support: tuple[Sentence, ...] = ()
    similarity: tuple[float, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of every article that reports this sentence, its own first."""
        seen = [self.sentence.article_id]
        for other in self.support:
            if other.article_id not in seen:
                seen.append(other.article_id)
        return tuple(seen)


@dataclass(frozen=True)
class Brief:
    """What newsbrief returns for one cluster of articles."""

    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...]
    word_budget: int
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    facts: Facts | None = None
    """Entities, facts, disagreements, timeline and quotes, when they were asked for."""

    @property
    def words(self) -> int:
        return sum(item.sentence.words for item in self.summary)

    @property
    def summary_text(self) -> str:
        """Summary sentences one a line, the form the benchmarks score."""
        return "\n".join(item.sentence.text for item in self.summary)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)
