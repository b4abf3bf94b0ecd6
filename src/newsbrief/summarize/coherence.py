"""Which candidate needs which: a sentence that leans on the one before it in
its article may be chosen only together with that sentence, which the reading
order then puts right before it; one whose predecessor cannot be chosen is left
out. This is the coherence constraint of G-Flow (Christensen et al. 2013)
reduced to the one edge a reader notices most: the previous sentence of the
same article.

A sentence leans on its predecessor when it opens with a connective or a
demonstrative (``split.openings.leans_on_previous``), says "also"
(``split.continuations``) or opens with "The <noun>" that the predecessor
introduced (``split.definites``). Together these cost 0.04 ROUGE-1 on 500
Multi-News validation clusters (44.99 -> 44.95). A quotation without its
speaker is left to the edit stage (``edit.speakers``): constraining it cost
0.09 more; but a sentence that is one quotation and nothing else
(``split.openings.quotation_alone``: '"We are a nation of laws."') needs its
predecessor, which says who speaks: Multi-News validation 44.11 -> 44.06 ROUGE-1,
DUC 2003 R-2 10.81 -> 10.89; excluding sentences in the first person outside quotation marks
cost 0.05 to 0.19 (only in mostly first-person articles to all of them).

Two edges reach further: a definite phrase anywhere in the sentence that points
back to what an earlier sentence (up to three back) introduced ("the crash",
``split.referring_nouns``) needs that sentence, and a sentence saying "here"
(``split.here``) in an article whose dateline the cleaner removed is left out.
Together: 500 Multi-News clusters 44.95 -> 44.93 ROUGE-1, DUC 2003 R-2 10.48 ->
10.34; constraining a phrase that points back to nothing named near it to its
predecessor as well cost 0.09 ROUGE-1 on Multi-News and was not taken.

"They" or "it" reporting with nobody named before it, opening the sentence or in
its closing clause ("..., they said.", ``reports_unnamed``), needs its predecessor
too: 500 Multi-News clusters 44.89 ROUGE-1 and DUC 2003 R-2 10.67 unchanged (anywhere
in the sentence: 44.90, but "the letter: it said yes" was taken for a report).
"He"/"she" reporting is left to the edit stage, which names the speaker when that
is unambiguous: constraining them as well cost 0.03 on both. A sentence opening with
"It", "They", "Its" or "Their" that stands for something named before ("It received
a five-star award", not "It is possible to ...": ``split.openings.opens_with_referring_pronoun``)
needs its predecessor: 500 Multi-News clusters 44.80 -> 44.77, DUC 2003 R-2 10.99 ->
10.91 (after the mentions edge below). The first person
outside quotation marks (``split.reporters.speaks_first_person``) is not
constrained: needing the predecessor cost 0.26 ROUGE-1 on Multi-News (0.12 for
"I"/"we" subjects only), never choosing it 0.36 (0.30 for "I"/"we" subjects only);
an "I"/"we" subject is discounted instead (``summarize.candidates.readability_discount``).

The widest edge: a definite phrase whose noun its article mentioned in any earlier
sentence ("the proposal", "the couple", "those polled": ``split.mentioned_before``)
needs one of the candidates that mention that noun and come before it in the
reading order (an "or" of several: ``summarize.select.Requirement``); when none
is left it is never chosen if the noun names an event or document
(``split.referring_nouns.REFERRING_NOUNS``), and is otherwise left free. 500
Multi-News clusters 44.89 -> 44.80 ROUGE-1, DUC 2003 R-2 10.67 -> 10.99; never
choosing any such sentence with nothing to introduce it cost 0.21 in all (44.68)."""

from __future__ import annotations

import re
from datetime import date

from newsbrief.model import Article, Sentence
from newsbrief.split.continuations import continues_another
from newsbrief.split.definites import introduced_before
from newsbrief.split.here import says_here
from newsbrief.split.mentioned_before import mentioned_in, mentions
from newsbrief.split.openings import leans_on_previous, opens_with_referring_pronoun, quotation_alone
from newsbrief.split.referring_nouns import LOOK_BACK, REFERRING_NOUNS, introducing_sentence
from newsbrief.split.reporters import pronoun_reporter, reporter_pronoun
from newsbrief.split.tokens import stem
from newsbrief.summarize.fragments.datelines import dateline
from newsbrief.summarize.select import Requirement

UNAVAILABLE = -1
"""The predecessor of a candidate that has no choosable predecessor."""


CONSTRAINED_REPORTERS = ("they", "it")
"""The pronoun reporters that need their predecessor: "they" names no one entity the
edit stage could insert, and "it" gets one only from an organisation named right before."""


