"""The default engine: this process, or a pool of local processes for CPU-bound stages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class LocalEngine:
    """Run in-process with `workers=1`; otherwise spread batches over worker processes."""

    def __init__(self, workers: int = 1):
        self.workers = max(1, workers)
        self._pool = ProcessPoolExecutor(self.workers) if self.workers > 1 else None

    def map(self, fn: Callable[[In], Out], items: Sequence[In]) -> list[Out]:
        if self._pool is None or len(items) < 2:
            return [fn(item) for item in items]
        return list(self._pool.map(fn, items, chunksize=max(1, len(items) // (4 * self.workers))))

    def map_batches(self, fn: Callable[[Sequence[In]], list[Out]],
                    items: Sequence[In]) -> list[Out]:
        if self._pool is None or len(items) < 2:
            return fn(items)
        size = -(-len(items) // self.workers)  # ceil: one chunk per worker
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        return [out for chunk in self._pool.map(fn, chunks) for out in chunk]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
