"""Bylines: short header lines that name who wrote a story ("By Jane Doe | 26.01.2022").

A byline is split into segments at separators; each segment is a person name, an agency,
a date or time, a job title, or something else. Only person names become authors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.extract.agencies import WireLexicon

DEFAULT_MAX_BYLINE_CHARS = 120
DEFAULT_MAX_SEGMENT_WORDS = 6  # a longer segment is prose, not a credit
DEFAULT_MAX_DATE_CHARS = 36  # "Wednesday 26 January 2022, 05:20 pm GMT"

_BY = re.compile(
    r"^(?:by|written by|words by|story by|author|authors|reporter|reported by|text)\b\s*:?\s*",
    re.I,
)
_SEPARATORS = re.compile(r"\s*(?:\||/|,|;|·|•|\(|\)|\s[-–—]\s|\band\b|&|\bwith\b)\s*", re.I)
# A digit or a relative-time word marks a date or time segment; month names alone do not
# ("June Carter", "May Smith" are people).
_DATEISH = re.compile(r"\d|\b(?:today|yesterday|ago|updated|published|posted)\b", re.I)
_PLACE_SUFFIX = re.compile(r"\s+(?:in|from)\s+[A-Z][\w .'’-]*$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make a capitalised phrase a role, a desk or a place-holder, not a person.
_NOT_NAME_WORDS = _words(
    """staff reporter reporters correspondent correspondents editor editors editorial desk
    news newsroom agency agencies service team bureau online web digital writer writers
    contributor contributors senior chief special political diplomatic foreign defence
    defense security report press media times daily post herald tribune journal gazette
    observer minister president secretary spokesperson spokesman spokeswoman analyst
    columnist commentator photographer photo photos video pictures image images file
    international national world europe africa asia americas middle east correspondent
    our your the a an in at of for from on this that admin administrator guest author
    contributing associate managing deputy executive director head business politics
    sport sports opinion comment comments share related topics latest more read most
    home menu live updates breaking headlines features panorama"""
)
_PARTICLES = _words("de da del della di du van von der den ter bin binti ibn al el le la")
_NAME_TOKEN = re.compile(r"^(?:(?:al|el|ad|ar|as|an)-)?[^\W\d_][^\W\d_'’.-]*(?:[-'’.][^\W\d_]*)*$")


@dataclass(frozen=True, slots=True)
class Byline:
    """What one byline line says: the people, the agency and the raw date text in it."""

    line: str
    authors: tuple[str, ...]
    wire: str | None
    has_date: bool  # a date or time stands in the line: textdates parses ``line`` for it


def _normalise_case(token: str) -> str:
    # "JANE DOE" -> "Jane Doe": all-caps bylines are common in print-style templates.
    return token.capitalize() if token.isupper() and len(token) > 1 else token


def person_name(text: str) -> str | None:
    """``text`` as a person's name ("Jane Doe", "Ana de la Cruz"), or None."""
    text = re.sub(r"\s+", " ", text.strip(" .,:;\t"))
    words = [_normalise_case(w) for w in text.split(" ") if w]
    if not 2 <= len(words) <= 5:
        return None
    for word in words:
        if word.lower() in _PARTICLES and word is not words[0]:
            continue
        bare = re.sub(r"^(?:al|el|ad|ar|as|an)-", "", word)
        if word.lower().strip(".") in _NOT_NAME_WORDS or not _NAME_TOKEN.match(word):
            return None
        if not bare[:1].isupper():
            return None
    if len([w for w in words if len(w.strip(".")) > 1]) < 2:
        return None  # "J. K." alone is initials, not a name
    return " ".join(words)


def _split(text: str) -> list[str]:
    return [part for part in _SEPARATORS.split(text) if part and part.strip()]


def split_names(text: str) -> tuple[str, ...]:
    """Person names in a free author string ("Jane Doe and John Roe; Staff")."""
    names = (person_name(_PLACE_SUFFIX.sub("", _BY.sub("", part))) for part in _split(text))
    return tuple(dict.fromkeys(n for n in names if n))


def parse_byline(line: str, wires: WireLexicon) -> Byline | None:
    """Read ``line`` as a byline, or None when it does not look like one.

    A line counts when it is short, made only of names, agencies, dates and roles, names a
    person or an agency, and is marked ("By ...") or pairs the credit with a date or an
    agency: a lone capitalised pair such as "Middle East" could be a section label.
    """
    line = line.strip()
    if not line or len(line) > DEFAULT_MAX_BYLINE_CHARS or line.endswith(("?", "!")):
        return None
    marked = bool(_BY.match(line))
    authors, wire, has_date, other = [], None, False, 0
    for part in _split(_BY.sub("", line)):
        part = _PLACE_SUFFIX.sub("", part)
        if len(part.split()) > DEFAULT_MAX_SEGMENT_WORDS:
            return None  # prose, e.g. a dateline opening a paragraph
        if agency := _agency(part, wires):
            wire = wire or agency
        elif _DATEISH.search(part) and len(part) <= DEFAULT_MAX_DATE_CHARS:
            has_date = True
        elif name := person_name(part):
            authors.append(name)
        elif not _is_role(part):
            other += 1  # a place or desk name: "By Jane Doe, Geneva"
    credited = bool(authors or wire)
    if not (credited and (marked or has_date or (authors and wire))) or other > len(authors):
        return None
    return Byline(line, tuple(dict.fromkeys(authors)), wire, has_date)


def _agency(part: str, wires: WireLexicon) -> str | None:
    """An agency segment, also when a role follows it: "Reuters Staff", "AP Writer"."""
    if found := wires.lookup(part):
        return found
    words = part.split()
    while words and words[-1].lower().strip(".") in _NOT_NAME_WORDS:
        words.pop()
    return wires.lookup(" ".join(words)) if words and len(words) < len(part.split()) else None


def _is_role(part: str) -> bool:
    words = part.lower().replace(".", "").split()
    return bool(words) and all(w in _NOT_NAME_WORDS or w in _PARTICLES for w in words)


def find_bylines(lines: Iterable[str], wires: WireLexicon) -> list[Byline]:
    """Every line of ``lines`` that reads as a byline, in order."""
    return [b for b in (parse_byline(line, wires) for line in lines) if b]
