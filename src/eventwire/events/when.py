"""When an event happened: date expressions in a sentence, resolved against the publication date.

Regexes find the candidates and plain calendar arithmetic resolves them (no dateparser call:
every expression handled here has one reading relative to the publication date, and
arithmetic is ~1000x faster and deterministic). Decisions:

- **News reports the past.** A bare weekday, month-day or month is its most recent
  occurrence on or before the publication date ("on Sunday" published Sunday 2022-01-30 is
  2022-01-30, "on Friday" is 2022-01-28, "in December" published 2022-01-12 is 2021-12).
- **Future cues flip that** to the next occurrence on or after publication: "next" or
  "coming" before the expression, or "will", "would", "plans to", "is due to", "scheduled",
  "expected to", "set to"... in the same clause before it (or after it, when the expression
  opens the clause: "On Friday, the ministers will meet"). Clauses end at , ; : and at
  reporting verbs, so in "Russia said on Friday it will ..." the "will" does not reach back.
  "last <weekday>" and "last <month>" are strictly before the publication day or month.
- **Precision.** Days are ``day``; "last week" / "earlier this week" are ``week`` (value: the
  Monday); "last month", "in December" are ``month`` (value: the 1st); "last year",
  "in 2014" are ``year`` (value: 1 January).
- **Not the event's date**: expressions after "since", "until", "till", "by", "before",
  "after", "through", "from", "ahead of", "prior to" (anchors and deadlines: "since 2014",
  "by 2030"); decades ("the 1990s") and bare years used as modifiers ("the 2014 annexation")
  are never candidates — a year counts only after "in" or "during".
- **One date per sentence.** The most precise candidate wins, the earliest on ties; with
  ``near`` (the predicate's offset) the candidate closest to it wins instead.
- **Text** is the whole expression with its preposition: "on Sunday", "in December".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.records import DateOrigin, Precision

DEFAULT_EXCLUDED_BEFORE = ("since", "until", "till", "by", "before", "after", "through",
                           "from", "ahead of", "prior to")

_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name[:3]: i for name, i in _MONTHS.items()} | {"Sept": 9}
_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_FULL_MONTH = "|".join(calendar.month_name[1:])
_MON = rf"(?P<mon>{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d]|s\b|-\d)"
_WD = "|".join(calendar.day_name)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ON = r"(?:(?P<prep>(?i:on|in|during|of))\s+)?"


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date and where it came from; ``start``/``end`` index the sentence."""

    value: date | None
    source: DateOrigin
    precision: Precision | None
    text: str | None  # the expression as written, None unless source is "sentence"
    start: int | None
    end: int | None  # exclusive


def _clamp_day(year: int, month: int, day: int) -> date | None:
    return date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None


def _month_start(day: date, months_back: int) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# A resolver takes the match, the publication date and the direction (-1 past, +1 future)
# and returns (value, precision), or None when the expression names no real date.
Resolved = tuple[date, Precision] | None


def _full_date(m: re.Match, pub: date | None, way: int) -> Resolved:
    day = _clamp_day(int(m["year"]), _MONTHS[m["mon"].rstrip(".")], int(m["day"]))
    return (day, Precision.DAY) if day else None


def _month_day(m: re.Match, pub: date, way: int) -> Resolved:
    month, day = _MONTHS[m["mon"].rstrip(".")], int(m["day"])
    for year in range(pub.year, pub.year + 8 * way, way):  # 8 years reach a 29 February
        found = _clamp_day(year, month, day)
        if found and (found - pub).days * way >= 0:
            return found, Precision.DAY
    return None


def _month_year(m: re.Match, pub: date | None, way: int) -> Resolved:
    return date(int(m["year"]), _MONTHS[m["mon"]], 1), Precision.MONTH


def _month(m: re.Match, pub: date, way: int) -> Resolved:
    month, mod = _MONTHS[m["mon"]], (m["mod"] or "").lower()
    strict = mod in ("last", "next")
    offset = (month - pub.month) * way  # months ahead (future) or back (past), this year
    year = pub.year if offset > 0 or (offset == 0 and not strict) else pub.year + way
    return date(year, month, 1), Precision.MONTH


