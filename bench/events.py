"""Benchmark the event coder on the shared gold sets (../shared/bench/events/).

    .venv/bin/python bench/events.py [--shared DIR] [--show N]

1. PETRARCH2 GSR validation (CAMEO): (source, target, CAMEO root) precision / recall / F1.
   Actor codes are compared at the level both sides can express: an IGO by its PETRARCH code
   (our NATO -> IGOWSTNAT through the lexicon's ``alias_codes``; a gold sector suffix such as
   IGOUNOMIL's is dropped when the body is one we know), anything else by its
   country prefix (RUSGOV and RUS both -> RUS; gold ``---REB`` -> ``---``). A "strict" row
   also compares the full code (country + sector). The gold codes places as targets
   ("meet in Zurich" -> CHE) and any negated act as REJECT; we do not: only an act of force
   takes the country it happens in as target (see events/where.py), only a source's
   own announcement that it will not act is a refusal (see events/intent.py), other
   negated events keep their own code and a negated flag.
2. PLOVER GSR (0.5b1 names mapped to current ones via ``code_plover_current``): the type of
   the main event we code in a sentence (NONE if none) against the gold type: accuracy,
   macro-F1 over the gold types, and the confusion between types. The gold codes one main
   event per sentence; ours is the typed event whose predicate sits highest in the
   dependency tree ("threatened to shell": threatened), ties going to the earlier word.
   An act its source announces ("X will give aid") is coded as CAMEO codes it, as intent
   or threat (033 -> AGREE), which is also how this gold reads it; see events/intent.py.
3. Throughput: sentences/s for parse + actors + events, both sets together.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import date
from pathlib import Path

from eventwire.actors.lexicon import load_lexicon
from eventwire.actors.resolver import Resolver
from eventwire.events.coder import Coder, make_coder
from eventwire.nlp import parse_articles
from eventwire.records import Article, DateSource, Event, ParsedArticle, Span

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


def _article(rec: dict) -> Article:
    text = rec["text"]
    published = date.fromisoformat(rec["date"]) if rec.get("date") else None
    return Article(id=rec["id"], source="bench", url=None, title=None, text=text,
                   paragraphs=(Span(0, len(text)),), published=published,
                   date_source=DateSource.METADATA, outlet=None, wire=None, authors=(),
                   language="en", extractor="bench")


def _code_all(records: list[dict], coder: Coder,
              resolver: Resolver) -> tuple[list[ParsedArticle], list[list[Event]]]:
    articles = [_article(r) for r in records]
    parsed = parse_articles(articles)
    return parsed, [coder(p, a.text, resolver(p, a.text))
                    for a, p in zip(articles, parsed, strict=True)]


def _depth(parsed: ParsedArticle, start: int) -> int:
    i = next(t.i for t in parsed.tokens if t.start == start)
    n = 0
    while parsed.tokens[i].head != i:
        i, n = parsed.tokens[i].head, n + 1
    return n


def main_event(parsed: ParsedArticle, events: list[Event]) -> Event | None:
    """The typed event highest in the dependency tree, the earlier one on a tie."""
    typed = [e for e in events if e.plover]
    return min(typed, key=lambda e: (_depth(parsed, e.predicate_start), e.predicate_start),
               default=None)


def _alias_map() -> dict[str, str]:
    out = {}
    for igo in load_lexicon().igos:
        pet = next((c for c in igo.alias_codes if c.startswith("IGO")), None)
        out[igo.code] = pet or igo.code
    return out


def _norm(code: str | None, aliases: dict[str, str], strict: bool) -> str:
    if not code:
        return ""
    if code in aliases:
        return aliases[code]
    if code.startswith("IGO"):  # by country/IGO, the body without its sector: IGOUNOMIL -> IGOUNO
        known = [a for a in aliases.values() if code.startswith(a) and not strict]
        return max(known, key=len) if known else code[:9]
    return code if strict else code[:3]


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bench_cameo(records: list[dict], events: list[list[Event]], *, strict: bool, show: int) -> None:
    aliases, tp = _alias_map(), 0
    n_pred = n_gold = 0
    misses = []
    halves = [[0, 0, 0], [0, 0, 0]]  # tp, predicted, gold of each half: an overfitting check
    for n, (rec, evs) in enumerate(zip(records, events, strict=True)):
        gold = Counter((_norm(g["source"], aliases, strict), _norm(g["target"], aliases, strict),
                        g["code"][:2]) for g in rec["events"] if not rec.get("noevents"))
        pred = Counter((_norm(e.source.code, aliases, strict),
                        _norm(e.target.code if e.target else None, aliases, strict),
                        e.cameo[:2]) for e in evs)
        hit = sum((gold & pred).values())
        tp, n_pred, n_gold = tp + hit, n_pred + sum(pred.values()), n_gold + sum(gold.values())
        half = halves[2 * n >= len(records)]
        half[0], half[1], half[2] = (half[0] + hit, half[1] + sum(pred.values()),
                                     half[2] + sum(gold.values()))
        if gold != pred:
            misses.append((rec["id"], rec["text"], sorted(gold), sorted(pred)))
    p, r, f = _prf(tp, n_pred, n_gold)
    label = "strict (full code)" if strict else "country / IGO"
    by_half = " / ".join(f"{_prf(*h)[2]:.3f}" for h in halves)
    print(f"| {label} | {n_gold} | {n_pred} | {tp} | {p:.3f} | {r:.3f} | {f:.3f} | {by_half} |")
    for m in misses[:show]:
        print(f"    {m[0]}: {m[1][:110]}\n      gold {m[2]}\n      ours {m[3]}")


def bench_plover(records: list[dict], parsed: list[ParsedArticle], events: list[list[Event]],
                 show: int) -> None:
    pairs = []
    for rec, p, evs in zip(records, parsed, events, strict=True):
        main = main_event(p, evs)
        gold = rec["events"][0]["code_plover_current"]
        pairs.append((gold, main.plover if main else "NONE", rec["text"]))
    acc = sum(g == p for g, p, _ in pairs) / len(pairs)
    types = sorted({g for g, _, _ in pairs})
    f1s = []
    print("| type | gold | predicted | correct | P | R | F1 |\n|---|---|---|---|---|---|---|")
    for t in types:
        tp = sum(g == p == t for g, p, _ in pairs)
        n_pred, n_gold = sum(p == t for _, p, _ in pairs), sum(g == t for g, _, _ in pairs)
        p, r, f = _prf(tp, n_pred, n_gold)
        f1s.append(f)
        print(f"| {t} | {n_gold} | {n_pred} | {tp} | {p:.2f} | {r:.2f} | {f:.2f} |")
    cut = len(pairs) // 2
    by_half = " / ".join(f"{sum(g == p for g, p, _ in part) / len(part):.3f}"
                         for part in (pairs[:cut], pairs[cut:]))
    print(f"\nPLOVER type accuracy {acc:.3f} (halves {by_half}) over {len(pairs)} sentences; "
          f"macro-F1 {sum(f1s) / len(f1s):.3f} over {len(types)} gold types; "
          f"no event coded: {sum(p == 'NONE' for _, p, _ in pairs)}")
    confusion = Counter((g, p) for g, p, _ in pairs if g != p)
    print("\nConfusions (gold -> ours: count), most frequent first:")
    print(", ".join(f"{g}->{p}: {n}" for (g, p), n in confusion.most_common()))
    for g, p, text in [x for x in pairs if x[0] != x[1]][:show]:
        print(f"    {g} -> {p}: {text[:120]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--show", type=int, default=0, help="print this many misses per set")
    args = ap.parse_args()
    folder = args.shared / "bench" / "events"
    gsr = [r for r in _records(folder / "petr2_gsr_validation.jsonl") if not r.get("sentinel")]
    plover = _records(folder / "plover_gsr_cameo.jsonl")
    coder, resolver = make_coder(), Resolver(load_lexicon())
    parse_articles([_article(gsr[0])])  # load the model outside the timing
    t0 = time.perf_counter()
    _, gsr_events = _code_all(gsr, coder, resolver)
    plover_parsed, plover_events = _code_all(plover, coder, resolver)
    elapsed = time.perf_counter() - t0
    print(f"## PETRARCH2 GSR validation: (source, target, CAMEO root), {len(gsr)} sentences\n")
    print("| actors compared by | gold | ours | matched | P | R | F1 | F1 halves |\n"
          "|---|---|---|---|---|---|---|---|")
    bench_cameo(gsr, gsr_events, strict=False, show=args.show)
    bench_cameo(gsr, gsr_events, strict=True, show=0)
    print(f"\n## PLOVER GSR: event type, {len(plover)} sentences\n")
    bench_plover(plover, plover_parsed, plover_events, args.show)
    n = len(gsr) + len(plover)
    print(f"\n## Throughput\n\n{n} sentences in {elapsed:.1f} s: {n / elapsed:.1f} sentences/s "
          "(parse + actors + events, one CPU process)")


if __name__ == "__main__":
    main()
