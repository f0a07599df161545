import httpx
import pytest

from eventwire.ingest.web import HttpFetcher, read_url
from eventwire.records import Page, PageFailure

ARTICLE = b"<html><head><title>Envoys meet</title></head><body><p>Envoys met.</p></body></html>"
FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Envoys meet in Vienna</title><link>https://wire.example/envoys</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item>
<item><title>Border talks stall</title><link>https://wire.example/border</link>
<pubDate>Mon, 04 Mar 2024 18:00:00 GMT</pubDate></item>
<item><title>Missing page</title><link>https://wire.example/missing</link></item>
</channel></rss>"""


def _handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/feed.xml":
        return httpx.Response(200, content=FEED, headers={"content-type": "application/rss+xml"})
    if path == "/missing":
        return httpx.Response(404)
    if path == "/slow":
        raise httpx.ReadTimeout("timed out", request=request)
    if path == "/redirect":
        return httpx.Response(301, headers={"location": "https://wire.example/envoys"})
    return httpx.Response(200, content=ARTICLE, headers={"content-type": "text/html"})


@pytest.fixture
def fetcher():
    client = HttpFetcher(transport=httpx.MockTransport(_handler), max_bytes=10_000)
    yield client
    client.close()


def test_web_page_url_becomes_page_with_final_url(fetcher):
    [page] = list(read_url("https://wire.example/redirect", fetcher))
    assert isinstance(page, Page)
    assert page.url == "https://wire.example/envoys"
    assert page.source == "https://wire.example/redirect"
    assert page.fetched_at is not None


def test_web_feed_fetches_each_entry_with_title_and_date_hints(fetcher):
    items = list(read_url("https://wire.example/feed.xml", fetcher))
    pages = [i for i in items if isinstance(i, Page)]
    assert [p.hints.title for p in pages] == ["Envoys meet in Vienna", "Border talks stall"]
    assert [str(p.hints.published) for p in pages] == ["2024-03-05", "2024-03-04"]
    [failure] = [i for i in items if isinstance(i, PageFailure)]
    assert failure.reason == "http_status" and "404" in failure.message


@pytest.mark.parametrize(("url", "reason"), [("https://wire.example/missing", "http_status"),
                                             ("https://wire.example/slow", "timeout")])
def test_web_fetch_failure_is_reported_with_reason(fetcher, url, reason):
    [failure] = list(read_url(url, fetcher))
    assert isinstance(failure, PageFailure)
    assert failure.reason == reason


def test_web_response_over_size_cap_is_refused():
    big = httpx.MockTransport(lambda r: httpx.Response(200, content=b"<p>" + b"x" * 50_000))
    client = HttpFetcher(transport=big, max_bytes=10_000)
    [failure] = list(read_url("https://wire.example/huge", client))
    assert failure.reason == "too_large"
