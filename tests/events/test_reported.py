"""Events told inside a quotation point at it, so their reporter is known."""

from datetime import date

from eventwire.pipeline import analyse_articles
from eventwire.records import Article, DateSource, Span


def _analyse(text: str):
    article = Article(id="r", source="test", url=None, title=None, text=text,
                      paragraphs=(Span(0, len(text)),), published=date(2022, 1, 30),
                      date_source=DateSource.METADATA, outlet=None, wire=None, authors=(),
                      language="en", extractor="test")
    [analysis] = analyse_articles([article])
    return analysis


def _reporter(analysis, event):
    return None if event.quote is None else analysis.quotes[event.quote].speaker_name


def test_reported_an_event_in_indirect_speech_names_its_speaker():
    a = _analyse("Ukrainian Foreign Minister Dmytro Kuleba said on Monday that Russia had "
                 "shelled Kharkiv overnight. Russian troops also massed near the border.")
    by_rule = {e.rule: e for e in a.events}
    shelled = next(e for rule, e in by_rule.items() if rule.startswith("shell.v"))
    assert _reporter(a, shelled) == "Dmytro Kuleba"
    massed = next(e for rule, e in by_rule.items() if rule.startswith("mass.v"))
    assert massed.quote is None  # the article states it itself


def test_reported_an_event_in_a_direct_quote_names_its_speaker():
    a = _analyse('"Georgian forces attacked our peacekeepers in the night," Russian Foreign '
                 "Minister Sergey Lavrov told reporters on Saturday.")
    [attack] = [e for e in a.events if e.plover == "ASSAULT"]
    assert _reporter(a, attack) == "Sergey Lavrov"
    assert attack.source.country == "GEO"
