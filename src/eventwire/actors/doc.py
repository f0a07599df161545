"""A token view of one parsed article for the resolver: sentences, subtrees, text slices."""

from __future__ import annotations

from dataclasses import dataclass, field

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


class Doc:
    """Tokens of one article with sentence lookup and dependency subtrees."""

    def __init__(self, parsed: ParsedArticle, text: str) -> None:
        self.parsed, self.text, self.tokens = parsed, text, parsed.tokens
        self.sent_of = [0] * len(self.tokens)
        for s in parsed.sentences:
            self.sent_of[s.token_start:s.token_end] = [s.index] * (s.token_end - s.token_start)
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                self.children[t.head].append(t.i)
        self.left = [t.i for t in self.tokens]
        self.right = [t.i for t in self.tokens]
        for i in self._postorder():
            for c in self.children[i]:
                self.left[i] = min(self.left[i], self.left[c])
                self.right[i] = max(self.right[i], self.right[c])

    def _postorder(self) -> list[int]:
        order, stack = [], [(t.i, False) for t in self.tokens if t.head == t.i]
        while stack:
            i, done = stack.pop()
            if done:
                order.append(i)
                continue
            stack.append((i, True))
            stack.extend((c, False) for c in self.children[i])
        return order

    def sentence(self, index: int) -> tuple[int, int]:
        s = self.parsed.sentences[index]
        return s.token_start, s.token_end

    def chars(self, a: int, b: int) -> tuple[int, int]:
        return self.tokens[a].start, self.tokens[b - 1].end

    def span(self, a: int, b: int) -> str:
        start, end = self.chars(a, b)
        return self.text[start:end]

    def name_text(self, a: int, b: int) -> str:
        """The span's text without a trailing possessive."""
        if b - a > 1 and self.tokens[b - 1].text in POSSESSIVE:
            b -= 1
        text = self.span(a, b)
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
