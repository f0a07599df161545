"""Metadata that travels with a page (JSONL fields, feed entries), read into PageHints."""

from __future__ import annotations

import time
from datetime import date, datetime

from eventwire.records import PageHints


def parse_hint_date(value: object) -> date | None:
    """An ISO date or datetime string (a trailing Z allowed), or a feed's struct_time."""
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def make_hints(title: object, published: object) -> PageHints:
    clean_title = title.strip() if isinstance(title, str) and title.strip() else None
    return PageHints(title=clean_title, published=parse_hint_date(published))
