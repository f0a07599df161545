"""Reporting nouns (nouncues.py): "X's claim that ...", "a statement saying ..."."""

import pytest

from eventwire.records import QuoteKind


@pytest.mark.parametrize(("text", "noun", "speaker", "content"), [
    ("Lind's claim that the border is closed angered the envoys.", "claim", "Lind",
     "that the border is closed"),
    ("Ostrova's criticism of the budget was sharp.", "criticism", "Ostrova", "the budget"),
    ("Ostrova is a strong supporter of the treaty.", "supporter", "Ostrova", "the treaty"),
])
def test_nouncues_holder_and_content(quotes_of, text, noun, speaker, content):
    article, quotes = quotes_of(text)
    found = [q for q in quotes if q.verb == noun]
    assert found, quotes
    q = found[0]
    assert q.kind is QuoteKind.INDIRECT
    assert article.text[q.start:q.end] == content
    assert speaker in (q.speaker_text or article.text[q.pronoun_start:q.pronoun_end])


@pytest.mark.parametrize("text", [
    "The claim was false.",
    "The statement ran to four pages.",
    "Support for the treaty grew.",
])
def test_nouncues_noun_without_content_is_no_cue(quotes_of, text):
    _, quotes = quotes_of(text)
    assert quotes == []


def test_nouncues_that_clause_without_holder_has_no_speaker(quotes_of):
    article, quotes = quotes_of("The idea that the war will end soon is popular.")
    (q,) = quotes
    assert article.text[q.start:q.end] == "that the war will end soon"
    assert q.speaker_text is None and q.pronoun_start is None
