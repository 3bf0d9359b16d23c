"""PDF output read back: fonts embedded, text intact, line-breaking rules, pages, metadata."""

from __future__ import annotations

import io
import random
import subprocess

import pytest
from pypdf import PdfReader

from newsconv.model import Document, Heading, Meta, Paragraph, Text, block_texts
from newsconv.writers.common import meta_line
from newsconv.writers.pdf import write_pdf
from newsconv.writers.pdf.linebreak import NO_END, NO_START

from .conftest import needs_tool
from .pdfcheck import base14_declared, page_sizes, squash, text_lines, unembedded_fonts

A4 = (595.28, 841.89)


def article_text(doc: Document) -> str:
    parts = [doc.meta.title or "", meta_line(doc.meta), *block_texts(doc.blocks)]
    return squash("".join(parts))


def body_lines(data: bytes):
    """Text lines without the page numbers at the foot of each page."""
    return [line for line in text_lines(data) if not (line.text.startswith("—") and line.text.endswith("—"))]


@pytest.mark.parametrize("name", ["seed", "english"])
def test_every_font_embedded(name, seed_outputs, english_outputs):
    data = (seed_outputs if name == "seed" else english_outputs)["pdf"]
    assert unembedded_fonts(data) == []
    assert base14_declared(data) == []


@needs_tool("pdffonts")
def test_poppler_sees_every_font_embedded(seed_outputs, tmp_path):
    path = tmp_path / "seed.pdf"
    path.write_bytes(seed_outputs["pdf"])
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "pdffonts listed no fonts"
    for row in rows:
        emb = row.split()[-5]
        assert emb == "yes", row


def test_pages_are_a4(seed_outputs):
    sizes = page_sizes(seed_outputs["pdf"])
    assert len(sizes) >= 2
    assert all(abs(w - A4[0]) < 0.5 and abs(h - A4[1]) < 0.5 for w, h in sizes)


@pytest.mark.parametrize("name", ["seed", "english"])
def test_text_extracts_back_to_the_article(name, seed_outputs, english_outputs, seed_doc, english_doc):
    data, doc = (seed_outputs["pdf"], seed_doc) if name == "seed" else (english_outputs["pdf"], english_doc)
    extracted = squash("".join(line.text for line in body_lines(data)))
    assert extracted == article_text(doc)


def test_no_line_starts_or_ends_with_forbidden_punctuation(seed_outputs):
    lines = body_lines(seed_outputs["pdf"])
    assert len(lines) > 40
    for line in lines:
        text = line.text.strip()
        assert text[0] not in NO_START, f"page {line.page}: line starts with {text[0]!r}: {text}"
        assert text[-1] not in NO_END, f"page {line.page}: line ends with {text[-1]!r}: {text}"


def test_page_numbers_in_the_profile_format(seed_outputs):
    lines = text_lines(seed_outputs["pdf"])
    pages = max(line.page for line in lines)
    for page in range(1, pages + 1):
        last = [line for line in lines if line.page == page][-1]
        assert last.text.replace(" ", "") == f"—{page}—"
        assert abs((last.x0 + last.x1) / 2 - A4[0] / 2) < 2  # centred


def test_body_paragraphs_indented_two_characters(seed_outputs, seed_doc):
    lines = body_lines(seed_outputs["pdf"])
    first_para = next(b for b in seed_doc.blocks if isinstance(b, Paragraph))
    start = next(line for line in lines if squash(first_para.content[0].text).startswith(squash(line.text)))
    following = lines[lines.index(start) + 1]
    assert abs((start.x0 - following.x0) - 2 * 12) < 1.0  # 2 em of the 12 pt body


def test_metadata(seed_outputs, english_outputs):
    info = PdfReader(io.BytesIO(seed_outputs["pdf"])).metadata
    assert info.title == "田家街道“1+5”全域党建引领经济社会发展"
    assert info.author == "史航; 刘洋"
    assert "/CreationDate" not in info  # no date in the article: none is made up
    english = PdfReader(io.BytesIO(english_outputs["pdf"])).metadata
    assert english["/CreationDate"] == "D:20240506103000+00'00'"


def test_metadata_subject_keywords_and_source_date_epoch(seed_doc, news_profile, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714990000")
    info = PdfReader(io.BytesIO(write_pdf(seed_doc, news_profile))).metadata
    assert info["/CreationDate"] == info["/ModDate"] == "D:20240506100640+00'00'"
    assert info.subject == "首页 > 走进大洼 > 动态要闻"
    assert info["/Keywords"] == "首页, 走进大洼, 动态要闻"
    assert info.creator.startswith("newsconv ")


def test_outline_holds_title_and_headings(seed_outputs, seed_doc):
    outline = PdfReader(io.BytesIO(seed_outputs["pdf"])).outline
    flat: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                flat.append(item.title)

    walk(outline)
    headings = [b.content[0].text for b in seed_doc.blocks if isinstance(b, Heading)]
    assert flat == [seed_doc.meta.title, *headings]


def test_same_input_gives_identical_bytes(seed_doc, news_profile, seed_outputs):
    assert write_pdf(seed_doc, news_profile) == seed_outputs["pdf"]


def test_random_punctuation_heavy_text_never_breaks_the_rules(news_profile):
    """Many paragraphs whose punctuation falls at line ends at every offset."""
    rng = random.Random(20241125)
    han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
    marks = list("，。、；：？！”’）》“‘（《") + ["——", "……"]
    paragraphs = []
    for _ in range(40):
        parts = [rng.choice(han)]  # a paragraph may open with anything; its later lines may not
        for _ in range(rng.randint(30, 120)):
            roll = rng.random()
            if roll < 0.12:
                parts.append(rng.choice(marks))
            elif roll < 0.16:
                parts.append(rng.choice(["PDF", "2024", "newsconv", "GB/T 9704", "5G"]))
            else:
                parts.append(rng.choice(han))
        paragraphs.append(Paragraph((Text("".join(parts) + "。"),)))
    doc = Document(Meta(title="断行测试", language="zh"), tuple(paragraphs))
    data = write_pdf(doc, news_profile)
    lines = body_lines(data)
    assert squash("".join(line.text for line in lines)) == article_text(doc)
    for line in lines:
        text = line.text.strip()
        assert text[0] not in NO_START, f"line starts with {text[0]!r}: {text}"
        assert text[-1] not in NO_END, f"line ends with {text[-1]!r}: {text}"
    assert unembedded_fonts(data) == []


def test_running_header_and_footer_on_every_page(seed_doc, tmp_path):
    from newsconv.profiles import load_profile

    desk = tmp_path / "desk.toml"
    desk.write_text('extends = "news"\nname = "desk"\n[running]\nheader = "内部资料　{title}"\n'
                    'footer = "大洼区委办公室"\n', encoding="utf-8")
    profile = load_profile(str(desk))
    data = write_pdf(seed_doc, profile)
    lines = text_lines(data)
    page = profile.page
    for number in range(1, max(line.page for line in lines) + 1):
        on_page = [line for line in lines if line.page == number]
        first, *_, number_line, last = on_page
        assert first.text == f"内部资料　{seed_doc.meta.title}"
        assert first.top + first.size < page.margin_top  # above the type area
        assert squash(number_line.text) == f"—{number}—"
        assert last.text == "大洼区委办公室" and last.top > number_line.top  # under the number
        assert last.top + last.size < page.height  # on the paper
