"""Events in the store and in every export format: JSONL/CSV/Parquet, GDELT TSV, PLOVER JSON."""

import csv
import io
import json
from datetime import date

import duckdb
import pytest

from conftest import make_article, make_page
from eventwire.errors import NotFound
from eventwire.records import (
    Actor,
    ActorKind,
    Analysis,
    DateOrigin,
    Event,
    Place,
    PlaceKind,
    PlaceSource,
    Precision,
    QuadClass,
    Quote,
    QuoteKind,
)
from eventwire.store.db import Store
from eventwire.store.export import TABLES, export
from eventwire.store.gdelt import GDELT_COLUMNS, gdelt_row

TEXT = ("Moscow demanded on Friday that NATO pull back its forces. "
        "Talks in Geneva did not resume, officials said.")
RUSSIA = Actor("Russia", "RUSGOV", "RUS", "GOV", None, ActorKind.STATE)
NATO = Actor("NATO", "NATO", None, None, None, ActorKind.IGO)
GENEVA = Place("Geneva", "CHE", 46.2, 6.15, PlaceKind.CITY, PlaceSource.SENTENCE, 67, 73)


def _event(page_id: str, **changes) -> Event:
    base = dict(
        article_id=page_id, sentence_index=0, sentence_start=0, sentence_end=57,
        predicate_start=7, predicate_end=15, source=RUSSIA, source_start=0, source_end=6,
        target=NATO, target_start=31, target_end=35, cameo="100", plover="REQUEST", mode=None,
        goldstein=-5.0, quad_class=QuadClass.VERBAL_CONFLICT, negated=False,
        hypothetical=False, date=date(2022, 1, 28), date_source=DateOrigin.SENTENCE,
        date_precision=Precision.DAY, place=None, rule="demand.v.ccomp", date_start=16,
        date_end=25)
    return Event(**{**base, **changes})


@pytest.fixture
def store(tmp_path):
    page = make_page("<p>events</p>")
    article = make_article(page, text=TEXT)
    talks = _event(page.id, sentence_index=1, sentence_start=58, sentence_end=105,
                   predicate_start=58, predicate_end=63, source_start=58, source_end=63,
                   target=None, target_start=None, target_end=None, cameo="040",
                   plover="CONSULT", goldstein=1.0, quad_class=QuadClass.VERBAL_COOPERATION,
                   negated=True, date=date(2024, 3, 4), date_source=DateOrigin.PUBLISHED,
                   date_precision=None, place=GENEVA, rule="talk.n", date_start=None,
                   date_end=None, quote=0)
    said = Quote(page.id, 1, 58, 88, QuoteKind.INDIRECT, "say", 100, 104, "officials", 90, 99,
                 None, None, "officials", None, None, None)
    with Store(tmp_path / "db.duckdb") as db:
        db.write_batch([(page, None)], [article], [],
                       analyses=[Analysis(page.id, (), (said,), (_event(page.id), talks))])
        yield db


def _export(store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, "events", fmt, out)
    return out.getvalue()


def test_export_events_jsonl_has_the_contract_fields_and_evidence(store):
    first, second = [json.loads(line) for line in _export(store, "jsonl").splitlines()]
    for key in ("article_id", "sentence", "date", "date_source", "source", "target", "plover",
                "mode", "cameo", "goldstein", "quad_class", "negated", "hypothetical", "place",
                "rule"):
        assert key in first
    assert first["sentence"] == "Moscow demanded on Friday that NATO pull back its forces."
    assert (first["predicate"], first["date"], first["date_text"]) == (
        "demanded", "2022-01-28", "on Friday")
    assert first["source"].items() >= {"name": "Russia", "code": "RUSGOV", "country": "RUS",
                                       "sector": "GOV", "text": "Moscow"}.items()
    assert first["target"]["code"] == "NATO" and first["target"]["text"] == "NATO"
    assert (first["rule"], first["negated"], first["lead"]) == ("demand.v.ccomp", False, True)
    assert second["target"] is None and second["negated"] is True
    assert second["place"].items() >= {"name": "Geneva", "country": "CHE",
                                       "source": "sentence"}.items()
    assert TEXT[second["place"]["start"]:second["place"]["end"]] == "Geneva"
    assert first["quote"] is None and first["reported_by"] is None
    assert second["quote"] == 0 and second["reported_by"].items() >= {
        "text": "officials", "code": None, "verb": "say"}.items()


