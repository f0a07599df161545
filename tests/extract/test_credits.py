"""Wire, outlet and authors from the lines around an article body."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.extract.credits import find_credits
from eventwire.records import Credits

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
BODY = [
    "The foreign minister said on Tuesday that talks would resume next week.",
    "Officials from both sides declined to comment on the proposal.",
]


def _credits(header=(), body=BODY, footer=(), **hints) -> Credits:
    return find_credits(header=list(header), body=list(body), footer=list(footer), **hints)


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        (">> Reuters", "Reuters"),
        ("Reuters", "Reuters"),
        ("AFP", "AFP"),
        ("— AP", "Associated Press"),
        ("Agence France-Presse", "AFP"),
        ("The Associated Press", "Associated Press"),
        ("Anadolu Agency", "Anadolu Agency"),
        ("XINHUA", "Xinhua"),
    ],
)
def test_credits_standalone_agency_line_in_header(line: str, wire: str) -> None:
    assert _credits(header=["Minister rejects ultimatum", line]).wire == wire


@pytest.mark.parametrize(
    ("byline", "wire"),
    [
        ("By Jane Doe, Reuters", "Reuters"),
        ("Jane Doe | AFP", "AFP"),
        ("By Omar Haddad (AP)", "Associated Press"),
        ("By Reuters Staff", "Reuters"),
        ("By Lena Park, AP Diplomatic Writer", "Associated Press"),
        ("Priya Nair / PTI", "PTI"),
    ],
)
def test_credits_agency_in_byline(byline: str, wire: str) -> None:
    assert _credits(header=["Talks stall", byline]).wire == wire


@pytest.mark.parametrize(
    ("opening", "wire"),
    [
        ("GENEVA, Jan 12 (Reuters) - Diplomats met on Wednesday.", "Reuters"),
        ("MOSCOW (AP) — The Kremlin said on Monday it would respond.", "Associated Press"),
        ("ANKARA (AA) - Turkey's foreign minister held talks.", "Anadolu Agency"),
        ("Paris (AFP) - France urged restraint on Sunday.", "AFP"),
        ("MOSCOW, January 12. /TASS/. Russia's deputy minister said.", "TASS"),
        ("SEOUL, March 3 (Yonhap) -- North Korea fired a missile.", "Yonhap"),
        ("BEIJING, Feb. 3 (Xinhua) -- China called for calm.", "Xinhua"),
    ],
)
def test_credits_dateline_names_the_wire(opening: str, wire: str) -> None:
    assert _credits(body=[opening, *BODY]).wire == wire


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Source: AFP", "AFP"),
        ("Sources: Reuters, AFP", "Reuters"),
        ("© 2022 Reuters. All rights reserved.", "Reuters"),
        ("Copyright Agence France-Presse", "AFP"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "Associated Press"),
        ("With inputs from PTI", "PTI"),
        ("- AFP", "AFP"),
        (
            "Anadolu Agency website contains only a portion of the news stories offered to "
            "subscribers.",
            "Anadolu Agency",
        ),
        ("Xinhua does not endorse the views expressed on this site.", "Xinhua"),
    ],
)
def test_credits_footer_credit_names_the_wire(line: str, wire: str) -> None:
    assert _credits(footer=["Related topics", line]).wire == wire


@pytest.mark.parametrize(
    "line",
    [
        "The minister told Reuters the offer was final.",
        "Reuters reported earlier that talks had stalled.",
        "According to AFP, at least three ships were involved.",
        "A Reuters witness saw tanks moving towards the border.",
        "FILE PHOTO: Ships at anchor off the coast, January 3, 2022. REUTERS/Jane Doe",
        "Photo: AFP",
        "Soldiers patrol the harbour. (AFP via Getty Images)",
        "Reuters could not independently verify the reports.",
    ],
)
def test_credits_source_mentions_and_photo_credits_are_not_wire(line: str) -> None:
    assert _credits(header=["Talks stall", line], body=[*BODY, line]).wire is None


@pytest.mark.parametrize(
    "line",
    [
        "The AP system was down for an hour, the ministry said.",
        "Talks on the AA battery plant resumed.",
        "PA announcements were made at the station.",
    ],
)
def test_credits_abbreviations_in_running_text_are_not_wire(line: str) -> None:
    assert _credits(body=[line, *BODY], footer=[line]).wire is None


def test_credits_strong_evidence_beats_author_hint() -> None:
    credits = _credits(body=["GENEVA, Jan 12 (Reuters) - Diplomats met.", *BODY], author_hint="AFP")
    assert credits.wire == "Reuters"


def test_credits_agency_site_is_wire_and_outlet() -> None:
    credits = _credits(url="https://www.aa.com.tr/en/europe/story/123")
    assert (credits.wire, credits.outlet) == ("Anadolu Agency", "Anadolu Agency")


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/world-123", "BBC"),
        ("https://edition.cnn.com/2022/01/30/world/story", "CNN"),
        ("https://www.tbsnews.net/world/story-123", "The Business Standard"),
    ],
)
def test_credits_outlet_from_known_host(url: str, outlet: str) -> None:
    assert _credits(url=url, footer=["© 2022 Some Other Name"]).outlet == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://news.example-news.com/a/b", "example-news.com"),
        ("http://www.harbour-post.co.uk/x", "harbour-post.co.uk"),
    ],
)
def test_credits_outlet_falls_back_to_registered_domain(url: str, outlet: str) -> None:
    assert _credits(url=url).outlet == outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Copyright © 2022 The Daily Example. All rights reserved.", "The Daily Example"),
        ("© Example Times", "Example Times"),
        (
            "Published comments are readers' own views and The Daily Example does not "
            "endorse any of the readers' comments.",
            "The Daily Example",
        ),
        ("(c) 2021-2022 Harbour Post Media Group", "Harbour Post"),
    ],
)
def test_credits_outlet_from_footer_self_reference(footer: str, outlet: str) -> None:
    assert _credits(footer=["Comments", footer], url=None).outlet == outlet


def test_credits_outlet_footer_copyright_of_agency_is_not_outlet() -> None:
    credits = _credits(footer=["© 2022 Reuters"], sitename_hint="The Coastal Ledger")
    assert (credits.wire, credits.outlet) == ("Reuters", "The Coastal Ledger")


def test_credits_outlet_from_sitename_hint_before_bare_domain() -> None:
    credits = _credits(url="https://coastal-ledger.example/x", sitename_hint="Coastal Ledger")
    assert credits.outlet == "Coastal Ledger"


def test_credits_outlet_none_without_evidence() -> None:
    assert _credits().outlet is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Agnes Nowak   | 26.01.2022", ("Agnes Nowak",)),
        ("By JANE DOE, Reuters", ("Jane Doe",)),
        ("Jane Doe, Senior Correspondent | AFP", ("Jane Doe",)),
        ("By Ana de la Cruz in Manila", ("Ana de la Cruz",)),
        ("By Omar al-Rashid and Mei Lin | 3 March 2022", ("Omar al-Rashid", "Mei Lin")),
    ],
)
def test_credits_authors_from_byline(byline: str, authors: tuple[str, ...]) -> None:
    assert _credits(header=["Talks stall", byline]).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "By Staff Reporter",
        "By Reuters Staff",
        "Senior Correspondent | 12.01.2022",
        "World, Europe",
        "Middle East | 5h",
        "Foreign Minister Rejects Offer",
        "12 January, 2022, 05:20 pm",
        "By Our Diplomatic Editor",
    ],
)
def test_credits_authors_never_roles_agencies_or_dates(line: str) -> None:
    assert _credits(header=["Talks stall", line]).authors == ()


@pytest.mark.parametrize(
    ("hint", "authors"),
    [
        ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe and John Roe; Reuters", ("Jane Doe", "John Roe")),
        ("By Mei Lin", ("Mei Lin",)),
        ("Reuters", ()),
        ("admin", ()),
    ],
)
def test_credits_authors_from_author_hint(hint: str, authors: tuple[str, ...]) -> None:
    assert _credits(author_hint=hint).authors == authors


def test_credits_authors_from_reporting_credit_without_editors() -> None:
    footer = ["(Reporting by Jane Doe in Geneva and John Roe; Editing by Mary Major)"]
    assert _credits(footer=footer).authors == ("Jane Doe", "John Roe")


def _split_sample(path: Path, body_start: str, body_end: str | None) -> dict[str, list[str]]:
    """Header/body/footer by a simple rule until the shared cleaner is used here."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(body_start))
    end = next((i for i, ln in enumerate(lines) if body_end and ln.startswith(body_end)), None)
    end = len(lines) if end is None else end
    return {"header": lines[:start], "body": lines[start:end], "footer": lines[end:]}


SAMPLES = [
    ("000_875d2550d7057c68.txt", "Russia will ask", "- Russia to", "Reuters", ()),
    ("001_b61b8a30ddad84be.txt", "Russia began", "NATO / NATO", "Reuters", ()),
    ("003_534ff2aa6cfeb7d9.txt", "NATO has delivered", "Related topics", "Anadolu Agency",
     ("Agnes Szucs",)),
]  # fmt: skip


@pytest.mark.integration
@pytest.mark.skipif(not (SHARED / "samples").is_dir(), reason="../shared/samples is absent")
@pytest.mark.parametrize(("name", "start", "end", "wire", "authors"), SAMPLES)
def test_credits_on_shared_samples(name, start, end, wire, authors) -> None:
    parts = _split_sample(SHARED / "samples" / name, start, end)
    credits = find_credits(**parts)
    assert (credits.wire, credits.authors) == (wire, authors)
