"""What every engine offers: an ordered map of a stage function over a batch."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Engine(Protocol):
    def map(self, fn: Callable[[In], Out], items: Sequence[In]) -> list[Out]: ...

    def close(self) -> None: ...
