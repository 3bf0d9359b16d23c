"""One walk over a document's blocks for the transforms that rebuild them (clean, links,
punctuation): each changes the inline content of blocks, a figure's source or an article's
metadata, and the walk keeps the tree's shape."""

from __future__ import annotations

from typing import assert_never

from newsconv.model import (
    Article,
    ArticleSequence,
    Block,
    DocumentBlocks,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Meta,
    Paragraph,
    Quote,
    Rule,
    Table,
)


class BlockMap:
    """Rebuilds a block tree; a transform overrides the hooks it needs.

    ``start(kind)`` is called once before each block whose text is mapped (``heading``,
    ``paragraph``, ``caption``, ``table``, ``article``), then ``inlines`` for each piece of
    its inline content (a table: every cell and the caption)."""

    # quotes and lists nested deeper than this are flattened into their parent (None: never)
    max_depth: int | None = None

    def start(self, kind: str) -> None:
        """A block of this kind begins."""

    def inlines(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return content

    def figure_src(self, src: str | None) -> str | None:
        return src

    def article_meta(self, meta: Meta) -> Meta:
        return meta

    def top(self, blocks: DocumentBlocks) -> DocumentBlocks:
        """A document's top-level blocks rebuilt; an issue's articles read one at a time stay
        so, each rebuilt as it is read."""
        if isinstance(blocks, ArticleSequence):
            return blocks.map(self._article, self.article_meta)
        return self.blocks(blocks)

    def _article(self, article: Article) -> Article:
        (rebuilt,) = self.blocks((article,))
        assert isinstance(rebuilt, Article)
        return rebuilt

    def blocks(self, blocks: tuple[Block, ...], depth: int = 0) -> tuple[Block, ...]:
        out: list[Block] = []
        flat = self.max_depth is not None and depth >= self.max_depth
        for block in blocks:
            match block:
                case Heading(level, content):
                    self.start("heading")
                    out.append(Heading(level, self.inlines(content)))
                case Paragraph(content):
                    self.start("paragraph")
                    out.append(Paragraph(self.inlines(content)))
                case Quote(children) if flat:
                    out.extend(self.blocks(children, depth))
                case Quote(children):
                    out.append(Quote(self.blocks(children, depth + 1)))
                case ListBlock(items, _, _) if flat:
                    out.extend(b for item in items for b in self.blocks(item, depth))
                case ListBlock(items, ordered, start):
                    out.append(ListBlock(tuple(self.blocks(item, depth + 1) for item in items), ordered, start))
                case Figure(caption, src):
                    self.start("caption")
                    kept = self.figure_src(src)
                    out.append(Figure(self.inlines(caption), kept))
                case Table(rows, header, caption):
                    self.start("table")
                    cells = tuple(tuple(self.inlines(cell) for cell in row) for row in rows)
                    out.append(Table(cells, header, self.inlines(caption)))
                case Article(meta, children):
                    self.start("article")
                    out.append(Article(self.article_meta(meta), self.blocks(children, depth)))
                case Rule():
                    out.append(block)
                case _:
                    assert_never(block)
        return tuple(out)
