"""The document model: ``Document(meta, blocks)``, its blocks and inlines, and its JSON form.

The model holds what an article *is*, never how it looks: no fonts, styles, HTML tags or
paths. Every node is a frozen, slotted dataclass and children are tuples, so a document can
be shared between writers and compared with ``==``. ``nodes`` defines them; ``jsonio`` reads
and writes the JSON form.
"""

from newsconv.model.jsonio import (
    MAX_DEPTH,
    MAX_LIST_START,
    SCHEMA_KEY,
    SCHEMA_VERSION,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from newsconv.model.nodes import (
    RELATED_KINDS,
    WRITER_ROLES,
    Article,
    ArticleSequence,
    Attachment,
    Block,
    Cell,
    Document,
    DocumentBlocks,
    Emph,
    Figure,
    Heading,
    Inline,
    Issue,
    LineBreak,
    Link,
    ListBlock,
    MappedArticles,
    Meta,
    Official,
    Paragraph,
    Person,
    Quote,
    RelatedKind,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Table,
    Text,
    article_head,
    block_texts,
    format_published,
    inline_text,
    language_tag,
    merge_text,
    parse_published,
    text,
)

__all__ = [
    "language_tag", "MAX_DEPTH", "MAX_LIST_START", "RELATED_KINDS", "SCHEMA_KEY", "SCHEMA_VERSION", "WRITER_ROLES",
    "Article", "ArticleSequence", "Attachment", "Block", "Cell", "Document", "DocumentBlocks", "Emph", "Figure",
    "Heading", "Inline", "Issue", "LineBreak", "Link", "ListBlock", "MappedArticles", "Meta", "Official", "Paragraph",
    "Person", "Quote", "RelatedKind", "RelatedLink", "Role", "Rule", "Strong", "Table", "Text", "article_head",
    "block_texts", "format_published", "from_dict", "from_json", "inline_text", "merge_text", "parse_published",
    "text", "to_dict", "to_json"
]
