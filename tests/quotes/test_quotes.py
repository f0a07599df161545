"""Quotations on sentences and short articles written for these tests."""

import pytest

from eventwire.records import QuoteKind


def only(quotes, kind):
    return [q for q in quotes if q.kind is kind]


def quoted(article, q):
    return article.text[q.start:q.end]


@pytest.mark.parametrize("text", [
    '"We will not retreat from the border," Defence Minister Arno Kessel said.',
    "\u201cWe will not retreat from the border,\u201d Defence Minister Arno Kessel said.",
    "Defence Minister Arno Kessel said: \u201cWe will not retreat from the border.\u201d",
    '"We will not retreat from the border," said Defence Minister Arno Kessel.',
])
def test_quotes_direct_straight_and_curly(quotes_of, text):
    article, quotes = quotes_of(text)
    direct = only(quotes, QuoteKind.DIRECT)
    assert len(direct) == 1
    assert "We will not retreat from the border" in quoted(article, direct[0])
    assert direct[0].speaker_text.endswith("Arno Kessel")
    assert direct[0].verb == "say"


def test_quotes_multi_sentence_direct(quotes_of):
    article, quotes = quotes_of('"The talks failed. We expected more. Nobody is surprised," '
                                "Prime Minister Lena Varga told reporters on Friday.")
    (q,) = only(quotes, QuoteKind.DIRECT)
    assert quoted(article, q).startswith('"The talks failed.')
    assert quoted(article, q).endswith('surprised,"')
    assert q.speaker_text == "Prime Minister Lena Varga"
    assert q.verb == "tell"


def test_quotes_told_reuters_speaker_is_not_the_agency(quotes_of):
    _, quotes = quotes_of('"The ceasefire is holding," Colonel Ivo Marek told Reuters.')
    (q,) = quotes
    assert q.speaker_text == "Colonel Ivo Marek"
    assert "Reuters" not in q.speaker_text


def test_quotes_cross_paragraph_quote_continues(quotes_of):
    text = ('Interior Minister Petra Holm spoke after the vote. "We have waited two years for '
            "this law. It protects every citizen.\n\n"
            '"Now the courts must apply it," she said.')
    article, quotes = quotes_of(text)
    direct = only(quotes, QuoteKind.DIRECT)
    texts = [quoted(article, q) for q in direct]
    assert any(t.startswith('"We have waited') for t in texts)
    assert any(t.startswith('"Now the courts') for t in texts)
    assert all(q.speaker_text == "Petra Holm" for q in direct)


def test_quotes_nested_single_quotes_stay_inside(quotes_of):
    article, quotes = quotes_of('"They called it a \'technical pause\', which is absurd," '
                                "Senator Mila Ostrova said.")
    (q,) = quotes
    assert q.kind is QuoteKind.DIRECT
    assert "'technical pause'" in quoted(article, q)


def test_quotes_partial_quote_inside_a_clause(quotes_of):
    article, quotes = quotes_of("Foreign Minister Aldo Brenn said the proposal was "
                                '"a serious step" toward peace.')
    (q,) = quotes
    assert q.kind is QuoteKind.PARTIAL
    assert "the proposal was" in quoted(article, q)
    assert len(q.fragments) == 1
    assert article.text[q.fragments[0].start:q.fragments[0].end] == '"a serious step"'


def test_quotes_scare_quotes_without_speaker_are_ignored(quotes_of):
    _, quotes = quotes_of('The so-called "peace train" left the station on Monday.')
    assert quotes == []


