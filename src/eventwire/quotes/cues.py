"""Reporting cues: a reporting verb, noun or phrase, its speaker and its content.

Works on the dependency parse only. For a verb, the speaker is its subject (inverted "said
X" included), else the agent of a passive ("was criticized by X"), inherited along
conjunctions, participles and prepositional clauses ("..., adding that", "before saying",
"released a statement saying"); the content comes from :mod:`eventwire.quotes.content`.
Nouns and fixed phrases ("according to X") live in :mod:`eventwire.quotes.nouncues` and
:mod:`eventwire.quotes.phrases`.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass

from eventwire.nlp.tree import Tree
from eventwire.quotes.content import verb_content
from eventwire.quotes.verbs import SpeechVerbs
from eventwire.records import ParsedArticle, Sentence

SUBJECT_DEPS = ("nsubj",)
NP_DROP = ("relcl", "acl", "advcl", "cc")  # parts cut from a speaker NP
INHERIT_DEPS = ("conj", "advcl", "xcomp", "pcomp", "acl")  # "..., adding", "before saying"
THROUGH_DEPS = ("prep", "dobj", "pobj")  # climbed only on the way to a verb we inherit from
MAX_CLIMB = 4
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass(frozen=True, slots=True)
class Cue:
    sentence: int
    verb: str  # lemma of the cue word, or the phrase ("according to")
    verb_i: int  # token index of the cue word (of "according")
    verb_end_i: int  # exclusive token index ("according to" spans two)
    kind: str
    subject: tuple[int, int] | None  # token range of the speaker mention
    content: tuple[int, int] | None  # token range of what was said
    clause: tuple[int, int]  # token range of the whole cue clause (speaker + verb)


def _agent(tree: Tree, i: int) -> int | None:
    by = tree.child(i, ("agent",))
    return tree.child(by, ("pobj",)) if by is not None else None


def _named(tree: Tree, i: int) -> bool:
    t = tree.tokens[i]
    return t.pos == "PROPN" or t.ent_type in NAME_TYPES


def _subject(tree: Tree, i: int) -> int | None:
    """The speaker token of verb ``i``: its subject, or one inherited from a head verb."""
    inheriting = False
    for _ in range(MAX_CLIMB + 1):
        t = tree.tokens[i]
        if t.pos in ("VERB", "AUX") or not inheriting:
            subj = tree.child(i, SUBJECT_DEPS)
            if subj is not None:
                return subj
            if tree.child(i, ("nsubjpass",)) is not None:
                return _agent(tree, i)  # a passive: the agent, if any, spoke
        if t.head == i or t.dep not in INHERIT_DEPS + (THROUGH_DEPS if inheriting else ()):
            return None
        if t.dep == "acl" and _named(tree, t.head):
            return t.head  # "Trump, calling for ..."
        inheriting = True
        i = t.head
    return None


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


def speaker_span(tree: Tree, head: int) -> tuple[int, int] | None:
    """The speaker mention headed at ``head``, without relative clauses and quote marks."""
    a, b = tree.trim(*tree.span(head, NP_DROP), marks=True)
    if b - a > 1 and tree.tokens[b - 1].dep == "case":  # "Lind's" -> "Lind"
        b -= 1
    return (a, b) if b > a else None


def _seeming(tree: Tree, sent: Sentence, i: int, lemma: str) -> Cue | None:
    """"X seems to be ...": no source; the content is X with the infinitive."""
    subj, comp = tree.child(i, SUBJECT_DEPS), tree.child(i, ("xcomp",))
    if subj is None or comp is None or comp < i:
        return None
    a, b = tree.trim(tree.left[subj], tree.right[comp] + 1)
    return Cue(sent.index, lemma, i, i + 1, "seeming", None, (a, b), (i, i + 1))


def _verb_cue(tree: Tree, sent: Sentence, i: int, verbs: SpeechVerbs) -> Cue | None:
    t = tree.tokens[i]
    lemma = t.lemma.lower()
    if verbs.kind(lemma) == "seeming":
        return _seeming(tree, sent, i, lemma)
    subj = _subject(tree, i)
    subject = speaker_span(tree, subj) if subj is not None else None
    subject = subject or _adjacent_name(tree, sent, i)
    parts = [i, i + 1] + (list(subject) if subject else [])
    return Cue(sent.index, lemma, i, i + 1, verbs.kind(lemma) or "speech", subject,
               verb_content(tree, i, verbs, lemma), (min(parts), max(parts)))


CueBuilder = Callable[[Tree, Sentence, int], "Cue | None"]


def scan_cues(parsed: ParsedArticle, tree: Tree, pos: str, lemmas: Container[str],
              build: CueBuilder) -> list[Cue]:
    """Cues built at every token of part of speech `pos` whose lemma is in `lemmas`."""
    cues = []
    for sent in parsed.sentences:
        for i in range(sent.token_start, sent.token_end):
            t = tree.tokens[i]
            if t.pos == pos and t.lemma.lower() in lemmas:
                cue = build(tree, sent, i)
                if cue is not None:
                    cues.append(cue)
    return cues


def find_cues(parsed: ParsedArticle, tree: Tree, verbs: SpeechVerbs) -> list[Cue]:
    """Every reporting verb cue in the article, in text order."""
    cues = []
    for sent in parsed.sentences:
        for i in range(sent.token_start, sent.token_end):
            t = tree.tokens[i]
            if t.tag in VERB_TAGS and t.lemma.lower() in verbs and t.dep != "amod":
                cue = _verb_cue(tree, sent, i, verbs)
                cues += [cue] if cue is not None else []
    return cues
