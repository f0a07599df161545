"""Article-body benchmark on ScrapingHub's article-extraction set (and fundus-eval).

    .venv/bin/python bench/extraction_html.py [--shared PATH] [--no-fundus]

Metric (the benchmark's evaluate.py): per page, `\\w+` tokens, multisets of word 4-gram
shingles, tp/fp/fn normalised by their sum; P = mean over pages with tp+fp > 0, R = mean
over pages with tp+fn > 0, F1 = harmonic mean of the two means. Halves of the pages
(split by sorted id) are scored apart as an overfitting check. Timings are one core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import lxml.html
import trafilatura
from readability import Document

from eventwire.errors import ExtractionError
from eventwire.extract.html import HtmlOptions, extract_html
from scoring import MacroScore, macro_prf, shingle_prf

ROOT = Path(__file__).resolve().parent.parent
F1_FLOOR = 0.960  # pinned: never lowered silently
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre")

Extractor = Callable[[str, str | None], str]


def shingle_scores(truth: Mapping[str, str], predicted: Mapping[str, str]) -> MacroScore:
    """ScrapingHub's macro P/R/F1 over the pages in `truth`."""
    return macro_prf(shingle_prf(gold, predicted.get(pid, "")) for pid, gold in truth.items())


def run_trafilatura(html: str, url: str | None) -> str:
    return trafilatura.extract(html, url=url, include_comments=False) or ""


def run_readability(html: str, url: str | None) -> str:
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # a crash is an empty prediction
        return ""
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    for element in tree.iter(_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def eventwire_runner(options: HtmlOptions) -> Extractor:
    def run(html: str, url: str | None) -> str:
        try:
            return "\n".join(extract_html(html, url=url, options=options).paragraphs)
        except ExtractionError:
            return ""

    return run


def run_all(pages: Mapping[str, tuple[str, str | None]], extractor: Extractor
            ) -> tuple[dict[str, str], float]:
    start = time.perf_counter()
    predicted = {page_id: extractor(html, url) for page_id, (html, url) in pages.items()}
    return predicted, len(pages) / (time.perf_counter() - start)


def load_scrapinghub(shared: Path) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    folder = shared / "bench" / "extraction" / "scrapinghub"
    truth = json.loads((folder / "ground-truth.json").read_text())
    pages = {}
    for page_id in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages[page_id] = (html.decode("utf-8"), truth[page_id].get("url"))
    return pages, {k: v["articleBody"] for k, v in sorted(truth.items())}


def load_fundus(shared: Path) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    """fundus-eval scored with the shingle proxy its README describes (optional paras dropped)."""
    folder = shared / "bench" / "extraction" / "fundus-eval"
    truth = json.loads((folder / "ground_truth.json").read_text())
    pages, gold = {}, {}
    for name in sorted(truth):
        html = gzip.decompress((folder / "html" / name).read_bytes()).decode("utf-8")
        pages[name] = (html, truth[name].get("url"))
        body = [p for p in truth[name]["body"] if not (p.startswith("[") and p.endswith("]"))]
        gold[name] = "\n\n".join(body)
    return pages, gold


def _reference(shared: Path) -> dict[str, str]:
    path = shared / "bench/extraction/scrapinghub/reference-outputs/trafilatura.json.gz"
    data = json.loads(gzip.decompress(path.read_bytes()))
    data = data.get("output", data) if "version" in data else data
    return {k: v["articleBody"] for k, v in data.items()}


def report(title: str, pages: Mapping[str, tuple[str, str | None]], truth: Mapping[str, str],
           extractors: Mapping[str, Extractor]) -> dict[str, MacroScore]:
    ids = sorted(truth)
    halves = (ids[: len(ids) // 2], ids[len(ids) // 2 :])
    print(f"\n{title}: {len(ids)} pages; halves {len(halves[0])} / {len(halves[1])}")
    print(f"{'method':28s} {'P':>6s} {'R':>6s} {'F1':>6s} {'F1 h1':>6s} {'F1 h2':>6s} "
          f"{'pages/s':>8s}")
    results = {}
    for name, extractor in extractors.items():
        predicted, speed = run_all(pages, extractor)
        s = results[name] = shingle_scores(truth, predicted)
        h1, h2 = (shingle_scores({k: truth[k] for k in h}, predicted).f1 for h in halves)
        print(f"{name:28s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {h1:6.3f} {h2:6.3f} "
              f"{speed:8.1f}")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-fundus", action="store_true", help="skip fundus-eval")
    args = parser.parse_args(argv)
    pages, truth = load_scrapinghub(args.shared)
    ref = shingle_scores(truth, _reference(args.shared))
    print(f"sanity: stored trafilatura 2.0.0 output F1 {ref.f1:.3f} (published 0.958)")
    extractors = {
        "trafilatura default": run_trafilatura,
        "readability-lxml": run_readability,
        "eventwire (no vote)": eventwire_runner(HtmlOptions(vote=False)),
        "eventwire extract_html": eventwire_runner(HtmlOptions()),
    }
    results = report("ScrapingHub", pages, truth, extractors)
    if not args.no_fundus:
        report("fundus-eval (shingle proxy)", *load_fundus(args.shared), extractors)
    ok = results["eventwire extract_html"].f1 >= F1_FLOOR
    print("\nF1 floor:", "ok" if ok else "FAILED")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory (whole run, incl. the loaded benchmark): {peak:.0f} MiB")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
