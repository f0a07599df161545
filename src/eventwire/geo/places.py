"""The place of an event: a gazetteer place attached to the sentence by "in", "at" or "near".

Only capitalised names right after a locative preposition count ("talks in Geneva", "at
NATO headquarters in Brussels", "near the border in eastern Ukraine"), so "in December",
"in response" and "in its reply" are never places, and neither is a bare mention ("Geneva
talks", "Moscow said"): actors are not locations. Without a parse, the first place in the
sentence wins (:func:`find_place`); the event coder chooses among :func:`find_places` with
the parse (events/where.py). The dateline ("GENEVA, Jan 12 (Reuters) -") is the fallback
when the sentence names none.
"""

from __future__ import annotations

import re

from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from eventwire.records import Place, PlaceSource

DEFAULT_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "around")
# "in Moscow's view" is an opinion, not a location; "in Ukraine's east" is a place
DEFAULT_POSSESSED_NOUNS = frozenset((
    "view", "views", "opinion", "eyes", "interest", "interests", "favor", "favour", "name",
    "behalf", "response", "reply", "words", "mind", "assessment", "position", "hands",
    "absence", "account",
))

_CAP = r"[A-Z\u00C0-\u00DE][\w'’.-]*"
_CONNECTOR = r"(?:de|del|da|do|dos|la|le|el|es|al|of|on|au|ul)"
_DIRECTION = r"(?:(?:north|south)?-?(?:east|west)(?:ern)?|northern|southern|north|south|central)"
_LOCATIVE = re.compile(
    rf"\b(?i:{'|'.join(DEFAULT_PREPOSITIONS)})\s+(?:the\s+)?(?:{_DIRECTION}\s+)?"
    rf"(?P<name>{_CAP}(?:\s+(?:{_CONNECTOR}\s+)?{_CAP})*)")
_DATELINE_END = re.compile(r"\(|\s[-–—]\s|[–—]")
DEFAULT_DATELINE_PARAGRAPHS = 3
# an upper-case place then "-", or any capitalised place with an agency in brackets
_AGENCY = r"\([^()\n]{1,40}\)"
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z'’.-]{{2,}}(?:[ /][A-Z][A-Z'’.-]+){{0,3}}(?:,[^\n()]{{1,40}}?)?\s*(?:{_AGENCY})?"
    rf"|[A-Z][\w'’.-]+(?:[ /][A-Z][\w'’.-]+){{0,3}}(?:,[^\n()]{{1,40}}?)?\s*{_AGENCY})"
    r"\s*(?:[-–—]{1,2}|:)\s")


def _place(entry: GazetteerEntry, source: PlaceSource, start: int, end: int) -> Place:
    return Place(entry.name, entry.country, entry.lat, entry.lon, entry.kind, source, start,
                 end)


def _longest_prefix(text: str, offset: int, sentence: str,
                    gazetteer: Gazetteer) -> tuple[GazetteerEntry, int, int] | None:
    """The longest run of leading words of ``text`` (at ``offset``) that names a place."""
    words = list(re.finditer(r"\S+", text))[: gazetteer.max_words]
    for n in range(len(words), 0, -1):
        phrase = text[: words[n - 1].end()].rstrip(".,")
        possessive = re.search(r"['’]s$", phrase)
        if possessive:
            phrase = phrase[: possessive.start()]
            following = re.match(r"\s*(\w+)", sentence[offset + words[n - 1].end():])
            if following and following[1].lower() in DEFAULT_POSSESSED_NOUNS:
                continue
        entry = gazetteer.lookup(phrase)
        if entry:
            return entry, offset, offset + len(phrase)
    return None


def find_places(sentence: str, *, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Every gazetteer place attached to ``sentence`` by a locative preposition, in order."""
    gazetteer = gazetteer or load_gazetteer()
    places = []
    for m in _LOCATIVE.finditer(sentence):
        found = _longest_prefix(m["name"], m.start("name"), sentence, gazetteer)
        if found:
            places.append(_place(found[0], PlaceSource.SENTENCE, found[1], found[2]))
    return places


def place_from_dateline(dateline: str, *, gazetteer: Gazetteer | None = None) -> Place | None:
    """The place of a dateline: "GENEVA, Jan 12 (Reuters) -", "KYIV, Ukraine (AP) —".

    The first name (before a comma or "/") is looked up; when it is unknown, the second
    comma-separated part ("SLOVIANSK, Ukraine") is tried, which gives the country.
    """
    gazetteer = gazetteer or load_gazetteer()
    stop = _DATELINE_END.search(dateline)
    head = dateline[: stop.start() if stop else len(dateline)]
    offset = 0
    for part in head.split(",")[:2]:
        name = part.split("/")[0].strip()
        entry = gazetteer.lookup(name) if name else None
        if entry:
            start = dateline.index(name, offset)
            return _place(entry, PlaceSource.DATELINE, start, start + len(name))
        offset += len(part) + 1
    return None


def find_dateline(text: str, *, paragraphs: int = DEFAULT_DATELINE_PARAGRAPHS,
                  ) -> tuple[int, str] | None:
    """The dateline opening one of the first ``paragraphs`` lines of an article ("GENEVA,
    Jan 12 (Reuters) -", "KYIV, Ukraine (AP) —", "Moscow, Jan 12 (IANS):"), with its offset
    in ``text``. A title line may come first, so the search does not stop at line one."""
    offset = 0
    for line in text.split("\n")[: paragraphs * 2]:  # paragraphs are split by blank lines
        match = _DATELINE.match(line)
        if match:
            return offset, match[0]
        offset += len(line) + 1
    return None


def find_place(sentence: str, *, dateline: str | None = None,
               gazetteer: Gazetteer | None = None) -> Place | None:
    """The place of the event a sentence reports.

    Args:
        sentence: the sentence text; offsets in the result index it.
        dateline: the article's dateline, used when the sentence names no place.
        gazetteer: defaults to the packaged one (:func:`load_gazetteer`).

    Returns:
        The first place the sentence attaches with in/at/near/outside/inside/around, else
        the dateline's place, else None (no place, or only names the gazetteer lacks).
    """
    places = find_places(sentence, gazetteer=gazetteer)
    if places:
        return places[0]
    return place_from_dateline(dateline, gazetteer=gazetteer) if dateline else None
