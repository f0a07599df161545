"""Which publication a page belongs to: from its address, or from how its footer names itself."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from eventwire.extract.agencies import WireLexicon

DEFAULT_OUTLETS_PATH = Path(__file__).parent / "data" / "outlets.yaml"

# Second-level labels under which a country code assigns registrations: bbc.co.uk, abc.net.au.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "nic"})
_HOST_PREFIXES = re.compile(r"^(?:www\d?|m|amp|mobile|edition|english|en)\.")
_NAME = r"(?P<name>(?:The\s+)?[A-Z0-9][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w&'’.-]*){0,5})"
# "© 2022 The Daily Example", "Copyright (c) 2021-2022 Example Times. All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    + _NAME,
    re.I,
)
# "... and The Daily Example does not endorse the readers' comments": the site speaking of
# itself as host of comments, content or the website.
_SELF_REFERENCE = re.compile(
    r"(?:^|[.;:,]\s+|\band\s+)" + _NAME + r"(?:'s?\s+(?:website|site))?\s+"
    r"(?:does not|doesn't|do not|is not|will not|cannot|can not|shall not|reserves|accepts no"
    r"|takes no|bears no)\s+(?:\w+\s+){0,2}?(?:endorse|responsib|liab|accept|the right)",
)


@cache
def load_outlets(path: Path = DEFAULT_OUTLETS_PATH) -> dict[str, str]:
    """Registered domain -> outlet name (cached: read once per process)."""
    with path.open(encoding="utf-8") as handle:
        return {str(k).lower(): str(v) for k, v in yaml.safe_load(handle).items()}


def registered_domain(url: str) -> str | None:
    """The registrable part of a URL's host: "https://www.bbc.co.uk/x" -> "bbc.co.uk"."""
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    if not host or "." not in host or re.fullmatch(r"[\d.]+", host):
        return None
    labels = _HOST_PREFIXES.sub("", host).split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def known_outlet(url: str, outlets: dict[str, str], wires: WireLexicon) -> str | None:
    """The named outlet (or agency) whose site ``url`` is on, when the lexicons know it."""
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    # Longest suffix first, so "abcnews.go.com" wins over a "go.com" entry.
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if (suffix := ".".join(labels[i:])) in outlets:
            return outlets[suffix]
    return wires.by_domain(host)


def _clean_name(name: str) -> str | None:
    name = re.sub(r"\s+(?:All|Inc|Ltd|LLC|Limited|Group|Media|Plc)\b.*$", "", name).strip(" .,")
    name = re.sub(r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$", "", name)  # "© Example Times 2024"
    if not name or name.lower() in {"the", "all", "copyright"} or name.isdigit():
        return None
    return name


def copyright_holders(line: str) -> list[str]:
    """Names after a copyright sign: "© 2022 Reuters. All rights reserved." -> ["Reuters"]."""
    return [n for m in _COPYRIGHT.finditer(line) if (n := _clean_name(m.group("name")))]


def outlet_from_footer(lines: Iterable[str], wires: WireLexicon) -> str | None:
    """The outlet a footer names as itself ("© 2022 The Daily Example"), agencies aside.

    A copyright naming an agency credits the copy, not the site, so it is skipped here
    (credits.py counts it as wire evidence).
    """
    for line in lines:
        for pattern in (_SELF_REFERENCE, _COPYRIGHT):
            for match in pattern.finditer(line):
                name = _clean_name(match.group("name"))
                if name and not wires.lookup(name):
                    return name
    return None
