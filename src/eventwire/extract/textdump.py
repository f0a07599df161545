"""Clean a text dump: find the title and the article body among page furniture.

A text dump is the visible text of a web page: the article mixed with menus, "most read"
lists, related headlines, share buttons, captions and footers. The dump is cut into units
(`dumpsegments`), each unit gets a body probability from a model learned on other pages
(`linecontext` features, `linemodel` weights), and a two-state decoder (out / body) smooths
those probabilities: entering or leaving the body costs `switch_cost`, so a short quote
between paragraphs stays in and a lone prose teaser among links stays out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.errors import ExtractionError
from eventwire.extract.dumpsegments import make_units
from eventwire.extract.dumptitle import DEFAULT_TITLE_WINDOW, find_title, is_byline, is_link_row
from eventwire.extract.linecontext import SITE_SUFFIX, ScoredUnit, text_key, unit_table
from eventwire.extract.linemodel import DEFAULT_MODEL, load_model
from eventwire.records import CleanedDump, DumpLine, LineLabel

# Decoder settings chosen by cross-validation in bench/train_textdump.py (stored in the model
# file under "training.decoder"); keep them in step when the model is retrained.
DEFAULT_BODY_THRESHOLD = 0.4  # units more likely body than this pull the decoder into body
DEFAULT_SWITCH_COST = 4.0  # cost of entering or leaving the body, in weighted-score units
DEFAULT_MIN_KEEP = 0.1  # inside the body, units less likely than this are dropped
DEFAULT_MIN_PAGE_PROB = 0.1  # a page whose likeliest unit is below this has no body
HEADER_REACH = 2  # a byline or repeated title right after the first body unit cuts it off
STANDFIRST_WORDS = 40  # a longer first unit is a paragraph, not a standfirst
FURNITURE_LIMIT = 2  # furniture words that make a prose unit at the body's edge furniture
FALLBACK_SHARE = 0.6  # a short body the decoder missed: threshold relative to the best unit


@dataclass(frozen=True, slots=True)
class TextDumpOptions:
    """Tunables of `clean_text`."""

    body_threshold: float = DEFAULT_BODY_THRESHOLD
    switch_cost: float = DEFAULT_SWITCH_COST
    min_keep: float = DEFAULT_MIN_KEEP
    min_page_prob: float = DEFAULT_MIN_PAGE_PROB
    title_window: int = DEFAULT_TITLE_WINDOW
    model: str = DEFAULT_MODEL


def _weights(scored: Sequence[ScoredUnit], probs: Sequence[float], threshold: float) -> list[float]:
    """Evidence for body per unit: long units weigh more than short ones."""
    return [
        (p - threshold) * math.sqrt(min(s.features.chars, 1000))
        for s, p in zip(scored, probs, strict=True)
    ]


def decode(weights: Sequence[float], switch_cost: float) -> list[bool]:
    """Best out/body state per unit (Viterbi): sum of body weights minus switch costs."""
    out, body = 0.0, -switch_cost
    back: list[tuple[bool, bool]] = []  # best previous state, for out and for body
    for w in weights:
        out_from_body = body - switch_cost > out
        body_from_out = out - switch_cost > body
        back.append((out_from_body, not body_from_out))
        out, body = max(out, body - switch_cost), max(body, out - switch_cost) + w
    state = body - switch_cost > out
    states = []
    for out_prev, body_prev in reversed(back):
        states.append(state)
        state = body_prev if state else out_prev
    return states[::-1]


def body_flags(
    scored: Sequence[ScoredUnit], probs: Sequence[float], options: TextDumpOptions
) -> list[bool]:
    """Units kept as body: in a decoded body run, likely enough, and not a repeat."""
    states = decode(_weights(scored, probs, options.body_threshold), options.switch_cost)
    best = max(probs, default=0.0)
    if not any(states) and best >= options.min_page_prob:  # a short body: judge it by its page
        threshold = min(options.body_threshold, best * FALLBACK_SHARE)
        states = decode(_weights(scored, probs, threshold), 0.0)
    flags, seen, shown = [], set(), set()
    for s, p, state in zip(scored, probs, states, strict=True):
        # A paragraph shown twice counts once; a short line shown again is a menu or list item.
        repeat = s.key in seen or (s.features.words < 8 and s.key in shown)
        keep = state and p >= options.min_keep and not repeat and not _never_body(s)
        flags.append(keep)
        if keep and s.features.words >= 8:
            seen.add(s.key)
        shown.add(s.key)
    _trim_edges(scored, flags)
    _skip_header(scored, flags)
    return flags


def _skip_header(scored: Sequence[ScoredUnit], flags: list[bool]) -> None:
    """A byline or the repeated page title after a short first body unit: the body starts after.

    Pages put headline, standfirst, byline and sometimes the headline again above the text;
    a standfirst that the decoder took as body goes back to the header.
    """
    body = [i for i, flag in enumerate(flags) if flag][:HEADER_REACH]
    if len(body) < 2 or scored[body[0]].features.words > STANDFIRST_WORDS:
        return
    first = scored[0].unit.text
    titles = {text_key(first), text_key(SITE_SUFFIX.sub("", first))}
    for i in range(body[0] + 1, body[1] + 1):
        s = scored[i]
        if is_byline(s.unit.text) or (s.key in titles and s.features.words >= 3):
            flags[body[0] : i + 1] = [False] * (i + 1 - body[0])
            return


def _never_body(s: ScoredUnit) -> bool:
    """Timestamps, bylines with a name, tag lists and menus ("NATO / NATO-Russia / Russia")."""
    if s.features.digits_only or s.features.words > 12:
        return s.features.digits_only
    return is_link_row(s.unit.text) or is_byline(s.unit.text, bare_name=False)


def _trim_edges(scored: Sequence[ScoredUnit], flags: list[bool]) -> None:
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


def _dump_lines(
    raw: Sequence[str], scored: Sequence[ScoredUnit], probs: Sequence[float],
    labels: Sequence[LineLabel],
) -> tuple[DumpLine, ...]:  # fmt: skip
    """One labelled line per non-blank input line; a line split into pieces takes its best."""
    order = {LineLabel.BOILERPLATE: 0, LineLabel.BODY: 1, LineLabel.TITLE: 2}
    merged: dict[int, tuple[LineLabel, float]] = {}
    for s, p, label in zip(scored, probs, labels, strict=True):
        for index in s.unit.lines:
            old_label, old_score = merged.get(index, (LineLabel.BOILERPLATE, 0.0))
            best = label if order[label] > order[old_label] else old_label
            merged[index] = (best, max(old_score, p))
    return tuple(
        DumpLine(i, raw[i].strip(), label, round(score, 3)) for i, (label, score) in merged.items()
    )


def clean_text(text: str, *, options: TextDumpOptions | None = None) -> CleanedDump:
    """Split a text dump into title, body paragraphs and labelled lines.

    Args:
        text: the visible text of a web page, lines separated by newlines.
        options: tunables; `TextDumpOptions()` when omitted.

    Returns:
        A `CleanedDump`: the title (or None), body paragraphs with wrapped lines rejoined and
        glued lines split, and every non-blank input line labelled TITLE/BODY/BOILERPLATE
        with its body probability.

    Raises:
        ExtractionError: reason "no_text" when no body is found (a link list, a page of
            menus, or an empty dump).
    """
    options = options or TextDumpOptions()
    table = unit_table(make_units(text))
    scored = table.scored
    probs = load_model(options.model).probabilities(table.rows)
    flags = body_flags(scored, probs, options)
    if not any(flags):
        raise ExtractionError(
            "no article body found in text dump (is it a link list or an index page?)",
            reason="no_text",
        )
    start = flags.index(True)
    title_at = find_title(scored, start, table.counts, options.title_window)
    if title_at is not None:  # the headline shown again further down is not body
        flags = [f and s.key != scored[title_at].key for s, f in zip(scored, flags, strict=True)]
    labels = [
        LineLabel.TITLE if i == title_at else LineLabel.BODY if body else LineLabel.BOILERPLATE
        for i, body in enumerate(flags)
    ]
    return CleanedDump(
        title=SITE_SUFFIX.sub("", scored[title_at].unit.text) if title_at is not None else None,
        paragraphs=tuple(s.unit.text for s, body in zip(scored, flags, strict=True) if body),
        lines=_dump_lines(text.splitlines(), scored, probs, labels),
    )
