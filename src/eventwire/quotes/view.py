"""One article seen by the quotes stage: parse, tree, quotation marks, cues; and the
candidate record the finding steps pass along."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from eventwire.nlp.tree import PUNCT, Tree
from eventwire.quotes.adjcues import find_adjective_cues
from eventwire.quotes.cues import Cue, find_cues
from eventwire.quotes.marks import MarkedSpan, find_marked_spans
from eventwire.quotes.nouncues import find_noun_cues
from eventwire.quotes.phrases import find_phrase_cues
from eventwire.quotes.verbs import SpeechVerbs
from eventwire.records import ParsedArticle, QuoteKind, Span


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    sentence: int
    kind: QuoteKind
    cue: Cue | None  # None: continues the previous speaker's quote
    fragments: tuple[Span, ...]


def _paragraph_spans(parsed: ParsedArticle) -> list[Span]:
    spans: dict[int, Span] = {}
    for s in parsed.sentences:
        old = spans.get(s.paragraph)
        spans[s.paragraph] = Span(old.start if old else s.start, s.end)
    return [spans[p] for p in sorted(spans)]


class ArticleView:
    """Per-article lookups shared by the steps of the quotes stage."""

    def __init__(self, parsed: ParsedArticle, text: str, verbs: SpeechVerbs) -> None:
        self.parsed, self.text = parsed, text
        self.tree = Tree(parsed)
        self.starts = [s.start for s in parsed.sentences]
        self.marked = find_marked_spans(text, _paragraph_spans(parsed))
        inside = [(m.start, m.end) for m in self.marked]
        found = (find_cues(parsed, self.tree, verbs) + find_phrase_cues(parsed, self.tree, verbs)
                 + find_noun_cues(parsed, self.tree, verbs)
                 + find_adjective_cues(parsed, self.tree, verbs))
        self.cues = sorted((c for c in found
                            if not any(a <= self.char(c.verb_i) < b for a, b in inside)),
                           key=lambda c: c.verb_i)

    def char(self, i: int) -> int:
        return self.parsed.tokens[i].start

    def sentences(self, start: int, end: int) -> range:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        return range(first, max(bisect.bisect_left(self.starts, end), first + 1))

    def content_chars(self, cue: Cue) -> tuple[int, int] | None:
        return self.tree.chars(*cue.content) if cue.content is not None else None

    def leftover(self, m: MarkedSpan, sents: range, cue: Cue | None) -> bool:
        """Whether the sentences around ``m`` say more than the quote and its cue clause."""
        keep = set(range(*cue.clause)) if cue is not None else set()
        for s in sents:
            sent = self.parsed.sentences[s]
            for t in self.parsed.tokens[sent.token_start:sent.token_end]:
                outside = t.end <= m.start or t.start >= m.end
                if (outside and t.pos not in PUNCT and t.i not in keep
                        and not self._cue_part(t.i, cue)):
                    return True
        return False

    def _cue_part(self, i: int, cue: Cue | None) -> bool:
        """Adverbials of the cue verb: "said on Sunday", "told reporters on Tuesday"."""
        if cue is None:
            return False
        tokens = self.parsed.tokens
        while tokens[i].head != i and i != cue.verb_i:
            if tokens[i].head == cue.verb_i and tokens[i].dep not in ("ccomp", "parataxis"):
                return True
            i = tokens[i].head
        return False
