"""The actors stage: every mention of an actor in an article, resolved to an Actor.

Candidates (candidates.py) get their own actor from role patterns and the lexicon
(patterns.py, titles.py), or as generic actors of a sector ("rebels" -> ---REB, generic.py);
a country or capital in a sporting sentence is a team and no actor (sports.py);
coreference (coref.py) then links surnames, descriptions and pronouns to the chains they
refer to, and a role phrase owned by a pronoun ("its forces") takes the pronoun's
antecedent as its owner. Each Mention names the rule that resolved it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventwire.actors.candidates import find_candidates
from eventwire.actors.coref import (
    Chains,
    link_people,
    owner_antecedent,
    resolve_description,
    resolve_pronoun,
    resolve_role_description,
    state_key,
)
from eventwire.actors.doc import POSSESSIVE, Cand, Doc
from eventwire.actors.generic import codable, resolve_generic
from eventwire.actors.leaders import LEADER_BODIES, leader_actor
from eventwire.actors.lexicon import Lexicon, load_lexicon
from eventwire.actors.patterns import (
    FOLLOWERS,
    UNKNOWN_COUNTRY,
    person_role,
    resolve_person,
    resolve_place,
    resolve_role,
)
from eventwire.actors.sports import sporting_sentences
from eventwire.actors.titles import office_index
from eventwire.records import Actor, ActorKind, Mention, MentionKind, ParsedArticle

PLACE_KINDS = (MentionKind.NAME, MentionKind.METONYM, MentionKind.NATIONALITY)
# other parties or the public, not the owner's own people ("Ukraine and its allies" are
# other states), should a lexicon list them as role nouns
NOT_OWN = {"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary",
           "member"} | FOLLOWERS


def _is_person(c: Cand) -> bool:
    return bool(c.extra.get("person"))


def _in_evidence(c: Cand, people: list[Cand]) -> bool:
    """Role words, nationalities and stray names inside a person's title are evidence."""
    if c.kind not in (MentionKind.ROLE, MentionKind.NATIONALITY) and not c.extra.get("org"):
        return False
    return any(p.evidence and p.evidence[0] < c.b and c.a < p.evidence[1] for p in people)


def _team(c: Cand, sport: set[int]) -> bool:
    """A country or capital in a sporting sentence names a team (sports.py)."""
    return c.sentence in sport and c.kind in (MentionKind.NAME, MentionKind.METONYM) and any(
        e.kind == "country" for e in c.options)


