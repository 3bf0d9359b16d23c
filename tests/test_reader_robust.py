"""The raw-text reader never raises on text, and no input shape makes it slow."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsconv.errors import InputError
from newsconv.model import Document, block_texts
from newsconv.readers import ReadOptions
from newsconv.readers.text import CLOSE_READING_LINES, explain, read_text

from .conftest import CORPUS, SEED

OPTS = ReadOptions()
PAGES = sorted((CORPUS / "raw").glob("*.txt")) if (CORPUS / "raw").is_dir() else [SEED]

# Text that looks like pages: Chinese, Latin, digits, punctuation, white space, line breaks.
page_text = st.text(
    alphabet=st.sampled_from(
        list("田家街道党工委发展记者张三来源作者编辑年月日，。！？：；、“”（）《》——……")
        + list("The quick brown fox By Jane Doe May 6, 2024 .,;:!?\"'()-|/@#")
        + list("0123456789 \t\u3000\u00a0\n\n\n\r")
    ),
    max_size=3000,
)


def _must_read(text: str) -> Document | None:
    """read_text either returns a document or refuses an empty input; it never fails otherwise."""
    if not text.removeprefix("\ufeff").strip():  # a byte-order mark alone is an empty file too
        with pytest.raises(InputError, match="is empty"):
            read_text(text, OPTS)
        return None
    doc = read_text(text, OPTS)
    assert isinstance(doc, Document)
    assert len(explain(text, OPTS)) == len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
def test_random_text_never_raises(text):
    _must_read(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
@example("\ufeff")
@example("\ufeff\n \u3000")
def test_any_unicode_never_raises(text):
    _must_read(text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PAGES), st.randoms(use_true_random=False), st.sampled_from(["shuffle", "truncate",
                                                                                  "duplicate", "noise"]))
def test_mangled_pages_never_raise(path, rng, how):
    lines = path.read_text(encoding="utf-8").split("\n")
    if how == "shuffle":
        rng.shuffle(lines)
    elif how == "truncate":
        lines = lines[: rng.randrange(1, len(lines) + 1)]
        lines[-1] = lines[-1][: rng.randrange(0, len(lines[-1]) + 1)]
    elif how == "duplicate":
        cut = rng.randrange(0, len(lines))
        lines = lines[:cut] + lines + lines[cut:]
    else:
        noise = bytes(rng.randrange(256) for _ in range(400)).decode("latin-1")
        for _ in range(10):
            at = rng.randrange(0, len(lines))
            lines[at] = lines[at] + noise[: rng.randrange(1, 200)]
    _must_read("\n".join(lines))


def test_binary_noise_decoded_with_replacement_reads():
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(20000)).decode("utf-8", errors="replace")
    _must_read(SEED.read_text(encoding="utf-8") + noise)


@pytest.mark.parametrize(
    "line",
    [
        "，" * 100_000,
        " " * 100_000 + "x",
        ". " * 50_000,
        "……" * 40_000,
        "(" * 30_000 + ")" * 30_000,
        "记者" * 30_000,
        "By " + "Jane " * 20_000,
        "2024-" * 20_000,
        "a" * 200_000,
        "http://" + "x/" * 50_000,
    ],
    ids=["commas", "spaces", "dots", "ellipses", "brackets", "labels", "names", "dates", "letters", "url"],
)
def test_pathological_lines_finish(line, tmp_path):
    """No regular expression backtracks catastrophically: each runs in a child that must end in time."""
    source = tmp_path / "page.txt"
    source.write_text("标题\n" + line + "\n正文。\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        from newsconv.readers import ReadOptions
        from newsconv.readers.text import read_text
        read_text(open({str(source)!r}, encoding="utf-8").read(), ReadOptions())
    """)
    # a guard against hanging, not a speed target: a linear pass takes well under a second
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_huge_input_reads_the_article_closely_and_the_rest_cheaply():
    article = SEED.read_text(encoding="utf-8")
    filler = "\n".join(f"菜单{i}" for i in range(CLOSE_READING_LINES))
    text = filler + "\n" + article + "\n" + filler
    doc = read_text(text, OPTS)
    assert doc.meta.title == "田家街道“1+5”全域党建引领经济社会发展"
    decisions = explain(text, OPTS)
    assert len(decisions) == len(text.split("\n"))
    assert "far from the article" in decisions[0].rule


def test_huge_input_of_short_prose_lines_is_read_where_the_prose_is():
    # a hard-wrapped article (or dialogue, or verse) has no long lines: its short lines, each with
    # a sentence mark, still make it the densest prose of the page
    menu = [f"菜单{i}" for i in range(22_000)]
    title = "一篇很长的文章的标题在这里"
    rng = random.Random(7)
    words = "今天 我们 城市 居民 公园 道路 学校 医院 工作 生活 发展 建设 服务 社区 文化 经济 环境 交通 教育 健康".split()
    prose = ["".join(rng.choice(words) for _ in range(4)) + "，" + "".join(rng.choice(words) for _ in range(3)) + "。"
             for _ in range(8_000)]
    warnings: list[str] = []
    doc = read_text("\n".join([*menu, title, *prose]), ReadOptions(warn=warnings.append))
    assert doc.meta.title == title
    texts = list(block_texts(doc.blocks))
    assert texts[0] == prose[0] and texts[-1] == prose[-1] and len(texts) == len(prose)
    assert not any(t.startswith("菜单") for t in texts)
    assert warnings and "lines 20,002-30,001" in warnings[0]  # the article, and 2,000 lines before it
