"""Chinese punctuation (GB/T 15834): what changes in Chinese context and what never does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsconv.cli import app
from newsconv.convert import parse
from newsconv.model import Document, Emph, Heading, Meta, Paragraph, Text, block_texts, inline_text
from newsconv.readers import ReadOptions
from newsconv.transforms import TransformOptions
from newsconv.transforms.punctuation import chinese_punctuation, normalise

from .conftest import SEED

# As Markdown, so that every line is a paragraph whatever the raw-text reader makes of it.
NOTICE = """# 关于做好2024年防汛工作的通知

各街道办事处,区政府各部门:

为切实做好今年防汛工作,确保人民群众生命财产安全,经区政府同意,现将有关事项通知如下.

一、提高认识,加强领导

各单位要充分认识防汛工作的重要性,于5月6日10:30前报送方案.联系人:张三,电话:010-12345678,邮箱:fangxun@example.gov.cn.

全区投入资金1,000万元,比上年增长3.5%.详见https://www.example.gov.cn/fx/2024.html.

指标体系参照GDP, CPI等口径.

(此件公开发布)
"""


def _notice() -> Document:
    return parse(NOTICE.encode(), "md", ReadOptions())


def _text(doc: Document) -> str:
    return "\n".join([doc.meta.title or "", *block_texts(doc.blocks)])


def test_a_pasted_notice_comes_out_as_a_print_desk_sets_it():
    text = _text(_notice())
    assert "各街道办事处，区政府各部门：" in text
    assert "现将有关事项通知如下。" in text
    assert "（此件公开发布）" in text
    assert "一、提高认识，加强领导" in text
    assert "报送方案。联系人：张三，电话：010-12345678，邮箱：fangxun@example.gov.cn。" in text


@pytest.mark.parametrize(
    "kept",
    ["1,000", "3.5%", "10:30", "GDP, CPI", "010-12345678", "fangxun@example.gov.cn",
     "https://www.example.gov.cn/fx/2024.html", "2024年"],
)
def test_numbers_times_latin_addresses_untouched(kept):
    assert kept in _text(_notice())


@pytest.mark.parametrize(
    ("pasted", "printed"),
    [
        ('他说"你好"就走了', "他说“你好”就走了"),
        ("这就是'正能量'吧", "这就是‘正能量’吧"),
        ("等等...", "等等……"),
        ("还有......", "还有……"),
        ("见附件。。。", "见附件……"),
        ("中国--美国", "中国——美国"),
        # a dash between two Han words connects them (GB/T 15834-2011 4.13, its own example)
        ("北京—上海特别旅客快车", "北京—上海特别旅客快车"),
        ("中国—东盟信息港", "中国—东盟信息港"),
        ("他说—“我们一定办好”", "他说——“我们一定办好”"),
        ("真的吗?是的!", "真的吗？是的！"),
        ("太好了!!", "太好了！！"),
        ("第一;第二", "第一；第二"),
        ("世界卫生组织(WHO)表示", "世界卫生组织（WHO）表示"),
        ("(1)明确目标", "（1）明确目标"),
        ("中国 (China) 是", "中国（China）是"),
        ("各部门, 各单位", "各部门，各单位"),
        ("田家街道“1+5\"全域", "田家街道“1+5”全域"),
        ("今年GDP增长5%.下半年", "今年GDP增长5%。下半年"),
        ("你用iPhone?", "你用iPhone？"),
        # list items run into one paragraph keep their numbers
        ("第二十二条规定;2.具有养护业绩;3.不接受联合体", "第二十二条规定；2.具有养护业绩；3.不接受联合体"),
        ("一是加强领导。2.落实责任", "一是加强领导。2.落实责任"),
    ],
)
def test_chinese_context(pasted, printed):
    assert normalise(pasted, "zh") == printed


@pytest.mark.parametrize(
    "latin",
    [
        "1,000", "3.5", "10:30", "比分3:2", "GDP, CPI", "Hello, world. He said: yes!",
        'He said, "yes." 中文', "don't 中文", "U.S.的政策", "使用 --help 选项", "1.加强领导", "f(x)在",
        "2024.5.6发布", "见 `a,b;c` 代码", "邮箱:a.b@example.com", "http://x.cn/a?b=1,2&c=(3)", "www.gov.cn",
    ],
)
def test_latin_context_untouched(latin):
    out = normalise(latin, "zh")
    for piece in re.findall(r"[A-Za-z0-9`@/][!-~]*[A-Za-z0-9`/)]", latin):
        assert piece in out, (latin, out)


def test_mixed_documents_convert_only_what_chinese_encloses():
    assert normalise("北京,上海,广州", "mixed") == "北京，上海，广州"
    assert normalise("in Beijing,中国", "mixed") == "in Beijing,中国"
    assert normalise("The notice (通知) came.", "mixed") == "The notice（通知）came."
    assert normalise("Hello, world. (See notes.)", "mixed") == "Hello, world. (See notes.)"


def test_title_headings_and_emphasis_are_set_too():
    doc = Document(
        Meta(title="关于做好防汛工作的通知(征求意见稿)", subtitle="各部门:", language="zh"),
        (Heading(1, (Text("一、提高认识,加强领导"),)), Paragraph((Text("要求"), Emph((Text(",务必"),)), Text("落实."),))),
    )
    out = chinese_punctuation(doc, TransformOptions())
    assert out.meta.title == "关于做好防汛工作的通知（征求意见稿）"
    assert out.meta.subtitle == "各部门："
    assert inline_text(out.blocks[0].content) == "一、提高认识，加强领导"
    assert out.blocks[1] == Paragraph((Text("要求"), Emph((Text("，务必"),)), Text("落实。")))


def test_keep_punctuation_leaves_the_text_as_pasted():
    doc = parse(NOTICE.encode(), "md", ReadOptions(), TransformOptions(keep_punctuation=True))
    assert "各街道办事处,区政府各部门:" in _text(doc)


def test_japanese_is_left_alone():
    doc = Document(Meta(title="東京,大阪", language="ja"), ())
    assert chinese_punctuation(doc, TransformOptions()).meta.title == "東京,大阪"


def test_the_seed_comes_out_clean():
    doc = parse(SEED.read_bytes(), "text", ReadOptions())
    text = _text(doc)
    between_han = re.findall(r"[\u4e00-\u9fff”’）][,.;:?!()][\u4e00-\u9fff“‘（]", text)
    assert between_han == []
    assert "，" in text and "," not in re.sub(r"\d,\d", "", text)


def test_every_change_is_noted_with_before_and_after():
    notes: list[tuple[str, str]] = []
    parse(NOTICE.encode(), "md", ReadOptions(), TransformOptions(note=lambda *n: notes.append(n)))
    punctuation = [message for name, message in notes if name == "punctuation"]
    assert "paragraph (block 1), character 7: '各街道办事处,区政府各部门' -> '各街道办事处，区政府各部门'" in punctuation
    assert "paragraph (block 1), character 14: '区政府各部门:' -> '区政府各部门：'" in punctuation
    assert any(m.startswith("title") or "paragraph" in m for m in punctuation)
    assert all(" -> " in m for m in punctuation)


def test_parse_explain_lists_the_changes_after_the_lines():
    result = CliRunner().invoke(app, ["parse", "--explain", str(SEED)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    lines_end = out.index("Changes after reading")
    assert "立足实际,开拓创新" in out[:lines_end]  # the per-line decisions show the input as pasted
    changes = out[lines_end:].splitlines()[1:]
    assert changes and all(line.split()[0] == "punctuation" for line in changes)
    assert any("'工委立足实际,开拓创新,深'" in line and "'工委立足实际，开拓创新，深'" in line for line in changes)
    kept = CliRunner().invoke(app, ["parse", "--explain", "--keep-punctuation", str(SEED)])
    assert kept.exit_code == 0 and "Changes after reading" not in kept.stdout


def test_convert_option_and_config_keep_the_punctuation(tmp_path):
    source = tmp_path / "notice.md"
    source.write_text(NOTICE, encoding="utf-8")
    runner = CliRunner()
    fixed = runner.invoke(app, ["convert", str(source), "-t", "md", "-o", "-"])
    assert "各街道办事处，区政府各部门：" in fixed.stdout
    kept = runner.invoke(app, ["convert", str(source), "-t", "md", "-o", "-", "--keep-punctuation"])
    assert "各街道办事处,区政府各部门:" in kept.stdout
    (tmp_path / "newsconv.toml").write_text("[convert]\nkeep_punctuation = true\n", encoding="utf-8")
    config = runner.invoke(app, ["convert", str(source), "-t", "md", "-o", "-", "--config",
                                 str(tmp_path / "newsconv.toml")])
    assert "各街道办事处,区政府各部门:" in config.stdout
    again = runner.invoke(app, ["convert", str(source), "-t", "md", "-o", "-", "--config",
                                str(tmp_path / "newsconv.toml"), "--fix-punctuation"])
    assert "各街道办事处，区政府各部门：" in again.stdout


@given(st.text(alphabet=st.sampled_from(list("中文,.;:?!()\"'-… abc123@/")), max_size=40))
def test_never_loses_letters_digits_or_han(text):
    out = normalise(text, "zh")
    keep = lambda s: [c for c in s if c.isalnum()]  # noqa: E731
    assert keep(out) == keep(text)
    assert normalise(out, "zh") == out  # setting the marks twice changes nothing


# ---------------------------------------------------------------------------- marks side by side in the PDF


def _char_origins(pdf: bytes, text: str) -> list[float]:
    """x of each character of the first occurrence of ``text`` on page 1."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = sorted(doc.pages[0].chars, key=lambda c: (round(c["top"]), c["x0"]))
    flat = "".join(c["text"] for c in chars)
    at = flat.index(text)
    return [c["x0"] for c in chars[at : at + len(text)]]


