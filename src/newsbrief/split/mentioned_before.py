"""Definite phrases whose noun the article mentioned before: "the proposal",
"the couple", "the film", "that power", "those polled" in a sentence after
one that spoke of a proposal, a couple, a film, power or a poll. The phrase
points back to that mention, and a reader of a brief that never mentioned it
asks "which proposal?". Read off the words alone (no parser): "the", "that"
or "those", up to two modifiers, then the noun; a phrase that says itself
what it names ("the proposal of the council", "the film that ..."), a proper
name ("The Roadmap", "the White House" in mixed-case text) and a noun the
sentence used before the phrase need nothing earlier."""

from __future__ import annotations

import re
from newsbrief.split.tokens import STOPWORDS, stem, tokenize

_DETERMINER = re.compile(r"\b(?:the|this|these)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_THAT_NOUN = re.compile(r"\b(?:that|those)\s+([a-z][\w-]+)(?=\s+(?:for|of|in|on|to|with|was|is|has|had|will"
                        r"|would|could|said|says)\b|\s*[.,;:!?)]|\s*$)", re.IGNORECASE)
_THOSE_PARTICIPLE = re.compile(r"\bthose\s+([a-z]+ed)\b", re.IGNORECASE)
_MODIFIER_ENDING = re.compile(r"(?:ing|est|ern|ous|ive|ful|ed)$")
"""How a word before the last of a phrase ends when it modifies the last ("the
remaining arms", "the eastern city"), not heads the phrase."""
_MAYBE_A_VERB = re.compile(r"(?:[^su]s|ed)$")
"""How the last word of a phrase ends when it may be the verb after the head ("the deal
follows", "the company recommended"), the head then being the word before it."""
_SAYS_ITSELF = re.compile(r"\s*(?:of|that|which|who|whom|whose|where|when|in\s+which|known\s+as|called|named)\b",
                          re.IGNORECASE)
_NOT_A_HEAD = frozenset("""
first second third fourth fifth last next latest following previous new former same other whole entire
two three four five six seven eight nine ten dozen hundreds thousands few many several most more less
big small large major main top local national federal public private early late old young
united world time times day days week weeks month months morning night evening afternoon today
way end top part kind lot number people man men woman women country nation state city town area
government president police officials authorities administration court army military press media
public internet web news story article site website point fact idea reason
""".split())
"""Words after "the" that name no one thing the story introduced: ordinals and
quantities ("the first", "the two"), sizes and ages, times, and the roles,
institutions and places a news reader takes as known ("the president", "the
police", "the city")."""
_MIN_LETTERS = 3


def name_or_its_thing(words: list[str], capitals: list[bool]) -> list[str]:
    """The ``words`` of a phrase after "the" (``capitals``: which were capitalised in
    mixed-case text) as far as they name a common thing: all of them when none is
    capitalised; up to the common noun a name modifies ("the Stanford survey",
    "the Starbucks overture raises" -> ... "overture"); none when the phrase is a
    proper name ("The Roadmap", "the White House", "The United Nations opened":
    a word that may be a verb after the name is not its noun)."""
    if not any(capitals):
        return words
    after = max(k for k, capital in enumerate(capitals) if capital) + 1
    if after == len(words) or _MAYBE_A_VERB.search(words[after]):
        return []
    return words[:after + 1]


def _phrase(text: str, at: int, mixed_case: bool) -> tuple[list[str], int]:
    """The head nouns of the definite phrase whose words start at ``at``, and where the
    phrase ends: up to three words before the first function word or punctuation, less
    the modifiers that name no one thing; none when the phrase is a proper name
    (``name_or_its_thing``)."""
    words: list[str] = []
    capitals: list[bool] = []
    end = at
    for word in _WORD.finditer(text, at):
        if len(words) == 3 or text[end:word.start()].strip():
            break
        token = word.group().lower().removesuffix("'s").removesuffix("’s").strip("'’")
        if not token.replace("-", "").isalpha() or token in STOPWORDS:
            break  # a hyphenated word ("the e-mail memo") is one word of the phrase
        capitals.append(mixed_case and word.group()[:1].isupper())
        words.append(token)
        end = word.end()
        if token != word.group().lower().strip("'’"):
            break  # a possessive ("the aftershock's") is the phrase's head
    words = name_or_its_thing(words, capitals)
    if not words:
        return [], end
    if len(words) > 1 and _MAYBE_A_VERB.search(words[-1]):
        heads = [words[-2], words[-1]]
    else:
        heads = words[-1:]
    heads = [word for word in heads if word == words[-1] or not _MODIFIER_ENDING.search(word)]
    return [word for word in heads if word not in _NOT_A_HEAD and len(word) >= _MIN_LETTERS], end


def pointing_back(text: str) -> list[str]:
    """Stems of the head nouns of ``text``'s definite phrases that only an earlier
    sentence can explain ("the proposal" -> "propos", "those polled" -> "poll"),
    in order; a noun the sentence itself used before the phrase, or a phrase that
    says which thing it means, is not among them."""
    mixed_case = not text.islower()
    spans = [(match.start(), *_phrase(text, match.end(), mixed_case)) for match in _DETERMINER.finditer(text)]
    spans += [(match.start(), [match.group(1).lower()], match.end())
              for pattern in (_THAT_NOUN, _THOSE_PARTICIPLE) for match in pattern.finditer(text)
              if match.group(1).lower() not in STOPWORDS and match.group(1).lower() not in _NOT_A_HEAD]
    found: list[str] = []
    for start, heads, end in sorted(spans):
        if not heads or _SAYS_ITSELF.match(text, end):
            continue
        earlier = {stem(token) for token in tokenize(text[:start])}
        for head in heads:
            if stem(head) not in earlier and stem(head) not in found:
                found.append(stem(head))
    return found


def mentions(text: str) -> set[str]:
    """Stems of every word of ``text``: what it mentions that a later phrase may point back to."""
    return {stem(token) for token in tokenize(text) if token not in STOPWORDS}


def mentioned_in(text: str, before: set[str]) -> list[str]:
    """The stems of ``text``'s phrases pointing back (``pointing_back``) that its
    article mentioned before it (``before``: the ``mentions`` of its earlier
    sentences): what the sentence needs a brief to have introduced before it. A
    phrase whose noun the article never used before introduces it itself ("the
    Bolivarian Republic"), and so needs nothing."""
    return [noun for noun in pointing_back(text) if noun in before]
