"""Reporting adjectives: "X is confident that ...", "X was critical of ...", "sure to ...".

The adjective is the complement of a copula ("is", "seemed", "remained"); the holder is the
copula's subject; the content is the adjective's clause, infinitive or prepositional object.
"""

from __future__ import annotations

from eventwire.nlp.tree import Tree
from eventwire.quotes.cues import Cue, scan_cues, speaker_span
from eventwire.quotes.verbs import SpeechVerbs
from eventwire.records import ParsedArticle, Sentence

CONTENT_DEPS = ("ccomp", "xcomp")
CONTENT_PREPS = frozenset({"of", "about", "that", "on", "over", "with", "to"})


def _content(tree: Tree, j: int) -> tuple[int, int] | None:
    comp = tree.child(j, CONTENT_DEPS)
    if comp is not None and comp > j:
        return tree.span(comp)
    for c in tree.children[j]:
        if c > j and tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in CONTENT_PREPS:
            obj = tree.child(c, ("pobj", "pcomp"))
            if obj is not None:
                return tree.span(obj)
    return None


def _adj_cue(tree: Tree, sent: Sentence, j: int) -> Cue | None:
    t = tree.tokens[j]
    if t.dep != "acomp" or t.head == j:
        return None
    content = _content(tree, j)
    if content is None:
        return None
    subj = tree.child(t.head, ("nsubj",))
    subject = speaker_span(tree, subj) if subj is not None else None
    parts = [j, j + 1] + (list(subject) if subject else [])
    return Cue(sent.index, t.lemma.lower(), j, j + 1, "adjective", subject, content,
               (min(parts), max(parts)))


def find_adjective_cues(parsed: ParsedArticle, tree: Tree, verbs: SpeechVerbs) -> list[Cue]:
    """Every reporting-adjective cue with content, in text order."""
    return scan_cues(parsed, tree, "ADJ", verbs.adjectives, _adj_cue)
