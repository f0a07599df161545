import pytest

from eventwire.actors.lexicon import load_lexicon
from eventwire.geo import PlaceKind, load_gazetteer


def test_gazetteer_every_lexicon_capital_is_a_city_of_its_country():
    gazetteer = load_gazetteer()
    wrong = [(c.code, c.capital) for c in load_lexicon().countries
             if (entry := gazetteer.lookup(c.capital)) is None
             or (entry.country, entry.kind) != (c.code, PlaceKind.CITY)]
    assert wrong == []


def test_gazetteer_every_lexicon_country_has_coordinates():
    gazetteer = load_gazetteer()
    missing = [c.code for c in load_lexicon().countries
               if (entry := gazetteer.lookup(c.name)) is None or entry.country != c.code]
    assert missing == []


def test_gazetteer_coordinates_are_on_the_globe():
    bad = [e.name for e in load_gazetteer().entries
           if not (-90 <= e.lat <= 90 and -180 <= e.lon <= 180)]
    assert bad == []


@pytest.mark.parametrize(("text", "name"), [
    ("GENEVA", "Geneva"), ("Genf", "Geneva"), ("Geneve", "Geneva"), ("the Hague", "The Hague"),
    ("Kiev", "Kyiv"), ("Chisinau", "Chișinău"),
])
def test_gazetteer_lookup_ignores_case_accents_and_the(text, name):
    assert load_gazetteer().lookup(text).name == name


@pytest.mark.parametrize("text", ["turkey", "nice", "chad"])
def test_gazetteer_lowercase_words_never_match(text):
    assert load_gazetteer().lookup(text) is None


def test_gazetteer_city_wins_over_a_country_of_the_same_name():
    assert load_gazetteer().lookup("Singapore").kind == PlaceKind.CITY


def test_gazetteer_is_loaded_once():
    assert load_gazetteer() is load_gazetteer()


def _km(a, b):
    from math import asin, cos, radians, sin, sqrt
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


def test_gazetteer_regions_lie_near_their_country():
    # catches a wrong sign or a swapped coordinate in the hand-written region table
    gazetteer = load_gazetteer()
    centres = {e.country: e for e in gazetteer.entries if e.kind == PlaceKind.COUNTRY}
    far = [(e.name, round(_km(e, centres[e.country])))
           for e in gazetteer.entries if e.kind == PlaceKind.REGION
           and _km(e, centres[e.country]) > 6000]  # Hawaii and Kaliningrad are far, not wrong
    assert far == []


@pytest.mark.parametrize(("text", "name", "country", "kind"), [
    ("Donetsk Oblast", "Donetsk Oblast", "UKR", PlaceKind.REGION),
    ("Donetsk region", "Donetsk Oblast", "UKR", PlaceKind.REGION),
    ("Texas", "Texas", "USA", PlaceKind.REGION),
    ("New York", "New York", "USA", PlaceKind.CITY),  # the city wins over the state
    ("Georgia", "Georgia", "GEO", PlaceKind.COUNTRY),  # the US state is left out
    ("Tigray", "Tigray", "ETH", PlaceKind.REGION),
])
def test_gazetteer_regions_and_what_wins_on_a_shared_name(text, name, country, kind):
    entry = load_gazetteer().lookup(text)
    assert (entry.name, entry.country, entry.kind) == (name, country, kind)
