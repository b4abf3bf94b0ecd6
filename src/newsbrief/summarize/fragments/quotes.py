"""Pieces of a quotation: a sentence whose own quotation marks do not balance, or one
that starts while a quotation opened before it is still open, so that the reader sees
words without the speaker ("Those in Europe, kill the crusader pigs...").

The open quotation is read off the article text before the sentence: marks since the
start of its paragraph, a paragraph left open (the convention for a quotation running
over several paragraphs), or a paragraph introduced by a colon ("In the video, Amri
said:") and spoken in the first person. An opening mark more than ``_REACH`` characters
back is taken as a stray mark, so one bad mark never silences a whole document.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"``|''|[\"“”„«»]")
_OPENERS = frozenset(("“", "„", "«", "``"))
_CLOSERS = frozenset(("”", "»", "''"))
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us|mine|ours)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:i|i'm|i've|my|me|we|we're|we've|our|us|you|you're|your|mine|ours|yours)\b", re.IGNORECASE)
_REACH = 600
_PARAGRAPH = 1500
"""Longer lines are whole documents without paragraph breaks (Multi-News): there the marks
are too unreliable to read a quotation's extent from (it cost 0.5 ROUGE-1), so no sentence
of such a line is taken as starting inside a quotation."""
_BLOCK_PARAGRAPHS = 3


def _marks(text: str) -> list[str]:
    return [m.group(0) for m in _MARKS.finditer(text)]


def reads_as_speech(text: str) -> bool:
    """Spoken in the first or second person: a piece of a quotation a reader cannot take
    for the reporter's own words. (Third-person sentences inside a quotation are let
    through: excluding them too cost 0.4 ROUGE-1 on Multi-News validation.)"""
    return bool(_SPEECH.search(text))


_WORD = re.compile(r"[^\W\d_]{2}")
_SPEAKER_AFTER = re.compile(r"\b(?:said|says|say|told|added|adds|asked|wrote|writes|according to)\b", re.IGNORECASE)


def _closes_at(text: str, mark: re.Match[str]) -> bool:
    """The mark closes a quotation: a closing mark, or a straight one after the quotation's
    last word and its comma or stop ('me, " he wrote')."""
    before = text[:mark.start()].rstrip()[-1:]
    return mark.group(0) in _CLOSERS or (mark.group(0) == '"' and bool(before) and before in ",.!?")


# Single quotation marks, as British papers and headlines set them, and spaced as Multi-News
# spaces them ("said: ' as a ...", "... partner. '"). An apostrophe inside a word is neither.
_SINGLE_OPENS = re.compile(r"(?:^|[\s:(\[])'(?=[^\W\d_])|(?<![.!?])\s'\s(?=[^\W\d_])")
_SINGLE_OPENS_SENTENCE = re.compile(r"^\s*'(?=[^\W\d_])|:\s*'(?=[^\W\d_])")
_SINGLE_CLOSES = re.compile(r"'(?!\w)")
_SINGLE_CLOSES_SENTENCE = re.compile(r"[.!?,]\s*'\s*$")


def has_unpaired_single_quote(text: str) -> bool:
    """A single-quoted quotation the sentence opens (at its start or after a colon:
    "... on bp and the spill:'they are not our partner.") and does not close, or closes
    at its end without having opened ("They are not our partner. '")."""
    opening = _SINGLE_OPENS_SENTENCE.search(text)
    if opening and not _SINGLE_CLOSES.search(text, opening.end()):
        return True
    closing = _SINGLE_CLOSES_SENTENCE.search(text)
    return bool(closing) and not _SINGLE_OPENS.search(text, 0, closing.start())


def is_unbalanced(text: str) -> bool:
    """The sentence's quotation marks do not pair up: it opens a quotation it does not
    close, or closes one it did not open. The last sentence of a quotation, closed and
    followed by its speaker ('... to debate," said Paul Green.'), is not unbalanced in itself:
    ``closes_earlier_quotation`` tells it apart."""
    if has_unpaired_single_quote(text):
        return True
    marks = _marks(text)
    straight = sum(1 for m in marks if m == '"')
    opened = sum(1 for m in marks if m in _OPENERS)
    closed = sum(1 for m in marks if m in _CLOSERS)
    if not (straight % 2 == 1 or opened != closed):
        return False
    last = list(_MARKS.finditer(text))[-1]
    return not (_closes_at(text, last) and _SPEAKER_AFTER.search(text, last.end()))


def closes_earlier_quotation(text: str) -> bool:
    """The sentence closes a quotation it did not open and names the speaker after it
    ('Please help me, " he wrote.', 'It's been around for quite a while," said Kathy
    Fithen.'): the last sentence of a quotation, cut from its first words. One that ends on
    a mark opening the next sentence ('..., " wright said. "') is let through: reading its
    marks without that one cost 0.08 ROUGE-1 on 500 Multi-News validation clusters."""
    marks = list(_MARKS.finditer(text))
    if not marks or not _WORD.search(text, 0, marks[0].start()):
        return False  # a mark first of all belongs to the sentence before, which Punkt cut short
    if not _closes_at(text, marks[0]) or not _SPEAKER_AFTER.search(text, marks[0].end()):
        return False
    return marks[0].group(0) in _CLOSERS or sum(1 for m in marks if m.group(0) == '"') % 2 == 1


def _open_at(text: str, begin: int, end: int, opened: int | None = None) -> int | None:
    """Offset of the quotation mark still open at ``end`` when reading ``text[begin:end]``
    from ``opened`` (None: no quotation open at ``begin``), or None."""
    for match in _MARKS.finditer(text, begin, end):
        mark = match.group(0)
        if mark in _OPENERS:
            opened = match.start()
        elif mark in _CLOSERS:
            opened = None
        elif opened is not None and match.start() == begin:
            opened = match.start()  # a paragraph continuing a quotation opens with a mark again
        else:
            opened = match.start() if opened is None else None
    return opened


_NEAR = 300
"""How far back a long line is read for the quotation mark a sentence may continue."""
_OPENS_ON_WORD = re.compile(r"(?:^|(?<=\s))[\"“]\w")
"""A straight or curly mark set right before a word after a space: as Multi-News spaces its
marks (' "it was pretty funny ... " duran said'), it opens a quotation."""


def _opened_just_before(text: str, begin: int, start: int) -> bool:
    """In a line too long to count marks over: the last mark before ``start`` (within
    ``_NEAR`` characters) opens a quotation on a word, so the sentence at ``start``, unless
    it opens with a mark of its own, goes on with it ('"it was pretty funny to see that. You don't
    expect ..."')."""
    marks = list(_MARKS.finditer(text, begin, start))
    if not marks or _MARKS.match(text, start) or marks[-1].group(0) in _CLOSERS:
        return False
    last = marks[-1].start()
    return bool(_OPENS_ON_WORD.match(text, last))


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _previous_paragraph(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the non-empty line before the one starting at ``start``."""
    end = start - 1
    while end > 0 and text[end - 1] in "\n\r \t":
        end -= 1
    if end <= 0:
        return None
    return _paragraph_start(text, end), end


def _block_quoted(text: str, start: int) -> bool:
    """A paragraph with no quotation marks, in the first person, after a line ending in a
    colon (directly or through such paragraphs): a quotation set as a block."""
    for _ in range(_BLOCK_PARAGRAPHS):
        paragraph_end = text.find("\n", start)
        paragraph = text[start:] if paragraph_end < 0 else text[start:paragraph_end]
        if _MARKS.search(paragraph) or not _FIRST_PERSON.search(paragraph):
            return False
        previous = _previous_paragraph(text, start)
        if previous is None:
            return False
        before = text[previous[0]:previous[1]].rstrip()
        if before.endswith(":"):
            return True
        start = previous[0]
    return False


def _open_entering(text: str, paragraph: int) -> int | None:
    """The quotation mark left open by the paragraphs before ``paragraph`` (read over up
    to ``_BLOCK_PARAGRAPHS`` of them), or None."""
    chain = []
    at = paragraph
    for _ in range(_BLOCK_PARAGRAPHS):
        previous = _previous_paragraph(text, at)
        if previous is None:
            break
        chain.append(previous)
        at = previous[0]
    opened: int | None = None
    for begin, end in reversed(chain):
        opened = _open_at(text, begin, end, opened)
        if opened is not None and end - opened > _REACH:
            opened = None
    return opened


def starts_inside_quotation(text: str, start: int) -> bool:
    """True when the sentence at ``text[start:]`` begins inside a quotation opened earlier."""
    paragraph = _paragraph_start(text, start)
    line_end = text.find("\n", start)
    if (len(text) if line_end < 0 else line_end) - paragraph > _PARAGRAPH:
        return _opened_just_before(text, max(paragraph, start - _NEAR), start)
    if start - paragraph > _REACH and _open_at(text, paragraph, start) is None:
        return False
    entering = _open_entering(text, paragraph)
    if entering is not None:
        entering = paragraph  # distance counts from this paragraph
    opened = _open_at(text, paragraph, start, entering)
    if opened is not None:
        return start - opened <= _REACH
    if _MARKS.search(text, paragraph, start):
        return False
    return _block_quoted(text, paragraph)

