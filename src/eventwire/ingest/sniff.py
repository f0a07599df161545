"""Cheap checks that reject unusable bytes before anything tries to parse them."""

from __future__ import annotations

import gzip
import zlib

from eventwire.errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a news page is rarely over 2 MB; 10 MB leaves room

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx/zip)",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an MS Office document",
}
_SNIFF = 8192


def gunzip(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Decompress gzip data, refusing archives that expand past `max_bytes` (zip bombs)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"{source}: not a valid gzip file ({exc})", reason="bad_gzip") from exc
    if len(out) > max_bytes:
        raise too_large(source, len(out), max_bytes)
    return out


def too_large(source: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"{source}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB page limit"
        " (raise it with --max-bytes if this really is one page)",
        reason="too_large",
    )


def check_page_bytes(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Raise InputError if `data` cannot be a news page: empty, too large or binary."""
    if not data.strip():
        raise InputError(f"{source}: the page is empty", reason="empty")
    if len(data) > max_bytes:
        raise too_large(source, len(data), max_bytes)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{source}: this is {what}, not a web page or text", reason="binary")
    head = data[:_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a BOM legitimately contains NUL bytes
    if b"\x00" in head:
        raise InputError(f"{source}: binary data (NUL bytes), not a web page or text",
                         reason="binary")


def decode_text(data: bytes, *, source: str) -> str:
    """Decode a plain-text page: UTF-8 (BOM optional) or UTF-16 with a BOM.

    Guessing among legacy 8-bit encodings silently corrupts names, so anything else is
    refused with a message that says how to convert the file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " convert it first, e.g. `iconv -f windows-1252 -t utf-8`",
            reason="encoding",
        ) from exc
