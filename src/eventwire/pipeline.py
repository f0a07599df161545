"""The pipeline's stage order (one place) and the batch run that drives it.

Each stage declares what it needs and what it produces; a test checks every need is
produced by an earlier stage, so the order here is the order everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from eventwire.actors.lexicon import load_lexicon
from eventwire.actors.resolver import Resolver, make_resolver
from eventwire.engines.base import Engine
from eventwire.engines.local import LocalEngine
from eventwire.errors import EventwireError
from eventwire.events.coder import Coder, make_coder
from eventwire.extract.article import extract_article
from eventwire.ingest import DEFAULT_OPTIONS, IngestOptions, Target, discover, read_target
from eventwire.ingest.web import Fetcher, HttpFetcher
from eventwire.nlp import parse_articles
from eventwire.quotes import QuoteFinder, make_quotes
from eventwire.records import Analysis, Article, Page, PageFailure
from eventwire.store.db import Store

DEFAULT_BATCH_SIZE = 64
ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("ingest", needs=("inputs",), produces=("pages", "failures")),
    Stage("extract", needs=("pages",), produces=("articles", "failures")),
    Stage("nlp", needs=("articles",), produces=("parsed",)),
    Stage("actors", needs=("parsed", "articles"), produces=("mentions",)),
    Stage("quotes", needs=("parsed", "articles", "mentions"), produces=("quotes",)),
    Stage("events", needs=("parsed", "articles", "mentions"), produces=("events",)),
    Stage("store", needs=("pages", "articles", "mentions", "quotes", "events", "failures"),
          produces=("database",)),
)
# the stages `reprocess` re-runs on stored articles, without reading pages again
AFTER_EXTRACTION = ("nlp", "actors", "quotes", "events")

ProgressCallback = Callable[[int, int, str], None]  # (targets done, targets total, last target)


@dataclass(frozen=True, slots=True)
class IngestReport:
    targets: int
    new: int  # pages stored for the first time (changed versions included)
    updated: int  # of those, new versions of a page already stored
    duplicate: int  # identical content already stored or seen earlier in the run
    articles: int
    mentions: int
    quotes: int
    events: int
    ignored_files: int  # files in folders that are not pages (.md, .png...)
    failures: tuple[PageFailure, ...]
    notes: tuple[str, ...]  # per-page warnings that did not stop anything

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class _Run:
    """Mutable tallies of one run; frozen into an IngestReport at the end."""

    new: int = 0
    updated: int = 0
    duplicate: int = 0
    articles: int = 0
    mentions: int = 0
    quotes: int = 0
    events: int = 0
    failures: list[PageFailure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lexicon_dirs: tuple[Path, ...] = ()
    seen: set[str] = field(default_factory=set)
    pages: list[Page] = field(default_factory=list)
    loose_failures: list[PageFailure] = field(default_factory=list)


def _checked_lexicons(dirs: Sequence[Path]) -> tuple[Path, ...]:
    """User lexicon folders, validated before any page is read (a typo fails fast)."""
    found = tuple(Path(d).resolve() for d in dirs)
    load_lexicon(found)  # raises InputError naming the bad file and entry
    make_coder(found)  # reads predicates.yaml and checks its CAMEO codes
    return found


def extract_or_fail(page: Page) -> Article | PageFailure:
    """The extract stage with the batch error policy: a failure is recorded, not raised."""
    try:
        return extract_article(page)
    except EventwireError as exc:
        return PageFailure(page.source, "extract", exc.reason, exc.message, page_id=page.id)


@dataclass(frozen=True, slots=True)
class _Analysers:
    resolver: Resolver
    quotes: QuoteFinder
    events: Coder


@cache
def _analysers(lexicon_dirs: tuple[Path, ...]) -> _Analysers:
    # once per process (workers included) and lexicon set
    return _Analysers(make_resolver(lexicon_dirs), make_quotes(lexicon_dirs=lexicon_dirs),
                      make_coder(lexicon_dirs))


def _analyse_english(articles: Sequence[Article],
                     lexicon_dirs: tuple[Path, ...] = ()) -> list[Analysis]:
    stages = _analysers(lexicon_dirs)
    parsed_articles = parse_articles(articles, lexicon_dirs=lexicon_dirs)
    results = []
    for parsed, article in zip(parsed_articles, articles, strict=True):
        mentions = tuple(stages.resolver(parsed, article.text))
        quotes = tuple(stages.quotes(parsed, article.text, mentions=mentions))
        events = tuple(stages.events(parsed, article.text, mentions, quotes))
        results.append(Analysis(article.id, mentions, quotes, events))
    return results


def analyse_articles(articles: Sequence[Article], *, lexicon_dirs: tuple[Path, ...] = (),
                     ) -> list[Analysis | PageFailure]:
    """The stages after extraction (nlp, actors, quotes, events) for a batch of articles.

    Non-English articles get an empty analysis (the models read English only). A batch that
    fails is retried article by article, so one bad article costs only its own analysis.
    `lexicon_dirs` are user lexicons read after the packaged one.
    """
    english = [a for a in articles if a.language == ENGLISH]
    try:
        done: dict[str, Analysis | PageFailure] = {
            a.article_id: a for a in _analyse_english(english, lexicon_dirs)}
    except Exception:  # isolate the article that breaks the models
        done = {}
        for article in english:
            try:
                done[article.id] = _analyse_english([article], lexicon_dirs)[0]
            except Exception as exc:
                done[article.id] = PageFailure(article.source, "nlp", "analysis_failed",
                                               f"{article.source}: analysis failed ({exc})",
                                               page_id=article.id)
    return [done.get(a.id, Analysis(a.id, (), (), ())) for a in articles]


def _split_analysis(articles: Sequence[Article], engine: Engine, lexicon_dirs: tuple[Path, ...],
                    ) -> tuple[list[Analysis], list[PageFailure]]:
    analyses: list[Analysis] = []
    failures: list[PageFailure] = []
    analyse = partial(analyse_articles, lexicon_dirs=lexicon_dirs)  # picklable for workers
    for result in engine.map_batches(analyse, articles):
        (failures if isinstance(result, PageFailure) else analyses).append(result)
    return analyses, failures


def _flush(run: _Run, store: Store, engine: Engine) -> None:
    known = store.known_pages([p.id for p in run.pages])
    fresh = [p for p in run.pages if p.id not in known]
    run.duplicate += len(run.pages) - len(fresh)
    versions = []
    for page in fresh:
        previous = store.latest_version(page.url or page.source)
        run.updated += previous is not None
        versions.append((page, previous))
    results = engine.map(extract_or_fail, fresh)
    articles = [r for r in results if isinstance(r, Article)]
    analyses, analysis_failures = _split_analysis(articles, engine, run.lexicon_dirs)
    failures = [r for r in results if isinstance(r, PageFailure)] + run.loose_failures
    failures += analysis_failures
    store.write_batch(versions, articles, failures, analyses=analyses)
    run.new += len(fresh)
    run.articles += len(articles)
    run.mentions += sum(len(a.mentions) for a in analyses)
    run.quotes += sum(len(a.quotes) for a in analyses)
    run.events += sum(len(a.events) for a in analyses)
    run.failures.extend(failures)
    run.notes.extend(f"{a.source}: language {a.language!r}; stored, but later stages read"
                     " English only" for a in articles if a.language not in (ENGLISH, None))
    run.pages, run.loose_failures = [], []


def _collect(run: _Run, item: Page | PageFailure) -> None:
    if isinstance(item, PageFailure):
        run.loose_failures.append(item)
    elif item.id in run.seen:
        run.duplicate += 1
    else:
        run.seen.add(item.id)
        run.pages.append(item)


def run_ingest(inputs: Sequence[str], *, db: Path | str,
               options: IngestOptions = DEFAULT_OPTIONS, fetcher: Fetcher | None = None,
               workers: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
               lexicon_dirs: Sequence[Path] = (),
               on_progress: ProgressCallback | None = None) -> IngestReport:
    """Ingest files, folders and URLs into the store at `db`; never raises for one bad page.

    Pages are committed in batches together with their articles and failures, so an
    interrupted run keeps every finished batch and a rerun skips what is stored.
    """
    targets, ignored = discover(inputs)
    run = _Run(lexicon_dirs=_checked_lexicons(lexicon_dirs))
    own_fetcher = None
    if fetcher is None and any(t.is_url for t in targets):
        fetcher = own_fetcher = HttpFetcher(max_bytes=options.max_bytes, timeout=options.timeout)
    engine = LocalEngine(workers)
    try:
        with Store(db) as store:
            for done, target in enumerate(targets, start=1):
                _read(run, target, options, fetcher, store, engine, batch_size)
                if on_progress:
                    on_progress(done, len(targets), target.name)
            _flush(run, store, engine)
    finally:
        engine.close()
        if own_fetcher is not None:
            own_fetcher.close()
    return IngestReport(len(targets), run.new, run.updated, run.duplicate, run.articles,
                        run.mentions, run.quotes, run.events, ignored, tuple(run.failures),
                        tuple(run.notes))


@dataclass(frozen=True, slots=True)
class ReprocessReport:
    articles: int  # stored articles analysed again
    mentions: int
    quotes: int
    events: int
    failures: tuple[PageFailure, ...]


def run_reprocess(*, db: Path | str, workers: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                  lexicon_dirs: Sequence[Path] = (),
                  on_progress: ProgressCallback | None = None) -> ReprocessReport:
    """Re-run the stages after extraction on every stored article (after a lexicon or model
    change); each batch replaces its articles' old results in one transaction."""
    lexicons = _checked_lexicons(lexicon_dirs)
    engine = LocalEngine(workers)
    mentions = quotes = events = 0
    failures: list[PageFailure] = []
    try:
        with Store(db) as store:
            total = store.counts()["articles"]
            done = 0
            for batch in store.iter_articles(batch_size):
                found, failed = _split_analysis(batch, engine, lexicons)
                store.replace_analysis([a.id for a in batch], analyses=found, failures=failed)
                mentions += sum(len(a.mentions) for a in found)
                quotes += sum(len(a.quotes) for a in found)
                events += sum(len(a.events) for a in found)
                failures += failed
                done += len(batch)
                if on_progress:
                    on_progress(done, total, batch[-1].source)
    finally:
        engine.close()
    return ReprocessReport(done, mentions, quotes, events, tuple(failures))


def _read(run: _Run, target: Target, options: IngestOptions, fetcher: Fetcher | None,
          store: Store, engine: Engine, batch_size: int) -> None:
    for item in read_target(target, options=options, fetcher=fetcher):
        _collect(run, item)
        if len(run.pages) >= batch_size:
            _flush(run, store, engine)