class Resolver:
    """The actors stage with its lexicon loaded: ``resolver(parsed, text)``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.offices = office_index(lexicon)

    def __call__(self, parsed: ParsedArticle, text: str) -> list[Mention]:
        doc = Doc(parsed, text)
        cands = self._local(doc, find_candidates(doc, self.lexicon))
        self._corefer(doc, cands)
        return [_record(doc, c) for c in cands]

    def batch(self, items: Sequence[tuple[ParsedArticle, str]]) -> list[list[Mention]]:
        return [self(parsed, text) for parsed, text in items]

    def _local(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Each candidate's own actor, from its words and the lexicon."""
        people = [c for c in cands if _is_person(c)]
        for k, c in enumerate(people):
            resolve_person(c, doc, self.lexicon, people[:k])
        cands = [c for c in cands if not _in_evidence(c, people)]
        ends = {c.b: c for c in cands}
        sport = sporting_sentences(doc)
        for c in cands:
            if _team(c, sport):
                c.rule = "sports_team"
            elif c.kind in PLACE_KINDS and not _is_person(c):
                resolve_place(c, doc, cands)
        for c in cands:
            if c.kind == MentionKind.ROLE:
                resolve_role(c, doc, self.lexicon, self.offices, self._owner(doc, c, ends))
        for c in cands:
            if c.actor is None and "sector" in c.extra and codable(doc, c, self.lexicon):
                resolve_generic(c, doc, self.lexicon, cands)
        return cands

    def _owner(self, doc: Doc, c: Cand, ends: dict[int, Cand]) -> Actor | None:
        """Who owns a role phrase: a possessor ("Putin's spokesman"), or a leader whose
        government it is ("the Bush administration", "Bush's administration")."""
        owner = ends.get(c.a - 1) if c.a and doc.tokens[c.a - 1].text in POSSESSIVE else None
        leader = c.extra.get("leader") or (
            doc.name_text(owner.a, owner.b) if owner and _is_person(owner) else None)
        if leader and doc.tokens[c.b - 1].text.lower() in LEADER_BODIES:
            found = leader_actor(self.lexicon, leader)
            if found is not None:
                return found
        return owner.actor if owner else None

    def _corefer(self, doc: Doc, cands: list[Cand]) -> None:
        chains = Chains(doc)
        link_people(chains, [c for c in cands if _is_person(c)])
        keys: dict[tuple[str, str], int] = {}
        names = {chains.first(k).actor.name: k for k in range(len(chains.members))
                 if chains.first(k).actor}
        for c in cands:
            if c.kind == MentionKind.ROLE and c.actor and c.actor.kind == ActorKind.PERSON:
                chains.add(c, names.get(c.actor.name), "person")
            elif not _is_person(c) and c.kind != MentionKind.PRONOUN and (k := state_key(c)):
                chains.add(c, keys.get(k), k[1])
                keys.setdefault(k, c.entity)
        for c in cands:
            if c.kind == MentionKind.PRONOUN:
                resolve_pronoun(chains, c)
            elif c.kind == MentionKind.DESCRIPTION:
                resolve_description(chains, c, self._igo_options(doc, c))
                self._court_of_a_state(doc, c, cands)
            elif c.kind == MentionKind.ROLE and c.actor is None:
                self._owned(doc, chains, c)
                if c.actor is None:
                    resolve_role_description(chains, c)

    def _owned(self, doc: Doc, chains: Chains, c: Cand) -> None:
        """A role phrase owned by a pronoun is the antecedent's, as if it were named:
        "Russia said its forces" is "Russia's forces" (RUSMIL). A generic group, whose
        country is unknown, codes only its own people: "the rebels and their leader"."""
        if doc.tokens[c.b - 1].lemma.lower() in NOT_OWN:
            return
        ante = owner_antecedent(chains, c)
        owner = ante.actor if ante is not None else None
        if owner is None or not owner.code:
            return
        if owner.code.startswith(UNKNOWN_COUNTRY):
            if person_role(doc, c):
                c.actor = owner
        else:
            resolve_role(c, doc, self.lexicon, self.offices, owner)
        if c.actor is not None:
            c.antecedent, c.rule = ante, "pronoun_owner"

    def _court_of_a_state(self, doc: Doc, c: Cand, cands: list[Cand]) -> None:
        """An IGO description that is also a role noun and found no IGO ("the court" with
        no international court named) is a generic actor."""
        sector = self.lexicon.sector_for_role(c.extra.get("head", ""))
        if c.actor is None and sector is not None:
            c.extra["sector"] = sector
            if codable(doc, c, self.lexicon):
                resolve_generic(c, doc, self.lexicon, cands)

    def _igo_options(self, doc: Doc, c: Cand) -> tuple:
        head = c.extra.get("head", "")
        return self.lexicon.igo_descriptions(doc.text_of(c.a, c.b)) or \
            self.lexicon.igo_descriptions(f"the {head}")


def _record(doc: Doc, c: Cand) -> Mention:
    start, end = doc.chars(c.a, c.b)
    ante = doc.chars(c.antecedent.a, c.antecedent.b) if c.antecedent else (None, None)
    return Mention(doc.parsed.article_id, c.sentence, start, end, doc.text[start:end],
                   MentionKind(c.kind), c.actor, ante[0], ante[1], c.rule or "unresolved")


_RESOLVERS: dict[int, tuple[Lexicon, Resolver]] = {}


def _resolver_for(lexicon: Lexicon) -> Resolver:
    held = _RESOLVERS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        held = _RESOLVERS[id(lexicon)] = (lexicon, Resolver(lexicon))
    return held[1]


def resolve_mentions(parsed: ParsedArticle, text: str, *, lexicon: Lexicon) -> list[Mention]:
    """Every actor mention in one parsed article, in text order, none overlapping.

    Args:
        parsed: the nlp stage's output; ``parsed.published`` dates people's offices.
        text: the article text the parse's offsets index (``Article.text``).
        lexicon: the actor lexicon (:func:`load_lexicon`).
    """
    return _resolver_for(lexicon)(parsed, text)


def make_resolver(lexicon_dirs: Sequence[Path] = ()) -> Resolver:
    """Build the actors stage from the packaged lexicon and user lexicon directories."""
    return Resolver(load_lexicon(lexicon_dirs))
