"""A token view of one parsed article for the resolver: sentences, subtrees, text slices."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.nlp.tree import Tree
from eventwire.records import ParsedArticle, Token

POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


@dataclass(eq=False, slots=True)
class Cand:
    """A working mention: token range, kind, and what resolution has found so far."""

    a: int
    b: int  # exclusive token index
    kind: str  # a MentionKind value
    sentence: int
    options: tuple = ()  # lexicon entries the text may denote (several when ambiguous)
    person: object = None  # lexicon Person, for known people
    actor: object = None  # records.Actor once resolved
    rule: str = ""
    antecedent: Cand | None = None
    entity: int | None = None  # coreference chain id
    plural: bool = False
    role: str | None = None  # role noun phrase, folded ("foreign minister")
    evidence: tuple[int, int] | None = None  # token range of a title / appositive
    extra: dict = field(default_factory=dict)


class Doc(Tree):
    """Tokens of one article with sentence lookup, dependency subtrees and text slices."""

    def __init__(self, parsed: ParsedArticle, text: str) -> None:
        super().__init__(parsed)
        self.parsed, self.text = parsed, text
        self.sent_of = [0] * len(self.tokens)
        for s in parsed.sentences:
            self.sent_of[s.token_start:s.token_end] = [s.index] * (s.token_end - s.token_start)

    def sentence(self, index: int) -> tuple[int, int]:
        s = self.parsed.sentences[index]
        return s.token_start, s.token_end

    def text_of(self, a: int, b: int) -> str:
        start, end = self.chars(a, b)
        return self.text[start:end]

    def name_text(self, a: int, b: int) -> str:
        """The span's text without a trailing possessive."""
        if b - a > 1 and self.tokens[b - 1].text in POSSESSIVE:
            b -= 1
        text = self.text_of(a, b)
        return text[:-2] if text.endswith(POSSESSIVE[:2]) else text

    def head(self, a: int, b: int) -> int:
        """The token of [a, b) whose head lies outside it (the last such one)."""
        outside = [i for i in range(a, b) if not a <= self.tokens[i].head < b
                   or self.tokens[i].head == i]
        return outside[-1] if outside else b - 1

    def is_subject(self, a: int, b: int) -> bool:
        return self.tokens[self.head(a, b)].dep in SUBJECT_DEPS

    def governor(self, a: int, b: int) -> Token:
        return self.tokens[self.tokens[self.head(a, b)].head]
