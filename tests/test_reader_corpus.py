"""The raw-text reader on real pages from the shared corpus: per-page checks and the score targets."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json

import pytest

from newsconv.model import block_texts, format_published
from newsconv.readers import ReadOptions
from newsconv.readers.text import read_text

from .conftest import CORPUS, needs_corpus

pytestmark = needs_corpus


def read(page: str):
    path = CORPUS / "raw" / f"{page}.txt"
    return read_text(path.read_bytes(), ReadOptions(source=str(path)))


PAGES = [
    # (page, title, authors, published date, first paragraph starts, last paragraph ends)
    ("zh-xinhuanet-1", "法国全国大罢工再次严重影响交通", ["唐霁"], dt.date(2019, 12, 10),
     "新华社巴黎12月9日电（记者唐霁）", "宣布退休制度改革的总体架构。"),
    ("zh-ifeng-1", "女童眼睛被塞几十片纸，“无法用科学解释”", ["段彦超", "廖艳"], dt.date(2019, 11, 25),
     "7岁小花（化名）", "此外，学校还多次组织观看了校园欺凌教育片。"),
    ("zh-baijiahao-1", "英国美女在殡仪馆工作太痛苦，转行当美人鱼！每小时收入近千元", ["加拿大必读"], None,
     "英国汉普郡贝辛斯托克", "参加国际决赛。"),
    ("zh-other-1", "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议",
     [], dt.date(2007, 6, 29), "第十届全国人民代表大会常务委员会第二十八次会议", None),
    ("seed-zh-sina-1", "中国人习以为常的地方 为何老外却说“了不得”？", [], dt.date(2019, 11, 25),
     "“你们将开始明白为什么我这么喜欢中国", None),
    ("en-08f793762792", "Browns player on Mason Rudolph's role in fight with Myles Garrett: He asked for it",
     ["Bryan DeArdo"], dt.date(2019, 11, 18), "The Steelers spent Monday", None),
    ("en-82b6d780c792", "Unpredictable Sondland faces questions about Trump, Ukraine",
     ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"], dt.date(2019, 11, 20),
     "WASHINGTON (AP) — Ambassador Gordon Sondland", None),
]


@pytest.mark.parametrize(("page", "title", "authors", "date", "first", "last"), PAGES, ids=[p[0] for p in PAGES])
def test_page(page, title, authors, date, first, last):
    doc = read(page)
    assert doc.meta.title == title
    assert list(doc.meta.writers) == authors
    published = doc.meta.published
    published_day = published.date() if isinstance(published, dt.datetime) else published
    assert published_day == date
    texts = [t for t in block_texts(doc.blocks) if t.strip()]
    assert texts[0].startswith(first)
    if last is not None:
        assert texts[-1].endswith(last)


def test_hard_wrapped_page_is_rejoined():
    doc = read("seed-zh-sina-1")
    texts = list(block_texts(doc.blocks))
    # the page is wrapped at 40 characters; the paragraphs come back whole
    assert any(t.startswith("“你们将开始明白为什么我这么喜欢中国") and t.endswith("即使现在是早上9点半。”") for t in texts)
    assert "说这话的大叔Gweilo是个加拿大人，已在中国生活十多年。最近，他向海外网友推荐了一个他认为在中国“了不得”的去处。" in texts


def _score_module():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _paragraphs(blocks) -> list[str]:
    """The body as the benchmarks give it to score.py (a table one row per paragraph, as the
    corpus's gold has tables)."""
    from .test_reader_cross_site import bench

    return bench().paragraphs(blocks)


def test_scores_meet_the_targets():
    """The reader's corpus scores, as benchmarks/score_corpus.py reports them, stay at target."""
    score = _score_module()
    records = []
    for gold_path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = read(gold["id"])
        pred = {
            "title": doc.meta.title,
            "authors": list(doc.meta.writers),
            "publish_time": format_published(doc.meta.published) or dict(doc.meta.extra).get("published_text"),
            "body_paragraphs": _paragraphs(doc.blocks),
        }
        records.append(score.score_page(gold, pred))
    summary = {s: score.summarize([r for r in records if r["set"] == s]) for s in ("zh", "en", "zh-seed")}
    zh, en, seed = summary["zh"], summary["en"], summary["zh-seed"]
    assert zh["title_exact"] >= 0.97
    assert zh["body_f1_bag"] >= 0.96 and zh["body_precision_bag"] >= 0.96
    assert zh["boundary_f1"] >= 0.98
    assert zh["author_match"] >= 0.90
    assert zh["date_match"] >= 0.97
    # 0.950 and 0.950 measured: one page whose table the pasted text prints a cell a line lost
    # its body when decks stopped passing for headlines (BENCHMARKS.md)
    assert en["body_f1_bag"] >= 0.945 and en["body_precision_bag"] >= 0.945
    assert en["boundary_f1"] >= 0.96
    assert seed["boundary_f1"] >= 0.96


def test_html_reader_beats_the_extractors_and_the_text_reader():
    """The saved pages of the same articles, read by the HTML reader: at least as good as the
    raw-text reader on the pasted text, and better than the best HTML extractors measured in the
    reader issue (zh body F1 0.93, en body F1 0.97, zh title 0.88)."""
    from newsconv.readers.html import read_html

    score = _score_module()
    html_records, text_records = [], []
    for page in sorted((CORPUS / "html").glob("*.html")):
        gold = json.loads((CORPUS / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
        for reader, records, path in ((read_html, html_records, page),
                                      (read_text, text_records, CORPUS / "raw" / f"{page.stem}.txt")):
            doc = reader(path.read_bytes(), ReadOptions(source=str(path)))
            records.append(score.score_page(gold, {
                "title": doc.meta.title,
                "authors": list(doc.meta.writers),
                "publish_time": format_published(doc.meta.published) or dict(doc.meta.extra).get("published_text"),
                "body_paragraphs": _paragraphs(doc.blocks),
            }))
    for lang in ("zh", "en"):
        html = score.summarize([r for r in html_records if r["set"] == lang])
        text = score.summarize([r for r in text_records if r["set"] == lang])
        for metric in ("title_exact", "body_f1_bag", "boundary_f1", "date_match"):
            assert html[metric] >= text[metric] - 1e-9, (lang, metric, html[metric], text[metric])
    zh = score.summarize([r for r in html_records if r["set"] == "zh"])
    en = score.summarize([r for r in html_records if r["set"] == "en"])
    assert zh["body_f1_bag"] > 0.93 and en["body_f1_bag"] > 0.97 and zh["title_exact"] > 0.88


@needs_corpus
def test_a_saved_page_resumes_its_article_after_a_box_of_related_stories():
    """A 'More in …' box of related stories set inside the article: the text reader takes it for
    the article's end; readability's main content carries on after it with paragraphs of prose,
    and those go back to the body (the headline is the one the page's markup names)."""
    from newsconv.readers.html import read_html

    page = CORPUS / "html" / "en-7a664e40d256.html"
    doc = read_html(page.read_bytes(), ReadOptions(source=str(page)))
    texts = list(block_texts(doc.blocks))
    assert doc.meta.title == "Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony"
    assert texts[-1] == "\"That's correct,\" Volker said."
    assert any(t.startswith("Morrison told the Intelligence Committee") for t in texts)
    assert not any(t.startswith("More in Trump Impeachment Inquiry") for t in texts)
