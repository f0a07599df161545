"""Quotation benchmark on PolNeAR (../shared/bench/quotes/polnear): span P/R/F1 and speakers.

Gold: ``annotation_sets[0]`` of each article; a gold quote is the union of its content
(and content2) pieces, its kind the README's derived ``quote_kind`` (direct/mixed/indirect).
Our kinds map direct->direct, partial->mixed, indirect->indirect.

Matching (micro-averaged over all quotes):
- overlap: greedy one-to-one pairing by shared characters; any shared character counts.
- half: the overlap pairs whose shared characters cover at least half of the gold span.
- exact: start and end equal after stripping whitespace and final ``.,`` on both sides.
Per kind: precision over our quotes of that kind (matched to a gold quote of any kind),
recall over gold quotes of that kind (matched by any of ours).

Speaker accuracy, on overlap-matched pairs whose gold has a source: correct when our speaker
mention overlaps a gold source piece; for a pronoun source, our pronoun span (the cue subject
we resolved) overlapping it also counts, since PolNeAR has no coreference chains to check the
antecedent against.

Usage: .venv/bin/python bench/quotes.py [dev|train|both] [--limit N] [--cache DIR]
(``--cache DIR`` pickles the parsed articles per split, so later runs only time the finder.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.nlp import parse_articles
from eventwire.quotes import make_quotes
from eventwire.records import Article, DateSource, ParsedArticle, Quote, Span

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "quotes" / "polnear"
KIND_MAP = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}
KINDS = ("direct", "mixed", "indirect")
TARGETS = {"direct F1 (overlap)": 0.90, "all F1 (overlap)": 0.75, "speaker acc": 0.90}


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    chars: frozenset[int]
    kind: str
    sources: tuple[tuple[int, int], ...]


def _article(doc: dict) -> Article:
    text = doc["text"]
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
                  if text[m.start():m.end()].strip())
    published = date.fromisoformat(doc["publication_date"]) if doc.get(
        "publication_date") else None
    return Article(doc["doc_id"], doc["doc_id"], None, doc.get("title"), text, spans, published,
                   DateSource.HINT, doc["publisher"], None, (), "en", "polnear")


def _gold(doc: dict) -> list[Gold]:
    found = []
    for a in doc["annotation_sets"][0]["attributions"]:
        pieces = [p for p in a["content"] + a.get("content2", []) if p["end"] > p["start"]]
        if not pieces:
            continue
        chars = frozenset(i for p in pieces for i in range(p["start"], p["end"]))
        found.append(Gold(min(chars), max(chars) + 1, chars, a["quote_kind"],
                          tuple((s["start"], s["end"]) for s in a["source"])))
    return found


def _read(split: str, limit: int | None) -> Iterator[dict]:
    with gzip.open(DATA / f"polnear_{split}.jsonl.gz", "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def _norm(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,"):
        b -= 1
    return a, b


def _pairs(preds: list[Quote], golds: list[Gold]) -> list[tuple[int, int, int]]:
    scored = []
    for i, q in enumerate(preds):
        for j, g in enumerate(golds):
            if q.start < g.end and g.start < q.end:
                shared = sum(1 for c in range(q.start, q.end) if c in g.chars)
                if shared:
                    scored.append((shared, i, j))
    used_p, used_g, pairs = set(), set(), []
    for shared, i, j in sorted(scored, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j, shared))
    return pairs


def _speaker_ok(q: Quote, g: Gold) -> bool:
    def hits(a: int | None, b: int | None) -> bool:
        return a is not None and b is not None and any(a < e and s < b for s, e in g.sources)

    return hits(q.speaker_start, q.speaker_end) or hits(q.pronoun_start, q.pronoun_end)


def _score_doc(text: str, preds: list[Quote], golds: list[Gold], c: Counter) -> None:
    for q in preds:
        c["pred", KIND_MAP[q.kind.value]] += 1
    for g in golds:
        c["gold", g.kind] += 1
    for i, j, shared in _pairs(preds, golds):
        q, g = preds[i], golds[j]
        c["tp_pred", KIND_MAP[q.kind.value]] += 1
        c["tp_gold", g.kind] += 1
        if 2 * shared >= len(g.chars):
            c["half_pred", KIND_MAP[q.kind.value]] += 1
            c["half_gold", g.kind] += 1
        if _norm(text, q.start, q.end) == _norm(text, g.start, g.end):
            c["ex_pred", KIND_MAP[q.kind.value]] += 1
            c["ex_gold", g.kind] += 1
        if g.sources:
            c["spk_n", g.kind] += 1
            c["spk_ok", g.kind] += _speaker_ok(q, g)


def _prf(c: Counter, kinds: tuple[str, ...], tp: str) -> tuple[float, float, float]:
    pred = sum(c["pred", k] for k in kinds)
    gold = sum(c["gold", k] for k in kinds)
    p = sum(c[tp + "_pred", k] for k in kinds) / pred if pred else 0.0
    r = sum(c[tp + "_gold", k] for k in kinds) / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _table(split: str, c: Counter, docs: int, seconds: float, what: str) -> None:
    print(f"\nPolNeAR {split}: {docs} articles, {docs / seconds:.1f} articles/s "
          f"({what}, one process)")
    head = "".join(f" | {'P':>6}{'R':>6}{'F1':>6} {name:<8}" for name in ("overlap", ">=50%",
                                                                        "exact"))
    print(f"{'kind':<10}{'gold':>6}{'pred':>6}{head} | speaker acc")
    for name, kinds in [(k, (k,)) for k in KINDS] + [("all", KINDS)]:
        cells = "".join(" | " + "".join(f"{v:>6.3f}" for v in _prf(c, kinds, tp)) + " " * 9
                        for tp in ("tp", "half", "ex"))
        n = sum(c["spk_n", k] for k in kinds)
        ok = sum(c["spk_ok", k] for k in kinds)
        print(f"{name:<10}{sum(c['gold', k] for k in kinds):>6}"
              f"{sum(c['pred', k] for k in kinds):>6}{cells} | {ok / n if n else 0:.3f} "
              f"({ok}/{n})")


def _parsed(split: str, limit: int | None, articles: list[Article],
            cache: Path | None) -> list[ParsedArticle] | None:
    """Cached parses for these articles, or None (parsing is then timed with the finder)."""
    path = cache / f"polnear_{split}_{limit or 'all'}.pickle" if cache else None
    if path is None:
        return None
    if path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    parsed = parse_articles(articles)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(parsed, f, protocol=pickle.HIGHEST_PROTOCOL)
    return parsed


def run(split: str, limit: int | None, cache: Path | None = None) -> Counter:
    docs = list(_read(split, limit))
    finder = make_quotes()
    articles = [_article(d) for d in docs]
    parsed = _parsed(split, limit, articles, cache)
    started = time.perf_counter()
    what = "quotes on cached parses" if parsed is not None else "parse + quotes"
    parsed = parsed if parsed is not None else parse_articles(articles)
    quotes = [finder(p, a.text) for p, a in zip(parsed, articles, strict=True)]
    seconds = time.perf_counter() - started
    c: Counter = Counter()
    for doc, found in zip(docs, quotes, strict=True):
        _score_doc(doc["text"], found, _gold(doc), c)
    _table(split, c, len(docs), seconds, what)
    return c


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="dev", choices=["dev", "train", "both"])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder for pickled parses (made on the first run)")
    args = parser.parse_args()
    for split in (["train", "dev"] if args.split == "both" else [args.split]):
        run(split, args.limit, args.cache)
    print("\ntargets: " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))


if __name__ == "__main__":
    main()
