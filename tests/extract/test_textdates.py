"""Publication dates from the header lines, body opening and address of a text dump."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from eventwire.extract.textdates import find_text_date
from eventwire.records import DateSource, PublishedDate

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
TITLE = "Coast guard ships withdraw from disputed shoal"
BODY = ["The two governments agreed on Friday to resume talks.", "Officials gave no details."]


def _date(header=(TITLE,), body=BODY, **kwargs) -> PublishedDate:
    return find_text_date(header=list(header), body=list(body), **kwargs)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 30 Jan 2022 07:34 PM BdST Updated: 31 Jan 2022 08:00 AM BdST", "2022-01-30"),
        ("Updated: 31 Jan 2022 | First published: 29 Jan 2022", "2022-01-29"),
        ("Posted on March 4, 2023 at 10:15 am", "2023-03-04"),
        ("Published 2021-11-05T09:30:00Z", "2021-11-05"),
        ("Date: 12.02.2022", "2022-02-12"),
        ("Publication date: Sept. 3, 2024", "2024-09-03"),
    ],
)
def test_textdates_published_line(line: str, expected: str) -> None:
    found = _date(header=[TITLE, line])
    assert found == PublishedDate(date.fromisoformat(expected), DateSource.PUBLISHED_LINE)


def test_textdates_update_only_when_nothing_else() -> None:
    found = _date(header=[TITLE, "Last modified: 12 January, 2022, 05:24 pm"])
    assert found == PublishedDate(date(2022, 1, 12), DateSource.PUBLISHED_LINE)


def test_textdates_bare_date_beats_later_update() -> None:
    header = [TITLE, "Reuters", "11 January, 2022, 11:20 pm", "Last modified: 12 January, 2022"]
    assert _date(header=header) == PublishedDate(date(2022, 1, 11), DateSource.BYLINE)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Agnes Nowak   | 26.01.2022", "2022-01-26"),
        ("By Jane Doe | January 26, 2022", "2022-01-26"),
        ("Jane Doe, Reuters · 3 March 2022 14:05 GMT", "2022-03-03"),
        ("12 January, 2022, 05:20 pm", "2022-01-12"),
        ("Wednesday 26 January 2022", "2022-01-26"),
        ("04.02.2022", "2022-02-04"),  # dotted: day first
    ],
)
def test_textdates_byline_or_bare_date_line(line: str, expected: str) -> None:
    found = _date(header=[TITLE, line])
    assert found == PublishedDate(date.fromisoformat(expected), DateSource.BYLINE)


@pytest.mark.parametrize(
    ("opening", "fetched_at", "expected"),
    [
        ("GENEVA, Jan 12 (Reuters) - Diplomats met.", datetime(2022, 1, 30), "2022-01-12"),
        ("GENEVA, Dec 30 (Reuters) - Diplomats met.", datetime(2022, 1, 3), "2021-12-30"),
        ("WASHINGTON, Feb. 3, 2021 (AP) — Officials said.", None, "2021-02-03"),
        ("MOSCOW, January 12. /TASS/. The ministry said.", datetime(2022, 2, 1), "2022-01-12"),
        ("KUALA LUMPUR, 5 March (Bernama) -- Talks began.", datetime(2023, 3, 9), "2023-03-05"),
    ],
)
def test_textdates_dateline(opening: str, fetched_at, expected: str) -> None:
    found = _date(body=[opening, *BODY], fetched_at=fetched_at)
    assert found == PublishedDate(date.fromisoformat(expected), DateSource.DATELINE)


def test_textdates_dateline_year_from_crawl_header() -> None:
    header = ["date 2024-09-20", TITLE]
    found = _date(header=header, body=["HALLVIK, Sept 14 (Reuters) - Ships left.", *BODY])
    assert found == PublishedDate(date(2024, 9, 14), DateSource.DATELINE)


def test_textdates_dateline_without_year_or_reference_is_not_guessed() -> None:
    assert _date(body=["GENEVA, Jan 12 (Reuters) - Diplomats met.", *BODY]).value is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/world/2022/01/30/talks-resume", "2022-01-30"),
        ("https://example.org/2023-03-04-talks-resume.html", "2023-03-04"),
        ("https://example.org/news/20211105/talks", "2021-11-05"),
        ("https://www.example.co.uk/world/2022/jan/30/talks", "2022-01-30"),
    ],
)
def test_textdates_url_date(url: str, expected: str) -> None:
    assert _date(url=url) == PublishedDate(date.fromisoformat(expected), DateSource.URL)


@pytest.mark.parametrize(
    "line",
    [
        "date 2022-02-03",
        "Retrieved 3 February 2022",
        "Crawled: 2022-02-03 10:00",
        "Thursday, 3 February 2022 | 12°C Dhaka",
        "Today: Thursday, February 3, 2022",
    ],
)
def test_textdates_page_header_date_is_last_resort(line: str) -> None:
    assert _date(header=[line, TITLE]) == PublishedDate(date(2022, 2, 3), DateSource.TEXT)


@pytest.mark.parametrize(
    "line",
    ["date 2022-02-03", "Retrieved 3 February 2022", "Sunday, 3 February 2022 | 12°C"],
)
def test_textdates_page_header_date_never_beats_published_line(line: str) -> None:
    found = _date(header=[line, TITLE, "Published: 30 Jan 2022"])
    assert found == PublishedDate(date(2022, 1, 30), DateSource.PUBLISHED_LINE)


def test_textdates_url_beats_page_header_date() -> None:
    found = _date(header=["date 2022-02-03", TITLE], url="https://x.example/2022/01/30/a")
    assert found.source is DateSource.URL


@pytest.mark.parametrize(
    ("header", "url"),
    [
        ([TITLE, "Published: 3 Feb 2099"], None),
        ([TITLE, "Jane Doe | 03.02.2099"], None),
        ([TITLE], "https://x.example/2099/02/03/a"),
    ],
)
def test_textdates_never_after_fetched_at(header, url) -> None:
    found = _date(header=header, url=url, fetched_at=datetime(2022, 2, 1))
    assert found == PublishedDate(None, DateSource.NONE)


def test_textdates_future_candidate_falls_through_to_next_evidence() -> None:
    header = [TITLE, "Published: 3 Feb 2099", "Jane Doe | 26.01.2022"]
    found = _date(header=header, fetched_at=datetime(2022, 2, 1))
    assert found == PublishedDate(date(2022, 1, 26), DateSource.BYLINE)


@pytest.mark.parametrize(
    "line",
    [
        "FILE PHOTO: Ships at anchor, in Brussels, Belgium April 19, 2018. REUTERS/Jane Doe",
        "The treaty signed on 3 March 1998 set the maritime border.",
        "Published comments are readers' own views.",
    ],
)
def test_textdates_dates_in_captions_and_prose_are_ignored(line: str) -> None:
    assert _date(header=[TITLE, line]) == PublishedDate(None, DateSource.NONE)


def test_textdates_relative_time_needs_fetched_at() -> None:
    line = "Posted 3 hours ago"
    assert _date(header=[TITLE, line]).value is None
    found = _date(header=[TITLE, line], fetched_at=datetime(2022, 2, 1, 12))
    assert found == PublishedDate(date(2022, 2, 1), DateSource.PUBLISHED_LINE)


def test_textdates_is_fast_without_candidates() -> None:
    body = ["A long paragraph without any dates in it, said the minister. " * 5] * 40
    start = time.perf_counter()
    for _ in range(50):
        _date(header=[TITLE, "World", "Europe"], body=body)
    assert (time.perf_counter() - start) / 50 < 0.005


SAMPLES = [
    ("000_875d2550d7057c68.txt", "Russia will ask", "2022-01-30"),
    ("001_b61b8a30ddad84be.txt", "Russia began", "2022-01-12"),
    ("003_534ff2aa6cfeb7d9.txt", "NATO has delivered", "2022-01-26"),
]


@pytest.mark.integration
@pytest.mark.skipif(not (SHARED / "samples").is_dir(), reason="../shared/samples is absent")
@pytest.mark.parametrize(("name", "body_start", "expected"), SAMPLES)
def test_textdates_on_shared_samples(name: str, body_start: str, expected: str) -> None:
    # A simple split until the shared cleaner is used here: header = lines before the body.
    text = (SHARED / "samples" / name).read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(body_start))
    found = find_text_date(header=lines[:start], body=lines[start:])
    assert found.value == date.fromisoformat(expected)
