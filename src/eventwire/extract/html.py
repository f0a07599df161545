"""HTML page -> article body, title, author, site name and publication date.

trafilatura (fast mode) finds the body. A second, cheap extractor (trafilatura's
port of readability) then votes on each paragraph: paragraphs that share no
word 4-grams with it are dropped as boilerplate (related links, captions,
promos), unless the second opinion is itself too short to be trusted. When
trafilatura finds nothing, readability-lxml gets the page alone.
"""

from __future__ import annotations

import contextlib
import re
from copy import deepcopy
from dataclasses import dataclass

import lxml.etree
import lxml.html
from lxml.html import HtmlElement
from readability import Document as ReadabilityDocument
from readability.readability import Unparseable
from trafilatura import bare_extraction, load_html
from trafilatura.external import try_readability
from trafilatura.metadata import (
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)

from eventwire.errors import ExtractionError
from eventwire.extract.charset import decode_html
from eventwire.extract.htmldates import DEFAULT_DATE_OPTIONS, DateOptions, find_html_date
from eventwire.records import HtmlExtraction

DEFAULT_SHINGLE = 4  # word n-gram size of the paragraph vote
DEFAULT_KEEP_OVERLAP = 0.5  # keep a paragraph when this share of its 4-grams is in the 2nd opinion
DEFAULT_MIN_VOTER_SHARE = 0.6  # ignore a 2nd opinion shorter than this share of the body
DEFAULT_MIN_WORDS = 10  # fewer words in the whole body: no article on the page
DEFAULT_MAX_LINK_SHARE = 0.6  # more of the body's words inside whole links: a link list

_WORD = re.compile(r"\w+")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
           "pre", "section", "article", "td", "dd", "dt", "figcaption")


@dataclass(frozen=True, slots=True)
class HtmlOptions:
    """Tunables of the HTML extractor."""

    shingle: int = DEFAULT_SHINGLE
    keep_overlap: float = DEFAULT_KEEP_OVERLAP
    min_voter_share: float = DEFAULT_MIN_VOTER_SHARE
    min_words: int = DEFAULT_MIN_WORDS
    max_link_share: float = DEFAULT_MAX_LINK_SHARE
    vote: bool = True  # False: trafilatura's paragraphs as they are (faster, less precise)
    dates: DateOptions = DEFAULT_DATE_OPTIONS


DEFAULT_HTML_OPTIONS = HtmlOptions()


def _where(url: str | None) -> str:
    return url or "<html>"


