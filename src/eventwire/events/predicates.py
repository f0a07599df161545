"""The predicate lexicon: lemma + particle / preposition / complement shape -> CAMEO code."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from eventwire.errors import InputError
from eventwire.events.sense import DEFAULT_CARRIER_NOUNS, inert
from eventwire.nlp.tree import Tree

DEFAULT_FILE = "predicates.yaml"
NO_EVENT = "none"  # a rule's cameo for a reading that is no event: "fought to keep the law"
DEFAULT_VERB_TARGETS = ("on", "against", "with", "to", "into", "from")
DEFAULT_NOUN_TARGETS = ("with", "on", "against", "to", "of", "into", "over", "between")

_POS = {"verb": ("VERB",), "noun": ("NOUN", "PROPN")}
_KEYS = {"id", "lemma", "pos", "cameo", "prt", "prep", "comp", "obj", "mod", "modal", "target",
         "theme", "needs_target", "intransitive", "people_target", "collective", "people_cameo"}
_FLAGS = ("theme", "needs_target", "intransitive", "people_target", "collective")
_OBJECTS = ("dobj", "ccomp", "nsubjpass")  # what an intransitive sense never has
_TIME_ENTS = {"DATE", "TIME"}  # "called on Sunday" is no "call on"
_MODIFIERS = ("amod", "compound", "nmod")
# "the Warsaw Pact" names a body and "March 2018" a month: no pact is made, no march held
_NAME_ENTS = {"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "LAW", "WORK_OF_ART",
              "EVENT"} | _TIME_ENTS
_COMPS = {"ccomp", "xcomp", "acl"}


@dataclass(frozen=True, slots=True)
class PredicateRule:
    id: str  # "demand.v.ccomp": stored on every event the rule codes
    lemma: str
    pos: str  # verb | noun
    cameo: str
    prt: str | None = None
    prep: str | None = None
    comp: str | None = None  # ccomp | xcomp
    obj: str | None = None  # lemma of the direct object (or of a compound inside it)
    mod: str | None = None  # lemma of a modifier: "hunger strike", "air strike"
    modal: str | None = None  # modal verb inside the complement: "said X must ..."
    target: tuple[str, ...] = ()  # prepositions whose object is the target
    theme: bool = False  # the direct object is what is moved or given, never the target
    needs_target: bool = False  # no event unless the target is a coded actor
    intransitive: bool = False  # no object or clause: "troops withdrew", not "withdrew a bid"
    people_target: bool = False  # the target is a person or group, never a state or IGO
    collective: bool = False  # one person alone is a source only with a target (a protest)
    people_cameo: str | None = None  # the code when the target is people: "captured pirates"

    @property
    def specificity(self) -> int:
        return sum(x is not None for x in (self.prt, self.prep, self.comp, self.obj, self.mod,
                                            self.modal))

    @property
    def prep_target(self) -> bool:
        """The rule's preposition names the target unless ``target`` lists others: "call on
        X" yes, "talk (to X) about Y" no."""
        return self.prep is not None and (not self.target or self.prep in self.target)

    def target_preps(self) -> tuple[str, ...]:
        base = self.target or (DEFAULT_VERB_TARGETS if self.pos == "verb" else ())
        head = (self.prep,) if self.prep_target else ()
        extra = DEFAULT_NOUN_TARGETS if self.pos == "noun" else ()
        return tuple(dict.fromkeys(head + base + extra))


def _rule(origin: str, n: int, row: object) -> PredicateRule:
    if not isinstance(row, dict) or not {"id", "lemma", "pos", "cameo"} <= row.keys():
        raise InputError(f"{origin}: rule {n} needs id, lemma, pos and cameo",
                         reason="bad_predicates")
    unknown = row.keys() - _KEYS
    if (unknown or row["pos"] not in _POS or row.get("comp", "ccomp") not in _COMPS
            or not all(isinstance(row.get(k, False), bool) for k in _FLAGS)):
        raise InputError(f"{origin}: rule {row['id']!r} has a bad key or value "
                         f"({', '.join(sorted(unknown)) or row['pos']})", reason="bad_predicates")
    words = {k: _word(row[k]) for k in ("prt", "prep") if k in row}
    if "people_cameo" in row:
        words["people_cameo"] = str(row["people_cameo"])
    return PredicateRule(**{**row, **words, "cameo": str(row["cameo"]),
                            "target": tuple(_word(w) for w in row.get("target", ()))})


def _word(value: object) -> str:
    """YAML 1.1 reads a bare ``on``/``off`` as a boolean: take it back as the word."""
    return {True: "on", False: "off"}.get(value, value) if isinstance(value, bool) else str(value)


