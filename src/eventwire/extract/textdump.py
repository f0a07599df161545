"""Clean a text dump: find the title and the article body among page furniture.

A text dump is the visible text of a web page: the article mixed with menus, "most read"
lists, related headlines, share buttons, captions and footers. Each unit (a line, or a piece
of one) gets a body-likeness score from its shape (`linefeatures`); the body is the densest
contiguous run of high-scoring units (a max-sum subarray over length-weighted scores), and
short lines inside that run are kept unless they look like furniture.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.errors import ExtractionError
from eventwire.extract.dumpsegments import Unit, make_units
from eventwire.extract.linefeatures import LineFeatures, line_features, line_score
from eventwire.records import CleanedDump, DumpLine, LineLabel

DEFAULT_REGION_THRESHOLD = 0.55  # units scoring above this pull the body region towards them
DEFAULT_MIN_BODY_SCORE = 0.25  # inside the region, units below this are furniture
DEFAULT_TITLE_WINDOW = 15  # how many units before the body the headline may stand
DEFAULT_MIN_ENGLISH_STOP_RATIO = 0.15  # stop-word share of prose on an English page
DEFAULT_GAP_COST = 0.5  # non-body units cost half: short inserts inside a body are bridged

# A unit naming page furniture this often (comment policy, subscription notice, share bar) is
# furniture even when it is written in full sentences.
FURNITURE_LIMIT = 2
_WORD = re.compile(r"\w+")
_SITE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{1,40}$")  # "Headline - Outlet" in <title>


@dataclass(frozen=True, slots=True)
class TextDumpOptions:
    """Tunables of `clean_text`."""

    region_threshold: float = DEFAULT_REGION_THRESHOLD
    min_body_score: float = DEFAULT_MIN_BODY_SCORE
    title_window: int = DEFAULT_TITLE_WINDOW
    min_english_stop_ratio: float = DEFAULT_MIN_ENGLISH_STOP_RATIO
    gap_cost: float = DEFAULT_GAP_COST


@dataclass(frozen=True, slots=True)
class _Scored:
    unit: Unit
    features: LineFeatures
    score: float
    key: str  # normalised text, for repetition


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _repeat_counts(units: Sequence[Unit], keys: Sequence[str]) -> Counter[str]:
    """How often each normalised text occurs, counting "Headline - Outlet" as the headline too."""
    counts = Counter(keys)
    for unit in units:
        if any(c in unit.text for c in "-|–—:"):
            bare = _SITE_SUFFIX.sub("", unit.text)
            if bare != unit.text:
                counts[_key(bare)] += 1
    return counts


def _is_english(features: Sequence[LineFeatures], options: TextDumpOptions) -> bool:
    """Stop words only help where the page is English; elsewhere fall back to shape alone."""
    prose = [f for f in features if f.words >= 12]
    tokens = sum(f.words for f in prose)
    stops = sum(f.stop_ratio * f.words for f in prose)
    return tokens > 0 and stops / tokens >= options.min_english_stop_ratio


def _score_units(
    units: Sequence[Unit], keys: Sequence[str], counts: Counter[str], options: TextDumpOptions
) -> list[_Scored]:
    features = [line_features(u.text) for u in units]
    english = _is_english(features, options)
    scored = []
    for unit, feats, key in zip(units, features, keys, strict=True):
        score = line_score(feats, english=english, repeated=counts[key] > 1)
        scored.append(_Scored(unit, feats, score, key))
    return scored


def _weight(s: _Scored, options: TextDumpOptions) -> float:
    """Long body-like units pull hard; short furniture between paragraphs pushes gently."""
    weight = (s.score - options.region_threshold) * math.sqrt(min(s.features.chars, 1000))
    return weight * options.gap_cost if weight < 0 else weight


def _best_region(scored: Sequence[_Scored], options: TextDumpOptions) -> tuple[int, int] | None:
    """Max-sum contiguous run of unit weights: the densest body-like stretch; [start, end)."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, s in enumerate(scored):
        weight = _weight(s, options)
        if run <= 0:
            run, run_start = 0.0, i
        run += weight
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


def _body_flags(
    scored: Sequence[_Scored], span: tuple[int, int], options: TextDumpOptions
) -> list[bool]:
    """Inside the region keep units that are not furniture; a repeated long unit counts once."""
    flags = [False] * len(scored)
    seen: set[str] = set()
    for i in range(*span):
        s = scored[i]
        keep = s.score >= options.min_body_score or _subhead(scored, i, span, options)
        if s.key in seen or not keep:
            continue
        flags[i] = True
        if s.features.words >= 8:
            seen.add(s.key)
    _trim_edges(scored, flags)
    return flags


def _trim_edges(scored: Sequence[_Scored], flags: list[bool]) -> None:
    """Drop furniture written as prose (comment policy, subscription notice) at the body's ends."""
    kept = [i for i, flag in enumerate(flags) if flag]
    for i in reversed(kept):
        if scored[i].features.furniture < FURNITURE_LIMIT:
            break
        flags[i] = False
    for i in kept:
        if scored[i].features.furniture < FURNITURE_LIMIT or not flags[i]:
            break
        flags[i] = False


