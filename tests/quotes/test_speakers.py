"""Speakers of quotes, on sentences written for these tests: one test per error class fixed."""

from eventwire.records import QuoteKind


def _partial(quotes):
    found = [q for q in quotes if q.kind is QuoteKind.PARTIAL]
    assert len(found) == 1
    return found[0]


def test_partial_quote_takes_the_outer_speech_cue(quotes_of):
    # a nested intent ("plans") is not the report: the aides who say it are the source
    _, quotes = quotes_of(
        'Senior aides to Governor Harold Brenner said on Monday that the mayor plans to '
        '"fight every single vote" in the county.')
    q = _partial(quotes)
    assert q.verb == "say"
    assert "aides" in q.speaker_text


def test_relative_pronoun_speaker_is_the_noun_it_modifies(quotes_of):
    article, quotes = quotes_of(
        "The council adopted a report from the Harwick Institute, which said the new dam "
        "would flood three villages.")
    q = next(q for q in quotes if "flood" in article.text[q.start:q.end])
    assert "Harwick Institute" in q.speaker_text
    assert article.text[q.pronoun_start:q.pronoun_end] == "which"


def test_possessive_holder_takes_the_pronoun_antecedent(quotes_of):
    article, quotes = quotes_of(
        "Senator Maria Delgado spoke in Lisbon on Friday. She was blunt. Her claim that the "
        "treaty would cut fishing quotas by half angered the fleet.")
    q = next(q for q in quotes if "fishing quotas" in article.text[q.start:q.end])
    assert q.speaker_text.endswith("Maria Delgado")
    assert article.text[q.pronoun_start:q.pronoun_end] == "Her"


def test_bare_speech_cue_names_the_next_quote_speaker(quotes_of):
    article, quotes = quotes_of(
        '"The budget is a fantasy," said Tom Reilly, the finance chair. "It will not pass."\n\n'
        'Economist Laura Pemberton agreed on Tuesday. "Nobody believes these growth numbers."')
    q = next(q for q in quotes if "growth numbers" in article.text[q.start:q.end])
    assert q.speaker_text.endswith("Laura Pemberton")


def test_partial_quote_past_the_cue_content_takes_the_outer_report(quotes_of):
    # the clause a nested "wanted to know" reports stops before the closing mark; the report
    # that holds it is still the speaker's
    _, quotes = quotes_of(
        'At a briefing on Thursday, Minister Olaf Brandt said farmers wanted to know if the '
        'subsidy is "still on the table."')
    q = _partial(quotes)
    assert q.verb == "say"
    assert q.speaker_text.endswith("Olaf Brandt")
