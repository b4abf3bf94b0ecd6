"""How strongly two groups of articles belong together: the average cosine over
their pairs of members, discounted when they lie far apart in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsbrief.config import StoryConfig
from newsbrief.stories.signatures import Vector


@dataclass
class Group:
    """A story in the making: its members (article numbers), the sum of their
    unit vectors, and the dates it spans (None when no member is dated)."""

    members: list[int]
    total: Vector
    first: date | None = None
    last: date | None = None

    def absorb(self, other: "Group") -> None:
        """Take in ``other``'s members, vector sum and dates."""
        self.members.extend(other.members)
        if len(other.total) > len(self.total):
            self.total, other.total = other.total, self.total
        for term, weight in other.total.items():
            self.total[term] = self.total.get(term, 0.0) + weight
        dated = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        self.first, self.last = (min(dated), max(dated)) if dated else (None, None)


def time_factor(a: Group, b: Group, config: StoryConfig) -> float:
    """1 within ``window_days`` of each other's span (or when either is undated),
    then ``time_penalty`` per further window of gap."""
    if a.first is None or b.first is None or config.window_days <= 0:
        return 1.0
    gap = max((a.first - b.last).days, (b.first - a.last).days, 0)
    excess = gap - config.window_days
    return 1.0 if excess <= 0 else config.time_penalty ** (excess / config.window_days)


def similarity(a: Group, b: Group, cosine_sum: float, config: StoryConfig) -> float:
    """Average link: ``cosine_sum`` (the cosines of all member pairs) over the
    number of pairs, times the time factor. One article similar to two stories
    cannot tie them: each story's members still average low against the other's."""
    return cosine_sum / (len(a.members) * len(b.members)) * time_factor(a, b, config)

