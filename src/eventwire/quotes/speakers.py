"""Turn a cue's subject into a speaker: the mention as written (a pronoun's antecedent)
and its actor, both from the actors stage's resolved mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.nlp.tree import Tree
from eventwire.quotes.actor import NONE, SpeakerActor, speaker_actor
from eventwire.quotes.cues import speaker_span
from eventwire.quotes.mentions import Mentions
from eventwire.records import Mention

NO_SPEAKER = ("i", "we", "you")  # the speaker's own words, not a third party
RELATIVE = ("who", "that", "which")  # "a paper that found ...": the noun it hangs on spoke
POSSESSIVE = {"his": ("he", "him", "his"), "her": ("she", "her"), "its": ("it", "its"),
              "their": ("they", "them", "their")}  # "his claim that ..."
POSSESSIVE_WINDOW = 3  # sentences back a possessive looks for a pronoun to share


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

    def __init__(self, tree: Tree, mentions: Mentions, on: date | None, text: str) -> None:
        self.tree, self.mentions, self.on, self.text = tree, mentions, on, text
        self.last: Speaker | None = None

    def resolve(self, subject: tuple[int, int] | None, sentence: int) -> Speaker | None:
        """The speaker for a cue subject token range; None when there is no subject."""
        if subject is None:
            return None
        a, b = subject
        if b - a == 1 and self.tree.tokens[a].tag == "PRP":
            return self._pronoun(a)
        if b - a == 1 and self.tree.tokens[a].text.lower() in RELATIVE:
            found = self._relative(a)
            if found is not None:
                return found
        if b - a == 1 and self.tree.tokens[a].tag == "PRP$":
            return self._possessive(a, sentence)
        start, end = self.tree.chars(a, b)
        heads = [i for i in range(a, b) if not a <= self.tree.tokens[i].head < b]
        m = self.mentions.best(start, end, self.tree.tokens[heads[0] if heads else a].start)
        self.last = self._speaker(start, end, m, None)
        return self.last

    def _speaker(self, start: int, end: int, m: Mention | None,
                 pronoun: tuple[int, int] | None) -> Speaker:
        actor = speaker_actor(m.actor if m else None)
        key = actor.name or self.text[start:end]
        return Speaker(key, start, end, self.text[start:end], pronoun, actor)

    def _pronoun(self, i: int) -> Speaker | None:
        pron = self.tree.chars(i, i + 1)
        word = self.tree.tokens[i].text.lower()
        m = self.mentions.pronoun(pron[0])
        if m is None or m.antecedent_start is None or m.antecedent_end is None:
            return None if word in NO_SPEAKER else Speaker(word, None, None, None, pron, NONE)
        self.last = self._speaker(m.antecedent_start, m.antecedent_end, m, pron)
        return self.last

    def _relative(self, i: int) -> Speaker | None:
        """A relative pronoun subject speaks for the noun its clause modifies."""
        tokens = self.tree.tokens
        verb = tokens[i].head
        if tokens[verb].dep != "relcl" or tokens[verb].head == verb:
            return None
        noun = tokens[verb].head
        if tokens[noun].pos not in ("NOUN", "PROPN") or noun > i:
            return None
        a, b = speaker_span(self.tree, noun) or (noun, noun + 1)
        start, end = self.tree.chars(a, b)
        m = self.mentions.best(start, end, tokens[noun].start)
        self.last = self._speaker(start, end, m, self.tree.chars(i, i + 1))
        return self.last

    def _possessive(self, i: int, sentence: int) -> Speaker:
        """"his claim that ...": the antecedent of the latest pronoun of the same person."""
        pron = self.tree.chars(i, i + 1)
        word = self.tree.tokens[i].text.lower()
        forms = POSSESSIVE.get(word, ())
        m = self.mentions.before(pron[0], lambda m: m.text.lower() in forms
                                 and m.antecedent_start is not None
                                 and sentence - m.sentence_index <= POSSESSIVE_WINDOW)
        if m is None or m.antecedent_start is None or m.antecedent_end is None:
            return Speaker(word, None, None, None, pron, NONE)
        self.last = self._speaker(m.antecedent_start, m.antecedent_end, m, pron)
        return self.last

    def inherit(self) -> Speaker | None:
        return self.last

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.last = speaker
