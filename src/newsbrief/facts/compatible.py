"""Disagreements over values that are words, not numbers (a person's role, where
something happened): values that can both be true form one side, and articles
whose values fall on different sides disagree.

Written by hand because whether two wordings can both be true ("council
leader" / "leader of Hebworth council", "the food court" / "the mall's food
court") is the caller's rule; this file only turns that rule into sides.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from newsbrief.facts.values import Statement
from newsbrief.model import Disagreement, Evidence, Side
from newsbrief.unionfind import UnionFind


def side_disagreement(group: Sequence[Statement], same: Callable[[Statement, Statement], bool],
                      both_true: Callable[[Statement, Statement], bool],
                      changed: Callable[[Statement], bool]) -> Disagreement | None:
    """The disagreement among statements of one slot, or None when they can all
    be true. Statements that say the ``same`` (transitively) form one side; two
    sides conflict when a statement of each, from different articles, cannot
    ``both_true`` hold. A side stated only by articles that also state a
    better-backed side is dropped (an article calling someone both "union chief"
    and "general secretary"). Labelled "update" when ``changed`` says a statement
    reports a change."""
    sets = UnionFind(range(len(group)))
    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            if same(group[i], group[j]):
                sets.union(i, j)
    sides: dict[int, list[Statement]] = defaultdict(list)
    for i, s in enumerate(group):
        sides[sets.find(i)].append(s)
    articles = {side: {s.evidence.value.article_id for s in members} for side, members in sides.items()}
    kept = [side for side in sides if not any(
        other != side and articles[side] <= articles[other] and len(articles[other]) > len(articles[side])
        for other in sides)]

    def conflict(x: int, y: int) -> bool:
        return any(a.evidence.value.article_id != b.evidence.value.article_id and not both_true(a, b)
                   for a in sides[x] for b in sides[y])

    kept = [x for x in kept if any(y != x and conflict(x, y) for y in kept)]
    if not any(articles[a] - articles[b] and articles[b] - articles[a] for a in kept for b in kept if a != b):
        return None
    result = []
    for side in kept:
        members = sorted(sides[side], key=lambda s: (s.evidence.value.article_id, s.evidence.value.start))
        shown = Counter(s.value for s in members if not s.inferred) or Counter(s.value for s in members)
        value = max(shown, key=lambda v: (shown[v], len(v)))
        evidence: list[Evidence] = []
        for s in members:
            if s.evidence not in evidence:
                evidence.append(s.evidence)
        result.append(Side(value, tuple(evidence)))
    result.sort(key=lambda side: (-side.support, side.value))
    chosen = [s for side in kept for s in sides[side]]
    kind, note = ("update", "a report says it changed") if any(changed(s) for s in chosen) else ("conflict", "")
    first = group[0]
    return Disagreement(first.subject, first.subject_name, str(first.attribute), kind, tuple(result), note)
