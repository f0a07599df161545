"""Actors: who a mention is. The lexicon of countries, IGOs, sectors and people."""

from eventwire.actors.lexicon import (
    ActorEntry,
    Country,
    Igo,
    Lexicon,
    Metonym,
    Organ,
    Person,
    PersonRole,
    Sector,
    load_lexicon,
)

__all__ = [
    "ActorEntry",
    "Country",
    "Igo",
    "Lexicon",
    "Metonym",
    "Organ",
    "Person",
    "PersonRole",
    "Sector",
    "load_lexicon",
]
