"""The offline gazetteer: countries, regions and cities with ISO-3 codes and coordinates.

Country names and aliases come from the actor lexicon (``load_lexicon()``, adjectives and
metonyms left out: "Russian" and "the Kremlin" are not places), their centre points from
``data/countries.yaml``; first-level regions (US states, oblasts, provinces) from
``data/regions.yaml``; cities, every lexicon capital among them, from ``data/cities.yaml``.

Lookups ignore case, accents, dots and a leading "the" ("the Hague" = "The Hague",
"Bogota" = "Bogotá"), but a text with no capital letter never matches: "nice", "turkey" and
"chad" are words. A name that is both a city and a country (Singapore, Luxembourg) is the
city, the more precise place, and a region beats a country's alias ("Gaza Strip").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from eventwire.actors.lexicon import load_lexicon
from eventwire.errors import InputError
from eventwire.records import PlaceKind

DEFAULT_FILES = ("countries.yaml", "cities.yaml")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str  # canonical: "Kyiv" for "Kiev"
    country: str  # ISO-3
    lat: float
    lon: float
    kind: PlaceKind


def fold(text: str) -> str:
    """The lookup key of a place name: accents, case, dots and a leading "the" dropped."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.\s-]+", " ", text).strip(" ,")
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Read-only place lookups; build with :func:`load_gazetteer`."""

    entries: tuple[GazetteerEntry, ...]
    _index: dict[str, GazetteerEntry] = field(repr=False)
    _countries: dict[str, str] = field(repr=False)  # ISO-3 -> country name
    max_words: int = 4  # longest name, in words: how far a caller needs to look ahead

    def lookup(self, text: str) -> GazetteerEntry | None:
        """The place ``text`` names, or None (unknown, or written without a capital)."""
        if not any(c.isupper() for c in text):
            return None
        return self._index.get(fold(text))

    def country_name(self, code: str) -> str | None:
        """The name of the country with ISO-3 ``code``: "CHE" -> "Switzerland"."""
        return self._countries.get(code)


def _read(name: str) -> object:
    path = resources.files(__package__).joinpath("data", name)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"eventwire/geo/data/{name}: invalid YAML ({exc})") from exc


def _place_row(row: list, kind: PlaceKind, file: str) -> tuple[GazetteerEntry, tuple[str, ...]]:
    if len(row) not in (4, 5):
        raise InputError(f"eventwire/geo/data/{file}: {row!r} is not "
                         "[name, country, lat, lon] or [name, country, lat, lon, [aliases]]")
    name, country, lat, lon, *aliases = row
    entry = GazetteerEntry(name, country, float(lat), float(lon), kind)
    return entry, (name, *(aliases[0] if aliases else ()))


def _build(centres: dict, regions: list, cities: list) -> Gazetteer:
    index: dict[str, GazetteerEntry] = {}
    entries = []
    for country in load_lexicon().countries:
        if country.code not in centres:
            raise InputError(f"eventwire/geo/data/countries.yaml: no centre for {country.code}"
                             f" ({country.name}); add '{country.code}: [lat, lon]'")
        lat, lon = centres[country.code]
        entry = GazetteerEntry(country.name, country.code, lat, lon, PlaceKind.COUNTRY)
        entries.append(entry)
        index.update((fold(form), entry) for form in (country.name, *country.aliases))
    # a region wins over a country's alias ("Gaza Strip"), a city over both ("New York")
    for rows, kind, file in ((regions, PlaceKind.REGION, "regions.yaml"),
                             (cities, PlaceKind.CITY, "cities.yaml")):
        for row in rows:
            entry, forms = _place_row(row, kind, file)
            entries.append(entry)
            index.update((fold(form), entry) for form in forms)
    longest = max(len(key.split()) for key in index)
    countries = {e.country: e.name for e in entries if e.kind == PlaceKind.COUNTRY}
    return Gazetteer(tuple(entries), index, countries, longest)


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process.

    Raises:
        InputError: a data file is invalid, or a lexicon country has no centre point.
    """
    return _build(_read("countries.yaml"), _read("regions.yaml"), _read("cities.yaml"))
