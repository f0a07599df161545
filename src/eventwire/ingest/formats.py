"""Which reader handles a path, decided by its name."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Format(StrEnum):
    HTML = "html"
    TEXT = "text"
    JSONL = "jsonl"
    WARC = "warc"


_SUFFIXES = {
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".warc": Format.WARC,
}


def format_of(path: Path) -> tuple[Format, bool] | None:
    """(format, gzipped) for a supported file name, None otherwise."""
    suffixes = [s.lower() for s in path.suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    if gzipped:
        suffixes = suffixes[:-1]
    if not suffixes or suffixes[-1] not in _SUFFIXES:
        return None
    return _SUFFIXES[suffixes[-1]], gzipped
