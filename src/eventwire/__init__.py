"""eventwire: raw news pages in, clean dated articles and their quotations out.

    >>> from eventwire import run_ingest, Store
    >>> report = run_ingest(["pages/"], db="news.duckdb")
"""

from eventwire.errors import EventwireError, ExtractionError, InputError, NotFound, StoreError
from eventwire.extract.article import extract_article
from eventwire.ingest import IngestOptions
from eventwire.pipeline import STAGES, IngestReport, ReprocessReport, run_ingest, run_reprocess
from eventwire.records import (
    Article,
    Credits,
    DateSource,
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
    "Article",
    "Credits",
    "DateSource",
    "EventwireError",
    "ExtractionError",
    "IngestOptions",
    "IngestReport",
    "InputError",
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
    "export",
    "extract_article",
    "run_ingest",
    "run_reprocess",
]
