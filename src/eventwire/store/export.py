"""Exports: a registry of formats, each writing the rows of one stored table to a stream.

A later format (GDELT TSV, PLOVER JSON) registers here the same way the built-ins do.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO

from eventwire.errors import NotFound
from eventwire.store.db import Store

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


def _actors_sql(all_versions: bool) -> str:
    del all_versions  # the actors view counts current versions only
    return "SELECT * FROM actors ORDER BY mentions DESC, code, name"


TABLES: dict[str, Callable[[bool], str]] = {
    "articles": _articles_sql,
    "quotes": _quotes_sql,
    "mentions": _mentions_sql,
    "actors": _actors_sql,
}


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__}")


def _csv_value(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return _json_value(value) if isinstance(value, datetime | date) else value


def _flat(row: dict) -> dict:
    """One CSV column per field: an object such as `speaker` becomes speaker_name, ..."""
    flat = {}
    for key, value in row.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": _csv_value(v) for k, v in value.items()})
        else:
            flat[key] = _csv_value(value)
    return flat


def _jsonl(store: Store, sql: str, out: IO[bytes]) -> None:
    for row in store.rows(sql):
        out.write(json.dumps(row, default=_json_value, ensure_ascii=False).encode("utf-8"))
        out.write(b"\n")


def _csv(store: Store, sql: str, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = None
    for row in map(_flat, store.rows(sql)):
        if writer is None:
            writer = csv.DictWriter(text, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
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
}


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
    EXPORTERS[fmt](store, TABLES[table](all_versions), out)
