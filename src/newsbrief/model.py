"""The one data model every stage reads and enriches: articles, sentences, the
brief, and the findings of the facts stage (entities, facts, disagreements,
timeline, quotes), each pointing back into the articles through a ``Span``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property


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
class Insertion:
    """An editorial insertion into a summary sentence, shown in square brackets
    and never taken for the source's words: the name a pronoun stands for, a
    person's first name (and title) at first mention, the speaker of a quotation
    the brief shows without one, the expansion of an acronym."""

    offset: int
    """Where it goes, as a character offset into the sentence's text."""
    text: str
    """The inserted words, without the brackets."""
    reason: str
    """"pronoun", "place", "first mention", "role", "speaker" or "acronym"."""
    entity: str | None = None
    """The entity id it names, when it names one."""


def with_insertions(text: str, insertions: Sequence[Insertion],
                    escape: Callable[[str], str] = str, mark: Callable[[Insertion], str] | None = None) -> str:
    """``text`` as a reader sees it: each insertion in brackets at its offset,
    after the word before it ("He [Anis Amri] had") or before the word after it
    ("[Anis] Amri"). A renderer passes ``escape`` for the source's text and
    ``mark`` for how an insertion is written (default: ``[text]``). Insertions at one
    offset read as one: "[Dr. Dieter] Binus", not "[Dr.] [Dieter] Binus"."""
    out, last = [], 0
    by_offset = itertools.groupby(sorted(insertions, key=lambda i: i.offset), key=lambda i: i.offset)
    for offset, group in ((offset, list(items)) for offset, items in by_offset):
        out.append(escape(text[last:offset]))
        if mark:
            shown = " ".join(mark(item) for item in group)
        else:  # a description set off by commas follows the name without a space: "[Mr, the steward,]"
            shown = "[" + "".join(item.text if k == 0 or item.text.startswith(",") else f" {item.text}"
                                  for k, item in enumerate(group)) + "]"
        after_word = offset > 0 and not text[offset - 1].isspace()
        out.append(f" {shown}" if after_word else f"{shown} ")
        last = offset
    out.append(escape(text[last:]))
    return "".join(out)


@dataclass(frozen=True)
class SummarySentence:
    """A summary sentence taken verbatim from ``sentence``, with the sentences
    of other articles that report the same content."""

    sentence: Sentence
    support: tuple[Sentence, ...] = ()
    similarity: tuple[float, ...] = ()
    insertions: tuple[Insertion, ...] = ()
    """Editorial insertions (``newsbrief.edit``); the sentence's own text stays verbatim."""
    disputed: tuple[int, ...] = ()
    """Indices into ``Brief.facts.disagreements`` of the disagreements whose one side this sentence states."""

    @property
    def display(self) -> str:
        """The sentence as a reader sees it, insertions in brackets."""
        return with_insertions(self.sentence.text, self.insertions)

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

    @property
    def display_text(self) -> str:
        """Summary sentences one a line as a reader sees them, editorial insertions in brackets."""
        return "\n".join(item.display for item in self.summary)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


# ---------------------------------------------------------------- findings of the facts stage
#
# Every finding points back into the articles through ``Span`` (article id and
# character offsets, ``article.text[start:end] == text``), never through a copy
# of a string that would have to be searched for again.


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of one article's clean text."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a value is stated: the words that state it, inside their sentence."""

    value: Span
    sentence: Span


