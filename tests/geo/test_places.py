import pytest

from eventwire.geo import PlaceKind, PlaceSource, find_dateline, find_place, find_places


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Blinken and Lavrov met in Geneva on Friday.", "Geneva", "CHE"),
    ("Envoys gathered at NATO headquarters in Brussels.", "Brussels", "BEL"),
    ("The ministers met in Vienna at the OSCE.", "Vienna", "AUT"),
    ("Russian troops massed near Kharkiv.", "Kharkiv", "UKR"),
    ("Protesters gathered outside Minsk.", "Minsk", "BLR"),
    ("In Warsaw, the leaders signed the pact.", "Warsaw", "POL"),
])
def test_places_preposition_attaches_a_city(sentence, name, country):
    place = find_place(sentence)
    assert (place.name, place.country, place.kind) == (name, country, PlaceKind.CITY)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Russia held drills in Belarus.", "Belarus"),
    ("Troops massed in eastern Ukraine.", "Ukraine"),
    ("The envoys met in the United States.", "United States"),
])
def test_places_country_names_resolve_to_the_country(sentence, name):
    place = find_place(sentence)
    assert (place.name, place.kind) == (name, PlaceKind.COUNTRY)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Fighting raged near Kiev.", "Kyiv"),
    ("Talks were held in The Hague.", "The Hague"),
    ("The talks were held in Bogota.", "Bogotá"),
    ("Delegates met in Rio de Janeiro.", "Rio de Janeiro"),
    ("The summit opened in St. Petersburg.", "Saint Petersburg"),
])
def test_places_aliases_and_spellings_give_the_canonical_name(sentence, name):
    assert find_place(sentence).name == name


@pytest.mark.parametrize("sentence", [
    "Troops arrived in December.",
    "In response, Russia massed troops.",
    "Russia, in its reply, rejected the demands.",
    "In Moscow's view, NATO is expanding.",
    "Moscow rejected the proposal.",  # an actor, not a location
    "The Geneva talks ended.",  # no locative preposition
    "He spoke in turkey hunting season.",  # a word, not the country
])
def test_places_non_place_phrases_give_none(sentence):
    assert find_place(sentence) is None


def test_places_unknown_place_gives_none():
    assert find_place("Russia proposed talks in Lisvana.") is None


def test_places_offsets_locate_the_name():
    sentence = "Envoys gathered at NATO headquarters in Brussels."
    place = find_place(sentence)
    assert (sentence[place.start:place.end], place.source) == ("Brussels", PlaceSource.SENTENCE)


def test_places_coordinates_come_from_the_gazetteer():
    place = find_place("They met in Geneva.")
    assert (round(place.lat), round(place.lon)) == (46, 6)


def test_places_first_place_wins():
    assert find_place("They met in Vienna and later in Geneva.").name == "Vienna"


def test_places_find_places_lists_every_place_in_order():
    sentence = "After talks in Geneva, the envoys flew on to meetings in Brussels."
    assert [p.name for p in find_places(sentence)] == ["Geneva", "Brussels"]


def test_places_possessive_place_counts():
    assert find_place("The summit in Russia's capital ended.").name == "Russia"


@pytest.mark.parametrize(("dateline", "name", "kind"), [
    ("GENEVA, Jan 12 (Reuters) -", "Geneva", PlaceKind.CITY),
    ("BRUSSELS (Reuters) - ", "Brussels", PlaceKind.CITY),
    ("WASHINGTON/MOSCOW, Jan 12 (Reuters) -", "Washington", PlaceKind.CITY),
    ("SLOVIANSK, Ukraine (AP) —", "Ukraine", PlaceKind.COUNTRY),  # city unknown: the country
])
def test_places_dateline_is_the_fallback(dateline, name, kind):
    place = find_place("The talks resumed.", dateline=dateline)
    assert (place.name, place.kind, place.source) == (name, kind, PlaceSource.DATELINE)


def test_places_dateline_offsets_index_the_dateline():
    dateline = "KYIV, Ukraine (AP) —"
    place = find_place("The talks resumed.", dateline=dateline)
    assert dateline[place.start:place.end] == "KYIV"


def test_places_sentence_place_beats_the_dateline():
    place = find_place("The talks resumed in Vienna.", dateline="GENEVA, Jan 12 (Reuters) -")
    assert (place.name, place.source) == ("Vienna", PlaceSource.SENTENCE)


def test_places_unknown_dateline_gives_none():
    assert find_place("The talks resumed.", dateline="LISVANA, Jan 12 (Reuters) -") is None


@pytest.mark.parametrize(("text", "offset", "dateline"), [
    ("GENEVA, Jan 12 (Reuters) - Russia said", 0, "GENEVA, Jan 12 (Reuters) - "),
    ("Talks stall\n\nKYIV, Ukraine (AP) — Troops", 13, "KYIV, Ukraine (AP) — "),
    ("Moscow, Jan 12 (IANS): Lavrov said", 0, "Moscow, Jan 12 (IANS): "),
    ("BRUSSELS — NATO allies met", 0, "BRUSSELS — "),
])
def test_places_find_dateline_in_the_first_lines(text, offset, dateline):
    assert find_dateline(text) == (offset, dateline)


@pytest.mark.parametrize("text", [
    "The NATO - Russia council met on Monday.",
    "US - China trade talks resumed.",
    "NATO said - without naming names - that it would respond.",
    "Title\n\nFirst paragraph.\n\nSecond.\n\nThird.\n\nPARIS (AFP) - too late to be a dateline",
])
def test_places_find_dateline_ignores_prose_and_late_lines(text):
    assert find_dateline(text) is None
