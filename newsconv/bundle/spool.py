"""The articles of an issue waiting on disk while it is compiled and written: each input's
articles go into an anonymous temporary file as soon as they are read, and only each article's
metadata stays in memory (``article_head``: what ordering and the contents read). The issue's
document holds a ``SpooledArticles``, which reads an article back when a writer reaches it.

Articles are kept as pickles: this process wrote the file a moment before and nothing else
can open it (it has no name), and a pickle is read back exactly, twice as fast as newsconv's
JSON form and smaller (0.09 ms and 5.0 KB per corpus article, against 0.18 ms and 6.3 KB).
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections.abc import Iterable, Sequence
from typing import BinaryIO

from newsconv.model import Article, ArticleSequence, Meta, article_head


class ArticleStore:
    """Articles written one after another into ``file`` (opened and closed by the caller), and
    where each lies: its offset and length, and its head."""

    __slots__ = ("_end", "_heads", "_lengths", "_offsets", "file")

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self._offsets = array("q")
        self._lengths = array("q")
        self._heads: list[Meta] = []
        self._end = 0

    def __len__(self) -> int:
        return len(self._heads)

    def add(self, articles: Iterable[Article]) -> SpooledArticles:
        """``articles`` written to the file; the sequence that reads them back."""
        first = len(self._heads)
        for article in articles:
            data = pickle.dumps(article, pickle.HIGHEST_PROTOCOL)
            self.file.seek(self._end)
            self.file.write(data)
            self._offsets.append(self._end)
            self._lengths.append(len(data))
            self._heads.append(article_head(article.meta))
            self._end += len(data)
        self.file.flush()  # read back with pread, past the file object's buffer
        return SpooledArticles(self, array("q", range(first, len(self._heads))))

    def read(self, index: int) -> Article:
        offset, length = self._offsets[index], self._lengths[index]
        if hasattr(os, "pread"):  # no seek: two readers of the issue may take turns
            data = os.pread(self.file.fileno(), length, offset)
        else:
            data = self._seek_read(offset, length)
        article = pickle.loads(data)
        assert isinstance(article, Article)
        return article

    def _seek_read(self, offset: int, length: int) -> bytes:
        self.file.seek(offset)
        return self.file.read(length)

    def head(self, index: int) -> Meta:
        return self._heads[index]


class SpooledArticles(ArticleSequence):
    """Some of a store's articles, in an order of their own: sorting an issue reorders these
    indices, never the articles on disk."""

    __slots__ = ("indices", "store")

    def __init__(self, store: ArticleStore, indices: array[int]) -> None:
        self.store, self.indices = store, indices

    def __len__(self) -> int:
        return len(self.indices)

    def read(self, index: int) -> Article:
        return self.store.read(self.indices[index])

    @property
    def heads(self) -> Sequence[Meta]:
        return [self.store.head(n) for n in self.indices]

    @staticmethod
    def joined(parts: Sequence[SpooledArticles]) -> SpooledArticles | None:
        """The parts one after another, when they lie in one store (None otherwise)."""
        stores = {id(p.store) for p in parts}
        if len(stores) != 1:
            return None
        indices = array("q")
        for part in parts:
            indices.extend(part.indices)
        return SpooledArticles(parts[0].store, indices)
