"""A Multi-News document is one long line, where counting quotation marks from the line's
start is unreliable; there a sentence in the first or second person that goes on with a
quotation opened just before it ('"it was pretty funny to see that. You don't expect ...')
is a piece of that quotation, never a summary sentence on its own (issue 14: it reached a
judged brief)."""

from __future__ import annotations

from newsbrief.model import Article
from newsbrief.split import split_article
from newsbrief.summarize.fragments import fragment_reason

_FILLER = "The county fair opened on Friday with rides, livestock shows and a pie contest. " * 20


def _reasons(text: str) -> dict[str, str | None]:
    article = Article(id="a", text=text)
    return {s.text: fragment_reason(s, article) for s in split_article(article, 0)}


def test_a_sentence_continuing_a_quotation_in_a_long_line_is_a_fragment() -> None:
    text = (_FILLER + '"after it made the circles at the bottom, i knew what it was, " duran said. '
            '"it was pretty funny to see that. You don\'t expect to see something like that. " misty waugh, '
            'a server at the club, said she had not seen the drawing.')
    assert len(text) > 1500
    reasons = _reasons(text)
    assert reasons["You don't expect to see something like that."] == "inside a quotation"


def test_a_sentence_after_a_closed_quotation_or_with_its_own_mark_stays() -> None:
    text = (_FILLER + '"it was pretty funny, " duran said. We asked the base for comment on Friday. '
            '"we are looking into it, " a spokesman said.')
    reasons = _reasons(text)
    assert reasons["We asked the base for comment on Friday."] is None
    assert reasons['"we are looking into it, " a spokesman said.'] is None
