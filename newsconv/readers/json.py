"""Reader for newsconv's own JSON (the ``json`` output format read back)."""

from __future__ import annotations

from newsconv.model import Document, from_json
from newsconv.readers import ReadOptions
from newsconv.readers.decode import decode


def read_json(data: bytes | str, opts: ReadOptions) -> Document:
    text = data if isinstance(data, str) else decode(data, encoding=opts.encoding, source=opts.source)
    return from_json(text, source=opts.source)
