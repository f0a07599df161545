"""Generic actors: role phrases that name a sector but no employer ("rebels", "the army").

CAMEO/PETRARCH code such a phrase as its country plus the sector, and as "---" plus the
sector ("---REB") when the country is unknown. The country comes only from the phrase and
its sentence (or the one before), never from the article's dominant country or dateline:
a story datelined Kyiv quotes "the army" of both sides, and a wrong country is worse for
event data than an unknown one. In order:

1. The phrase's own place: "from X" (origin: "students from Nigeria"), and "in X" for
   actors found where they belong ("protesters in Cairo", "rebels in northern Syria");
   neither for forces ("pulled troops from Iraq", "troops in Iraq" are often foreign), nor
   "in X" for refugees, diplomats or journalists, who are abroad by trade, nor for settlers,
   who live where another state claims the land.
   Followers ("supporters of X") take the country of the person or group X; they are
   opposition (OPP) when X is, else civilians (CVL): a president's supporters are not the
   government.
2. A definite phrase takes the country of the latest earlier mention with the same head
   noun nearby ("Iraqi police ... the police").
3. A civil state body, one per state ("the government", "police", "the court", "the
   opposition"), takes the country of the one place where its sentence, or the one before,
   locates things ("clashes in Cairo ... police"). Not a country named otherwise: "the
   government thanked China" is not China's. Not the army: armies fight abroad.
4. Otherwise "---" + sector.

Left alone: one person ("a spokesman": a person needs a name or an office holder, see
coref.py), "people" (too generic: casualty counts, "people familiar with"), a proper name
ending in a sector noun ("the Homeland Union" is one organisation, not labour at large),
"an army of volunteers" (a quantity), a gathering ("an office Christmas party") and an
owner's pronoun ("its leadership": the owner says who they are).
"""

from __future__ import annotations

from eventwire.actors.doc import Cand, Doc
from eventwire.actors.lexicon import Lexicon
from eventwire.actors.patterns import (
    FOLLOWERS,
    INSTITUTIONS,
    STATE_SECTORS,
    UNKNOWN_COUNTRY,
    entry_actor,
    located,
)
from eventwire.actors.titles import read_title
from eventwire.records import Actor, ActorKind, MentionKind

WINDOW = 1  # sentences back that context and antecedents may come from
# what a "party" is when these name it: a gathering, not a political party
GATHERINGS = {"christmas", "office", "birthday", "dinner", "house", "garden", "cocktail",
              "holiday", "wedding", "farewell", "costume", "pool", "street", "block",
              "launch", "search", "rescue", "slumber", "dance", "bachelor", "retirement"}
# sectors whose members are normally in their own country; see rule 1
AT_HOME = {"REB", "OPP", "PTY", "CVL", "COP", "JUD", "LEG", "LAB", "EDU", "HLH", "REL", "HRI",
           "BUS", "GOV"}
ABROAD_ROLES = {"diplomat", "ambassador", "envoy", "embassy", "consul", "consulate",
                "delegation", "negotiator", "settler"}
ORIGIN, LOCATIVE = {"from"}, {"in", "inside", "across", "throughout"}
# civil bodies each state has one of (rule 3)
STATE_BODIES = {"government", "administration", "authorities", "cabinet", "ministry", "regime",
                "junta", "presidency", "police", "court", "judiciary", "parliament",
                "legislature", "congress", "senate", "opposition"}
# singular nouns naming a group, not a person, beyond patterns.INSTITUTIONS
GROUP_NOUNS = {"opposition", "militia", "union", "crowd", "mob", "gendarmerie", "intelligence",
               "customs", "clergy", "tribunal", "assembly", "duma", "group", "agency",
               "service"}
TOO_GENERIC = {"people"}
QUANTITY_HEADS = {"army", "legion", "host"}  # "an army of volunteers"
OWNERS = {"its", "their", "his", "her", "our", "my", "your"}


def _head(doc: Doc, c: Cand) -> str:
    return doc.tokens[c.b - 1].text.lower()


def _individual(doc: Doc, c: Cand) -> bool:
    return not c.plural and _head(doc, c) not in INSTITUTIONS | GROUP_NOUNS


def _proper_name(doc: Doc, c: Cand, lexicon: Lexicon) -> bool:
    """A capitalised head after a capitalised word that is no place: "the Homeland Union"."""
    if not doc.tokens[c.b - 1].text[:1].isupper():
        return False
    return any(t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "ADJ")
               and lexicon.country(t.text) is None and lexicon.sector_for_role(t.text) is None
               for t in doc.tokens[c.a:c.b - 1])


def _quantity(doc: Doc, c: Cand) -> bool:
    h = c.b - 1
    return doc.tokens[c.a].text.lower() in ("a", "an") and _head(doc, c) in QUANTITY_HEADS \
        and any(doc.tokens[k].text.lower() == "of" for k in doc.children[h] if k > h)


