"""A leader's government: "the Bush administration" is the United States government."""

import pytest
from tests.actors.test_resolver import find

from eventwire.actors import load_lexicon
from eventwire.actors.leaders import leader_actor


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The Bush administration warned Beijing over trade.", "The Bush administration",
     "USAGOV"),
    ("The Blair government backed the resolution.", "The Blair government", "GBRGOV"),
    ("Kohl's cabinet approved the budget.", "cabinet", "DEUGOV"),
])
def test_leaders_government_of_a_named_leader_whatever_the_date(mentions, text, phrase,
                                                                 expected):
    m = find(mentions(text), phrase)
    assert (m.actor.code, m.rule) == (expected, "person_possessive_role")


def test_leaders_namesakes_in_one_country_agree():
    actor = leader_actor(load_lexicon(), "Bush")
    assert actor is not None and actor.code == "USAGOV"


def test_leaders_only_government_offices_count():
    # Johnson: a British prime minister and an American speaker of the House (LEG)
    actor = leader_actor(load_lexicon(), "Johnson")
    assert actor is not None and actor.code == "GBRGOV"


def test_leaders_unknown_name_is_none():
    assert leader_actor(load_lexicon(), "Smithers") is None
