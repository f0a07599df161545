"""The `eventwire` command: thin wrappers that call one library function and print."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.errors import EventwireError, InputError, NotFound
from eventwire.ingest import IngestOptions
from eventwire.ingest.sniff import DEFAULT_MAX_BYTES
from eventwire.ingest.web import DEFAULT_TIMEOUT
from eventwire.pipeline import IngestReport, run_ingest, run_reprocess
from eventwire.records import PageFailure
from eventwire.store.db import Store
from eventwire.store.export import EXPORTERS, TABLES, export

app = typer.Typer(help="Raw news pages in, clean dated articles out.", no_args_is_help=True,
                  add_completion=False)
console = Console()
errors = Console(stderr=True)

DB_OPTION = typer.Option("--db", help="The eventwire database file (DuckDB).")
FORMAT_OPTION = typer.Option(
    "--format", "-f", help=f"One of: {', '.join(EXPORTERS)}. gdelt (GDELT 2.0 event table,"
    " 61 tab-separated columns) and plover (PLOVER JSON records) export events only and leave"
    " out negated events, which those formats cannot mark.")
WORKERS_OPTION = typer.Option("--workers", "-w", min=1, help="Processes for extraction.")
LEXICON_OPTION = typer.Option(
    "--lexicon", "-l", help="A folder of your own lexicon files, in the packaged schemas: actors"
    " (countries.yaml, igos.yaml, groups.yaml, sectors.yaml, people.yaml) and event predicates"
    " (predicates.yaml); repeatable, later ones win.")
MAX_FAILURES_SHOWN = 20


@contextmanager
def _user_errors():
    """Print an EventwireError as one line and exit 1: users get the message, not a trace."""
    try:
        yield
    except EventwireError as exc:
        errors.print(f"[red]error:[/red] {escape(exc.message)}", soft_wrap=True)
        raise typer.Exit(1) from None


def _report_table(report: IngestReport) -> Table:
    table = Table(title="Ingest")
    table.add_column("count", justify="right")
    table.add_column("what")
    for count, what in ((report.targets, "targets (files and URLs)"), (report.new, "new pages"),
                        (report.updated, "new versions of stored pages"),
                        (report.duplicate, "duplicates skipped"), (report.articles, "articles"),
                        (report.mentions, "actor mentions"), (report.quotes, "quotes"),
                        (report.events, "events"),
                        (report.failed, "failed"), (report.ignored_files, "ignored files")):
        table.add_row(str(count), what)
    return table


@contextmanager
def _progress_bar(verb: str):
    """A rich progress bar on stderr; yields the callback library functions report to."""
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=errors,
                  transient=True) as progress:
        task = progress.add_task(verb, total=None)

        def on_progress(done: int, total: int, name: str) -> None:
            progress.update(task, completed=done, total=total,
                            description=f"{verb} {escape(Path(name).name)[:40]}")

        yield on_progress


def _print_failures(failures: Sequence[PageFailure]) -> None:
    if not failures:
        return
    reasons = Counter(f.reason for f in failures)
    console.print("failed: " + ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()))
    for failure in failures[:MAX_FAILURES_SHOWN]:
        console.print(f"  [yellow]{failure.reason}[/yellow] {escape(failure.message)}",
                      soft_wrap=True)
    if len(failures) > MAX_FAILURES_SHOWN:
        console.print(f"  … and {len(failures) - MAX_FAILURES_SHOWN} more"
                      " (all are in the ingest_errors table)")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs or feed URLs.")],
    db: Annotated[Path, DB_OPTION] = Path("eventwire.duckdb"),
    workers: Annotated[int, WORKERS_OPTION] = 1,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = (
        DEFAULT_MAX_BYTES),
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each URL or feed.")] = (
        DEFAULT_TIMEOUT),
    lexicon: Annotated[list[Path] | None, LEXICON_OPTION] = None,
) -> None:
    """Read pages, extract their articles and store both.

    Example: eventwire ingest pages/ crawl.warc.gz https://example.org/feed.xml --db news.duckdb
    """
    with _user_errors(), _progress_bar("ingesting") as on_progress:
        options = IngestOptions(max_bytes=max_bytes, timeout=timeout)
        report = run_ingest(inputs, db=db, options=options,
                            workers=workers, lexicon_dirs=lexicon or (),
                            on_progress=on_progress)
    console.print(_report_table(report))
    _print_failures(report.failures)
    for note in report.notes:
        console.print(f"  [cyan]note[/cyan] {escape(note)}")


@app.command()
def reprocess(
    db: Annotated[Path, DB_OPTION] = Path("eventwire.duckdb"),
    workers: Annotated[int, WORKERS_OPTION] = 1,
    lexicon: Annotated[list[Path] | None, LEXICON_OPTION] = None,
) -> None:
    """Re-run the stages after extraction (nlp, actors, quotes, events) on stored articles, e.g.
    after a lexicon change, without reading pages again.

    Example: eventwire reprocess --db news.duckdb
    """
    with _user_errors(), _progress_bar("reprocessing") as on_progress:
        if not db.exists():
            raise NotFound(f"{db}: no such database (create it with `eventwire ingest`)")
        report = run_reprocess(db=db, workers=workers, lexicon_dirs=lexicon or (),
                               on_progress=on_progress)
    console.print(f"reprocessed {report.articles} articles: {report.mentions} actor mentions,"
                  f" {report.quotes} quotes, {report.events} events")
    _print_failures(report.failures)


@app.command("export")
def export_cmd(
    table: Annotated[str, typer.Argument(help=f"What to export: {', '.join(TABLES)}.")],
    db: Annotated[Path, DB_OPTION] = Path("eventwire.duckdb"),
    fmt: Annotated[str, FORMAT_OPTION] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File (stdout if absent).")]
    = None,
    all_versions: Annotated[bool, typer.Option(help="Include superseded page versions.")]
    = False,
) -> None:
    """Export stored records.  Example: eventwire export articles --db news.duckdb -f csv"""
    with _user_errors(), Store(db, read_only=True) as store:
        if out is None:
            if fmt == "parquet" and sys.stdout.isatty():
                raise InputError("parquet is binary: give --out FILE or redirect stdout")
            export(store, table, fmt, sys.stdout.buffer, all_versions=all_versions)
            sys.stdout.buffer.flush()
        else:
            with out.open("wb") as stream:
                export(store, table, fmt, stream, all_versions=all_versions)
            errors.print(f"wrote {out}")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="An article id, or a unique prefix of one.")],
    db: Annotated[Path, DB_OPTION] = Path("eventwire.duckdb"),
) -> None:
    """Print one article with its metadata.  Example: eventwire show 3fa9c1 --db news.duckdb"""
    with _user_errors(), Store(db, read_only=True) as store:
        article = store.article(article_id)
        quotes = list(store.rows("SELECT * FROM quotes WHERE article_id = ? ORDER BY idx",
                                 [article["id"]]))
        events = list(store.rows("SELECT * FROM events WHERE article_id = ? ORDER BY idx",
                                 [article["id"]]))
    console.print(f"[bold]{escape(article['title'] or '(no title)')}[/bold]")
    for key in ("id", "source", "url", "published", "date_source", "outlet", "wire", "language",
                "extractor"):
        console.print(f"[dim]{key:>11}[/dim] {escape(str(article[key] or '-'))}")
    console.print(f"[dim]{'authors':>11}[/dim] {escape(', '.join(article['authors']) or '-')}")
    console.print()
    console.print(escape(article["text"]))
    if quotes:
        console.print(f"\n[bold]{len(quotes)} quotes[/bold]")
    for quote in quotes:
        speaker = quote["speaker_name"] or quote["speaker_text"] or "(unattributed)"
        code = f" [{quote['speaker_code']}]" if quote["speaker_code"] else ""
        console.print(f"  [cyan]{escape(speaker + code)}[/cyan] {quote['kind']}:"
                      f" {escape(article['text'][quote['start']:quote['end']])}")
    if events:
        console.print(f"\n[bold]{len(events)} events[/bold]")
    for event in events:
        predicate = article["text"][event["predicate_start"]:event["predicate_end"]]
        quote = quotes[event["quote_idx"]] if event["quote_idx"] is not None else None
        reporter = quote and (quote["speaker_name"] or quote["speaker_text"])
        console.print(f"  {_event_line(event, predicate, reporter)}", soft_wrap=True)


def _event_line(event: dict, predicate: str, reporter: str | None) -> str:
    """"RUSGOV -> NATO REQUEST 100 2022-01-28 hypothetical “demanded” reported by Sergey
    Lavrov (rule demand.v, ...)"."""
    flags = [f for f in ("negated", "hypothetical") if event[f]]
    told = f" [dim]reported by[/dim] {escape(reporter)}" if reporter else ""
    return (f"[cyan]{escape(event['source_code'])}[/cyan] -> "
            f"[cyan]{escape(event['target_code'] or '-')}[/cyan]"
            f" [bold]{event['plover'] or '-'}[/bold] {event['cameo']}"
            f" {event['date'] or '-'}{''.join(f' [yellow]{f}[/yellow]' for f in flags)}"
            f" “{escape(predicate)}”{told} [dim](rule {escape(event['rule'])},"
            f" sentence {event['sentence_index']})[/dim]")


