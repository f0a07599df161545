"""Words that look like predicates but name no act in their sentence.

A lexicon rule reads a lemma and its dependents; some readings are ruled out by where the
word stands instead: an event noun that another verb ends ("Sweden dropped its
investigation", "the talks were shelved"), one that only labels another noun ("riot police",
"a detention centre"), support as a level ("her support dropped", "to build support"),
and a verb in an extraposed "it is ... that" frame ("it's striking that ..."), which
comments on a clause and does nothing to anyone.
"""

from __future__ import annotations

from eventwire.nlp.tree import Tree

# verbs whose object (or passive subject) is an act that is stopped, so is not reported:
# a rule of its own ("cancelled the talks": 164) still codes the stopping
DEFAULT_ENDING_VERBS = frozenset({
    "drop", "end", "close", "abandon", "suspend", "scuttle", "shelve", "cease", "stall",
    "halt", "freeze", "terminate", "cancel", "scrap", "stop", "postpone", "break",
})
# nouns that also name a level of backing, and the verbs that treat them as one
DEFAULT_AMOUNT_NOUNS = frozenset({"support", "backing", "approval"})
DEFAULT_LEVEL_VERBS = frozenset({
    "drop", "fall", "rise", "grow", "slip", "erode", "surge", "wane", "decline", "increase",
    "climb", "dip", "plunge", "soar", "shrink", "stand", "remain", "hover",
})
DEFAULT_WINNING_VERBS = frozenset({
    "build", "win", "gain", "garner", "lose", "need", "seek", "attract", "court", "bolster",
    "shore", "drum", "muster", "broaden", "secure",
})
# heads that carry the act a compound names: "an aid package", "a mediation mission"
DEFAULT_CARRIER_NOUNS = frozenset({
    "package", "convoy", "shipment", "delivery", "program", "programme", "plan", "operation",
    "campaign", "mission", "effort", "deal", "agreement", "round", "process", "team",
    "force", "contingent",
})


def _ended(tree: Tree, i: int) -> bool:
    t = tree.tokens[i]
    if t.dep not in ("dobj", "nsubjpass") or t.head == i:
        return False
    verb = tree.tokens[t.head]
    lemma = verb.lemma.lower()
    called_off = lemma == "call" and any(
        tree.tokens[c].dep == "prt" and tree.tokens[c].lemma.lower() == "off"
        for c in tree.children[t.head])
    return verb.pos == "VERB" and (lemma in DEFAULT_ENDING_VERBS or called_off)


def _label(tree: Tree, i: int) -> bool:
    t = tree.tokens[i]
    head = tree.tokens[t.head]
    return (t.dep == "compound" and head.pos == "NOUN"
            and head.lemma.lower() not in DEFAULT_CARRIER_NOUNS)


def _extraposed(tree: Tree, i: int) -> bool:
    kids = [tree.tokens[c] for c in tree.children[i]]
    return (tree.tokens[i].tag == "VBG"
            and any(k.dep == "nsubj" and k.text.lower() == "it" for k in kids)
            and any(k.dep == "ccomp" for k in kids)
            and any(k.dep == "aux" and k.lemma.lower() == "be" for k in kids))


def _amount(tree: Tree, i: int) -> bool:
    """"Biden's support has dropped", "to build Democratic support": support as a level that
    rises, falls or is won, not an act of backing."""
    t = tree.tokens[i]
    if t.lemma.lower() not in DEFAULT_AMOUNT_NOUNS or t.head == i:
        return False
    verb = tree.tokens[t.head].lemma.lower()
    return ((t.dep in ("nsubj", "nsubjpass") and verb in DEFAULT_LEVEL_VERBS)
            or (t.dep == "dobj" and verb in DEFAULT_WINNING_VERBS))


def inert(tree: Tree, i: int) -> bool:
    """True when the word at ``i`` names no act here, whatever rule its lemma has."""
    if tree.tokens[i].pos in ("NOUN", "PROPN"):
        return _ended(tree, i) or _label(tree, i) or _amount(tree, i)
    return _extraposed(tree, i)
