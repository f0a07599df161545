"""Dependency-tree helpers over a ParsedArticle's token records."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.records import ParsedArticle, Token

PUNCT = {"PUNCT", "SPACE"}


class Tree:
    """Children and subtree edges for every token (spaCy parses are projective)."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.tokens = parsed.tokens
        n = len(self.tokens)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for t in self.tokens:
            if t.head != t.i:
                self.children[t.head].append(t.i)
        self.left = list(range(n))
        self.right = list(range(n))
        for i in self._postorder():
            for c in self.children[i]:
                self.left[i] = min(self.left[i], self.left[c])
                self.right[i] = max(self.right[i], self.right[c])

    def _postorder(self) -> list[int]:
        order: list[int] = []
        stack = [(t.i, False) for t in self.tokens if t.head == t.i]
        while stack:
            i, done = stack.pop()
            if done:
                order.append(i)
                continue
            stack.append((i, True))
            stack.extend((c, False) for c in self.children[i])
        return order

    def child(self, i: int, deps: Iterable[str]) -> int | None:
        wanted = set(deps)
        return next((c for c in self.children[i] if self.tokens[c].dep in wanted), None)

    def span(self, i: int, drop: Iterable[str] = ()) -> tuple[int, int]:
        """Token range [a, b) of i's subtree, without trailing children of ``drop`` deps."""
        a, b = self.left[i], self.right[i] + 1
        cut = set(drop)
        for c in self.children[i]:
            if self.tokens[c].dep in cut and c > i:
                b = min(b, self.left[c])
            elif self.tokens[c].dep in cut and c < i:
                a = max(a, self.right[c] + 1)
        return self.trim(a, b)

    def trim(self, a: int, b: int, *, marks: bool = False) -> tuple[int, int]:
        """Drop punctuation and spaces at both ends of [a, b); quote marks too if ``marks``."""
        def edge(t: Token) -> bool:
            return self._edge(t) or (marks and t.pos in PUNCT)

        while a < b and edge(self.tokens[a]):
            a += 1
        while b > a and edge(self.tokens[b - 1]):
            b -= 1
        return a, b

    @staticmethod
    def _edge(t: Token) -> bool:
        return (t.pos in PUNCT and t.text not in "\"\u201c\u201d'\u2018\u2019") or t.text.isspace()

    def chars(self, a: int, b: int) -> tuple[int, int]:
        return self.tokens[a].start, self.tokens[b - 1].end
