"""Reporting cues: a speech verb (or "according to"), its speaker and its content.

Works on the dependency parse only: the speaker is the verb's subject (inverted "said X"
included), inherited along conjunctions and participles ("..., adding that"); the content
is the clausal complement, else the clause the verb interrupts (", X said."), else an
object or infinitive complement.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.quotes.tree import Tree
from eventwire.quotes.verbs import SpeechVerbs
from eventwire.records import ParsedArticle, Sentence

SUBJECT_DEPS = ("nsubj",)
CONTENT_DEPS = ("ccomp",)
NP_DROP = ("relcl", "acl", "advcl", "cc")  # parts cut from a speaker NP
INHERIT_DEPS = ("conj", "advcl", "xcomp")  # "..., adding", "and warned", "went on to say"
PARENTHETICAL = ("parataxis", "ccomp", "advcl")
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")
DROP_THAT = True  # "said that X": the content starts after "that"


@dataclass(frozen=True, slots=True)
class Cue:
    sentence: int
    verb: str  # lemma, or "according to"
    verb_i: int  # token index of the verb (of "according")
    verb_end_i: int  # exclusive token index ("according to" spans two)
    kind: str
    subject: tuple[int, int] | None  # token range of the speaker mention
    content: tuple[int, int] | None  # token range of what was said
    clause: tuple[int, int]  # token range of the whole cue clause (speaker + verb)


def _subject(tree: Tree, i: int) -> int | None:
    seen = set()
    while i not in seen:
        seen.add(i)
        subj = tree.child(i, SUBJECT_DEPS)
        if subj is not None:
            return subj
        t = tree.tokens[i]
        if t.dep not in INHERIT_DEPS or t.head == i:
            return None
        i = t.head
    return None


def _content(tree: Tree, i: int, verbs: SpeechVerbs, lemma: str) -> tuple[int, int] | None:
    comp = tree.child(i, CONTENT_DEPS)
    if comp is not None:
        a, b = tree.span(comp)
        if DROP_THAT and tree.tokens[a].dep == "mark" and tree.tokens[a].text.lower() == "that":
            a += 1
        return (a, b) if b > a else None
    t = tree.tokens[i]
    if t.dep in PARENTHETICAL and t.head != i and tree.tokens[t.head].lemma not in verbs:
        head = t.head
        a, b = tree.left[head], tree.right[head] + 1
        if i < head:  # "X said, ...": content after the cue clause
            return tree.trim(tree.right[i] + 1, b)
        return tree.trim(a, tree.left[i])
    for deps in (("xcomp",), () if lemma in verbs.addressee else ("dobj",)):
        obj = tree.child(i, deps)
        if obj is not None and obj > i:
            return tree.span(obj, ("relcl",)) if deps == ("dobj",) else tree.span(obj)
    return None


def _according(tree: Tree, sent: Sentence, i: int) -> Cue | None:
    tokens = tree.tokens
    if i + 1 >= sent.token_end or tokens[i + 1].text.lower() != "to":
        return None
    pobj = tree.child(i + 1, ("pobj",))
    if pobj is None:
        return None
    subject = tree.span(pobj, NP_DROP)
    a, b = tree.trim(sent.token_start, sent.token_end)
    lo, hi = min(i, subject[0]), max(tree.right[i] + 1, subject[1])
    content = tree.trim(hi, b) if hi - a < b - hi else tree.trim(a, lo)
    return Cue(sent.index, "according to", i, i + 2, "speech", subject,
               content if content[1] > content[0] else None, (lo, hi))


def _adjacent_name(tree: Tree, sent: Sentence, i: int) -> tuple[int, int] | None:
    """A name right before the verb, when the parse found no subject (a garbled clause)."""
    tokens = tree.tokens
    j = i - 1
    while j > sent.token_start and tokens[j].pos == "ADV":
        j -= 1
    if j < sent.token_start or tokens[j].ent_type not in NAME_TYPES:
        return None
    a = j
    while a > sent.token_start and tokens[a - 1].pos not in ("PUNCT", "VERB", "AUX", "SPACE"):
        a -= 1
    return a, j + 1


def _verb_cue(tree: Tree, sent: Sentence, i: int, verbs: SpeechVerbs) -> Cue | None:
    t = tree.tokens[i]
    subj = _subject(tree, i)
    content = _content(tree, i, verbs, t.lemma.lower())
    subject = tree.span(subj, NP_DROP) if subj is not None else _adjacent_name(tree, sent, i)
    if subject is not None:
        subject = tree.trim(*subject, marks=True)
        subject = subject if subject[1] > subject[0] else None
    parts = [i, i + 1] + (list(subject) if subject else [])
    clause = (min(parts), max(parts))
    return Cue(sent.index, t.lemma.lower(), i, i + 1, verbs.kind(t.lemma) or "speech",
               subject, content, clause)


def find_cues(parsed: ParsedArticle, tree: Tree, verbs: SpeechVerbs) -> list[Cue]:
    """Every reporting cue in the article, in text order."""
    cues = []
    for sent in parsed.sentences:
        for i in range(sent.token_start, sent.token_end):
            t = tree.tokens[i]
            if t.text.lower() == "according":
                cue = _according(tree, sent, i)
            elif t.tag.startswith("VB") and t.lemma.lower() in verbs:
                cue = _verb_cue(tree, sent, i, verbs)
            else:
                continue
            if cue is not None:
                cues.append(cue)
    return cues
