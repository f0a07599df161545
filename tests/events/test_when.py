from datetime import date

import pytest

from eventwire.events.when import EventDate, find_event_dates, resolve_event_date
from eventwire.records import DateOrigin, Precision

SUNDAY = date(2022, 1, 30)  # published on a Sunday


def _day(sentence: str, published: date = SUNDAY) -> date | None:
    return resolve_event_date(sentence, published).value


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia moved more troops to the border on Sunday.", date(2022, 1, 30)),
    ("Lavrov rejected the demands on Friday.", date(2022, 1, 28)),
    ("The envoys met on Monday.", date(2022, 1, 24)),
    ("Talks ended on Tuesday evening without a deal.", date(2022, 1, 25)),
    ("NATO replied last Sunday.", date(2022, 1, 23)),
])
def test_when_weekday_is_the_most_recent_past_or_same_day(sentence, expected):
    assert _day(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Blinken and Lavrov will meet on Friday.", date(2022, 2, 4)),
    ("The alliance plans to respond on Wednesday.", date(2022, 2, 2)),
    ("Talks resume next Friday.", date(2022, 2, 4)),
    ("On Friday, the ministers will meet in Geneva.", date(2022, 2, 4)),
    ("Lavrov said the two sides would meet on Tuesday.", date(2022, 2, 1)),
    ("The council is due to vote on Sunday.", date(2022, 1, 30)),
])
def test_when_future_cues_give_the_next_occurrence(sentence, expected):
    assert _day(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Lavrov said on Friday that Russia will respond.",
    "On Friday, Lavrov said Russia will respond.",
    "Russia, which will host the talks, said on Friday it was ready.",
])
def test_when_future_cue_in_another_clause_keeps_the_past(sentence):
    assert _day(sentence) == date(2022, 1, 28)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The talks on January 28 failed.", date(2022, 1, 28)),
    ("Talks on Jan. 28 failed.", date(2022, 1, 28)),
    ("On 28 January the envoys met.", date(2022, 1, 28)),
    ("The envoys met on the 28th of January.", date(2022, 1, 28)),
    ("The envoys met on December 30.", date(2021, 12, 30)),
    ("The summit will open on February 3.", date(2022, 2, 3)),
])
def test_when_month_day_resolves_the_year_from_publication(sentence, expected):
    assert _day(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia annexed Crimea on March 18, 2014.", date(2014, 3, 18)),
    ("The treaty was signed on 8 December 1991.", date(1991, 12, 8)),
])
def test_when_full_date_needs_no_publication_date(sentence, expected):
    assert resolve_event_date(sentence, None).value == expected


@pytest.mark.parametrize(("sentence", "published", "expected", "precision"), [
    ("Russia moved troops yesterday.", SUNDAY, date(2022, 1, 29), Precision.DAY),
    ("The envoys meet today.", SUNDAY, date(2022, 1, 30), Precision.DAY),
    ("The envoys met two days ago.", SUNDAY, date(2022, 1, 28), Precision.DAY),
    ("Russia sent its reply last week.", SUNDAY, date(2022, 1, 17), Precision.WEEK),
    ("The envoys met earlier this week.", SUNDAY, date(2022, 1, 24), Precision.WEEK),
    ("Russia demanded guarantees last month.", SUNDAY, date(2021, 12, 1), Precision.MONTH),
    ("Russia demanded guarantees last month.", date(2022, 3, 15), date(2022, 2, 1),
     Precision.MONTH),
    ("Exercises began in December.", date(2022, 1, 12), date(2021, 12, 1), Precision.MONTH),
    ("Exercises began in January.", date(2022, 1, 12), date(2022, 1, 1), Precision.MONTH),
    ("Exercises began in December 2021.", SUNDAY, date(2021, 12, 1), Precision.MONTH),
    ("The alliance expanded last year.", SUNDAY, date(2021, 1, 1), Precision.YEAR),
    ("Russia annexed Crimea in 2014.", SUNDAY, date(2014, 1, 1), Precision.YEAR),
])
def test_when_relative_expressions_keep_their_precision(sentence, published, expected,
                                                        precision):
    found = resolve_event_date(sentence, published)
    assert (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The summit will be held in March.", date(2022, 3, 1)),
    ("Elections are scheduled for next December.", date(2022, 12, 1)),
    ("The drills will end in January.", date(2022, 1, 1)),
])
def test_when_month_with_future_cue_is_the_next_occurrence(sentence, expected):
    assert resolve_event_date(sentence, date(2022, 1, 12)).value == expected


@pytest.mark.parametrize("sentence", [
    "Russia has occupied Crimea since 2014.",
    "Relations have been tense since January 28.",
    "The alliance grew in the 1990s.",
    "NATO wants the force ready by 2030.",
    "Troops must leave by December.",
    "The 2014 annexation was condemned.",
    "Russia massed troops before Christmas.",
])
def test_when_non_event_dates_fall_back_to_publication(sentence):
    found = resolve_event_date(sentence, SUNDAY)
    assert (found.value, found.source) == (SUNDAY, DateOrigin.PUBLISHED)


def test_when_no_expression_gives_the_publication_date():
    assert resolve_event_date("Russia denied planning an invasion.", SUNDAY) == EventDate(
        SUNDAY, DateOrigin.PUBLISHED, Precision.DAY, None, None, None)


def test_when_nothing_known_gives_source_none():
    found = resolve_event_date("Russia denied planning an invasion.", None)
    assert (found.value, found.source) == (None, DateOrigin.NONE)


def test_when_relative_expression_without_publication_keeps_the_evidence():
    found = resolve_event_date("The envoys met on Friday.", None)
    assert (found.value, found.source, found.text) == (None, DateOrigin.NONE, "on Friday")


@pytest.mark.parametrize(("sentence", "text"), [
    ("The envoys met on Sunday in Geneva.", "on Sunday"),
    ("Troops arrived in December.", "in December"),
    ("Talks on Jan. 28 failed.", "on Jan. 28"),
    ("The alliance expanded last year.", "last year"),
])
def test_when_offsets_locate_the_expression(sentence, text):
    found = resolve_event_date(sentence, SUNDAY)
    assert (found.text, sentence[found.start:found.end]) == (text, text)


def test_when_most_precise_expression_wins():
    sentence = "Russia, which annexed Crimea in 2014, massed troops on Sunday."
    assert resolve_event_date(sentence, SUNDAY).text == "on Sunday"


def test_when_near_picks_the_expression_closest_to_the_predicate():
    sentence = "Russia, which annexed Crimea in 2014, massed troops on Sunday."
    near = sentence.index("annexed")
    assert resolve_event_date(sentence, SUNDAY, near=near).text == "in 2014"


def test_when_find_event_dates_lists_every_candidate_in_order():
    sentence = "After talks on Friday, the envoys met again yesterday."
    assert [d.text for d in find_event_dates(sentence, SUNDAY)] == ["on Friday", "yesterday"]


@pytest.mark.parametrize("sentence", [
    "Theresa May met the envoys.",  # a name, not a month
    "Protesters march through Kyiv.",
    "The envoys met on February 30.",  # no such day
])
def test_when_month_like_words_are_not_dates(sentence):
    assert resolve_event_date(sentence, SUNDAY).source == DateOrigin.PUBLISHED
