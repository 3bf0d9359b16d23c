"""The document model and its JSON form."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsconv.errors import InputError
from newsconv.model import (
    Article,
    Attachment,
    Issue,
    Official,
    SCHEMA_VERSION,
    Document,
    Emph,
    Figure,
    Heading,
    LineBreak,
    Link,
    ListBlock,
    Meta,
    Paragraph,
    Person,
    Quote,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Table,
    Text,
    block_texts,
    from_json,
    to_json,
)

EVERYTHING = Document(
    Meta(
        title="标题 <b>&",
        subtitle="Deck",
        authors=(Person("张三", Role.REPORTER), Person("李四", Role.CORRESPONDENT), Person("王五", Role.EDITOR),
                 Person("Jane Doe"), Person("赵六", Role.PHOTOGRAPHER)),
        source="新华网",
        section=("首页", "新闻"),
        published=dt.datetime(2024, 5, 6, 10, 30),
        language="zh",
        url="https://example.org/a",
        related=(RelatedLink("上一条", None, "previous"), RelatedLink("Next", "https://example.org/n", "next")),
        extra=(("editor_note", "x"),),
    ),
    (
        Heading(1, (Text("一、总体要求"),)),
        Paragraph((Text("正文 "), Strong((Text("粗体"),)), Emph((Text("斜体"),)), LineBreak(),
                   Link((Text("链接"),), "https://example.org"))),
        Quote((Paragraph((Text("引文"),)),)),
        ListBlock(((Paragraph((Text("一"),)),), (Paragraph((Text("二"),)),)), ordered=True, start=3),
        Figure((Text("图注"),), "photo.jpg"),
        Table((((Text("项目"),), (Text("数量"),)), ((Text("甲"),), (Text("1"), LineBreak(), Text("2"))), ((),)),
              header=1, caption=(Text("表1"),)),
        Rule(),
    ),
)


OFFICIAL = Document(
    Meta(title="关于做好安全生产工作的通知", language="zh", official=Official(
        copy_number="000123", secrecy="秘密★1年", urgency="特急", doc_number="X政办发〔2024〕12号", signer="张三",
        recipients="各街道办事处，区政府各部门：", attachments=(Attachment("检查表", (Paragraph((Text("表内容"),)),)),
                                                           Attachment("名单")),
        issuer="某区人民政府办公室", date=dt.date(2024, 3, 18), sealed=False, note="（此件公开发布）",
        cc="区委各部门。", printed_by="某区人民政府办公室", printed_date=dt.date(2024, 3, 19))),
    (Paragraph((Text("正文。"),)),),
)
ISSUE = Document(
    Meta(title="信息简报", language="zh", issue=Issue(
        "信息简报", number="第12期", office="区政府办公室编", date=dt.date(2024, 5, 6),
        editor_note=(Paragraph((Text("编者按：本期……"),)),), send_to="市政府办公室", cc="区委办", copies=40)),
    (Article(Meta(title="第一篇", source="新华网", published=dt.date(2024, 5, 5)), (Paragraph((Text("正文一"),)),)),
     Article(Meta(title="第二篇"), (Heading(1, (Text("一、小标题"),)), Paragraph((Text("正文二"),))))),
)


@pytest.mark.parametrize("doc", [OFFICIAL, ISSUE], ids=["official", "issue"])
def test_round_trip_of_document_parts(doc):
    assert from_json(to_json(doc)) == doc


def test_official_mark_defaults_to_issuer_and_wenjian():
    assert Official(issuer="某区人民政府").mark == "某区人民政府文件"
    assert Official(issuer="某区人民政府", issuer_mark="某区人民政府").mark == "某区人民政府"
    assert Official().mark is None


def test_an_article_only_at_the_top_level():
    nested = '{"newsconv": 1, "meta": {}, "blocks": [{"type": "quote", "blocks": [{"type": "article", "meta": {}}]}]}'
    with pytest.raises(InputError, match="top level"):
        from_json(nested)


def test_round_trip_of_every_node():
    assert from_json(to_json(EVERYTHING)) == EVERYTHING


def test_round_trip_of_the_seed(seed_doc):
    assert from_json(to_json(seed_doc)) == seed_doc


def test_json_carries_schema_version_and_readable_text():
    data = json.loads(to_json(EVERYTHING))
    assert data["newsconv"] == SCHEMA_VERSION
    assert data["meta"]["published"] == "2024-05-06T10:30:00"
    assert data["meta"]["authors"][0] == {"name": "张三", "role": "reporter"}
    assert data["blocks"][1]["content"][0] == "正文 "  # plain text is a bare string
    assert "\\u" not in to_json(EVERYTHING)  # Chinese is written as itself


def test_date_only_round_trips_as_a_date():
    doc = Document(Meta(published=dt.date(2024, 5, 6)), ())
    again = from_json(to_json(doc))
    assert again.meta.published == dt.date(2024, 5, 6)
    assert not isinstance(again.meta.published, dt.datetime)


def test_writers_are_authors_reporters_and_correspondents_only():
    assert EVERYTHING.meta.writers == ("张三", "李四", "Jane Doe")


def test_block_texts_in_reading_order():
    assert list(block_texts(EVERYTHING.blocks)) == ["一、总体要求", "正文 粗体斜体\n链接", "引文", "一", "二", "图注", "表1", "项目", "数量", "甲", "1\n2", ""]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"newsconv": 99, "meta": {}, "blocks": []}', "schema version 99"),
        ('{"newsconv": 1, "meta": {"title": 5}, "blocks": []}', "meta.title: expected a string"),
        ('{"newsconv": 1, "meta": {}, "blocks": [{"type": "chart"}]}', "blocks[0]: unknown block type 'chart'"),
        ('{"newsconv": 1, "meta": {"authors": [{"name": "x", "role": "boss"}]}, "blocks": []}',
         "meta.authors[0].role: unknown role 'boss'"),
        ('{"newsconv": 1, "meta": {"published": "yesterday"}, "blocks": []}', "not an ISO 8601 date"),
        ("{not json", "not valid JSON (line 1"),
    ],
)
def test_bad_json_names_the_place(text, where):
    with pytest.raises(InputError) as err:
        from_json(text, source="doc.json")
    assert str(err.value).startswith("doc.json: ")
    assert where in str(err.value)


def test_nodes_are_frozen():
    with pytest.raises(AttributeError):
        EVERYTHING.meta.title = "changed"  # type: ignore[misc]
