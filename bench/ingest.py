"""End-to-end ingest throughput: pages through extract, nlp, actors, quotes and events.

    .venv/bin/python bench/ingest.py [--shared PATH] [--pages N] [--workers 1 2]

Uses the ScrapingHub HTML pages (real news markup, ~180 pages) as input and prints, per
worker count, pages/s, articles, mentions, quotes and events found, and peak memory. Throughput
measures, it does not gate: no threshold here.
"""

from __future__ import annotations

import argparse
import gzip
import resource
import sys
import tempfile
import time
from pathlib import Path

from eventwire.pipeline import run_ingest

ROOT = Path(__file__).resolve().parent.parent


def _pages(shared: Path, limit: int, folder: Path) -> int:
    html = sorted((shared / "bench/extraction/scrapinghub/html").glob("*.html.gz"))[:limit]
    for path in html:
        (folder / path.name.removesuffix(".gz")).write_bytes(gzip.decompress(path.read_bytes()))
    return len(html)


def _children_peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        count = _pages(args.shared, args.pages, folder)
        print(f"{count} ScrapingHub pages; full ingest (extract, nlp, actors, quotes, events)")
        print(f"{'workers':>7} {'pages/s':>8} {'articles':>8} {'mentions':>8} {'quotes':>7}"
              f" {'events':>7} {'failed':>6} {'peak MiB':>8}")
        for workers in args.workers:
            db = Path(tmp) / f"bench-{workers}.duckdb"
            start = time.perf_counter()
            report = run_ingest([str(folder)], db=db, workers=workers)
            rate = count / (time.perf_counter() - start)
            print(f"{workers:>7} {rate:8.1f} {report.articles:>8} {report.mentions:>8}"
                  f" {report.quotes:>7} {report.events:>7} {report.failed:>6}"
                  f" {_children_peak_mib():8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
