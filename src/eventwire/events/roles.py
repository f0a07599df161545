"""Source and target of a predicate: subject, agent, objects and prepositional roles.

Each role is found as a series of candidate head groups, best first; the first group that
resolves to coded actor mentions wins, so an uncoded word ("a statement", "he") gives way
to the next reading instead of leaving the event without an actor.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from eventwire.events.predicates import DEFAULT_VERB_TARGETS, PredicateRule, has_lemma
from eventwire.events.sense import DEFAULT_ENDING_VERBS
from eventwire.nlp.tree import Tree
from eventwire.records import Mention

DEFAULT_SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "add", "declare", "report", "claim", "note", "stress",
    "explain", "write", "confirm", "insist", "reiterate", "argue", "indicate", "suggest",
})
# heads that stand for the people they count or group: "thousands of Kurds", "a group of"
DEFAULT_QUANTITY_NOUNS = frozenset({
    "thousand", "hundred", "dozen", "million", "ten", "score", "group", "member", "number",
    "some", "third", "half", "part", "majority", "crowd", "band", "delegation", "team",
    "contingent", "unit", "wing", "faction", "handful", "couple", "lot", "mob",
})
# things that are reported on, not actors: "U.S. economic data met expectations" is no act of
# the United States, unlike "a Syrian newspaper called on Arabs" or "Russian forces"
DEFAULT_NON_AGENT_NOUNS = frozenset({
    "data", "datum", "figure", "statistic", "economy", "production", "output", "growth", "market",
    "stock", "share", "price", "export", "import", "inflation", "currency", "dollar", "euro",
    "bond", "yield", "sale", "gdp", "unemployment", "earnings", "index", "rate",
    "consumption", "deficit", "surplus", "debt", "budget", "revenue", "profit",
    "weather", "temperature", "population",
})
# prepositions that frame a clause in time or cause: "after protests", "because of fighting"
# "under pressure", "under attack": the subject is the one the act is done to
DEFAULT_FRAME_PREPS = frozenset({"after", "before", "during", "since", "until", "following",
                                 "despite", "amid", "ahead", "as", "because", "over", "under"})
# prepositions of topic: "testified about a meeting" is not the witness's meeting
DEFAULT_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
# passives that state a position of their subject: "Israel is opposed to mediation";
# any other ("officers were charged with fraud") is done to the subject
DEFAULT_STATIVE_VERBS = frozenset({"oppose"})
_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "dative", "iobj", "attr")
# "provided aid to Israel": the parser calls a recipient's "to" a dative, not a preposition
_PREP_DEPS = ("prep", "prt", "agent", "dative")
_RECIPIENT = ("dative", "iobj")
_HEAD_ONLY = ("prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl")
_NOUN_MODS = ("poss", "compound", "amod", "nmod")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_SINGULAR = frozenset({"he", "she", "i"})
# verbs whose "on" names a topic: "has not commented on the attack"
_REMARKS = DEFAULT_SPEECH_VERBS | {"comment", "remark", "speak", "brief", "testify", "reflect",
                                   "focus", "elaborate", "weigh", "report"}
_GROUP_SPEAKERS = frozenset({"police", "military", "army", "government", "ministry"})
# event nouns whose possessor undergoes the act: "Fahie's arrest", "the envoy's expulsion";
# unlike "Russia's invasion", the owner is the target and the doer is named elsewhere
DEFAULT_PATIENT_NOUNS = frozenset({
    "arrest", "detention", "capture", "kidnapping", "abduction", "execution", "assassination",
    "killing", "murder", "expulsion", "deportation", "extradition", "release", "trial",
    "conviction", "sentencing", "ouster", "impeachment", "imprisonment", "jailing",
    "internment", "removal", "dismissal", "indictment", "prosecution", "interrogation",
    "torture", "eviction", "exile", "overthrow",
})
_POSS_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your", "whose"})
_INVOLVED = frozenset({"engage", "involve", "implicate"})  # "X were engaged in cleansing"
_UNDERGO = frozenset({"face", "receive", "suffer", "undergo", "endure", "incur"})
# verbs that take up another's act: "Moscow will respect the ban", "failed to listen to
# calls for a ceasefire", "resisting arrest"; the act is not their subject's
DEFAULT_RESPONSE_VERBS = frozenset({
    "respect", "honour", "honor", "obey", "heed", "listen", "respond", "react", "resist",
    "defy", "ignore", "comply", "survive", "escape", "evade", "await", "fear", "ponder",
    "debate", "study", "review", "thwart", "foil", "repel", "repulse", "avert", "prevent",
    "withstand", "fend", "counter", "condemn",
})
# people named by their tie to someone else: "Trump's rivals criticized him", "the
# congressman's wife" are not Trump or the congressman
DEFAULT_OTHER_PARTY_NOUNS = frozenset({
    "rival", "opponent", "critic", "challenger", "adversary", "enemy", "foe", "detractor",
    "accuser", "victim", "wife", "husband", "son", "daughter", "mother", "father", "brother",
    "sister", "widow", "family", "relative", "child", "parent",
})

# verbs whose subject tells of an act or sets it off, not does it: "police put the march at
# 30,000", "witnesses described the attack", "the killing sparked protests"
DEFAULT_OBSERVER_VERBS = frozenset({
    "put", "estimate", "report", "witness", "see", "watch", "cover", "film", "photograph",
    "describe", "document", "monitor", "count", "record", "recall", "remember", "mention",
    "discuss", "investigate", "probe", "track", "predict", "analyse", "analyze", "follow",
    "trigger", "spark", "provoke", "prompt", "cause", "fuel", "ignite", "inspire", "draw",
    "downplay", "play", "assess", "gauge",
})
# nouns of asking whose "of" names the asker: "at the request of prosecutors", "the
# invitation of the king"; for others "of" names what the act is about or done to
DEFAULT_OF_AGENT_NOUNS = frozenset({
    "request", "demand", "invitation", "behest", "urging", "insistence", "appeal",
    "initiative", "proposal", "suggestion", "order",
})

Candidates = Iterator[list[int]]


def conjuncts(tree: Tree, i: int) -> list[int]:
    """``i`` and the words conjoined to it: "the US and NATO" -> [US, NATO]."""
    out, todo = [], [i]
    while todo:
        j = todo.pop(0)
        out.append(j)
        todo.extend(c for c in tree.children[j] if tree.tokens[c].dep == "conj"
                    or (tree.tokens[c].dep == "appos" and _listed(tree, j, c)))
    return out


def _listed(tree: Tree, head: int, appos: int) -> bool:
    """An apposition inside "A, B, and C" is a list item misparsed: "the US, Russia, and China"."""
    kids = [tree.tokens[c] for c in tree.children[appos]] + [
        tree.tokens[c] for c in tree.children[head] if c > appos]
    return any(k.dep in ("cc", "conj") for k in kids)


def _prep_objects(tree: Tree, i: int, preps: Sequence[str]) -> list[int]:
    for p in preps:
        for c in tree.children[i]:
            t = tree.tokens[c]
            if t.dep in _PREP_DEPS and t.lemma.lower() == p:
                pobj = tree.child(c, ("pobj",))
                if pobj is not None:
                    return conjuncts(tree, pobj)
    return []


def _headline_passive(tree: Tree, v: int) -> bool:
    """"100 protesters killed in Iran", "they want police banned from carrying guns": a bare
    past participle heading the sentence or a small clause is a passive with its auxiliary
    dropped, and its subject is the one it was done to."""
    t = tree.tokens[v]
    if t.tag != "VBN" or tree.child(v, ("aux", "auxpass")) is not None:
        return False
    return t.dep == "ROOT" or (t.dep in ("ccomp", "xcomp", "oprd")
                               and tree.child(v, ("dobj",)) is None)


def _verb_sources(tree: Tree, v: int, depth: int = 0) -> Candidates:
    """Who does ``v``: the agent of a passive, its subject, or a subject it inherits."""
    agent = tree.child(v, ("agent",))
    by = tree.child(agent, ("pobj",)) if agent is not None else None
    if by is not None:
        yield conjuncts(tree, by)
    subjects = [] if _headline_passive(tree, v) else [
        c for c in tree.children[v] if tree.tokens[c].dep in _SUBJ]
    for subj in subjects:  # more than one when a name is split: "the group al - Shabab"
        yield conjuncts(tree, subj)
    named = [*subjects, by] if by is not None else subjects
    if any(tree.tokens[c].lemma.lower() not in _PRONOUNS for c in named):
        return  # "they said they would ...": an uncoded pronoun falls back to the speaker
    t = tree.tokens[v]
    if depth > 4 or t.head == v or tree.child(v, ("nsubjpass",)) is not None:
        return
    if t.dep != "ccomp" and any(tree.tokens[c].lemma.lower() in ("i", "we") for c in subjects):
        return  # "X has not stood up for us, hence we are calling upon him": we are not X
    if _reduced_passive(tree, v):
        return  # "police responded when (they were) attacked": the subject was attacked
    head = tree.tokens[t.head]
    if t.dep == "xcomp":  # "urged Russia to withdraw": the object controls; else the subject
        obj = tree.child(t.head, ("dobj", "nsubjpass"))  # "Obama was pressed to help"
        if obj is not None:
            yield conjuncts(tree, obj)
        else:
            yield from _verb_sources(tree, t.head, depth + 1)
    elif t.dep in ("conj", "advcl", "acomp"):
        yield from _verb_sources(tree, t.head, depth + 1)
    elif t.dep == "ccomp" and head.lemma in DEFAULT_SPEECH_VERBS:
        if not any(_disagree(tree, c, t.head) for c in subjects):
            yield from _verb_sources(tree, t.head, depth + 1)  # "Lavrov said (he) would..."
    elif t.dep == "acl" and t.tag == "VBN":
        return  # "the civilians imprisoned by ...": the noun is what was done to
    elif t.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN"):
        yield [t.head]
        if t.dep == "acl" and t.tag == "VBG" and head.dep == "dobj":
            yield from _verb_sources(tree, head.head, depth + 1)  # "issued a statement urging"


def _reduced_passive(tree: Tree, v: int) -> bool:
    """A past participle with no auxiliary of its own that hangs on a passive verb or is an
    adverbial clause ("arrested and charged", "responded when attacked"): a passive whose
    missing subject is the one the act was done to."""
    t = tree.tokens[v]
    if t.tag != "VBN" or tree.child(v, ("aux", "auxpass")) is not None:
        return False
    return t.dep == "advcl" or (t.dep == "conj" and tree.child(t.head, ("auxpass",)) is not None)


def _disagree(tree: Tree, pronoun: int, speech: int) -> bool:
    """"She shot them, police say": a singular pronoun is not a plural or named-group speaker."""
    if tree.tokens[pronoun].lemma.lower() not in _SINGULAR:
        return False
    speaker = tree.child(speech, ("nsubj",))
    return speaker is not None and (tree.tokens[speaker].tag in ("NNS", "NNPS")
                                    or tree.tokens[speaker].lemma.lower() in _GROUP_SPEAKERS
                                    or tree.tokens[speaker].ent_type in ("GPE", "ORG", "NORP"))


def _agent_preps(rule: PredicateRule) -> tuple[str, ...]:
    """Prepositions naming who does an event noun, unless the rule reads them as targets
    ("a withdrawal from Syria"); "of" for the nouns of asking ("at the request of X")."""
    preps = ("by", "from", "of") if rule.lemma in DEFAULT_OF_AGENT_NOUNS else ("by", "from")
    return tuple(p for p in preps if p not in rule.target)


def _patient_owner(tree: Tree, n: int) -> bool:
    """The possessor of ``n`` undergoes it: "Fahie's arrest", but "Iran's arrest of a
    diplomat" names the arrested with "of", so there Iran is the one arresting."""
    return (tree.tokens[n].lemma.lower() in DEFAULT_PATIENT_NOUNS
            and not _prep_objects(tree, n, ("of",)))


