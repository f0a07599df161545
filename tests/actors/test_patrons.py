"""A name glued to "-backed", "-linked", "-speaking" names a patron or a language, not the
employer of the role it modifies; "-led" forces are the leader's."""

import pytest
from tests.actors.test_resolver import find


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Iranian-backed militias attacked a base in Syria.", "Iranian-backed militias", "---REB"),
    ("Al-Qaeda-linked rebels kidnapped two engineers.", "Al-Qaeda-linked rebels", "---REB"),
    ("The Al Qaeda-linked Somali militant group claimed the attack.",
     "The Al Qaeda-linked Somali militant group", "SOMREB"),
    ("Russian-speaking residents protested in the square.", "Russian-speaking residents",
     "---CVL"),
    ("US-led forces attacked the town.", "US-led forces", "USAMIL"),
    ("Russian troops shelled the town.", "Russian troops", "RUSMIL"),
])
def test_patron_names_are_not_employers(mentions, text, phrase, expected):
    assert find(mentions(text), phrase).actor.code == expected
