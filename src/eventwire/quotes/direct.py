"""Quotation-mark spans to candidates: direct quotes, and partial ones inside a paraphrase."""

from __future__ import annotations

from eventwire.quotes.cues import Cue
from eventwire.quotes.marks import MarkedSpan
from eventwire.quotes.view import ArticleView, Candidate
from eventwire.records import QuoteKind, Span

INHERIT_PARAGRAPHS = 2  # an unattributed quote paragraph continues a quote this close
DIRECT_CUE_KINDS = ("speech", "statement", "belief", "quoting")
SPEECH_KINDS = ("speech", "statement")
OUTER_CUE_KINDS = SPEECH_KINDS  # a report that holds a nested belief or intent


def _pick_cue(art: ArticleView, m: MarkedSpan, sents: range) -> Cue | None:
    cues = [c for c in art.cues if c.subject is not None and c.kind in DIRECT_CUE_KINDS]
    near = [c for c in cues if c.sentence in sents and not m.start <= art.char(c.verb_i) < m.end]
    if not near and sents.start > 0:  # 'X said:' just before the quote
        prev = art.parsed.sentences[sents.start - 1]
        if art.text[prev.start:prev.end].rstrip().endswith((":", ",")):
            near = [c for c in cues if c.sentence == prev.index]
    hosts = [c for c in near if _hosts(art, c, m)]
    return min(hosts or near, key=lambda c: min(abs(art.char(c.verb_i) - m.start),
                                                abs(art.char(c.verb_i) - m.end)), default=None)


def _outer(art: ArticleView, cue: Cue) -> Cue:
    """The reporting verb whose clause holds ``cue``: 'X said Y plans to "B"' is X's.

    Only a verb before the nested cue: a trailing 'according to' frames the report, it
    does not hold it."""
    near = [c for c in art.cues if c.sentence == cue.sentence and c.subject is not None]
    seen = {id(cue)}
    while True:
        outer = [c for c in near if id(c) not in seen and c.kind in OUTER_CUE_KINDS
                 and c.verb_i < cue.verb_i and c.content is not None
                 and c.content[0] <= cue.verb_i < c.content[1]]
        if not outer:
            return cue
        cue = min(outer, key=lambda c: c.content[1] - c.content[0])
        seen.add(id(cue))


def lead_cue(art: ArticleView, start: int) -> Cue | None:
    """'X agreed. "..."': a bare speech cue just before a quote with no cue of its own,
    in the quote's paragraph; it names the speaker the quote continues."""
    first = art.sentences(start, start + 1).start
    if first == 0:
        return None
    prev = art.parsed.sentences[first - 1]
    if "\n" in art.text[prev.end:start]:
        return None
    return next((c for c in reversed(art.cues) if c.sentence == prev.index
                 and c.subject is not None and c.content is None
                 and c.kind in SPEECH_KINDS), None)


def _hosts(art: ArticleView, cue: Cue, m: MarkedSpan) -> bool:
    """Whether the quote lies inside what the cue reports: 'X said the plan was "a trap"'."""
    span = art.content_chars(cue)
    return span is not None and span[0] <= m.start + 1 and m.end - 1 <= span[1]


def _joins(art: ArticleView, prev: Candidate | None, c: Candidate) -> bool:
    """One utterance in pieces: fragments of one clause, or '"A," he said. "B."'."""
    if prev is None or c.kind is not prev.kind:
        return False
    if c.kind is QuoteKind.PARTIAL:
        return c.start < prev.end
    same_paragraph = "\n" not in art.text[prev.end:c.start]
    return same_paragraph and (c.cue is None or c.cue is prev.cue)


def _merge(art: ArticleView, found: list[Candidate]) -> list[Candidate]:
    merged: list[Candidate] = []
    for c in found:
        prev = merged[-1] if merged else None
        if _joins(art, prev, c):
            merged[-1] = Candidate(prev.start, max(prev.end, c.end), prev.sentence, prev.kind,
                                   prev.cue, prev.fragments + c.fragments)
        else:
            merged.append(c)
    return merged


def _candidate(art: ArticleView, m: MarkedSpan, cue: Cue | None) -> Candidate:
    sents = art.sentences(m.start, m.end)
    frag = (Span(m.start, m.end),)
    if cue is None or not art.leftover(m, sents, cue):
        return Candidate(m.start, m.end, sents.start, QuoteKind.DIRECT, cue, frag)
    span = art.content_chars(cue)  # the span is the nested clause, the speaker the report's
    a, b = (min(span[0], m.start), max(span[1], m.end)) if span else (m.start, m.end)
    return Candidate(a, b, art.sentences(a, b).start, QuoteKind.PARTIAL, _outer(art, cue), frag)


def marked_candidates(art: ArticleView) -> list[Candidate]:
    """Direct and partial quotes from the article's quotation marks, in text order."""
    found: list[Candidate] = []
    chains: dict[int, int] = {}  # chain -> paragraph of the latest piece with a speaker
    last_paragraph = -10
    picks = [_pick_cue(art, m, art.sentences(m.start, m.end)) for m in art.marked]
    chain_cue: dict[int, Cue] = {}
    for m, cue in zip(art.marked, picks, strict=True):
        if cue is not None:
            chain_cue.setdefault(m.chain, cue)  # a multi-paragraph quote shares its cue
    for m, pick in zip(art.marked, picks, strict=True):
        cue = pick or chain_cue.get(m.chain)
        if cue is None:
            near = m.paragraph - last_paragraph <= INHERIT_PARAGRAPHS
            if art.leftover(m, art.sentences(m.start, m.end), None) or not (
                    m.chain in chains or near):
                continue  # scare quotes, or a quote nobody is said to have said
        found.append(_candidate(art, m, cue))
        chains[m.chain] = last_paragraph = m.paragraph
    return _merge(art, found)
