"""JSON writer: the document model itself, with its schema version (``newsconv.model``)."""

from __future__ import annotations

from newsconv.model import Document, to_json
from newsconv.profiles import Profile


def write_json(doc: Document, profile: Profile | None = None) -> str:
    return to_json(doc)
