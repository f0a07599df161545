"""The quotes stage: direct, partial and indirect quotations with their speakers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventwire.actors.lexicon import Lexicon, load_lexicon
from eventwire.actors.resolver import resolve_mentions
from eventwire.quotes.actor import NONE
from eventwire.quotes.direct import lead_cue, marked_candidates
from eventwire.quotes.indirect import indirect_candidates
from eventwire.quotes.mentions import Mentions
from eventwire.quotes.speakers import Speaker, SpeakerResolver
from eventwire.quotes.verbs import SpeechVerbs, load_speech_verbs
from eventwire.quotes.view import ArticleView, Candidate
from eventwire.records import Mention, ParsedArticle, Quote, QuoteKind


def _record(parsed: ParsedArticle, c: Candidate, speaker: Speaker | None,
            art: ArticleView) -> Quote:
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


def _unresolved(art: ArticleView, c: Candidate) -> Speaker | None:
    """An indirect cue's own subject when it resolves to no one ("we believe", "he said")."""
    if c.cue is None or c.cue.subject is None:
        return None
    start, end = art.tree.chars(*c.cue.subject)
    return Speaker(art.text[start:end].lower(), None, None, None, (start, end), NONE)


def _speaker(resolver: SpeakerResolver, art: ArticleView, c: Candidate) -> Speaker | None:
    if c.cue is None:
        lead = lead_cue(art, c.start)
        found = resolver.resolve(lead.subject, lead.sentence) if lead is not None else None
        return found or resolver.last
    if c.cue.subject is None:
        return None
    found = resolver.resolve(c.cue.subject, c.cue.sentence)
    if c.kind is QuoteKind.INDIRECT and (found is None or found.text is None):
        return _unresolved(art, c)
    return found


def find_quotes(parsed: ParsedArticle, text: str, *, verbs: SpeechVerbs, lexicon: Lexicon,
                mentions: Sequence[Mention] | None = None) -> list[Quote]:
    """Direct, partial and indirect quotations in one parsed article, in text order.

    Indirect ones include attributed beliefs and stances, and cues with no source at all
    ("is expected to ...": speaker fields None).

    Args:
        parsed: the nlp stage's output for the article.
        text: the article text the parse's offsets index (``Article.text``).
        verbs: reporting-verb lexicon (:func:`load_speech_verbs`).
        lexicon: actor lexicon, used to resolve mentions when none are given.
        mentions: the actors stage's mentions of this article (resolved here if None).
    """
    if mentions is None:
        mentions = resolve_mentions(parsed, text, lexicon=lexicon)
    art = ArticleView(parsed, text, verbs)
    marked = marked_candidates(art)
    candidates = sorted(marked + indirect_candidates(art, marked), key=lambda c: c.start)
    resolver = SpeakerResolver(art.tree, Mentions(parsed, art.tree, mentions), parsed.published,
                               text)
    quotes = []
    for c in candidates:
        speaker = _speaker(resolver, art, c)
        if c.kind is not QuoteKind.INDIRECT and speaker is None:
            continue  # "we said", or nobody to attribute the words to
        quotes.append(_record(parsed, c, speaker, art))
    return quotes


class QuoteFinder:
    """The quotes stage with its lexicons loaded: ``finder(parsed, text, mentions=...)``."""

    def __init__(self, verbs: SpeechVerbs, lexicon: Lexicon) -> None:
        self.verbs, self.lexicon = verbs, lexicon

    def __call__(self, parsed: ParsedArticle, text: str, *,
                 mentions: Sequence[Mention] | None = None) -> list[Quote]:
        return find_quotes(parsed, text, verbs=self.verbs, lexicon=self.lexicon,
                           mentions=mentions)

    def batch(self, items: Sequence[tuple[ParsedArticle, str]]) -> list[list[Quote]]:
        return [self(parsed, text) for parsed, text in items]


def make_quotes(*, verbs_path: Path | None = None,
                lexicon_dirs: Sequence[Path] = ()) -> QuoteFinder:
    """Build the quotes stage from the packaged (or given) lexicons."""
    return QuoteFinder(load_speech_verbs(verbs_path), load_lexicon(lexicon_dirs))
