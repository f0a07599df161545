"""Events as rows of the GDELT 2.0 event table: 61 tab-separated columns, no header.

Columns are filled where eventwire knows the value and left empty otherwise, so files load
with GDELT's own readers and join with GDELT data by CAMEO code. Choices worth knowing:
- one row per coded event in one article: NumMentions, NumSources and NumArticles are 1
  (counting the same event across outlets is the stories stage's job);
- IsRootEvent is 1 when the sentence is in the article's first paragraph, GDELT's own proxy;
- negated events ("did not attack") are left out: GDELT has no column to say so, and a row
  would claim the event happened. The JSONL/CSV/Parquet exports keep them, flagged;
- GDELT's geographic country codes are FIPS 10-4, which eventwire does not hold: the
  ActionGeo country code stays empty and the country is named in ActionGeo_FullName;
- AvgTone, ethnic, religion and ADM codes are empty: eventwire does not compute them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime

from eventwire.actors.patterns import UNKNOWN_COUNTRY
from eventwire.geo import load_gazetteer

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
# GDELT's Geo_Type values: country, US state, world city, world state (first-level region)
GEO_TYPES = {"country": "1", "city": "4", "region": "5"}
GEO_US_STATE = "2"


def event_number(event_id: str) -> int:
    """A stable 63-bit integer for an event id: GDELT ids are numbers, ours are strings."""
    return int.from_bytes(hashlib.sha256(event_id.encode()).digest()[:8], "big") >> 1


def _actor(actor: dict | None) -> list[str]:
    if actor is None:
        return [""] * 10
    igo = actor["kind"] == "igo"
    sector = actor["sector"] or ""
    code = (actor["code"] or "").removeprefix(UNKNOWN_COUNTRY)  # GDELT writes "REB", not "---REB"
    return [code, (actor["name"] or "").upper(),
            "" if igo else actor["country"] or "", actor["code"] if igo else "", "", "", "",
            sector, "", ""]


def _geo(place: dict | None) -> list[str]:
    if place is None:
        return [""] * 8
    kind = place["kind"]
    country = load_gazetteer().country_name(place["country"]) or place["country"]
    full = place["name"] if kind == "country" else f"{place['name']}, {country}"
    geo_type = GEO_US_STATE if kind == "region" and place["country"] == "USA" else GEO_TYPES[kind]
    return [geo_type, full, "", "", "", f"{place['lat']:.4f}", f"{place['lon']:.4f}", ""]


def _fraction(day: date) -> str:
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def gdelt_row(event: dict) -> list[str] | None:
    """One event row (as the events export selects it) as GDELT's 61 fields; None for an
    event GDELT cannot represent (negated)."""
    if event["negated"]:
        return None
    day: date | None = event["date"]
    added: datetime | None = event["added_at"]
    code: str = event["cameo"]
    return [
        str(event_number(event["id"])),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        str(day.year) if day else "", _fraction(day) if day else "",
        *_actor(event["source"]), *_actor(event["target"]),
        "1" if event["lead"] else "0", code, code[:3], code[:2], str(event["quad_class"]),
        f"{event['goldstein']:.1f}", "1", "1", "1", "",
        *[""] * 16, *_geo(event["place"]),
        added.strftime("%Y%m%d%H%M%S") if added else "", event["url"] or event["article_source"],
    ]


def gdelt_lines(events: Iterable[dict]) -> Iterable[str]:
    for event in events:
        row = gdelt_row(event)
        if row is not None:
            yield "\t".join(field.replace("\t", " ").replace("\n", " ") for field in row) + "\n"
