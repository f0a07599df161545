"""extract_html on small hand-written news pages."""

from datetime import date

import pytest

from eventwire.errors import ExtractionError
from eventwire.extract.charset import decode_html
from eventwire.extract.html import extract_html
from eventwire.records import DateSource

BODY = (
    "Negotiators from both governments met in Geneva on Tuesday for a third round of talks "
    "on the disputed border crossing, officials said after the session ended.",
    "The foreign minister told reporters that the delegations had agreed to reopen the "
    "crossing to humanitarian convoys, but that questions about customs controls remained.",
    "Opposition leaders criticised the agreement, saying it gave away too much and demanding "
    "that parliament be allowed to vote on any final settlement before it takes effect.",
    "A further meeting is planned for next month, according to a statement released by the "
    "mediators, who described the atmosphere of the talks as constructive and serious.",
)

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Border talks make progress | The Example Post</title>
<meta property="og:title" content="Border talks make progress in Geneva">
<meta property="og:site_name" content="The Example Post">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-01-30T08:15:00Z">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Border talks make progress in Geneva", "datePublished": "2022-01-30T08:15:00Z",
 "author": {"@type": "Person", "name": "Jane Doe"}}
</script>
</head><body>
<header><nav><ul>
<li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<main><article>
<h1>Border talks make progress in Geneva</h1>
<p class="byline">By Jane Doe</p>
""" + "\n".join(f"<p>{p}</p>" for p in BODY) + """
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Ministers trade accusations over stalled trade pact</a></li>
<li><a href="/b">Explainer: why the crossing matters to regional shipping firms</a></li>
<li><a href="/c">Opinion: the talks will fail unless both sides compromise soon</a></li>
</ul></aside></main>
<footer><p>© 2022 The Example Post. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""

LINK_LIST = """<html><head><title>Latest news</title></head><body>
<h1>Latest news</h1><ul>
""" + "\n".join(f'<li><a href="/story/{i}">Story number {i}</a></li>' for i in range(30)) + """
</ul></body></html>"""


def _page(body: str, *, charset: str = "utf-8") -> str:
    return (f'<html><head><meta charset="{charset}"><title>T</title></head>'
            f"<body><article>{body}</article></body></html>")


def test_html_extracts_article_paragraphs() -> None:
    found = extract_html(NEWS_PAGE, url="https://example.com/world/border-talks")
    assert found.paragraphs[-4:] == BODY


def test_html_drops_navigation_related_links_and_footer() -> None:
    text = "\n".join(extract_html(NEWS_PAGE).paragraphs)
    for boilerplate in ("Politics", "Ministers trade accusations", "All rights reserved"):
        assert boilerplate not in text


def test_html_reads_title_author_and_sitename() -> None:
    found = extract_html(NEWS_PAGE)
    assert (found.title, found.author, found.sitename) == (
        "Border talks make progress in Geneva", "Jane Doe", "The Example Post")


def test_html_fills_published_from_structured_data() -> None:
    found = extract_html(NEWS_PAGE)
    assert (found.published.value, found.published.source) == (date(2022, 1, 30),
                                                                DateSource.METADATA)


def test_html_names_trafilatura_as_method() -> None:
    assert extract_html(NEWS_PAGE).method == "trafilatura"


def test_html_accepts_utf8_bytes() -> None:
    assert extract_html(NEWS_PAGE.encode()).paragraphs[-4:] == BODY


def test_html_link_list_raises_no_text() -> None:
    with pytest.raises(ExtractionError) as caught:
        extract_html(LINK_LIST, url="https://example.com/latest")
    assert caught.value.reason == "no_text"
    assert "https://example.com/latest" in caught.value.message


@pytest.mark.parametrize("empty", ["", "   \n", b"", b"\xef\xbb\xbf"])
def test_html_empty_page_raises_empty(empty: str | bytes) -> None:
    with pytest.raises(ExtractionError) as caught:
        extract_html(empty)
    assert caught.value.reason == "empty"


def test_html_script_only_page_raises_no_text() -> None:
    with pytest.raises(ExtractionError) as caught:
        extract_html("<html><head><script>var a = 1;</script></head><body></body></html>")
    assert caught.value.reason == "no_text"


def test_html_malformed_markup_still_yields_text() -> None:
    # unclosed paragraphs, misnested inline tags, a table never closed, no </html>
    broken = ("<html><body><article><p>" + BODY[0] + "<p><b><i>" + BODY[1] + "</b></i><p>"
              + BODY[2] + "<table><tr><td>")
    assert extract_html(broken).paragraphs == BODY[:3]


def test_html_decodes_declared_charset() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY) + "<p>Der Außenminister sprach über Grenzfragen " \
        "und die Öffnung des Übergangs für Hilfskonvois, sagte ein Sprecher am Dienstag.</p>"
    found = extract_html(_page(body, charset="iso-8859-1").encode("latin-1"))
    assert "Der Außenminister sprach über Grenzfragen" in found.paragraphs[-1]


def test_html_decodes_cyrillic_declared_charset() -> None:
    sentence = "Переговоры о пограничном переходе продолжатся в следующем месяце в Женеве."
    body = "".join(f"<p>{p}</p>" for p in BODY) + f"<p>{sentence}</p>"
    assert sentence in extract_html(_page(body, charset="windows-1251").encode("cp1251")
                                    ).paragraphs[-1]


def test_html_invalid_bytes_do_not_crash() -> None:
    page = _page("".join(f"<p>{p}</p>" for p in BODY)).encode() + b"\xff\xfe\x80\x81 broken"
    assert extract_html(page).paragraphs[0] == BODY[0]


def test_html_decode_respects_bom() -> None:
    assert decode_html(b"\xff\xfe" + "<p>Zürich</p>".encode("utf-16-le")) == "<p>Zürich</p>"


def test_html_decode_prefers_valid_utf8_over_wrong_label() -> None:
    mislabelled = '<meta charset="iso-8859-1"><p>Zürich</p>'.encode()
    assert "Zürich" in decode_html(mislabelled)
