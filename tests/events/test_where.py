"""Where an event happened, and the country an untargeted act of force was done in."""

import pytest


def _place(event):
    return event.place.name if event.place else None


def test_where_a_place_describing_the_subject_is_not_the_events(code):
    [e] = code("The Russian ambassador in London met Kenya's foreign minister in Nairobi.")
    assert _place(e) == "Nairobi"
    [e] = code("Russian troops in Crimea fired on Ukrainian positions on Monday.")
    assert _place(e) is None and e.target.country == "UKR"


def test_where_a_place_hung_on_a_state_name_is_the_events(code):
    # a state is not in a city: "with the United States in Geneva" is a misattachment
    [e] = code("Kenya held talks with Uganda in Kampala on Friday.")
    assert (_place(e), e.target.country) == ("Kampala", "UGA")


def test_where_the_country_an_attack_was_done_in_is_its_target(code):
    [e] = code("Israeli jets struck targets in Syria on Monday.")
    assert (e.source.country, e.target.country, e.plover) == ("ISR", "SYR", "ASSAULT")
    assert e.rule.endswith("+place") and e.target.name == "Syria"
    text = "Israeli jets struck targets in Syria on Monday."
    assert text[e.target_start:e.target_end] == "Syria"
    [drill] = code("Russia held military exercises in Belarus last week.")
    assert (drill.target.country, drill.plover) == ("BLR", "MOBILIZE")


def test_where_a_named_target_is_kept(code):
    [e] = code("Russia shelled Ukrainian positions in Donetsk.")
    assert e.target.country == "UKR" and not e.rule.endswith("+place")


@pytest.mark.parametrize("text", [
    "Kenya and Uganda held talks in Geneva on Monday.",  # a venue is no party to talks
    "KABUL (Reuters) - Taliban fighters attacked a checkpoint on Monday.",  # dateline only
    "Speaking in Geneva, the Iranian foreign minister said Iran would attack.",  # other clause
])
def test_where_no_place_target_for_talks_datelines_or_other_clauses(code, text):
    events = code(text)
    assert events and not any(e.rule.endswith("+place") for e in events)


def test_where_a_region_is_a_place_and_a_target_country(code):
    [e] = code("Rebel fighters attacked a village in Borno on Monday.")
    assert (e.place.name, e.place.kind, e.place.country) == ("Borno", "region", "NGA")
    [drill] = code("Russia held military exercises in Alaska last week.")
    assert (drill.target.country, drill.place.kind) == ("USA", "region")
