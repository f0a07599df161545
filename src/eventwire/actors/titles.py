"""Reading a title or role phrase: who employs the person, in what role, and postings.

"Russian Deputy Foreign Minister" -> employer RUS, role "deputy foreign minister", GOV;
"US envoy to NATO" -> employer USA, posting NATO ("to X" is where one is sent, never the
employer); "Foreign Minister of Russia" -> employer RUS; "former ..." is no current office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.actors.doc import POSSESSIVE, Doc
from eventwire.actors.lexicon import ActorEntry, Lexicon, Person

GLUED_ARTICLE = re.compile(r"^(?:a|an|the)(?=[A-Z])")  # "aUS envoy": a lost space
FUNCTION_POS = {"DET", "ADP", "PUNCT", "CCONJ", "PART", "SPACE", "NUM", "VERB", "AUX", "PRON"}
FORMER = {"former", "ex", "ex-", "late", "then"}
POSTING = {"to"}
# roles that name the same office; keys and values folded
SAME_OFFICE = {"top diplomat": "foreign minister", "chief diplomat": "foreign minister",
               "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
               "secretary general": "secretary-general", "premier": "prime minister"}
MAX_PLACE_WORDS = 4
ROLE_MODIFIERS = {"deputy", "vice", "acting", "assistant", "senior", "chief", "first", "top",
                  "special", "interim", "under", "foreign", "defence", "defense", "finance",
                  "prime", "state", "lead", "military", "-"}
_ROLE_SETS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


@dataclass(frozen=True, slots=True)
class Title:
    employer: ActorEntry | None
    role: str | None  # folded role phrase
    sector: str | None
    former: bool
    posting: ActorEntry | None


def place(lexicon: Lexicon, text: str) -> ActorEntry | None:
    """A country, IGO, seat of power or named group that ``text`` names (adjectives
    included): the employer in "Russian troops", "Taliban fighters"."""
    text = GLUED_ARTICLE.sub("", text.strip())
    if text.endswith(POSSESSIVE[:2]):
        text = text[:-2]
    return (lexicon.igo(text) or lexicon.country(text) or lexicon.metonym(text)
            or lexicon.group(text))


def office(role: str) -> str:
    folded = " ".join(role.casefold().replace("-", " ").split())
    return SAME_OFFICE.get(folded, folded)


# "Al Qaeda-linked Somali militants", "Iranian-backed militias", "Russian-speaking residents":
# the name before such a suffix is a patron or a language, not the employer ("US-led forces"
# are the US's, so "led" is not here)
DEFAULT_PATRON_SUFFIXES = frozenset({
    "linked", "backed", "allied", "affiliated", "inspired", "aligned", "sponsored",
    "supported", "funded", "trained", "armed", "friendly", "leaning", "speaking",
})


def _patron(doc: Doc, j: int) -> bool:
    """Whether the name ending at token ``j`` (its dash included or not) is glued to a
    patron suffix: "Iranian-backed"."""
    k = j if doc.tokens[j].text == "-" else j + 1  # the dash
    if k + 1 >= len(doc.tokens):
        return False
    dash, word = doc.tokens[k], doc.tokens[k + 1]
    return (dash.text == "-" and word.start == dash.end
            and word.text.lower() in DEFAULT_PATRON_SUFFIXES)


def _places(doc: Doc, lexicon: Lexicon, idx: list[int]) -> list[tuple[int, int, ActorEntry]]:
    found, k = [], 0
    while k < len(idx):
        for n in range(min(MAX_PLACE_WORDS, len(idx) - k), 0, -1):
            i, j = idx[k], idx[k + n - 1]
            glued = GLUED_ARTICLE.match(doc.tokens[i].text)
            if doc.tokens[i].pos in FUNCTION_POS - {"PART"} and n == 1 and not glued:
                continue
            entry = place(lexicon, doc.text_of(i, j + 1))
            if (entry is not None and any(ch.isupper() for ch in doc.text_of(i, j + 1))
                    and not _patron(doc, j)):
                found.append((k, k + n, entry))
                k += n - 1
                break
        k += 1
    return found


def _singular(word: str) -> str:
    for end, repl in (("ies", "y"), ("men", "man"), ("s", "")):
        if word.endswith(end) and not word.endswith("ss"):
            return word[: -len(end)] + repl
    return word


def _fold(words: list[str]) -> str:
    return " ".join([*words[:-1], _singular(words[-1])]) if words else ""


def _listed(words: list[str], known: frozenset[str]) -> bool:
    return " ".join(words) in known or _fold(words) in known


def role_phrases(lexicon: Lexicon) -> frozenset[str]:
    held = _ROLE_SETS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        phrases = frozenset(" ".join(r.replace("-", " ").replace(".", "").split())
                            for s in lexicon.sectors for r in s.roles)
        held = _ROLE_SETS[id(lexicon)] = (lexicon, phrases)
    return held[1]


def _words(doc: Doc, i: int, j: int) -> list[str]:
    return doc.text_of(i, j + 1).casefold().replace("-", " ").replace(".", "").split()


def _role(doc: Doc, lexicon: Lexicon, idx: list[int], skip: set[int]) -> tuple[str, str] | None:
    """The role: a listed role phrase ending on a noun, with title-case or modifier words
    before it ("Deputy Foreign Minister", "acting defence minister")."""
    known = role_phrases(lexicon)
    runs = [k for k in range(len(idx)) if k not in skip and doc.tokens[idx[k]].pos not in
            FUNCTION_POS - {"PUNCT"}]
    for y in reversed(runs):
        x = next((x for x in range(y + 1) if _listed(_words(doc, idx[x], idx[y]), known)
                  and not any(k in skip for k in range(x, y + 1))), None)
        if x is None:
            continue
        while x > 0 and x - 1 not in skip and _modifier(doc.tokens[idx[x - 1]]):
            x -= 1
        text = " ".join(_words(doc, idx[x], idx[y]))
        return text, lexicon.sector_for_role(text) or ""
    return None


def _modifier(t) -> bool:
    return t.text.casefold() in ROLE_MODIFIERS or (t.text[:1].isupper() and t.pos in (
        "PROPN", "NOUN", "ADJ")) or t.text == "-"


def read_title(doc: Doc, lexicon: Lexicon, idx: list[int]) -> Title:
    """The employer, role and posting that the tokens ``idx`` (in text order) state."""
    employer = posting = None
    skip: set[int] = set()
    for x, y, entry in _places(doc, lexicon, idx):
        skip.update(range(x, y))
        # "to" inside the title marks a posting; a "to" before the title belongs to the
        # clause ("according to the US government")
        before = doc.tokens[idx[x - 1]].text.lower() if x else ""
        if before in POSTING:
            posting = posting or entry
        elif employer is None:
            employer = entry
    role = _role(doc, lexicon, idx, skip)
    former = any(doc.tokens[i].text.lower().rstrip("-") in FORMER for i in idx)
    return Title(employer, role[0] if role else None, role[1] if role else None, former,
                 posting)


def office_index(lexicon: Lexicon) -> dict[tuple[str, str], list[Person]]:
    """(country or IGO code, office) -> people who held it, for "Russia's top diplomat"."""
    index: dict[tuple[str, str], list[Person]] = {}
    for person in lexicon.people:
        for r in person.roles:
            key = (r.country or r.code, office(r.role))
            index.setdefault(key, []).append(person)
    return index


def holder(index: dict[tuple[str, str], list[Person]], where: str, role: str,
           on: date | None) -> Person | None:
    """The one person holding ``role`` for ``where`` on the date, if the lexicon knows."""
    if on is None:
        return None
    found = {p.name: p for p in index.get((where, office(role)), ())
             if (r := p.role_on(on)) and office(r.role) == office(role)}
    return next(iter(found.values())) if len(found) == 1 else None