def _noun_sources(tree: Tree, n: int, rule: PredicateRule, depth: int = 0) -> Candidates:
    """Who does the event noun ``n``: "Russia's demand", "the attack by rebels", "X held talks"."""
    owner = False
    patient = _patient_owner(tree, n)
    for c in tree.children[n]:
        if patient and tree.tokens[c].dep == "poss":
            continue  # "Fahie's arrest": Fahie is arrested, not arresting
        if tree.tokens[c].dep in _NOUN_MODS:
            yield conjuncts(tree, c)
            # "Ramaswamy's attacks": a named owner, even uncoded; "its ban" is the subject's
            owner |= (tree.tokens[c].dep == "poss"
                      and tree.tokens[c].lemma.lower() not in _POSS_PRONOUNS)
    if owner:
        return
    agent = _prep_objects(tree, n, _agent_preps(rule))
    if agent:
        yield agent
        return  # "protests by Muslim groups": a named agent, even uncoded, is the source
    between = _prep_objects(tree, n, ("between", "among"))
    if between and "between" not in rule.target:  # "talks between" yes, "mediation between" no
        yield between[:1]
    t = tree.tokens[n]
    if depth > 2 or t.head == n:
        return
    if tree.tokens[t.head].lemma.lower() in DEFAULT_RESPONSE_VERBS:
        return
    if t.dep in ("dobj", "nsubjpass") and tree.tokens[t.head].lemma.lower() not in (
            _UNDERGO | DEFAULT_OBSERVER_VERBS):
        yield from _verb_sources(tree, t.head)  # "launched an attack", "held talks"
    elif t.dep == "compound" and tree.tokens[t.head].pos == "NOUN":  # "a mediation mission"
        yield from _noun_sources(tree, t.head, rule, depth + 1)
    elif t.dep == "pobj" and tree.tokens[t.head].dep == "prep":
        prep, verb = tree.tokens[t.head], tree.tokens[t.head].head
        if (tree.tokens[verb].pos not in ("VERB", "AUX") or prep.lemma in DEFAULT_FRAME_PREPS
                or tree.tokens[verb].lemma.lower() in DEFAULT_RESPONSE_VERBS
                or prep.lemma in DEFAULT_TOPIC_PREPS
                or (prep.lemma == "on" and tree.tokens[verb].lemma.lower() in _REMARKS)
                # "made 12 arrests at demonstrations": the verb acts on something else there;
                # "was present at a meeting" takes part in it
                or (prep.lemma == "at" and tree.child(verb, ("dobj",)) is not None)
                or tree.tokens[verb].lemma.lower() in DEFAULT_ENDING_VERBS):
            return  # "ordered patrols after protests": the protests are not the orderer's
        passive = tree.child(verb, ("nsubjpass",))
        if passive is not None and tree.tokens[verb].lemma.lower() in _INVOLVED:
            yield conjuncts(tree, passive)
        else:
            yield from _verb_sources(tree, verb)


