"""The reporting-verb lexicon: which lemmas cue a quotation, and of what kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from eventwire.errors import InputError

DEFAULT_KINDS = ("speech", "statement", "belief", "stance", "finding", "seeming", "quoting")


@dataclass(frozen=True, slots=True)
class SpeechVerbs:
    """Reporting verb lemmas by kind; ``addressee`` verbs take the hearer as object.

    ``clause_only`` verbs report only a clause ("he continued, ..."; "found that ..."), never
    an object or infinitive ("continued to fight"); ``nouns`` are reporting nouns ("claim",
    "statement") by kind; ``adjectives`` are reporting adjectives ("confident that").
    """

    kinds: dict[str, str]  # lemma -> first kind listing it
    addressee: frozenset[str]
    clause_only: frozenset[str] = frozenset()
    nouns: dict[str, str] = field(default_factory=dict)
    adjectives: frozenset[str] = frozenset()

    def kind(self, lemma: str) -> str | None:
        return self.kinds.get(lemma.lower())

    def __contains__(self, lemma: str) -> bool:
        return lemma.lower() in self.kinds


def _parse(text: str, origin: str, kinds: tuple[str, ...]) -> SpeechVerbs:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise InputError(f"{origin}: expected a mapping of kind -> lemma list", reason="lexicon")
    table: dict[str, str] = {}
    for kind in kinds:
        for lemma in data.get(kind) or ():
            table.setdefault(str(lemma).lower(), kind)
    nouns = {str(n).lower(): "noun" for n in data.get("nouns") or ()}
    return SpeechVerbs(table, _words(data, "addressee"), _words(data, "clause_only"), nouns,
                       _words(data, "adjectives"))


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(str(v).lower() for v in data.get(key) or ())


@cache
def _packaged(kinds: tuple[str, ...]) -> SpeechVerbs:
    data = resources.files(__package__).joinpath("data").joinpath("speech_verbs.yaml")
    return _parse(data.read_text(encoding="utf-8"), "eventwire/quotes/data/speech_verbs.yaml",
                  kinds)


def load_speech_verbs(path: Path | None = None, *,
                      kinds: tuple[str, ...] = DEFAULT_KINDS) -> SpeechVerbs:
    """Load the packaged reporting-verb lexicon, or a YAML file with the same layout.

    Raises:
        InputError: the file is unreadable or not a mapping.
    """
    if path is None:
        return _packaged(kinds)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read speech verbs ({exc})", reason="lexicon") from exc
    return _parse(text, str(path), kinds)