def _subhead(
    scored: Sequence[_Scored], i: int, span: tuple[int, int], options: TextDumpOptions
) -> bool:
    """A short plain heading inside the body, right before a paragraph, is part of the body."""
    f = scored[i].features
    if f.words > 12 or f.url or f.html or f.furniture or f.digits_only or f.bullet:
        return False
    return i + 1 < span[1] and scored[i + 1].score >= options.region_threshold


def _title_rank(s: _Scored, distance: int, window: int, counts: Counter[str]) -> float:
    f = s.features
    if not 3 <= f.words <= 30 or f.url or f.html or f.furniture or f.bullet or f.digits_only:
        return -1.0
    if s.unit.text.endswith("."):
        return -1.0  # headlines rarely end with a full stop; captions and teasers do
    rank = f.title_ratio + (1.0 - distance / (window + 1))
    rank += 1.0 if counts[s.key] > 1 else 0.0
    rank += 0.5 if 5 <= f.words <= 20 else 0.0
    return rank


def _find_title(
    scored: Sequence[_Scored], start: int, counts: Counter[str], options: TextDumpOptions
) -> int | None:
    """The headline-like unit just before the body, preferring one repeated on the page."""
    ranked = [
        (_title_rank(scored[i], start - i, options.title_window, counts), i)
        for i in range(max(0, start - options.title_window), start)
    ]
    ranked = [(r, i) for r, i in ranked if r > 0]
    return max(ranked)[1] if ranked else None


def _dump_lines(
    raw: Sequence[str], scored: Sequence[_Scored], labels: Sequence[LineLabel]
) -> tuple[DumpLine, ...]:
    """One labelled line per non-blank input line; a line split into pieces takes its best."""
    order = {LineLabel.BOILERPLATE: 0, LineLabel.BODY: 1, LineLabel.TITLE: 2}
    merged: dict[int, tuple[LineLabel, float]] = {}
    for s, label in zip(scored, labels, strict=True):
        for index in s.unit.lines:
            old_label, old_score = merged.get(index, (LineLabel.BOILERPLATE, 0.0))
            best = label if order[label] > order[old_label] else old_label
            merged[index] = (best, max(old_score, s.score))
    return tuple(
        DumpLine(i, raw[i].strip(), label, round(score, 3)) for i, (label, score) in merged.items()
    )


def _headline_in_region(
    scored: Sequence[_Scored], span: tuple[int, int], options: TextDumpOptions
) -> int | None:
    """A headline in the front half of the region that repeats the page's first line.

    Pages often list other stories' headlines with their leads just above the article; the
    article's own headline, repeated from the page title on the first line, marks where its
    body begins.
    """
    first = scored[0].unit.text
    before = Counter({_key(first): 1, _key(_SITE_SUFFIX.sub("", first)): 1})
    weights = [max(0.0, _weight(scored[i], options)) for i in range(*span)]
    remaining = sum(weights)
    total = remaining
    for i, w in zip(range(*span), weights, strict=True):
        if remaining < total / 2:
            return None
        remaining -= w
        if before[scored[i].key] and _title_rank(scored[i], 0, 1, before) > 0:
            return i
    return None


def clean_text(text: str, *, options: TextDumpOptions | None = None) -> CleanedDump:
    """Split a text dump into title, body paragraphs and labelled lines.

    Args:
        text: the visible text of a web page, lines separated by newlines.
        options: tunables; `TextDumpOptions()` when omitted.

    Returns:
        A `CleanedDump`: the title (or None), body paragraphs with wrapped lines rejoined and
        glued lines split, and every non-blank input line labelled TITLE/BODY/BOILERPLATE.

    Raises:
        ExtractionError: reason "no_text" when no body region is found (a link list, a
            page of menus, or an empty dump).
    """
    options = options or TextDumpOptions()
    units = make_units(text)
    keys = [_key(u.text) for u in units]
    counts = _repeat_counts(units, keys)
    scored = _score_units(units, keys, counts, options)
    span = _best_region(scored, options)
    headline = _headline_in_region(scored, span, options) if span else None
    if span and headline is not None:
        span = (headline + 1, span[1])
    flags = _body_flags(scored, span, options) if span else []
    if not any(flags):
        raise ExtractionError(
            "no article body found in text dump (is it a link list or an index page?)",
            reason="no_text",
        )
    title_at = headline if headline is not None else _find_title(scored, span[0], counts, options)
    labels = [
        LineLabel.TITLE if i == title_at else LineLabel.BODY if body else LineLabel.BOILERPLATE
        for i, body in enumerate(flags)
    ]
    return CleanedDump(
        title=_SITE_SUFFIX.sub("", scored[title_at].unit.text) if title_at is not None else None,
        paragraphs=tuple(s.unit.text for s, body in zip(scored, flags, strict=True) if body),
        lines=_dump_lines(text.splitlines(), scored, labels),
    )