def _definite(doc: Doc, c: Cand) -> bool:
    """ "the police", or a bare body used the same way ("police said")."""
    return doc.tokens[c.a].text.lower() == "the" or (
        c.b - c.a == 1 and _head(doc, c) in STATE_BODIES)


def _own_place(doc: Doc, lexicon: Lexicon, c: Cand, sector: str) -> str | None:
    """The country of "from X" / "in X" after the phrase (rule 1)."""
    preps = set()
    if sector != "MIL":
        preps |= ORIGIN
    if sector in AT_HOME and _head(doc, c).removesuffix("s") not in ABROAD_ROLES:
        preps |= LOCATIVE
    h = c.b - 1
    for p in doc.children[h]:
        if p > h and doc.tokens[p].dep == "prep" and doc.tokens[p].text.lower() in preps:
            where = read_title(doc, lexicon, list(range(p + 1, doc.right[p] + 1))).employer
            if where is not None and where.kind == "country":
                return where.country
    return None


def _followed(doc: Doc, cands: list[Cand], c: Cand) -> tuple[str | None, str] | None:
    """The country (if known) and sector of followers from whom they follow (rule 1)."""
    h = c.b - 1
    if doc.tokens[h].lemma.lower() not in FOLLOWERS:
        return None
    of = [p for p in doc.children[h] if p > h and doc.tokens[p].text.lower() == "of"]
    whom = [k for p in of for k in doc.children[p] if doc.tokens[k].dep == "pobj"]
    leader = next((o.actor for o in cands for k in whom
                   if doc.left[k] <= o.a and o.b <= doc.right[k] + 1 and o.actor), None)
    if leader is None or not (leader.country or leader.sector == "OPP"):
        return None
    return leader.country, "OPP" if leader.sector == "OPP" else "CVL"


def _near(cands: list[Cand], c: Cand) -> list[Cand]:
    """Mentions of the phrase's sentence and the one before."""
    return [o for o in cands if o is not c and 0 <= c.sentence - o.sentence <= WINDOW]


def _antecedent(doc: Doc, cands: list[Cand], c: Cand) -> str | None:
    """The country of the latest earlier mention with the same head noun (rule 2); a sector
    alone is too broad ("US authorities ... the regime")."""
    head = doc.tokens[c.b - 1].lemma.lower()
    same = [o for o in _near(cands, c) if o.a < c.a and o.actor is not None and o.actor.country
            and o.kind == MentionKind.ROLE and doc.tokens[o.b - 1].lemma.lower() == head]
    return same[-1].actor.country if same else None


def _scene(doc: Doc, cands: list[Cand], c: Cand) -> str | None:
    """The one country that places named as locations nearby belong to (rule 3)."""
    found = {o.options[0].country for o in _near(cands, c)
             if o.kind in (MentionKind.NAME, MentionKind.METONYM) and len(o.options) == 1
             and located(doc, o)} - {None}
    return found.pop() if len(found) == 1 else None


def _unknown(lexicon: Lexicon, sector: str) -> Actor:
    name = next((s.name for s in lexicon.sectors if s.code == sector), sector)
    state = ActorKind.STATE if sector in STATE_SECTORS else ActorKind.GROUP
    return Actor(name, UNKNOWN_COUNTRY + sector, None, sector, None, state)


def _gathering(doc: Doc, c: Cand) -> bool:
    """"an office Christmas party", "a birthday party": a party held, not a political one."""
    h = doc.head(c.a, c.b)
    return _head(doc, c) == "party" and any(
        doc.tokens[k].dep == "compound" and doc.tokens[k].lemma.lower() in GATHERINGS
        for k in doc.children[h])


def codable(doc: Doc, c: Cand, lexicon: Lexicon) -> bool:
    """Whether an employer-less role phrase is a generic actor at all."""
    non_state = c.extra.get("sector") not in STATE_SECTORS
    return not (_individual(doc, c) or _head(doc, c) in TOO_GENERIC or _quantity(doc, c)
                or doc.tokens[c.a].text.lower() in OWNERS or _gathering(doc, c)
                or (non_state and _proper_name(doc, c, lexicon)))


def resolve_generic(c: Cand, doc: Doc, lexicon: Lexicon, cands: list[Cand]) -> None:
    """Code a role phrase with a sector and no employer (the module docstring's rules)."""
    sector = c.extra["sector"]
    country, rule = _own_place(doc, lexicon, c, sector), "sector_place"
    if country is None and (followed := _followed(doc, cands, c)):
        (country, sector), rule = followed, "sector_followers"
    if country is None and _definite(doc, c):
        country, rule = _antecedent(doc, cands, c), "sector_antecedent"
    if country is None and _definite(doc, c) and _head(doc, c) in STATE_BODIES:
        country, rule = _scene(doc, cands, c), "sector_scene"
    entry = lexicon.country(country) if country else None
    if entry is not None:
        c.actor, c.rule = entry_actor(entry, sector), rule
    else:
        c.actor, c.rule = _unknown(lexicon, sector), "sector_unknown_country"
