"""WARC crawls: every HTML or plain-text response record becomes a page."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from datetime import datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.errors import InputError
from eventwire.ingest.sniff import check_page_bytes
from eventwire.records import Page, PageFailure, PageKind

_KINDS = {"text/html": PageKind.HTML, "application/xhtml+xml": PageKind.HTML,
          "text/plain": PageKind.TEXT}


def _kind(record) -> PageKind | None:
    headers = record.http_headers
    if record.rec_type == "response" and headers is not None:
        if not headers.get_statuscode().startswith("2"):
            return None  # error pages and redirects are not articles
        mime = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        mime = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    return _KINDS.get(mime.split(";")[0].strip().lower())


def _warc_date(record) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _looks_like_warc(data: bytes) -> bool:
    """WARC files start with a version line; warcio would parse anything as an old ARC."""
    head = data[:4096]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def read_warc(data: bytes, *, source: str, fetched_at: datetime | None,
              max_bytes: int) -> Iterator[Page | PageFailure]:
    """Pages from HTML/text responses; other records (requests, images, 404s) are skipped.

    `fetched_at` is the file's time, used only when a record has no WARC-Date.
    """
    if not _looks_like_warc(data):
        yield PageFailure(source, "ingest", "bad_warc",
                          f"{source}: not a WARC file (it does not start with a WARC/ header)")
        return
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            kind = _kind(record)
            if kind is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{number}"
            try:
                body = record.content_stream().read(max_bytes + 1)
                check_page_bytes(body, source=f"{where} ({url})", max_bytes=max_bytes)
            except InputError as exc:
                yield PageFailure(where, "ingest", exc.reason, exc.message)
                continue
            yield Page.create(body, source=where, kind=kind, url=url,
                              fetched_at=_warc_date(record) or fetched_at)
    except ArchiveLoadFailed as exc:
        yield PageFailure(source, "ingest", "bad_warc", f"{source}: not a readable WARC ({exc})")

