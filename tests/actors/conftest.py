"""Actor-test fixtures: the spaCy model and the packaged resolver, loaded once."""

from datetime import date

import pytest
from tests.actors.test_resolver import DAY, make_article

from eventwire.actors import load_lexicon
from eventwire.actors.resolver import resolve_mentions
from eventwire.nlp import load_nlp, parse_articles
from eventwire.records import Mention


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def mentions(nlp):
    """Resolve one text with the packaged lexicon, or with ``resolver`` when given."""
    lexicon = load_lexicon()

    def run(text: str, published: date | None = DAY, resolver=None) -> list[Mention]:
        article = make_article(text, published)
        parsed = parse_articles([article])[0]
        if resolver is not None:
            return resolver(parsed, article.text)
        return resolve_mentions(parsed, article.text, lexicon=lexicon)

    return run
