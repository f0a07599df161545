"""Shared event-coder fixtures: parse + actors + events for one hand-written sentence."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.actors.resolver import make_resolver
from eventwire.events.coder import make_coder
from eventwire.nlp import parse_articles
from eventwire.records import Article, DateSource, Event, Span


@pytest.fixture(scope="session")
def code() -> Callable[..., list[Event]]:
    """Code one text; spaCy and the lexicons load once per session."""
    coder, resolver = make_coder(), make_resolver()

    def run(text: str, published: date | None = date(2022, 1, 30)) -> list[Event]:
        article = Article(id="t", source="test", url=None, title=None, text=text,
                          paragraphs=(Span(0, len(text)),), published=published,
                          date_source=DateSource.METADATA, outlet=None, wire=None, authors=(),
                          language="en", extractor="test")
        parsed = parse_articles([article])[0]
        return coder(parsed, text, resolver(parsed, text))

    return run


@pytest.fixture(scope="session")
def triples() -> Callable[[list[Event]], set[tuple]]:
    """(source, target, PLOVER type) per event, actors by country (NATO by name)."""
    def short(code: str) -> str:
        return code if code == "NATO" else code[:3]

    return lambda events: {(short(e.source.code), short(e.target.code) if e.target else None,
                            e.plover) for e in events}
