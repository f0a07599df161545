import gzip
import json
from datetime import date

import pytest

from eventwire import pipeline
from eventwire.pipeline import STAGES, run_ingest
from eventwire.store.db import Store
from pages import ARTICLE_HTML, GERMAN_HTML, LINK_LIST_HTML, TEXT_DUMP


def test_pipeline_every_need_is_produced_by_an_earlier_stage():
    available = {"inputs"}
    for stage in STAGES:
        missing = set(stage.needs) - available
        assert not missing, f"{stage.name} needs {missing} before anything produces it"
        available |= set(stage.produces)


def test_pipeline_stage_names_are_unique():
    names = [s.name for s in STAGES]
    assert len(names) == len(set(names))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "talks.html").write_text(ARTICLE_HTML)
    (folder / "copy-of-talks.html").write_text(ARTICLE_HTML)  # same bytes: a duplicate
    (folder / "border.txt.gz").write_bytes(gzip.compress(TEXT_DUMP.encode()))
    return folder


def _rows(db, sql):
    with Store(db, read_only=True) as store:
        return list(store.rows(sql))


def test_pipeline_ingests_html_and_text_and_counts_duplicates(corpus, tmp_path):
    db = tmp_path / "news.duckdb"
    report = run_ingest([str(corpus)], db=db)
    assert (report.targets, report.new, report.duplicate, report.failed) == (3, 2, 1, 0)
    titles = sorted(r["title"] for r in _rows(db, "SELECT title FROM articles"))
    assert titles == ["Border crossings reopen after week-long closure",
                      "Harbour talks resume in Valletta"]


def test_pipeline_reingest_is_a_no_op(corpus, tmp_path):
    db = tmp_path / "news.duckdb"
    run_ingest([str(corpus)], db=db)
    again = run_ingest([str(corpus)], db=db)
    assert (again.new, again.duplicate, again.articles) == (0, 3, 0)
    assert len(_rows(db, "SELECT id FROM pages")) == 2


def test_pipeline_changed_page_is_a_new_linked_version(tmp_path):
    page, db = tmp_path / "talks.html", tmp_path / "news.duckdb"
    page.write_text(ARTICLE_HTML)
    run_ingest([str(page)], db=db)
    page.write_text(ARTICLE_HTML.replace("on Friday", "on Saturday"))
    report = run_ingest([str(page)], db=db)
    assert (report.new, report.updated) == (1, 1)
    versions = _rows(db, "SELECT id, previous_id FROM pages ORDER BY ingested_at")
    assert versions[1]["previous_id"] == versions[0]["id"]
    [current] = _rows(db, "SELECT text FROM current_articles")
    assert "on Saturday" in current["text"]


