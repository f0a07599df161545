"""Give a speaker mention an actor from the lexicon: a known person on the article's date,
else "[nationality|country|IGO] [role] [Name]" patterns, else a country, seat-of-power
metonym or IGO named as the speaker itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.actors.lexicon import ActorEntry, Lexicon
from eventwire.records import Token

_GLUED_ARTICLE = re.compile(r"^(?:a|an|the)(?=[A-Z])")  # "aUS envoy": a lost space
FUNCTION_POS = {"DET", "ADP", "PUNCT", "CCONJ", "PART", "SPACE", "NUM"}


@dataclass(frozen=True, slots=True)
class SpeakerActor:
    name: str | None
    code: str | None
    country: str | None
    sector: str | None


NONE = SpeakerActor(None, None, None, None)


def _text(tokens: list[Token]) -> str:
    return "".join(t.text + " " for t in tokens).strip()


def _place(lexicon: Lexicon, text: str) -> ActorEntry | None:
    text = _GLUED_ARTICLE.sub("", text)
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    return lexicon.igo(text) or lexicon.country(text) or lexicon.metonym(text)


def _person(lexicon: Lexicon, name: str, on: date | None) -> SpeakerActor | None:
    person = lexicon.find_person(name, on=on)
    if person is None:
        return None
    role = person.role_on(on) if on else (person.roles[-1] if person.roles else None)
    if role is None:
        return SpeakerActor(person.name, None, None, None)
    return SpeakerActor(person.name, role.code, role.country, role.sector)


def _role_runs(tokens: list[Token], skip: set[int]) -> list[str]:
    runs, run = [], []
    for t in tokens:
        if t.i in skip or t.pos in FUNCTION_POS or t.dep == "poss":
            if run:
                runs.append(_text(run))
            run = []
        else:
            run.append(t)
    return runs + ([_text(run)] if run else [])


def _employer(lexicon: Lexicon, tokens: list[Token], skip: set[int]) -> ActorEntry | None:
    """The first country/IGO word not introduced by "to" ("envoy to NATO" is a posting)."""
    for k, t in enumerate(tokens):
        if t.i in skip or (k and tokens[k - 1].text.lower() == "to"):
            continue
        found = _place(lexicon, t.text)
        if found is None and k + 1 < len(tokens):
            found = _place(lexicon, t.text + " " + tokens[k + 1].text)
        if found is not None:
            return found
    return None


def role_pattern(lexicon: Lexicon, tokens: list[Token], name: set[int]) -> SpeakerActor:
    """Actor from the words around a name: "Russian Foreign Minister" -> RUS, GOV."""
    place = _employer(lexicon, tokens, name)
    places = {t.i for t in tokens if _place(lexicon, t.text)}
    sector = next((s for r in _role_runs(tokens, name | places)
                   if (s := lexicon.sector_for_role(r))), None)
    if place is None:
        return NONE
    if place.kind == "igo":
        return SpeakerActor(place.name, place.code, None, place.sector or sector)
    sector = sector or place.sector
    code = lexicon.code(place.country, sector) if place.country else place.code
    return SpeakerActor(place.name, code, place.country, sector)


def code_speaker(lexicon: Lexicon, tokens: list[Token], name: list[Token] | None,
                 on: date | None) -> SpeakerActor:
    """Actor for a speaker NP ``tokens``; ``name`` is the person name inside it, if any."""
    if name:
        found = _person(lexicon, _text(name), on)
        if found and found.code:
            return found
        pattern = role_pattern(lexicon, tokens, {t.i for t in name})
        return SpeakerActor(found.name if found else _text(name), pattern.code,
                            pattern.country, pattern.sector)
    whole = _text([t for t in tokens if t.pos != "DET"])
    entry = _place(lexicon, whole)
    if entry is not None:
        return SpeakerActor(entry.name, entry.code, entry.country, entry.sector)
    return role_pattern(lexicon, tokens, set())
