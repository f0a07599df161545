"""Role patterns: give each name, role phrase, seat of power and state its own actor.

Person names take the title before them ("Russian Foreign Minister Sergey Lavrov") or an
appositive ("Grushko, a Russian diplomat", "US ambassador to the OSCE, Michael Carpenter").
An explicit employer in the text beats the lexicon (a new job); a role with no employer, or
no title at all, defers to the lexicon's office on the publication date. "former" titles
are no current office: with no current office in the lexicon either, the person is an elite
(ELI) of the country the title or the lexicon states. Code convention: a state named as the
subject of a verb is its government (RUSGOV, rule ``state_subject``); elsewhere it is the
state itself (RUS).
"""

from __future__ import annotations

from datetime import date

from eventwire.actors.doc import POSSESSIVE, Cand, Doc
from eventwire.actors.lexicon import ActorEntry, Lexicon, Person
from eventwire.actors.titles import FORMER, GLUED_ARTICLE, Title, holder, office, read_title
from eventwire.records import Actor, ActorKind, MentionKind

UNKNOWN_COUNTRY = "---"  # CAMEO's country part of a code whose country is unknown: ---REB
STATE_SECTORS = {None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
ELITE_SECTORS = {"ELI", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB"}  # offices
INSTITUTIONS = {"government", "administration", "authorities", "authority", "cabinet",
                "ministry", "embassy", "consulate", "regime", "leadership", "junta",
                "presidency", "delegation", "department", "military", "army", "navy",
                "force", "forces", "troops", "police", "court", "parliament", "congress",
                "senate", "legislature", "judiciary", "media", "press", "company", "party"}
PREFIX_POS = {"PROPN", "NOUN", "ADJ"}
PREFIX_GLUE = {"of", "to", "-"}
NON_VERBS = {"be", "have"}
CONTEXT_SENTENCES = 2
LOCATIVE = {"in", "at", "near", "around", "outside", "inside", "across"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "outside", "outskirts"}
JOURNEYS = {"trip", "visit", "journey", "flight", "travel", "return", "route", "road"}
PLACE_NOUNS = {"capital", "city", "town"}  # "the capital(,) Kabul": the city itself
# a counted plural demonym is people, not their state: "thousands of Nigerians", "3 Afghans"
HEAD_COUNTS = {"thousands", "hundreds", "dozens", "millions", "scores", "tens"}
COUNT_WORDS = {"many", "several", "some", "few", "more", "most", "other"}
FOLLOWERS = {"supporter", "follower"}  # "supporters of X": X's public


def entry_actor(entry: ActorEntry, sector: str | None = None, role: str | None = None,
                kind: ActorKind | None = None, name: str | None = None) -> Actor:
    """The actor of a country, IGO, seat or group entry, optionally narrowed to a sector.

    A named group keeps its own code whatever the role: a "Hamas spokesman" speaks for Hamas.
    """
    if entry.kind == "igo":
        return Actor(name or entry.name, entry.code, None, entry.sector, role,
                     kind or ActorKind.IGO)
    if entry.kind == "group":
        return Actor(name or entry.name, entry.code, entry.country, entry.sector, role,
                     kind or ActorKind.GROUP)
    sector = sector or entry.sector
    code = entry.country + (sector or "") if entry.country else entry.code
    state = ActorKind.STATE if sector in STATE_SECTORS else ActorKind.GROUP
    return Actor(name or entry.name, code, entry.country, sector, role, kind or state)


def person_actor(person: Person, on: date | None) -> Actor | None:
    role = person.role_on(on) if on else next((r for r in person.roles if r.end is None), None)
    if role is None:
        return None
    return Actor(person.name, role.code, role.country, role.sector, role.role,
                 ActorKind.PERSON)


def _prefix(doc: Doc, a: int, b: int) -> list[int]:
    """Title words right before a name: "Russian Deputy Foreign Minister", "US envoy to NATO".

    Words the parse does not join to the name are no title ("the widow of the deputy
    Nichols murdered", when the name is parsed as the subject of a relative clause).
    """
    s_start, _ = doc.sentence(doc.sent_of[a])
    idx: list[int] = []
    joined = doc.tokens[a].ent_iob == "I"  # a title the model took into the name
    for i in range(a - 1, s_start - 1, -1):
        t = doc.tokens[i]
        glued = GLUED_ARTICLE.match(t.text)
        if t.text == "-" and doc.text[t.start - 1:t.start].isspace():
            break  # a spaced dash ends a clause: "linked to Russian spies - Mr. Manafort"
        if t.pos in PREFIX_POS or t.text in POSSESSIVE or glued or (
                idx and t.text.lower() in PREFIX_GLUE):
            # another person's name, or followers: "(supporters) of President X"
            if (t.ent_type == "PERSON" and not joined) or t.lemma.lower() in FOLLOWERS:
                break
            idx.insert(0, i)
        else:
            break
        joined = joined and t.ent_iob == "I"
    while idx and doc.tokens[idx[0]].text.lower() in PREFIX_GLUE:
        idx.pop(0)
    name_head = doc.tokens[doc.head(a, b)]
    joined_up = any(a <= doc.tokens[i].head < b for i in idx) or name_head.head in idx
    return idx if joined_up else []


def _appositive(doc: Doc, a: int, b: int) -> list[int]:
    h = doc.head(a, b)
    t = doc.tokens[h]
    if t.dep == "appos" and t.head < a:
        r = t.head
        return [i for i in range(doc.left[r], a) if doc.tokens[i].pos != "PUNCT"]
    for c in doc.children[h]:
        if doc.tokens[c].dep == "appos" and not a <= c < b:
            lo, hi = (doc.left[c], doc.right[c] + 1) if c >= b else (doc.left[c], a)
            return [i for i in range(lo, hi) if doc.tokens[i].pos != "PUNCT"
                    and not a <= i < b]
    return []


def _from_title(name: str, title: Title) -> Actor:
    assert title.employer is not None
    return entry_actor(title.employer, title.sector, title.role, ActorKind.PERSON, name)


def _same_office(c: Cand, name: str, earlier: list[Cand]) -> Actor | None:
    """An employer-less title takes the employer of an earlier person in the same office
    ("Russian Deputy Foreign Minister A ... Deputy Foreign Minister B")."""
    for o in reversed(earlier):
        a = o.actor
        if o is not c and a and a.code and a.role and c.role and office(a.role) == office(c.role):
            return Actor(name, a.code, a.country, a.sector, c.role, ActorKind.PERSON)
    return None


def _held_before(lexicon: Lexicon, c: Cand, doc: Doc, role: str,
                 on: date | None) -> Person | None:
    """The one known person the name can be who held an office named ``role``
    ("secretary" of "secretary of state") that had ended by ``on``."""
    if on is None:
        return None
    words = role.split()
    people = (c.person,) if c.person else lexicon.people_named(doc.name_text(c.a, c.b))
    held = [p for p in people if any(
        r.end is not None and r.end <= on and all(w in r.role.split() for w in words)
        for r in p.roles)]
    return held[0] if len(held) == 1 else None


def _public_office(lexicon: Lexicon, title: Title) -> bool:
    assert title.role is not None
    office_words = [w for w in title.role.split() if w.rstrip("-") not in FORMER]
    sector = title.sector or lexicon.sector_for_role(" ".join(office_words))
    return sector in ELITE_SECTORS


def _former(lexicon: Lexicon, name: str, person: Person | None, title: Title) -> Actor:
    """A former office holder is an elite (ELI) of the country the title states, else of the
    one country the lexicon lists offices in; a party or ideology ("former Socialist prime
    minister") says nothing about the country."""
    country = title.employer.country if title.employer else None
    if country is None and person is not None:
        held = {r.country for r in person.roles if r.country}
        country = held.pop() if len(held) == 1 else None
    code = (country or UNKNOWN_COUNTRY) + "ELI"
    return Actor(name, code, country, "ELI", title.role, ActorKind.PERSON)


def resolve_person(c: Cand, doc: Doc, lexicon: Lexicon, earlier: list[Cand]) -> None:
    on = doc.parsed.published
    name = c.person.name if c.person else doc.name_text(c.a, c.b)
    known = person_actor(c.person, on) if c.person else None
    former: Title | None = None
    person = c.person
    for rule, idx in (("title_name", _prefix(doc, c.a, c.b)), ("appos_role", _appositive(doc, c.a,
                                                                                     c.b))):
        title = read_title(doc, lexicon, idx) if idx else None
        # only a former public office makes an elite: not "former Kutztown University
        # football player Brian Nichols", whose title names a university, not his office
        if (title is not None and title.former and title.role and former is None
                and _public_office(lexicon, title)):
            former, c.evidence = title, (idx[0], idx[-1] + 1)
        held = (_held_before(lexicon, c, doc, title.role, on) if title is not None
                and not title.former and title.role and known is None else None)
        if held is not None and former is None:
            # "Secretary Clinton" in 2016: the office she held is named as an honorific
            former, c.evidence, person, name = title, (idx[0], idx[-1] + 1), held, held.name
            continue
        if title is None or title.former or not (title.employer or title.role):
            continue
        c.evidence, c.role = (idx[0], idx[-1] + 1), title.role
        if title.employer is not None:
            c.actor, c.rule = _from_title(name, title), rule
            return
    if known is not None:
        c.actor, c.rule = known, "lexicon_person"
    elif former is not None:
        c.actor, c.rule = _former(lexicon, name, person, former), "former_title"
    elif c.role and (actor := _same_office(c, name, earlier)):
        c.actor, c.rule = actor, "role_context"
    elif c.role and (sector := lexicon.sector_for_role(c.role)):
        # a title without a country ("President Omar Bashir"): the sector is known
        c.actor = Actor(name, UNKNOWN_COUNTRY + sector, None, sector, c.role, ActorKind.PERSON)
        c.rule = "title_unknown_country"
    else:
        c.actor, c.rule = Actor(name, None, None, None, c.role, ActorKind.PERSON), "name"


def _role_tokens(doc: Doc, c: Cand) -> list[int]:
    """The role phrase and an "of X" / "to X" after it: "the foreign minister of Russia".
    A follower's "of X" names whom they follow, not an office (generic.py)."""
    idx = list(range(c.a, c.b))
    if doc.tokens[c.b - 1].lemma.lower() in FOLLOWERS:
        return idx
    for p in doc.children[c.b - 1]:
        if doc.tokens[p].dep == "prep" and doc.tokens[p].text.lower() in ("of", "to"):
            idx += list(range(p, doc.right[p] + 1))
    return idx


def person_role(doc: Doc, c: Cand) -> bool:
    return not c.plural and doc.tokens[c.b - 1].text.lower() not in INSTITUTIONS


def resolve_role(c: Cand, doc: Doc, lexicon: Lexicon, offices: dict,
                 possessor: Actor | None) -> None:
    title = read_title(doc, lexicon, _role_tokens(doc, c))
    c.role = title.role
    employer = title.employer
    if employer is None and possessor is not None and possessor.code:
        where = possessor.country or possessor.code
        # a group's country is its home, not its employer: "Hamas's leader" is Hamas's
        employer = lexicon.group(possessor.name) or lexicon.country(where) or lexicon.igo(where)
    if employer is None or title.former:
        if not title.former and title.sector:
            c.extra["sector"] = title.sector  # a generic actor: see generic.py
        return
    where = employer.country or employer.code
    who = holder(offices, where, title.role, doc.parsed.published) if (
        person_role(doc, c) and title.role and employer.kind != "group") else None
    if who is not None:
        c.actor, c.rule = person_actor(who, doc.parsed.published), "role_holder"
        return
    kind = ActorKind.PERSON if person_role(doc, c) else None
    # an unnamed official is named by office, so "Kestria's ambassador" stays apart from Kestria
    name = f"{employer.name} {title.role}" if kind and title.role else None
    c.actor = entry_actor(employer, title.sector, title.role, kind, name)
    c.rule = "person_possessive_role" if title.employer is None else "role_phrase"


def _context_codes(cands: list[Cand], c: Cand) -> set[str]:
    near = [o for o in cands if o is not c and abs(o.sentence - c.sentence) <= CONTEXT_SENTENCES
            and o.kind in (MentionKind.NAME, MentionKind.DESCRIPTION)]
    return {e.country or e.code for o in near for e in o.options if e is not None}


def resolve_place(c: Cand, doc: Doc, cands: list[Cand]) -> None:
    if c.extra.get("org"):
        name = doc.name_text(c.a, c.b)
        c.actor, c.rule = Actor(name, None, None, None, None, ActorKind.GROUP), "org_name"
        return
    if c.kind == MentionKind.METONYM and len(c.options) > 1 and not located(doc, c):
        near = _context_codes(cands, c)
        fits = [e for e in c.options if (e.country or e.code) in near]
        if len(fits) == 1:
            c.actor, c.rule = entry_actor(fits[0]), "metonym_context"
        else:
            c.rule = "metonym_ambiguous"
        return
    entry = c.options[0]
    if c.kind == MentionKind.METONYM and located(doc, c):
        c.rule = "metonym_place"
    elif c.kind == MentionKind.METONYM:
        c.actor, c.rule = entry_actor(entry), "metonym"
    elif c.kind == MentionKind.NATIONALITY and _counted(doc, c):
        c.actor, c.rule = entry_actor(entry, "CVL"), "nationality_people"
    elif c.kind == MentionKind.NATIONALITY:
        c.actor, c.rule = entry_actor(entry), "nationality"
    elif entry.kind == "country" and _acts(doc, c):
        c.actor, c.rule = entry_actor(entry, "GOV"), "state_subject"
    elif entry.kind == "group":
        c.actor, c.rule = entry_actor(entry), "group"
    else:
        c.actor, c.rule = entry_actor(entry), "igo" if entry.kind == "igo" else "state"


def _counted(doc: Doc, c: Cand) -> bool:
    """A plural demonym noun with a count: "thousands of Nigerians", "two Britons"."""
    t = doc.tokens[c.b - 1]
    if c.b - c.a != 1 or t.tag not in ("NNS", "NNPS"):
        return False
    of = doc.tokens[t.head]
    if t.dep == "pobj" and of.text.lower() == "of" and (
            doc.tokens[of.head].text.lower() in HEAD_COUNTS or doc.tokens[of.head].pos == "NUM"):
        return True
    return any(doc.tokens[k].pos == "NUM" or doc.tokens[k].text.lower() in COUNT_WORDS
               for k in doc.children[t.i] if k < t.i)


def located(doc: Doc, c: Cand) -> bool:
    """A place, not an actor: "offices in Moscow", "talks in Brussels", "miles northwest of
    Beijing", "a trip to Beijing", "the capital Kabul"."""
    t = doc.tokens[doc.head(c.a, c.b)]
    if t.dep == "appos" and doc.tokens[t.head].lemma.lower() in PLACE_NOUNS:
        return True
    if t.dep != "pobj":
        return False
    prep = doc.tokens[t.head]
    word, owner = prep.text.lower(), doc.tokens[prep.head].lemma.lower()
    return word in LOCATIVE or (word == "of" and owner in DIRECTIONS) or (
        word in ("to", "from") and owner in JOURNEYS)


def _acts(doc: Doc, c: Cand) -> bool:
    """A subject of a verb other than be/have: "Russia demanded", "Russia will ask"."""
    gov = doc.governor(c.a, c.b)
    return doc.is_subject(c.a, c.b) and gov.pos in ("VERB", "AUX") and gov.lemma not in NON_VERBS
