"""Titles broken as GB/T 9704-2012 §7.3.1 asks: whole words, balanced lines, a trapezoid or a
diamond; read back from the PDF (pdfplumber), the DOCX (w:br in the title paragraph) and the HTML."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import docx
import pytest
import rjieba
from docx.oxml.ns import qn

from newsconv.convert import render
from newsconv.model import Document, Meta, Paragraph, Text
from newsconv.profiles import load_profile
from newsconv.writers.titles import break_title, em_width, role_capacity, title_lines

from .conftest import CORPUS, ROOT
from .pdfcheck import squash, text_lines

# long official titles, one a line (benchmarks/titles.py measures the same ones)
OFFICIAL = (ROOT / "tests" / "data" / "official-titles.txt").read_text(encoding="utf-8").splitlines()


def _corpus_titles() -> list[str]:
    titles = []
    for path in sorted((CORPUS / "gold").glob("*.json")) if (CORPUS / "gold").is_dir() else []:
        title = json.loads(path.read_text(encoding="utf-8")).get("title")
        if title:
            titles.append(title)
    return titles


TITLES = OFFICIAL + _corpus_titles()
CHINESE = [t for t in TITLES if re.search(r"[\u4e00-\u9fff]", t)]


def _boundaries(title: str, capacity: float) -> tuple[set[int], dict[int, str]]:
    """Offsets (in the title without spaces) between which a line may break: between the
    segmenter's words, never inside a number, a Latin word or a quotation that fits a line;
    and the word that starts at each offset."""
    cuts, starts, at = set(), {}, 0
    for word in rjieba.cut(title, True):
        size = len(word.replace(" ", ""))
        if em_width(word) > capacity:  # a word longer than a line may be cut, as a last resort
            cuts |= set(range(at + 1, at + size))
        if size:
            starts[at] = word
        at += size
        cuts.add(at)
    flat_at = [len(title[:i].replace(" ", "")) for i in range(len(title) + 1)]
    for m in re.finditer(r"[0-9A-Za-z][0-9A-Za-z.%+]*[0-9A-Za-z%]|“[^”]+”|《[^》]+》", title):
        if m.group()[0].isalnum() or em_width(m.group()) <= capacity:
            cuts -= set(range(flat_at[m.start()] + 1, flat_at[m.end()]))
    return cuts, starts


def _check_breaks(title: str, lines: list[str], capacity: float = 20.0) -> None:
    flat = title.replace(" ", "")
    assert "".join(lines).replace(" ", "") == flat, "a character was lost or added"
    allowed, starts = _boundaries(title, capacity)
    at = 0
    for line in lines[:-1]:
        at += len(line.replace(" ", ""))
        assert at in allowed, f"{title}: broken inside a word at {flat[max(at - 4, 0):at]}|{flat[at:at + 4]}"
        assert flat[at] not in "，。、：；！？”’）》…" and flat[at - 1] not in "“‘（《", f"{title}: clreq at {at}"
        assert starts.get(at) not in ("的", "了", "着", "过"), f"{title}: a line starts with a particle"


def _shape_ok(widths: list[float]) -> bool:
    """A trapezoid (lengths only grow or only shrink) or a diamond (grow, then shrink): never an
    hourglass (a line shorter than the lines on both sides of it)."""
    tol = 0.3
    return not any(widths[i] < widths[i - 1] - tol and widths[i] < widths[i + 1] - tol
                   for i in range(1, len(widths) - 1))


@pytest.mark.parametrize("capacity", [20.0, 15.0, 12.0])
def test_chinese_titles_break_between_words_balanced_and_shaped(capacity):
    assert len(CHINESE) >= 5
    broken = 0
    for title in CHINESE:
        lines = break_title(title, capacity)
        widths = [em_width(line) for line in lines]
        assert max(widths) <= capacity + 1e-6, f"{title}: {lines}"
        if len(lines) == 1:
            continue
        broken += 1
        _check_breaks(title, lines, capacity)
        assert min(widths) >= 0.4 * max(widths), f"{title}: {lines}"
        assert _shape_ok(widths), f"{title}: {lines} {widths}"
    assert broken >= 5


def test_two_line_titles_are_trapezoids_not_rectangles():
    lines = break_title(OFFICIAL[0], 20.0)
    assert len(lines) == 2 and em_width(lines[0]) != em_width(lines[1])
    assert em_width(lines[0]) < em_width(lines[1])  # 正梯形: the shorter line on top


def test_official_titles_break_where_a_desk_would():
    assert break_title(OFFICIAL[2], 20.0) == [
        "全国人民代表大会常务委员会", "关于批准财政部发行特别国债购买外汇", "及调整2007年末国债余额限额的决议"]
    assert break_title(OFFICIAL[1], 20.0) == ["关于进一步加强和改进新时代", "基层党组织规范化建设的实施意见"]


def test_a_headline_in_two_parts_breaks_between_its_parts():
    """A space parts a Chinese headline's halves: where each half fits a line, the break falls
    there, not inside a half with the space carried into the next line."""
    assert break_title("河道清淤工程全面完工 汛前排涝能力明显提升", 20.0) == ["河道清淤工程全面完工", "汛前排涝能力明显提升"]
    assert break_title("儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？", 20.0) == [
        "儿歌一分钱被改成一元钱", "原作者女儿：改成这样不觉得拗口吗？"]
    # a half too long for a line is broken as any title is, the space kept where it stands
    lines = break_title("首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂", 20.0)
    assert "".join(lines).replace(" ", "") == "首次采样带回嫦娥五号为什么是中国航天史上最复杂任务？一图看懂"


def test_quoted_phrases_and_numbers_stay_whole():
    for capacity in (8.0, 10.0, 12.0):
        lines = break_title("中国人习以为常的地方 为何老外却说“了不得”？", capacity)
        assert any("“了不得”？" in line for line in lines), lines
        lines = break_title("最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%", capacity)
        assert any("2019年" in line for line in lines) and any("2.3%" in line for line in lines), lines


def test_english_titles_balance_at_spaces():
    title = "Harbour library reopens after two years of repairs, with a new reading room for children"
    lines = break_title(title, 30.0)
    assert " ".join(lines) == title
    widths = [em_width(line) for line in lines]
    assert len(lines) == 2 and min(widths) >= 0.8 * max(widths), lines


def test_a_title_that_fits_loads_no_segmenter():
    code = (
        "import sys\n"
        "from newsconv.convert import convert\n"
        "data = '短标题\\n\\n正文第一段，内容。\\n'.encode()\n"
        "convert(data, output_formats=['pdf', 'docx', 'html'], profile='gbt9704')\n"
        "print('rjieba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------------- read back from the writers


def _doc(title: str) -> Document:
    return Document(Meta(title=title, language="zh"), (Paragraph((Text("正文。"),)),))


@pytest.fixture(scope="module")
def gbt9704():
    return load_profile("gbt9704")


@pytest.mark.parametrize("title", OFFICIAL)
def test_pdf_title_lines(title, gbt9704):
    pdf = render(_doc(title), "pdf", gbt9704)
    lines = [line for line in text_lines(pdf) if line.size > 20]  # 二号 title lines
    got = [squash(line.text) for line in lines]
    assert got == [squash(line) for line in title_lines(title, gbt9704)]
    _check_breaks(title, got)
    assert len(got) >= 2
    # centred: every line's middle is the type area's middle
    middle = (28 + 184) / 2 * 72 / 25.4
    assert all(abs((line.x0 + line.x1) / 2 - middle) < 3 for line in lines)
    # one grid line (28.95 pt) per title line
    tops = [line.top for line in lines]
    assert all(abs((b - a) - 28.95) < 0.5 for a, b in zip(tops, tops[1:], strict=False))


@pytest.mark.parametrize("title", OFFICIAL)
def test_docx_title_lines(title, gbt9704):
    data = render(_doc(title), "docx", gbt9704)
    paragraph = docx.Document(io.BytesIO(data)).paragraphs[0]
    assert paragraph.style.name == "Title"
    pieces, current = [], ""
    for run in paragraph._p.iter(qn("w:r")):
        for child in run:
            if child.tag == qn("w:br"):
                pieces.append(current)
                current = ""
            elif child.tag == qn("w:t"):
                current += child.text or ""
    pieces.append(current)
    assert pieces == title_lines(title, gbt9704)
    _check_breaks(title, pieces)


def test_html_title_lines(gbt9704):
    from lxml import html as lxml_html

    title = OFFICIAL[0]
    page = render(_doc(title), "html", gbt9704).decode()
    h1 = lxml_html.fromstring(page).find(".//h1")
    lines = [h1.text, *(br.tail for br in h1.findall("br"))]
    assert lines == title_lines(title, gbt9704)
    assert "text-wrap: balance" in page


def test_news_profile_balances_its_headlines_too():
    news = load_profile("news")
    capacity = role_capacity(news)
    title = OFFICIAL[2]
    lines = title_lines(title, news)
    widths = [em_width(line) for line in lines]
    assert len(lines) >= 2 and max(widths) <= capacity
    assert min(widths) >= 0.6 * max(widths)
    pdf = render(_doc(title), "pdf", news)
    got = [squash(line.text) for line in text_lines(pdf) if line.size > 20]
    assert got == lines


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize(
    ("title", "language", "profile_name"),
    [(OFFICIAL[2], "zh", "gbt9704"), ("运营商 5G 手机促销方式曝光，禁止提供购机补贴", "zh", "news"),
     ("Harbour library reopens after two years of repairs, with a new reading room for children", "en", "news")],
)
def test_a_broken_title_reads_back_whole(fmt, title, language, profile_name):
    from newsconv.convert import parse
    from newsconv.readers import ReadOptions

    profile = load_profile(profile_name)
    assert len(title_lines(title, profile)) >= 2
    doc = Document(Meta(title=title, language=language), (Paragraph((Text("正文。"),)),))
    assert parse(render(doc, fmt, profile), fmt, ReadOptions()).meta.title == title


def test_a_very_long_title_is_still_broken_between_words():
    title = "".join(OFFICIAL)  # over sixty words: balanced without trying every choice
    lines = break_title(title, 20.0)
    assert len(lines) >= 7 and max(em_width(line) for line in lines) <= 20.0
    _check_breaks(title, lines)


def test_unclosed_quotation_marks_are_not_followed_past_a_line():
    """Found by the fuzz script: a title with thousands of unclosed marks made every mark scan to
    the end of the title (quadratic). Widths measured stay linear in the title."""
    calls = 0

    def counted(text: str) -> float:
        nonlocal calls
        calls += 1
        return em_width(text)

    title = "标题" + "，“" * 2000 + "文字"
    lines = break_title(title, 20.0, counted)
    assert "".join(lines) == title
    assert calls < 200_000


def test_each_line_of_a_long_title_is_measured_once():
    """The search weighs the same candidate lines in many choices; each is measured once."""
    seen: list[str] = []

    def counted(text: str) -> float:
        seen.append(text)
        return em_width(text)

    title = "，".join(f"第{n}项工作安排部署情况" for n in range(6))
    break_title(title, 20.0, counted)
    assert len(seen) == len(set(seen))