def test_pipeline_bad_inputs_fail_alone_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.html").write_text(ARTICLE_HTML)
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes(TEXT_DUMP.replace("Ortega", "Müller").encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.html").write_bytes(b"<html><body>" + b"<p>words here</p>" * 3_000_000)
    (folder / "links.html").write_text(LINK_LIST_HTML)
    (folder / "broken.html").write_text(ARTICLE_HTML[: len(ARTICLE_HTML) // 2] + "<div><p<<")
    (folder / "german.html").write_text(GERMAN_HTML)
    (folder / "crawl.jsonl").write_text("{broken\n" + json.dumps({"text": TEXT_DUMP}) + "\n")
    db = tmp_path / "news.duckdb"
    report = run_ingest([str(folder), str(tmp_path / "missing.html")], db=db)
    reasons = {f.source.rsplit("/", 1)[-1]: f.reason for f in report.failures}
    assert reasons == {"image.html": "binary", "latin1.txt": "encoding", "empty.txt": "empty",
                       "huge.html": "too_large", "links.html": "no_text",
                       "crawl.jsonl:1": "bad_json", "missing.html": "not_found"}
    stored = {r["source"].rsplit("/", 1)[-1]: r["language"]
              for r in _rows(db, "SELECT source, language FROM articles")}
    assert stored == {"good.html": "en", "broken.html": "en", "german.html": "de",
                      "crawl.jsonl:2": "en"}
    assert any("german.html" in note and "'de'" in note for note in report.notes)
    assert len(_rows(db, "SELECT * FROM ingest_errors")) == len(report.failures)


def test_pipeline_crash_mid_run_keeps_finished_batches_and_rerun_resumes(tmp_path, monkeypatch):
    folder, db = tmp_path / "many", tmp_path / "news.duckdb"
    folder.mkdir()
    for i in range(5):
        (folder / f"p{i}.html").write_text(ARTICLE_HTML.replace("Tuesday", f"day {i}"))
    real = pipeline.extract_article
    calls = {"n": 0}

    def crash_on_third(page):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the user pressed Ctrl-C mid-batch
        return real(page)

    monkeypatch.setattr(pipeline, "extract_article", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        run_ingest([str(folder)], db=db, batch_size=2)
    assert len(_rows(db, "SELECT id FROM articles")) == 2  # the first batch survived
    monkeypatch.setattr(pipeline, "extract_article", real)
    report = run_ingest([str(folder)], db=db, batch_size=2)
    assert (report.new, report.duplicate) == (3, 2)
    assert len(_rows(db, "SELECT id FROM articles")) == 5


def test_pipeline_worker_processes_store_the_same_articles(corpus, tmp_path):
    single, pooled = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    run_ingest([str(corpus)], db=single)
    report = run_ingest([str(corpus)], db=pooled, workers=2)
    assert report.articles == 2
    query = "SELECT id, title, published, text FROM articles ORDER BY id"
    assert _rows(pooled, query) == _rows(single, query)


def test_pipeline_ingest_finds_quotes_in_english_articles_only(tmp_path):
    folder, db = tmp_path / "q", tmp_path / "news.duckdb"
    folder.mkdir()
    (folder / "talks.html").write_text(ARTICLE_HTML)
    (folder / "german.html").write_text(GERMAN_HTML)
    report = run_ingest([str(folder)], db=db)
    assert report.quotes >= 1
    quotes = _rows(db, "SELECT q.*, a.text FROM quotes q JOIN articles a ON a.id = q.article_id")
    assert {q["article_id"] for q in quotes} == {
        r["id"] for r in _rows(db, "SELECT id FROM articles WHERE language = 'en'")}
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert any(q["text"][q["start"]:q["end"]].startswith('"We came here to listen')
               and "negotiator" in q["speaker_text"] for q in direct)


def test_pipeline_reprocess_rebuilds_quotes_without_reading_pages(tmp_path):
    page, db = tmp_path / "talks.html", tmp_path / "news.duckdb"
    page.write_text(ARTICLE_HTML)
    first = run_ingest([str(page)], db=db)
    page.unlink()  # reprocess must not need the page file
    with Store(db) as store:
        store.con.execute("DELETE FROM quotes")
    report = pipeline.run_reprocess(db=db)
    assert (report.articles, report.quotes, report.failures) == (1, first.quotes, ())
    again = pipeline.run_reprocess(db=db)  # idempotent: replaces, never duplicates
    assert again.quotes == first.quotes
    assert len(_rows(db, "SELECT * FROM quotes")) == first.quotes


def test_pipeline_analysis_failure_is_isolated_to_its_article(monkeypatch, corpus):
    from eventwire.records import Article, DateSource, Span

    def article(i: int) -> Article:
        return Article(str(i), f"a{i}", None, "T", "Officials met.", (Span(0, 14),), None,
                       DateSource.NONE, None, None, (), "en", "textdump")

    real = pipeline._analyse_english

    def fragile(articles, lexicon_dirs=()):
        if any(a.id == "1" for a in articles):
            raise RuntimeError("parser crashed")
        return real(articles, lexicon_dirs)

    monkeypatch.setattr(pipeline, "_analyse_english", fragile)
    results = pipeline.analyse_articles([article(0), article(1), article(2)])
    assert [type(r).__name__ for r in results] == ["Analysis", "PageFailure", "Analysis"]
    assert results[0].article_id == "0" and results[2].article_id == "2"
    assert results[1].reason == "analysis_failed" and results[1].stage == "nlp"


def test_pipeline_stores_resolved_mentions_and_actors(tmp_path):
    from pages import ACTORS_HTML

    page, db = tmp_path / "lavrov.html", tmp_path / "news.duckdb"
    page.write_text(ACTORS_HTML)
    report = run_ingest([str(page)], db=db)
    assert report.mentions > 0
    codes = {(r["text"], r["actor_code"]) for r in _rows(db, "SELECT * FROM mentions")}
    assert ("Lavrov", "RUSGOV") in codes
    assert ("Jens Stoltenberg", "NATO") in codes or ("Stoltenberg", "NATO") in codes
    actors = {r["name"]: r for r in _rows(db, "SELECT * FROM actors")}
    assert actors["Sergey Lavrov"]["mentions"] >= 2
    [quote] = [q for q in _rows(db, "SELECT * FROM quotes") if q["kind"] == "direct"]
    assert quote["speaker_code"] == "RUSGOV"


def test_pipeline_stores_events_with_their_evidence_and_reprocess_replaces_them(tmp_path):
    from pages import ACTORS_HTML

    page, db = tmp_path / "lavrov.html", tmp_path / "news.duckdb"
    page.write_text(ACTORS_HTML)
    report = run_ingest([str(page)], db=db)
    rows = _rows(db, "SELECT e.*, a.text FROM events e JOIN articles a ON a.id = e.article_id")
    assert report.events == len(rows) > 0
    ask = next(r for r in rows if r["source_code"] == "RUSGOV" and r["target_code"] == "NATO")
    text = ask["text"]
    assert text[ask["predicate_start"]:ask["predicate_end"]] == "ask"
    assert text[ask["source_start"]:ask["source_end"]] in ("Moscow", "Sergey Lavrov")
    assert text[ask["target_start"]:ask["target_end"]] == "the alliance"
    assert "ask the alliance" in text[ask["sentence_start"]:ask["sentence_end"]]
    assert (ask["plover"], ask["hypothetical"], ask["negated"]) == ("REQUEST", True, False)
    assert ask["date"] == date(2022, 2, 2) and ask["rule"]
    again = pipeline.run_reprocess(db=db)
    assert again.events == report.events == len(_rows(db, "SELECT * FROM events"))


def test_pipeline_database_from_before_events_is_upgraded_and_reprocessed(tmp_path):
    from pages import ACTORS_HTML

    page, db = tmp_path / "lavrov.html", tmp_path / "news.duckdb"
    page.write_text(ACTORS_HTML)
    first = run_ingest([str(page)], db=db)
    with Store(db) as store:  # what an eventwire without events left on disk
        store.con.execute("DROP TABLE events")
        store.con.execute("DELETE FROM schema_version WHERE version >= 4")
    report = pipeline.run_reprocess(db=db)  # opening migrates; stored articles are kept
    assert (report.articles, report.events) == (1, first.events)
    assert len(_rows(db, "SELECT * FROM events")) == first.events > 0