def _year(m: re.Match, pub: date | None, way: int) -> Resolved:
    return date(int(m["year"]), 1, 1), Precision.YEAR


def _weekday(m: re.Match, pub: date, way: int) -> Resolved:
    ahead = (_WEEKDAYS[m["wd"]] - pub.weekday()) * way % 7  # days to go in direction `way`
    if ahead == 0 and (m["mod"] or "").lower() in ("last", "next", "past", "coming"):
        ahead = 7
    return pub + timedelta(days=ahead * way), Precision.DAY


def _ago(m: re.Match, pub: date, way: int) -> Resolved:
    n, unit = _NUMBERS.get(m["n"].lower()) or int(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "day":
        return pub - timedelta(days=n), Precision.DAY
    if unit == "week":
        return _monday(pub - timedelta(weeks=n)), Precision.WEEK
    if unit == "month":
        return _month_start(pub, n), Precision.MONTH
    return date(pub.year - n, 1, 1), Precision.YEAR


_RELATIVE: dict[str, Callable[[date], tuple[date, Precision]]] = {
    "yesterday": lambda p: (p - timedelta(days=1), Precision.DAY),
    "last night": lambda p: (p - timedelta(days=1), Precision.DAY),
    "today": lambda p: (p, Precision.DAY),
    "tonight": lambda p: (p, Precision.DAY),
    "this morning": lambda p: (p, Precision.DAY),
    "this afternoon": lambda p: (p, Precision.DAY),
    "this evening": lambda p: (p, Precision.DAY),
    "earlier today": lambda p: (p, Precision.DAY),
    "tomorrow": lambda p: (p + timedelta(days=1), Precision.DAY),
    "this week": lambda p: (_monday(p), Precision.WEEK),
    "last week": lambda p: (_monday(p) - timedelta(weeks=1), Precision.WEEK),
    "next week": lambda p: (_monday(p) + timedelta(weeks=1), Precision.WEEK),
    "this month": lambda p: (_month_start(p, 0), Precision.MONTH),
    "last month": lambda p: (_month_start(p, 1), Precision.MONTH),
    "next month": lambda p: (_month_start(p, -1), Precision.MONTH),
    "this year": lambda p: (date(p.year, 1, 1), Precision.YEAR),
    "last year": lambda p: (date(p.year - 1, 1, 1), Precision.YEAR),
    "next year": lambda p: (date(p.year + 1, 1, 1), Precision.YEAR),
}


def _relative(m: re.Match, pub: date, way: int) -> Resolved:
    return _RELATIVE[" ".join(m["rel"].lower().split())](pub)


_REL = "|".join(sorted((k.replace(" ", r"\s+") for k in _RELATIVE), key=len, reverse=True))
_MOD = r"(?:(?P<mod>(?i:last|next|this|coming|past|early|late|mid-))\s*)?"

# (pattern, resolver, needs a publication date)
_PATTERNS: tuple[tuple[re.Pattern, Callable[..., Resolved], bool], ...] = (
    (re.compile(rf"{_ON}{_MON}\s+{_DAY},?\s+{_YEAR}"), _full_date, False),
    (re.compile(rf"{_ON}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}"), _full_date, False),
    (re.compile(rf"{_ON}{_MON}\s+{_DAY}"), _month_day, True),
    (re.compile(rf"{_ON}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}"), _month_day, True),
    (re.compile(rf"{_ON}(?P<mon>{_FULL_MONTH}),?\s+{_YEAR}"), _month_year, False),
    (re.compile(rf"(?:(?P<prep>(?i:in|during))\s+|(?=(?i:last|next|early|late|mid-)))"
                rf"{_MOD}(?P<mon>{_FULL_MONTH})\b"), _month, True),
    (re.compile(rf"(?P<prep>(?i:in|during))\s+(?:(?:early|late|mid-)\s*)?{_YEAR}"), _year, False),
    (re.compile(rf"(?:(?P<prep>(?i:on))\s+)?{_MOD}(?P<wd>{_WD})\b{_PART}"), _weekday, True),
    (re.compile(rf"\b(?:(?i:earlier|later)\s+)?(?P<rel>(?i:{_REL}))\b"), _relative, True),
    (re.compile(r"\b(?P<n>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))\s+"
                r"(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b"), _ago, True),
)

_EXCLUDED = re.compile(rf"\b(?:{'|'.join(DEFAULT_EXCLUDED_BEFORE)})\s+$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:]|\b(?:said|says|told|announced|added|stated|reported)\b")
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|would|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|"
    r"(?:is|are|was|were)\s+due\s+to|scheduled|expected\s+to|set\s+to|going\s+to|"
    r"to\s+be\s+held|upcoming)\b|\w'll\b", re.IGNORECASE)