@pytest.mark.parametrize(("text", "verb", "speaker", "content"), [
    ("The minister, Oskar Lind, said that the border would reopen.", "say", "Lind",
     "that the border would reopen"),  # the complementizer is kept, as PolNeAR marks it
    ("According to Oskar Lind, the border will reopen next week.", "according to",
     "Oskar Lind", "the border will reopen next week"),
    ("Oskar Lind told reporters the border would reopen.", "tell", "Oskar Lind",
     "the border would reopen"),
    ("Oskar Lind warned that the border could close again.", "warn", "Oskar Lind",
     "that the border could close again"),
    ("The border will reopen next week, Oskar Lind said.", "say", "Oskar Lind",
     "The border will reopen next week"),
    ("Oskar Lind denied that troops had crossed the border.", "deny", "Oskar Lind",
     "that troops had crossed the border"),
    ("Oskar Lind insisted the vote was fair.", "insist", "Oskar Lind", "the vote was fair"),
])
def test_quotes_indirect_forms(quotes_of, text, verb, speaker, content):
    article, quotes = quotes_of(text)
    found = [q for q in quotes if q.verb == verb]
    assert found, quotes
    q = found[0]
    assert q.kind is QuoteKind.INDIRECT
    assert speaker in q.speaker_text
    assert quoted(article, q).rstrip(".") == content


def test_quotes_pronoun_speaker_resolves_to_antecedent(quotes_of):
    text = ("Defence Secretary Maria Ekholm met her counterparts in Oslo on Tuesday. "
            '"We are united," she said.')
    article, quotes = quotes_of(text)
    (q,) = only(quotes, QuoteKind.DIRECT)
    assert q.speaker_text == "Maria Ekholm"
    assert article.text[q.pronoun_start:q.pronoun_end] == "she"


def test_quotes_pronoun_agrees_in_gender(quotes_of):
    text = ("Hillary Clinton met Bernie Sanders in Iowa. Sanders spoke first. "
            "She said the campaign would go on.")
    _, quotes = quotes_of(text)
    (q,) = [q for q in quotes if q.pronoun_start is not None]
    assert q.speaker_name == "Hillary Clinton"


def test_quotes_speaker_only_in_an_earlier_sentence(quotes_of):
    text = ('"The sanctions will stay," Chancellor Dana Roth said on Monday. '
            '"Nothing has changed."')
    article, quotes = quotes_of(text)
    direct = only(quotes, QuoteKind.DIRECT)
    assert any('"Nothing has changed."' in quoted(article, q) for q in direct)
    assert all(q.speaker_text == "Chancellor Dana Roth" for q in direct)


def test_quotes_unattributed_quote_paragraph_continues_speaker(quotes_of):
    text = ('"The sanctions will stay," Chancellor Dana Roth said on Monday.\n\n'
            '"Nothing has changed since the summit."')
    article, quotes = quotes_of(text)
    last = only(quotes, QuoteKind.DIRECT)[-1]
    assert quoted(article, last) == '"Nothing has changed since the summit."'
    assert last.speaker_text == "Chancellor Dana Roth" and last.verb is None


@pytest.mark.parametrize(("text", "code", "sector"), [
    ('"We will answer," Russian Foreign Minister Sergey Lavrov said.', "RUSGOV", "GOV"),
    ('"We will answer," Russian Foreign Minister Ivan Dorokhov said.', "RUSGOV", "GOV"),
    ('"We will answer," a French army spokesman said.', "FRAMIL", "MIL"),
    ('"We will answer," the Kremlin said.', "RUSGOV", "GOV"),
    ('"We will answer," NATO said in a statement.', "NATO", None),
    ('"We will answer," Jens Stoltenberg said.', "NATO", None),
    ('"We will answer," Moscow said.', "RUSGOV", "GOV"),
])
def test_quotes_speaker_actor_codes(quotes_of, text, code, sector):
    _, quotes = quotes_of(text)
    (q,) = quotes
    assert (q.speaker_code, q.speaker_sector) == (code, sector)


def test_quotes_person_coded_by_date(quotes_of):
    text = '"We stand together," Jens Stoltenberg said.'
    _, [in_office] = quotes_of(text)
    _, [later] = quotes_of(text, published=__import__("datetime").date(2025, 6, 1))
    assert in_office.speaker_code == "NATO"
    assert later.speaker_code == "NORGOV"


def test_quotes_offsets_and_sentence_index(quotes_of):
    article, quotes = quotes_of("Talks began. Envoy Rafael Sousa said the mood was calm.")
    (q,) = quotes
    assert q.sentence_index == 1
    assert article.text[q.speaker_start:q.speaker_end] == q.speaker_text
    assert article.text[q.verb_start:q.verb_end] == "said"
