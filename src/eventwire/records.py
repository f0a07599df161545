"""Records passed between stages: plain frozen dataclasses, no library objects inside.

Offsets are half-open character offsets into ``Article.text``, so
``article.text[span.start:span.end]`` is always the evidence text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

ID_LENGTH = 20  # hex chars of SHA-256: 80 bits, collision-free for any realistic corpus


def content_id(data: bytes) -> str:
    """Identity of a page: a prefix of the SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()[:ID_LENGTH]


class PageKind(StrEnum):
    HTML = "html"
    TEXT = "text"


class DateSource(StrEnum):
    """Where a publication date came from, strongest evidence first."""

    HINT = "hint"  # given with the page (JSONL field, feed entry)
    METADATA = "metadata"  # HTML meta tags / structured data
    PUBLISHED_LINE = "published_line"  # "Published: 30 Jan 2022", "Updated ..."
    BYLINE = "byline"  # a date standing in the byline block ("Jane Doe | 26.01.2022")
    DATELINE = "dateline"  # "GENEVA, Jan 12 (Reuters) -"
    URL = "url"  # /2022/01/30/ in the address
    TEXT = "text"  # best guess from dates in the page text
    NONE = "none"


@dataclass(frozen=True, slots=True)
class PageHints:
    """Metadata that arrived with a page rather than inside it (JSONL fields, feed entries)."""

    title: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One fetched or read page, identified by the hash of its bytes."""

    id: str
    source: str  # the path or URL it came from
    url: str | None  # the page's own address, when known
    kind: PageKind
    content: bytes
    fetched_at: datetime | None = None  # crawl time: never a publication date
    hints: PageHints = field(default_factory=PageHints)

    @classmethod
    def create(
        cls,
        content: bytes,
        *,
        source: str,
        kind: PageKind,
        url: str | None = None,
        fetched_at: datetime | None = None,
        hints: PageHints | None = None,
    ) -> Page:
        return cls(
            id=content_id(content),
            source=source,
            url=url,
            kind=kind,
            content=content,
            fetched_at=fetched_at,
            hints=hints or PageHints(),
        )


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int  # exclusive


@dataclass(frozen=True, slots=True)
class Article:
    """The clean article extracted from one page."""

    id: str  # equals the page id: one article per page
    source: str
    url: str | None
    title: str | None
    text: str  # paragraphs joined by a blank line
    paragraphs: tuple[Span, ...]
    published: date | None
    date_source: DateSource
    outlet: str | None
    wire: str | None
    authors: tuple[str, ...]
    language: str | None
    extractor: str  # which method produced the text: trafilatura, readability, textdump


@dataclass(frozen=True, slots=True)
class PageFailure:
    """A source that could not become an article, and why."""

    source: str
    stage: str  # ingest / extract / store
    reason: str  # short machine-readable key: binary, encoding, empty, too_large, no_text...
    message: str
    page_id: str | None = None


@dataclass(frozen=True, slots=True)
class PublishedDate:
    value: date | None
    source: DateSource


@dataclass(frozen=True, slots=True)
class Credits:
    """Who published and wrote an article."""

    wire: str | None  # canonical agency name: "Reuters", "Associated Press", "AFP"...
    outlet: str | None  # the publication the page belongs to
    authors: tuple[str, ...]  # person names only, no job titles or agencies


class LineLabel(StrEnum):
    TITLE = "title"
    BODY = "body"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class DumpLine:
    """One non-blank line of a text dump, with the cleaner's verdict."""

    index: int  # line number in the input text (0-based)
    text: str  # stripped
    label: LineLabel
    score: float  # how body-like the line is, 0..1


@dataclass(frozen=True, slots=True)
class CleanedDump:
    """A text dump split into title, body paragraphs and the boilerplate around them."""

    title: str | None
    paragraphs: tuple[str, ...]  # body, wrapped lines rejoined, glued ones split
    lines: tuple[DumpLine, ...]  # every non-blank input line, labelled

    @property
    def header(self) -> tuple[str, ...]:
        """Non-body lines before the first body line: where bylines and dates live."""
        first = next((i for i, ln in enumerate(self.lines) if ln.label is LineLabel.BODY), 0)
        return tuple(ln.text for ln in self.lines[:first])

    @property
    def footer(self) -> tuple[str, ...]:
        """Non-body lines after the last body line: credits, copyright, comment policy."""
        body = [i for i, ln in enumerate(self.lines) if ln.label is LineLabel.BODY]
        last = body[-1] if body else len(self.lines) - 1
        return tuple(ln.text for ln in self.lines[last + 1 :])


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """What the HTML path finds in a page, before credits and language are settled."""

    title: str | None
    paragraphs: tuple[str, ...]
    author: str | None  # raw author string from page metadata, to be cleaned
    sitename: str | None
    published: PublishedDate
    method: str  # which extractor's text won: trafilatura / readability
    url: str | None = None  # the page's own address from canonical / og:url markup


# --- nlp stage ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One spaCy token, converted: ``i`` and ``head`` index ParsedArticle.tokens."""

    i: int
    start: int  # offset into Article.text
    end: int  # exclusive
    text: str
    lemma: str
    pos: str  # universal POS: NOUN, PROPN, VERB...
    tag: str  # Penn tag: NNP, VBD...
    dep: str  # dependency label; "ROOT" for a sentence root (head == i)
    head: int
    ent_iob: str  # "B", "I" or "O"
    ent_type: str  # "" outside entities


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int  # exclusive
    token_start: int  # index of the first token
    token_end: int  # exclusive
    paragraph: int  # index into Article.paragraphs: sentences never cross paragraphs


