"""Reading calendar dates out of short strings: regexes first, dateparser as a fallback.

dateparser costs ~2.5 ms a call, so it only sees short candidate strings that the regexes
could not read but that carry a four-digit year (or a relative time with a base to count
from).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import dateparser

DEFAULT_MIN_YEAR = 1990  # older dates in a news page are history, not publication
DEFAULT_MAX_CANDIDATE = 60  # characters handed to dateparser

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})\b"),  # 2022-01-30
    re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.{_YEAR}\b"),  # 26.01.2022, day first
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 30 Jan 2022
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # January 30, 2022
    re.compile(rf"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}\b"),  # 01/30/2022 or 30/01/2022
)
_MONTH_DAY = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*[,:]?\s*\d)", re.I),  # Jan 12 (no year after)
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?![\w,]*\s*\d)", re.I),  # 12 January
)
_RELATIVE = re.compile(r"\b(?:ago|yesterday|today)\b", re.I)
_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found.year >= DEFAULT_MIN_YEAR else None


def _from_match(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("a"):  # slashed: day first when the first number cannot be a month
        a, b = int(parts["a"]), int(parts["b"])
        return _valid(year, b, a) if a > 12 else _valid(year, a, b)
    month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["m"])
    return _valid(year, month, int(parts.get("day") or parts["d"]))


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every full date (with a year) in ``text``, as (position, date), in reading order."""
    found: dict[int, date] = {}
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if (value := _from_match(match)) and match.start() not in found:
                found[match.start()] = value
    return sorted(found.items())


def _dateparser(text: str, relative_base: datetime | None) -> date | None:
    settings = dict(_SETTINGS, DATE_ORDER="DMY") if re.search(r"\d\.\d", text) else _SETTINGS
    if relative_base is not None:
        settings = dict(settings, RELATIVE_BASE=relative_base)
    parsed = dateparser.parse(text[:DEFAULT_MAX_CANDIDATE], languages=["en"], settings=settings)
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None


def parse_date(text: str, *, relative_base: datetime | None = None) -> date | None:
    """The first full date in ``text``; dateparser only for what the regexes cannot read."""
    if found := find_dates(text):
        return found[0][1]
    if re.search(r"\b(?:19|20)\d{2}\b", text) or (relative_base and _RELATIVE.search(text)):
        return _dateparser(text.strip(" :-–—|,"), relative_base)
    return None


def find_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without a year: "Jan 12", "12 January"."""
    for pattern in _MONTH_DAY:
        if match := pattern.search(text):
            month, day = MONTHS[match["month"].lower()], int(match["day"])
            if _valid(2000, month, day):  # 2000 is a leap year: Feb 29 passes
                return month, day
    return None


def most_recent(month: int, day: int, reference: date) -> date | None:
    """The latest date with this month and day that is not after ``reference``."""
    for year in range(reference.year, reference.year - 5, -1):
        if (found := _valid(year, month, day)) and found <= reference:
            return found
    return None


def shift(value: date, days: int) -> date:
    return value + timedelta(days=days)
