"""Events: the PLOVER/CAMEO ontology that event coding maps predicates onto."""

from eventwire.events.ontology import (
    CameoCode,
    Ontology,
    PloverMapping,
    PloverType,
    load_ontology,
)

__all__ = [
    "CameoCode",
    "Ontology",
    "PloverMapping",
    "PloverType",
    "load_ontology",
]
