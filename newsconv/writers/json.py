"""JSON writer: the document model itself, with its schema version (``newsconv.model``)."""

from __future__ import annotations

from newsconv.model import Document, to_json
from newsconv.profiles import Profile
from newsconv.writers import WriteOptions


def write_json(doc: Document, profile: Profile | None = None, options: WriteOptions | None = None) -> str:
    return to_json(doc)
