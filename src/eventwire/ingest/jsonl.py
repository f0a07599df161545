"""JSONL crawls: one page per line with `html` or `text`, optional `url`, `title`, `published`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

from eventwire.errors import InputError
from eventwire.ingest.hints import make_hints
from eventwire.ingest.sniff import check_page_bytes
from eventwire.records import Page, PageFailure, PageKind


def _page(record: object, *, source: str, fetched_at: datetime | None,
          max_bytes: int) -> Page:
    if not isinstance(record, dict):
        raise InputError(f"{source}: a line must be a JSON object", reason="bad_json")
    html, text = record.get("html"), record.get("text")
    body, kind = (html, PageKind.HTML) if isinstance(html, str) and html.strip() else (
        text, PageKind.TEXT)
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{source}: no `html` or `text` field with content", reason="empty")
    data = body.encode("utf-8")
    check_page_bytes(data, source=source, max_bytes=max_bytes)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return Page.create(data, source=source, kind=kind, url=url, fetched_at=fetched_at,
                       hints=make_hints(record.get("title"), record.get("published")))


def read_jsonl(data: bytes, *, source: str, fetched_at: datetime | None,
               max_bytes: int) -> Iterator[Page | PageFailure]:
    """Each non-blank line becomes a Page (source `file:LINE`) or a PageFailure."""
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise InputError(f"{where}: not valid JSON ({exc})", reason="bad_json") from exc
            yield _page(record, source=where, fetched_at=fetched_at, max_bytes=max_bytes)
        except InputError as exc:
            yield PageFailure(where, "ingest", exc.reason, exc.message)
