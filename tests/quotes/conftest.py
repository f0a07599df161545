from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp import load_nlp, parse_articles
from eventwire.quotes import QuoteFinder, make_quotes
from eventwire.records import Article, DateSource, Quote, Span

DAY = date(2022, 1, 26)


def make_article(text: str, published: date | None = DAY) -> Article:
    paragraphs = [p.strip() for p in text.strip().split("\n\n")]
    joined = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for p in paragraphs:
        spans.append(Span(offset, offset + len(p)))
        offset += len(p) + 2
    return Article("t1", "test", None, None, joined, tuple(spans), published, DateSource.NONE,
                   None, None, (), "en", "test")


@pytest.fixture(scope="session")
def finder() -> QuoteFinder:
    load_nlp()  # once per session; later calls hit the cache
    return make_quotes()


@pytest.fixture(scope="session")
def quotes_of(finder) -> Callable[..., tuple[Article, list[Quote]]]:
    def run(text: str, published: date | None = DAY) -> tuple[Article, list[Quote]]:
        article = make_article(text, published)
        return article, finder(parse_articles([article])[0], article.text)

    return run
