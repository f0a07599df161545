"""A party's report of another's hostile act is also an accusation, as CAMEO codes it.

"Ukraine said Russia shelled Kharkiv" reports a shelling (coded as the inner event, the
way reported speech always is) and is Ukraine accusing Russia: 1123, accuse of
aggression. Only reports by a party that can blame (a state, its officials, an IGO or an
organised group, not media, witnesses or companies) of a coercive or violent act by
another party count; announced, hypothetical and negated acts are no accusation. So do
only claims that lead the sentence: in wire copy's trailing attribution ("Troops captured
the town, Thai police said") the reporter is a source cited for a fact, not a claimant.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.events.intent import reporting_subjects
from eventwire.events.modality import chain
from eventwire.events.roles import mention_at
from eventwire.nlp.tree import Tree
from eventwire.records import Mention

# act code prefix -> the accusation a report of it makes; longest prefix wins
DEFAULT_ACCUSATION_CODES = {"17": "1122", "18": "1123", "19": "1123", "20": "1124"}
DEFAULT_NON_ACCUSERS = frozenset({"MED", "CVL", "EDU", "BUS"})  # they report, not blame


def accusation_code(cameo: str, codes: dict[str, str] = DEFAULT_ACCUSATION_CODES) -> str | None:
    """The accusation code for a reported act coded ``cameo``, if it is one to blame for."""
    return next((codes[cameo[:n]] for n in (3, 2) if cameo[:n] in codes), None)


def party(m: Mention) -> str:
    """What makes two mentions the same side: the country, else the code (NATO, ---REB)."""
    assert m.actor is not None
    return m.actor.country or m.actor.code or ""


def reporter(tree: Tree, i: int, mentions: Sequence[Mention]) -> tuple[int, Mention] | None:
    """The reporting verb above the predicate at ``i`` and the coded party that reports it,
    if that party is one that can accuse (see the module doc)."""
    subjects = reporting_subjects(tree, i)
    if not subjects:
        return None
    verb = tree.tokens[chain(tree, i)[-1]].head
    if verb > i:
        return None  # trailing attribution
    for j in subjects:
        m = mention_at(tree, j, mentions)
        if (m is not None and m.actor is not None and m.actor.sector not in DEFAULT_NON_ACCUSERS
                and (m.actor.country or m.actor.kind == "igo")):
            return verb, m
    return None
