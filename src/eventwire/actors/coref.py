"""In-document coreference: chains of mentions, and what surnames, descriptions and
pronouns refer to.

- Names: a later surname ("Lavrov") or repeated name joins the chain of the full name; a
  chain's actor is its first text-evidenced actor, else the lexicon's (rule ``surname``).
- Descriptions: "the alliance" -> the most recently named IGO it may describe;
  "the country" -> the most salient state; "the foreign minister" -> the most salient person
  in that office; "the two sides" -> no single actor.
- Pronouns: the chain with the highest salience in the last few sentences (recency, subject
  position, repeated mention) among those agreeing: he/she with people of that gender
  (titles, first names, earlier pronouns), it with states and organisations, they with
  states, organisations and plural groups. An object pronoun never takes its own clause's
  subject.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from eventwire.actors.doc import Cand, Doc
from eventwire.actors.patterns import person_role
from eventwire.actors.titles import office
from eventwire.records import ActorKind, MentionKind

WINDOW = 3  # sentences back a pronoun or description may reach
DECAY = 0.5
SUBJECT_BONUS = 1.0
GENDER_BONUS = 0.5
TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")


@cache
def first_names() -> dict[str, str]:
    data = resources.files(__package__).joinpath("data", "first_names.yaml")
    table = yaml.safe_load(data.read_text(encoding="utf-8"))
    return {**{n: "m" for n in table["male"]}, **{n: "f" for n in table["female"]}}


class Chains:
    """Coreference chains of one article, built in text order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.members: list[list[Cand]] = []
        self.gender: dict[int, str] = {}
        self.kind: dict[int, str] = {}  # person / state / org / group

    def add(self, c: Cand, chain: int | None, kind: str) -> None:
        if chain is None:
            chain = len(self.members)
            self.members.append([])
            self.kind[chain] = kind
        c.entity = chain
        self.members[chain].append(c)

    def head(self, chain: int, before: int) -> Cand:
        """The chain's latest non-pronoun mention before token ``before``."""
        named = [m for m in self.members[chain] if m.kind != MentionKind.PRONOUN and m.a < before]
        return named[-1] if named else self.members[chain][0]

    def first(self, chain: int) -> Cand:
        return max(self.members[chain], key=lambda m: (m.b - m.a, -m.a))

    def salience(self, c: Cand, allowed) -> dict[int, float]:
        scores: dict[int, float] = {}
        for chain, mentions in enumerate(self.members):
            if not allowed(chain):
                continue
            for m in mentions:
                if m.a >= c.a or c.sentence - m.sentence > WINDOW or _bound(self.doc, m, c):
                    continue
                subject = SUBJECT_BONUS if self.doc.is_subject(m.a, m.b) else 0.0
                scores[chain] = scores.get(chain, 0.0) + DECAY ** (c.sentence - m.sentence) * (
                    1 + subject)
        return scores


def _bound(doc: Doc, m: Cand, pronoun: Cand) -> bool:
    """An object pronoun cannot refer to the subject of its own verb ("X praised him")."""
    p = doc.tokens[pronoun.a]
    return p.dep in OBJECT_DEPS and doc.is_subject(m.a, m.b) and doc.governor(
        m.a, m.b).i == p.head


def _gender(doc: Doc, c: Cand) -> str | None:
    if c.a and doc.tokens[c.a - 1].text.lower() in TITLES:
        return TITLES[doc.tokens[c.a - 1].text.lower()]
    return first_names().get(doc.tokens[c.a].text) if c.b - c.a > 1 else None


def _surname(c: Cand, doc: Doc) -> str:
    return doc.name_text(c.b - 1, c.b)


