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
