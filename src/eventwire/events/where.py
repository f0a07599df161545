"""Where an event happened: the sentence place that belongs to its clause, else the dateline.

A sentence can name several places, and not all of them say where the act was: in "the US
commander in Iraq held talks in Beirut", Iraq says who the commander is. A place whose
preposition hangs on an actor's words describes that actor and is passed over; among the
rest, one attached to the predicate's own phrase ("attacks in Kabul", "held exercises in
Belarus") is preferred to one elsewhere in the sentence.

When an act of force (CAMEO 15 posture, 18 assault, 19 fight, 20 mass violence) names no
target, the country it was done in is its target, as CAMEO and GDELT code it: "Boko Haram
launched attacks in northeast Nigeria" is NGA's, "Russia held drills in Belarus" is aimed at
Belarus. Only a place attached to the act itself counts, never the dateline, and the target
keeps the place's offsets, so the reading can be checked.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from eventwire.nlp.tree import Tree
from eventwire.records import Actor, ActorKind, Mention, MentionKind, Place

DEFAULT_PLACE_TARGET_ROOTS = frozenset({"15", "18", "19", "20"})
_LIGHT = ("dobj", "pobj", "prep", "compound")  # "conducted exercises in", "attacks on ... in"
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "xcomp", "csubj"})


def _token_at(starts: Sequence[int], offset: int) -> int:
    """The token covering article offset ``offset``; ``starts`` are the token starts."""
    return max(0, bisect_right(starts, offset) - 1)


def _anchor(tree: Tree, k: int) -> int | None:
    """The word the locative preposition above token ``k`` hangs on."""
    j = k
    for _ in range(6):
        t = tree.tokens[j]
        if t.dep == "prep":
            return t.head
        if t.head == j:
            return None
        j = t.head
    return None


def _describes_actor(tree: Tree, j: int, mentions: Sequence[Mention]) -> bool:
    """Token ``j`` is an actor's role word that a place can describe: in a role mention
    ("Russian troops in Crimea") or in apposition to a mention ("the US commander in Iraq,
    General Petraeus"). A name is no such word: "talks with the United States in Geneva"
    hangs the place on the name by a misparse, since a state is not in a city."""
    tok = tree.tokens[j]
    if any(m.start <= tok.start < m.end for m in mentions if m.kind == MentionKind.ROLE):
        return True
    appos = [tree.tokens[c].start for c in tree.children[j] if tree.tokens[c].dep == "appos"]
    return tok.pos == "NOUN" and any(m.start <= x < m.end for m in mentions for x in appos)


def _attachment(tree: Tree, anchor: int, i: int, mentions: Sequence[Mention]) -> str:
    """"event" when the path up from the place's anchor reaches the predicate (or the verb
    it is the object of) first, "actor" when it meets an actor's words first, else "other"
    (another clause's place, or one the parse leaves loose)."""
    own = {i}
    j = i
    while tree.tokens[j].dep in _LIGHT and tree.tokens[j].head != j:
        j = tree.tokens[j].head
        own.add(j)
    j = anchor
    for _ in range(12):
        if j in own:
            return "event"
        t = tree.tokens[j]
        if _describes_actor(tree, j, mentions):
            # "met Kenya's minister in Nairobi": on the act's object, the place is the act's
            return "event" if _object_of(tree, j, own) else "actor"
        if t.head == j or t.dep in _CLAUSES:
            return "other"
        j = t.head
    return "other"


def _object_of(tree: Tree, j: int, own: set[int]) -> bool:
    t = tree.tokens[j]
    if t.dep == "pobj":
        t = tree.tokens[t.head]
    return t.dep in ("dobj", "dative", "prep") and t.head in own


def event_place(tree: Tree, starts: Sequence[int], i: int, places: Sequence[Place],
                mentions: Sequence[Mention]) -> tuple[Place | None, bool]:
    """The sentence place of the predicate at ``i`` (offsets index the article) and whether
    it is attached to the act itself; (None, False) when every place describes an actor."""
    loose = None
    for place in places:
        anchor = _anchor(tree, _token_at(starts, place.start))
        found = "other" if anchor is None else _attachment(tree, anchor, i, mentions)
        if found == "event":
            return place, True
        if found == "other":
            loose = loose or place
    return loose, False


def place_target(place: Place, country_name: str | None) -> Actor:
    """The country a place lies in, as the target of an act done there."""
    return Actor(name=country_name or place.country, code=place.country,
                 country=place.country, sector=None, role=None, kind=ActorKind.STATE)
