"""eventwire: raw news pages in; clean dated articles, quotations and coded events out.

    >>> from eventwire import run_ingest, Store
    >>> report = run_ingest(["pages/"], db="news.duckdb")
"""

from eventwire.errors import EventwireError, ExtractionError, InputError, NotFound, StoreError
from eventwire.extract.article import extract_article
from eventwire.ingest import IngestOptions
from eventwire.pipeline import (
    STAGES,
    IngestReport,
    ReprocessReport,
    analyse_articles,
    run_ingest,
    run_reprocess,
)
from eventwire.records import (
    Actor,
    Analysis,
    Article,
    Credits,
    DateSource,
    Event,
    Mention,
    Page,
    PageFailure,
    PageKind,
    Quote,
    QuoteKind,
    Span,
)
from eventwire.store.db import Store
from eventwire.store.export import EXPORTERS, export

__all__ = [
    "EXPORTERS",
    "STAGES",
    "Actor",
    "Analysis",
    "Article",
    "Credits",
    "DateSource",
    "Event",
    "EventwireError",
    "ExtractionError",
    "IngestOptions",
    "IngestReport",
    "InputError",
    "Mention",
    "NotFound",
    "Page",
    "PageFailure",
    "PageKind",
    "Quote",
    "QuoteKind",
    "ReprocessReport",
    "Span",
    "Store",
    "StoreError",
    "analyse_articles",
    "export",
    "extract_article",
    "run_ingest",
    "run_reprocess",
]
