"""In-document mentions of possible speakers and pronoun resolution by salience.

A deliberately small stand-in for the actors stage's coreference: person names are
grouped by surname; a pronoun speaker goes to the entity with the highest salience before
it (recent sentences weigh more, subjects and the previous speaker more still) among
those agreeing in number and gender.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from eventwire.quotes.tree import Tree
from eventwire.records import ParsedArticle

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n"}
TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
WINDOW = 4  # sentences back a pronoun may reach
DECAY = 0.5
SUBJECT_BONUS = 0.8
SPEAKER_BONUS = 0.6
GROUP_LABELS = {"ORG", "GPE", "NORP"}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token range
    end: int
    sentence: int
    label: str  # PERSON, ORG, GPE, NORP
    subject: bool
    key: str  # persons: surname; others: the text


@cache
def _first_names() -> dict[str, str]:
    data = resources.files(__package__).joinpath("data").joinpath("first_names.yaml")
    table = yaml.safe_load(data.read_text(encoding="utf-8"))
    return {**{n: "m" for n in table["male"]}, **{n: "f" for n in table["female"]}}


def _key(words: list[str], label: str) -> str:
    if label != "PERSON":
        return " ".join(words)
    last = words[-1]
    return last[:-2] if last.endswith(("'s", "\u2019s")) else last


class Mentions:
    """Named mentions of one article, indexed for salience queries."""

    def __init__(self, parsed: ParsedArticle, tree: Tree) -> None:
        self.tree = tree
        starts = [t.start for t in parsed.tokens]
        sent_of = [0] * len(parsed.tokens)
        for s in parsed.sentences:
            sent_of[s.token_start:s.token_end] = [s.index] * (s.token_end - s.token_start)
        self.items: list[Mention] = []
        self.gender: dict[str, str] = {}
        for e in parsed.entities:
            a = bisect.bisect_left(starts, e.start)
            b = bisect.bisect_left(starts, e.end)
            if b <= a or e.label not in GROUP_LABELS | {"PERSON"}:
                continue
            words = [t.text for t in parsed.tokens[a:b]]
            subject = any(t.dep.startswith("nsubj") for t in parsed.tokens[a:b])
            self.items.append(Mention(a, b, sent_of[a], e.label, subject, _key(words, e.label)))
            self._learn_gender(a, words, e.label)
        self.speakers: dict[int, str] = {}  # token index of a cue -> speaker key

    def _learn_gender(self, a: int, words: list[str], label: str) -> None:
        if label != "PERSON":
            return
        key = _key(words, label)
        title = self.tree.tokens[a - 1].text.lower() if a else ""
        gender = TITLES.get(title) or (_first_names().get(words[0]) if len(words) > 1 else None)
        if gender and key not in self.gender:
            self.gender[key] = gender

    def at(self, a: int, b: int) -> Mention | None:
        """The named mention inside token range [a, b), persons first, last one wins."""
        inside = [m for m in self.items if a <= m.start and m.end <= b]
        persons = [m for m in inside if m.label == "PERSON"]
        return (persons or inside or [None])[-1]

    def full(self, key: str) -> Mention | None:
        """The longest mention of a person key (the full name, usually with a role)."""
        same = [m for m in self.items if m.key == key and m.label == "PERSON"]
        return max(same, key=lambda m: (m.end - m.start, -m.start), default=None)

    def _agrees(self, m: Mention, want: str) -> bool:
        if want in "mf":
            return m.label == "PERSON" and self.gender.get(m.key, want) == want
        if want == "n":
            return m.label in {"ORG", "GPE"}
        return m.label in GROUP_LABELS

    def resolve(self, pronoun: int, sentence: int, last_speaker: str | None) -> Mention | None:
        """The antecedent mention for the pronoun token at index ``pronoun``."""
        want = PRONOUNS.get(self.tree.tokens[pronoun].text.lower())
        if want is None:
            return None
        scores: dict[str, float] = {}
        latest: dict[str, Mention] = {}
        for m in self.items:
            if m.start >= pronoun or sentence - m.sentence > WINDOW:
                continue
            if not self._agrees(m, want):
                continue
            weight = DECAY ** (sentence - m.sentence) * (1 + (SUBJECT_BONUS if m.subject else 0))
            scores[m.key] = scores.get(m.key, 0.0) + weight
            latest[m.key] = m
        if last_speaker in scores:
            scores[last_speaker] += SPEAKER_BONUS
        if not scores:
            return None
        best = max(scores, key=lambda k: (scores[k], latest[k].start))
        return latest[best]
