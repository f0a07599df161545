"""Feature rows for the units of one text dump: each unit's shape plus its neighbourhood.

A unit's own shape (`linefeatures`) says little on its own: a short quote inside an article
looks like a related-story link. The row adds the neighbours' shape, windowed means, the
position in the page, the distance to the longest prose unit and whether the unit lies in the
densest body-like stretch (a max-sum subarray over hand-set line scores). `linemodel` turns a
row into a body probability; `bench/train_textdump.py` learns its weights.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.extract.dumpsegments import Unit
from eventwire.extract.linefeatures import LineFeatures, line_features, line_score

REGION_THRESHOLD = 0.55  # units scoring above this pull the dense region towards them
GAP_COST = 0.5  # units below it push back at half weight: short inserts are bridged
MIN_ENGLISH_STOP_RATIO = 0.15  # stop-word share of prose on an English page
_WORD = re.compile(r"\w+")
SITE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{1,40}$")  # "Headline - Outlet" in <title>
_MENU_MARKS = re.compile(r"\s[|•>»/·]\s|\s[|]|,\s")
_NEIGHBOURS = (-2, -1, 1, 2)
# A comment header: "Alex on September 17, 2018 at 6:34 am said:"; needs a digit (date, time).
_COMMENT_HEAD = re.compile(r"\b(?:said|says|wrote|writes|replied|commented)\s*:?$", re.IGNORECASE)

OWN_NAMES = (
    "log_words", "log_chars", "sentence_end", "starts_upper", "stop_ratio", "english_stops",
    "title_ratio", "bullet", "url", "html", "furniture", "digits_only", "symbol_ratio",
    "rule_score", "repeated", "blank_before", "menu_shape", "ends_colon", "headline_shape",
    "lower_ratio", "short_lower",
)  # fmt: skip
_NEIGHBOUR_NAMES = ("rule_score", "log_words", "sentence_end", "furniture")
CONTEXT_NAMES = (
    "mean_score_3", "mean_words_3", "mean_score_10", "rel_position", "rel_chars_before",
    "log_dist_longest", "before_longest", "in_region", "log_dist_region", "before_region",
    "log_units", "title_repeat", "after_title_repeat", "rel_score", "rel_words", "sandwich",
    "comment_head", "after_comments", "bias",
)  # fmt: skip
FEATURE_NAMES: tuple[str, ...] = (
    *OWN_NAMES,
    *(f"{name}@{off:+d}" for off in _NEIGHBOURS for name in _NEIGHBOUR_NAMES),
    *CONTEXT_NAMES,
)


@dataclass(frozen=True, slots=True)
class ScoredUnit:
    """A unit with its shape features, hand-set score and normalised text."""

    unit: Unit
    features: LineFeatures
    score: float
    key: str  # lower-cased words, for repetition


@dataclass(frozen=True, slots=True)
class UnitTable:
    """The scored units of one dump and one feature row per unit (`FEATURE_NAMES` order)."""

    scored: tuple[ScoredUnit, ...]
    rows: list[tuple[float, ...]]
    counts: Counter[str]  # how often each key occurs ("Headline - Outlet" counts as headline)


def text_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _repeat_counts(units: Sequence[Unit], keys: Sequence[str]) -> Counter[str]:
    counts = Counter(keys)
    for unit in units:
        bare = SITE_SUFFIX.sub("", unit.text)
        if bare != unit.text:
            counts[text_key(bare)] += 1
    return counts


def _is_english(features: Sequence[LineFeatures]) -> bool:
    """Stop words only help where the page is English; elsewhere shape alone counts."""
    prose = [f for f in features if f.words >= 12]
    tokens = sum(f.words for f in prose)
    stops = sum(f.stop_ratio * f.words for f in prose)
    return tokens > 0 and stops / tokens >= MIN_ENGLISH_STOP_RATIO


def region_weight(s: ScoredUnit) -> float:
    """Long body-like units pull hard; short furniture between paragraphs pushes gently."""
    weight = (s.score - REGION_THRESHOLD) * math.sqrt(min(s.features.chars, 1000))
    return weight * GAP_COST if weight < 0 else weight


def best_region(scored: Sequence[ScoredUnit]) -> tuple[int, int]:
    """Max-sum contiguous run of unit weights: the densest body-like stretch; [start, end)."""
    best, span = 0.0, (0, 0)
    run, run_start = 0.0, 0
    for i, s in enumerate(scored):
        if run <= 0:
            run, run_start = 0.0, i
        run += region_weight(s)
        if run > best:
            best, span = run, (run_start, i + 1)
    return span


def _own(s: ScoredUnit, english: bool, repeated: bool) -> list[float]:
    f, text = s.features, s.unit.text
    menu = f.words <= 16 and len(_MENU_MARKS.findall(text)) >= 2
    headline = 4 <= f.words <= 25 and f.title_ratio >= 0.6 and not f.sentence_end
    return [
        math.log1p(f.words) / 4, math.log1p(f.chars) / 7, f.sentence_end, f.starts_upper,
        f.stop_ratio, f.stop_ratio if english else 0.0, f.title_ratio, f.bullet, f.url, f.html,
        min(f.furniture, 3) / 3, f.digits_only, f.symbol_ratio, s.score, repeated,
        s.unit.blank_before, menu, text.endswith(":"), headline, f.lower_ratio, f.short_lower,
    ]  # fmt: skip


def _window_means(values: Sequence[float], radius: int) -> list[float]:
    """Mean of values[i - radius : i + radius + 1] for every i, in linear time."""
    prefix = [0.0]
    for v in values:
        prefix.append(prefix[-1] + v)
    n = len(values)
    out = []
    for i in range(n):
        lo = i - radius if i > radius else 0
        hi = i + radius + 1 if i + radius + 1 < n else n
        out.append((prefix[hi] - prefix[lo]) / (hi - lo))
    return out


def _is_comment_head(text: str) -> bool:
    return bool(_COMMENT_HEAD.search(text)) and any(c.isdigit() for c in text)


def _sandwiches(scores: Sequence[float]) -> list[float]:
    """How body-like both sides are: the weaker of the best score 2 before and 2 after."""
    padded = [0.0, 0.0, *scores, 0.0, 0.0]
    out = []
    for i in range(len(scores)):
        a, b, c, d = padded[i], padded[i + 1], padded[i + 3], padded[i + 4]
        out.append(min(a if a > b else b, c if c > d else d))
    return out


def _context(scored: Sequence[ScoredUnit], own: Sequence[list[float]]) -> list[list[float]]:
    n = len(scored)
    scores = [s.score for s in scored]
    words = [row[0] for row in own]
    mean3, words3, mean10 = (
        _window_means(scores, 3), _window_means(words, 3), _window_means(scores, 10)
    )  # fmt: skip
    mass = [s.features.chars * s.score for s in scored]
    longest = mass.index(max(mass))
    start, end = best_region(scored)
    total = sum(s.features.chars for s in scored) or 1
    top_score = max(scores) or 1.0
    top_words = max(words)
    sandwich = _sandwiches(scores)
    heads = [s.features.words <= 25 and _is_comment_head(s.unit.text) for s in scored]
    first = scored[0].unit.text
    titles = {text_key(first), text_key(SITE_SUFFIX.sub("", first))}
    before, seen_title, seen_heads, rows = 0, False, 0, []
    for i, s in enumerate(scored):
        is_title = i > 0 and s.key in titles and s.features.words >= 3
        outside = start - i if i < start else i - end + 1 if i >= end else 0
        rows.append([
            mean3[i], words3[i], mean10[i], i / max(1, n - 1), before / total,
            math.log1p(abs(i - longest)) / 5, i < longest, start <= i < end,
            math.log1p(outside) / 5, i < start, math.log1p(n) / 8, is_title, seen_title,
            s.score / top_score, words[i] - top_words, sandwich[i], heads[i],
            seen_heads >= 2, 1.0,
        ])  # fmt: skip
        seen_heads += heads[i]
        before += s.features.chars
        seen_title = seen_title or is_title
    return rows


def _neighbours(own: Sequence[list[float]]) -> list[tuple[float, ...]]:
    """Rule score, log words, sentence end and furniture of the units 2 and 1 before and after."""
    zero = (0.0, 0.0, 0.0, 0.0)
    picks = [zero, zero, *((row[13], row[0], row[2], row[10]) for row in own), zero, zero]
    return [picks[i] + picks[i + 1] + picks[i + 3] + picks[i + 4] for i in range(len(own))]


def unit_table(units: Sequence[Unit]) -> UnitTable:
    """Score every unit and build its feature row. Linear in the number of units."""
    cache: dict[str, tuple[LineFeatures, str]] = {}  # menus and share bars repeat
    features, keys = [], []
    for u in units:
        known = cache.get(u.text)
        if known is None:
            known = cache[u.text] = (line_features(u.text), text_key(u.text))
        features.append(known[0])
        keys.append(known[1])
    counts = _repeat_counts(units, keys)
    english = _is_english(features)
    scored, own = [], []
    for unit, feats, key in zip(units, features, keys, strict=True):
        repeated = counts[key] > 1
        s = ScoredUnit(unit, feats, line_score(feats, english=english, repeated=repeated), key)
        scored.append(s)
        own.append(_own(s, english, repeated))
    rows = []
    if scored:
        rows = [
            (*mine, *near, *around)
            for mine, near, around in zip(own, _neighbours(own), _context(scored, own), strict=True)
        ]
    return UnitTable(tuple(scored), rows, counts)
