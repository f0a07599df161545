"""The event coder: who did what to whom, when and where, traced to one sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import permutations
from pathlib import Path

from eventwire.actors.doc import Doc
from eventwire.actors.sports import sports_report
from eventwire.errors import EventwireError, InputError
from eventwire.events.claims import accusation_code, party, reporter
from eventwire.events.intent import announced, announcement_code, reporting_subjects
from eventwire.events.modality import (
    DEFAULT_HYPOTHETICAL_VERBS,
    DEFAULT_NEGATING_VERBS,
    flags,
)
from eventwire.events.ontology import Ontology, load_ontology
from eventwire.events.predicates import (
    NO_EVENT,
    PredicateLexicon,
    PredicateRule,
    load_predicates,
)
from eventwire.events.prose import not_prose
from eventwire.events.relevance import DEFAULT_VISIT_CODES, kept_pairs, people
from eventwire.events.roles import DEFAULT_FRAME_PREPS, mention_at, sources, targets
from eventwire.events.when import resolve_event_date
from eventwire.events.where import DEFAULT_PLACE_TARGET_ROOTS, event_place, place_target
from eventwire.geo import find_dateline, find_places, load_gazetteer, place_from_dateline
from eventwire.nlp.tree import Tree
from eventwire.records import (
    Event,
    Mention,
    MentionKind,
    ParsedArticle,
    Place,
    Quote,
    Sentence,
)

DEFAULT_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})  # "X and Y held talks"
_GOVERN = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "compound", "acl"}
_MODAL_VERBS = DEFAULT_NEGATING_VERBS | DEFAULT_HYPOTHETICAL_VERBS
_ASKING = ("02", "10", "13")  # appeals, demands and ultimatums ("gave X 72 hours to ...")


def _governor(tree: Tree, i: int, matched: dict[int, PredicateRule]) -> int | None:
    """The coded predicate that takes ``i`` as its complement or object, if any."""
    j = i
    for _ in range(4):
        t = tree.tokens[j]
        if t.dep == "conj" and t.head != j:  # "demands to withdraw ... and (to) halt ..."
            j = t.head
            continue
        if t.head == j or (t.dep not in _GOVERN and not _asked_for(tree, j, matched)):
            return None
        if t.dep == "prep" and t.lemma.lower() in DEFAULT_FRAME_PREPS:
            return None
        j = t.head
        if j in matched:
            return j
    return None


def _asked_for(tree: Tree, j: int, matched: dict[int, PredicateRule]) -> bool:
    """"Obama was pressured by Congress to help Iran": the parser may hang the act asked
    for on the appeal as a purpose clause; it is still what was asked, not an act done."""
    t = tree.tokens[j]
    outer = matched.get(t.head)
    return (t.dep == "advcl" and outer is not None and outer.cameo[:2] in _ASKING
            and any(tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
                    for c in tree.children[j]))


def _suppressed(tree: Tree, i: int, matched: dict[int, PredicateRule]) -> bool:
    """One event per clause: the outer predicate codes it, unless the outer one only flags.

    A negating or hypothetical verb with a rule of its own ("refused to meet", "threatened
    to shell") codes its own event and leaves the inner one coded with the flag, except for
    an object that is the event noun it is about ("denied the accusations", "threatened
    sanctions", "sought asylum"), which it absorbs: the accusation is not the denier's.
    """
    g = _governor(tree, i, matched)
    if g is None:
        return _elaborates(tree, i, matched)
    if tree.tokens[g].lemma.lower() not in _MODAL_VERBS:
        return True
    t = tree.tokens[i]
    noun = matched[g].obj is not None or matched[i].pos == "noun"
    return noun and t.head == g and t.dep == "dobj"


def _elaborates(tree: Tree, i: int, matched: dict[int, PredicateRule]) -> bool:
    """A purpose or manner clause of the same kind adds no event: "met X to discuss ..."."""
    t = tree.tokens[i]
    outer = matched.get(t.head)
    return t.dep == "advcl" and outer is not None and outer.cameo[:2] == matched[i].cameo[:2]


def _pairs(sources: list[Mention], targets: list[Mention],
           cameo: str) -> list[tuple[Mention, Mention | None]]:
    targets = [t for t in targets if all(t.start != s.start for s in sources)]
    if (not targets and len(sources) > 1 and cameo[:2] in DEFAULT_RECIPROCAL_ROOTS
            and cameo[:3] not in DEFAULT_VISIT_CODES):  # "X and Y visited the border"
        each_other = [(a, b) for a, b in permutations(sources, 2)
                      if a.actor.code != b.actor.code]
        if each_other:
            return each_other
    pairs: list[tuple[Mention, Mention | None]] = []
    for s in sources:
        kept = [t for t in targets if t.actor.code != s.actor.code]
        pairs.extend((s, t) for t in kept) if kept else pairs.append((s, None))
    return pairs


def _own_words(tree: Tree, i: int, sources: Sequence[Mention],
               mentions: Sequence[Mention]) -> bool:
    """Whether the sources themselves say they will act: no one else reports the clause, or
    the reporter is one of them (Lavrov for Russia; a US official for "Brazil and the US"),
    not "officials" or another state."""
    subjects = reporting_subjects(tree, i)
    reporters = [mention_at(tree, j, mentions) for j in subjects]
    who = {party(r) for r in reporters if r is not None and r.actor}
    return not subjects or bool(who & {party(s) for s in sources})


def _holding(spans: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The innermost quotation holding ``offset``: a quote inside a quote is the nearer
    speaker's."""
    inside = [n for n, (a, b) in enumerate(spans) if a <= offset < b]
    return min(inside, key=lambda n: spans[n][1] - spans[n][0], default=None)


def _place_mention(place: Place, src: Mention) -> Mention:
    """The place an act of force was done in, standing as its target (see events/where.py)."""
    actor = place_target(place, load_gazetteer().country_name(place.country))
    return replace(src, start=place.start, end=place.end, text=place.name, kind=MentionKind.NAME,
                   actor=actor, antecedent_start=None, antecedent_end=None, rule="place")


@dataclass(frozen=True, slots=True)
class _Article:
    """What every sentence of one article shares while it is coded."""

    parsed: ParsedArticle
    text: str
    tree: Tree
    starts: tuple[int, ...]  # token start offsets, to find the token at a place
    dateline: tuple[int, str] | None  # offset and text of the article's dateline

    def place(self, s: Sentence, i: int, mentions: Sequence[Mention]) -> tuple[Place | None, bool]:
        """The place of the predicate at ``i`` (offsets into the article), else the
        dateline's; and whether the sentence attaches it to the act itself."""
        places = [replace(p, start=p.start + s.start, end=p.end + s.start)
                  for p in find_places(self.text[s.start:s.end])]
        found, attached = event_place(self.tree, self.starts, i, places, mentions)
        if found is not None or self.dateline is None:
            return found, attached
        offset, dateline = self.dateline
        found = place_from_dateline(dateline)
        return found and replace(found, start=found.start + offset, end=found.end + offset), False


class Coder:
    """Codes events from parsed articles with a predicate lexicon and the ontology."""

    def __init__(self, lexicon: PredicateLexicon, ontology: Ontology) -> None:
        """Raises InputError when a rule names a CAMEO code the ontology lacks."""
        for rule in lexicon.rules:
            if rule.cameo == NO_EVENT:
                continue
            try:
                for code in filter(None, (rule.cameo, rule.people_cameo)):
                    ontology.cameo(code)
            except EventwireError as exc:
                raise InputError(f"predicate rule {rule.id!r}: {exc.message}",
                                 reason="bad_predicates") from exc
        self.lexicon, self.ontology = lexicon, ontology

    def __call__(self, parsed: ParsedArticle, text: str, mentions: Sequence[Mention],
                 quotes: Sequence[Quote] = ()) -> list[Event]:
        """The events of one article; ``quotes`` (the quotes stage's, in order) mark the
        events that someone reported (``Event.quote``)."""
        events = self._code(parsed, text, mentions)
        spans = [(q.start, q.end) for q in quotes]
        return [replace(e, quote=_holding(spans, e.predicate_start)) for e in events]

    def _code(self, parsed: ParsedArticle, text: str,
              mentions: Sequence[Mention]) -> list[Event]:
        tree = Tree(parsed)
        dateline = find_dateline(text)
        # "WASHINGTON — A coalition of ...": the dateline places the story, it does nothing
        lo, hi = (dateline[0], dateline[0] + len(dateline[1])) if dateline else (0, 0)
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.actor is not None and m.actor.code and not lo <= m.start < hi:
                by_sentence.setdefault(m.sentence_index, []).append(m)
        if sports_report(Doc(parsed, text)):
            return []  # "the Russian pulled out with an ankle injury" retreats from a bout
        skipped = not_prose(text)
        article = _Article(parsed, text, tree, tuple(t.start for t in parsed.tokens), dateline)
        events: list[Event] = []
        for s in parsed.sentences:
            if s.index in by_sentence and not any(a <= s.start < b for a, b in skipped):
                events.extend(self._sentence(article, s, by_sentence[s.index]))
        return events

    def _sentence(self, article: _Article, s: Sentence,
                  mentions: list[Mention]) -> list[Event]:
        tree = article.tree
        matched = {}
        for i in range(s.token_start, s.token_end):
            rule = self.lexicon.match(tree, i)
            if rule is not None:
                matched[i] = rule
        out: list[Event] = []
        # "Are they halting the tide?", "Will Russia attack?": a question asserts no act
        asked = article.text[s.start:s.end].rstrip(" \"'\u201d\u2019").endswith("?")
        for i, rule in matched.items():
            if rule.cameo == NO_EVENT or _suppressed(tree, i, matched):
                continue
            actors = sources(tree, i, rule, mentions)
            pairs = _pairs(actors, targets(tree, i, rule, mentions), rule.cameo)
            pairs = kept_pairs(rule, rule.cameo, pairs)
            negated, hypothetical = flags(tree, i)
            cameo, rule_id = rule.cameo, rule.id
            intent = (announcement_code(cameo, negated) if hypothetical and pairs and not asked
                      else None)
            if intent and announced(tree, i, matched) and _own_words(tree, i, actors, mentions):
                cameo, rule_id = intent, f"{rule.id}+{'refusal' if negated else 'intent'}"
                negated = False  # "said it would not send aid": the refusal itself happened
            hypothetical = hypothetical or asked
            place, attached = article.place(s, i, mentions)
            for src, tgt in pairs:
                rid = rule_id
                if rule.people_cameo and cameo == rule.cameo and people(tgt):
                    cameo_here = rule.people_cameo  # "captured 23 pirates" detains them
                else:
                    cameo_here = cameo
                if tgt is None and attached and cameo_here[:2] in DEFAULT_PLACE_TARGET_ROOTS:
                    tgt, rid = _place_mention(place, src), f"{rule_id}+place"
                out.append(self._event(article, s, i, cameo_here, rid, src, tgt, negated,
                                       hypothetical, place))
                if not (negated or hypothetical):
                    out.extend(self._claim(article, s, i, rule, src, mentions))
        return out

    def _claim(self, article: _Article, s: Sentence, i: int, rule: PredicateRule,
               src: Mention, mentions: Sequence[Mention]) -> list[Event]:
        """"Ukraine said Russia shelled Kharkiv": besides the shelling, Ukraine accuses
        Russia (CAMEO 112x), as CAMEO codes a party's report of another's hostile act."""
        code = accusation_code(rule.cameo)
        found = reporter(article.tree, i, mentions) if code else None
        if code is None or found is None or party(found[1]) == party(src):
            return []
        verb, accuser = found
        place, _ = article.place(s, verb, mentions)
        return [self._event(article, s, verb, code, f"{rule.id}+claim", accuser, src, False,
                            False, place)]

    def _event(self, article: _Article, s: Sentence, i: int, cameo: str, rule_id: str,
               src: Mention, tgt: Mention | None, negated: bool, hypothetical: bool,
               place: Place | None) -> Event:
        parsed, tree = article.parsed, article.tree
        tok = tree.tokens[i]
        sentence = article.text[s.start:s.end]
        when = resolve_event_date(sentence, parsed.published, near=tok.start - s.start)
        code = self.ontology.cameo(cameo)
        mapping = self.ontology.plover_for(code.code)
        return Event(
            article_id=parsed.article_id, sentence_index=s.index, sentence_start=s.start,
            sentence_end=s.end, predicate_start=tok.start, predicate_end=tok.end,
            source=src.actor, source_start=src.start, source_end=src.end,
            target=tgt.actor if tgt else None, target_start=tgt.start if tgt else None,
            target_end=tgt.end if tgt else None, cameo=code.code,
            plover=mapping.plover.name if mapping else None,
            mode=mapping.mode if mapping else None, goldstein=code.goldstein,
            quad_class=code.quad_class, negated=negated, hypothetical=hypothetical,
            date=when.value, date_source=when.source, date_precision=when.precision,
            place=place, rule=rule_id,
            date_start=None if when.start is None else s.start + when.start,
            date_end=None if when.end is None else s.start + when.end)


def make_coder(lexicon_dirs: Sequence[Path] = ()) -> Coder:
    """Build the event coder from the packaged predicate lexicon plus user lexicon dirs."""
    return Coder(load_predicates(lexicon_dirs), load_ontology())
