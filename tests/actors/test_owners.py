"""Role phrases owned by a possessive pronoun: "Russia said its forces" is Russia's forces."""

import pytest
from tests.actors.test_resolver import find


@pytest.mark.parametrize(("text", "phrase", "owner", "expected"), [
    ("Russia said its forces shelled Kharkiv.", "its forces", "Russia", "RUSMIL"),
    ("The ministry and its spokesman denied the report.", "its spokesman", "The ministry",
     "---GOV"),
    ("The rebels and their leader fled into the hills.", "their leader", "The rebels", "---REB"),
    ("Sergei Lavrov said his aides would travel to Geneva.", "his aides", "Sergei Lavrov",
     "RUSGOV"),
    ("NATO said its troops would stay in the region.", "its troops", "NATO", "NATO"),
])
def test_possessive_pronoun_gives_the_role_its_antecedent(mentions, text, phrase, owner,
                                                           expected):
    found = mentions(text)
    m, ante = find(found, phrase), find(found, owner)
    assert (m.actor.code, m.rule) == (expected, "pronoun_owner")
    assert (m.antecedent_start, m.antecedent_end) == (ante.start, ante.end)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Its forces shelled Kharkiv on Tuesday.", "Its forces"),  # no antecedent
    ("Russia accused Ukraine of shelling its forces.", "its forces"),  # two states
    ("Russia and China said their troops would hold drills.", "their troops"),  # two states
    # other parties or the public, not the owner's own people
    ("Ukraine and its allies met in Brussels.", "its allies"),
    ("The rebels said their allies would join the offensive.", "their allies"),
    ("Sergei Lavrov said his supporters would march.", "his supporters"),
])
def test_possessive_pronoun_without_one_clear_owner_stays_uncoded(mentions, text, phrase):
    assert find(mentions(text), phrase).actor is None