@dataclass(frozen=True, slots=True)
class EntitySpan:
    start: int
    end: int  # exclusive
    label: str  # PERSON, ORG, GPE, NORP...
    text: str


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """The nlp stage's view of one article: sentences, tokens, named entities."""

    article_id: str
    published: date | None
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    entities: tuple[EntitySpan, ...]


# --- quotes stage ---------------------------------------------------------------------------


class QuoteKind(StrEnum):
    DIRECT = "direct"  # the quoted words are the whole reported clause
    PARTIAL = "partial"  # quoted words embedded in a paraphrase
    INDIRECT = "indirect"  # reported speech, no quotation marks


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a reported span and its speaker, with the cue that links them.

    ``start``/``end`` cover the reported content; for direct quotes the quotation marks are
    included, for partial quotes the whole paraphrased clause (``fragments`` lists the parts
    inside quotation marks). The speaker mention is the named mention: when the cue's
    subject is a pronoun, ``pronoun_start``/``pronoun_end`` locate it and the speaker fields
    hold its antecedent.
    """

    article_id: str
    sentence_index: int  # sentence holding the start of the quote
    start: int
    end: int  # exclusive
    kind: QuoteKind
    verb: str | None  # lemma of the reporting verb, "according to", None if unattributed
    verb_start: int | None
    verb_end: int | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    pronoun_start: int | None
    pronoun_end: int | None
    speaker_name: str | None  # canonical name when known, else the mention as written
    speaker_code: str | None  # CAMEO-style actor code: RUSGOV, NATO
    speaker_country: str | None
    speaker_sector: str | None
    fragments: tuple[Span, ...] = ()


# --- actors stage ---------------------------------------------------------------------------


class ActorKind(StrEnum):
    PERSON = "person"
    STATE = "state"  # a country, or one of its state sectors (GOV, MIL, LEG...)
    IGO = "igo"
    GROUP = "group"  # non-state collectives: parties, rebels, media, business, civilians


class MentionKind(StrEnum):
    NAME = "name"  # "Sergey Lavrov", "Lavrov", "NATO", "Russia"
    ROLE = "role"  # "the foreign minister", "Russian troops", "NATO envoys"
    PRONOUN = "pronoun"  # he / she / they / it (subject or object forms)
    DESCRIPTION = "description"  # "the alliance", "the country", "the two sides"
    METONYM = "metonym"  # "Moscow", "the Kremlin", "Brussels"
    NATIONALITY = "nationality"  # "Russian" outside a role phrase: "Russian actions"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who a mention is. ``code`` is the full CAMEO-style code: RUS (the state), RUSGOV, NATO.

    ``name`` is canonical when the lexicon knows the actor (person, country, IGO), else the
    name as written; ``code`` is None for a person whose affiliation is unknown.
    """

    name: str
    code: str | None
    country: str | None  # ISO-3; None for IGOs
    sector: str | None  # GOV, MIL...; None for a whole state or IGO
    role: str | None  # "foreign minister", as written or from the lexicon
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor; ``rule`` names the pattern that resolved it.

    For pronouns, surnames and descriptions ``antecedent_start``/``antecedent_end`` locate
    the mention they were linked to (a name or role phrase, never another pronoun).
    """

    article_id: str
    sentence_index: int
    start: int
    end: int  # exclusive
    text: str
    kind: MentionKind
    actor: Actor | None
    antecedent_start: int | None
    antecedent_end: int | None
    rule: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the stages after extraction found in one article."""

    article_id: str
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]


class QuadClass(IntEnum):
    """The 2x2 of verbal/material cooperation/conflict, numbered as in GDELT's QuadClass."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class DateOrigin(StrEnum):
    SENTENCE = "sentence"  # an expression in the sentence
    PUBLISHED = "published"  # no expression: the article's publication date
    NONE = "none"  # neither: no expression, or a relative one and no publication date


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"  # value is the Monday
    MONTH = "month"  # value is the 1st
    YEAR = "year"  # value is 1 January


class PlaceKind(StrEnum):
    CITY = "city"
    REGION = "region"  # a first-level division: state, province, oblast, governorate
    COUNTRY = "country"


class PlaceSource(StrEnum):
    SENTENCE = "sentence"
    DATELINE = "dateline"


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place; ``start``/``end`` index the sentence, or the dateline for
    source "dateline"."""

    name: str  # canonical gazetteer name: "Kyiv" for "Kiev"
    country: str  # ISO-3
    lat: float
    lon: float
    kind: PlaceKind  # city or country
    source: PlaceSource
    start: int
    end: int  # exclusive


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event; offsets index ``Article.text``, ``rule`` is the lexicon rule id.

    An event told inside a quotation ("Lavrov said Russia will ask NATO ...") is reported,
    not witnessed: ``quote`` points at that quotation, whose speaker reported it.
    """

    article_id: str
    sentence_index: int
    sentence_start: int
    sentence_end: int  # exclusive
    predicate_start: int
    predicate_end: int  # exclusive
    source: Actor
    source_start: int
    source_end: int
    target: Actor | None
    target_start: int | None
    target_end: int | None
    cameo: str
    plover: str | None  # None for CAMEO codes PLOVER drops
    mode: str | None
    goldstein: float
    quad_class: QuadClass
    negated: bool
    hypothetical: bool
    date: date | None
    date_source: DateOrigin
    date_precision: Precision | None
    place: Place | None  # its offsets index the article too
    rule: str
    date_start: int | None = None  # the date expression, when date_source is "sentence"
    date_end: int | None = None
    quote: int | None = None  # the article's quote (index into Analysis.quotes) holding it
