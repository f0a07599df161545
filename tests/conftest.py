"""Shared fixtures: hand-built records, and where ../shared lives (absent in a user's clone)."""

from datetime import date
from pathlib import Path

import pytest

from eventwire.records import Article, DateSource, Page, PageKind, Span

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def make_page(body: str = "<p>The envoys met in Vienna on Monday.</p>", *,
              source: str = "pages/a.html", url: str | None = None) -> Page:
    return Page.create(body.encode(), source=source, kind=PageKind.HTML, url=url)


def make_article(page: Page, *, title: str = "Envoys meet", text: str = "Envoys met.",
                 published: date | None = date(2024, 3, 4)) -> Article:
    return Article(id=page.id, source=page.source, url=page.url, title=title, text=text,
                   paragraphs=(Span(0, len(text)),), published=published,
                   date_source=DateSource.METADATA, outlet="The Example Post", wire="Reuters",
                   authors=("Jane Doe", "Omar Haddad"), language="en", extractor="trafilatura")


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared gold data sits beside the repo only in CI"
                    " and development checkouts")
    return SHARED
