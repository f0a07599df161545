"""In-document coreference: chains of mentions, and what surnames, descriptions and
pronouns refer to.

- Names: a later surname ("Lavrov") or repeated name joins the chain of the nearest full
  name; a full name with another given name is another person ("Patrick" and "Teresa Nielsen
  Hayden"). A chain's actor is its first text-evidenced actor, else the lexicon's (rule
  ``surname``).
- Descriptions: "the alliance" -> the most recently named IGO it may describe;
  "the country" -> the most salient state; "the foreign minister" -> the most salient person
  in that office; "the two sides" -> no single actor.
- Pronouns: the chain with the highest salience in the last few sentences (recency, subject
  position, repeated mention) among those agreeing: he/she with people of that gender
  (titles, first names, earlier pronouns), it with states and organisations, they with
  organisations and plural groups, a state only within a coordination ("Washington and its
  allies ... they"). An object pronoun
  never takes its own clause's subject.
- Owners: the possessive pronoun of a role phrase ("its forces") by the same salience, but
  only with a clear winner: a rival chain with another actor and at least half the score
  ("Russia accused Ukraine of shelling its forces") leaves it unresolved.
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
CLEAR_MARGIN = 2.0  # an owner's antecedent must outscore any rival by this factor
OWNER_WANTS = {"its": "n", "their": "p", "his": "m", "her": "f"}
TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


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
        self.kind: dict[int, str] = {}  # person / state / igo / org / group

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


def _name_words(c: Cand, doc: Doc) -> list[str]:
    """The words of a person's name without a generational suffix ("Carlineo Jr.")."""
    words = doc.name_text(c.a, c.b).split()
    while len(words) > 1 and words[-1].rstrip(",").lower() in SUFFIXES:
        words.pop()
    return words


def _same_given(a: str, b: str) -> bool:
    """Given names that may be one person's: equal, or an initial of the other ("D.")."""
    a, b = a.rstrip(".").casefold(), b.rstrip(".").casefold()
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _fits(given: str | None, known: set[str]) -> bool:
    return given is None or not known or any(_same_given(given, k) for k in known)


class _People:
    """Chains of people's names: a full name joins a chain by its name, or by its surname when
    the given names agree ("Lakshiwnder Singh" is not "Rajnath Singh"); a surname alone joins
    the nearest full name before it, whatever the lexicon reads it as."""

    def __init__(self, chains: Chains) -> None:
        self.chains = chains
        self.by_name: dict[str, int] = {}
        self.by_surname: dict[str, int] = {}
        self.given: dict[int, set[str]] = {}

    def add(self, c: Cand) -> None:
        words = _name_words(c, self.chains.doc)
        # "von Weizsäcker" is a surname alone: particles are no given name
        given = words[0] if len(words) > 1 and words[0][:1].isupper() else None
        names = [n for n in (c.person.name if c.person else None, " ".join(words)) if n]
        chain = next((self.by_name[n] for n in names if n in self.by_name), None)
        near = self.by_surname.get(words[-1])
        if chain is None and near is not None and _fits(given, self.given[near]):
            chain = near
            if given is None and c.person and not _fits(c.person.name.split()[0],
                                                         self.given[near]):
                # the lexicon's namesake, not the person this article named in full
                c.person, c.actor = None, None
        self.chains.add(c, chain, "person")
        known = self.given.setdefault(c.entity, set())
        known.update(g for g in (given, c.person.name.split()[0] if c.person else None) if g)
        for n in names:
            self.by_name.setdefault(n, c.entity)
        if given is not None or words[-1] not in self.by_surname:
            self.by_surname[words[-1]] = c.entity


def link_people(chains: Chains, people: list[Cand]) -> None:
    """Join names of the same person; give the chain's best actor to mentions without one."""
    linker = _People(chains)
    for c in people:
        linker.add(c)
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
    if actor.kind == ActorKind.IGO:
        return actor.code or actor.name, "igo"
    if actor.kind == ActorKind.STATE:
        return actor.country or actor.code or actor.name, "state"
    return actor.name, "org"


def _agrees(chains: Chains, chain: int, want: str) -> bool:
    kind = chains.kind[chain]
    if want in "mf":
        return kind == "person" and chains.gender.get(chain, want) == want
    if want == "n":
        return kind in ("state", "igo", "org")
    # a country is "it": "they" after "the US" means people or organisations in it
    return kind in ("igo", "org", "group")


def _coordinated(chains: Chains, chain: int) -> bool:
    """A state named in a coordination is part of a plural: "Washington and its allies ...
    they"."""
    doc = chains.doc
    heads = (doc.head(m.a, m.b) for m in chains.members[chain])
    return any(doc.tokens[h].dep == "conj" or any(doc.tokens[k].dep == "conj"
                                                   for k in doc.children[h]) for h in heads)


def resolve_pronoun(chains: Chains, c: Cand) -> None:
    want = c.extra["want"]
    scores = chains.salience(c, lambda k: _agrees(chains, k, want) or (
        want == "p" and chains.kind[k] == "state" and _coordinated(chains, k)))
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


def owner_antecedent(chains: Chains, c: Cand) -> Cand | None:
    """The mention a role phrase's possessive pronoun refers to ("Russia said its forces"),
    or None when none agrees or two actors are close in salience."""
    want = OWNER_WANTS.get(chains.doc.tokens[c.a].text.lower())
    if want is None:
        return None
    scores = chains.salience(c, lambda k: _agrees(chains, k, want) or (
        want == "p" and chains.kind[k] == "state" and _coordinated(chains, k)))
    heads = {k: chains.head(k, c.a) for k in scores}
    ranked = sorted(scores, key=lambda k: (scores[k], heads[k].a), reverse=True)
    if not ranked or heads[ranked[0]].actor is None:
        return None
    best = heads[ranked[0]]
    rivals = [k for k in ranked[1:] if heads[k].actor != best.actor
              and scores[k] * CLEAR_MARGIN >= scores[ranked[0]]]
    return None if rivals else best


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
