"""Candidate mentions in one article: names, role phrases, descriptions and pronouns.

Priority when spans overlap: people's names, then lexicon names of states, IGOs, groups and
seats of power, then role phrases ("Russian troops"), descriptions ("the alliance") and
nationality adjectives. A name inside a role phrase is its employer ("Taliban fighters"),
but a role noun inside a group's name is part of the name ("the Rapid Support Forces",
"Doctors Without Borders"). A person's name before a government noun makes one role phrase
with that leader ("the Bush administration", leaders.py). Pronouns never overlap anything;
an expletive "it" is no candidate (expletive.py).
"""

from __future__ import annotations

from eventwire.actors.doc import POSSESSIVE, Cand, Doc
from eventwire.actors.expletive import is_expletive
from eventwire.actors.leaders import LEADER_BODIES
from eventwire.actors.lexicon import Lexicon
from eventwire.actors.titles import FUNCTION_POS
from eventwire.records import MentionKind, Token

MAX_NAME_WORDS = 10
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p",
            "it": "n"}
STATE_DESCRIPTIONS = {"country", "nation"}
NO_SINGLE_ACTOR = {"sides", "countries", "nations", "parties", "governments"}
# lowercase first words of Arabic names: "al-Qaeda", "al-Shabaab"
NAME_PARTICLES = {"al", "el", "ad", "ash", "as", "an", "ar", "at", "az"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev"}
PLACE_SUFFIXES = {"based", "born", "made", "headquartered", "registered", "listed"}
# heads of the names of bodies that are neither a state nor its organs
BODY_WORDS = {"association", "institute", "foundation", "fund", "society", "federation", "club",
              "trust", "centre", "center", "university", "college", "school", "hospital",
              "company", "corporation", "network", "league", "festival", "museum"}
ROLE_LEFT_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "punct", "nummod",
                  "npadvmod", "quantmod"}


def _overlaps(taken: list[bool], a: int, b: int) -> bool:
    return any(taken[a:b])


def _take(taken: list[bool], c: Cand) -> Cand:
    taken[c.a:c.b] = [True] * (c.b - c.a)
    return c


def _entities(doc: Doc, label: str) -> list[tuple[int, int]]:
    starts = {t.start: t.i for t in doc.tokens}
    ends = {t.end: t.i + 1 for t in doc.tokens}
    spans = [(starts[e.start], ends[e.end]) for e in doc.parsed.entities
             if e.label == label and e.start in starts and e.end in ends]
    return sorted(spans, key=lambda x: x[0] - x[1])


