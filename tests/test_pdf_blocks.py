"""The PDF page loop's building blocks beyond text: rules, page breaks, blocks set as one piece
and blocks at the foot of the type area (what official documents and compiled issues need)."""

from __future__ import annotations

import io

import pdfplumber

from newsconv.profiles import load_profile
from newsconv.writers.pdf import _Styles
from newsconv.writers.pdf.layout import Frame, PageBreak, RuleBlock, StackBlock, TextBlock, paginate

MM = 72 / 25.4


def _render(blocks) -> pdfplumber.PDF:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    profile = load_profile("gbt9704")
    page = profile.page
    canvas = Canvas(out, pagesize=(page.width, page.height), invariant=1)
    frame = Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height)
    paginate(canvas, blocks, frame, lambda c, info: None)
    canvas.save()
    return pdfplumber.open(io.BytesIO(out.getvalue())), profile


def _styles():
    return _Styles(load_profile("gbt9704"))


def test_a_red_rule_across_the_type_area_under_the_text():
    styles = _styles()
    pdf, profile = _render([TextBlock("某政办发〔2024〕12号", styles["meta"]),
                            RuleBlock(1.0, (255, 0, 0), before=4 * MM)])
    with pdf:
        page = pdf.pages[0]
        [line] = page.lines
        words = page.extract_words()
    assert tuple(line["stroking_color"]) == (1, 0, 0)
    assert abs(line["x0"] - profile.page.margin_left) < 0.5 and abs(line["width"] - 156 * MM) < 0.5
    text_bottom = max(w["bottom"] for w in words)
    assert line["top"] > text_bottom  # under the number


def test_a_foot_block_sits_on_the_bottom_edge_of_the_type_area():
    styles = _styles()
    foot = StackBlock([RuleBlock(1.0), TextBlock("抄送：区委各部门。", styles["body"]), RuleBlock(0.7)],
                      placement="foot")
    pdf, profile = _render([TextBlock("正文。" * 20, styles["body"]), foot])
    with pdf:
        page = pdf.pages[0]
        bottoms = sorted(line["bottom"] for line in page.lines)
        assert len(pdf.pages) == 1
    type_area_bottom = profile.page.height - profile.page.margin_bottom
    assert abs(bottoms[-1] - type_area_bottom) < 1.0  # the last rule on the bottom edge


def test_a_foot_block_that_does_not_fit_goes_to_the_foot_of_a_new_page():
    styles = _styles()
    body = [TextBlock("正文内容。" * 100, styles["body"]) for _ in range(4)]
    foot = StackBlock([TextBlock(f"第{n}行" * 5, styles["body"]) for n in range(8)], placement="foot")
    pdf, profile = _render([*body, foot])
    with pdf:
        last = pdf.pages[-1]
        words = last.extract_words()
        text = last.extract_text().replace(" ", "")
    assert text.endswith("第7行第7行第7行第7行第7行") and "正文" not in text.splitlines()[-1]
    lowest = max(w["bottom"] for w in words)
    assert profile.page.height - profile.page.margin_bottom - lowest < 16  # within the last grid line


def test_a_page_break_to_an_odd_page_puts_in_a_blank_page():
    styles = _styles()
    pdf, _ = _render([TextBlock("第一页。", styles["body"]), PageBreak(), TextBlock("第二页。", styles["body"]),
                      PageBreak(odd=True), TextBlock("第三页。", styles["body"]), PageBreak(odd=True),
                      TextBlock("附件", styles["body"])])
    with pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert texts == ["第一页。", "第二页。", "第三页。", "", "附件"]


def test_the_page_loop_makes_blocks_as_it_reaches_them_and_keeps_none_once_set():
    """A compiled issue of hundreds of articles is set holding one page's blocks, not the whole
    issue's: the loop takes its blocks from a generator only as far as a heading needs to look
    ahead, and no block outlives its page."""
    import weakref

    from reportlab.pdfgen.canvas import Canvas

    styles = _styles()
    made: list[weakref.ref] = []
    number: dict[str, int] = {}

    def blocks():
        for n in range(60):
            text = f"第{n // 6 + 1}节" if n % 6 == 0 else f"第{n}段。" + "正文内容。" * 40
            block = TextBlock(text, styles["heading 1" if n % 6 == 0 else "body"])  # a heading keeps with what follows
            number[text] = n
            made.append(weakref.ref(block))
            yield block

    last_set = -1
    pages: list[tuple[int, int, int]] = []  # (blocks made, the last block set, blocks alive) as each page ends

    def placed(block, page):
        nonlocal last_set
        last_set = max(last_set, number[block.text])

    def on_page(canvas, info):
        pages.append((len(made), last_set, sum(ref() is not None for ref in made)))

    profile = load_profile("gbt9704")
    page = profile.page
    canvas = Canvas(io.BytesIO(), pagesize=(page.width, page.height), invariant=1)
    paginate(canvas, blocks(), Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height),
             on_page, placed=placed)
    assert len(pages) > 10 and pages[-1][:2] == (60, 59)
    # when a page ends, the blocks made are those set, the one being set and the one after it
    # (what a heading is kept with); and none of the blocks already set is held any longer
    assert all(made_so_far - 1 - set_so_far <= 2 for made_so_far, set_so_far, _ in pages)
    assert max(alive for _, _, alive in pages) <= 3