def _stative(tree: Tree, v: int, rule: PredicateRule) -> int | None:
    """The subject of "Israel is opposed to mediation": a passive form with the rule's own
    preposition and no agent is a state of its subject, who is then the source."""
    subj = tree.child(v, ("nsubjpass",))
    if (subj is None or not rule.prep or tree.child(v, ("agent",)) is not None
            or rule.lemma not in DEFAULT_STATIVE_VERBS):
        return None
    return subj if _prep_objects(tree, v, (rule.prep,)) else None


def _recipient_object(tree: Tree, v: int) -> bool:
    return tree.child(v, ("dobj",)) is not None and any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].lemma.lower() == "with"
        for c in tree.children[v])


def _verb_targets(tree: Tree, i: int, rule: PredicateRule | None, depth: int = 0) -> Candidates:
    """A passive subject, objects (or what a named object points at), the rule's
    prepositions, then a clausal complement's subject or a control verb's target."""
    preps = rule.target_preps() if rule else DEFAULT_VERB_TARGETS
    subj = tree.child(i, ("nsubj",) if _headline_passive(tree, i) else ("nsubjpass",))
    owns = rule is not None and rule.obj not in (None, "*")
    # "deployed troops to Belarus": troops are moved; "provided Kyiv with arms": Kyiv gets them
    theme = rule is not None and rule.theme and not _recipient_object(tree, i)
    if subj is not None and (theme or (owns and has_lemma(tree, subj, rule.obj))):
        yield _prep_objects(tree, subj, preps)  # "evidence against Russia was presented"
    elif subj is not None and (rule is None or _stative(tree, i, rule) is None):
        yield conjuncts(tree, subj)
    t = tree.tokens[i]
    if t.dep == "acl" and t.tag == "VBN":
        yield [t.head]
    if (subj is None and t.dep == "conj"
            and (tree.child(i, ("auxpass",)) is not None or _reduced_passive(tree, i))
            and (first := tree.child(t.head, ("nsubj", "nsubjpass"))) is not None):
        yield conjuncts(tree, first)  # "were arrested and (were) later released": the same people
    if rule and rule.prep and rule.prep_target:
        yield _prep_objects(tree, i, (rule.prep,))
    if rule and rule.prep and rule.obj:  # "withdrew from the deal with Iran"
        for thing in _prep_objects(tree, i, (rule.prep,)):
            yield _prep_objects(tree, thing, preps)
    for c in tree.children[i]:
        if tree.tokens[c].dep in _OBJ:
            if tree.tokens[c].dep in _RECIPIENT and tree.tokens[c].pos != "ADP":
                yield conjuncts(tree, c)  # "gave Ukraine weapons": the first object gets them
                continue
            if theme or (owns and has_lemma(tree, c, rule.obj)):
                yield _prep_objects(tree, c, preps)  # "imposed sanctions on Russia"
                continue
            yield conjuncts(tree, c) + _prep_objects(tree, c, preps)  # "cut ties with X"
    yield _prep_objects(tree, i, preps)
    comp = tree.child(i, ("ccomp",))  # "demanded (that) NATO pull back"
    subj = tree.child(comp, ("nsubj", "nsubjpass")) if comp is not None else None
    if subj is not None:
        yield conjuncts(tree, subj)
    xcomp = tree.child(i, ("xcomp",))  # "threatened to shell Iraqi towns"
    if xcomp is not None and depth < 2:
        yield from _verb_targets(tree, xcomp, None, depth + 1)


