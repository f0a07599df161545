import io
from datetime import datetime

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest.warc import read_warc
from eventwire.records import Page, PageFailure, PageKind


def _warc(records) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, status, mime, body in records:
        http = StatusAndHeaders(status, [("Content-Type", mime)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                           http_headers=http,
                                           warc_headers_dict={"WARC-Date": "2024-05-02T08:00:00Z"})
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_keeps_html_responses_and_skips_images_and_errors():
    data = _warc([
        ("https://news.example/a", "200 OK", "text/html; charset=utf-8", b"<p>Story A.</p>"),
        ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
        ("https://news.example/gone", "404 Not Found", "text/html", b"<p>Not found</p>"),
        ("https://news.example/b", "200 OK", "text/html", b"<p>Story B.</p>"),
    ])
    pages = list(read_warc(data, source="c.warc.gz", fetched_at=None, max_bytes=100_000))
    assert [p.url for p in pages] == ["https://news.example/a", "https://news.example/b"]
    assert all(isinstance(p, Page) and p.kind is PageKind.HTML for p in pages)
    assert pages[0].fetched_at == datetime.fromisoformat("2024-05-02T08:00:00+00:00")


def test_warc_empty_response_is_a_failure_for_that_record_only():
    data = _warc([("https://news.example/empty", "200 OK", "text/html", b"  "),
                  ("https://news.example/b", "200 OK", "text/html", b"<p>Story B.</p>")])
    items = list(read_warc(data, source="c.warc.gz", fetched_at=None, max_bytes=100_000))
    assert isinstance(items[0], PageFailure) and items[0].reason == "empty"
    assert isinstance(items[1], Page)


def test_warc_garbage_file_is_reported():
    items = list(read_warc(b"this is not a warc file", source="x.warc", fetched_at=None,
                           max_bytes=100))
    assert [i.reason for i in items] == ["bad_warc"]
