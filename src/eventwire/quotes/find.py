"""The quotes stage: direct, partial and indirect quotations with their speakers."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.actors.lexicon import Lexicon, load_lexicon
from eventwire.quotes.cues import Cue, find_cues
from eventwire.quotes.marks import MarkedSpan, find_marked_spans
from eventwire.quotes.mentions import Mentions
from eventwire.quotes.speakers import Speaker, SpeakerResolver
from eventwire.quotes.tree import PUNCT, Tree
from eventwire.quotes.verbs import SpeechVerbs, load_speech_verbs
from eventwire.records import ParsedArticle, Quote, QuoteKind, Span

INHERIT_PARAGRAPHS = 2  # an unattributed quote paragraph continues a quote this close


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    sentence: int
    kind: QuoteKind
    cue: Cue | None  # None: continues the previous speaker's quote
    fragments: tuple[Span, ...]


class _Article:
    """Per-article lookups shared by the steps below."""

    def __init__(self, parsed: ParsedArticle, text: str, verbs: SpeechVerbs) -> None:
        self.parsed, self.text = parsed, text
        self.tree = Tree(parsed)
        self.starts = [s.start for s in parsed.sentences]
        self.marked = find_marked_spans(text, _paragraph_spans(parsed))
        inside = [(m.start, m.end) for m in self.marked]
        self.cues = [c for c in find_cues(parsed, self.tree, verbs)
                     if not any(a <= self._char(c.verb_i) < b for a, b in inside)]

    def _char(self, i: int) -> int:
        return self.parsed.tokens[i].start

    def sentences(self, start: int, end: int) -> range:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        return range(first, max(bisect.bisect_left(self.starts, end), first + 1))

    def leftover(self, m: MarkedSpan, sents: range, cue: Cue | None) -> bool:
        """Whether the sentences around ``m`` say more than the quote and its cue clause."""
        keep = set()
        if cue is not None:
            a, b = cue.clause
            keep = set(range(a, b))
        for s in sents:
            sent = self.parsed.sentences[s]
            for t in self.parsed.tokens[sent.token_start:sent.token_end]:
                outside = t.end <= m.start or t.start >= m.end
                if outside and t.pos not in PUNCT and t.i not in keep and not self._cue_part(t.i,
                                                                                            cue):
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


def _paragraph_spans(parsed: ParsedArticle) -> list[Span]:
    spans: dict[int, Span] = {}
    for s in parsed.sentences:
        old = spans.get(s.paragraph)
        spans[s.paragraph] = Span(old.start if old else s.start, s.end)
    return [spans[p] for p in sorted(spans)]


def _pick_cue(art: _Article, m: MarkedSpan, sents: range) -> Cue | None:
    near = [c for c in art.cues if c.sentence in sents and c.subject is not None
            and not m.start <= art._char(c.verb_i) < m.end]
    if not near and sents.start > 0:  # 'X said:' just before the quote
        prev = art.parsed.sentences[sents.start - 1]
        if art.text[prev.start:prev.end].rstrip().endswith((":", ",")):
            near = [c for c in art.cues if c.sentence == prev.index and c.subject is not None]
    return min(near, key=lambda c: min(abs(art._char(c.verb_i) - m.start),
                                       abs(art._char(c.verb_i) - m.end)), default=None)


def _content_chars(art: _Article, cue: Cue) -> tuple[int, int] | None:
    if cue.content is None:
        return None
    return art.tree.chars(*cue.content)


def _from_marks(art: _Article) -> list[_Candidate]:
    found: list[_Candidate] = []
    chains: dict[int, int] = {}  # chain -> paragraph of the latest piece with a speaker
    last_paragraph = -10
    picks = [_pick_cue(art, m, art.sentences(m.start, m.end)) for m in art.marked]
    chain_cue: dict[int, Cue] = {}
    for m, cue in zip(art.marked, picks, strict=True):
        if cue is not None:
            chain_cue.setdefault(m.chain, cue)  # a multi-paragraph quote shares its cue
    for m, pick in zip(art.marked, picks, strict=True):
        sents = art.sentences(m.start, m.end)
        cue = pick or chain_cue.get(m.chain)
        extra = art.leftover(m, sents, cue)
        frag = (Span(m.start, m.end),)
        if cue is None:
            near = m.paragraph - last_paragraph <= INHERIT_PARAGRAPHS
            if extra or not (m.chain in chains or near):
                continue  # scare quotes, or a quote nobody is said to have said
            found.append(_Candidate(m.start, m.end, sents.start, QuoteKind.DIRECT, None, frag))
        elif not extra:
            found.append(_Candidate(m.start, m.end, sents.start, QuoteKind.DIRECT, cue, frag))
        else:
            span = _content_chars(art, cue)
            a, b = (min(span[0], m.start), max(span[1], m.end)) if span else (m.start, m.end)
            found.append(_Candidate(a, b, art.sentences(a, b).start, QuoteKind.PARTIAL, cue,
                                    frag))
        chains[m.chain] = last_paragraph = m.paragraph
    return _merge(art, found)


def _joins(art: _Article, prev: _Candidate | None, c: _Candidate) -> bool:
    """One utterance in pieces: fragments of one clause, or '"A," he said. "B."'."""
    if prev is None or c.kind is not prev.kind:
        return False
    if c.kind is QuoteKind.PARTIAL:
        return c.start < prev.end
    same_paragraph = "\n" not in art.text[prev.end:c.start]
    return same_paragraph and (c.cue is None or c.cue is prev.cue)


def _merge(art: _Article, found: list[_Candidate]) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for c in found:
        prev = merged[-1] if merged else None
        if _joins(art, prev, c):
            merged[-1] = _Candidate(prev.start, max(prev.end, c.end), prev.sentence, prev.kind,
                                    prev.cue, prev.fragments + c.fragments)
        else:
            merged.append(c)
    return merged


def _indirect(art: _Article, taken: list[_Candidate]) -> list[_Candidate]:
    used = {id(c.cue) for c in taken if c.cue is not None}
    spans = [(c.start, c.end) for c in taken]
    found = []
    for cue in art.cues:
        span = _content_chars(art, cue)
        if id(cue) in used or span is None or cue.subject is None:
            continue
        if any(a < span[1] and span[0] < b for a, b in spans):
            continue
        found.append(_Candidate(span[0], span[1], cue.sentence, QuoteKind.INDIRECT, cue, ()))
    return found


def _record(parsed: ParsedArticle, c: _Candidate, speaker: Speaker | None,
            art: _Article) -> Quote:
    verb = c.cue.verb if c.cue else None
    vs, ve = art.tree.chars(c.cue.verb_i, c.cue.verb_end_i) if c.cue else (None, None)
    s = speaker
    actor = s.actor if s else None
    return Quote(parsed.article_id, c.sentence, c.start, c.end, c.kind, verb, vs, ve,
                 s.text if s else None, s.start if s else None, s.end if s else None,
                 s.pronoun[0] if s and s.pronoun else None,
                 s.pronoun[1] if s and s.pronoun else None,
                 actor.name if actor else None, actor.code if actor else None,
                 actor.country if actor else None, actor.sector if actor else None,
                 c.fragments)


def find_quotes(parsed: ParsedArticle, text: str, *, verbs: SpeechVerbs,
                lexicon: Lexicon) -> list[Quote]:
    """Direct, partial and indirect quotations in one parsed article, in text order.

    Args:
        parsed: the nlp stage's output for the article.
        text: the article text the parse's offsets index (``Article.text``).
        verbs: reporting-verb lexicon (:func:`load_speech_verbs`).
        lexicon: actor lexicon coding the speakers.
    """
    art = _Article(parsed, text, verbs)
    marked = _from_marks(art)
    candidates = sorted(marked + _indirect(art, marked), key=lambda c: c.start)
    resolver = SpeakerResolver(art.tree, Mentions(parsed, art.tree), lexicon,
                               parsed.published, text)
    quotes = []
    for c in candidates:
        speaker = resolver.resolve(c.cue.subject, c.cue.sentence) if c.cue else resolver.last
        if speaker is None or (speaker.text is None and c.kind is QuoteKind.INDIRECT):
            continue  # "we said", or nobody to attribute the words to
        quotes.append(_record(parsed, c, speaker, art))
    return quotes


class QuoteFinder:
    """The quotes stage with its lexicons loaded: ``finder(parsed, text)``."""

    def __init__(self, verbs: SpeechVerbs, lexicon: Lexicon) -> None:
        self.verbs, self.lexicon = verbs, lexicon

    def __call__(self, parsed: ParsedArticle, text: str) -> list[Quote]:
        return find_quotes(parsed, text, verbs=self.verbs, lexicon=self.lexicon)

    def batch(self, items: Sequence[tuple[ParsedArticle, str]]) -> list[list[Quote]]:
        return [self(parsed, text) for parsed, text in items]


def make_quotes(*, verbs_path: Path | None = None,
                lexicon_dirs: Sequence[Path] = ()) -> QuoteFinder:
    """Build the quotes stage from the packaged (or given) lexicons."""
    return QuoteFinder(load_speech_verbs(verbs_path), load_lexicon(lexicon_dirs))