def _noun_targets(tree: Tree, i: int, rule: PredicateRule) -> Candidates:
    """The owner of a patient noun, prepositional objects of the noun, then those its light
    verb carries."""
    if _patient_owner(tree, i):
        yield [c for c in tree.children[i] if tree.tokens[c].dep == "poss"]
    between = _prep_objects(tree, i, ("between", "among"))
    if len(between) > 1:
        yield between[1:]
    yield _prep_objects(tree, i, rule.target_preps())
    for agent in _prep_objects(tree, i, _agent_preps(rule))[:1]:  # "protests by X against Y"
        yield _prep_objects(tree, agent, rule.target_preps())
    t = tree.tokens[i]
    if t.dep == "dobj":
        verb = t.head
        if tree.tokens[verb].lemma.lower() in _UNDERGO:  # "Russia faces sanctions"
            yield conjuncts(tree, subj) if (subj := tree.child(verb, _SUBJ)) is not None else []
        yield _prep_objects(tree, verb, rule.target_preps())  # "issued warrants for X"
    if t.dep == "pobj" and tree.tokens[t.head].dep == "prep":
        verb = tree.tokens[t.head].head  # "engaged peacekeepers in a firefight"
        obj = tree.child(verb, ("dobj",)) if tree.tokens[verb].pos == "VERB" else None
        if obj is not None and tree.tokens[t.head].lemma.lower() not in DEFAULT_FRAME_PREPS:
            yield conjuncts(tree, obj)


