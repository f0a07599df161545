"""Actors: who a mention is. The lexicon of countries, IGOs, sectors, people and groups."""

from eventwire.actors.lexicon import (
    ActorEntry,
    Country,
    Group,
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
    "Group",
    "Igo",
    "Lexicon",
    "Metonym",
    "Organ",
    "Person",
    "PersonRole",
    "Sector",
    "load_lexicon",
]
