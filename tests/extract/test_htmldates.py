"""find_html_date on small hand-written pages."""

from datetime import date

import lxml.etree
import pytest
from trafilatura import load_html

from eventwire.extract.htmldates import find_html_date, url_date
from eventwire.records import DateSource, PublishedDate

TEXT = ("<p>Negotiators from both governments met again for a third round of talks on the "
        "disputed border crossing, officials said after the session ended.</p>")


def _page(head: str = "", body: str = TEXT) -> str:
    return (f"<html><head><title>Border talks</title>{head}</head>"
            f"<body><article><h1>Border talks</h1>{body}</article></body></html>")


def test_htmldates_reads_jsonld_date_published() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2022-01-30T08:15:00+01:00", "dateModified": "2022-02-03"}</script>')
    assert find_html_date(_page(head), url=None) == PublishedDate(date(2022, 1, 30),
                                                          DateSource.METADATA)


def test_htmldates_reads_meta_published_time() -> None:
    head = '<meta property="article:published_time" content="2021-11-05T10:00:00Z">'
    found = find_html_date(_page(head), url=None)
    assert (found.value, found.source) == (date(2021, 11, 5), DateSource.METADATA)


def test_htmldates_ignores_crawl_date_in_header() -> None:
    body = ('<div class="archive-note">Page archived (crawled) on 2024-03-01 14:02 UTC</div>'
            '<p class="published">Published: 12 January 2022</p>' + TEXT)
    assert find_html_date(_page(body=body), url=None).value == date(2022, 1, 12)


def test_htmldates_ignores_copyright_year() -> None:
    body = TEXT + "<footer>© 2021 The Example Post. All rights reserved.</footer>"
    found = find_html_date(_page(body=body), url=None)
    assert (found.value, found.source) == (None, DateSource.NONE)


def test_htmldates_reads_url_date() -> None:
    found = find_html_date(_page(), url="https://example.com/2020/02/17/border-talks/")
    assert (found.value, found.source) == (date(2020, 2, 17), DateSource.URL)


@pytest.mark.parametrize("url", [
    "https://blog.example.org/2023/10/3-questions-for-the-mayor/",  # "3-" starts the slug
    "https://example.com/2023/13/45/impossible/",
    "https://example.com/articles/12345678/",
])
def test_htmldates_url_without_a_day_gives_none(url: str) -> None:
    assert url_date(url) is None


def test_htmldates_reads_published_line() -> None:
    body = "<p>Posted on March 4, 2019 by Jane Doe</p>" + TEXT
    found = find_html_date(_page(body=body), url=None)
    assert (found.value, found.source) == (date(2019, 3, 4), DateSource.PUBLISHED_LINE)


def test_htmldates_no_evidence_gives_none() -> None:
    assert find_html_date(_page(), url="https://example.com/news/border-talks") == PublishedDate(
        None, DateSource.NONE)


def test_htmldates_declared_date_beats_a_distant_text_date() -> None:
    # the page text mentions another day prominently; the publisher's metadata wins
    head = '<meta property="article:published_time" content="2022-01-14">'
    body = '<p class="date">Updated 21.01.2022</p>' + TEXT
    assert find_html_date(_page(head, body), url=None).value == date(2022, 1, 14)


def test_htmldates_accepts_a_tree_and_leaves_it_unchanged() -> None:
    tree = load_html(_page('<meta name="pubdate" content="2020-05-01">'))
    before = lxml.etree.tostring(tree)
    assert find_html_date(tree, url=None).value == date(2020, 5, 1)
    assert lxml.etree.tostring(tree) == before


def test_htmldates_accepts_bytes_with_declared_charset() -> None:
    page = _page('<meta charset="iso-8859-1">', "<p>Veröffentlicht am 03.02.2021</p>" + TEXT)
    assert find_html_date(page.encode("latin-1"), url=None).value == date(2021, 2, 3)
