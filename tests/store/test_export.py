import csv
import io
import json

import duckdb
import pytest

from conftest import make_article, make_page
from eventwire.errors import NotFound
from eventwire.records import Actor, ActorKind, Analysis, Mention, MentionKind, Quote, QuoteKind
from eventwire.store.db import Store
from eventwire.store.export import export


@pytest.fixture
def store(tmp_path):
    v1 = make_page("<p>v1</p>", url="https://news.example/a")
    v2 = make_page("<p>v2</p>", url="https://news.example/a")
    other = make_page("<p>other</p>", source="b.html")
    with Store(tmp_path / "db.duckdb") as db:
        db.write_batch([(v1, None), (other, None)], [make_article(v1, title="Old"),
                                                     make_article(other, title="Other")], [])
        db.write_batch([(v2, v1.id)], [make_article(v2, title="New")], [])
        yield db


def _jsonl(store, **kw):
    out = io.BytesIO()
    export(store, "articles", "jsonl", out, **kw)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_export_jsonl_has_the_article_contract_fields(store):
    records = _jsonl(store)
    for key in ("id", "source", "url", "title", "text", "published", "outlet", "wire",
                "authors", "language"):
        assert key in records[0]
    assert records[0]["published"] == "2024-03-04"
    assert records[0]["authors"] == ["Jane Doe", "Omar Haddad"]


def test_export_skips_superseded_versions_unless_asked(store):
    assert sorted(r["title"] for r in _jsonl(store)) == ["New", "Other"]
    every = _jsonl(store, all_versions=True)
    assert sorted(r["title"] for r in every) == ["New", "Old", "Other"]
    new = next(r for r in every if r["title"] == "New")
    old = next(r for r in every if r["title"] == "Old")
    assert new["previous_id"] == old["id"]


def test_export_csv_joins_lists_and_has_header(store):
    out = io.BytesIO()
    export(store, "articles", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert len(rows) == 2
    assert rows[0]["authors"] == "Jane Doe; Omar Haddad"


def test_export_parquet_is_readable(store, tmp_path):
    path = tmp_path / "a.parquet"
    with path.open("wb") as out:
        export(store, "articles", "parquet", out)
    titles = duckdb.sql(f"SELECT title FROM '{path}' ORDER BY title").fetchall()
    assert titles == [("New",), ("Other",)]


@pytest.mark.parametrize(("table", "fmt"), [("stories", "jsonl"), ("articles", "xml")])
def test_export_unknown_table_or_format_is_not_found(store, table, fmt):
    with pytest.raises(NotFound):
        export(store, table, fmt, io.BytesIO())


def test_export_quotes_carry_text_slice_and_speaker_object(tmp_path):
    page = make_page()
    article = make_article(page, text="“We will stay,” Ana Ruiz said.")
    quote = Quote(page.id, 0, 0, 15, QuoteKind.DIRECT, "say", 23, 27, "Ana Ruiz", 16, 24,
                  None, None, "Ana Ruiz", "VALGOV", "VAL", "GOV")
    with Store(tmp_path / "q.duckdb") as store:
        store.write_batch([(page, None)], [article], [],
                          analyses=[Analysis(page.id, (), (quote,), ())])
        out = io.BytesIO()
        export(store, "quotes", "jsonl", out)
        csv_out = io.BytesIO()
        export(store, "quotes", "csv", csv_out)
    [record] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["text"] == "“We will stay,”"
    assert (record["start"], record["end"], record["kind"], record["verb"]) == (0, 15, "direct",
                                                                                "say")
    assert record["speaker"] == {"name": "Ana Ruiz", "code": "VALGOV", "country": "VAL",
                                 "sector": "GOV"}
    [row] = list(csv.DictReader(io.StringIO(csv_out.getvalue().decode())))
    assert row["speaker_code"] == "VALGOV"


def test_export_actors_count_people_apart_from_their_institution(tmp_path):
    page = make_page()
    text = "Ana Ruiz spoke. Valmora agreed. Ruiz left."
    person = Actor("Ana Ruiz", "VALGOV", "VAL", "GOV", "foreign minister", ActorKind.PERSON)
    state = Actor("Valmora", "VALGOV", "VAL", "GOV", None, ActorKind.STATE)
    mentions = (Mention(page.id, 0, 0, 8, "Ana Ruiz", MentionKind.NAME, person, None, None,
                        "title_name"),
                Mention(page.id, 1, 16, 23, "Valmora", MentionKind.NAME, state, None, None,
                        "state_subject"),
                Mention(page.id, 2, 32, 36, "Ruiz", MentionKind.NAME, person, 0, 8, "surname"))
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch([(page, None)], [make_article(page, text=text)], [],
                          analyses=[Analysis(page.id, mentions, (), ())])
        actors, found = io.BytesIO(), io.BytesIO()
        export(store, "actors", "jsonl", actors)
        export(store, "mentions", "jsonl", found)
    rows = {r["name"]: r for r in map(json.loads, actors.getvalue().splitlines())}
    assert rows["Ana Ruiz"]["mentions"] == 2 and rows["Ana Ruiz"]["kind"] == "person"
    assert rows["Ana Ruiz"]["roles"] == ["foreign minister"]
    assert rows["Valmora"]["code"] == "VALGOV" and rows["Valmora"]["mentions"] == 1
    records = [json.loads(line) for line in found.getvalue().splitlines()]
    assert [(r["text"], r["rule"], r["actor"]["code"]) for r in records] == [
        ("Ana Ruiz", "title_name", "VALGOV"), ("Valmora", "state_subject", "VALGOV"),
        ("Ruiz", "surname", "VALGOV")]
