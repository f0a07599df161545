"""Every error eventwire raises on purpose.

    EventwireError            base; carries `reason` (a short key) and an HTTP `status`
    ├── InputError            the input itself is unusable: binary, wrong encoding, empty,
    │                         too large, unreadable path, unsupported format, fetch failure
    ├── ExtractionError       a readable page with no article in it
    ├── StoreError            the database cannot be opened, migrated or written
    └── NotFound              an id or file the caller named does not exist

Callers catch at the level they care about; batch runs record the failure and go on.
"""

from __future__ import annotations


class EventwireError(Exception):
    status = 500

    def __init__(self, message: str, *, reason: str = "error", page_id: str | None = None):
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.page_id = page_id


class InputError(EventwireError):
    status = 400


class ExtractionError(EventwireError):
    status = 422


class StoreError(EventwireError):
    status = 500


class NotFound(EventwireError):
    status = 404
