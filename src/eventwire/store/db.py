"""The DuckDB store: one file, migrated on open, written in transactional batches."""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import duckdb

from eventwire.errors import NotFound, StoreError
from eventwire.records import (
    Actor,
    Analysis,
    Article,
    DateSource,
    Event,
    Mention,
    Page,
    PageFailure,
    Place,
    Quote,
    Span,
)
from eventwire.store.schema import MIGRATIONS

ANALYSIS_TABLES = ("mentions", "quotes", "events")  # rebuilt per article by `reprocess`
_PAGE_COLUMNS = ("id, source, url, kind, content, size, fetched_at, hint_title, hint_published,"
                 " previous_id, ingested_at")
_ARTICLE_COLUMNS = ("id, page_id, source, url, title, text, paragraphs, published, date_source,"
                    " outlet, wire, authors, language, extractor, extracted_at")


def _now() -> datetime:
    return datetime.now(tz=UTC)


def _page_row(page: Page, previous_id: str | None) -> tuple:
    return (page.id, page.source, page.url, str(page.kind), zlib.compress(page.content, 6),
            len(page.content), page.fetched_at, page.hints.title, page.hints.published,
            previous_id, _now())


def _spans(spans: Sequence[Span]) -> list[dict[str, int]]:
    return [{"start": s.start, "end": s.end} for s in spans]


def _article_row(article: Article) -> tuple:
    return (article.id, article.id, article.source, article.url, article.title, article.text,
            _spans(article.paragraphs), article.published, str(article.date_source),
            article.outlet, article.wire, list(article.authors), article.language,
            article.extractor, _now())


def _quote_rows(quotes: Sequence[Quote]) -> list[tuple]:
    order: dict[str, int] = {}
    rows = []
    for q in quotes:
        idx = order[q.article_id] = order.get(q.article_id, -1) + 1
        rows.append((q.article_id, idx, q.sentence_index, q.start, q.end, str(q.kind), q.verb,
                     q.verb_start, q.verb_end, q.speaker_text, q.speaker_start, q.speaker_end,
                     q.pronoun_start, q.pronoun_end, q.speaker_name, q.speaker_code,
                     q.speaker_country, q.speaker_sector, _spans(q.fragments)))
    return rows


def _mention_rows(mentions: Sequence[Mention]) -> list[tuple]:
    order: dict[str, int] = {}
    rows = []
    for m in mentions:
        idx = order[m.article_id] = order.get(m.article_id, -1) + 1
        a = m.actor
        rows.append((m.article_id, idx, m.sentence_index, m.start, m.end, m.text, str(m.kind),
                     m.rule, m.antecedent_start, m.antecedent_end,
                     *((a.name, a.code, a.country, a.sector, a.role, str(a.kind)) if a
                       else (None,) * 6)))
    return rows


def _actor_columns(actor: Actor | None) -> tuple:
    if actor is None:
        return (None,) * 5
    return (actor.name, actor.code, actor.country, actor.sector, str(actor.kind))


def _place_columns(p: Place | None) -> tuple:
    if p is None:
        return (None,) * 8
    return (p.name, p.country, p.lat, p.lon, str(p.kind), str(p.source), p.start, p.end)


def _event_rows(events: Sequence[Event]) -> list[tuple]:
    order: dict[str, int] = {}
    rows = []
    for e in events:
        idx = order[e.article_id] = order.get(e.article_id, -1) + 1
        rows.append((e.article_id, idx, e.sentence_index, e.sentence_start, e.sentence_end,
                     e.predicate_start, e.predicate_end, *_actor_columns(e.source),
                     e.source_start, e.source_end, *_actor_columns(e.target), e.target_start,
                     e.target_end, e.cameo, e.plover, e.mode, e.goldstein, int(e.quad_class),
                     e.negated, e.hypothetical, e.date, str(e.date_source),
                     str(e.date_precision) if e.date_precision else None, e.date_start,
                     e.date_end, *_place_columns(e.place), e.rule, e.quote))
    return rows


def _article_from_row(row: dict) -> Article:
    return Article(
        id=row["id"], source=row["source"], url=row["url"], title=row["title"],
        text=row["text"], paragraphs=tuple(Span(p["start"], p["end"]) for p in row["paragraphs"]),
        published=row["published"], date_source=DateSource(row["date_source"]),
        outlet=row["outlet"], wire=row["wire"], authors=tuple(row["authors"]),
        language=row["language"], extractor=row["extractor"])


