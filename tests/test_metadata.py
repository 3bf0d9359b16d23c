"""Metadata the clerk gives (-M KEY=VALUE): set over what the reader found, official parts included."""

from __future__ import annotations

import datetime as dt

import pytest

from newsconv.errors import UsageError
from newsconv.model import Document, Meta, Paragraph, Person, Role, Text
from newsconv.transforms import TransformOptions, apply
from newsconv.transforms.metadata import normalise_doc_number, parse_assignments

DOC = Document(Meta(title="旧标题", authors=(Person("张三", Role.REPORTER), Person("王五", Role.EDITOR))),
               (Paragraph((Text("正文。"),)),))


def given(*items: str) -> Document:
    return apply(DOC, TransformOptions(metadata=parse_assignments(items)))


def test_article_keys_replace_what_was_read():
    doc = given("title=新标题", "author=李四、赵六", "date=2024年3月18日", "section=首页 > 要闻", "lang=zh-CN")
    meta = doc.meta
    assert meta.title == "新标题"
    assert meta.writers == ("李四", "赵六")
    assert meta.people([Role.EDITOR]) == ("王五",)  # an editor stays
    assert meta.published == dt.date(2024, 3, 18)
    assert meta.section == ("首页", "要闻")
    assert meta.language == "zh"
    assert meta.official is None


def test_official_keys_make_an_official_document():
    doc = given("doc_number=某政办发[2024]12号", "issuer=某区人民政府办公室", "cc=区委各部门", "printed_by=某区人民政府办公室",
                "printed_date=2024-03-19", "seal=none", "attachments=检查表；名单", "note=（此件公开发布）")
    official = doc.meta.official
    assert official is not None
    assert official.doc_number == "某政办发〔2024〕12号"
    assert official.mark == "某区人民政府办公室文件"
    assert official.printed_date == dt.date(2024, 3, 19)
    assert official.sealed is False
    assert [a.name for a in official.attachments] == ["检查表", "名单"]
    assert official.note == "（此件公开发布）"


@pytest.mark.parametrize("typed", ["X政发[2024]3号", "X政发(2024)3号", "X政发（2024）3号", "X政发【 2024 】3号",
                                   "X政发〔2024〕3号"])
def test_doc_number_brackets_become_liuhe_brackets(typed):
    assert normalise_doc_number(typed) == "X政发〔2024〕3号"


@pytest.mark.parametrize(("item", "words"), [("title", "KEY=VALUE"), ("colour=red", "unknown key"),
                                             ("printed_date=tomorrow", "not a date")])
def test_bad_assignments_are_usage_errors(item, words):
    with pytest.raises(UsageError, match=words):
        given(item)


def test_given_values_are_noted_for_explain():
    notes: list[tuple[str, str]] = []
    apply(DOC, TransformOptions(metadata=(("title", "新"),), note=lambda *n: notes.append(n)))
    assert ("metadata", "title = '新' (given)") in notes
