"""Which lines of an article may carry events: prose, not headlines or lists of other stories.

Extraction drops most page furniture, but an article's text can still open with its own
headline, and text dumps keep "Most read" lists and link lines that extraction judged too
close to the body. These read like news ("Russia warns Ukraine over grain deal") and would
code phantom events, or the headline's event a second time. What they share is form: a
line with no sentence-final punctuation that is a list item, the article's first line, or
one of a run of such lines, a link ("SEE MORE: ...", "MUST READ | ..."), headlines strung
with pipes or a line in capitals (a promoted story's headline between paragraphs). A single
unpunctuated line inside prose in sentence case (a subhead, a one-line article) is still coded.
"""

from __future__ import annotations

import re

_FINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-–—•·*▪►>]|\d{1,2}[.)])\s")
# a link to another story: "SEE MORE: ...", "Also on rt.com ...", "Related: ..."
_PROMO = re.compile(r"^\s*(?:see more|read more|read also|also read|also on|related|watch|"
                    r"must read)\b",
                    re.IGNORECASE)
_PIPES = 2  # "A | B | C": headlines (or table cells) strung on one line
_SHOUTED = 4  # letters at least, none of them lower case: "PUTIN OVERSEES DRILL: REPORTS"


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _shouted(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= _SHOUTED and not any(ch.islower() for ch in letters)


def not_prose(text: str) -> list[tuple[int, int]]:
    """Char spans of ``text`` (whole lines) whose sentences are not to be coded."""
    lines = _lines(text)
    bare = [not _FINAL.search(text[a:b]) for a, b in lines]
    spans = []
    for i, (a, b) in enumerate(lines):
        if not bare[i]:
            continue
        in_run = (i > 0 and bare[i - 1]) or (i + 1 < len(lines) and bare[i + 1])
        first = i == 0 and len(lines) > 1
        line = text[a:b]
        listed = (_BULLET.match(line) or _PROMO.match(line) or line.count(" | ") >= _PIPES
                  or _shouted(line))
        if listed or in_run or first:
            spans.append((a, b))
    return spans
