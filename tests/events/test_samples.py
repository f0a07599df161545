"""The three real sample pages (Russia-NATO talks, January 2022), end to end through
`run_ingest`: the events a reader of each page would list, with source, target, type and
date, and none from the navigation and "Most Read" lines around the articles."""

from datetime import date

import pytest

from eventwire.events.coder import make_coder
from eventwire.nlp import parse_articles
from eventwire.pipeline import run_ingest
from eventwire.records import Article, DateSource, Span
from eventwire.store.db import Store

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[date, list[dict]]:
    from conftest import SHARED

    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: sample pages sit beside the repo only in development")
    db = tmp_path_factory.mktemp("samples") / "s.duckdb"
    run_ingest([str(SHARED / "samples")], db=db)
    with Store(db, read_only=True) as store:
        rows = list(store.rows(
            "SELECT e.*, a.published, substr(a.text, e.predicate_start + 1,"
            " e.predicate_end - e.predicate_start) AS word FROM events e"
            " JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.idx"))
    out: dict[date, list[dict]] = {}
    for row in rows:
        out.setdefault(row["published"], []).append(row)
    return out


def _find(events: list[dict], word: str, **want) -> dict:
    found = [e for e in events if e["word"] == word
             and all(e[k] == v for k, v in want.items())]
    assert found, f"no {word!r} event with {want}: " + "; ".join(
        f"{e['word']} {e['source_code']}->{e['target_code']} {e['plover']}" for e in events)
    return found[0]


def test_samples_lavrov_asks_nato_on_sunday_and_putin_offers_talks_on_friday(pages):
    events = pages[date(2022, 1, 30)]  # published Sunday 30 January 2022
    ask = _find(events, "ask", source_country="RUS", target_code="NATO", plover="REQUEST")
    assert (ask["date"], ask["date_source"], ask["hypothetical"]) == (
        date(2022, 1, 30), "sentence", True)  # "Lavrov said on Sunday"
    talk = _find(events, "talking", source_country="RUS", plover="AGREE")
    assert talk["date"] == date(2022, 1, 28) and not talk["negated"]  # "Putin said on Friday"
    demand = _find(events, "demanded", source_country="RUS", target_code="NATO")
    assert demand["plover"] == "REQUEST" and demand["cameo"].startswith("10")
    _find(events, "reject", source_country="USA", plover="REJECT")
    _find(events, "discuss", source_country="USA", plover="AGREE")  # "ready to discuss"
    invade = _find(events, "invade", source_country="RUS")
    assert invade["negated"]  # "while denying it plans to invade"


def test_samples_russia_lays_out_demands_after_geneva_talks_and_masses_troops(pages):
    events = pages[date(2022, 1, 12)]  # published Wednesday 12 January 2022
    demands = _find(events, "demands", source_country="RUS", plover="REQUEST")
    assert demands["date"] == date(2022, 1, 12)  # "on Wednesday"
    talks = _find(events, "talks", source_country="RUS", target_country="USA")
    assert (talks["plover"], talks["place_name"]) == ("CONSULT", "Geneva")
    _find(events, "massing", source_country="RUS", target_country="UKR", plover="MOBILIZE")
    # the meeting the page reports: "Stoltenberg received ... Grushko at allied headquarters"
    _find(events, "received", source_code="NATO", target_country="RUS", plover="CONSULT")
    drills = _find(events, "exercises", source_country="RUS", plover="MOBILIZE")
    assert drills["date"] == date(2022, 1, 11)  # "on Tuesday"


def test_samples_nato_rejects_russian_demands_and_calls_for_de_escalation(pages):
    events = pages[date(2022, 1, 26)]
    rejects = _find(events, "rejected", source_code="NATO", target_country="RUS")
    assert rejects["plover"] == "REJECT"
    _find(events, "called", source_code="NATO", target_country="RUS", plover="REQUEST")
    _find(events, "urged", source_code="NATO", target_country="RUS", plover="REQUEST")
    _find(events, "denied", source_country="RUS", plover="REJECT")
    # the acts Russia demanded ("to withdraw its troops ... and to halt ...") were not done
    assert not [e for e in events if e["word"] in ("withdraw", "halt")]


def test_samples_no_event_comes_from_navigation_lines(shared):
    """Coded straight from the raw dump, before any cleaning: the headline list and the
    "Most Read" list read like news but carry no event."""
    path = next((shared / "samples").glob("000_*.txt"))
    text = path.read_text("utf-8")
    article = Article(id="raw", source=path.name, url=None, title=None, text=text,
                      paragraphs=(Span(0, len(text)),), published=date(2022, 1, 30),
                      date_source=DateSource.PUBLISHED_LINE, outlet=None, wire=None,
                      authors=(), language="en", extractor="raw")
    parsed = parse_articles([article])[0]
    from eventwire.actors.resolver import make_resolver

    events = make_coder()(parsed, text, make_resolver()(parsed, text))
    assert events, "the article body still codes"
    for e in events:
        line_start = text.rfind("\n", 0, e.sentence_start) + 1
        line = text[line_start:text.find("\n", e.sentence_start)]
        assert not line.startswith(("- ", "Most Read", " date")), line
