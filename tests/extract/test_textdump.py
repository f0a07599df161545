"""The text-dump cleaner: body kept, furniture dropped, title found, lines rejoined or split."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ExtractionError
from eventwire.extract.dumpsegments import split_glued
from eventwire.extract.textdump import TextDumpOptions, clean_text
from eventwire.records import LineLabel

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

HARBOUR_BODY = [
    "The port authority of Valmera said on Tuesday it would close the northern harbour for "
    "three weeks while engineers repair a breakwater damaged in last month's storm.",
    "Fishing crews who use the harbour will be moved to the southern quay, where the authority "
    "has set up temporary moorings and a fuel barge, according to a statement.",
    "Local traders said the closure comes at the worst possible moment, just as the winter "
    "catch begins and buyers from the capital arrive for the season.",
    "The authority expects the repairs to cost about 4 million crowns, which it will ask the "
    "regional government to cover from its emergency fund.",
]

HARBOUR_PAGE = "\n".join(
    [
        "Home",
        "World",
        "Business",
        "Sport",
        "Subscribe",
        "Sign in",
        "Valmera to close northern harbour for storm repairs",
        "By Ana Ruiz | 14 March 2023, 09:12",
        *HARBOUR_BODY,
        "Share on Facebook",
        "Share on Twitter",
        "Most Read",
        "- Valmera to close northern harbour for storm repairs",
        "- Coastal rail line reopens after landslide",
        "- Ferry operator posts record winter profit",
        "- Mayor Announces New Budget For Schools",
        "Comments",
        "We welcome comments that are on-topic and civil. Comments are moderated and may be "
        "removed; by commenting you agree to our comment policy and terms of use.",
        "© 2023 The Valmera Courier. All rights reserved.",
    ]
)


def _body(dump_text: str) -> str:
    return "\n".join(clean_text(dump_text).paragraphs)


def test_textdump_keeps_every_body_paragraph() -> None:
    assert clean_text(HARBOUR_PAGE).paragraphs == tuple(HARBOUR_BODY)


def test_textdump_finds_the_headline_as_title() -> None:
    assert clean_text(HARBOUR_PAGE).title == "Valmera to close northern harbour for storm repairs"


@pytest.mark.parametrize(
    "furniture",
    [
        "Share on Facebook",
        "Most Read",
        "- Coastal rail line reopens after landslide",
        "Comments",
        "We welcome comments",
        "All rights reserved",
        "Sign in",
    ],
)
def test_textdump_drops_page_furniture(furniture: str) -> None:
    assert furniture not in _body(HARBOUR_PAGE)


def test_textdump_labels_every_non_blank_line() -> None:
    dump = clean_text(HARBOUR_PAGE + "\n\n\n")
    assert [ln.index for ln in dump.lines] == list(range(len(HARBOUR_PAGE.splitlines())))
    labels = {ln.text: ln.label for ln in dump.lines}
    assert labels["Home"] is LineLabel.BOILERPLATE
    assert labels[HARBOUR_BODY[0]] is LineLabel.BODY
    assert labels["Valmera to close northern harbour for storm repairs"] is LineLabel.TITLE


def test_textdump_header_and_footer_surround_the_body() -> None:
    dump = clean_text(HARBOUR_PAGE)
    assert "By Ana Ruiz | 14 March 2023, 09:12" in dump.header
    assert "Share on Facebook" in dump.footer


def test_textdump_keeps_a_one_line_quote_inside_the_body() -> None:
    body = [*HARBOUR_BODY[:2], '"We had no choice," she said.', *HARBOUR_BODY[2:]]
    page = "\n".join(["Menu", "Valmera harbour shuts for repairs", *body, "Related stories"])
    assert '"We had no choice," she said.' in clean_text(page).paragraphs


def test_textdump_rejoins_wrapped_lines() -> None:
    wrapped = (
        "Engineers from the national coastal agency will survey the breakwater\n"
        "before any work begins, and divers will inspect the foundations of the\n"
        "northern pier, the statement added."
    )
    page = "\n\n".join(["Weather", "Harbour repairs", HARBOUR_BODY[0], wrapped, HARBOUR_BODY[1]])
    paragraphs = clean_text(page).paragraphs
    assert (
        "Engineers from the national coastal agency will survey the breakwater before any work "
        "begins, and divers will inspect the foundations of the northern pier, the statement "
        "added." in paragraphs
    )


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (
            "The fleet returned on Monday.Crews began unloading at dawn on the quay.",
            ["The fleet returned on Monday.", "Crews began unloading at dawn on the quay."],
        ),
        (
            "date 2023-03-14 Valmera Harbour Closes For Repairs",
            ["date 2023-03-14", "Valmera Harbour Closes For Repairs"],
        ),
        (
            "Harbour Closes For Storm RepairsThe port authority said on Tuesday it would close "
            "the harbour for three weeks.",
            [
                "Harbour Closes For Storm Repairs",
                "The port authority said on Tuesday it would close the harbour for three weeks.",
            ],
        ),
        (
            "Contact us at news.Valmera@example.org for tips",
            ["Contact us at news.Valmera@example.org for tips"],
        ),
        (
            "Prices rose on YouTube and PlayStation stores.",
            ["Prices rose on YouTube and PlayStation stores."],
        ),
    ],
)
def test_textdump_splits_glued_blocks_only(line: str, pieces: list[str]) -> None:
    assert split_glued(line) == pieces


def test_textdump_glued_headline_becomes_title_not_body() -> None:
    page = "\n".join(
        [
            "Home",
            "News",
            "Harbour Closes For Storm RepairsThe port authority said on Tuesday it "
            "would close the northern harbour for three weeks.",
            *HARBOUR_BODY[1:],
            "Most Read",
        ]
    )
    dump = clean_text(page)
    assert dump.title == "Harbour Closes For Storm Repairs"
    assert dump.paragraphs[0].startswith("The port authority said on Tuesday")


def test_textdump_drops_html_residue_and_feed_lines() -> None:
    page = "\n".join(
        [
            '<div class="nav"><a href="/world">World</a></div>',
            "Harbour repairs begin",
            *HARBOUR_BODY,
            "Read more: https://example.org/feeds/harbour.rss",
            "&nbsp;&raquo; via Coastal Wire",
        ]
    )
    body = _body(page)
    assert "<div" not in body and "https://" not in body and "&nbsp;" not in body
    assert HARBOUR_BODY[-1] in body


def test_textdump_keeps_a_short_body() -> None:
    short = (
        "Police in Orvanto closed the coast road on Sunday after a rockfall blocked both lanes, "
        "and said it would stay shut until geologists have checked the cliff."
    )
    page = "\n".join(["Home", "Local", "Coast road closed", short, "Most Read", "- Weather"])
    assert clean_text(page).paragraphs == (short,)


def test_textdump_keeps_non_english_body() -> None:
    body = [
        "A prefeitura de Valmera anunciou nesta terça-feira que o porto norte ficará fechado por "
        "três semanas para reparos no quebra-mar danificado pela tempestade do mês passado.",
        "Os pescadores serão transferidos para o cais sul, onde a autoridade portuária instalou "
        "ancoradouros temporários e uma barcaça de combustível, segundo o comunicado.",
    ]
    page = "\n".join(
        ["Início", "Economia", "Esportes", "Porto de Valmera fecha", *body, "Mais lidas"]
    )
    assert clean_text(page).paragraphs == tuple(body)


@pytest.mark.parametrize(
    "page",
    ["", "\n\n  \n", "Home\nWorld\nSport\nSign in\n- Weather\n- Markets\n© 2023 Example"],
)
def test_textdump_raises_when_there_is_no_body(page: str) -> None:
    with pytest.raises(ExtractionError) as err:
        clean_text(page)
    assert err.value.reason == "no_text"


def test_textdump_options_are_honoured() -> None:
    with pytest.raises(ExtractionError):
        clean_text(HARBOUR_PAGE, options=TextDumpOptions(region_threshold=0.99))


def test_textdump_repeated_page_keeps_each_paragraph_once() -> None:
    # ~1.5 MB: also guards against quadratic work on large dumps.
    dump = clean_text("\n".join([HARBOUR_PAGE] * 1500))
    assert dump.paragraphs == tuple(HARBOUR_BODY)


SAMPLE_TITLES = {
    "001": "Russia sets out security demands at NATO meeting",
}


@pytest.mark.integration
@pytest.mark.skipif(not (SHARED / "samples").is_dir(), reason="../shared/samples is absent")
def test_textdump_cleans_the_shared_samples() -> None:
    for path in sorted((SHARED / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        dump = clean_text(text)
        body = "\n".join(dump.paragraphs)
        assert len(dump.paragraphs) >= 5, path.name
        assert dump.title and dump.title not in dump.paragraphs, path.name
        # Link lists, one-word section labels and comment policies are never body.
        assert not any(p.startswith("- ") for p in dump.paragraphs), path.name
        assert all(len(p.split()) >= 5 for p in dump.paragraphs), path.name
        assert "comments" not in body.lower(), path.name
        expected = SAMPLE_TITLES.get(path.name[:3])
        if expected:
            assert dump.title == expected