def _clause_has_future_cue(sentence: str, start: int, end: int) -> bool:
    """Whether the clause holding [start, end) is about the future (see module docstring)."""
    before = sentence[:start]
    cut = max((b.end() for b in _BOUNDARY.finditer(before)), default=0)
    window = before[cut:]
    opens_clause = not before[:cut].strip() or before[:cut].rstrip()[-1] in ",;:"
    if opens_clause and not re.search(r"\w", window):  # "On Friday, X will ...": read on
        after = sentence[end:].lstrip(" ,")
        stop = _BOUNDARY.search(after) or re.search(r"\bthat\b", after)
        window = after[: stop.start() if stop else len(after)]
    return bool(_FUTURE.search(window))


def _direction(sentence: str, m: re.Match) -> int:
    mod = (m.groupdict().get("mod") or "").lower()
    if mod in ("next", "coming"):
        return 1
    if mod in ("last", "past"):
        return -1
    return 1 if _clause_has_future_cue(sentence, m.start(), m.end()) else -1


def _candidates(sentence: str) -> list[re.Match]:
    """Non-overlapping matches, leftmost first, the longest where several start together."""
    found = [m for pattern, _, _ in _PATTERNS for m in pattern.finditer(sentence)
             if not _EXCLUDED.search(sentence[max(0, m.start() - 20) : m.start()])]
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


_RESOLVERS = {pattern: (resolve, needs_pub) for pattern, resolve, needs_pub in _PATTERNS}


def find_event_dates(sentence: str, published: date | None) -> list[EventDate]:
    """Every date expression in ``sentence`` that may date its event, in order.

    Expressions that need the publication date get ``value=None, source="none"`` when
    ``published`` is None. Expressions naming no real date ("February 30") are left out.
    """
    dates = []
    for m in _candidates(sentence):
        resolve, needs_pub = _RESOLVERS[m.re]
        text, start, end = m.group(), m.start(), m.end()
        if needs_pub and published is None:
            dates.append(EventDate(None, DateOrigin.NONE, None, text, start, end))
            continue
        resolved = resolve(m, published, _direction(sentence, m))
        if resolved:
            dates.append(EventDate(resolved[0], DateOrigin.SENTENCE, resolved[1], text,
                                   start, end))
    return dates


_RANK = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.YEAR: 3}


def resolve_event_date(sentence: str, published: date | None, *,
                       near: int | None = None) -> EventDate:
    """The date of the event a sentence reports.

    Args:
        sentence: the sentence text; offsets in the result index it.
        published: the article's publication date, the base for relative expressions.
        near: offset of the event's predicate; when given, the resolved expression closest
            to it wins, else the most precise one (the earliest on ties).

    Returns:
        The sentence's date (source "sentence"), else the publication date (source
        "published", precision day), else an EventDate with source "none" and no value
        (carrying the unresolvable expression's text and offsets, when there was one).
    """
    found = find_event_dates(sentence, published)
    resolved = [d for d in found if d.value is not None]
    if resolved:
        if near is None:
            return min(resolved, key=lambda d: _RANK[d.precision])
        return min(resolved, key=lambda d: min(abs(d.start - near), abs(d.end - near)))
    if published is not None:
        return EventDate(published, DateOrigin.PUBLISHED, Precision.DAY, None, None, None)
    return found[0] if found else EventDate(None, DateOrigin.NONE, None, None, None, None)
