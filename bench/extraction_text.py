"""Text-dump cleaner on the ScrapingHub article-extraction benchmark.

Input is the benchmark's html-text output (the full visible text of each page); gold is the
article body. Prints precision / recall / F1 (word 4-gram shingles, the benchmark's own
scoring), throughput and the number of pages the cleaner refused, for the raw dump and for
`clean_text`, on the first and second half of page ids and on all pages.

    .venv/bin/python bench/extraction_text.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eventwire.errors import ExtractionError
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


def cleaned_body(text: str) -> str:
    return "\n".join(clean_text(text).paragraphs)


def run(
    extract: Callable[[str], str], ids: Sequence[str], dumps: dict[str, str], gold: dict[str, str]
) -> tuple[MacroScore, float, int]:
    """Score one extractor on some pages: (scores, pages per second, pages refused)."""
    preds, refused = {}, 0
    start = time.perf_counter()
    for page in ids:
        try:
            preds[page] = extract(dumps.get(page, ""))
        except ExtractionError:
            preds[page], refused = "", refused + 1
    rate = len(ids) / max(time.perf_counter() - start, 1e-9)
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
        "clean_text": cleaned_body,
    }
    print(
        f"{'split':<17} {'method':<11} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'pages/s':>8} {'errors':>6}"
    )
    for split, page_ids in splits.items():
        for name, extract in extractors.items():
            score, rate, refused = run(extract, page_ids, dumps, gold)
            print(
                f"{split:<17} {name:<11} {score.pages:>5} {score.precision:6.3f} "
                f"{score.recall:6.3f} {score.f1:6.3f} {rate:8.0f} {refused:>6}"
            )


if __name__ == "__main__":
    main()
