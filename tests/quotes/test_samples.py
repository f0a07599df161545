"""Integration: every direct quote in ../shared/samples found, with the right speaker."""

from pathlib import Path

import pytest

from eventwire.extract.article import extract_article
from eventwire.nlp import parse_articles
from eventwire.records import Page, PageKind, QuoteKind

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"

# (sample file prefix, words that open the quotation, speaker name, actor code)
EXPECTED = [
    ("000", "Today, through the Foreign Ministry", "Sergey Lavrov", "RUSGOV"),
    ("000", "If they do not intend to do so", "Sergey Lavrov", "RUSGOV"),
    ("000", "that would ensure security on the entire", "Sergey Lavrov", "RUSGOV"),
    ("001", "Let's be clear", "Julianne Smith", "USAGOV"),
    ("001", "We want to see", "Julianne Smith", "USAGOV"),  # "she said"
    ("001", "Our main goal is", "Michael Carpenter", "USAGOV"),
    ("003", "NATO is a defensive alliance", "Jens Stoltenberg", "NATO"),
    ("003", "Russia should refrain from coercive", "Jens Stoltenberg", "NATO"),
    ("003", "a serious conversation on arms control", "Jens Stoltenberg", "NATO"),
    ("003", "potential for progress", "Antony Blinken", "USAGOV"),  # "He said ..."
]

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"{SAMPLES} is absent (a user's clone)"),
]


@pytest.fixture(scope="module")
def sample_quotes(finder):
    found = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        page = Page.create(path.read_bytes(), source=path.name, kind=PageKind.TEXT)
        article = extract_article(page)
        parsed = parse_articles([article])[0]
        found[path.name[:3]] = (article, finder(parsed, article.text))
    return found


@pytest.mark.parametrize(("sample", "opening", "name", "code"), EXPECTED)
def test_samples_direct_quote_found_with_speaker(sample_quotes, sample, opening, name, code):
    article, quotes = sample_quotes[sample]
    hits = [q for q in quotes if q.kind is not QuoteKind.INDIRECT
            and opening in article.text[q.start:q.end]]
    assert hits, f"no quote containing {opening!r}"
    assert (hits[0].speaker_name, hits[0].speaker_code) == (name, code)


def test_samples_every_quotation_mark_span_is_attributed(sample_quotes):
    """No quoted sentence in the article bodies is left without a quote record."""
    for article, quotes in sample_quotes.values():
        covered = [(q.start, q.end) for q in quotes if q.kind is not QuoteKind.INDIRECT]
        for para in article.paragraphs:
            text = article.text[para.start:para.end]
            for mark in ('"', "\u201c"):
                at = text.find(mark)
                if at >= 0 and len(text) > 80 and text.count(" ") > 12:
                    pos = para.start + at
                    assert any(a <= pos < b for a, b in covered), text[:80]
