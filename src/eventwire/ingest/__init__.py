"""Ingest: paths, URLs and feeds in, `Page` records (or `PageFailure`s) out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.ingest.files import read_file, walk
from eventwire.ingest.sniff import DEFAULT_MAX_BYTES
from eventwire.ingest.web import (
    DEFAULT_MAX_FEED_ENTRIES,
    DEFAULT_TIMEOUT,
    Fetcher,
    HttpFetcher,
    is_url,
    read_url,
)
from eventwire.records import Page, PageFailure

__all__ = ["DEFAULT_OPTIONS", "IngestOptions", "Target", "discover", "read_target"]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_feed_entries: int = DEFAULT_MAX_FEED_ENTRIES
    timeout: float = DEFAULT_TIMEOUT  # seconds per fetch, for URLs and feeds


DEFAULT_OPTIONS = IngestOptions()


@dataclass(frozen=True, slots=True)
class Target:
    """One unit of input work: a file or a URL (a unit of progress, too)."""

    name: str
    is_url: bool


def discover(inputs: Sequence[str]) -> tuple[list[Target], int]:
    """Expand folders into files; return the targets and how many files were ignored."""
    targets: list[Target] = []
    ignored = 0
    for item in inputs:
        if is_url(item):
            targets.append(Target(item, True))
            continue
        files, skipped = walk(Path(item))
        targets.extend(Target(str(f), False) for f in files)
        ignored += skipped
    return targets, ignored


def read_target(target: Target, *, options: IngestOptions = DEFAULT_OPTIONS,
                fetcher: Fetcher | None = None) -> Iterator[Page | PageFailure]:
    if target.is_url:
        yield from read_url(target.name, fetcher or HttpFetcher(max_bytes=options.max_bytes,
                                                                timeout=options.timeout),
                            max_bytes=options.max_bytes, max_entries=options.max_feed_entries)
    else:
        yield from read_file(Path(target.name), max_bytes=options.max_bytes)
