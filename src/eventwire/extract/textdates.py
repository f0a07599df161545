"""Publication date of a text-dump article, from the lines around its body.

Evidence, strongest first: a "Published:" line (the published date, the updated one only
when nothing else is given), a date in the byline block, a dateline opening the body, a
date in the URL, and last a page or crawl header date ("date 2022-01-30", "Retrieved ...",
a "today" strip with the weather), which is the day the page was seen, not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from eventwire.extract.agencies import load_wires
from eventwire.extract.bylines import parse_byline
from eventwire.extract.datestrings import (
    MONTHS,
    find_dates,
    find_month_day,
    most_recent,
    parse_date,
    shift,
)
from eventwire.records import DateSource, PublishedDate

DEFAULT_DATELINE_SLACK_DAYS = 1  # a dateline may be a day ahead of a UTC crawl stamp or URL
DEFAULT_SHORT_LINE = 100

_PUBLISHED = re.compile(
    r"\b(?:first published|published|posted|publication date|date published|released|"
    r"issued|created|date\s*:)(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.I,
)
_UPDATED = re.compile(
    r"\b(?:last updated|last modified|updated|modified|edited|revised)(?:\s+(?:on|at))?"
    r"\s*[:\-–—]?\s*",
    re.I,
)
# Lines that date the page view rather than the story.
_PAGE_DATE = re.compile(
    r"^\W*(?:date\b(?!\s*:)|crawl(?:ed)?\b|retrieved\b|fetched\b|accessed\b|archived\b"
    r"|captured\b|downloaded\b|saved\b|today\b)|°|\b(?:weather|today is)\b",
    re.I,
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_TIME = r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)"
# What may stand beside a date in a bare date line: weekday, time, zone, separators.
_DATE_LINE_RESIDUE = re.compile(
    rf"\b{_WEEKDAY}\b|{_TIME}|\b(?:[A-Z][A-Za-z]{{1,4}}T|UTC|GMT)(?:[+-]\d{{1,2}})?\b|[\s,|/:.()-]+",
    re.I,
)
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}\s*,\s*(?P<date>[^()\n/—–]{3,30}?)\s*"
    r"(?:\(|/|[-—–]{1,2}\s|:)"
)
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>0[1-9]|1[0-2]|[a-z]{3})[/-]?(?P<d>0[1-9]|[12]\d|3[01])(?:/|[^\d]|$)",
    re.I,
)


def _labelled_dates(line: str, now: datetime | None) -> tuple[list[date], list[date]]:
    """(published, updated) dates of one line; a date must follow its label directly."""
    labels = sorted(
        [(m.start(), m.end(), True) for m in _PUBLISHED.finditer(line)]
        + [(m.start(), m.end(), False) for m in _UPDATED.finditer(line)]
    )
    published, updated = [], []
    for i, (_, end, is_published) in enumerate(labels):
        stop = labels[i + 1][0] if i + 1 < len(labels) else len(line)
        if value := parse_date(line[end:stop][:60], relative_base=now):
            (published if is_published else updated).append(value)
    return published, updated


def _published_lines(lines: Iterable[str], now: datetime | None) -> tuple[date | None, date | None]:
    """First (published, updated) dates of labelled lines such as "Published: 30 Jan 2022"."""
    published, updated = [], []
    for line in lines:
        if len(line) <= 2 * DEFAULT_SHORT_LINE and not _PAGE_DATE.search(line):
            found = _labelled_dates(line, now)
            published += found[0]
            updated += found[1]
    return (published or [None])[0], (updated or [None])[0]


def _is_bare_date_line(line: str) -> bool:
    """A line that is only a date, perhaps with weekday, time and zone: "12 Jan, 2022, 5 pm"."""
    if len(line) > DEFAULT_SHORT_LINE or not find_dates(line):
        return False
    rest = re.sub(_TIME, " ", line, flags=re.I)
    rest = re.sub(r"\d+(?:st|nd|rd|th)?|\bof\b", " ", rest)
    rest = re.sub(r"\b[a-z]{3,9}\b\.?", _month_or_keep, rest, flags=re.I)
    return not _DATE_LINE_RESIDUE.sub("", rest).strip()


def _month_or_keep(match: re.Match[str]) -> str:
    return "" if match.group(0).lower().rstrip(".") in MONTHS else match.group(0)


def _byline_date(header: Sequence[str]) -> date | None:
    """A date in the byline block: "Jane Doe | 26.01.2022" or a bare "12 January, 2022"."""
    wires = load_wires()
    for line in header:
        if _PAGE_DATE.search(line) or _PUBLISHED.search(line) or _UPDATED.search(line):
            continue
        byline = parse_byline(line, wires)
        dated = (byline and byline.has_date) or _is_bare_date_line(line)
        if dated and (value := parse_date(line)):
            return value
    return None


def _page_date(header: Sequence[str]) -> date | None:
    """The weak page/crawl header date, for a missing year or as the last resort."""
    for line in header:
        if _PAGE_DATE.search(line) and (value := parse_date(line)):
            return value
    return None


def url_date(url: str | None) -> date | None:
    """A date in a URL path: /2022/01/30/, /2022-01-30-, /20220130/, /2022/jan/30/."""
    for match in _URL_DATE.finditer(url or ""):
        month = match["m"]
        number = int(month) if month.isdigit() else MONTHS.get(month.lower())
        if number and (value := parse_date(f"{match['y']}-{number:02d}-{match['d']}")):
            return value
    return None


def _dateline_date(body: Sequence[str], references: Sequence[tuple[date, int]]) -> date | None:
    """ "GENEVA, Jan 12 (Reuters) -": a full date, or month and day placed in a year."""
    for paragraph in body[:2]:
        if not (match := _DATELINE.match(paragraph)):
            continue
        if value := parse_date(match["date"]):
            return value
        if (month_day := find_month_day(match["date"])) and references:
            reference, slack = references[0]
            return most_recent(*month_day, shift(reference, slack))
    return None


def _not_after(value: date | None, limit: date | None) -> date | None:
    return value if value and (limit is None or value <= limit) else None


def find_text_date(
    *,
    header: Sequence[str],
    body: Sequence[str],
    url: str | None = None,
    fetched_at: datetime | None = None,
) -> PublishedDate:
    """Publication date of an article from its header lines, body opening and URL.

    Args:
        header: non-body lines before the body (title, bylines, date lines, page header).
        body: the article paragraphs; only the first few are read (dateline, stray labels).
        url: the page's address, for /YYYY/MM/DD/ paths.
        fetched_at: when the page was fetched; no date after it is ever returned.

    Returns:
        The date and where it came from; ``DateSource.NONE`` with no value when nothing fits.
    """
    limit = fetched_at.date() if fetched_at else None
    page, from_url = _not_after(_page_date(header), limit), _not_after(url_date(url), limit)
    references = [(d, DEFAULT_DATELINE_SLACK_DAYS) for d in (from_url, page) if d]
    references += [(limit, 0)] if limit else []
    short_body = [p for p in body[:3] if len(p) <= DEFAULT_SHORT_LINE]
    published, updated = _published_lines([*header, *short_body], fetched_at)
    # An "Updated" stamp comes after a bare byline date, which is usually the first version.
    candidates = (
        (DateSource.PUBLISHED_LINE, lambda: published),
        (DateSource.BYLINE, lambda: _byline_date(header)),
        (DateSource.PUBLISHED_LINE, lambda: updated),
        (DateSource.DATELINE, lambda: _dateline_date(body, references)),
        (DateSource.URL, lambda: from_url),
        (DateSource.TEXT, lambda: page),
    )
    for source, find in candidates:
        if value := _not_after(find(), limit):
            return PublishedDate(value, source)
    return PublishedDate(None, DateSource.NONE)
