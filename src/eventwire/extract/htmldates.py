"""Publication date of an HTML page: structured data, the address, a "Published" line, htmldate.

htmldate (extensive search, original date) decides the value; the cheaper evidence
we collect ourselves says where that value came from, and stands in when htmldate
finds nothing. A crawl date in a page header or a copyright year is never a
publication date: htmldate skips both and our own patterns name publication only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from htmldate import find_date
from htmldate.extractors import try_date_expr
from lxml.html import HtmlElement
from trafilatura import load_html

from eventwire.extract.charset import decode_html
from eventwire.records import DateSource, PublishedDate

DEFAULT_EXTENSIVE = True  # the page-text search: +6 points recall on htmldate's own set
DEFAULT_MIN_YEAR = 1995  # news pages older than the web are scans, not publication dates

# meta names/properties that carry the first publication time (lower-cased)
_META_KEYS = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time",
    "article.published", "article_date_original", "datepublished", "date_published",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date",
    "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "rnews:datepublished",
})
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})", re.I
)
_JSONLD_KEYS = ("datePublished", "dateCreated")  # dateCreated only when no datePublished
_ISO_DAY = re.compile(r"((?:19|20)\d{2})-([01]\d)-([0-3]\d)")
_URL_DAY = re.compile(
    # /2022/01/30/ or /2022/1/30.html; a one-digit day needs "/" or "." after it, so that
    # /2023/10/3-questions-for/ is not read as October 3rd
    r"/((?:19|20)\d{2})/([01]?\d)/([0-3]\d|\d(?=[/.]|$))(?:[/._-]|$)"
    r"|[/_-]((?:19|20)\d{2})-([01]\d)-([0-3]\d)(?!\d)"  # /2022-01-30-slug
    r"|/((?:19|20)\d{2})([01]\d)([0-3]\d)(?:/|[_-])"  # /20220130/
)
# "Published: 30 Jan 2022", "Posted on January 30, 2022", "Veröffentlicht am 30.01.2022"
_PUBLISHED_LINE = re.compile(
    r"\b(?:published|posted|first published|veröffentlicht|publié|publicado|pubblicato)"
    r"\b(?:\s+(?:on|am|le|el|il))?\s*:?\s*(.{6,40})",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateOptions:
    """Tunables of the date finder."""

    extensive: bool = DEFAULT_EXTENSIVE
    min_year: int = DEFAULT_MIN_YEAR


DEFAULT_DATE_OPTIONS = DateOptions()


def _to_date(year: str, month: str, day: str, *, min_year: int) -> date | None:
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if min_year <= value.year <= date.today().year else None


def _iso_day(text: str, *, min_year: int) -> date | None:
    match = _ISO_DAY.search(text)
    return _to_date(*match.groups(), min_year=min_year) if match else None


def _walk_jsonld(node: object) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        yield node
        for value in node.values():
            if isinstance(value, (list, dict)):
                yield from _walk_jsonld(value)


def _jsonld_date(tree: HtmlElement, *, min_year: int) -> date | None:
    for key in _JSONLD_KEYS:
        for script in tree.iterfind(".//script[@type='application/ld+json']"):
            try:
                data = json.loads(script.text or "", strict=False)
            except ValueError:
                continue  # broken JSON-LD is common; other evidence remains
            for node in _walk_jsonld(data):
                value = node.get(key)
                found = _iso_day(value, min_year=min_year) if isinstance(value, str) else None
                if found:
                    return found
    return None


def _meta_date(tree: HtmlElement, *, min_year: int) -> date | None:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_KEYS:
            found = _iso_day(meta.get("content") or "", min_year=min_year)
            if found:
                return found
    for node in tree.xpath(".//*[@itemprop='datePublished'][@datetime or @content]"):
        found = _iso_day(node.get("datetime") or node.get("content"), min_year=min_year)
        if found:
            return found
    return None


def metadata_date(tree: HtmlElement, *, min_year: int = DEFAULT_MIN_YEAR) -> date | None:
    """The publication day a page declares in JSON-LD or meta tags."""
    return _jsonld_date(tree, min_year=min_year) or _meta_date(tree, min_year=min_year)


def url_date(url: str | None, *, min_year: int = DEFAULT_MIN_YEAR) -> date | None:
    """A full year/month/day in the address path (/2022/01/30/, /20220130/)."""
    if not url:
        return None
    match = _URL_DAY.search(url)
    if match is None:
        return None
    parts = [g for g in match.groups() if g is not None]
    return _to_date(*parts, min_year=min_year)


def _parse_day(text: str, *, min_year: int) -> date | None:
    found = try_date_expr(text, "%Y-%m-%d", False, datetime(min_year, 1, 1), datetime.now())
    return date.fromisoformat(found) if found else None


def published_line_date(text: str, *, min_year: int = DEFAULT_MIN_YEAR) -> date | None:
    """The day on a "Published ..." / "Posted on ..." line of the page text."""
    for match in _PUBLISHED_LINE.finditer(text):
        found = _parse_day(match.group(1), min_year=min_year)
        if found:
            return found
    return None


def _as_tree(html: str | bytes | HtmlElement) -> HtmlElement | None:
    if isinstance(html, HtmlElement):
        return html
    text = decode_html(html) if isinstance(html, bytes) else html
    # trafilatura's loader copes with XML declarations and broken markup
    return load_html(text) if text.strip() else None


def _htmldate(tree: HtmlElement, url: str | None, options: DateOptions) -> date | None:
    # the fast pass first: wherever it finds a date the extensive one returns the same
    # (557 of 557 pages of htmldate's own set) at a third of the cost
    passes = (False, True) if options.extensive else (False,)
    for extensive in passes:
        found = find_date(tree, url=url, original_date=True, extensive_search=extensive,
                          min_date=datetime(options.min_year, 1, 1))
        if found:
            return date.fromisoformat(found)
    return None


def _page_text(tree: HtmlElement) -> str:
    return " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))


def _attribute(value: date, tree: HtmlElement, url: str | None, declared: date | None,
               options: DateOptions) -> PublishedDate:
    """Name the strongest evidence that agrees with htmldate's day."""
    if value == declared:
        return PublishedDate(value, DateSource.METADATA)
    if value == published_line_date(_page_text(tree), min_year=options.min_year):
        return PublishedDate(value, DateSource.PUBLISHED_LINE)
    if value == url_date(url, min_year=options.min_year):
        return PublishedDate(value, DateSource.URL)
    return PublishedDate(value, DateSource.TEXT)


