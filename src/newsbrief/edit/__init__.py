"""Stage 7: editing the summary with what the facts stage knows. Pronouns and
"there" get the name they stand for (a given name alone completed with the
surname a lower-cased page left out), "here" its dateline's place, a person's
first mention gets the full name (and who they are), a quotation shown without
its speaker the speaker, acronyms their expansion, each as a bracketed
insertion kept apart from the verbatim text; sentences that state one side of a disagreement are marked
and lose the support of the articles on the other side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.edit.acronyms import Expansions
from newsbrief.edit.completed_names import completed_names
from newsbrief.edit.dateline_places import DatelinePlaces
from newsbrief.edit.descriptions import Descriptions
from newsbrief.edit.disputed import mark_disputed
from newsbrief.edit.first_mentions import first_mentions
from newsbrief.edit.full_names import FullNames, group_words
from newsbrief.edit.genders import Genders
from newsbrief.edit.mentions import MentionIndex
from newsbrief.edit.references import resolve_references
from newsbrief.edit.roles import KnownRoles
from newsbrief.edit.speakers import Speakers
from newsbrief.model import Article, Facts, Sentence, SummarySentence

_NOT_A_NAME = re.compile(r"://|www\.|\.(?:swf|html?|php|jpg|png|gif|js)\b|[/\\@]")
"""What no name or description holds: a web address or a file the recogniser took for a speaker."""


def edit_summary(summary: Sequence[SummarySentence], articles: Sequence[Article], sentences: Sequence[Sentence],
                 facts: Facts) -> tuple[SummarySentence, ...]:
    """The summary with its insertions and disputed marks, sentences in the same order."""
    entities = completed_names(facts.entities, (a.text for a in articles))
    index = MentionIndex(entities)
    by_position = {(s.article_id, s.index): s for s in sentences}
    expansions = Expansions(articles)
    names = FullNames(entities, group_words(a.text for a in articles))
    speakers = Speakers(facts.quotes)
    descriptions = Descriptions(articles, facts.entities)
    roles = KnownRoles(facts.facts, descriptions)
    places = DatelinePlaces(articles)
    genders = Genders(sentences, index)
    introduced: set[str] = set()
    shown: list[str] = []
    edited = []
    previous: Sentence | None = None
    for item in summary:
        sentence = item.sentence
        insertions = resolve_references(sentence, previous, by_position, index, introduced, roles,
                                        speakers.speaker_of(sentence), genders)
        introduced |= {i.entity for i in insertions if i.reason == "pronoun" and i.entity}
        insertions += first_mentions(sentence, index, introduced, names, descriptions)
        insertions += places.insertions(sentence)
        insertions += expansions.insertions(sentence.text, shown)
        insertions += speakers.insertions(sentence, previous, introduced, roles,
                                          by_position.get((sentence.article_id, sentence.index - 1)))
        shown.append(sentence.text)
        insertions = [i for i in insertions if not _NOT_A_NAME.search(i.text)]  # a web address the recogniser kept
        edited.append(replace(item, insertions=tuple(sorted(insertions, key=lambda i: i.offset))))
        previous = sentence
    return tuple(mark_disputed(edited, facts.disagreements))
