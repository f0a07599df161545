import json
from datetime import date

from eventwire.ingest.jsonl import read_jsonl
from eventwire.records import Page, PageFailure, PageKind


def _read(*lines: str):
    data = "\n".join(lines).encode()
    return list(read_jsonl(data, source="crawl.jsonl", fetched_at=None, max_bytes=100_000))


def test_jsonl_page_with_html_url_title_and_published():
    [page] = _read(json.dumps({"url": "https://news.example/a", "html": "<p>Talks began.</p>",
                               "title": "Talks begin", "published": "2024-03-05T10:00:00Z"}))
    assert isinstance(page, Page)
    assert page.kind is PageKind.HTML
    assert page.url == "https://news.example/a"
    assert page.hints.title == "Talks begin"
    assert page.hints.published == date(2024, 3, 5)
    assert page.source == "crawl.jsonl:1"


def test_jsonl_text_field_gives_text_page():
    [page] = _read(json.dumps({"text": "The minister resigned on Monday."}))
    assert page.kind is PageKind.TEXT


def test_jsonl_bad_lines_fail_alone_and_keep_line_numbers():
    items = _read(json.dumps({"text": "First page body."}), "{not json", "",
                  json.dumps({"url": "https://x.example"}), json.dumps(["a list"]),
                  json.dumps({"text": "Second page body."}))
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds == [("Page", "crawl.jsonl:1"), ("PageFailure", "crawl.jsonl:2"),
                     ("PageFailure", "crawl.jsonl:4"), ("PageFailure", "crawl.jsonl:5"),
                     ("Page", "crawl.jsonl:6")]
    reasons = [i.reason for i in items if isinstance(i, PageFailure)]
    assert reasons == ["bad_json", "empty", "bad_json"]


def test_jsonl_unparseable_published_is_dropped_not_fatal():
    [page] = _read(json.dumps({"text": "Body text here.", "published": "sometime soon"}))
    assert page.hints.published is None