@app.command("list")
def list_cmd(db: Annotated[Path, DB_OPTION] = Path("eventwire.duckdb")) -> None:
    """List stored articles, oldest first.  Example: eventwire list --db news.duckdb"""
    with _user_errors(), Store(db, read_only=True) as store:
        rows = list(store.rows(
            "SELECT id, published, outlet, wire, title FROM current_articles"
            " ORDER BY published NULLS LAST, id"))
    table = Table(title=f"{len(rows)} articles")
    widths = {"id": 10, "published": 10, "outlet": 14, "wire": 8}
    for column, width in widths.items():
        table.add_column(column, no_wrap=True, overflow="ellipsis", width=width)
    rules = 3 * len(widths) + 4  # borders and padding around five columns
    title = max(20, console.width - sum(widths.values()) - rules)
    table.add_column("title", no_wrap=True, overflow="ellipsis", width=title)
    for row in rows:
        table.add_row(row["id"][:10], str(row["published"] or "-"), escape(row["outlet"] or "-"),
                      escape(row["wire"] or "-"), escape(row["title"] or "-"))
    console.print(table)


SUMMARY_ACTORS = 10
SUMMARY_QUOTES = 8
SUMMARY_EVENTS = 10


@app.command()
def summary(db: Annotated[Path, DB_OPTION] = Path("eventwire.duckdb")) -> None:
    """Counts, the most mentioned actors and a few quotations.

    Example: eventwire summary --db news.duckdb
    """
    with _user_errors(), Store(db, read_only=True) as store:
        counts = store.counts()
        actors = list(store.rows("SELECT * FROM actors ORDER BY mentions DESC, name"
                                 f" LIMIT {SUMMARY_ACTORS}"))
        quotes = list(store.rows(
            "SELECT q.*, substr(a.text, q.start + 1, q.\"end\" - q.start) AS quote"
            " FROM quotes q JOIN current_articles a ON a.id = q.article_id"
            " WHERE q.kind = 'direct' AND q.speaker_code IS NOT NULL"
            f" ORDER BY a.published, q.article_id, q.idx LIMIT {SUMMARY_QUOTES}"))
        types = list(store.rows(
            "SELECT coalesce(e.plover, 'CAMEO ' || e.cameo[:2]) AS type, count(*) AS n,"
            " count(*) FILTER (WHERE e.negated) AS negated,"
            " count(*) FILTER (WHERE e.hypothetical) AS hypothetical"
            " FROM events e JOIN current_articles a ON a.id = e.article_id"
            " GROUP BY ALL ORDER BY n DESC, type"))
        # a first look at who did what to whom: events between two actors, as reported
        events = list(store.rows(
            "SELECT e.*, substr(a.text, e.predicate_start + 1, e.predicate_end"
            " - e.predicate_start) AS word, coalesce(q.speaker_name, q.speaker_text) AS reporter"
            " FROM events e JOIN current_articles a ON a.id = e.article_id"
            " LEFT JOIN quotes q ON q.article_id = e.article_id AND q.idx = e.quote_idx"
            " WHERE e.target_code IS NOT NULL AND NOT e.negated"
            f" ORDER BY e.date, a.published, e.article_id, e.idx LIMIT {SUMMARY_EVENTS}"))
    console.print(", ".join(f"{n} {table.replace('_', ' ')}" for table, n in counts.items()))
    table = Table(title="most mentioned actors")
    for column in ("code", "name", "kind", "mentions", "articles"):
        table.add_column(column, justify="right" if column in ("mentions", "articles") else "left")
    for actor in actors:
        table.add_row(actor["code"] or "-", escape(actor["name"] or "-"), actor["kind"],
                      str(actor["mentions"]), str(actor["articles"]))
    console.print(table)
    if types:
        console.print("events: " + ", ".join(
            f"{r['n']} {r['type']}" + (f" ({r['negated']} negated)" if r["negated"] else "")
            for r in types))
    for event in events:
        console.print(f"  {_event_line(event, event['word'], event['reporter'])}",
                      soft_wrap=True)
    for quote in quotes:
        who = quote["speaker_name"] or quote["speaker_text"]
        console.print(f"[cyan]{escape(who)} [{quote['speaker_code']}][/cyan]"
                      f" {escape(quote['quote'])}", soft_wrap=False)
