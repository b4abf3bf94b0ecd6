"""Entities of a cluster: spaCy's named-entity mentions, repaired with what
the whole cluster says, then resolved across outlets into one entity per referent.

One algorithm a module: ``mentions`` (finding, trimming, repairing, declared
aliases), ``voting`` (one type per name), ``persons`` (full names of one
person, short names), ``organisations`` (names, acronyms, equivalences),
``blocking`` (which names are compared at all), ``ranking`` (canonical names,
ranks, main persons) and ``resolve``, which runs them in that order.
"""

from newsbrief.facts.entities.mentions import Mention
from newsbrief.facts.entities.persons import name_parts, same_person
from newsbrief.facts.entities.ranking import Resolved
from newsbrief.facts.entities.resolve import resolve

__all__ = ["Mention", "Resolved", "name_parts", "resolve", "same_person"]