def _joined(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent PERSON spans as one name: the lexicon's gazetteer marks a known surname
    alone, splitting "Lakshiwnder | Singh" from the full name of another person."""
    joined: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if joined and joined[-1][1] == a and doc.sent_of[a] == doc.sent_of[a - 1] and (
                doc.tokens[a - 1].text not in POSSESSIVE):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return sorted(joined, key=lambda x: x[0] - x[1])


def _given_name(doc: Doc, lexicon: Lexicon, a: int, b: int) -> int:
    """Start a lone known surname at the given name the model left out: the gazetteer marks
    "Singh" in "Lakshiwnder Singh", who is not the lexicon's Singh."""
    if b - a != 1 or a == 0 or not lexicon.people_named(doc.name_text(a, b)):
        return a
    t = doc.tokens[a - 1]
    if t.pos != "PROPN" or not t.text[:1].isupper() or t.text.isupper() or t.ent_type not in (
            "", "PERSON") or doc.sent_of[t.i] != doc.sent_of[a]:
        return a
    if t.text.lower().rstrip(".") in HONORIFICS or _known(doc, lexicon, t.i):
        return a
    return a - 1


def _names_a_thing(doc: Doc, lexicon: Lexicon, a: int, b: int) -> bool:
    """A person's name that begins the name of a place or body: "(Harris) County Sheriff's
    Office", "(Trump) Tower". A title ("Obama Administration") or an actor's name after it
    leaves it the person."""
    last = doc.tokens[b - 1]
    nxt = doc.tokens[b] if b < len(doc.tokens) else None
    return (nxt is not None and _capitalised(nxt) and doc.sent_of[nxt.i] == doc.sent_of[a]
            and last.dep == "compound" and last.head >= b
            and nxt.text.lower() not in LEADER_BODIES and not _known(doc, lexicon, nxt.i))


def _people(doc: Doc, lexicon: Lexicon, taken: list[bool]) -> list[Cand]:
    found = []
    for a, b in _joined(doc, _entities(doc, "PERSON")):
        a = _given_name(doc, lexicon, a, b)
        name = doc.name_text(a, b)
        if not _overlaps(taken, a, b) and lexicon.igo(name) is None and lexicon.group(
                name) is None and not _names_a_thing(doc, lexicon, a, b):
            found.append(_take(taken, _person(doc, lexicon, a, b)))
    surnames = {doc.name_text(c.b - 1, c.b) for c in found}
    for label in ("ORG", "GPE", "NORP"):  # a known surname the model labelled otherwise
        for a, b in _entities(doc, label):
            if b - a <= 2 and doc.name_text(a, b) in surnames and not _overlaps(taken, a, b):
                found.append(_take(taken, _person(doc, lexicon, a, b)))
    return sorted(found, key=lambda c: c.a)


def _places_and_orgs(doc: Doc, lexicon: Lexicon, taken: list[bool]) -> list[Cand]:
    """Lexicon names of states, IGOs, groups and seats of power; other ORG entities."""
    found: list[Cand] = []
    for a in range(len(doc.tokens)):
        if found and a < found[-1].b:  # inside a nationality: "The Russians" holds "Russians"
            continue
        for b in range(min(len(doc.tokens), a + MAX_NAME_WORDS), a, -1):
            c = _lexicon_name(doc, lexicon, a, b)
            if c is not None and not _overlaps(taken, c.a, c.b):
                found.append(c if c.kind == MentionKind.NATIONALITY else _take(taken, c))
                break
    for a, b in _entities(doc, "ORG"):
        if not _overlaps(taken, a, b) and not _role_head(doc, lexicon, a, b):
            found.append(_take(taken, Cand(a, b, MentionKind.NAME, doc.sent_of[a],
                                           extra={"org": True})))
    return found


def _after_title(doc: Doc, lexicon: Lexicon, a: int, b: int) -> int:
    """Start a name after a title the model took into it: "(Archbishop) Desmond Tutu"."""
    for k in range(b - 1, a, -1):
        if all(t.text[:1].isupper() for t in doc.tokens[a:k]) and lexicon.sector_for_role(
                doc.text_of(a, k)) is not None:
            return k
    return a


def _titled(doc: Doc, lexicon: Lexicon, a: int) -> bool:
    """A capitalised role word right before token ``a``: "President (obama)"."""
    t = doc.tokens[a - 1] if a else None
    return t is not None and t.text[:1].isupper() and lexicon.sector_for_role(t.text) is not None


def _person(doc: Doc, lexicon: Lexicon, a: int, b: int) -> Cand:
    while b - a > 1 and doc.tokens[b - 1].text in POSSESSIVE:
        b -= 1
    a = _after_title(doc, lexicon, a, b)
    name = doc.name_text(a, b)
    if name.islower() and _titled(doc, lexicon, a):
        # the model saw a name and a title precedes it: a lost capital, not a common word
        name = name.title()
    person = lexicon.find_person(name, on=doc.parsed.published)
    return Cand(a, b, MentionKind.NAME, doc.sent_of[a], person=person,
                extra={"person": True})


def _leader_bodies(doc: Doc, people: list[Cand]) -> list[Cand]:
    """People's names that only modify a government: "the (Bush) administration" becomes one
    role phrase whose leader is the name (see leaders.py)."""
    found = []
    for p in people:
        nxt = doc.tokens[p.b] if p.b < len(doc.tokens) else None
        if nxt is None or nxt.text.lower() not in LEADER_BODIES or doc.tokens[
                p.b - 1].head != p.b:
            found.append(p)
            continue
        a, b = _noun_phrase(doc, p.b)
        found.append(Cand(min(a, p.a), b, MentionKind.ROLE, p.sentence,
                          extra={"leader": doc.name_text(p.a, p.b)}))
    return found


def _name_span(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens [a, b) may be a proper name: capitalised, in one sentence."""
    first, last = doc.tokens[a], doc.tokens[b - 1]
    # any capital: "iSrael" is a typo, not a word
    return (any(ch.isupper() for ch in first.text) or first.text in NAME_PARTICLES) and (
        last.pos not in FUNCTION_POS) and doc.sent_of[a] == doc.sent_of[b - 1]


def _group_names(doc: Doc, lexicon: Lexicon) -> list[bool]:
    """Tokens inside the name of a known group, longest name first."""
    inside = [False] * len(doc.tokens)
    for a in range(len(doc.tokens)):
        for b in range(min(len(doc.tokens), a + MAX_NAME_WORDS), a, -1):
            if not inside[a] and _name_span(doc, a, b) and lexicon.group(doc.name_text(a, b)):
                inside[a:b] = [True] * (b - a)
                break
    return inside


def _lexicon_name(doc: Doc, lexicon: Lexicon, a: int, b: int) -> Cand | None:
    if not _name_span(doc, a, b):
        return None
    c = _lexicon_match(doc, lexicon, a, b)
    if c is None or _bare_code(lexicon, doc.name_text(a, b)) or _in_longer_name(
            doc, lexicon, a, b, c.kind == MentionKind.NATIONALITY):
        return None
    return c


def _lexicon_match(doc: Doc, lexicon: Lexicon, a: int, b: int) -> Cand | None:
    text = doc.name_text(a, b)
    country = lexicon.country(text)
    if country is not None and _is_adjective(lexicon, country.code, text):
        return Cand(a, b, MentionKind.NATIONALITY, doc.sent_of[a], options=(country,))
    entry = lexicon.igo(text) or lexicon.country(text) or lexicon.group(text)
    if entry is not None:
        return Cand(a, b, MentionKind.NAME, doc.sent_of[a], options=(entry,))
    seats = lexicon.metonym_candidates(text)
    if seats:
        a = a - 1 if a and doc.tokens[a - 1].text.lower() == "the" else a
        return Cand(a, b, MentionKind.METONYM, doc.sent_of[a], options=seats)
    return None


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and t.pos == "PROPN"


def _in_longer_name(doc: Doc, lexicon: Lexicon, a: int, b: int, adjective: bool) -> bool:
    """Part of another proper name: "Inner Mongolia", "the Jerusalem Light Festival",
    "Washington-based". A title ("US President") or another actor's name ("Russia Ukraine
    talks") after it leaves it an actor, and so does any name after an adjective: "Iraqi
    Kurds", "the Liberian Peace Council" are of that country. A capitalised first word of the
    sentence is no name ("Young Algerians")."""
    s = doc.sent_of[a]
    before = doc.tokens[a - 1] if a else None
    if before is not None and doc.sent_of[before.i] == s and _capitalised(before) and (
            before.dep == "compound" and a <= before.head < b) and not _known(
            doc, lexicon, before.i) and before.i != doc.sentence(s)[0]:
        return True
    head = doc.tokens[doc.head(a, b)]
    run = []
    for t in doc.tokens[b:b + MAX_NAME_WORDS]:
        if not _capitalised(t) or doc.sent_of[t.i] != s:
            break
        run.append(t.i)
    named = run and head.dep in ("compound", "amod", "nmod") and head.head in run
    if adjective:  # "the American Press Institute" is no more American than its own name
        return bool(named) and _body(doc, head.head, run)
    if named:
        return _body(doc, head.head, run) or not any(_known(doc, lexicon, i) for i in run)
    glued = b + 1 < len(doc.tokens) and doc.tokens[b].text == "-" and doc.tokens[
        b].start == doc.tokens[b - 1].end
    # "Washington-based", "our Cairo-branch members": a place in a compound modifier
    return glued and (doc.tokens[b + 1].text.lower() in PLACE_SUFFIXES or (
        doc.tokens[b + 1].pos == "NOUN" and doc.tokens[b + 1].text.islower()))


def _body(doc: Doc, i: int, run: list[int]) -> bool:
    """Whether the name that token ``i`` starts is headed by a body's word: "the Zimbabwe
    Hospital Doctors (Association)" is the association, though "Doctors" is a role."""
    while doc.tokens[i].dep == "compound" and doc.tokens[i].head in run:
        i = doc.tokens[i].head
    return doc.tokens[i].text.lower() in BODY_WORDS


def _known(doc: Doc, lexicon: Lexicon, i: int) -> bool:
    """A role word or a lexicon name: what may stand next to an actor's name."""
    text = doc.tokens[i].text
    return lexicon.sector_for_role(text) is not None or bool(
        lexicon.country_candidates(text) or lexicon.igo(text) or lexicon.group(text)
        or lexicon.metonym_candidates(text))


def _bare_code(lexicon: Lexicon, text: str) -> bool:
    """An ISO code that is no listed name: "BGR" (a website), "JAM", "CAN" are words; "USA"
    and "UK" are listed as aliases."""
    if len(text) != 3 or not text.isupper():
        return False
    country = next((c for c in lexicon.countries if c.code == text), None)
    return country is not None and text not in country.aliases


def _is_adjective(lexicon: Lexicon, code: str, text: str) -> bool:
    """Whether ``text`` is only an adjective or demonym of country ``code``, not a name."""
    country = next(c for c in lexicon.countries if c.code == code)
    names = {n.casefold() for n in (country.code, country.name, *country.aliases)}
    return text.casefold().removeprefix("the ") not in names


def _role_head(doc: Doc, lexicon: Lexicon, a: int, b: int) -> bool:
    return lexicon.sector_for_role(doc.tokens[b - 1].text) is not None


def _attached(doc: Doc, k: int, i: int) -> bool:
    """Whether token ``k`` hangs off noun ``i`` through words between them."""
    for _ in range(4):
        k = doc.tokens[k].head
        if k == i:
            return True
        if not 0 <= k < i or doc.tokens[k].head == k:
            return False
    return False


def _noun_phrase(doc: Doc, i: int) -> tuple[int, int]:
    """Left modifiers of noun ``i`` and the noun: "the Russian Foreign Ministry"."""
    a = i
    while a > 0 and _attached(doc, a - 1, i) and doc.tokens[
            a - 1].dep in ROLE_LEFT_DEPS and doc.sent_of[a - 1] == doc.sent_of[i] and (
            doc.tokens[a - 1].pos not in ("ADP", "VERB") or doc.tokens[a - 1].dep == "amod"):
        a -= 1
    while a < i and doc.tokens[a].pos == "PUNCT":
        a += 1
    return a, i + 1


def _roles(doc: Doc, lexicon: Lexicon, taken: list[bool]) -> list[Cand]:
    found = []
    named = _group_names(doc, lexicon)
    for t in doc.tokens:
        if t.pos not in ("NOUN", "PROPN") or t.dep == "compound" or taken[t.i] or named[t.i]:
            continue
        a, b = _noun_phrase(doc, t.i)
        # a listed phrase may end in a word that is no role alone: "a human rights group"
        if lexicon.sector_for_role(doc.text_of(a, b)) is None or _hyphenated(doc, t.i):
            continue
        if _lexicon_names(doc, lexicon, a, b):  # "the West Bank" is a place, not a bank
            continue
        a = _after_person(doc, taken, a, b)
        found.append(Cand(a, b, MentionKind.ROLE, doc.sent_of[t.i],
                          plural=t.tag in ("NNS", "NNPS")))
    return found


def _hyphenated(doc: Doc, i: int) -> bool:
    """The first half of a hyphenated modifier: "government-held", "rebel-led"."""
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.text == "-" and nxt.start == doc.tokens[i].end


def _after_person(doc: Doc, taken: list[bool], a: int, b: int) -> int:
    """Start a role phrase after a possessor already taken ("Putin's | government")."""
    for k in range(b - 1, a - 1, -1):
        if doc.tokens[k].text in POSSESSIVE and taken[k - 1] if k else False:
            return k + 1
    return a


def _descriptions(doc: Doc, lexicon: Lexicon, taken: list[bool]) -> list[Cand]:
    heads = {form.split()[-1].casefold() for igo in lexicon.igos for form in igo.descriptions}
    found = []
    for t in doc.tokens:
        word = t.text.casefold()
        if t.pos not in ("NOUN", "PROPN") or t.dep == "compound" or taken[t.i]:
            continue
        if word not in heads | STATE_DESCRIPTIONS | NO_SINGLE_ACTOR or _inside_name(doc, t.i):
            continue
        a, b = _noun_phrase(doc, t.i)
        det = doc.tokens[a].text.lower()
        if _lexicon_names(doc, lexicon, a, b) or det in ("a", "an", "another", "every",
                                                         "each") or (
                word in STATE_DESCRIPTIONS | NO_SINGLE_ACTOR and det not in ("the", "both")):
            continue
        found.append(Cand(a, b, MentionKind.DESCRIPTION, doc.sent_of[t.i],
                          plural=word in NO_SINGLE_ACTOR, extra={"head": word}))
    return found


def _lexicon_names(doc: Doc, lexicon: Lexicon, a: int, b: int) -> bool:
    """A name that only looks like a description: "the United Nations"."""
    text = doc.name_text(a, b)
    return lexicon.igo(text) is not None or lexicon.country(text) is not None


def _inside_name(doc: Doc, i: int) -> bool:
    """A word inside a longer name: "the Organization (for Security and ...)"."""
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.ent_iob == "I" and doc.tokens[i].ent_type != ""


def _pronouns(doc: Doc, taken: list[bool]) -> list[Cand]:
    return [Cand(t.i, t.i + 1, MentionKind.PRONOUN, doc.sent_of[t.i],
                 plural=PRONOUNS[t.text.lower()] == "p", extra={"want": PRONOUNS[t.text.lower()]})
            for t in doc.tokens if t.tag == "PRP" and t.text.lower() in PRONOUNS
            and not is_expletive(doc, t.i) and not taken[t.i]]


def _without_twins(doc: Doc, lexicon: Lexicon, roles: list[Cand],
                   descriptions: list[Cand]) -> list[Cand]:
    """One candidate per noun that is both a role and a description ("court"): the
    description when the phrase is a listed one ("the court": a court named before), else
    the role ("the Latvian Constitutional Court")."""
    heads = {c.b: c for c in roles}
    kept = list(roles)
    for d in descriptions:
        twin = heads.get(d.b)
        if twin is None:
            kept.append(d)
        elif lexicon.igo_descriptions(doc.text_of(d.a, d.b)):
            kept[kept.index(twin)] = d
    return sorted(kept, key=lambda c: c.a)


def find_candidates(doc: Doc, lexicon: Lexicon) -> list[Cand]:
    """Every candidate mention in the article, in text order, none overlapping."""
    taken = [False] * len(doc.tokens)
    result = _leader_bodies(doc, _people(doc, lexicon, taken))
    for c in result:
        _take(taken, c)
    roles = [c for c in _without_twins(doc, lexicon, _roles(doc, lexicon, taken),
                                       _descriptions(doc, lexicon, taken))
             if not _overlaps(taken, c.a, c.b)]
    inside = [False] * len(doc.tokens)
    for c in roles:  # names of states and IGOs in a role phrase are its employer
        _take(inside, c)
    result += [_take(taken, c) for c in roles]
    names = _places_and_orgs(doc, lexicon, inside)
    result += [c for c in names if not _overlaps(taken, c.a, c.b)]
    for c in result:
        _take(taken, c)
    result += _pronouns(doc, taken)
    return sorted(result, key=lambda c: c.a)


__all__ = ["PRONOUNS", "find_candidates"]
