import gzip
from pathlib import Path

import pytest

from eventwire.ingest.files import read_file, walk
from eventwire.ingest.formats import Format, format_of
from eventwire.records import Page, PageFailure, PageKind

HTML = b"<html><body><article><p>The envoy arrived in Vienna.</p></article></body></html>"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.html", (Format.HTML, False)),
        ("a.HTM", (Format.HTML, False)),
        ("a.txt.gz", (Format.TEXT, True)),
        ("crawl.warc.gz", (Format.WARC, True)),
        ("pages.jsonl", (Format.JSONL, False)),
        ("notes.md", None),
        ("archive.gz", None),
    ],
)
def test_formats_by_file_name(name, expected):
    assert format_of(Path(name)) == expected


def test_files_walk_recurses_sorted_and_counts_ignored(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("x")
    (tmp_path / "one.html").write_bytes(HTML)
    (tmp_path / "README.md").write_text("x")
    (tmp_path / ".hidden.html").write_bytes(HTML)
    found, ignored = walk(tmp_path)
    assert [p.name for p in found] == ["one.html", "two.txt"]
    assert ignored == 2


def test_files_read_gzipped_html_page(tmp_path):
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(HTML))
    [page] = list(read_file(path))
    assert isinstance(page, Page)
    assert page.kind is PageKind.HTML
    assert page.content == HTML
    assert page.source == str(path)
    assert page.fetched_at is not None


def test_files_same_content_gives_same_id(tmp_path):
    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "b.html").write_bytes(HTML)
    [a] = read_file(tmp_path / "a.html")
    [b] = read_file(tmp_path / "b.html")
    assert a.id == b.id


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin.txt", "Außenminister".encode("latin-1"), "encoding"),
        ("empty.txt", b"", "empty"),
        ("data.csv", b"a,b", "unsupported"),
    ],
)
def test_files_bad_file_becomes_failure_with_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    [failure] = list(read_file(path))
    assert isinstance(failure, PageFailure)
    assert failure.reason == reason
    assert name in failure.message


def test_files_missing_path_is_reported_not_raised(tmp_path):
    [failure] = list(read_file(tmp_path / "gone.html"))
    assert failure.reason == "not_found"


def test_files_unreadable_path_is_reported(tmp_path):
    folder = tmp_path / "dir.html"
    folder.mkdir()
    [failure] = list(read_file(folder))
    assert failure.reason == "unreadable"


def test_files_page_over_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    [failure] = list(read_file(path, max_bytes=1000))
    assert failure.reason == "too_large"
