"""Exports: a registry of formats, each writing the rows of one stored table to a stream.

jsonl, csv and parquet take any table; gdelt (GDELT 2.0 event TSV) and plover (PLOVER JSON
records) are formats of the events table only.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO

from eventwire.errors import NotFound
from eventwire.store.db import Store
from eventwire.store.gdelt import gdelt_lines
from eventwire.store.plover import plover_records

_ARTICLE_FIELDS = ("a.id, a.source, a.url, a.title, a.text, a.published, a.date_source,"
                   " a.outlet, a.wire, a.authors, a.language, a.extractor, p.previous_id,"
                   " p.fetched_at")


def _articles_sql(all_versions: bool) -> str:
    table = "articles" if all_versions else "current_articles"
    return (f"SELECT {_ARTICLE_FIELDS} FROM {table} a JOIN pages p ON p.id = a.page_id"
            " ORDER BY a.published NULLS LAST, a.source, a.id")


def _quotes_sql(all_versions: bool) -> str:
    table = "articles" if all_versions else "current_articles"
    speaker = ("{'name': q.speaker_name, 'code': q.speaker_code, 'country': q.speaker_country,"
               " 'sector': q.speaker_sector}")
    return (f"SELECT q.article_id, substr(a.text, q.start + 1, q.\"end\" - q.start) AS text,"
            f" q.start, q.\"end\", q.kind, q.verb, {speaker} AS speaker, q.speaker_text,"
            " q.speaker_start, q.speaker_end, q.sentence_index, a.published, a.source"
            f" FROM quotes q JOIN {table} a ON a.id = q.article_id"
            " ORDER BY a.published NULLS LAST, q.article_id, q.idx")


def _mentions_sql(all_versions: bool) -> str:
    table = "articles" if all_versions else "current_articles"
    actor = ("CASE WHEN m.actor_kind IS NULL THEN NULL ELSE {'name': m.actor_name,"
             " 'code': m.actor_code, 'country': m.actor_country, 'sector': m.actor_sector,"
             " 'role': m.actor_role, 'kind': m.actor_kind} END")
    return (f"SELECT m.article_id, m.sentence_index, m.text, m.start, m.\"end\", m.kind,"
            f" {actor} AS actor, m.rule, m.antecedent_start, m.antecedent_end"
            f" FROM mentions m JOIN {table} a ON a.id = m.article_id"
            " ORDER BY a.published NULLS LAST, m.article_id, m.idx")


def _text(start: str, end: str) -> str:
    return f"substr(a.text, {start} + 1, {end} - {start})"


def _event_actor(role: str) -> str:
    fields = ", ".join(f"'{f}': e.{role}_{f}" for f in ("name", "code", "country", "sector",
                                                          "kind", "start", "end"))
    return (f"CASE WHEN e.{role}_code IS NULL THEN NULL ELSE {{{fields},"
            f" 'text': {_text(f'e.{role}_start', f'e.{role}_end')}}} END AS {role}")


# the speaker of the quotation an event was told in: "Lavrov said Russia will ask NATO ..."
_REPORTED_BY = (
    "CASE WHEN q.speaker_start IS NULL THEN NULL ELSE {'name': q.speaker_name,"
    " 'code': q.speaker_code, 'country': q.speaker_country, 'sector': q.speaker_sector,"
    " 'text': q.speaker_text, 'start': q.speaker_start, 'end': q.speaker_end, 'verb': q.verb}"
    " END AS reported_by")


def _events_sql(all_versions: bool) -> str:
    table = "articles" if all_versions else "current_articles"
    place = ", ".join(f"'{f}': e.place_{f}" for f in ("name", "country", "lat", "lon", "kind",
                                                       "source", "start", "end"))
    return ("SELECT e.article_id || ':' || e.idx AS id, e.article_id, e.idx, e.sentence_index,"
            f" {_text('e.sentence_start', 'e.sentence_end')} AS sentence, e.sentence_start,"
            f" e.sentence_end, {_text('e.predicate_start', 'e.predicate_end')} AS predicate,"
            " e.predicate_start, e.predicate_end, e.date, e.date_source, e.date_precision,"
            f" CASE WHEN e.date_start IS NULL THEN NULL ELSE"
            f" {_text('e.date_start', 'e.date_end')} END AS date_text,"
            f" {_event_actor('source')}, {_event_actor('target')}, e.plover, e.mode, e.cameo,"
            " e.goldstein, e.quad_class, e.negated, e.hypothetical,"
            f" CASE WHEN e.place_name IS NULL THEN NULL ELSE {{{place}}} END AS place, e.rule,"
            f" e.quote_idx AS quote, {_REPORTED_BY},"
            " coalesce(e.sentence_start < a.paragraphs[1].\"end\", true) AS lead, a.published,"
            " a.url, a.outlet, a.source AS article_source, a.extracted_at AS added_at"
            f" FROM events e JOIN {table} a ON a.id = e.article_id"
            " LEFT JOIN quotes q ON q.article_id = e.article_id AND q.idx = e.quote_idx"
            " ORDER BY e.date NULLS LAST, a.published NULLS LAST, e.article_id, e.idx")


def _actors_sql(all_versions: bool) -> str:
    del all_versions  # the actors view counts current versions only
    return "SELECT * FROM actors ORDER BY mentions DESC, code, name"


TABLES: dict[str, Callable[[bool], str]] = {
    "articles": _articles_sql,
    "quotes": _quotes_sql,
    "mentions": _mentions_sql,
    "actors": _actors_sql,
    "events": _events_sql,
}


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__}")


def _csv_value(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return _json_value(value) if isinstance(value, datetime | date) else value


def _csv_header(store: Store, sql: str) -> list[str]:
    """Column names with each object column spread out, known before the first row (whose
    object may be empty)."""
    relation = store.con.sql(sql)
    names = []
    for name, kind in zip(relation.columns, relation.dtypes, strict=True):
        names.extend([f"{name}_{k}" for k, _ in kind.children] if kind.id == "struct"
                     else [name])
    return names


def _flat(row: dict) -> dict:
    """One CSV column per field: an object such as `speaker` becomes speaker_name, ...;
    an empty one leaves its columns empty."""
    flat = {}
    for key, value in row.items():
        if value is None:
            continue
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": _csv_value(v) for k, v in value.items()})
        else:
            flat[key] = _csv_value(value)
    return flat


def _write_jsonl(rows: Iterable[dict], out: IO[bytes]) -> None:
    for row in rows:
        out.write(json.dumps(row, default=_json_value, ensure_ascii=False).encode("utf-8"))
        out.write(b"\n")


def _jsonl(store: Store, sql: str, out: IO[bytes]) -> None:
    _write_jsonl(store.rows(sql), out)


def _plover(store: Store, sql: str, out: IO[bytes]) -> None:
    _write_jsonl(plover_records(store.rows(sql)), out)


def _gdelt(store: Store, sql: str, out: IO[bytes]) -> None:
    for line in gdelt_lines(store.rows(sql)):
        out.write(line.encode("utf-8"))


def _csv(store: Store, sql: str, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=_csv_header(store, sql))
    writer.writeheader()
    writer.writerows(map(_flat, store.rows(sql)))
    text.detach()  # leave `out` open for the caller


def _parquet(store: Store, sql: str, out: IO[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.parquet"
        store.con.execute(f"COPY ({sql}) TO '{path}' (FORMAT parquet)")
        out.write(path.read_bytes())


EXPORTERS: dict[str, Callable[[Store, str, IO[bytes]], None]] = {
    "jsonl": _jsonl,
    "csv": _csv,
    "parquet": _parquet,
    "gdelt": _gdelt,
    "plover": _plover,
}
FORMAT_TABLES = {"gdelt": "events", "plover": "events"}  # formats for one table only


def export(store: Store, table: str, fmt: str, out: IO[bytes], *,
           all_versions: bool = False) -> None:
    """Write `table` in format `fmt` to the binary stream `out`.

    Raises:
        NotFound: unknown table or format.
    """
    if table not in TABLES:
        raise NotFound(f"nothing called {table!r} to export (choose: {', '.join(TABLES)})")
    if fmt not in EXPORTERS:
        raise NotFound(f"unknown format {fmt!r} (choose: {', '.join(EXPORTERS)})")
    if FORMAT_TABLES.get(fmt, table) != table:
        raise NotFound(f"format {fmt!r} exports {FORMAT_TABLES[fmt]} only, not {table}",
                       reason="wrong_format")
    EXPORTERS[fmt](store, TABLES[table](all_versions), out)
