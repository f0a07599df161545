"""Word 4-gram shingle scoring, as in the ScrapingHub article-extraction benchmark.

Per page: tokens are ``\\w+`` matches, shingles are word 4-grams (a text shorter than four
tokens gives one shingle of all its tokens); tp/fp/fn come from multiset overlap and are
normalised by their sum so every page weighs the same. Precision and recall are means over
pages, F1 the harmonic mean of those means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+")
NGRAM = 4


@dataclass(frozen=True, slots=True)
class PageScore:
    tp: float
    fp: float
    fn: float


@dataclass(frozen=True, slots=True)
class MacroScore:
    precision: float
    recall: float
    f1: float
    pages: int


def shingles(text: str, n: int = NGRAM) -> Counter[str]:
    """Multiset of word n-gram shingles of ``text``."""
    tokens = TOKEN_RE.findall(text or "")
    grams = (" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_prf(truth: str, pred: str) -> PageScore:
    """tp/fp/fn of one page, normalised by their sum (all zero when both texts are empty)."""
    gold, got = shingles(truth), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def macro_prf(scores: Iterable[PageScore]) -> MacroScore:
    """Mean precision and recall over pages, and the harmonic mean of the two."""
    scores = list(scores)
    precs = [s.tp / (s.tp + s.fp) for s in scores if s.tp + s.fp > 0]
    recs = [s.tp / (s.tp + s.fn) for s in scores if s.tp + s.fn > 0]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return MacroScore(p, r, f1, len(scores))
