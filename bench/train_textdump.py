"""Train the text-dump line model from pages that are NOT in the ScrapingHub benchmark.

Each training page is HTML turned into a text dump the way the benchmark's dumps were made
(html-text, ``guess_layout=True``); each dump unit is labelled body when its words are found
in the page's body: hand-extracted for fundus-eval (gold, weighted 3x), trafilatura's
extraction for htmldate-eval / trafilatura-eval (silver). Logistic regression on `linecontext`
features, fitted with numpy; decoder settings chosen by 5-fold cross-validation over pages
(fixed seed), then the model is refitted on all pages and written, with its sizes, CV metrics
and chosen decoder, to ``src/eventwire/extract/data/textdump_model.json``. ScrapingHub is never
read here.

    .venv/bin/pip install html-text==0.7.1   # dev/training only
    .venv/bin/python bench/train_textdump.py [--shared PATH] [--cache PATH]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from eventwire.extract.dumpsegments import Unit, make_units
from eventwire.extract.linecontext import FEATURE_NAMES, unit_table
from eventwire.extract.linemodel import model_from_dict
from eventwire.extract.textdump import TextDumpOptions, body_flags

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import macro_prf, shingle_prf

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "src" / "eventwire" / "extract" / "data" / "textdump_model.json"
FUNDUS = Path("bench/extraction/fundus-eval")
SILVER = (Path("bench/dates/htmldate-eval/html"), Path("bench/extraction/trafilatura-eval/html"))
SEED = 13
FUNDUS_WEIGHT = 3.0  # hand-made gold counts more than the silver teacher
MIN_SILVER_WORDS = 80  # a tiny trafilatura output is no teacher
FOLDS = 5  # cross-validation folds for the decoder settings and the reported metrics
L2 = 1.0  # ridge penalty on standardised weights
MATCH_SHARE = 0.6  # share of a unit's 4-grams found in the body for it to be body
_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _grams(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]


def _contains(hay: Sequence[str], needle: Sequence[str], first: dict[str, list[int]]) -> bool:
    n = len(needle)
    return any(list(hay[i : i + n]) == list(needle) for i in first.get(needle[0], ()))


def label_units(units: Sequence[Unit], body: str) -> list[int]:
    """1 for units whose words are in the body text, 0 otherwise (see module docstring)."""
    gold_tokens = _tokens(body)
    pool = Counter(_grams(gold_tokens))
    first: dict[str, list[int]] = {}
    for i, t in enumerate(gold_tokens):
        first.setdefault(t, []).append(i)
    labels, short = [], []
    for n, unit in enumerate(units):
        tokens = _tokens(unit.text)
        grams = _grams(tokens)
        if not grams:
            labels.append(int(bool(tokens) and _contains(gold_tokens, tokens, first)))
            short.append(n)
            continue
        hits = sum(1 for g in grams if pool[g] > 0)
        is_body = hits >= MATCH_SHARE * len(grams)
        if is_body:
            pool.subtract(g for g in grams if pool[g] > 0)  # a repeat of it is not body again
        labels.append(int(is_body))
    for n in short:  # a short line is body only between body lines ("Photo", "Share" are not)
        before = [labels[i] for i in range(max(0, n - 2), n) if i not in short]
        after = [labels[i] for i in range(n + 1, min(len(units), n + 3)) if i not in short]
        labels[n] = int(labels[n] and any(before) and any(after))
    return labels


def _read_html(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    return raw.decode("utf-8", errors="replace")


def _prepare(job: tuple[str, str, str, str | None]) -> dict | None:
    """One page: dump text, teacher body and title, or None when there is no usable teacher."""
    import html_text
    import trafilatura

    source, name, path, gold = job
    html = _read_html(Path(path))
    try:
        dump = html_text.extract_text(html, guess_layout=True)
        meta = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    except Exception:
        return None
    if meta is None:
        return None
    meta = meta.as_dict() if hasattr(meta, "as_dict") else meta
    body = gold if gold is not None else (meta.get("text") or "")
    if len(body.split()) < MIN_SILVER_WORDS:
        return None
    return {"source": source, "name": name, "dump": dump, "body": body,
            "title": meta.get("title") or ""}  # fmt: skip


def _jobs(shared: Path) -> Iterator[tuple[str, str, str, str | None]]:
    gold = json.loads((shared / FUNDUS / "ground_truth.json").read_text(encoding="utf-8"))
    for name, page in sorted(gold.items()):
        body = "\n".join(p.strip("[]") for p in page["body"])
        yield "fundus", name, str(shared / FUNDUS / "html" / name), body
    seen: set[str] = set()
    for folder in SILVER:
        for path in sorted((shared / folder).glob("*.gz")):
            if path.name not in seen:  # the two sets share many pages
                seen.add(path.name)
                yield "silver", path.name, str(path), None


def build_pages(shared: Path, cache: Path) -> list[dict]:
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as f:
            return json.load(f)
    with Pool(2) as pool:
        pages = [p for p in pool.imap(_prepare, list(_jobs(shared)), chunksize=4) if p]
    with gzip.open(cache, "wt", encoding="utf-8") as f:
        json.dump(pages, f)
    return pages


def page_data(page: dict) -> tuple[list, list[int], list]:
    """Scored units, labels and feature rows of one training page."""
    table = unit_table(make_units(page["dump"]))
    units = [s.unit for s in table.scored]
    return list(table.scored), label_units(units, page["body"]), list(table.rows)


def _weight(source: str, chars: int, by_length: bool) -> float:
    base = FUNDUS_WEIGHT if source == "fundus" else 1.0
    return base * (min(chars, 1000) ** 0.5 / 10 if by_length else 1.0)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> dict:
    """Weighted L2 logistic regression by Newton's method, on standardised features."""
    means, stds = x.mean(axis=0), x.std(axis=0)
    stds[stds < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / stds])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2 * w.sum() / len(w))
    penalty[0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + penalty * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return {"features": list(FEATURE_NAMES), "means": means.tolist(), "stds": stds.tolist(),
            "intercept": float(beta[0]), "weights": beta[1:].tolist()}  # fmt: skip


def _folds(pages: list[dict]) -> list[list[dict]]:
    """FOLDS fixed groups of pages, each with its share of the fundus pages."""
    rng = random.Random(SEED)
    order = sorted(pages, key=lambda p: p["name"])
    rng.shuffle(order)
    ranked = [p for p in order if p["source"] == "fundus"] + [
        p for p in order if p["source"] != "fundus"
    ]
    return [ranked[k::FOLDS] for k in range(FOLDS)]


def _matrix(data: list[tuple], by_length: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for page, (scored, labels, rows) in data:
        xs.extend(rows)
        ys.extend(labels)
        ws.extend(_weight(page["source"], s.features.chars, by_length) for s in scored)
    return np.array(xs, dtype=float), np.array(ys, dtype=float), np.array(ws, dtype=float)


def evaluate(model: dict, data: list[tuple], options: TextDumpOptions) -> dict[str, float]:
    """Line accuracy and page shingle F1 against the teacher, overall and on fundus pages."""
    line_model = model_from_dict(model)
    right = total = 0
    scores: dict[str, list] = {"all": [], "fundus": []}
    for page, (scored, labels, rows) in data:
        probs = line_model.probabilities(rows)
        right += sum((p >= 0.5) == bool(y) for p, y in zip(probs, labels, strict=True))
        total += len(labels)
        flags = body_flags(scored, probs, options) if scored else []
        pred = "\n".join(s.unit.text for s, f in zip(scored, flags, strict=True) if f)
        score = shingle_prf(page["body"], pred)
        scores["all"].append(score)
        if page["source"] == "fundus":
            scores["fundus"].append(score)
    out = {"line_acc": right / max(1, total)}
    for name, page_scores in scores.items():
        out[f"f1_{name}"] = macro_prf(page_scores).f1
    return out


GRID = tuple(itertools.product((0.3, 0.4, 0.5), (2.0, 4.0), (0.1, 0.2)))


def cross_validate(folds: list[list[tuple]]) -> dict[tuple, dict[str, float]]:
    """Out-of-fold metrics of every decoder setting, averaged over the folds."""
    totals: dict[tuple, Counter[str]] = {setting: Counter() for setting in GRID}
    for k, held_out in enumerate(folds):
        rest = [item for j, fold in enumerate(folds) if j != k for item in fold]
        model = fit(*_matrix(rest, by_length=True), L2)
        for setting in GRID:
            options = TextDumpOptions(*setting)
            totals[setting].update(evaluate(model, held_out, options))
    return {s: {k: v / len(folds) for k, v in t.items()} for s, t in totals.items()}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/textdump_train_pages.json.gz"))
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    pages = build_pages(args.shared, args.cache)
    folds = [[(p, page_data(p)) for p in fold] for fold in _folds(pages)]
    data = [item for fold in folds for item in fold]
    x, y, w = _matrix(data, by_length=True)
    sizes = {"pages": len(data), "units": len(y), "body_share": round(float(y.mean()), 3),
             "fundus_pages": sum(p["source"] == "fundus" for p, _ in data)}  # fmt: skip
    print(sizes)
    results = cross_validate(folds)
    for setting, metrics in results.items():
        print("  threshold={} switch={} keep={}: ".format(*setting)
              + " ".join(f"{k}={v:.3f}" for k, v in metrics.items()))  # fmt: skip
    best = max(results, key=lambda s: results[s]["f1_all"] + results[s]["f1_fundus"])
    model = fit(x, y, w, L2)
    model["training"] = {**sizes, "cross_validation": results[best], "decoder": dict(
        zip(("body_threshold", "switch_cost", "min_keep"), best, strict=True))}  # fmt: skip
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"chosen decoder {model['training']['decoder']}: {FOLDS}-fold {results[best]}")
    print(f"wrote {args.out}; set textdump.DEFAULT_* to the chosen decoder if it changed")


if __name__ == "__main__":
    main()
