"""Where events happen: an offline gazetteer and the place a sentence or dateline names."""

from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from eventwire.geo.places import find_dateline, find_place, find_places, place_from_dateline
from eventwire.records import Place, PlaceKind, PlaceSource

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "Place",
    "PlaceKind",
    "PlaceSource",
    "find_dateline",
    "find_place",
    "find_places",
    "load_gazetteer",
    "place_from_dateline",
]
