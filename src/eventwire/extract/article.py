"""The extract stage: a Page in, one Article out (or an error saying why not)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.extract.credits import find_credits
from eventwire.extract.html import extract_html
from eventwire.extract.language import detect_language
from eventwire.extract.textdates import find_text_date
from eventwire.extract.textdump import clean_text
from eventwire.ingest.sniff import decode_text
from eventwire.records import (
    Article,
    Credits,
    DateSource,
    Page,
    PageKind,
    PublishedDate,
    Span,
)

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class _Found:
    """What one reader found in a page, before hints and language are applied."""

    url: str | None
    title: str | None
    paragraphs: tuple[str, ...]
    credits: Credits
    published: PublishedDate
    method: str


def _join(paragraphs: Sequence[str]) -> tuple[str, tuple[Span, ...]]:
    spans: list[Span] = []
    offset = 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), tuple(spans)


def _from_html(page: Page) -> _Found:
    found = extract_html(page.content, url=page.url)
    url = page.url or found.url  # a saved page knows its address only from its markup
    credits = find_credits(header=(), body=found.paragraphs, footer=(), url=url,
                           author_hint=found.author, sitename_hint=found.sitename)
    published = found.published
    if published.value is None:  # no date in the markup: look for datelines in the text
        published = find_text_date(header=(), body=found.paragraphs, url=url,
                                   fetched_at=page.fetched_at)
    return _Found(url, found.title, found.paragraphs, credits, published, found.method)


def _from_text(page: Page) -> _Found:
    dump = clean_text(decode_text(page.content, source=page.source))
    credits = find_credits(header=dump.header, body=dump.paragraphs, footer=dump.footer,
                           url=page.url)
    published = find_text_date(header=dump.header, body=dump.paragraphs, url=page.url,
                               fetched_at=page.fetched_at)
    return _Found(page.url, dump.title, dump.paragraphs, credits, published, "textdump")


def extract_article(page: Page) -> Article:
    """Extract the article in `page`.

    Raises:
        ExtractionError: the page has no article text (a link list, an empty template).
        InputError: the page bytes cannot be decoded.
    """
    reader = _from_html if page.kind is PageKind.HTML else _from_text
    found = reader(page)
    published = found.published
    if page.hints.published is not None:  # a date given with the page (feed, JSONL) wins
        published = PublishedDate(page.hints.published, DateSource.HINT)
    text, spans = _join(found.paragraphs)
    return Article(
        id=page.id,
        source=page.source,
        url=found.url,
        title=page.hints.title or found.title,
        text=text,
        paragraphs=spans,
        published=published.value,
        date_source=published.source,
        outlet=found.credits.outlet,
        wire=found.credits.wire,
        authors=found.credits.authors,
        language=detect_language(text),
        extractor=found.method,
    )