def test_export_events_csv_keeps_one_header_when_a_target_is_missing(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv").decode())))
    assert [r["target_code"] for r in rows] == ["NATO", ""]
    assert rows[1]["place_name"] == "Geneva" and rows[0]["place_name"] == ""


def test_export_events_parquet_round_trips(store, tmp_path):
    path = tmp_path / "e.parquet"
    path.write_bytes(_export(store, "parquet"))
    rows = duckdb.sql(f"SELECT cameo, source.code AS src FROM '{path}' ORDER BY cameo").fetchall()
    assert rows == [("040", "RUSGOV"), ("100", "RUSGOV")]


def test_export_events_gdelt_has_61_columns_and_leaves_out_negated_events(store):
    lines = _export(store, "gdelt").decode().splitlines()
    assert len(lines) == 1  # the negated talks are not a GDELT event
    row = dict(zip(GDELT_COLUMNS, lines[0].split("\t"), strict=True))
    assert len(GDELT_COLUMNS) == 61
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20220128", "202201", "2022")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "RUSGOV", "RUS", "GOV")
    assert (row["Actor2Code"], row["Actor2KnownGroupCode"]) == ("NATO", "NATO")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("100", "100", "10")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == ("3", "-5.0", "1")
    assert row["GLOBALEVENTID"].isdigit() and row["AvgTone"] == ""
    assert row["SOURCEURL"] == "pages/a.html"


def test_export_events_plover_records(store):
    [record] = [json.loads(line) for line in _export(store, "plover").splitlines()]
    assert (record["event"], record["date"], record["eventText"]) == (
        "REQUEST", "2022-01-28", "demanded")
    assert record["source"] == [{"actorText": "Moscow", "code": "RUS", "sector": "GOV",
                                 "name": "Russia"}]
    assert record["target"][0]["code"] == "NATO"
    assert record["eventwire"]["cameo"] == "100" and record["eventwire"]["rule"]


def test_export_gdelt_is_for_events_only(store):
    with pytest.raises(NotFound, match="events only"):
        export(store, "articles", "gdelt", io.BytesIO())


def test_store_replace_analysis_swaps_events(store):
    [article_id] = [r["id"] for r in store.rows("SELECT id FROM articles")]
    store.replace_analysis([article_id], analyses=[Analysis(article_id, (), (), ())],
                           failures=[])
    assert store.counts()["events"] == 0


def test_export_gdelt_writes_an_unknown_country_actor_as_its_sector_alone(store):
    rebels = Actor("rebels", "---REB", None, "REB", None, ActorKind.GROUP)
    row = {**next(store.rows("SELECT * FROM (" + TABLES["events"](False) + ") LIMIT 1")),
           "source": {"name": "rebels", "code": rebels.code, "country": None,
                      "sector": "REB", "kind": "group"}}
    fields = dict(zip(GDELT_COLUMNS, gdelt_row(row), strict=True))
    assert (fields["Actor1Code"], fields["Actor1CountryCode"], fields["Actor1Type1Code"]) == (
        "REB", "", "REB")


@pytest.mark.parametrize(("place", "geo_type", "full_name"), [
    ({"name": "Geneva", "country": "CHE", "kind": "city"}, "4", "Geneva, Switzerland"),
    ({"name": "Texas", "country": "USA", "kind": "region"}, "2", "Texas, United States"),
    ({"name": "Tigray", "country": "ETH", "kind": "region"}, "5", "Tigray, Ethiopia"),
    ({"name": "Ukraine", "country": "UKR", "kind": "country"}, "1", "Ukraine"),
])
def test_export_gdelt_action_geo_type_follows_the_place_kind(store, place, geo_type, full_name):
    row = {**next(store.rows("SELECT * FROM (" + TABLES["events"](False) + ") LIMIT 1")),
           "place": {**place, "lat": 1.0, "lon": 2.0, "source": "sentence", "start": 0,
                     "end": 1}}
    fields = dict(zip(GDELT_COLUMNS, gdelt_row(row), strict=True))
    assert (fields["ActionGeo_Type"], fields["ActionGeo_FullName"]) == (geo_type, full_name)