def mention_at(tree: Tree, head: int, mentions: Sequence[Mention]) -> Mention | None:
    """The coded mention a role's head word stands for, if any."""
    tok = tree.tokens[head]
    coded = [m for m in mentions if m.actor is not None and m.actor.code]
    for m in coded:
        if m.start <= tok.start < m.end:
            return m
    if tok.lemma.lower() in DEFAULT_OTHER_PARTY_NOUNS:
        return None
    if tok.pos == "NUM" or tok.lemma.lower() in DEFAULT_QUANTITY_NOUNS:
        counted = _prep_objects(tree, head, ("of",))
        found = mention_at(tree, counted[0], mentions) if counted else None
        if found is not None:
            return found
    a, b = tree.span(head, drop=_HEAD_ONLY)
    if a < b and tok.lemma.lower() not in DEFAULT_NON_AGENT_NOUNS:
        lo, hi = tree.chars(a, b)
        inside = [m for m in coded if lo <= m.start and m.end <= hi]
        if inside:
            return inside[-1]
    appos = tree.child(head, ("appos",))
    found = mention_at(tree, appos, mentions) if appos is not None else None
    if found is not None:  # "the US commander, General Petraeus"
        return found
    for j in _prep_objects(tree, head, ("of",))[:1]:
        found = mention_at(tree, j, mentions)
        # "the army of Chad", "the return of UN inspectors", but not "the co-founders of
        # Trump's venture": an owner of the "of" object is not the head's actor
        if found is not None and not _owner_of(tree, found, j):
            return found
    return None


