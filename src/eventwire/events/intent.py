"""Acts an actor announces, coded the way CAMEO codes them: as intent (03x), threat (13x)
or, for an act it says it will not do, refusal (12x).

"Russia will meet NATO next week" reports something that did happen, Russia's statement
of intent, and CAMEO codes it so (036, express intent to meet); "the US would impose
sanctions if Russia invaded" is a threat (1312). eventwire codes an announced act the same
way and keeps ``hypothetical`` set on it; the rule id gets "+intent", so the act's own
code stays one lookup away. The CAMEO intent and threat codes mirror the act roots: 036
meet, 032 diplomatic cooperation, 031 material cooperation, 033 aid, 035 yield; 133 protest,
1311/1312/1313 cut aid / sanction / cut ties, 137 repression, 138 military force.
"Japan said it would not send aid to North Korea" is likewise Japan's refusal (122), with
``negated`` cleared (the refusal did happen) and the rule id suffixed "+refusal"; a past
negation ("Japan did not send aid") stays a negated AID, since nobody announced anything.

An act counts as announced when its own clause says so: future "will/shall/would", or an
intent word that has no rule of its own ("plans to", "is ready to", "prepared to") and whose
subject is the one who acts ("Beijing wants Trump to cut tariffs" announces nothing of
Trump's). When the governing word codes its own event ("threatened to", "pledged to",
"offered to") that event is already the announcement. Speculation by others ("US officials
say Russia will invade") is not an announcement: the caller checks that the speaker, if any,
is the source.
"""

from __future__ import annotations

from collections.abc import Collection

from eventwire.events.modality import chain
from eventwire.events.roles import conjuncts
from eventwire.nlp.tree import Tree

# act code prefix -> the intent or threat code CAMEO gives its announcement; longest wins
DEFAULT_INTENT_CODES = {
    "04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
    "14": "133", "16": "131", "161": "1313", "162": "1311", "163": "1312",
    "17": "137", "18": "138", "19": "138", "20": "138",
}
# act code prefix -> the rejection CAMEO gives a source's announcement that it will not act:
# "Japan said it would not send aid" is a refusal (122), as "refused to send aid" would be
DEFAULT_REFUSAL_CODES = {
    "04": "125", "05": "120", "06": "121", "061": "1211", "062": "1212", "07": "122",
    "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124", "081": "1241",
    "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}
DEFAULT_FUTURE_AUX = frozenset({"will", "wo", "shall", "'ll", "would", "'d"})  # "wo" of "won't"
DEFAULT_INTENT_WORDS = frozenset({
    "plan", "intend", "prepare", "ready", "willing", "poised", "set", "aim", "decide",
    "determined", "resolve", "want", "seek", "hope", "wish",
})
_SPEECH_CLAUSE = ("ccomp",)


def intent_code(cameo: str, codes: dict[str, str] = DEFAULT_INTENT_CODES) -> str | None:
    """The code of the announcement of an act coded ``cameo``, if CAMEO has one."""
    for n in (len(cameo), 3, 2):
        if cameo[:n] in codes:
            return codes[cameo[:n]]
    return None


def announcement_code(cameo: str, negated: bool) -> str | None:
    """The intent or threat code of an announced act, or the refusal code of a negated one."""
    return intent_code(cameo, DEFAULT_REFUSAL_CODES if negated else DEFAULT_INTENT_CODES)


def _wished_on_another(tree: Tree, intent: int, below: int) -> bool:
    """"Beijing wants Trump to cut tariffs": the intent word has its own object or a clause
    with its own subject, so the act is what one side wants of another, not an announcement."""
    if tree.tokens[below].dep == "ccomp":
        return True
    return tree.child(intent, ("dobj",)) is not None


def announced(tree: Tree, i: int, coded: Collection[int]) -> bool:
    """True when the clause of the predicate at ``i`` announces it (see the module doc);
    ``coded`` holds the tokens other rules coded, whose own event would be the announcement.
    """
    below = i
    for n, j in enumerate(chain(tree, i)):
        if n and j in coded:
            return False
        if n and tree.tokens[j].lemma.lower() in DEFAULT_INTENT_WORDS:
            return not _wished_on_another(tree, j, below)
        below = j
        if any(tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() in DEFAULT_FUTURE_AUX
               for c in tree.children[j]):
            return True
    return False


def reporting_subjects(tree: Tree, i: int) -> list[int]:
    """The subject(s) of the verb that reports the clause of ``i`` ("officials say (that)
    ...", "Obama and Putin said ..."); empty when nobody reports it."""
    top = chain(tree, i)[-1]
    t = tree.tokens[top]
    subject = tree.child(t.head, ("nsubj",)) if t.dep in _SPEECH_CLAUSE else None
    return [] if subject is None else conjuncts(tree, subject)
