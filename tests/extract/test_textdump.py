"""The text-dump cleaner: body kept, furniture dropped, title found, lines rejoined or split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import ExtractionError
from eventwire.extract.dumpsegments import make_units, split_glued
from eventwire.extract.dumptitle import is_byline, is_menu
from eventwire.extract.linecontext import FEATURE_NAMES, unit_table
from eventwire.extract.linemodel import load_model
from eventwire.extract.textdump import TextDumpOptions, clean_text, decode
from eventwire.records import LineLabel

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
DEMO = REPO / "data" / "demo"

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
        clean_text(HARBOUR_PAGE, options=TextDumpOptions(body_threshold=0.99, min_page_prob=1.0))


def test_textdump_repeated_page_keeps_each_paragraph_once() -> None:
    dump = clean_text("\n".join([HARBOUR_PAGE] * 3))
    assert dump.paragraphs == tuple(HARBOUR_BODY)


def test_textdump_large_dump_is_handled_in_linear_time() -> None:
    # ~1.5 MB of one page over and over: no quadratic work, every paragraph kept once. (Such a
    # dump looks like no real page, so the short lines kept around the body are not checked.)
    dump = clean_text("\n".join([HARBOUR_PAGE] * 1500))
    assert [p for p in dump.paragraphs if p in HARBOUR_BODY] == HARBOUR_BODY


def _page(*header: str, body: list[str] = HARBOUR_BODY, footer: tuple[str, ...] = ()) -> str:
    return "\n".join(["Home", "World", "Sport", *header, *body, "Most Read", *footer])


@pytest.mark.parametrize(
    "byline",
    ["By Staff Reporter", "Marek Oduya", "Jane Doe | 26.01.2022", "By Ana Ruiz and Tom Hale"],
)
def test_textdump_byline_is_never_the_title(byline: str) -> None:
    dump = clean_text(_page("Valmera harbour to close for three weeks", byline))
    assert dump.title == "Valmera harbour to close for three weeks"
    assert byline in dump.header


def test_textdump_menu_line_is_never_the_title() -> None:
    dump = clean_text(_page("Valmera Courier", "Home | World | Business | Sport"))
    assert dump.title is None or "|" not in dump.title


def test_textdump_headline_above_a_standfirst_is_the_title() -> None:
    page = _page(
        "Region",
        "Harbour to close as storm damage is assessed",
        "Fishing crews will move to the southern quay for three weeks",
        "Marek Oduya | 09.09.2024",
    )
    assert clean_text(page).title == "Harbour to close as storm damage is assessed"


@pytest.mark.parametrize(
    ("line", "byline", "menu"),
    [
        ("By Staff Reporter", True, False),
        ("Marek Oduya", True, False),
        ("Agnes Szucs | 26.01.2022", True, False),
        ("Home | World | Sport", False, True),
        ("World, Europe", False, True),
        ("Home > World > Region", False, True),
        ("Valmera harbour to close for three weeks", False, False),
        ("Paris, the capital, said on Monday it would act.", False, False),
        ("By Tuesday, the fleet had left.", False, False),
    ],
)
def test_textdump_byline_and_menu_shapes(line: str, byline: bool, menu: bool) -> None:
    assert is_byline(line) is byline
    assert is_menu(line) is menu


def test_textdump_drops_captions_related_lists_and_comment_policy() -> None:
    caption = "FILE PHOTO: Fishing boats moored in the northern harbour of Valmera. REUTERS/Staff"
    related = [
        "Related stories",
        "Ferry operator posts record winter profit",
        "Coastal rail line reopens after landslide",
        "Mayor announces new school budget",
    ]
    policy = (
        "Comments are moderated. Please read our comment policy before you comment; "
        "we remove comments that break our terms of use."
    )
    dump = clean_text(_page("Harbour to close", caption, footer=(*related, policy)))
    assert dump.paragraphs == tuple(HARBOUR_BODY)


def test_textdump_rejoins_hard_wrapped_lines_that_go_on_capitalised() -> None:
    wrapped = [
        "The port authority of Valmera said on Tuesday it would close the northern",
        "harbour for three weeks while engineers repair a breakwater near the disputed",
        "Brisen Shoals, damaged in last month's storm, according to a statement.",
    ]
    units = [u.text for u in make_units("\n".join(["Harbour to close", *wrapped]))]
    assert units == ["Harbour to close", " ".join(wrapped)]


def test_textdump_model_file_matches_the_features_the_code_computes() -> None:
    model = load_model()
    assert model.names == FEATURE_NAMES
    assert len(model.weights) == len(FEATURE_NAMES)
    rows = unit_table(make_units(HARBOUR_PAGE)).rows
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)
    assert all(0.0 <= p <= 1.0 for p in model.probabilities(rows))


@pytest.mark.parametrize(
    ("weights", "states"),
    [
        ([-1, 5, -0.5, 5, -1], [False, True, True, True, False]),  # a short insert is bridged
        ([-1, 5, -9, -9, 5, -1], [False, True, False, False, True, False]),  # two bodies
        ([-1, 1, -1], [False, False, False]),  # too little evidence to pay for entering
    ],
)
def test_textdump_decoder_smooths_unit_evidence(weights: list[float], states: list[bool]) -> None:
    assert decode(weights, switch_cost=2.0) == states


DEMO_DUMPS = sorted(p.name for p in DEMO.glob("*.txt")) if DEMO.is_dir() else []


@pytest.mark.parametrize("name", DEMO_DUMPS)
def test_textdump_demo_dumps_get_their_headline(name: str) -> None:
    expected = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))["pages"][name]
    dump = clean_text((DEMO / name).read_text(encoding="utf-8"))
    assert dump.title == expected["title"]
    # Hard-wrapped first lines belong to the first paragraph, not to the header.
    assert not any(line in dump.paragraphs[0] for line in dump.header if len(line.split()) >= 5)


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
