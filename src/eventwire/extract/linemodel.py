"""The learned per-unit body probability: logistic regression over `linecontext` rows.

Weights come from `bench/train_textdump.py` (trained on pages outside the ScrapingHub
benchmark) and ship as ``data/textdump_model.json``: feature names, means, standard
deviations and weights. Scoring is a pure-Python dot product; the file is read once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul

from eventwire.errors import ExtractionError
from eventwire.extract.linecontext import FEATURE_NAMES

DEFAULT_MODEL = "textdump_model.json"


@dataclass(frozen=True, slots=True)
class LineModel:
    """Standardise a row, then a logistic unit: P(body)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]  # already divided by the standard deviations
    bias: float  # intercept, with the means folded in

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(map(mul, self.weights, row))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        return [self.probability(row) for row in rows]


def model_from_dict(data: dict) -> LineModel:
    """Build a model from the JSON layout that the training script writes."""
    names = tuple(data["features"])
    if names != FEATURE_NAMES:
        raise ExtractionError(
            "text-dump model features differ from the code's; retrain with bench/train_textdump.py",
            reason="model_mismatch",
        )
    weights = [w / (s or 1.0) for w, s in zip(data["weights"], data["stds"], strict=True)]
    bias = data["intercept"] - sum(w * m for w, m in zip(weights, data["means"], strict=True))
    return LineModel(names, tuple(weights), bias)


@lru_cache(maxsize=2)
def load_model(name: str = DEFAULT_MODEL) -> LineModel:
    """The packaged model, read once per process."""
    path = resources.files("eventwire.extract").joinpath("data", name)
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
