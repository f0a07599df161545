"""Reporting nouns: "X's claim that ...", "a statement from the ministry saying ...",
"his criticism of the plan".

The holder is the possessor ("Trump's claim"), a "by"/"from" phrase ("a statement by the
ministry"), or, for a noun that is the object of a verb, that verb's subject ("she issued
a statement that ..."); the content is a that-clause, else the object of a preposition
such as of/about/against/for.
"""

from __future__ import annotations

from eventwire.nlp.tree import Tree
from eventwire.quotes.cues import Cue, scan_cues, speaker_span
from eventwire.quotes.verbs import SpeechVerbs
from eventwire.records import ParsedArticle, Sentence

CLAUSE_DEPS = ("acl", "ccomp", "relcl")
CONTENT_PREPS = frozenset({"of", "about", "against", "for", "on", "to", "over"})
SOURCE_PREPS = frozenset({"by", "from"})
OBJECT_ROLES = ("dobj", "pobj", "attr")  # "issued a statement", "is a supporter of"


def _that_clause(tree: Tree, n: int) -> tuple[int, int] | None:
    for c in tree.children[n]:
        if c > n and tree.tokens[c].dep in CLAUSE_DEPS:
            first = tree.tokens[tree.left[c]]
            if first.text.lower() == "that" and first.dep == "mark":
                return tree.span(c)
    return None


def _prep(tree: Tree, n: int, words: frozenset[str]) -> int | None:
    for c in tree.children[n]:
        if c > n and tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in words:
            obj = tree.child(c, ("pobj", "pcomp"))
            if obj is not None:
                return obj
    return None


def _holder(tree: Tree, n: int) -> int | None:
    owner = tree.child(n, ("poss",))
    if owner is not None:
        return owner
    by = _prep(tree, n, SOURCE_PREPS)
    if by is not None:
        return by
    t = tree.tokens[n]
    if t.dep in OBJECT_ROLES and t.head != n:
        verb = tree.tokens[t.head].head if t.dep == "pobj" else t.head
        return tree.child(verb, ("nsubj",))
    return None


def _noun_cue(tree: Tree, sent: Sentence, n: int) -> Cue | None:
    holder = _holder(tree, n)
    content = _that_clause(tree, n)
    if content is None and holder is not None and tree.tokens[holder].i < n:
        obj = _prep(tree, n, CONTENT_PREPS)
        content = tree.span(obj) if obj is not None else None
    if content is None:
        return None
    subject = speaker_span(tree, holder) if holder is not None else None
    parts = [n, n + 1] + (list(subject) if subject else [])
    return Cue(sent.index, tree.tokens[n].lemma.lower(), n, n + 1, "noun", subject, content,
               (min(parts), max(parts)))


def find_noun_cues(parsed: ParsedArticle, tree: Tree, verbs: SpeechVerbs) -> list[Cue]:
    """Every reporting-noun cue with content, in text order."""
    return scan_cues(parsed, tree, "NOUN", verbs.nouns, _noun_cue)
