import gzip

import pytest

from eventwire.errors import InputError
from eventwire.ingest.sniff import check_page_bytes, decode_text, gunzip


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"%PDF-1.7\n...", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"PK\x03\x04 a docx", "binary"),
        (b"<html>\x00\x00\x00garbage", "binary"),
    ],
)
def test_sniff_rejects_unusable_bytes_with_reason(data, reason):
    with pytest.raises(InputError) as info:
        check_page_bytes(data, source="page.html")
    assert info.value.reason == reason
    assert "page.html" in info.value.message


def test_sniff_rejects_page_over_the_limit_and_says_how_to_raise_it():
    with pytest.raises(InputError) as info:
        check_page_bytes(b"<p>x</p>" * 1000, source="big.html", max_bytes=1000)
    assert info.value.reason == "too_large"
    assert "--max-bytes" in info.value.message


def test_sniff_accepts_utf16_text_with_bom_despite_nul_bytes():
    check_page_bytes("Hello world".encode("utf-16"), source="a.txt")


def test_sniff_gunzip_refuses_archive_expanding_past_limit():
    bomb = gzip.compress(b"a" * 100_000)
    with pytest.raises(InputError) as info:
        gunzip(bomb, source="bomb.html.gz", max_bytes=10_000)
    assert info.value.reason == "too_large"


def test_sniff_gunzip_reports_corrupt_archive():
    with pytest.raises(InputError) as info:
        gunzip(b"not gzip at all", source="x.txt.gz")
    assert info.value.reason == "bad_gzip"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Zürich talks".encode(), "Zürich talks"),
        (b"\xef\xbb\xbfWith BOM", "With BOM"),
        ("UTF-16 page".encode("utf-16"), "UTF-16 page"),
    ],
)
def test_sniff_decode_text_reads_utf8_and_bom_encodings(data, text):
    assert decode_text(data, source="a.txt") == text


def test_sniff_decode_text_refuses_latin1_with_offset_and_fix():
    with pytest.raises(InputError) as info:
        decode_text("Minister Müller said".encode("latin-1"), source="a.txt")
    assert info.value.reason == "encoding"
    assert "offset 10" in info.value.message
    assert "iconv" in info.value.message