class Store:
    """Open (creating and migrating if needed) the database at `path`.

    Use as a context manager; `write_batch` commits pages, articles and failures together,
    so an interrupted run loses at most the batch in flight and a rerun resumes.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise NotFound(f"{self.path}: no such database (create it with `eventwire ingest`)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})",
                             reason="open") from exc
        if not read_only:
            self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        current = row[0] or 0
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path}: made by a newer eventwire (schema {current});"
                             " upgrade eventwire to read it", reason="schema")
        for version, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            self._transaction(lambda sql=sql, version=version: (
                self.con.execute(sql),
                self.con.execute("INSERT INTO schema_version VALUES (?)", [version])))

    def _transaction(self, work) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            work()
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def known_pages(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM pages WHERE list_contains(?, id)",
                                [list(ids)]).fetchall()
        return {r[0] for r in rows}

    def latest_version(self, key: str) -> str | None:
        """Id of the newest stored page with this url (or source, for pages without one)."""
        row = self.con.execute(
            "SELECT id FROM pages WHERE coalesce(url, source) = ? ORDER BY ingested_at DESC"
            " LIMIT 1", [key]).fetchone()
        return row[0] if row else None

    def write_batch(self, pages: Sequence[tuple[Page, str | None]],
                    articles: Sequence[Article], failures: Sequence[PageFailure], *,
                    analyses: Sequence[Analysis] = ()) -> None:
        """Store pages (each with the id of its previous version), articles, what was found in
        them and failures, all or nothing."""
        def work() -> None:
            if pages:
                self.con.executemany(f"INSERT INTO pages ({_PAGE_COLUMNS}) VALUES "
                                     f"({', '.join('?' * 11)})",
                                     [_page_row(p, prev) for p, prev in pages])
            if articles:
                self.con.executemany(f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES "
                                     f"({', '.join('?' * 15)})",
                                     [_article_row(a) for a in articles])
            self._insert_analysis(analyses, failures)
        self._write(work)

    def replace_analysis(self, article_ids: Sequence[str], *, analyses: Sequence[Analysis],
                         failures: Sequence[PageFailure]) -> None:
        """Swap what was found in these articles for new results, in one transaction."""
        def work() -> None:
            for table in ANALYSIS_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)",
                                 [list(article_ids)])
            self._insert_analysis(analyses, failures)
        self._write(work)

    def _insert_analysis(self, analyses: Sequence[Analysis],
                         failures: Sequence[PageFailure]) -> None:
        mentions = [m for a in analyses for m in a.mentions]
        quotes = [q for a in analyses for q in a.quotes]
        events = [e for a in analyses for e in a.events]
        if mentions:
            self.con.executemany(f"INSERT INTO mentions VALUES ({', '.join('?' * 16)})",
                                 _mention_rows(mentions))
        if quotes:
            self.con.executemany(f"INSERT INTO quotes VALUES ({', '.join('?' * 19)})",
                                 _quote_rows(quotes))
        if events:
            rows = _event_rows(events)
            self.con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(rows[0]))})",
                                 rows)
        if failures:
            self.con.executemany(
                "INSERT INTO ingest_errors (source, page_id, stage, reason, message, logged_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(f.source, f.page_id, f.stage, f.reason, f.message, _now()) for f in failures])

    def _write(self, work) -> None:
        try:
            self._transaction(work)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: write failed, batch rolled back ({exc})",
                             reason="write") from exc

    def iter_articles(self, batch_size: int) -> Iterator[list[Article]]:
        """Every stored article as records, in batches, oldest first.

        Each batch is fetched whole, so the caller may write between batches.
        """
        ids = [r[0] for r in self.con.execute(
            "SELECT id FROM articles ORDER BY extracted_at, id").fetchall()]
        for i in range(0, len(ids), batch_size):
            rows = self.rows("SELECT * FROM articles WHERE list_contains(?, id)"
                             " ORDER BY extracted_at, id", [ids[i : i + batch_size]])
            yield [_article_from_row(row) for row in list(rows)]

    def article_ids(self, prefix: str) -> list[str]:
        rows = self.con.execute("SELECT id FROM articles WHERE starts_with(id, ?) LIMIT 3",
                                [prefix]).fetchall()
        return [r[0] for r in rows]

    def article(self, id_or_prefix: str) -> dict:
        """One article as a dict of columns; a unique id prefix is enough."""
        ids = self.article_ids(id_or_prefix.strip().lower())
        if not ids:
            raise NotFound(f"no article with id {id_or_prefix!r} in {self.path}")
        if len(ids) > 1:
            raise NotFound(f"id prefix {id_or_prefix!r} matches several articles; give more of it",
                           reason="ambiguous")
        cursor = self.con.execute("SELECT * FROM articles WHERE id = ?", [ids[0]])
        names = [d[0] for d in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))

    def page_content(self, page_id: str) -> bytes:
        row = self.con.execute("SELECT content FROM pages WHERE id = ?", [page_id]).fetchone()
        if row is None:
            raise NotFound(f"no page with id {page_id!r} in {self.path}")
        return zlib.decompress(row[0])

    def counts(self) -> dict[str, int]:
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("pages", "articles", *ANALYSIS_TABLES, "ingest_errors")}

    def rows(self, sql: str, params: Sequence = ()) -> Iterator[dict]:
        """Rows of a query as dicts, fetched in chunks so exports stream."""
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        while chunk := cursor.fetchmany(1000):
            for row in chunk:
                yield dict(zip(names, row, strict=True))
