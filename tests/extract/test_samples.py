"""The three real text-dump pages in ../shared/samples through the whole extract stage."""

from datetime import date

import pytest

from eventwire.extract.article import extract_article
from eventwire.records import Page, PageKind

pytestmark = pytest.mark.integration

EXPECTED = {
    "000_875d2550d7057c68.txt": {
        "title": "Russia to challenge NATO on security pledge",
        "published": date(2022, 1, 30),
        "wire": "Reuters",
        "kept": ["Russia will ask NATO to clarify whether it intends",
                 "legally binding security guarantees",
                 "Washington and its NATO allies reject that position"],
        "gone": ["Most Read", "Pregnant journalist's case", "Police arrest bank manager",
                 "White House alarmism", "BdST"],
    },
    "001_b61b8a30ddad84be.txt": {
        "title": "Russia sets out security demands at NATO meeting",
        "published": date(2022, 1, 12),
        "wire": "Reuters",
        "kept": ["Russia began to lay out its demands for security guarantees",
                 "We want to see ... Russia pulling back its forces",
                 "Talks will continue this week in Vienna",
                 "there are no negotiations as such this week"],
        "gone": ["Related News", "Most Read", "moderation decisions are subjective",
                 "Pig's heart", "landmine-sniffing", "Health Benefits of Malta",
                 "More Videos", "NATO / NATO-Russia / NATO summit", "World+Biz"],
    },
    "003_534ff2aa6cfeb7d9.txt": {
        "title": "NATO delivers response to Russia on European security",
        "published": date(2022, 1, 26),
        "wire": "Anadolu Agency",
        "authors": ("Agnes Szucs",),
        "kept": ["NATO has delivered its response to Russia on European security",
                 "NATO is a defensive alliance and we do not seek confrontation",
                 "following Russia’s illegal annexation of Crimea in 2014"],
        "gone": ["contains only a portion of the news stories", "Related topics",
                 "Bu haberi", "World, Europe"],
    },
}


@pytest.fixture(scope="module")
def articles(request):
    from conftest import SHARED

    folder = SHARED / "samples"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (it sits beside the repo in development and CI)")
    return {name: extract_article(Page.create((folder / name).read_bytes(), source=name,
                                              kind=PageKind.TEXT))
            for name in EXPECTED}


@pytest.mark.parametrize("name", EXPECTED)
def test_samples_title_date_and_wire(articles, name):
    article, expected = articles[name], EXPECTED[name]
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert article.wire == expected["wire"]
    assert article.language == "en"
    if "authors" in expected:
        assert article.authors == expected["authors"]


@pytest.mark.parametrize("name", EXPECTED)
def test_samples_body_kept_and_navigation_gone(articles, name):
    text = articles[name].text.replace("\u2019", "'")
    for sentence in EXPECTED[name]["kept"]:
        assert sentence.replace("\u2019", "'") in text, sentence
    for junk in EXPECTED[name]["gone"]:
        assert junk.replace("\u2019", "'") not in text, junk
