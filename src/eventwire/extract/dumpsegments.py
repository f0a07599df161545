"""Cut a text dump into units: glued lines split apart, wrapped lines joined back.

A unit is what the cleaner scores: one input line, a piece of a line that held two blocks
run together, or several wrapped lines of one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# "...end of sentence.Next sentence": a lower-case word, a full stop, a capitalised word and a
# space. Domains ("site.Com"), e-mails and initials do not have that shape.
_SENTENCE_GLUE = re.compile(r"(?<=[a-z]{3}[.!?])(?:[\"”’)]?)(?=[A-Z][a-z]+[\s,])")
# A headline run into its first sentence: "...Security PledgeRussia will ask..."
_CAMEL_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]+\s)")
# A crawl or export header in front of the real text: "date 2022-01-30 Headline ...".
_STAMP_PREFIX = re.compile(
    r"^(?:[A-Za-z_]{1,12}[:=]?\s+)?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s+(?=\S)"
)
_TERMINAL = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Unit:
    """One scoring unit: text plus the input line numbers it came from."""

    text: str
    lines: tuple[int, ...]
    blank_before: bool  # a blank line (or the start) separates it from the unit before


def _title_ratio(text: str) -> float:
    longer = [w for w in _WORD.findall(text) if len(w) > 3 and not w.isdigit()]
    return sum(1 for w in longer if w[0].isupper()) / max(1, len(longer))


def _split_camel(text: str) -> list[str]:
    """Split a title-case headline from prose glued right after it, if that is the shape."""
    for m in _CAMEL_GLUE.finditer(text):
        head, rest = text[: m.start()], text[m.start() :]
        if not 3 <= len(head.split()) <= 20 or len(rest.split()) < 8:
            continue
        if _title_ratio(head) >= 0.6 and _TERMINAL.search(rest) and _title_ratio(rest) < 0.5:
            return [head, rest]
    return [text]


def split_glued(text: str) -> list[str]:
    """Split one stripped line where blocks were run together without a newline."""
    pieces: list[str] = []
    stamp = _STAMP_PREFIX.match(text)
    if stamp and len(text[stamp.end() :].split()) >= 3:
        pieces.append(text[: stamp.end()].strip())
        text = text[stamp.end() :]
    start = 0
    for m in _SENTENCE_GLUE.finditer(text):
        pieces.append(text[start : m.end()])
        start = m.end()
    pieces.append(text[start:])
    out: list[str] = []
    for piece in pieces:
        out.extend(_split_camel(piece))
    return [p.strip() for p in out if p.strip()]


def _continues(parts: list[str], cur: str) -> bool:
    """A wrapped line: the previous one stops mid-sentence and this one goes on.

    It goes on in lower case, after a comma or hyphen, or, once a paragraph is known to be
    hard-wrapped (two lines joined already), with a capitalised word ("...the disputed /
    Brisen Shoals, a day after...").
    """
    prev = parts[-1]
    if _TERMINAL.search(prev) or len(prev.split()) < 4:
        return False
    return cur[:1].islower() or prev.endswith((",", "-")) or len(parts) >= 2


def _join(parts: list[str]) -> str:
    out = [parts[0]]
    for cur in parts[1:]:
        prev = out[-1]
        if prev.endswith("-") and prev[-2:-1].isalpha() and cur[:1].islower():
            out[-1] = prev[:-1]  # a word hyphenated at the line end: no space
            out.append(cur)
        else:
            out.append(" " + cur)
    return "".join(out)


def _pieces(text: str) -> Iterator[tuple[int, str, bool]]:
    blank = True
    for index, raw in enumerate(text.splitlines()):
        line = raw.strip()
        if not line:
            blank = True
            continue
        for n, piece in enumerate(split_glued(line)):
            yield index, piece, blank and n == 0
        blank = False


def make_units(text: str) -> list[Unit]:
    """Cut a dump into scoring units, in order. Linear in the size of the text."""
    groups: list[tuple[list[str], list[int], bool]] = []
    for index, piece, blank in _pieces(text):
        if groups and not blank and groups[-1][1][-1] != index:
            parts, lines, _ = groups[-1]
            if _continues(parts, piece):
                parts.append(piece)
                lines.append(index)
                continue
        groups.append(([piece], [index], blank))
    return [Unit(_join(parts), tuple(lines), blank) for parts, lines, blank in groups]
