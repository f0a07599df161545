"""The bundled demo corpus through ingest + extract, against data/demo/expected.json."""

import json

import pytest

from conftest import REPO
from eventwire.pipeline import run_ingest
from eventwire.store.db import Store

DEMO = REPO / "data" / "demo"
EXPECTED = json.loads((DEMO / "expected.json").read_text())["pages"]
FIELDS = ("title", "published", "date_source", "wire", "outlet", "authors", "language", "url")


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    report = run_ingest([str(DEMO)], db=db)
    assert report.failed == 0, report.failures
    with Store(db, read_only=True) as store:
        rows = store.rows("SELECT * FROM articles")
        return {row["source"].rsplit("/", 1)[-1]: row for row in rows}


def test_demo_every_page_becomes_an_article(stored):
    assert set(stored) == set(EXPECTED)


@pytest.mark.parametrize("field", FIELDS)
def test_demo_field_matches_expected_on_every_page(stored, field):
    wrong = {}
    for name, expected in EXPECTED.items():
        got = stored[name][field]
        got = str(got) if field == "published" and got is not None else got
        if got != expected[field]:
            wrong[name] = (got, expected[field])
    assert not wrong, f"{field}: (got, expected) {wrong}"


@pytest.fixture(scope="module")
def with_lexicon(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo-lexicon") / "demo.duckdb"
    run_ingest([str(DEMO)], db=db, lexicon_dirs=[DEMO / "lexicon"])
    return db


def test_demo_lexicon_codes_the_fictional_officials(with_lexicon):
    with Store(with_lexicon, read_only=True) as store:
        speakers = {(r["speaker_name"], r["speaker_code"]) for r in store.rows(
            "SELECT speaker_name, speaker_code FROM quotes WHERE kind = 'direct'")}
        actors = {r["name"]: r["code"] for r in store.rows("SELECT * FROM actors")}
    for expected in (("Irena Dascal", "VLRGOV"), ("Mathilde Orsen", "KSTGOV"),
                     ("Amara Nkemba", "LCC"), ("Erik Haldane", "KSTMIL")):
        assert expected in speakers
    assert actors["Kestria ambassador"] == "KSTGOV"  # unnamed officials keep their office


def test_demo_events_tell_the_crisis(with_lexicon):
    """The standoff as the pages report it: a blockade, an ultimatum, an accusation, a
    sanctions warning, a rejected plan, an offer and the final agreement, each dated."""
    with Store(with_lexicon, read_only=True) as store:
        events = {(str(r["date"]), r["source_country"] or r["source_code"], r["target_country"],
                   r["plover"], r["cameo"]) for r in store.rows(
                       "SELECT * FROM events WHERE NOT negated")}
    for expected in (
        ("2024-09-02", "KST", "VLR", "PROTEST", "144"),  # patrol boats blocked the survey ship
        ("2024-09-03", "VLR", "KST", "THREATEN", "139"),  # "gave Kestria 72 hours"
        ("2024-09-04", "VLR", "KST", "ACCUSE", "112"),
        ("2024-09-07", "OSU", None, "THREATEN", "130"),  # the Union warns of sanctions
        ("2024-09-10", "VLR", "KST", "REJECT", "120"),  # joint patrols rejected
        ("2024-09-12", "KST", None, "AGREE", "030"),  # the pull-back offer
        ("2024-09-14", "VLR", "KST", "AGREE", "030"),  # both agree to step back
        ("2024-09-14", "KST", "VLR", "AGREE", "030"),
    ):
        assert expected in events, expected


def test_demo_reported_events_name_their_reporter(with_lexicon):
    """An event told in a quotation points at it; `summary` says who reported it."""
    from typer.testing import CliRunner

    from eventwire.cli import app

    with Store(with_lexicon, read_only=True) as store:
        reported = list(store.rows(
            "SELECT e.predicate_start, q.start, q.\"end\" FROM events e"
            " JOIN quotes q ON q.article_id = e.article_id AND q.idx = e.quote_idx"))
    assert reported and all(r["start"] <= r["predicate_start"] < r["end"] for r in reported)
    shown = CliRunner().invoke(app, ["summary", "--db", str(with_lexicon)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "reported by" in shown.output
