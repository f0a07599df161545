import duckdb
import pytest

from conftest import make_article, make_page
from eventwire.errors import NotFound, StoreError
from eventwire.records import (
    Actor,
    ActorKind,
    Analysis,
    Mention,
    MentionKind,
    PageFailure,
    Quote,
    QuoteKind,
)
from eventwire.store.db import Store
from eventwire.store.schema import MIGRATIONS


def test_db_creates_schema_once_and_reopens(tmp_path):
    path = tmp_path / "news.duckdb"
    Store(path).close()
    with Store(path) as store:
        versions = store.con.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(v,) for v in range(1, len(MIGRATIONS) + 1)]


def test_db_refuses_database_from_newer_version(tmp_path):
    path = tmp_path / "news.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (999)")
    con.close()
    with pytest.raises(StoreError, match="newer eventwire"):
        Store(path)


def test_db_read_only_open_of_missing_file_is_not_found(tmp_path):
    with pytest.raises(NotFound, match="eventwire ingest"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_db_round_trips_article_and_page_content(tmp_path):
    page = make_page()
    with Store(tmp_path / "db.duckdb") as store:
        store.write_batch([(page, None)], [make_article(page)], [])
        article = store.article(page.id[:8])
        assert store.page_content(page.id) == page.content
    assert article["title"] == "Envoys meet"
    assert article["authors"] == ["Jane Doe", "Omar Haddad"]
    assert article["paragraphs"] == [{"start": 0, "end": len("Envoys met.")}]
    assert str(article["published"]) == "2024-03-04"


def test_db_failed_batch_is_rolled_back_whole(tmp_path):
    first, second = make_page("<p>one</p>"), make_page("<p>two</p>")
    with Store(tmp_path / "db.duckdb") as store:
        store.write_batch([(first, None)], [make_article(first)], [])
        with pytest.raises(StoreError, match="rolled back"):
            # the second page is new but the repeated first article breaks the batch
            store.write_batch([(second, None)], [make_article(first)],
                              [PageFailure("x.html", "extract", "no_text", "x")])
        assert store.counts() == {"pages": 1, "articles": 1, "mentions": 0, "quotes": 0,
                                  "events": 0, "ingest_errors": 0}


def test_db_known_pages_and_latest_version(tmp_path):
    old, new = (make_page(b, url="https://news.example/a") for b in ("<p>v1</p>", "<p>v2</p>"))
    with Store(tmp_path / "db.duckdb") as store:
        store.write_batch([(old, None)], [], [])
        assert store.known_pages([old.id, new.id]) == {old.id}
        assert store.latest_version("https://news.example/a") == old.id
        store.write_batch([(new, old.id)], [], [])
        assert store.latest_version("https://news.example/a") == new.id


def test_db_ambiguous_or_unknown_id_prefix_is_not_found(tmp_path):
    with Store(tmp_path / "db.duckdb") as store:
        with pytest.raises(NotFound, match="no article"):
            store.article("abc")
        pages = [make_page(f"<p>{i}</p>") for i in range(40)]
        store.write_batch([(p, None) for p in pages], [make_article(p) for p in pages], [])
        with pytest.raises(NotFound, match="several"):
            store.article("")


def _mention(article_id: str, name: str) -> Mention:
    actor = Actor(name, "VALGOV", "VAL", "GOV", "minister", ActorKind.PERSON)
    return Mention(article_id, 0, 0, len(name), name, MentionKind.NAME, actor, None, None,
                   "title_name")


def _quote(article_id: str, start: int, end: int, speaker: str) -> Quote:
    return Quote(article_id, 0, start, end, QuoteKind.DIRECT, "say", None, None, speaker,
                 None, None, None, None, speaker, None, None, None)


def test_db_quotes_are_numbered_per_article_and_replaced_whole(tmp_path):
    page = make_page()
    with Store(tmp_path / "db.duckdb") as store:
        first = Analysis(page.id, (_mention(page.id, "Ana Ruiz"),),
                         (_quote(page.id, 0, 5, "A"), _quote(page.id, 6, 10, "B")), ())
        store.write_batch([(page, None)], [make_article(page)], [], analyses=[first])
        assert [r["idx"] for r in store.rows("SELECT idx FROM quotes ORDER BY idx")] == [0, 1]
        again = Analysis(page.id, (), (_quote(page.id, 0, 3, "C"),), ())
        store.replace_analysis([page.id], analyses=[again], failures=[])
        rows = list(store.rows("SELECT speaker_name FROM quotes"))
        assert store.counts()["mentions"] == 0
    assert rows == [{"speaker_name": "C"}]


def test_db_iter_articles_returns_records_in_batches(tmp_path):
    pages = [make_page(f"<p>{i}</p>") for i in range(5)]
    with Store(tmp_path / "db.duckdb") as store:
        store.write_batch([(p, None) for p in pages], [make_article(p) for p in pages], [])
        batches = list(store.iter_articles(2))
    assert [len(b) for b in batches] == [2, 2, 1]
    stored = {a.id: a for batch in batches for a in batch}
    assert stored == {p.id: make_article(p) for p in pages}  # every field survives the trip
