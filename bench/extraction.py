"""Extraction benchmarks in one run: the HTML path and the text-dump cleaner on ScrapingHub.

    .venv/bin/python bench/extraction.py [--shared PATH] [--no-fundus]

Each part prints its own table (P/R/F1 by half and overall, pages/s, peak memory); see
bench/extraction_html.py and bench/extraction_text.py for the metric.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import extraction_html
import extraction_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-fundus", action="store_true", help="skip fundus-eval")
    args = parser.parse_args()
    print("== HTML path (extract_html) ==")
    status = extraction_html.main(["--shared", str(args.shared)]
                                  + (["--no-fundus"] if args.no_fundus else []))
    print("\n== text dumps (clean_text) ==")
    extraction_text.main(["--shared", str(args.shared)])
    return status


if __name__ == "__main__":
    sys.exit(main())
