"""Text-dump cleaner on the ScrapingHub article-extraction benchmark.

Input is the benchmark's html-text output (the full visible text of each page); gold is the
article body. Prints precision / recall / F1 (word 4-gram shingles, the benchmark's own
scoring), throughput (pages per CPU second) and the number of pages refused, on the first and
second half of page ids and on all pages, for: the raw dump; "rule region", the hand-set line
scores with the densest-region search alone (the old cleaner's core, now one of the model's
features); and `clean_text` with the learned line model. ScrapingHub is never used for
training: the model's own cross-validation metrics (from `bench/train_textdump.py`) are
printed first.

    .venv/bin/python bench/extraction_text.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eventwire.errors import ExtractionError
from eventwire.extract.dumpsegments import make_units
from eventwire.extract.linecontext import best_region, unit_table
from eventwire.extract.textdump import clean_text
from scoring import MacroScore, macro_prf, shingle_prf

REPO = Path(__file__).resolve().parents[1]
DATA = Path("bench/extraction/scrapinghub")


def load(shared: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Dumps and gold bodies by page id."""
    root = shared / DATA
    with gzip.open(root / "reference-outputs" / "html-text.json.gz", "rt", encoding="utf-8") as f:
        raw = json.load(f)
    dumps = raw.get("output", raw)
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return (
        {k: v.get("articleBody") or "" for k, v in dumps.items()},
        {k: v["articleBody"] for k, v in gold.items()},
    )


MODEL = REPO / "src" / "eventwire" / "extract" / "data" / "textdump_model.json"


def cleaned_body(text: str) -> str:
    return "\n".join(clean_text(text).paragraphs)


def rule_region(text: str) -> str:
    """Baseline: units in the densest stretch of hand-scored lines, none dropped."""
    scored = unit_table(make_units(text)).scored
    start, end = best_region(scored)
    return "\n".join(s.unit.text for s in scored[start:end])


def model_summary() -> str:
    training = json.loads(MODEL.read_text(encoding="utf-8")).get("training", {})
    return f"model {MODEL.name}: " + json.dumps(training)


def run(
    extract: Callable[[str], str], ids: Sequence[str], dumps: dict[str, str], gold: dict[str, str]
) -> tuple[MacroScore, float, int]:
    """Score one extractor on some pages: (scores, pages per second, pages refused)."""
    preds, refused = {}, 0
    start = time.process_time()  # CPU time: other jobs on the machine do not skew it
    for page in ids:
        try:
            preds[page] = extract(dumps.get(page, ""))
        except ExtractionError:
            preds[page], refused = "", refused + 1
    rate = len(ids) / max(time.process_time() - start, 1e-9)
    return macro_prf(shingle_prf(gold[p], preds[p]) for p in ids), rate, refused


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args(argv)
    dumps, gold = load(args.shared)
    ids = sorted(gold)
    half = len(ids) // 2
    splits = {"dev (1st half)": ids[:half], "check (2nd half)": ids[half:], "all": ids}
    extractors: dict[str, Callable[[str], str]] = {
        "raw dump": lambda t: t,
        "rule region": rule_region,
        "clean_text": cleaned_body,
    }
    print(model_summary())
    print(
        f"{'split':<17} {'method':<12} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'pages/s':>8} {'errors':>6}"
    )
    for split, page_ids in splits.items():
        for name, extract in extractors.items():
            score, rate, refused = run(extract, page_ids, dumps, gold)
            print(
                f"{split:<17} {name:<12} {score.pages:>5} {score.precision:6.3f} "
                f"{score.recall:6.3f} {score.f1:6.3f} {rate:8.0f} {refused:>6}"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory (whole run, incl. the loaded benchmark): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