_CLOSING_CLAUSE = re.compile(r"^(?:\s*[\w'’-]+){0,5}\s*[.!?]?\s*$")


def reports_unnamed(text: str) -> bool:
    """Whether ``text`` reports what someone said through "they" or "it" with no one
    named before it in the sentence, opening it ("It said police ...") or in the
    clause that closes it ("..., they said on Monday."; ``split.reporters``); one in
    the middle or after a colon ("the letter in front of him: it said yes") mostly
    points inside."""
    found = pronoun_reporter(text)
    if found is None or reporter_pronoun(found)[0] not in CONSTRAINED_REPORTERS:
        return False
    before = text[:found.start()].strip(" \"“‘'")
    return not before or (before[-1] in ",;" and bool(_CLOSING_CLAUSE.match(text[found.end():])))


def leans_on(text: str, previous: str | None) -> bool:
    """Whether a sentence reading ``text`` needs the sentence before it in its
    article (whose text is ``previous``, None for an article's first) to be read."""
    return (leans_on_previous(text) or continues_another(text) or introduced_before(text, previous)
            or reports_unnamed(text) or opens_with_referring_pronoun(text) or quotation_alone(text))


def predecessors(candidates: list[int], sentences: list[Sentence],
                 articles: tuple[Article, ...] | list[Article] = ()) -> list[Requirement]:
    """``Requirement`` pairs of candidate positions: candidate k may be chosen only
    if candidate j is (j is ``UNAVAILABLE`` when what k needs is not a candidate),
    or one of several is. What k needs is its predecessor (``leans_on``), or else
    the sentence of its article that introduced what one of its definite phrases
    points back to ("the survey" after "a survey found ...": ``split.referring_nouns``);
    one saying "here" (``split.here``) in an article that shows no dateline can
    never be chosen, since nothing can say where it means. A definite phrase whose
    noun an earlier sentence of its article mentioned ("the proposal":
    ``split.mentioned_before``) needs a candidate mentioning it that the reading
    order puts before k (by the ``articles``' dates, when given)."""
    position = {(sentences[i].article_index, sentences[i].index): k for k, i in enumerate(candidates)}
    text_at = {(s.article_index, s.index): s.text for s in sentences}
    needs: list[Requirement] = []
    for k, i in enumerate(candidates):
        sentence = sentences[i]
        article, index = sentence.article_index, sentence.index
        if says_here(sentence.text) and not dateline(text_at.get((article, 0), "")):
            needs.append((k, UNAVAILABLE))  # "here" means a dateline's place the article no longer shows
            continue
        if leans_on(sentence.text, text_at.get((article, index - 1))):
            needs.append((k, position.get((article, index - 1), UNAVAILABLE)))
            continue
        earlier = [text_at[(article, index - back)] for back in range(1, LOOK_BACK + 1)
                   if (article, index - back) in text_at]
        back = introducing_sentence(sentence.text, earlier)
        if back is not None:
            needs.append((k, position.get((article, index - back), UNAVAILABLE)))
    return needs + _mentions_before(candidates, sentences, articles, {k for k, _ in needs})


_EVENT_STEMS = frozenset(stem(noun) for noun in REFERRING_NOUNS)


def _mentions_before(candidates: list[int], sentences: list[Sentence],
                     articles: tuple[Article, ...] | list[Article], constrained: set[int]) -> list[Requirement]:
    """For each candidate (not in ``constrained``) with a definite phrase whose noun an
    earlier sentence of its article mentioned, and each such noun: the candidates that
    mention it and come before it in the reading order (``summarize.order``: date,
    then position in the article, then article)."""
    latest = max((a.published for a in articles if a.published is not None), default=date.max)

    def place(i: int) -> tuple[date, int, int]:
        s = sentences[i]
        published = articles[s.article_index].published if s.article_index < len(articles) else None
        return published or latest, s.index, s.article_index

    wanted = {i for k, i in enumerate(candidates) if k not in constrained}
    said = {i: mentions(sentences[i].text) for i in candidates}
    before: dict[int, set[str]] = {}
    seen: dict[int, set[str]] = {}
    for i, s in sorted(enumerate(sentences), key=lambda item: (item[1].article_index, item[1].index)):
        so_far = seen.setdefault(s.article_index, set())
        if i in wanted:
            before[i] = set(so_far)
        so_far |= said[i] if i in said else mentions(s.text)
    needs: list[Requirement] = []
    for k, i in enumerate(candidates):
        if i not in before:
            continue
        for noun in mentioned_in(sentences[i].text, before[i]):
            options = tuple(j for j, other in enumerate(candidates)
                            if j != k and noun in said[other] and place(other) < place(i))
            if options or noun in _EVENT_STEMS:
                needs.append((k, options))
    return needs
