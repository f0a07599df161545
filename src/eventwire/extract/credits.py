"""Credits: the wire agency behind a story, the outlet that published it, and its authors.

Wire evidence is collected by class of line, each with a weight, and the best-supported
agency wins. Mentions of an agency as a *source* ("told Reuters", "according to AFP",
"a Reuters witness") are never evidence: only credit slots are read. Photo credits
("REUTERS/Jane Doe", "Photo: AFP") are ignored on purpose: outlets license agency pictures
for their own reporting, so a picture credit says nothing about who wrote the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.extract.agencies import WireLexicon, load_wires
from eventwire.extract.bylines import find_bylines, parse_byline, split_names
from eventwire.extract.outlets import (
    copyright_holders,
    known_outlet,
    load_outlets,
    outlet_from_footer,
    registered_domain,
)
from eventwire.records import Credits

DEFAULT_TAIL_PARAGRAPHS = 2  # body paragraphs at the end that may be mislabelled boilerplate
DEFAULT_SHORT_LINE = 80

# Evidence weights: strong = the agency is named in a slot reserved for the credit.
_STRONG, _MEDIUM, _WEAK = 3, 2, 1

_PHOTO_CREDIT = re.compile(
    r"\b(?:photo|photograph|picture|pic|image|file photo|illustration|video|graphic|credit)s?"
    r"\s*(?:by\s*)?[:/]|\b[A-Z]{2,}/[A-Z][a-z]|\bvia getty\b|\bgetty images\b",
    re.I,
)
# "GENEVA, Jan 12 (Reuters) -", "ANKARA (AA) -", "MOSCOW, January 12. /TASS/."
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}(?:,\s*[^()\n/]{1,40}?)?\.?\s*"
    r"(?:\((?P<paren>[^()]{1,40})\)|/(?P<slash>[^/]{1,25})/)\s*(?:[-—–:.]|$)"
)
_SOURCE_LINE = re.compile(
    r"^(?:sources?|via|courtesy(?: of)?|agency|agencies|credit|wire)\s*:\s*(?P<list>.+)$", re.I
)
_INPUTS_LINE = re.compile(
    r"^\(?(?:with|additional)\s+(?:inputs?|reporting)\s+from\s+(?P<list>.+)$", re.I
)
# The agency as grammatical subject of a publisher's statement about its own service.
_PUBLISHER_VERB = re.compile(
    r"^(?:'s?)?(?:\s+(?:website|web site|site|news service|service|news|wire|app))?\s+"
    r"(?:contains?|does not|doesn't|do not|is not|will not|shall|may not|cannot|reserves?"
    r"|retains?|provides?|offers?|accepts? no|takes no|makes no|bears no|owns?)\b"
)
_PUBLISHER_TOPIC = re.compile(
    r"website|\bsite\b|subscri|rights|endorse|responsib|reproduc|redistribut|permission|portion",
    re.I,
)
_REPORTING_CREDIT = re.compile(
    r"(?:^|[(;]\s*)(?:additional\s+)?(?:reporting|writing|compiled|written)\s+by\s+(?P<names>[^;()]+)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Evidence:
    agency: str
    weight: int
    order: int  # earlier evidence breaks ties


def _split_agencies(text: str, wires: WireLexicon) -> list[str]:
    parts = re.split(r"\s*(?:,|/|;|&|\band\b|\+)\s*", text.strip(" .()"))
    return [a for a in (wires.lookup(p) for p in parts) if a]


def _header_evidence(header: Sequence[str], wires: WireLexicon) -> Iterable[tuple[str, int]]:
    for line in header:
        if _PHOTO_CREDIT.search(line):
            continue
        if agency := wires.lookup(line):
            yield agency, _STRONG  # a line that is only the agency: ">> Reuters"
        elif (byline := parse_byline(line, wires)) and byline.wire:
            yield byline.wire, _STRONG


def _dateline_evidence(body: Sequence[str], wires: WireLexicon) -> Iterable[tuple[str, int]]:
    for paragraph in body[:2]:
        if match := _DATELINE.match(paragraph):
            for agency in _split_agencies(match["paren"] or match["slash"], wires)[:1]:
                yield agency, _STRONG


def _publisher_subject(line: str, wires: WireLexicon) -> str | None:
    """The agency when it opens ``line`` as a publisher speaking of its own service."""
    text = re.sub(r"^the\s+", "", line.strip(), flags=re.I)
    match = wires.pattern.match(text)
    if not match or not _PUBLISHER_TOPIC.search(text):
        return None
    agency = wires.lookup(match.group(0), abbreviations=False)
    return agency if agency and _PUBLISHER_VERB.match(text[match.end() :]) else None


def _line_credit(line: str, wires: WireLexicon) -> tuple[str, int] | None:
    """Evidence from one footer (or closing) line: sign-offs, sources, copyright, publisher."""
    if _PHOTO_CREDIT.search(line):
        return None
    stripped = line.strip()
    if len(stripped) <= DEFAULT_SHORT_LINE and (agency := wires.lookup(stripped)):
        return agency, _STRONG  # "— AP", "(AFP)"
    for pattern, weight in ((_SOURCE_LINE, _STRONG), (_INPUTS_LINE, _MEDIUM)):
        if (match := pattern.match(stripped)) and (found := _split_agencies(match["list"], wires)):
            return found[0], weight
    if agency := _publisher_subject(stripped, wires):
        return agency, _STRONG
    for holder in copyright_holders(stripped):
        if agency := wires.lookup(holder, abbreviations=False):
            return agency, _MEDIUM
    return None


def _closing_lines(body: Sequence[str], footer: Sequence[str]) -> list[str]:
    return [*body[-DEFAULT_TAIL_PARAGRAPHS:], *footer]


def _best_wire(evidence: list[tuple[str, int]]) -> str | None:
    scored: dict[str, _Evidence] = {}
    for order, (agency, weight) in enumerate(evidence):
        old = scored.get(agency)
        scored[agency] = _Evidence(
            agency, weight + (old.weight if old else 0), old.order if old else order
        )
    best = max(scored.values(), key=lambda e: (e.weight, -e.order), default=None)
    return best.agency if best else None


def _find_wire(
    header: Sequence[str],
    body: Sequence[str],
    footer: Sequence[str],
    url: str | None,
    author_hint: str | None,
    sitename_hint: str | None,
    wires: WireLexicon,
) -> str | None:
    evidence = [*_header_evidence(header, wires), *_dateline_evidence(body, wires)]
    evidence += [c for c in (_line_credit(ln, wires) for ln in _closing_lines(body, footer)) if c]
    evidence += [(a, _MEDIUM) for a in _split_agencies(author_hint or "", wires)]
    # The agency's own site or site name: its pages are its copy, weakest of all evidence.
    own = wires.by_domain(_host(url)) if url else None
    evidence += [(a, _WEAK) for a in (own, wires.lookup(sitename_hint or "")) if a]
    return _best_wire(evidence)


def _host(url: str) -> str:
    return re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]


def _find_outlet(
    body: Sequence[str],
    footer: Sequence[str],
    url: str | None,
    sitename_hint: str | None,
    wires: WireLexicon,
) -> str | None:
    """Known site > footer self-reference > agency's own website > site name > bare domain.

    A bare registered domain comes last so that one outlet gets the same name whether or
    not its page arrived with an address.
    """
    if url and (outlet := known_outlet(url, load_outlets(), wires)):
        return outlet
    if outlet := outlet_from_footer(footer, wires):
        return outlet
    for line in _closing_lines(body, footer):
        # An agency speaking of its own website: the page is on the agency's site.
        own_site = re.search(r"\b(?:website|web site|site)\b", line, re.I)
        if own_site and (agency := _publisher_subject(line, wires)):
            return agency
    return (sitename_hint or "").strip() or (registered_domain(url) if url else None)


def _find_authors(
    header: Sequence[str],
    body: Sequence[str],
    footer: Sequence[str],
    author_hint: str | None,
    wires: WireLexicon,
) -> tuple[str, ...]:
    opening = [p for p in body[:1] if len(p) <= DEFAULT_SHORT_LINE]
    names = [n for b in find_bylines([*header, *opening], wires) for n in b.authors]
    if not names and author_hint:
        names = [n for n in split_names(author_hint) if not wires.lookup(n)]
    if not names:
        for line in _closing_lines(body, footer):
            for match in _REPORTING_CREDIT.finditer(line):
                names += split_names(match["names"])
    return tuple(dict.fromkeys(names))


def find_credits(
    *,
    header: Sequence[str],
    body: Sequence[str],
    footer: Sequence[str],
    url: str | None = None,
    author_hint: str | None = None,
    sitename_hint: str | None = None,
) -> Credits:
    """Work out the wire agency, outlet and authors of one article.

    Args:
        header: non-body lines between the page top and the body (title, bylines, dates).
        body: the article paragraphs.
        footer: non-body lines after the body (credits, copyright, comment policy).
        url: the page's address, when known.
        author_hint: raw author string from HTML metadata.
        sitename_hint: site name from HTML metadata.

    Returns:
        Credits with person names only in ``authors``; ``wire`` and ``outlet`` may be None.
    """
    wires = load_wires()
    return Credits(
        wire=_find_wire(header, body, footer, url, author_hint, sitename_hint, wires),
        outlet=_find_outlet(body, footer, url, sitename_hint, wires),
        authors=_find_authors(header, body, footer, author_hint, wires),
    )
