"""Find the headline of a text dump among the lines just above its body.

Above an article body sit the headline, often a standfirst, then bylines, dates and share
bars; above those, menus and section labels. The headline is the top line of the block of
headline-shaped lines nearest the body, unless one of them repeats elsewhere on the page (the
<title> line), which then wins. Bylines, names, date lines and menus are never headlines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from eventwire.extract.linecontext import ScoredUnit

DEFAULT_TITLE_WINDOW = 15  # how many units before the body the headline may stand
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door)\s", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*[|•>»/·]\s*")
_NAME_JOINERS = frozenset({"and", "und", "et", "e", "y", "in", "for", "of", "at", "de", "van"})
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


def _name_like(text: str) -> bool:
    """A person's name alone: two or three capitalised words ("Marek Oduya")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words)


def is_byline(text: str, *, bare_name: bool = True) -> bool:
    """ "By Staff Reporter", "Marek Oduya", "Jane Doe | 26.01.2022": credits, not headlines.

    With ``bare_name=False`` a name alone does not count (in German a two-word subhead has
    the same shape).
    """
    text = text.strip()
    words = text.split()
    if _BYLINE.match(text) and len(words) <= 8 and not text.endswith("."):
        return all(w[:1].isupper() or not w[:1].isalpha() or w in _NAME_JOINERS for w in words[1:])
    head = _SEPARATOR.split(text)[0].strip()
    rest = text[len(head) :]
    dated = any(c.isdigit() for c in rest)
    return _name_like(head) and (dated or (bare_name and not rest.strip(" |•>»/·")))


def is_link_row(text: str) -> bool:
    """ "Home | World | Sport", "Home > World", "NATO / Russia": short items and separators."""
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) >= 2 and all(len(p.split()) <= 3 for p in parts):
        return not any(c.isdigit() for c in text)  # "Jane Doe | 26.01.2022" is a byline
    return False


def is_menu(text: str) -> bool:
    """A link row, or a comma list of section names ("World, Europe"): not a headline."""
    if is_link_row(text):
        return True
    items = [p.strip() for p in text.split(",")]
    return len(items) >= 2 and all(
        1 <= len(p.split()) <= 2 and p[:1].isupper() and not any(c.isdigit() for c in p)
        for p in items
    )


def _skippable(s: ScoredUnit) -> bool:
    """Lines that sit between headline and body: credits, dates, share bars."""
    f = s.features
    return f.digits_only or f.furniture > 0 or is_byline(s.unit.text)


def _headline_shaped(s: ScoredUnit) -> bool:
    f, text = s.features, s.unit.text
    if not 3 <= f.words <= 30 or f.url or f.html or f.furniture or f.bullet or f.digits_only:
        return False
    if text.endswith(".") or is_menu(text) or is_byline(text):
        return False  # headlines rarely end with a full stop; captions and teasers do
    return f.title_ratio > 0 or f.words >= 5


def find_title(
    scored: Sequence[ScoredUnit], start: int, counts: Counter[str],
    window: int = DEFAULT_TITLE_WINDOW,
) -> int | None:  # fmt: skip
    """Index of the headline among the units before the body start, or None."""
    block: list[int] = []
    for i in range(start - 1, max(-1, start - 1 - window), -1):
        s = scored[i]
        if _headline_shaped(s):
            block.append(i)
        elif block and not _skippable(s):
            break
    repeated = [i for i in block if counts[scored[i].key] > 1]
    if repeated:
        return repeated[0]
    return block[-1] if block else None
