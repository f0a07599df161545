"""The quotes stage: who said what, direct, partial or indirect."""

from eventwire.quotes.find import QuoteFinder, find_quotes, make_quotes
from eventwire.quotes.verbs import SpeechVerbs, load_speech_verbs

__all__ = ["QuoteFinder", "SpeechVerbs", "find_quotes", "load_speech_verbs", "make_quotes"]
