"""What every engine offers: ordered maps of a stage function over a batch."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Engine(Protocol):
    def map(self, fn: Callable[[In], Out], items: Sequence[In]) -> list[Out]: ...

    def map_batches(self, fn: Callable[[Sequence[In]], list[Out]],
                    items: Sequence[In]) -> list[Out]:
        """Like map, for stages that work best on many items at once (spaCy's pipe)."""
        ...

    def close(self) -> None: ...
