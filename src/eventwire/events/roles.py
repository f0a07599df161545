"""Source and target of a predicate: subject, agent, objects and prepositional roles."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.events.predicates import PredicateRule
from eventwire.nlp.tree import Tree
from eventwire.records import Mention

DEFAULT_SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "add", "declare", "report", "claim", "note", "stress",
    "explain", "write", "confirm", "insist", "reiterate", "argue", "indicate", "suggest",
})
_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "dative", "iobj", "attr")
_HEAD_ONLY = ("prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl")


def conjuncts(tree: Tree, i: int) -> list[int]:
    """``i`` and the words conjoined to it: "the US and NATO" -> [US, NATO]."""
    out, todo = [], [i]
    while todo:
        j = todo.pop(0)
        out.append(j)
        todo.extend(c for c in tree.children[j] if tree.tokens[c].dep == "conj")
    return out


def _prep_objects(tree: Tree, i: int, preps: Sequence[str]) -> list[int]:
    for p in preps:
        for c in tree.children[i]:
            t = tree.tokens[c]
            if t.dep in ("prep", "prt", "agent") and t.lemma.lower() == p:
                pobj = tree.child(c, ("pobj",))
                if pobj is not None:
                    return conjuncts(tree, pobj)
    return []


def _subject(tree: Tree, v: int, depth: int = 0) -> list[int]:
    """Who does ``v``: its subject, the agent of a passive, or an inherited subject."""
    agent = tree.child(v, ("agent",))
    if agent is not None and tree.child(agent, ("pobj",)) is not None:
        return conjuncts(tree, tree.child(agent, ("pobj",)))
    subj = tree.child(v, _SUBJ)
    if subj is not None:
        return conjuncts(tree, subj)
    t = tree.tokens[v]
    if depth > 4 or t.head == v or tree.child(v, ("nsubjpass",)) is not None:
        return []
    head = tree.tokens[t.head]
    if t.dep == "xcomp":  # "urged Russia to withdraw": the object controls; else the subject
        obj = tree.child(t.head, ("dobj",))
        return conjuncts(tree, obj) if obj is not None else _subject(tree, t.head, depth + 1)
    if t.dep in ("conj", "advcl", "acomp") or (t.dep == "ccomp"
                                               and head.lemma in DEFAULT_SPEECH_VERBS):
        return _subject(tree, t.head, depth + 1)  # "Lavrov said (he) would...": the speaker
    if t.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN"):
        return [t.head]
    return []


def _noun_source(tree: Tree, n: int) -> list[int]:
    for c in tree.children[n]:
        if tree.tokens[c].dep in ("poss", "compound", "amod", "nmod"):
            return conjuncts(tree, c)
    between = _prep_objects(tree, n, ("between", "among"))
    if between:
        return between[:1]
    t = tree.tokens[n]
    if t.dep in ("dobj", "nsubjpass"):  # "launched an attack", "held talks"
        return _subject(tree, t.head)
    if t.dep == "pobj" and tree.tokens[t.head].dep == "prep":
        verb = tree.tokens[t.head].head
        if tree.tokens[verb].pos in ("VERB", "AUX"):
            return _subject(tree, verb)
    return []


def source_heads(tree: Tree, i: int, rule: PredicateRule) -> list[int]:
    return _subject(tree, i) if rule.pos == "verb" else _noun_source(tree, i)


def target_heads(tree: Tree, i: int, rule: PredicateRule) -> list[int]:
    """Objects, then the rule's prepositions, then the subject of a clausal complement."""
    preps = rule.target_preps()
    if rule.pos == "noun":
        between = _prep_objects(tree, i, ("between", "among"))
        return between[1:] if len(between) > 1 else _prep_objects(tree, i, preps)
    if tree.child(i, ("agent",)) is not None or tree.child(i, ("nsubjpass",)) is not None:
        subj = tree.child(i, ("nsubjpass",))
        if subj is not None:
            return conjuncts(tree, subj)
    if rule.prep:
        found = _prep_objects(tree, i, (rule.prep,))
        if found:
            return found
    for c in tree.children[i]:
        if tree.tokens[c].dep in _OBJ:
            if rule.obj and tree.tokens[c].lemma.lower() == rule.obj:
                found = _prep_objects(tree, c, preps)  # "imposed sanctions on Russia"
                if found:
                    return found
                continue
            return conjuncts(tree, c) + _prep_objects(tree, c, preps)  # "cut ties with X"
    found = _prep_objects(tree, i, preps)
    if found:
        return found
    comp = tree.child(i, ("ccomp",))  # "demanded (that) NATO pull back"
    subj = tree.child(comp, ("nsubj", "nsubjpass")) if comp is not None else None
    return conjuncts(tree, subj) if subj is not None else []


def mention_at(tree: Tree, head: int, mentions: Sequence[Mention]) -> Mention | None:
    """The coded mention a role's head word stands for, if any."""
    tok = tree.tokens[head]
    coded = [m for m in mentions if m.actor is not None and m.actor.code]
    for m in coded:
        if m.start <= tok.start < m.end:
            return m
    a, b = tree.span(head, drop=_HEAD_ONLY)
    if a >= b:
        return None
    lo, hi = tree.chars(a, b)
    inside = [m for m in coded if lo <= m.start and m.end <= hi]
    return inside[-1] if inside else None


def role_mentions(tree: Tree, heads: Sequence[int],
                  mentions: Sequence[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for h in heads:
        m = mention_at(tree, h, mentions)
        if m is not None and all(m.start != o.start for o in out):
            out.append(m)
    return out
