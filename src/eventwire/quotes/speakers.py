"""Turn a cue's subject into a speaker: the mention as written (a pronoun's antecedent)
and its actor code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.actors.lexicon import Lexicon
from eventwire.quotes.actor import NONE, SpeakerActor, code_speaker
from eventwire.quotes.cues import NP_DROP
from eventwire.quotes.mentions import Mention, Mentions
from eventwire.quotes.tree import Tree


@dataclass(frozen=True, slots=True)
class Speaker:
    key: str  # entity key, for "the last speaker" continuity
    start: int | None  # char offsets of the named mention
    end: int | None
    text: str | None
    pronoun: tuple[int, int] | None  # char offsets of the pronoun at the cue
    actor: SpeakerActor


class SpeakerResolver:
    """Resolves cue subjects of one article, remembering who spoke last."""

    def __init__(self, tree: Tree, mentions: Mentions, lexicon: Lexicon, on: date | None,
                 text: str) -> None:
        self.tree, self.mentions, self.lexicon, self.on = tree, mentions, lexicon, on
        self.text = text
        self.last: Speaker | None = None
        self.known: dict[str, SpeakerActor] = {}  # entity key -> first coded actor

    def _np(self, m: Mention) -> tuple[int, int]:
        tokens = self.tree.tokens
        head = next((i for i in range(m.start, m.end)
                     if not m.start <= tokens[i].head < m.end), m.start)
        if tokens[head].dep == "appos":
            head = tokens[head].head
        a, b = self.tree.span(head, NP_DROP)
        return min(a, m.start), max(b, m.end)

    def _actor(self, a: int, b: int, m: Mention | None) -> SpeakerActor:
        tokens = list(self.tree.tokens)
        name = tokens[m.start:m.end] if m and m.label == "PERSON" else None
        actor = code_speaker(self.lexicon, tokens[a:b], name, self.on)
        if actor.code is None and m is not None and m.label == "PERSON":
            full = self.mentions.full(m.key)
            if full is not None and full != m:
                fa, fb = self._np(full)
                found = code_speaker(self.lexicon, tokens[fa:fb], tokens[full.start:full.end],
                                     self.on)
                actor = SpeakerActor(actor.name, found.code, found.country, found.sector)
        return actor

    def _make(self, a: int, b: int, m: Mention | None, pronoun: tuple[int, int] | None,
              np: tuple[int, int] | None = None) -> Speaker:
        start, end = self.tree.chars(a, b)
        key = m.key if m else self.text[start:end]
        actor = self.known.get(key) or self._actor(*(np or (a, b)), m)
        if actor.code is not None:
            self.known.setdefault(key, actor)
        return Speaker(key, start, end, self.text[start:end], pronoun, actor)

    def resolve(self, subject: tuple[int, int] | None, sentence: int) -> Speaker | None:
        """The speaker for a cue subject token range; None when there is no subject."""
        if subject is None:
            return None
        a, b = subject
        tokens = self.tree.tokens
        if b - a == 1 and tokens[a].tag == "PRP":
            return self._pronoun(a, sentence)
        speaker = self._make(a, b, self.mentions.at(a, b), None)
        self.last = speaker
        return speaker

    def _pronoun(self, i: int, sentence: int) -> Speaker | None:
        pron = self.tree.chars(i, i + 1)
        m = self.mentions.resolve(i, sentence, self.last.key if self.last else None)
        if m is None:
            if self.tokens_text(i) in ("i", "we", "you"):
                return None
            return Speaker(self.tokens_text(i), None, None, None, pron, NONE)
        speaker = self._make(m.start, m.end, m, pron, self._np(m))
        self.last = speaker
        return speaker

    def tokens_text(self, i: int) -> str:
        return self.tree.tokens[i].text.lower()

    def inherit(self) -> Speaker | None:
        return self.last

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.last = speaker