def _parse(html: str | bytes, url: str | None) -> HtmlElement:
    text = decode_html(html) if isinstance(html, bytes) else html
    if not text.strip():
        raise ExtractionError(f"{_where(url)}: empty page (nothing to extract)", reason="empty")
    tree = load_html(text)  # copes with XML declarations, NUL bytes and broken markup
    if tree is None:
        raise ExtractionError(
            f"{_where(url)}: HTML could not be parsed (is it HTML at all?)",
            reason="malformed_html",
        )
    return tree


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _shingles(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _split(text: str) -> tuple[str, ...]:
    return tuple(p for p in (line.strip() for line in text.splitlines()) if p)


def _tree_text(tree: HtmlElement) -> str:
    # block elements end a line, as trafilatura's own text output does
    for element in tree.iter(_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def _second_opinion(tree: HtmlElement) -> str:
    summary = try_readability(deepcopy(tree))  # the port edits the tree it gets
    return "" if summary is None else _tree_text(summary)


def _vote(paragraphs: tuple[str, ...], voter: str, options: HtmlOptions) -> tuple[str, ...]:
    """Drop paragraphs the second extractor did not see; keep all if it saw too little."""
    voter_words = _words(voter)
    body_words = sum(len(_words(p)) for p in paragraphs)
    if len(voter_words) < options.min_voter_share * body_words:
        return paragraphs
    seen = _shingles(voter_words, options.shingle)
    kept = []
    for paragraph in paragraphs:
        grams = _shingles(_words(paragraph), options.shingle)
        # too short to have 4-grams: a subhead or dateline, keep it with its neighbours
        if not grams or len(grams & seen) >= options.keep_overlap * len(grams):
            kept.append(paragraph)
    return tuple(kept)


def _readability_body(html: str) -> tuple[str, ...]:
    try:
        summary = ReadabilityDocument(html).summary(html_partial=True)
        return _split(_tree_text(lxml.html.fragment_fromstring(summary, create_parent="div")))
    except (Unparseable, lxml.etree.ParserError, ValueError):
        return ()


def _body(tree: HtmlElement, url: str | None, options: HtmlOptions) -> tuple[tuple[str, ...], str]:
    found = bare_extraction(tree, url=url, fast=True, include_comments=False)
    paragraphs = _split(found.text or "") if found is not None else ()
    if sum(len(_words(p)) for p in paragraphs) >= options.min_words:
        if options.vote:
            paragraphs = _vote(paragraphs, _second_opinion(tree), options) or paragraphs
        return paragraphs, "trafilatura"
    return _readability_body(lxml.html.tostring(tree, encoding="unicode")), "readability"


def _link_share(paragraphs: tuple[str, ...], tree: HtmlElement) -> float:
    """Share of body words in paragraphs that are, in full, the text of one link."""
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    words = [len(_words(p)) for p in paragraphs]
    linked = sum(n for p, n in zip(paragraphs, words, strict=True) if " ".join(p.split()) in links)
    return linked / max(1, sum(words))


def _check_body(paragraphs: tuple[str, ...], tree: HtmlElement, url: str | None,
                options: HtmlOptions) -> None:
    if sum(len(_words(p)) for p in paragraphs) < options.min_words:
        raise ExtractionError(
            f"{_where(url)}: no article text found (a stub, an image or a script-only page?)",
            reason="no_text",
        )
    if _link_share(paragraphs, tree) > options.max_link_share:
        raise ExtractionError(
            f"{_where(url)}: no article text found, only links (page is a link list?)",
            reason="no_text",
        )


@dataclass(frozen=True, slots=True)
class _PageMeta:
    title: str | None
    author: str | None
    sitename: str | None
    url: str | None


def _metadata(tree: HtmlElement) -> _PageMeta:
    """Title, author, site name, own address: meta tags and JSON-LD first, markup as fallback."""
    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # a single token is a handle or a site, not a person (trafilatura)
    # trafilatura's JSON-LD reader has known crashes; the meta tags alone still stand
    with contextlib.suppress(Exception):
        found = extract_meta_json(tree, found)
    # the byline search scans the whole tree (~17 ms): only when metadata names nobody
    author = found.author or extract_author(tree)
    sitename = found.sitename or extract_sitename(tree)
    return _PageMeta(found.title or extract_title(tree), author,
                     sitename.lstrip("@") if sitename else None,
                     extract_url(tree) or found.url)


def extract_html(
    html: str | bytes, *, url: str | None = None, options: HtmlOptions = DEFAULT_HTML_OPTIONS
) -> HtmlExtraction:
    """Extract the article of one HTML page.

    Args:
        html: the page; bytes are decoded by BOM, UTF-8 validity, declared charset, guess.
        url: the page's address, used for date evidence and error messages.
        options: tunables; the defaults are measured in bench/extraction_html.py.

    Returns:
        The title, body paragraphs, raw author string, site name and publication date.

    Raises:
        ExtractionError: reason "empty" (no content), "malformed_html" (unparseable) or
            "no_text" (a page without article text, such as a link list).
    """
    tree = _parse(html, url)
    paragraphs, method = _body(tree, url, options)
    _check_body(paragraphs, tree, url, options)
    meta = _metadata(tree)
    published = find_html_date(tree, url=url or meta.url, options=options.dates)
    return HtmlExtraction(meta.title, paragraphs, meta.author, meta.sitename, published, method,
                          url=meta.url)
