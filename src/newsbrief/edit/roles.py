"""What a person is, for a reader meeting them in the brief for the first time:
the role the facts stage read for them ("economist", "head of the Federal
Criminal Police Office"), the one the most articles state, or else how the
articles first describe them ("a taxi driver"). A name alone ("[Gregg Smith]
said") still leaves a reader asking who that is."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsbrief.edit.descriptions import Descriptions
from newsbrief.model import Fact

MAX_WORDS = 7
"""A longer role reads as a clause, not a description beside a name."""


class KnownRoles:
    """Each person's best-attested role among a cluster's facts, falling back
    on ``descriptions`` for a person the facts give no role."""

    def __init__(self, facts: Sequence[Fact], descriptions: Descriptions | None = None) -> None:
        self._descriptions = descriptions
        candidates: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            if fact.attribute == "role" and not fact.inferred and 0 < len(fact.value.split()) <= MAX_WORDS \
                    and fact.value[:1].isalpha():
                candidates[fact.subject].append(fact)
        # Most articles first; on a tie the role stated first in the facts' order (stable).
        self._best = {subject: max(found, key=lambda fact: len(fact.articles)).value
                      for subject, found in candidates.items()}

    def of(self, entity_id: str | None) -> str | None:
        """The role to show beside the person ``entity_id``, if the articles give one."""
        if not entity_id:
            return None
        found = self._best.get(entity_id)
        return found if found or self._descriptions is None else self._descriptions.of(entity_id)

    def named(self, name: str, entity_id: str | None) -> str:
        """``name`` with its role after a comma ("Gregg Smith, economist"), for an
        insertion that introduces the person."""
        role = self.of(entity_id)
        return f"{name}, {role}" if role and role.lower() not in name.lower() else name
