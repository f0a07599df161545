"""Publication-date benchmark on htmldate's evaluation set (and trafilatura-eval metadata).

    .venv/bin/python bench/dates.py [--shared PATH] [--no-metadata]

Scoring follows the set's README (htmldate's tests/evaluation.py): same day -> TP, another
day -> FP, no output -> FN, or TN where gold is null. Only entries whose HTML is present
are scored (the rest of the set is held back).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from htmldate import find_date

from eventwire.extract.htmldates import find_html_date

ROOT = Path(__file__).resolve().parent.parent
# floor pinned here, never lowered silently: htmldate extensive on the development portion
ACCURACY_FLOOR = 0.898

Finder = Callable[[bytes, str], str | None]


@dataclass(frozen=True, slots=True)
class DateScores:
    tp: int
    fp: int
    fn: int
    tn: int
    pages_per_s: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


def load_htmldate_eval(shared: Path) -> list[tuple[str, bytes, str | None]]:
    folder = shared / "bench" / "dates" / "htmldate-eval"
    annotations = json.loads((folder / "annotations.json").read_text())
    items = []
    for url, entry in sorted(annotations.items()):
        path = folder / "html" / entry["file"]
        if path.exists():
            items.append((url, gzip.decompress(path.read_bytes()), entry["date"]))
    return items


def score(items: list[tuple[str, bytes, str | None]], finder: Finder) -> DateScores:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    start = time.perf_counter()
    outputs = [finder(html, url) for url, html, _ in items]
    elapsed = time.perf_counter() - start
    for (_, _, gold), found in zip(items, outputs, strict=True):
        if found is None:
            counts["tn" if gold is None else "fn"] += 1
        else:
            counts["tp" if found == gold else "fp"] += 1
    return DateScores(**counts, pages_per_s=len(items) / elapsed)


def htmldate_finder(extensive: bool) -> Finder:
    def finder(html: bytes, url: str) -> str | None:
        try:
            return find_date(html, url=url, original_date=True, extensive_search=extensive)
        except Exception:  # a crash counts as no output, as upstream does
            return None

    return finder


def ours(html: bytes, url: str) -> str | None:
    found = find_html_date(html, url=url).value
    return found.isoformat() if found else None


def print_table(rows: dict[str, DateScores]) -> None:
    print(f"{'method':22s} {'P':>6s} {'R':>6s} {'acc':>6s} {'F1':>6s} {'pages/s':>8s}")
    for name, s in rows.items():
        print(f"{name:22s} {s.precision:6.3f} {s.recall:6.3f} {s.accuracy:6.3f} {s.f1:6.3f} "
              f"{s.pages_per_s:8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    items = sorted(load_htmldate_eval(args.shared), key=lambda item: item[0])  # by URL
    middle = len(items) // 2
    halves = {"first half": items[:middle], "second half": items[middle:]}
    print(f"htmldate-eval: {len(items)} pages with HTML present")
    finders = {"htmldate fast": htmldate_finder(False),
               "htmldate extensive": htmldate_finder(True), "eventwire": ours}
    rows = {name: score(items, f) for name, f in finders.items()}
    print_table(rows)
    for half, subset in halves.items():
        print(f"-- {half} ({len(subset)} pages)")
        print_table({name: score(subset, f) for name, f in finders.items()})
    ok = rows["eventwire"].accuracy >= max(ACCURACY_FLOOR, rows["htmldate extensive"].accuracy)
    print("accuracy floor:", "ok" if ok else "FAILED")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory (whole run, incl. the loaded benchmark): {peak:.0f} MiB")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