def _owner_of(tree: Tree, m: Mention, j: int) -> bool:
    return any(t.dep == "poss" and t.head == j and m.start <= t.start < m.end
               for t in tree.tokens[tree.left[j]:j])


def _first(tree: Tree, groups: Candidates, mentions: Sequence[Mention]) -> list[Mention]:
    for heads in groups:
        out: list[Mention] = []
        for h in heads:
            m = mention_at(tree, h, mentions)
            if m is not None and all(m.start != o.start for o in out):
                out.append(m)
        if out:
            return out
    return []


def sources(tree: Tree, i: int, rule: PredicateRule, mentions: Sequence[Mention]) -> list[Mention]:
    """The coded actors who do the predicate at ``i`` (conjuncts expanded)."""
    if rule.pos == "noun":
        return _first(tree, _noun_sources(tree, i, rule), mentions)
    stative = _stative(tree, i, rule)
    if stative is not None:
        return _first(tree, iter([conjuncts(tree, stative)]), mentions)
    found = _first(tree, _verb_sources(tree, i), mentions)
    t = tree.tokens[i]
    if not found and t.tag == "VBG" and t.dep in ("pobj", "dobj", "nsubj"):
        found = _first(tree, _noun_sources(tree, i, rule), mentions)  # "killed in Israeli shelling"
    return found


def targets(tree: Tree, i: int, rule: PredicateRule, mentions: Sequence[Mention]) -> list[Mention]:
    """The coded actors the predicate at ``i`` is done to (conjuncts expanded)."""
    groups = _verb_targets(tree, i, rule) if rule.pos == "verb" else _noun_targets(tree, i, rule)
    return _first(tree, groups, mentions)