@dataclass(frozen=True)
class Attribute:
    """What a value is a value of: a plain name ("age", "killed", "time") or a
    name and what it concerns ("count" of "border", "agent" of "killed").
    Written, in findings and JSON, as "count:border" and "agent:killed"."""

    name: str
    of: str = ""

    def __str__(self) -> str:
        return f"{self.name}:{self.of}" if self.of else self.name

    @classmethod
    def parse(cls, text: str) -> Attribute:
        """The attribute written as ``text`` ("agent:killed" -> Attribute("agent", "killed"))."""
        name, colon, of = text.partition(":")
        return cls(name, of) if colon else cls(text)


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with every name the articles use for it."""

    id: str
    name: str
    type: str
    variants: tuple[str, ...]
    mentions: tuple[Span, ...]
    sentences: int
    """How many sentences mention it: the rank of the entity."""

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return _unique(span.article_id for span in self.mentions)


@dataclass(frozen=True)
class Fact:
    """One value of one attribute of a subject (an entity or the story's event),
    normalised so that different wordings of the same value are one fact."""

    subject: str
    """Entity id, or ``"event"`` for the story itself."""
    subject_name: str
    attribute: str
    """An ``Attribute`` as written: "age", "killed", "count:border", "agent:killed"."""
    value: str
    qualifier: str = "exact"
    """"exact", "at least", "at most" or "about", as the articles hedge it."""
    evidence: tuple[Evidence, ...] = ()
    inferred: bool = False
    """True when the subject was inferred (the article's main person) rather than named."""

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return _unique(item.value.article_id for item in self.evidence)


@dataclass(frozen=True)
class Side:
    """One value in a disagreement, with every sentence that states it."""

    value: str
    evidence: tuple[Evidence, ...]
    qualifier: str = "exact"

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return _unique(item.value.article_id for item in self.evidence)

    @property
    def support(self) -> int:
        return len(self.articles)




@dataclass(frozen=True)
class Disagreement:
    """Articles giving different values for the same slot, every side shown."""

    subject: str
    subject_name: str
    attribute: str
    kind: str
    """"conflict" (a plain contradiction), "spelling" (a name spelled differently), or one
    of three labelled, probably benign differences: "bound" (a hedged bound the other
    value satisfies), "rounding" (a rounded figure), "update" (a later figure from a later report)."""
    sides: tuple[Side, ...]
    note: str = ""

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return _unique(a for side in self.sides for a in side.articles)

    @property
    def benign(self) -> bool:
        """Labelled as probably not a contradiction (bound, rounding or update)."""
        return self.kind in ("bound", "rounding", "update")


@dataclass(frozen=True)
class TimelineEvent:
    """Something that happened at a resolved date (and maybe time), with its sources."""

    date: str
    """ISO 8601 at the precision known: "2016", "2016-11", "2016-12-23", "2016-12-23T03:00"."""
    precision: str
    """"year", "month", "day" or "time"."""
    text: str
    """The sentence that best states the event on its own (its subject named where a source names it)."""
    evidence: tuple[Evidence, ...]
    """``value`` is the date expression, ``sentence`` the sentence it dates."""
    insertions: tuple[Insertion, ...] = ()
    """The name an opening pronoun of ``text`` stands for, as a bracketed insertion; ``text`` stays verbatim."""

    @property
    def display(self) -> str:
        """The entry as a reader sees it, insertions in brackets."""
        return with_insertions(self.text, self.insertions)

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return _unique(item.value.article_id for item in self.evidence)


@dataclass(frozen=True)
class QuoteSource:
    """One article's copy of a quotation and, when named there, who said it."""

    span: Span
    sentence: Span
    speaker: Span | None = None
    marked: bool = True
    """False for a quotation an outlet printed without quotation marks."""


@dataclass(frozen=True)
class Quote:
    """A direct quotation, merged across the outlets that carry it."""

    text: str
    speaker: str | None
    speaker_id: str | None
    sources: tuple[QuoteSource, ...]

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return _unique(source.span.article_id for source in self.sources)


@dataclass(frozen=True)
class Coverage:
    """How much of a large cluster the facts stage analysed: ``analysed`` of its
    ``distinct`` sentences (near-duplicates counted once), chosen under ``budget``."""

    analysed: int
    distinct: int
    budget: int


@dataclass(frozen=True)
class Facts:
    """Everything the facts stage found in one cluster; ``coverage`` is None
    when every sentence was analysed."""

    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    coverage: Coverage | None = None

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


def _unique(items) -> tuple[str, ...]:
    """The items once each, in the order they first come (a dict keeps insertion order)."""
    return tuple(dict.fromkeys(items))
