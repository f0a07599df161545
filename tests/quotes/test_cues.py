"""Cue speakers and sourceless cues (cues.py, indirect.py), on sentences written for tests."""

import pytest

from eventwire.records import QuoteKind


def by_verb(quotes, verb):
    found = [q for q in quotes if q.verb == verb]
    assert found, quotes
    return found[0]


@pytest.mark.parametrize(("text", "verb"), [
    ("Oskar Lind released a statement saying the border would reopen.", "say"),
    ("Oskar Lind spoke for an hour before saying the border would reopen.", "say"),
    ("Oskar Lind praised the army, adding that the border would reopen.", "add"),
])
def test_cues_speaker_inherited_through_participles(quotes_of, text, verb):
    _, quotes = quotes_of(text)
    assert by_verb(quotes, verb).speaker_text == "Oskar Lind"


def test_cues_passive_agent_is_the_speaker(quotes_of):
    _, quotes = quotes_of("The plan was criticized by Senator Mila Ostrova.")
    assert by_verb(quotes, "criticize").speaker_text == "Senator Mila Ostrova"


def test_cues_relative_clause_speaker_is_not_the_main_subject(quotes_of):
    _, quotes = quotes_of("Oskar Lind met an envoy who said the talks had failed.")
    q = by_verb(quotes, "say")
    assert "Lind" not in (q.speaker_text or "")


@pytest.mark.parametrize(("text", "verb", "content"), [
    ("The senator seems to favour the treaty.", "seem", "The senator seems to favour the treaty"),
    ("The bill is expected to pass.", "expect", "to pass"),
])
def test_cues_impression_has_no_source(quotes_of, text, verb, content):
    article, quotes = quotes_of(text)
    q = by_verb(quotes, verb)
    assert q.speaker_text is None and q.pronoun_start is None
    assert article.text[q.start:q.end] == content


def test_cues_unresolved_pronoun_still_reports(quotes_of):
    article, quotes = quotes_of("We believe the border will reopen.")
    q = by_verb(quotes, "believe")
    assert q.speaker_text is None
    assert article.text[q.pronoun_start:q.pronoun_end] == "We"


def test_cues_direct_quote_needs_a_speaker(quotes_of):
    _, quotes = quotes_of('"We will win," we said.')
    assert [q for q in quotes if q.kind is QuoteKind.DIRECT] == []
