"""Content spans of reporting verbs (content.py), on sentences written for these tests."""

import pytest

from eventwire.records import QuoteKind


def indirect(quotes_of, text, verb):
    article, quotes = quotes_of(text)
    found = [q for q in quotes if q.verb == verb and q.kind is QuoteKind.INDIRECT]
    assert found, quotes
    return article.text[found[0].start:found[0].end].rstrip("."), found[0]


@pytest.mark.parametrize(("text", "verb", "content"), [
    ("Oskar Lind believes that the border will reopen.", "believe",
     "that the border will reopen"),
    ("Oskar Lind thinks the talks have failed.", "think", "the talks have failed"),
    ("Oskar Lind fears the ceasefire will collapse.", "fear", "the ceasefire will collapse"),
    ("Oskar Lind knows that the army is tired.", "know", "that the army is tired"),
])
def test_content_belief_verbs_take_the_clause(quotes_of, text, verb, content):
    found, _ = indirect(quotes_of, text, verb)
    assert found == content


@pytest.mark.parametrize(("text", "verb", "content"), [
    ("Oskar Lind wants to reopen the border.", "want", "to reopen the border"),
    ("Oskar Lind vowed to defend the capital.", "vow", "to defend the capital"),
    ("Oskar Lind hopes to win the election.", "hop", "to win the election"),
])
def test_content_infinitive_complement(quotes_of, text, verb, content):
    found, _ = indirect(quotes_of, text, verb)
    assert found == content


@pytest.mark.parametrize(("text", "verb", "content"), [
    ("Senator Mila Ostrova endorsed the new budget.", "endorse", "the new budget"),
    ("Senator Mila Ostrova criticized the minister for his silence.", "criticize",
     "the minister for his silence"),
    ("Senator Mila Ostrova called the plan a disaster.", "call", "the plan a disaster"),
])
def test_content_object_with_what_is_said_of_it(quotes_of, text, verb, content):
    found, _ = indirect(quotes_of, text, verb)
    assert found == content


@pytest.mark.parametrize(("text", "verb", "content"), [
    ("Senator Mila Ostrova called for a ban on the exports.", "call",
     "a ban on the exports"),
    ("Senator Mila Ostrova talked about the refugee crisis.", "talk", "the refugee crisis"),
])
def test_content_prepositional_object(quotes_of, text, verb, content):
    found, _ = indirect(quotes_of, text, verb)
    assert found == content


@pytest.mark.parametrize("text", [
    "Senator Mila Ostrova talked on Sunday.",
    "Senator Mila Ostrova talked in Vienna.",
])
def test_content_dates_and_places_are_not_content(quotes_of, text):
    _, quotes = quotes_of(text)
    assert quotes == []


@pytest.mark.parametrize(("text", "verb"), [
    ("The fighting continued to spread.", "continue"),
    ("Oskar Lind saw the film twice.", "see"),
])
def test_content_clause_only_verbs_take_no_object(quotes_of, text, verb):
    _, quotes = quotes_of(text)
    assert [q for q in quotes if q.verb == verb] == []


def test_content_reported_question_keeps_whether(quotes_of):
    found, q = indirect(quotes_of, "Oskar Lind asked whether the border would reopen.",
                        "ask")
    assert found == "whether the border would reopen"
    assert q.speaker_text == "Oskar Lind"


def test_content_judgement_verb_takes_object_with_as(quotes_of):
    found, _ = indirect(quotes_of, "Oskar Lind regards the treaty as a trap.", "regard")
    assert found == "the treaty as a trap"
