"""Events as PLOVER JSON records, one per line, shaped like PLOVER's gold-standard records.

Each record has PLOVER's fields (``id, date, event, mode, context, source, target,
eventText, eventLoc, text``; actors as ``{actorText, code, sector}`` lists) and keeps what
PLOVER has no field for under ``eventwire`` (CAMEO code, Goldstein, flags, provenance).
Events whose CAMEO code has no PLOVER type, and negated events, are left out: a PLOVER
record asserts that the event happened.
"""

from __future__ import annotations

from collections.abc import Iterable


def _actors(actor: dict | None) -> list[dict]:
    if actor is None:
        return []
    code = actor["code"] if actor["kind"] == "igo" else actor["country"] or actor["code"]
    return [{"actorText": actor["text"], "code": code, "sector": actor["sector"] or "",
             "name": actor["name"]}]


def _location(place: dict | None) -> dict | None:
    if place is None:
        return None
    return {"placeName": place["name"], "country": place["country"], "lat": place["lat"],
            "lon": place["lon"], "source": place["source"]}


def plover_record(event: dict) -> dict | None:
    """One event row (as the events export selects it) as a PLOVER record, or None."""
    if event["negated"] or not event["plover"]:
        return None
    return {
        "id": event["id"],
        "date": event["date"].isoformat() if event["date"] else None,
        "event": event["plover"],
        "mode": event["mode"] or "",
        "context": [],
        "source": _actors(event["source"]),
        "target": _actors(event["target"]),
        "eventText": event["predicate"],
        "eventLoc": _location(event["place"]),
        "text": event["sentence"],
        "eventwire": {key: event[key] for key in (
            "article_id", "cameo", "goldstein", "quad_class", "hypothetical", "date_source",
            "rule", "url", "published", "reported_by")},
    }


def plover_records(events: Iterable[dict]) -> Iterable[dict]:
    for event in events:
        record = plover_record(event)
        if record is not None:
            yield record
