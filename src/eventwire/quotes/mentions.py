"""The actors stage's mentions of one article, indexed for the speaker lookups quotes need.

Quotes take their speakers from the mentions :func:`eventwire.actors.resolver.resolve_mentions`
found, so a quote's speaker and the actor of an event in the same sentence are the same
resolution.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from eventwire.nlp.tree import Tree
from eventwire.records import ActorKind, Mention, MentionKind, ParsedArticle

PRIORITY = {ActorKind.PERSON: 0, ActorKind.IGO: 1, ActorKind.STATE: 1, ActorKind.GROUP: 2}


class Mentions:
    """The actors stage's resolved mentions of one article, in text order, for lookups."""

    def __init__(self, parsed: ParsedArticle, tree: Tree, items: Sequence[Mention]) -> None:
        self.parsed, self.tree = parsed, tree
        self.items = items
        self._starts = [m.start for m in items]

    def inside(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        return [m for m in self.items[lo:] if m.start < end and m.end <= end]

    def best(self, start: int, end: int, head: int) -> Mention | None:
        """The mention standing for a speaker phrase: people first, then the one holding
        the phrase's head word, then the last one."""
        found = [m for m in self.inside(start, end) if m.kind != MentionKind.PRONOUN]
        if not found:
            return None

        def rank(m: Mention) -> tuple[int, int, int]:
            kind = PRIORITY.get(m.actor.kind, 3) if m.actor else 3
            return kind, 0 if m.start <= head < m.end else 1, -m.start

        return min(found, key=rank)

    def pronoun(self, start: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, start)
        m = self.items[i] if i < len(self.items) else None
        return m if m is not None and m.start == start and m.kind == MentionKind.PRONOUN else None

    def before(self, start: int, wanted: Callable[[Mention], bool]) -> Mention | None:
        """The latest pronoun mention before ``start`` that ``wanted`` accepts."""
        i = bisect.bisect_left(self._starts, start)
        return next((m for m in reversed(self.items[:i])
                     if m.kind == MentionKind.PRONOUN and wanted(m)), None)