def _is_copyright_year(found: date, tree: HtmlElement) -> bool:
    """htmldate's last resort is a bare year read as 1 January: not when it is the (c) year."""
    if (found.month, found.day) != (1, 1):
        return False
    return any(int(y) == found.year for y in _COPYRIGHT.findall(_page_text(tree)))


def _without_htmldate(tree: HtmlElement, url: str | None, declared: date | None,
                      options: DateOptions) -> PublishedDate:
    if declared:
        return PublishedDate(declared, DateSource.METADATA)
    line = published_line_date(_page_text(tree), min_year=options.min_year)
    if line:
        return PublishedDate(line, DateSource.PUBLISHED_LINE)
    in_url = url_date(url, min_year=options.min_year)
    if in_url:
        return PublishedDate(in_url, DateSource.URL)
    return PublishedDate(None, DateSource.NONE)


def find_html_date(
    html: str | bytes | HtmlElement, *, url: str | None, options: DateOptions = DEFAULT_DATE_OPTIONS
) -> PublishedDate:
    """Find when a page was first published.

    Args:
        html: the page as text, bytes or an lxml tree (shared with the body extractor).
        url: the page's address; a full date in its path is evidence.
        options: tunables.

    Returns:
        The day and where it came from; ``PublishedDate(None, DateSource.NONE)`` if no
        evidence names one.
    """
    tree = _as_tree(html)
    if tree is None:
        in_url = url_date(url, min_year=options.min_year)
        return PublishedDate(in_url, DateSource.URL if in_url else DateSource.NONE)
    declared = metadata_date(tree, min_year=options.min_year)
    found = _htmldate(tree, url, options)
    if found and _is_copyright_year(found, tree):
        found = None
    if found is None:
        return _without_htmldate(tree, url, declared, options)
    # a declared publication day more than a time-zone shift away from htmldate's pick
    # wins, unless the address confirms htmldate (declared dates are sometimes updates)
    if declared and abs((declared - found).days) > 1 and found != url_date(url):
        return PublishedDate(declared, DateSource.METADATA)
    return _attribute(found, tree, url, declared, options)
