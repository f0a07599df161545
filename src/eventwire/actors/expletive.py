"""Expletive "it": a subject that refers to nothing, so coreference must not resolve it.

- Extraposition: "it" + a copula + an evaluative adjective or noun + a that/to clause ("It is
  clear that ...", "It's striking that ...", "it was a mistake to ..."), or a copula with the
  clause alone ("it might be that ...").
- Raising and reporting: "it seems that ...", "it remains to be seen ...", "it is believed
  that ...".
- Weather and time: "it was raining", "it was late".

"Russia said it is ready to talk" stays referential: "ready" is what Russia is, not a
judgement on a clause, which is why the adjectives are listed rather than inferred.
"""

from __future__ import annotations

from eventwire.actors.doc import Doc

COPULAS = {"be", "seem", "appear", "remain", "become", "look", "sound"}
RAISING = {"seem", "appear", "happen", "turn"}
REPORTED = {"say", "believe", "expect", "report", "think", "understand", "know", "fear",
            "hope", "estimate", "rumour", "rumor", "claim", "allege", "feel", "argue",
            "assume", "suggest", "agree", "decide", "note"}
WEATHER = {"rain", "snow", "pour", "drizzle", "hail", "thunder", "freeze", "sleet"}
# predicates that judge a clause: "it is clear that", "it was a mistake to"
EVALUATIVE = {
    "clear", "unclear", "possible", "impossible", "likely", "unlikely", "probable",
    "important", "striking", "necessary", "unnecessary", "difficult", "hard", "easy",
    "obvious", "evident", "apparent", "true", "false", "interesting", "surprising",
    "unsurprising", "worth", "essential", "crucial", "vital", "critical", "fair", "unfair",
    "safe", "unfortunate", "sad", "strange", "odd", "notable", "noteworthy", "remarkable",
    "telling", "unusual", "ironic", "inevitable", "doubtful", "plausible", "conceivable",
    "significant", "good", "bad", "better", "best", "worse", "wrong", "right", "amazing",
    "shocking", "disappointing", "encouraging", "worrying", "troubling", "concerning",
    "frustrating", "tough", "time", "mistake", "shame", "pity", "secret", "mystery",
    "question", "matter", "idea", "surprise", "wonder", "fact", "certain", "uncertain",
    "expected", "understood", "known", "said", "believed", "thought", "reported", "seen",
    "late", "early", "dark",
}
TIME_WORDS = {"late", "early", "dark"}  # "it was late": no clause needed
CLAUSES = {"ccomp", "xcomp", "csubj"}
PREDICATES = {"acomp", "attr", "oprd", "xcomp"}


def _clause_after(doc: Doc, heads: list[int], after: int) -> bool:
    return any(doc.tokens[k].dep in CLAUSES and k > after for h in heads
               for k in doc.children[h])


def _predicates(doc: Doc, h: int) -> list[int]:
    return [k for k in doc.children[h] if doc.tokens[k].dep in PREDICATES]


def is_expletive(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an "it" that refers to nothing (the module docstring)."""
    t = doc.tokens[i]
    if t.dep == "expl":
        return True
    if t.text.lower() != "it" or t.dep not in ("nsubj", "nsubjpass") or t.head == i:
        return False
    h = doc.tokens[t.head]
    if h.dep in ("aux", "auxpass"):  # a parse that hangs "it" on "was" in "it was raining"
        h = doc.tokens[h.head]
    words = [doc.tokens[k] for k in _predicates(doc, h.i)]
    if h.lemma in WEATHER or any(w.text.lower() in TIME_WORDS for w in words):
        return True
    if t.dep == "nsubjpass" and h.lemma in REPORTED:
        return _clause_after(doc, [h.i], i)
    evaluative = [w.i for w in words if w.text.lower() in EVALUATIVE]
    if h.text.lower() in EVALUATIVE and h.tag in ("VBG", "JJ"):  # "It's striking that"
        evaluative.append(h.i)
    if evaluative and (h.lemma in COPULAS or h.i in evaluative):
        return _clause_after(doc, [h.i, *evaluative], i)
    if h.lemma in RAISING or (h.lemma == "be" and not words):
        return any(doc.tokens[k].dep == "ccomp" and k > i for k in doc.children[h.i])
    return False
