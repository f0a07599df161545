"""Pages from URLs and RSS/Atom feeds, fetched only when the user names them.

All network access goes through the `Fetcher` protocol so tests can hand in a fake
(httpx's MockTransport) and nothing else in eventwire touches the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import feedparser
import httpx

from eventwire.errors import InputError
from eventwire.ingest.hints import make_hints
from eventwire.ingest.sniff import DEFAULT_MAX_BYTES, check_page_bytes, too_large
from eventwire.records import Page, PageFailure, PageHints, PageKind

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_FEED_ENTRIES = 200
USER_AGENT = "eventwire/0.1 (+news event extraction; fetches only URLs its user gave it)"

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
               "application/rdf+xml")


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    content: bytes
    fetched_at: datetime


class Fetcher(Protocol):
    def fetch(self, url: str) -> Fetched: ...


class HttpFetcher:
    """httpx with a timeout, redirects followed and a cap on the bytes read."""

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
                 transport: httpx.BaseTransport | None = None):
        self._max_bytes = max_bytes
        self._client = httpx.Client(timeout=timeout, follow_redirects=True, transport=transport,
                                    headers={"User-Agent": USER_AGENT})

    def fetch(self, url: str) -> Fetched:
        try:
            with self._client.stream("GET", url) as response:
                response.raise_for_status()
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self._max_bytes:
                        raise too_large(url, len(body), self._max_bytes)
                return Fetched(str(response.url), response.headers.get("content-type", ""),
                               bytes(body), datetime.now(tz=UTC))
        except httpx.HTTPStatusError as exc:
            raise InputError(f"{url}: the server answered {exc.response.status_code}",
                             reason="http_status") from exc
        except httpx.TimeoutException as exc:
            raise InputError(f"{url}: timed out (try again, or raise --timeout)",
                             reason="timeout") from exc
        except httpx.HTTPError as exc:
            raise InputError(f"{url}: could not be fetched ({exc})", reason="fetch") from exc

    def close(self) -> None:
        self._client.close()


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _looks_like_feed(fetched: Fetched) -> bool:
    mime = fetched.content_type.split(";")[0].strip().lower()
    if mime in _FEED_TYPES:
        return True
    head = fetched.content[:512].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def _kind(fetched: Fetched) -> PageKind:
    return PageKind.TEXT if fetched.content_type.startswith("text/plain") else PageKind.HTML


def _page(fetched: Fetched, *, source: str, hints: PageHints, max_bytes: int) -> Page:
    check_page_bytes(fetched.content, source=source, max_bytes=max_bytes)
    return Page.create(fetched.content, source=source, kind=_kind(fetched), url=fetched.url,
                       fetched_at=fetched.fetched_at, hints=hints)


def _feed_pages(fetched: Fetched, fetcher: Fetcher, *, max_bytes: int,
                max_entries: int) -> Iterator[Page | PageFailure]:
    feed = feedparser.parse(fetched.content)
    if not feed.entries:
        yield PageFailure(fetched.url, "ingest", "empty_feed",
                          f"{fetched.url}: a feed with no entries")
        return
    for entry in feed.entries[:max_entries]:
        link = entry.get("link")
        if not link:
            continue
        hints = make_hints(entry.get("title"),
                           entry.get("published_parsed") or entry.get("updated_parsed"))
        try:
            yield _page(fetcher.fetch(link), source=link, hints=hints, max_bytes=max_bytes)
        except InputError as exc:
            yield PageFailure(link, "ingest", exc.reason, exc.message)


def read_url(url: str, fetcher: Fetcher, *, max_bytes: int = DEFAULT_MAX_BYTES,
             max_entries: int = DEFAULT_MAX_FEED_ENTRIES) -> Iterator[Page | PageFailure]:
    """The page at `url`; for an RSS/Atom feed, the page behind each entry."""
    try:
        fetched = fetcher.fetch(url)
        if _looks_like_feed(fetched):
            yield from _feed_pages(fetched, fetcher, max_bytes=max_bytes, max_entries=max_entries)
        else:
            yield _page(fetched, source=url, hints=PageHints(), max_bytes=max_bytes)
    except InputError as exc:
        yield PageFailure(url, "ingest", exc.reason, exc.message)