@pytest.mark.parametrize("profile_name", ["gbt9704", "news"])
def test_adjacent_marks_share_a_blank_half_in_the_pdf(profile_name):
    """clreq: ``”、“`` takes two ems, not three; ``。”`` one and a half."""
    from newsconv.convert import render
    from newsconv.profiles import load_profile

    profile = load_profile(profile_name)
    size = profile.role("body").size + profile.role("body").letter_spacing
    doc = Document(Meta(language="zh"), (Paragraph((Text("开展“我为社区做贡献”、“手拉手”等活动。"),)),
                                          Paragraph((Text("他说：“好。”然后走了"),))))
    pdf = render(doc, "pdf", profile)
    x = _char_origins(pdf, "献”、“手")
    steps = [(b - a) / size for a, b in zip(x, x[1:], strict=False)]
    assert steps[0] == pytest.approx(1.0, abs=0.05)  # 献 to ”: a full character
    assert steps[1] == pytest.approx(0.5, abs=0.05)  # ” gives up its blank half to 、
    assert steps[2] == pytest.approx(0.5, abs=0.05)  # 、 gives up its blank half to “
    assert steps[3] == pytest.approx(1.0, abs=0.05)  # “ keeps its blank half before 手
    x = _char_origins(pdf, "好。”然")
    steps = [(b - a) / size for a, b in zip(x, x[1:], strict=False)]
    assert steps[1] == pytest.approx(0.5, abs=0.05) and steps[2] == pytest.approx(1.0, abs=0.05)
