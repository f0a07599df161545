"""Decode page bytes to text: BOM, then valid UTF-8, then the declared charset, then a guess."""

from __future__ import annotations

import codecs
import re

from trafilatura.utils import detect_encoding

DEFAULT_SNIFF_BYTES = 4096  # the HTML spec looks for <meta charset> in the first 1024; be lenient

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
# WHATWG: pages labelled latin-1/ascii are decoded as windows-1252 by every browser
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
            "us-ascii": "cp1252", "iso8859-1": "cp1252"}


def _bom_codec(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in its <meta> tags, if it is one Python knows."""
    match = _DECLARED.search(data[:DEFAULT_SNIFF_BYTES])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(data: bytes) -> str:
    """Decode HTML bytes, never raising: undecodable bytes become U+FFFD.

    Valid UTF-8 wins over a declared single-byte charset because mislabelled
    UTF-8 pages are common and non-ASCII UTF-8 is almost never valid by chance.
    """
    bom = _bom_codec(data)
    if bom is not None:
        return data[bom[1] :].decode(bom[0], errors="replace")
    for codec in ("utf-8", declared_charset(data)):
        text = _try(data, codec) if codec else None
        if text is not None:
            return text
    for guess in detect_encoding(data):
        text = _try(data, guess)
        if text is not None:
            return text
    return data.decode("utf-8", errors="replace")
