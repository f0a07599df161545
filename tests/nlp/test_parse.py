"""The nlp stage: offsets into Article.text, sentences within paragraphs, a gazetteer."""

from datetime import date

import pytest

from eventwire.actors.lexicon import load_lexicon
from eventwire.errors import NotFound
from eventwire.nlp import load_nlp, parse_articles
from eventwire.nlp.model import ruler_patterns
from eventwire.records import Article, DateSource, ParsedArticle, Span

PARAGRAPHS = (
    "Foreign Minister Amara Velkin said on Monday that talks would resume. She left Vienna",
    "“We are ready,” the Zorvian envoy told reporters. Stoltenberg said NATO was united.",
    "Prices rose 3.5% in U.S. markets, officials said.",
)


def article(paragraphs: tuple[str, ...] = PARAGRAPHS) -> Article:
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for p in paragraphs:
        spans.append(Span(offset, offset + len(p)))
        offset += len(p) + 2
    return Article("a1", "test", None, None, text, tuple(spans), date(2022, 1, 12),
                   DateSource.NONE, None, None, (), "en", "test")


@pytest.fixture(scope="session")
def parsed() -> tuple[Article, ParsedArticle]:
    art = article()
    return art, parse_articles([art])[0]


def test_parse_token_offsets_map_back_to_text(parsed):
    art, doc = parsed
    assert doc.tokens
    for t in doc.tokens:
        assert art.text[t.start:t.end] == t.text


def test_parse_heads_index_tokens(parsed):
    _, doc = parsed
    for t in doc.tokens:
        assert 0 <= t.head < len(doc.tokens)
        assert (t.head == t.i) == (t.dep == "ROOT")


def test_parse_sentences_never_cross_paragraphs(parsed):
    art, doc = parsed
    for s in doc.sentences:
        para = art.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        assert doc.tokens[s.token_start].start == s.start
    assert {s.paragraph for s in doc.sentences} == {0, 1, 2}


def test_parse_unterminated_paragraph_ends_its_sentence(parsed):
    art, doc = parsed
    ends = [art.text[s.start:s.end] for s in doc.sentences]
    assert any(e.endswith("She left Vienna") for e in ends)


def test_parse_entity_offsets_and_gazetteer(parsed):
    art, doc = parsed
    for e in doc.entities:
        assert art.text[e.start:e.end] == e.text
    labels = {e.text: e.label for e in doc.entities}
    assert labels.get("Stoltenberg") == "PERSON"  # lexicon surname, via the EntityRuler
    assert labels.get("NATO") == "ORG"


def test_parse_articles_keep_order_and_ids():
    first, second = article(), article(("Only one paragraph here.",))
    second = Article("a2", *[getattr(second, f) for f in Article.__slots__[1:]])
    docs = parse_articles([first, second], batch_size=2)
    assert [d.article_id for d in docs] == ["a1", "a2"]
    assert docs[1].published == date(2022, 1, 12)


def test_load_nlp_is_cached_with_ruler_before_ner():
    nlp = load_nlp()
    assert nlp is load_nlp()
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    for needed in ("tagger", "parser", "lemmatizer", "attribute_ruler", "ner"):
        assert needed in names


def test_ruler_patterns_skip_lowercase_forms():
    patterns = ruler_patterns(load_lexicon())
    forms = {p["pattern"] for p in patterns}
    assert "Sergey Lavrov" in forms and "NATO" in forms and "Russian" in forms
    assert all(any(ch.isupper() for ch in f) for f in forms)


def test_parse_missing_model_is_a_clear_not_found():
    with pytest.raises(NotFound, match="make setup"):
        load_nlp("no_such_model_package")
