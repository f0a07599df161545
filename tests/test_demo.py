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


def test_demo_lexicon_codes_the_fictional_officials(tmp_path):
    db = tmp_path / "demo.duckdb"
    run_ingest([str(DEMO)], db=db, lexicon_dirs=[DEMO / "lexicon"])
    with Store(db, read_only=True) as store:
        speakers = {(r["speaker_name"], r["speaker_code"]) for r in store.rows(
            "SELECT speaker_name, speaker_code FROM quotes WHERE kind = 'direct'")}
        actors = {r["name"]: r["code"] for r in store.rows("SELECT * FROM actors")}
    for expected in (("Irena Dascal", "VLRGOV"), ("Mathilde Orsen", "KSTGOV"),
                     ("Amara Nkemba", "LCC"), ("Erik Haldane", "KSTMIL")):
        assert expected in speakers
    assert actors["Kestria ambassador"] == "KSTGOV"  # unnamed officials keep their office