def link_people(chains: Chains, people: list[Cand]) -> None:
    """Join names of the same person; give the chain's best actor to mentions without one."""
    by_key: dict[str, int] = {}
    for c in people:
        keys = [c.person.name] if c.person else []
        keys.append(_surname(c, chains.doc))
        chain = next((by_key[k] for k in keys if k in by_key), None)
        chains.add(c, chain, "person")
        for k in keys:
            by_key.setdefault(k, c.entity)
        if (g := _gender(chains.doc, c)) and c.entity not in chains.gender:
            chains.gender[c.entity] = g
    for mentions in chains.members:
        evidenced = [m for m in mentions if m.rule in ("title_name", "appos_role")]
        best = (evidenced or [m for m in mentions if m.actor and m.actor.code] or mentions)[0]
        for m in mentions:
            if m is not best and m.rule not in ("title_name", "appos_role"):
                m.actor, m.rule, m.antecedent = best.actor, "surname", chains.first(m.entity)
                if m.antecedent is m:
                    m.antecedent, m.rule = None, best.rule


def state_key(c: Cand) -> tuple[str, str] | None:
    """Chain key and kind for a mention of a state, IGO, organisation or group."""
    actor = c.actor
    if actor is None or c.kind == MentionKind.NATIONALITY:
        return None
    if c.kind == MentionKind.ROLE:
        return actor.code or actor.name, "group" if c.plural else "org"
    if actor.kind in (ActorKind.STATE, ActorKind.IGO):
        return actor.country or actor.code or actor.name, "state"
    return actor.name, "org"


def _agrees(chains: Chains, chain: int, want: str) -> bool:
    kind = chains.kind[chain]
    if want in "mf":
        return kind == "person" and chains.gender.get(chain, want) == want
    if want == "n":
        return kind in ("state", "org")
    return kind in ("state", "org", "group")


def resolve_pronoun(chains: Chains, c: Cand) -> None:
    want = c.extra["want"]
    scores = chains.salience(c, lambda k: _agrees(chains, k, want))
    if not scores:
        c.rule = "pronoun_unresolved"
        return
    for k in scores:
        if want in "mf" and chains.gender.get(k) == want:
            scores[k] += GENDER_BONUS
    best = max(scores, key=lambda k: (scores[k], chains.head(k, c.a).a))
    ante = chains.head(best, c.a)
    c.actor, c.antecedent, c.rule = ante.actor, ante, "pronoun_salience"
    chains.add(c, best, "")
    if want in "mf":
        chains.gender.setdefault(best, want)


def resolve_description(chains: Chains, c: Cand, igo_options: tuple) -> None:
    head = c.extra.get("head")
    if c.plural:
        c.rule = "no_single_actor"
        return
    if head in ("country", "nation"):
        allowed = {k for k, v in chains.kind.items() if v == "state"
                   and chains.head(k, c.a).actor and chains.head(k, c.a).actor.country}
        rule = "state_description"
    else:
        codes = {e.code for e in igo_options}
        allowed = {k for k in chains.kind if chains.head(k, c.a).actor
                   and chains.head(k, c.a).actor.code in codes}
        rule = "igo_description"
    _link_salient(chains, c, allowed, rule)


def resolve_role_description(chains: Chains, c: Cand) -> None:
    """ "the foreign minister" -> the most salient person holding that office."""
    if not c.role or not person_role(chains.doc, c):
        return
    allowed = {k for k, v in chains.kind.items() if v == "person"
               and any(m.actor and m.actor.role and office(m.actor.role).endswith(office(c.role))
                       for m in chains.members[k])}
    _link_salient(chains, c, allowed, "role_description")


def _link_salient(chains: Chains, c: Cand, allowed: set[int], rule: str) -> None:
    scores = chains.salience(c, lambda k: k in allowed)
    if not scores:
        earlier = [k for k in allowed if chains.head(k, c.a).a < c.a]
        if not earlier:
            return
        scores = {k: 0.0 for k in earlier}
    best = max(scores, key=lambda k: (scores[k], chains.head(k, c.a).a))
    ante = chains.head(best, c.a)
    c.actor, c.antecedent, c.rule = ante.actor, ante, rule
    chains.add(c, best, "")
