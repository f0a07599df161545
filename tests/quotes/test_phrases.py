"""Attribution phrases (phrases.py): according to, in X's words, in a poll, For X, labels."""

import pytest


def by_verb(quotes_of, text, verb):
    article, quotes = quotes_of(text)
    found = [q for q in quotes if q.verb == verb]
    assert found, quotes
    return article, found[0]


@pytest.mark.parametrize(("text", "verb", "speaker", "content"), [
    ("In Lind's words, the border is a wound.", "in word", "Lind",
     "the border is a wound"),
    ("For most voters in Ohio, the economy is the main issue.", "for", "most voters in Ohio",
     "the economy is the main issue"),
    ("The border will reopen, according to the interior ministry.", "according to",
     "the interior ministry", "The border will reopen"),
])
def test_phrases_source_and_rest_of_clause(quotes_of, text, verb, speaker, content):
    article, q = by_verb(quotes_of, text, verb)
    assert q.speaker_text == speaker
    assert article.text[q.start:q.end] == content


def test_phrases_in_a_poll_attributes_to_the_poll(quotes_of):
    article, q = by_verb(quotes_of, "In a new Gallup poll, Varga leads by ten points.", "in")
    assert "poll" in q.speaker_text
    assert article.text[q.start:q.end] == "Varga leads by ten points"


def test_phrases_said_in_a_statement_is_one_cue(quotes_of):
    _, quotes = quotes_of("In a statement, the ministry said the border would reopen.")
    assert [q.verb for q in quotes] == ["say"]


def test_phrases_speaker_label(quotes_of):
    article, q = by_verb(quotes_of, "Kasich: We are going all the way to Cleveland.", ":")
    assert q.speaker_text == "Kasich"
    assert article.text[q.start:q.end].startswith("We are going")


@pytest.mark.parametrize("text", [
    "For the first time, the border is open.",
    "Note: the border is open.",
])
def test_phrases_no_source_no_cue(quotes_of, text):
    _, quotes = quotes_of(text)
    assert quotes == []
