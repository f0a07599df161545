"""Negation and hypothetical flags for a predicate, read off the dependency tree."""

from __future__ import annotations

from eventwire.nlp.tree import Tree
from eventwire.records import Token

DEFAULT_NEGATING_VERBS = frozenset({"refuse", "decline", "fail", "deny", "neglect", "avoid",
                                    "refrain", "unable"})
# "tried to storm parliament" and "was able to cross" report acts that took place (an
# attempt is an act), so try/attempt/able are not here
DEFAULT_HYPOTHETICAL_VERBS = frozenset({
    "plan", "intend", "prepare", "want", "seek", "hope", "aim", "expect", "consider",
    "wish", "vow", "threaten", "ready", "willing", "likely", "poised", "set", "go", "mull",
    "weigh",
})
DEFAULT_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can",
                            "'ll", "'d", "must", "wo", "ca"})
DEFAULT_CONDITIONALS = frozenset({"if", "unless"})
DEFAULT_WISHES = frozenset({"want", "wish", "like", "hope"})  # "would like to thank"
# verbs whose object noun is the act itself ("did not launch an attack"); any other verb's
# flags stay its own ("had not addressed Moscow's demands": the demands were made)
DEFAULT_LIGHT_VERBS = frozenset({
    "make", "launch", "carry", "conduct", "hold", "stage", "mount", "issue", "lodge", "file",
    "impose", "take", "give", "begin", "start", "continue", "resume", "open", "wage", "pursue",
    "undertake", "perform", "commit", "do", "have", "plan", "prepare", "order", "step",
})

# deps along which a governing word's negation or modality reaches the predicate
_CLIMB = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "nsubjpass", "conj", "advcl",
          "acl"}
_CLAUSE = {"ccomp"}  # crossed only when the head is itself a negating or hypothetical verb
# "I would call for calm", "we would urge restraint": a first-person "would" on a speech act
# is a polite form of the act itself, which is made in saying it
DEFAULT_PERFORMATIVES = frozenset({"call", "urge", "ask", "appeal", "encourage", "invite",
                                   "suggest", "recommend", "advise", "implore"})
# acts done by saying one wishes to do them: "we would like to thank", "they wanted to
# apologise" thank and apologise
DEFAULT_COURTESIES = frozenset({"thank", "apologize", "apologise", "congratulate", "welcome",
                                "commend", "praise"})
_FIRST_PERSON = frozenset({"i", "we"})


def chain(tree: Tree, i: int) -> list[int]:
    """``i`` and the words governing it within its clause (plus control verbs above it)."""
    out = [i]
    while True:
        t = tree.tokens[out[-1]]
        head = tree.tokens[t.head]
        if t.head == t.i or len(out) > 8:
            return out
        cue = head.lemma.lower() in DEFAULT_NEGATING_VERBS | DEFAULT_HYPOTHETICAL_VERBS
        if t.dep not in _CLIMB and not (t.dep in _CLAUSE and cue):
            return out
        if t.dep in ("conj", "advcl") and tree.child(t.i, ("nsubj", "nsubjpass")) is not None:
            return out  # "X had not addressed it but (said) it was ready": its own clause
        if t.dep == "acl" and t.tag == "VBN":
            return out  # "plans to push through cuts demanded by the EU": the demand was made
        flagging = len(out) == 1 and cue  # "avoided criticism", "wants a ceasefire"
        if (t.pos in ("NOUN", "PROPN") and t.dep in ("dobj", "nsubjpass")
                and head.lemma.lower() not in DEFAULT_LIGHT_VERBS and not flagging):
            return out  # "welcomed the talks": they were held
        out.append(t.head)


def _negated_here(tree: Tree, j: int) -> bool:
    """A "not" on the word, or "no" before an event noun ("made no apology")."""
    return any(tree.tokens[c].dep == "neg" or (tree.tokens[c].dep == "det"
                                                and tree.tokens[c].lemma.lower() == "no")
               for c in tree.children[j])


def _performative(tree: Tree, j: int) -> bool:
    """A first-person "would" on a speech act: "I would call for calm" makes the call."""
    subject = tree.child(j, ("nsubj",))
    return (tree.tokens[j].lemma.lower() in DEFAULT_PERFORMATIVES and subject is not None
            and tree.tokens[subject].text.lower() in _FIRST_PERSON)


def _modal_here(tree: Tree, j: int) -> bool:
    """A modal auxiliary ("will", "could") or a conditional ("if") on the word."""
    for c in tree.children[j]:
        k = tree.tokens[c]
        if k.dep == "aux" and k.lemma.lower() in DEFAULT_MODALS and not (
                k.text.lower() in ("would", "'d") and _performative(tree, j)):
            return True
        if k.dep == "mark" and k.lemma.lower() in DEFAULT_CONDITIONALS:
            return True
    return False


def flags(tree: Tree, i: int) -> tuple[bool, bool]:
    """(negated, hypothetical) for the predicate at token ``i``.

    A conjunct keeps its own negation ("attacked and did not withdraw", "did not attack but
    withdrew"), shares its head's only after "or"/"nor" ("did not attack or shell"), and
    shares its head's modal only when it has none of its own ("will attack and withdraw").
    """
    negated = hypothetical = False
    steps = chain(tree, i)
    courtesy = tree.tokens[i].lemma.lower() in DEFAULT_COURTESIES
    for n, j in enumerate(steps):
        t = tree.tokens[j]
        below = tree.tokens[steps[n - 1]] if n else None
        if below is not None and below.dep == "conj":
            if tree.child(below.i, ("aux",)) is None:
                hypothetical = hypothetical or _modal_here(tree, j)
            if any(tree.tokens[c].dep == "cc" and tree.tokens[c].lemma.lower() in ("or", "nor")
                   for c in tree.children[j]):
                negated = negated or _negated_here(tree, j)
            continue
        negated = negated or _negated_here(tree, j) or _without(tree, j, below)
        if n and t.lemma.lower() in DEFAULT_NEGATING_VERBS:
            negated = True
        wish = n and t.lemma.lower() in DEFAULT_WISHES
        if n and t.lemma.lower() in DEFAULT_HYPOTHETICAL_VERBS and not (courtesy and wish):
            hypothetical = True
        # "is to be sentenced on May 3": "be to" schedules the act
        if n and t.lemma.lower() == "be" and below is not None and below.dep == "xcomp":
            hypothetical = True
        if not (courtesy and (wish or n == 0)):
            hypothetical = hypothetical or _modal_here(tree, j) or _imperative(tree, j)
    return negated, hypothetical


def _imperative(tree: Tree, j: int) -> bool:
    """"Stop killing us!", chanted or quoted: a bare verb with no subject asks for the act."""
    t = tree.tokens[j]
    return (t.tag == "VB" and t.dep in ("ROOT", "ccomp", "parataxis")
            and tree.child(j, ("nsubj", "nsubjpass", "aux", "expl")) is None)


def _without(tree: Tree, j: int, below: Token | None) -> bool:
    """"searched the homes without warrants": an event noun under "without" did not happen."""
    return (below is not None and below.dep == "pobj" and tree.tokens[j].dep == "prep"
            and tree.tokens[j].lemma.lower() == "without")
