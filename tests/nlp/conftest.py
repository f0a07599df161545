import pytest
from spacy.language import Language

from eventwire.nlp import load_nlp


@pytest.fixture(scope="session", autouse=True)
def nlp() -> Language:
    """The spaCy pipeline, loaded once for the whole test session (load_nlp caches it)."""
    return load_nlp()
