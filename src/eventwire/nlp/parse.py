"""Parse articles paragraph by paragraph and convert spaCy docs into plain records."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc

from eventwire.nlp.model import load_nlp
from eventwire.records import Article, EntitySpan, ParsedArticle, Sentence, Token

DEFAULT_BATCH_SIZE = 32


class _Builder:
    """Accumulates one article's records while its paragraph docs arrive in order."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.entities: list[EntitySpan] = []

    def add(self, paragraph: int, doc: Doc) -> None:
        offset = self.article.paragraphs[paragraph].start
        base = len(self.tokens)
        self.tokens.extend(
            Token(base + t.i, offset + t.idx, offset + t.idx + len(t.text), t.text, t.lemma_,
                  t.pos_, t.tag_, t.dep_, base + t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc
        )
        for sent in doc.sents:
            self.sentences.append(Sentence(len(self.sentences), offset + sent.start_char,
                                           offset + sent.end_char, base + sent.start,
                                           base + sent.end, paragraph))
        self.entities.extend(EntitySpan(offset + e.start_char, offset + e.end_char, e.label_,
                                        e.text) for e in doc.ents)

    def build(self) -> ParsedArticle:
        return ParsedArticle(self.article.id, self.article.published, tuple(self.sentences),
                             tuple(self.tokens), tuple(self.entities))


def _paragraphs(articles: Sequence[Article]) -> Iterator[tuple[str, tuple[int, int]]]:
    for a, article in enumerate(articles):
        for p, span in enumerate(article.paragraphs):
            yield article.text[span.start:span.end], (a, p)


def parse_articles(articles: Sequence[Article], *, batch_size: int = DEFAULT_BATCH_SIZE,
                   lexicon_dirs: Sequence[Path] = ()) -> list[ParsedArticle]:
    """Parse ``articles`` with the shared pipeline; one ParsedArticle per article, in order.

    Each paragraph is a separate spaCy doc, so no sentence crosses a paragraph break; all
    offsets are converted to offsets into ``Article.text``.

    Args:
        articles: extracted articles (``paragraphs`` spans index ``text``).
        batch_size: paragraphs per ``nlp.pipe`` batch.
        lexicon_dirs: user lexicons whose names the entity gazetteer should know too.

    Returns:
        Records holding no spaCy objects.
    """
    nlp = load_nlp(lexicon_dirs=tuple(lexicon_dirs))
    builders = [_Builder(article) for article in articles]
    docs = nlp.pipe(_paragraphs(articles), as_tuples=True, batch_size=batch_size)
    for doc, (a, p) in docs:
        builders[a].add(p, doc)
    return [b.build() for b in builders]
