"""Find quotation-mark spans in article text, paragraph by paragraph.

Double marks (straight, curly, guillemets, low-9) delimit quotes; single marks inside them
are nested quotes and belong to the outer one. Single marks at top level count only when
they open after a space and close before a non-letter (so apostrophes never pair up). A
paragraph that ends inside a quote continues in the next paragraph when that one opens
with a quotation mark (the news convention for multi-paragraph quotes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.records import Span

OPENERS = "\u201c\u201e\u00ab\u201f"
CLOSERS = "\u201d\u00bb"
STRAIGHT = '"'
_DOUBLE = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb\u201f]')
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))['\u2018]([^'\u2018\u2019\n]{2,}?)"
                     r"[\u2019'](?![\w])")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quoted stretch within one paragraph, marks included."""

    start: int
    end: int  # exclusive
    paragraph: int
    chain: int  # pieces of one multi-paragraph quote share a chain number
    opened: bool  # starts with an opening mark (False: continues from the paragraph before)
    closed: bool  # ends with a closing mark (False: runs on into the next paragraph)


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    if ch in OPENERS:
        return True
    if ch in CLOSERS:
        return False
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{\u2014\u2013-:,;"


def _pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Pair double marks in text[start:end]: (start, end, opened) spans and a dangling opener."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for m in _DOUBLE.finditer(text, start, end):
        i = m.start()
        opener = _is_opener(text, i)
        if open_at is None:
            if opener:
                open_at = i
            elif not spans and text[start:i].strip():  # a closer first: quote ran on
                spans.append((start, i + 1, False))
        elif opener and text[i] != STRAIGHT and text[open_at] != STRAIGHT:
            open_at = i  # two curly openers in a row: the first was a stray
        else:
            spans.append((open_at, i + 1, True))
            open_at = None
    return spans, open_at


def _singles(text: str, start: int, end: int, taken: list[MarkedSpan]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SINGLE.finditer(text, start, end)
            if not any(s.start <= m.start() < s.end for s in taken) and len(m.group(1)) > 3]


def find_marked_spans(text: str, paragraphs: Sequence[Span]) -> list[MarkedSpan]:
    """Every quoted stretch in ``text``, split at paragraph boundaries, in text order."""
    result: list[MarkedSpan] = []
    chains = 0
    open_chain: int | None = None  # chain left open at the end of the previous paragraph
    for p, para in enumerate(paragraphs):
        body = text[para.start:para.end]
        first = para.end - len(body.lstrip())
        spans, open_at = _pairs(text, para.start, para.end)
        pieces = spans + ([(open_at, para.end, True)] if open_at is not None else [])
        here: list[MarkedSpan] = []
        for a, b, opened in pieces:
            if open_chain is not None and a in (first, para.start):
                chain = open_chain  # continuation of the previous paragraph's quote
            else:
                chains += 1
                chain = chains
            here.append(MarkedSpan(a, b, p, chain, opened, b < para.end or a != open_at))
        open_chain = here[-1].chain if open_at is not None else None
        for a, b in _singles(text, para.start, para.end, here):
            chains += 1
            here.append(MarkedSpan(a, b, p, chains, True, True))
        result += sorted(here, key=lambda s: s.start)
    return result
