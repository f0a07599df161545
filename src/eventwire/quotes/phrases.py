"""Fixed attribution phrases: "according to X", "in X's words", "in a poll", "for X, ...",
and "X: ..." speaker labels.

Each names a source in a prepositional phrase; the content is the rest of the clause the
phrase attaches to (PolNeAR's convention), on whichever side of the phrase is longer.
"""

from __future__ import annotations

from eventwire.nlp.tree import Tree
from eventwire.quotes.cues import Cue, speaker_span
from eventwire.quotes.verbs import SpeechVerbs
from eventwire.records import ParsedArticle, Sentence

WORDS_NOUNS = frozenset({"word", "words", "view", "opinion", "estimate", "estimation",
                         "telling", "account", "judgment", "judgement", "assessment"})
# documents that speak for themselves ("In a new poll, X leads"); in "In an interview, X
# said" the speaker is X, found by the verb
SOURCE_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "average",
                          "filing", "lawsuit", "memo", "editorial", "ruling", "audit"})
SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "GPE")
MAX_LABEL = 6  # tokens in a "Name:" label


def _rest(tree: Tree, sent: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The longer side of the sentence around tokens [lo, hi)."""
    a, b = tree.trim(sent.token_start, sent.token_end)
    after, before = tree.trim(hi, b), tree.trim(a, lo)
    best = after if after[1] - after[0] >= before[1] - before[0] else before
    return best if best[1] > best[0] else None


def _cue(tree: Tree, sent: Sentence, i: int, end: int, name: str,
         head: int, kind: str = "speech") -> Cue | None:
    subject = speaker_span(tree, head)
    if subject is None:
        return None
    lo, hi = min(i, subject[0]), max(end, subject[1], tree.right[i] + 1)
    return Cue(sent.index, name, i, end, kind, subject, _rest(tree, sent, lo, hi), (lo, hi))


def _according(tree: Tree, sent: Sentence, i: int) -> Cue | None:
    tokens = tree.tokens
    if i + 1 >= sent.token_end or tokens[i + 1].text.lower() != "to":
        return None
    pobj = tree.child(i + 1, ("pobj",))
    return _cue(tree, sent, i, i + 2, "according to", pobj) if pobj is not None else None


def _in_words(tree: Tree, sent: Sentence, i: int, verbs: SpeechVerbs) -> Cue | None:
    """"In X's words/view, ..." (the possessor speaks); "In a CNN poll, ..." (the poll does)."""
    pobj = tree.child(i, ("pobj",))
    if pobj is None:
        return None
    noun = tree.tokens[pobj].text.lower()
    owner = tree.child(pobj, ("poss",))
    if noun in WORDS_NOUNS and owner is not None:
        return _cue(tree, sent, i, pobj + 1, "in " + tree.tokens[pobj].lemma.lower(), owner)
    head = tree.tokens[tree.tokens[i].head]
    if noun in SOURCE_NOUNS and head.dep == "ROOT" and head.lemma.lower() not in verbs:
        return _cue(tree, sent, i, i + 1, "in", pobj, "finding")
    return None


def _label(tree: Tree, sent: Sentence, i: int) -> Cue | None:
    """"Kasich: 'We are going all the way'", a headline or transcript speaker label."""
    a = sent.token_start
    if not 0 < i - a <= MAX_LABEL or i + 1 >= sent.token_end:
        return None
    if not all(t.ent_type in SPEAKER_TYPES or t.pos == "PROPN"
               for t in tree.tokens[a:i]):
        return None
    content = tree.trim(i + 1, sent.token_end)
    if content[1] <= content[0]:
        return None
    return Cue(sent.index, ":", i, i + 1, "speech", (a, i), content, (a, i + 1))


def _for_x(tree: Tree, sent: Sentence, i: int) -> Cue | None:
    """Sentence-initial "For X, ..." with a person or group as X."""
    if i != sent.token_start:
        return None
    pobj = tree.child(i, ("pobj",))
    end = tree.right[pobj] + 1 if pobj is not None else sent.token_end
    if end >= sent.token_end or tree.tokens[end].text != ",":
        return None
    t = tree.tokens[pobj]
    if not (t.ent_type in ("PERSON", "ORG", "NORP") or t.tag in ("NNS", "NNPS")):
        return None
    return _cue(tree, sent, i, i + 1, "for", pobj, "stance")  # a view, never a quote's cue


def find_phrase_cues(parsed: ParsedArticle, tree: Tree, verbs: SpeechVerbs) -> list[Cue]:
    """Every attribution phrase cue in the article, in text order."""
    cues = []
    for sent in parsed.sentences:
        for i in range(sent.token_start, sent.token_end):
            word = tree.tokens[i].text.lower()
            cue = (_according(tree, sent, i) if word == "according"
                   else _in_words(tree, sent, i, verbs) if word == "in"
                   else _label(tree, sent, i) if word == ":"
                   else _for_x(tree, sent, i) if word == "for" else None)
            if cue is not None:
                cues.append(cue)
    return cues
