"""The nlp stage: spaCy parses articles into plain records (sentences, tokens, entities)."""

from eventwire.nlp.model import load_nlp
from eventwire.nlp.parse import parse_articles

__all__ = ["load_nlp", "parse_articles"]
