"""Which (source, target) pairs a rule found are political events.

The roles give who did what to whom; some pairs are still no news for an event dataset:
a rule that needs a target and found none ("released the footage"), private life with no
public party in it ("the families asked for privacy", "Alice met her at the station"), a
lone person's "rally" with no one it is against (a campaign event), a beating of a state
("Russia beat Croatia" is sport), and a visit to oneself ("McConnell arrived in the
Senate").
"""

from __future__ import annotations

from eventwire.events.predicates import PredicateRule
from eventwire.records import ActorKind, Mention, MentionKind

Pair = tuple[Mention, Mention | None]

# sectors of private life; media and churches speak in public and are kept
DEFAULT_PRIVATE_SECTORS = frozenset({"CVL", "BUS", "EDU", "HLH"})
# appeals, offers, meetings, praise, help, yielding and cutting ties are political news
# only when a public party (state, IGO, official, organised group) takes part
DEFAULT_PUBLIC_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08", "16"})
DEFAULT_VISIT_CODES = frozenset({"042", "043"})


def people(m: Mention | None) -> bool:
    """A person or group, or people named by their role ("ministers", "police"), not a
    state or IGO by name ("Croatia", "Britain")."""
    return m is not None and m.actor is not None and (
        m.actor.kind in (ActorKind.PERSON, ActorKind.GROUP) or m.kind == MentionKind.ROLE)


def _public(m: Mention | None) -> bool:
    actor = m.actor if m is not None else None
    return (actor is not None and actor.code is not None
            and actor.sector not in DEFAULT_PRIVATE_SECTORS)


def _another_party(src: Mention, tgt: Mention | None) -> bool:
    """A host, when named, is someone else (the visit rules need one named)."""
    return tgt is None or tgt.actor is None or tgt.actor.code != src.actor.code


def kept_pairs(rule: PredicateRule, cameo: str, pairs: list[Pair]) -> list[Pair]:
    """The pairs of ``rule`` (coded ``cameo``) that are events (see the module doc)."""
    if rule.needs_target:  # "X said Y must ...", "released (whom?)"
        pairs = [(src, tgt) for src, tgt in pairs if tgt is not None]
    if rule.cameo[:2] in DEFAULT_PUBLIC_ROOTS:
        pairs = [(src, tgt) for src, tgt in pairs if _public(src) or _public(tgt)]
    if rule.collective:  # "Navalny led a rally against Putin", not "Trump held a rally"
        pairs = [(src, tgt) for src, tgt in pairs
                 if tgt is not None or src.actor.kind != ActorKind.PERSON]
    if rule.people_target:  # "police beat protesters", not "Russia beat Croatia"
        pairs = [(src, tgt) for src, tgt in pairs if people(tgt)]
    if cameo[:3] in DEFAULT_VISIT_CODES:
        pairs = [(src, tgt) for src, tgt in pairs if _another_party(src, tgt)]
    return pairs
