"""Verb and event-noun classes of the predicate lexicon, one CAMEO family per test."""

import pytest


@pytest.mark.parametrize(("text", "plover", "cameo"), [
    ("France condemned Iran on Tuesday.", "ACCUSE", "111"),
    ("Germany accused Russia of spreading false reports.", "ACCUSE", "112"),
    ("Japan rejected China's proposal for joint patrols.", "REJECT", "120"),
    ("Turkey threatened Greece over the islands.", "THREATEN", "130"),
    ("Egypt deployed troops near the Libyan border.", "MOBILIZE", "154"),
    ("Canada cut diplomatic ties with Iran.", "SANCTION", "161"),
    ("Syria ended its mediation efforts between Lebanon and Israel.", "SANCTION", "165"),
    ("Britain outlawed the Syrian group.", "COERCE", "1722"),
    ("Israel demolished Palestinian homes in Gaza.", "ASSAULT", "1712"),
    ("Russia shelled Ukrainian positions overnight.", "ASSAULT", "194"),
    ("Serbia lifted the curfew in Kosovo.", "RETREAT", "0813"),
    ("Iraq lifted its ban on Kurdish parties.", "CONCEDE", "081"),
    ("The United States supplied arms to Israel.", "AID", "072"),
    ("Czechia and Albania restored diplomatic ties.", "SUPPORT", "054"),
    ("Chile opened an investigation into Peruvian officials.", "ACCUSE", "090"),
    ("Afghans sought asylum in Germany.", "REQUEST", "0233"),
    ("Britain pressured Iran to free the sailors.", "REQUEST", "100"),
    ("The United States said Iran should stop enriching uranium.", "REQUEST", "020"),
    ("Germany helped Ukraine rebuild its power grid.", "AID", "070"),
])
def test_lexicon_class_codes_the_main_predicate(code, text, plover, cameo):
    assert (plover, cameo) in {(e.plover, e.cameo) for e in code(text)}, text


@pytest.mark.parametrize(("text", "cameo"), [
    ("A Syrian deputy began a hunger strike against Assad.", "142"),
    ("French unions staged a general strike against the government.", "143"),
    ("Israel carried out an air strike on Gaza.", "195"),
    ("Pakistan launched a strike on Indian positions.", "195"),
])
def test_lexicon_strike_noun_reads_its_modifier(code, text, cameo):
    assert cameo in {e.cameo for e in code(text)}, text


def test_lexicon_time_phrase_is_no_call_on(code):
    [e] = code("Germany called on Sunday for a ceasefire in Gaza.")
    assert e.rule == "call.v.for"


def test_lexicon_return_needs_something_returned(code):
    assert not [e for e in code("Russian negotiators returned to Geneva.") if e.plover]
    [e] = code("Israel returned the Sinai to Egypt.")
    assert (e.rule, e.target.country) == ("return.v", "EGY")


def test_lexicon_bare_send_is_no_aid(code):
    assert code("The United Nations sent a team to Bosnia.") == []


def test_lexicon_purpose_clause_of_the_same_kind_is_one_event(code):
    events = code("Iraq's foreign minister met Syrian President Assad to discuss security.")
    assert [e.rule for e in events] == ["meet.v"]


@pytest.mark.parametrize("text", ["Poland left the Warsaw Pact in 1991.",
                                  "French officials helped to plan the operation."])
def test_lexicon_names_and_bare_help_are_no_events(code, text):
    assert code(text) == []
