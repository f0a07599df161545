"""Language of an article, by py3langid (its model ships inside the package)."""

from __future__ import annotations

import py3langid

DEFAULT_SAMPLE_CHARS = 3000  # enough for a stable guess; langid's cost grows with length
DEFAULT_MIN_CHARS = 40  # below this a guess is noise


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text to tell."""
    sample = text[:DEFAULT_SAMPLE_CHARS]
    if len(sample.strip()) < DEFAULT_MIN_CHARS:
        return None
    code, _score = py3langid.classify(sample)
    return code
