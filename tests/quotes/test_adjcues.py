"""Reporting adjectives (adjcues.py): "X is confident that ...", "X was critical of ..."."""

import pytest


@pytest.mark.parametrize(("text", "adjective", "content"), [
    ("Oskar Lind is confident that the border will reopen.", "confident",
     "that the border will reopen"),
    ("Senator Mila Ostrova was critical of the budget.", "critical", "the budget"),
    ("Oskar Lind is worried about the harvest.", "worried", "the harvest"),
])
def test_adjcues_holder_and_content(quotes_of, text, adjective, content):
    article, quotes = quotes_of(text)
    found = [q for q in quotes if q.verb == adjective]
    assert found, quotes
    assert article.text[found[0].start:found[0].end] == content
    assert found[0].speaker_text in ("Oskar Lind", "Senator Mila Ostrova")


@pytest.mark.parametrize("text", [
    "The road is critical for the region.",  # "critical for": a need, not an attitude
    "Oskar Lind is confident.",
])
def test_adjcues_adjective_without_content_or_holder(quotes_of, text):
    _, quotes = quotes_of(text)
    assert [q for q in quotes if q.verb in ("critical", "confident")] == []