class PredicateLexicon:
    """Rules indexed by (lemma, pos); :meth:`match` picks the most specific one that holds."""

    def __init__(self, rules: Sequence[PredicateRule]) -> None:
        self.rules = tuple(rules)
        self._by_key: dict[tuple[str, str], list[PredicateRule]] = defaultdict(list)
        for r in self.rules:
            self._by_key[(r.lemma, r.pos)].append(r)
        for found in self._by_key.values():
            found.sort(key=lambda r: -r.specificity)

    def knows(self, lemma: str) -> bool:
        return (lemma, "verb") in self._by_key or (lemma, "noun") in self._by_key

    def match(self, tree: Tree, i: int) -> PredicateRule | None:
        t = tree.tokens[i]
        pos = next((p for p, tags in _POS.items() if t.pos in tags), None)
        if pos is None or (pos == "noun" and t.ent_type in _NAME_ENTS) or inert(tree, i):
            return None
        for rule in self._by_key.get((t.lemma.lower(), pos), ()):
            if _holds(rule, tree, i):
                return rule
        return None


def has_lemma(tree: Tree, i: int, lemma: str) -> bool:
    """Token ``i`` is ``lemma``, or a carrier noun with it as a compound: "talks", "an aid
    package"; not "an eight-hour speech", which is a speech."""
    t = tree.tokens[i]
    return lemma in ("*", t.lemma.lower()) or (
        t.lemma.lower() in DEFAULT_CARRIER_NOUNS and any(
            tree.tokens[c].dep == "compound" and tree.tokens[c].lemma.lower() == lemma
            for c in tree.children[i]))


def _has_prep(tree: Tree, i: int, prep: str) -> bool:
    for c in tree.children[i]:
        k = tree.tokens[c]
        if k.dep in ("prep", "prt", "dative") and k.lemma.lower() == prep:
            pobj = tree.child(c, ("pobj",))
            if pobj is None or tree.tokens[pobj].ent_type not in _TIME_ENTS:
                return True
    return False


def _holds(rule: PredicateRule, tree: Tree, i: int) -> bool:
    kids = tree.children[i]
    deps = {tree.tokens[c].dep for c in kids}
    if rule.intransitive and not deps.isdisjoint(_OBJECTS):
        return False
    if rule.prt and not any(tree.tokens[c].dep == "prt" and tree.tokens[c].lemma.lower() == rule.prt
                            for c in kids):
        return False
    if rule.prep and not _has_prep(tree, i, rule.prep):
        return False
    if (rule.comp or rule.modal) and (rule.comp or "ccomp") not in deps:
        return False
    if rule.modal:
        comp = tree.child(i, (rule.comp or "ccomp",))
        if not any(tree.tokens[c].dep == "aux" and tree.tokens[c].lemma.lower() == rule.modal
                   for c in tree.children[comp]):
            return False
    if rule.mod and not any(tree.tokens[c].dep in _MODIFIERS
                            and tree.tokens[c].lemma.lower() == rule.mod for c in kids):
        return False
    # a named object may be parsed as an adverbial noun: "gave Ukraine 24 hours (npadvmod)"
    deps = ("dobj", "nsubjpass") if rule.obj == "*" else ("dobj", "nsubjpass", "npadvmod")
    # with a preposition, the object may be its object: "withdrew from the treaty"
    objects = [c for c in kids if tree.tokens[c].dep in deps] + [
        o for c in kids if rule.prep and tree.tokens[c].dep in ("prep", "prt")
        and tree.tokens[c].lemma.lower() == rule.prep for o in tree.children[c]
        if tree.tokens[o].dep == "pobj"]
    return not rule.obj or any(has_lemma(tree, c, rule.obj) for c in objects)


def load_predicates(lexicon_dirs: Sequence[Path] = ()) -> PredicateLexicon:
    """The packaged predicate lexicon, plus ``predicates.yaml`` from each user directory.

    A user rule with the id of an earlier one replaces it.

    Raises:
        InputError: a file is unreadable or a rule is malformed.
    """
    texts = [("eventwire/events/data/" + DEFAULT_FILE,
              resources.files(__package__).joinpath("data", DEFAULT_FILE).read_text("utf-8"))]
    for d in lexicon_dirs:
        path = Path(d) / DEFAULT_FILE
        if path.is_file():
            texts.append((str(path), path.read_text("utf-8")))
    rules: dict[str, PredicateRule] = {}
    for origin, text in texts:
        data = yaml.safe_load(text) or {}
        for n, row in enumerate(data.get("rules", ()), 1):
            rule = _rule(origin, n, row)
            rules[rule.id] = rule
    return PredicateLexicon(list(rules.values()))
