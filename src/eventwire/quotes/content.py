"""What a reporting verb reports: the token range of its content, from the parse.

In order: the clausal complement ("said (that) X", the complementizer kept, as PolNeAR
annotates it); an infinitive complement ("vowed to X"); the direct object ("criticized the
plan"), unless the verb takes the hearer as object; the clause the verb interrupts (", X
said."); the object of a preposition ("called for X", "spoke about X"), never a date or
place ("said on Sunday", "spoke in Ohio"); the subject of a passive ("the plan was
criticized").
"""

from __future__ import annotations

from eventwire.nlp.tree import Tree
from eventwire.quotes.verbs import SpeechVerbs

CLAUSE_DEPS = ("ccomp",)
PARENTHETICAL = ("parataxis", "ccomp", "advcl")
OBJECT_DEPS = ("dobj",)
INFINITIVE_DEPS = ("xcomp",)
PREP_OBJECTS = ("pobj", "pcomp")
CONTENT_PREPS = frozenset({"about", "of", "for", "on", "against", "to", "over", "with", "at",
                           "as"})
HEARER_PREPS = CONTENT_PREPS - {"to", "at", "with", "as"}  # "told reporters about X"
OBJECT_TAIL_DEPS = ("oprd", "xcomp", "ccomp", "acl", "dative")  # "called it absurd"
OBJECT_TAIL_PREPS = frozenset({"for", "of", "as"})  # "criticized him for X"
SET_OFF = frozenset({",", ":", "\u2014", "--", '"', "\u201d", "\u201c", "'", "\u2019"})
NOT_CONTENT = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})


def _clause(tree: Tree, i: int) -> tuple[int, int] | None:
    comp = tree.child(i, CLAUSE_DEPS)
    return tree.span(comp) if comp is not None else None


def _interrupted(tree: Tree, i: int, verbs: SpeechVerbs) -> tuple[int, int] | None:
    """", X said." and "X said, ...": the clause around the cue, without the cue clause."""
    t = tree.tokens[i]
    if t.dep not in PARENTHETICAL or t.head == i or tree.tokens[t.head].lemma in verbs:
        return None
    head = t.head
    if i < head:  # "X said (,) ...": a misparsed complement
        a, b = tree.trim(tree.right[i] + 1, tree.right[head] + 1)
    else:
        a, b = tree.trim(tree.left[head], tree.left[i])
        edge = tree.left[i] - 1
        if edge < 0 or tree.tokens[edge].text not in SET_OFF:
            return None  # "Clinton celebrated in Florida declaring victory": no report
    return (a, b) if b > a else None


def _regards(tree: Tree, i: int) -> bool:
    """"sees X as Y": the object is what is judged."""
    return any(tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "as"
               for c in tree.children[i])


def _object(tree: Tree, i: int, verbs: SpeechVerbs, lemma: str) -> tuple[int, int] | None:
    if lemma in verbs.clause_only and not _regards(tree, i):
        return None
    comp = tree.child(i, INFINITIVE_DEPS)
    if comp is not None and comp > i:
        return tree.span(comp)
    obj = tree.child(i, OBJECT_DEPS)
    if obj is not None and obj > i and lemma not in verbs.addressee:
        return _with_tail(tree, i, obj)
    return None


def _with_tail(tree: Tree, i: int, obj: int) -> tuple[int, int]:
    """The object and what the verb says about it: "him for X", "it absurd"."""
    a, b = tree.span(obj)
    for c in tree.children[i]:
        t = tree.tokens[c]
        if c > obj and (t.dep in OBJECT_TAIL_DEPS
                        or (t.dep == "prep" and t.text.lower() in OBJECT_TAIL_PREPS)):
            b = max(b, tree.span(c)[1])
    return a, b


def _prep_object(tree: Tree, i: int, verbs: SpeechVerbs, lemma: str) -> tuple[int, int] | None:
    if lemma in verbs.clause_only:
        return None
    wanted = HEARER_PREPS if lemma in verbs.addressee else CONTENT_PREPS
    for c in tree.children[i]:
        t = tree.tokens[c]
        if c > i and t.dep == "prep" and t.text.lower() in wanted:
            obj = tree.child(c, PREP_OBJECTS)
            if obj is not None and tree.tokens[obj].ent_type not in NOT_CONTENT:
                return tree.span(obj)
    return None


def verb_content(tree: Tree, i: int, verbs: SpeechVerbs, lemma: str) -> tuple[int, int] | None:
    """Token range of what the verb at ``i`` reports, or None."""
    return (_clause(tree, i) or _object(tree, i, verbs, lemma)
            or _interrupted(tree, i, verbs) or _prep_object(tree, i, verbs, lemma)
            or _passive_subject(tree, i))


def _passive_subject(tree: Tree, i: int) -> tuple[int, int] | None:
    """"The plan was criticized (by X)": what was criticized."""
    subj = tree.child(i, ("nsubjpass",))
    return tree.span(subj, ("relcl",)) if subj is not None else None
