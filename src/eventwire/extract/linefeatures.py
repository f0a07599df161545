"""Shape features of one text-dump line and a body-likeness score built from them.

Every feature is general: length, sentence shape, stop words, title case, list shape,
link/markup residue and a small vocabulary of page furniture (share, subscribe, cookies...).
Nothing here names an outlet or a string seen on a particular page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# A small English stop-word list: prose runs at 35-50 % of these, headlines and menus far lower.
STOP_WORDS = frozenset(
    """a about after all also an and any are as at be because been but by can could did do
    does for from had has have he her his how i if in into is it its just may more most my no
    not of on one or our out over said says she so than that the their them then there these
    they this those to up was we were what when where which while who will with would you
    your""".split()  # noqa: SIM905 -- a word list reads better as prose
)

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
# Chinese and Japanese are written without spaces: count two characters as one word.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_BULLET = re.compile(r"^(?:[-•*·–—>»▪●◦]\s|\d{1,2}[.)]\s|\(\d{1,2}\)\s)")
_HTML = re.compile(r"</?[a-zA-Z][^<>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{2,5});|\{\{|\}\}|\bdiv\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b")
# Words a date, time or dateline is made of; a line of only these (and digits) is a timestamp.
_DATE_WORDS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december mon tue wed thu fri sat sun monday tuesday
    wednesday thursday friday saturday sunday am pm a m p ago at on by of updated published
    posted last modified edited min mins minute minutes hour hours hr hrs day days week weeks
    month months year years yesterday today et est edt pt pdt gmt utc bst ist cet""".split()  # noqa: SIM905
)
# Page furniture: sharing, accounts, feeds, legal notices, ads, navigation and list headers.
# Counted as words, so a body sentence mentioning one is only mildly penalised (see below).
_FURNITURE_WORDS = frozenset(
    """share shares shared tweet email e-mail print subscribe subscribed subscriber subscribers
    subscription subscriptions newsletter newsletters register login logout cookie cookies
    privacy copyright advertisement advertising sponsored comment comments related trending
    recommended tags tag topics menu home previous next loading javascript browser download
    app via rss feed podcast video gallery watch listen photo image credit getty illustration
    file""".split()  # noqa: SIM905
)
# Two-word furniture ("sign in", "read more", "all rights reserved", "you may also like").
_FURNITURE_PAIRS = frozenset(
    {
        ("sign", "in"), ("sign", "up"), ("log", "in"), ("log", "out"), ("follow", "us"),
        ("terms", "of"), ("read", "more"), ("rights", "reserved"), ("click", "here"),
        ("most", "read"), ("most", "popular"), ("most", "viewed"), ("most", "shared"),
        ("see", "also"), ("skip", "to"), ("also", "like"), ("back", "to"),
    }
)  # fmt: skip
_URL_MARKS = re.compile(r"https?://|www\.|\.(?:com|org|net|html)")


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What the scorer knows about one line (or one block of rejoined lines)."""

    words: int
    chars: int
    sentence_end: bool
    starts_upper: bool
    stop_ratio: float  # share of tokens that are English stop words
    title_ratio: float  # share of longer words that start upper-case
    bullet: bool
    url: bool
    html: bool
    furniture: int  # furniture-vocabulary hits
    digits_only: bool  # dates, times, counters: no real words
    symbol_ratio: float  # non-alphanumeric, non-space share of characters
    lower_ratio: float  # share of words starting lower-case: high in prose, in any language
    short_lower: float  # share of short lower-case words: function words of most languages


def _is_timestamp(tokens: list[str], lowered: list[str], text: str) -> bool:
    """Dates, times, counters and "2 days ago at 07:52 am": digits with no real words.

    One unknown word may repeat (a time zone: "07:34 PM EST Updated: 07:34 PM EST").
    """
    rest: set[str] = set()
    count = 0
    for t in lowered:  # stops at the second real word: prose leaves at once
        if not t.isdigit() and t not in _DATE_WORDS:
            rest.add(t)
            count += 1
            if len(rest) > 1:
                return False
    has_digit = any(t.isdigit() for t in tokens) or bool(_CLOCK.search(text))
    return has_digit or count < len(tokens)


def _cjk_extra(text: str) -> int:
    """Words a run of Chinese or Japanese characters stands for, beyond the one token."""
    if text.isascii():
        return 0
    return len(_CJK.findall(text)) // 2


def _symbols(text: str, tokens: list[str]) -> int:
    """Characters that are neither word characters nor spaces (punctuation, markup, emoji)."""
    return len(text) - sum(map(len, tokens)) - text.count(" ")


def line_features(text: str) -> LineFeatures:
    """Compute the shape features of one stripped, non-blank line."""
    tokens = _WORD.findall(text)
    n = max(1, len(tokens))
    alpha = [t for t in tokens if not t.isdigit()]
    longer = [t for t in alpha if len(t) > 3]
    lowered = text.lower()
    words = _WORD.findall(lowered)
    lower = [t for t in alpha if t.islower()]
    furniture = len([t for t in words if t in _FURNITURE_WORDS])
    furniture += len([pair for pair in pairwise(words) if pair in _FURNITURE_PAIRS])
    furniture += ("©" in text) + ("@" in text)
    return LineFeatures(
        words=len(tokens) + _cjk_extra(text),
        chars=len(text),
        sentence_end=bool(_SENTENCE_END.search(text)),
        starts_upper=text[:1].isupper() or text[:1] in "\"'“‘(" or text[:1].isdigit(),
        stop_ratio=len([t for t in words if t in STOP_WORDS]) / n,
        title_ratio=len([t for t in longer if t[0].isupper()]) / max(1, len(longer)),
        bullet=bool(_BULLET.match(text)),
        url=bool(_URL_MARKS.search(lowered)),
        html=any(c in text for c in "<&{") and bool(_HTML.search(text)),
        furniture=furniture,
        digits_only=_is_timestamp(tokens, words, text),
        symbol_ratio=_symbols(text, tokens) / max(1, len(text)),
        lower_ratio=len(lower) / max(1, len(alpha)),
        short_lower=len([t for t in lower if len(t) <= 3]) / n,
    )


def line_score(f: LineFeatures, *, english: bool, repeated: bool) -> float:
    """How body-like a line is, 0..1: long sentence-shaped prose scores high.

    ``english`` says whether stop words are informative on this page; elsewhere length and
    sentence shape carry their weight. ``repeated`` marks a short line seen again on the page
    (menus, related lists and the title all repeat; prose rarely does).
    """
    if f.digits_only or f.words == 0:
        return 0.0
    score = 0.35 * min(f.words, 40) / 40
    score += 0.2 if f.sentence_end else 0.0
    score += 0.05 if f.starts_upper else 0.0
    if english:
        score += 0.3 * min(f.stop_ratio / 0.3, 1.0)
    else:
        score += 0.3 * min(f.words, 20) / 20
    return max(0.0, min(1.0, score - _penalty(f, repeated=repeated)))


def _penalty(f: LineFeatures, *, repeated: bool) -> float:
    short = f.words < 15
    penalty = 0.0
    if f.title_ratio >= 0.7 and f.words >= 4 and not f.sentence_end:
        penalty += 0.2  # headline-shaped: a link to another story or a section name
    penalty += 0.15 if f.bullet else 0.0
    penalty += min(f.furniture, 2) * (0.2 if short else 0.05)
    penalty += (0.3 if short else 0.1) if f.url else 0.0
    penalty += (0.5 if short else 0.2) if f.html else 0.0
    penalty += 0.25 if repeated and short else 0.0
    penalty += 0.2 if f.symbol_ratio > 0.2 else 0.0
    return penalty
