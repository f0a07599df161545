"""Cues without quotation marks to candidates: indirect speech, beliefs, stances."""

from __future__ import annotations

from eventwire.quotes.cues import Cue
from eventwire.quotes.view import ArticleView, Candidate
from eventwire.records import QuoteKind

SOURCELESS_KINDS = ("seeming", "noun", "finding")  # may report with no source at all
MARKED_ONLY = ("quoting",)  # cue kinds that need quotation marks


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def _sourceless(art: ArticleView, cue: Cue) -> bool:
    """Cues that report without a source: "is expected to", "seems to", "the idea that"."""
    passive = art.tree.child(cue.verb_i, ("auxpass", "nsubjpass")) is not None
    return passive or cue.kind in SOURCELESS_KINDS


def indirect_candidates(art: ArticleView, taken: list[Candidate]) -> list[Candidate]:
    """One candidate per cue with content that no quotation-mark candidate used or touches."""
    used = {id(c.cue) for c in taken if c.cue is not None}
    spans = [(c.start, c.end) for c in taken]
    found = []
    for cue in art.cues:
        span = art.content_chars(cue)
        if id(cue) in used or span is None or cue.kind in MARKED_ONLY or _overlaps(span, spans):
            continue
        if cue.subject is None and not _sourceless(art, cue):
            continue
        found.append(Candidate(span[0], span[1], cue.sentence, QuoteKind.INDIRECT, cue, ()))
    return found
