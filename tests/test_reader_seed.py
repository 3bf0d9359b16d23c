"""The raw-text reader on the seed article: exactly what a careful clerk would make of it."""

from __future__ import annotations

from newsconv.model import Heading, Paragraph, RelatedLink, Role, inline_text
from newsconv.readers import ReadOptions
from newsconv.readers.text import Kind, explain, read_text

from .conftest import SEED

TITLE = "田家街道“1+5”全域党建引领经济社会发展"
HEADINGS = [
    "党工委龙头带动,五个基层党组织建设紧跟发力",
    "党建载体分类设计,特色党建品牌凸显",
    "党建阵地送民身边,特色党建品牌润物无声",
    "督促指导到位,全域党建让民得实惠",
]


def _source_paragraphs() -> list[str]:
    """The body lines of the seed as written, indentation removed (lines 6-27, minus headings)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()[5:27]
    return [line.strip() for line in lines if line.strip() and line.strip() not in HEADINGS]


def test_title(seed_doc):
    assert seed_doc.meta.title == TITLE


def test_section_path_from_breadcrumb(seed_doc):
    assert seed_doc.meta.section == ("首页", "走进大洼", "动态要闻")


def test_related_links_from_previous_and_next(seed_doc):
    assert seed_doc.meta.related == (
        RelatedLink("区政协主要领导调研督办全区重点提案办理情况", None, "previous"),
        RelatedLink("市文明办考察大洼农村精神文明创建工作", None, "next"),
    )


def test_language(seed_doc):
    assert seed_doc.meta.language == "zh"


def test_authors_from_trailing_byline(seed_doc):
    assert [(p.name, p.role) for p in seed_doc.meta.authors] == [("史航", Role.AUTHOR), ("刘洋", Role.AUTHOR)]


def test_four_headings_in_order(seed_doc):
    headings = [inline_text(b.content) for b in seed_doc.blocks if isinstance(b, Heading)]
    assert headings == HEADINGS
    assert all(b.level == 1 for b in seed_doc.blocks if isinstance(b, Heading))


def test_paragraphs_are_the_lines_unchanged_but_indentation(seed_doc):
    paragraphs = [inline_text(b.content) for b in seed_doc.blocks if isinstance(b, Paragraph)]
    expected = _source_paragraphs()
    expected[-1] = expected[-1].removesuffix("(史航 刘洋)")
    assert paragraphs == expected
    assert paragraphs[-1].endswith("用“1+5”全域党建模式推动田家经济社会全面发展。")


def test_block_order_places_headings_between_paragraphs(seed_doc):
    kinds = ["H" if isinstance(b, Heading) else "P" for b in seed_doc.blocks]
    assert "".join(kinds) == "PPHPPPPPPHPPPPPPHPPHPP"


def test_chrome_dropped_from_the_body(seed_doc):
    body = "\n".join(inline_text(b.content) for b in seed_doc.blocks)
    for chrome in ("网站支持IPV6", "当前位置", "关闭 打印", "上一篇", "下一篇", "(史航 刘洋)"):
        assert chrome not in body


def test_explain_names_a_rule_for_every_line(seed_bytes):
    decisions = explain(seed_bytes, ReadOptions())
    assert [d.line.no for d in decisions] == list(range(1, len(SEED.read_text(encoding="utf-8").split("\n")) + 1))
    by_line = {d.line.no: d for d in decisions}
    assert by_line[1].kind is Kind.CHROME and "网站支持IPV6" in by_line[1].rule
    assert by_line[2].kind is Kind.BREADCRUMB
    assert by_line[4].kind is Kind.TITLE
    assert by_line[8].kind is Kind.HEADING
    assert by_line[29].kind is Kind.CHROME
    assert by_line[30].kind is Kind.RELATED and by_line[31].kind is Kind.RELATED
    assert all(d.rule for d in decisions)


def test_same_result_from_text_and_from_bytes(seed_bytes, seed_doc):
    assert read_text(seed_bytes.decode("utf-8"), ReadOptions()) == seed_doc


def test_gbk_crlf_copy_reads_the_same(seed_bytes, seed_doc):
    legacy = seed_bytes.decode("utf-8").replace("\n", "\r\n").encode("gb18030")
    assert read_text(legacy, ReadOptions()) == seed_doc
