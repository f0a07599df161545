"""Words with a predicate's lemma that name no act where they stand (events/sense.py)."""

import pytest


@pytest.mark.parametrize("text", [
    "Sweden has dropped its investigation into the Russian diplomat.",
    "The Swedish investigation into Russia was shelved in 2017.",
    "Israel called off the talks with Egypt.",
])
def test_sense_an_ended_event_noun_is_not_reported(code, text):
    assert not [e for e in code(text) if e.plover in ("ACCUSE", "CONSULT")], text


def test_sense_ending_talks_keeps_its_own_rule(code):
    assert [e.cameo for e in code("Israel cancelled the talks with Egypt.")] == ["164"]


def test_sense_an_event_noun_still_codes_when_opened(code):
    assert [e.plover for e in code("Sweden opened an investigation into Russia.")] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Iranian riot police smashed car windows.",
    "France reassigned the warden of the Russian detention centre.",
    "Growth slowed in March 2018 as China raised tariffs.",
])
def test_sense_a_label_or_date_is_no_event(code, text):
    assert not [e for e in code(text) if e.plover in ("PROTEST", "COERCE")], text


def test_sense_a_carrier_noun_keeps_its_act(code):
    assert [e.plover for e in code("The United States approved a military aid package.")] == [
        "AID"]


def test_sense_extraposed_it_is_no_strike(code):
    assert code("It's striking that Germany and Russia both raised tariffs.") == []
    assert [e.plover for e in code("Russia struck Ukrainian positions.")] == ["ASSAULT"]
