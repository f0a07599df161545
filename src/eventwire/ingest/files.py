"""Read pages from local files: HTML, text dumps, JSONL and WARC, optionally gzipped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.formats import Format, format_of
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.sniff import DEFAULT_MAX_BYTES, check_page_bytes, decode_text, gunzip
from eventwire.ingest.warc import read_warc
from eventwire.records import Page, PageFailure, PageKind

_CONTAINER_LIMIT = 64  # a JSONL or WARC file holds many pages: allow it this many page limits


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit"
                " (raise it with --max-bytes if this really is one page)",
                reason="too_large",
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file", reason="not_found") from exc
    except (PermissionError, IsADirectoryError, OSError) as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})",
                         reason="unreadable") from exc


def _fetched_at(path: Path) -> datetime | None:
    """A saved file's modification time: when it was saved, so no later than publication."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    except OSError:
        return None


def _single_page(path: Path, fmt: Format, gzipped: bool, *, max_bytes: int) -> Page:
    data = _read_bytes(path, max_bytes=max_bytes)
    if gzipped:
        data = gunzip(data, source=str(path), max_bytes=max_bytes)
    check_page_bytes(data, source=str(path), max_bytes=max_bytes)
    kind = PageKind.HTML if fmt is Format.HTML else PageKind.TEXT
    if kind is PageKind.TEXT:
        decode_text(data, source=str(path))  # refuse undecodable text before it is stored
    return Page.create(data, source=str(path), kind=kind, fetched_at=_fetched_at(path))


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page | PageFailure]:
    """Every page in one file, or a failure saying why there is none."""
    found = format_of(path)
    if found is None:
        yield PageFailure(str(path), "ingest", "unsupported",
                          f"{path}: unsupported file type (use .html, .htm, .txt, .jsonl, .warc,"
                          " optionally .gz)")
        return
    fmt, gzipped = found
    try:
        if fmt in (Format.JSONL, Format.WARC):
            data = _read_bytes(path, max_bytes=max_bytes * _CONTAINER_LIMIT)
            if gzipped and fmt is Format.JSONL:
                data = gunzip(data, source=str(path), max_bytes=max_bytes * _CONTAINER_LIMIT)
            reader = read_jsonl if fmt is Format.JSONL else read_warc
            yield from reader(data, source=str(path), fetched_at=_fetched_at(path),
                              max_bytes=max_bytes)
        else:
            yield _single_page(path, fmt, gzipped, max_bytes=max_bytes)
    except InputError as exc:
        yield PageFailure(str(path), "ingest", exc.reason, exc.message)


def walk(target: Path) -> tuple[list[Path], int]:
    """Supported files under `target` (sorted, recursive) and how many others were ignored."""
    if not target.is_dir():
        return [target], 0
    found: list[Path] = []
    ignored = 0
    for root, dirs, names in os.walk(target):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith(".") or format_of(path) is None:
                ignored += 1
            else:
                found.append(path)
    return found, ignored
