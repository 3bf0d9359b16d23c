"""The reader's figures on pages it was not built on, as benchmarks/cross_site.py measures them:
the development pages as Chromium really copies them, the Chinese pages hard-wrapped as the
zh-seed pages are, and the English pages of corpus-extra that no rule was written from (the
"unseen" half). The thresholds sit a little under the measured figures (BENCHMARKS.md), so a rule
that helps one page and hurts others elsewhere fails here. Skipped without the corpora."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from types import ModuleType

import pytest

from .conftest import CORPUS, ROOT

EXTRA = CORPUS.parent / "corpus-extra"


@cache
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cross_site", ROOT / "benchmarks" / "cross_site.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cross_site"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def scored(set_name: str, *, boundaries: bool = True) -> dict:
    """score.py's summary of one benchmark set (paragraph boundaries left out when asked: their
    alignment is the slow part)."""
    module = bench()
    score = module._load_score()
    if not boundaries:
        score.boundary_scores = lambda gold, pred: (0, 0, 0)
    page_set = module.SETS[set_name]
    records = []
    for page in module.page_ids(page_set):
        gold = json.loads((page_set.gold / f"{page}.json").read_text(encoding="utf-8"))
        pred, _ = module.prediction(page_set.folder / f"{page}{page_set.suffix}", page_set.rewrap)
        records.append(score.score_page(gold, pred))
    return score.summarize(records)


needs_chromium = pytest.mark.skipif(not (CORPUS / "raw-chromium").is_dir(), reason="no Chromium copies of the corpus")
needs_extra = pytest.mark.skipif(not (EXTRA / "raw").is_dir(), reason="corpus-extra is not present")
needs_corpus = pytest.mark.skipif(not (CORPUS / "raw").is_dir(), reason="the shared corpus is not present")


@needs_chromium
def test_chinese_pages_as_chromium_copies_them():
    zh = scored("zh-chromium")
    assert zh["title_exact"] >= 0.97
    assert zh["body_f1_bag"] >= 0.97 and zh["body_precision_bag"] >= 0.96
    assert zh["boundary_f1"] >= 0.98
    # (0.941: zh-cjddsb-1's gold names no writer for ``(文/图 某某 某某)`` closing its text; the reader takes 文/图 for
    # the writers' label, as the blind golds do on the three other pages that close so)
    assert zh["author_match"] >= 0.94
    assert zh["date_match"] >= 0.97


@needs_chromium
def test_english_pages_as_chromium_copies_them():
    en = scored("en-chromium")
    assert en["title_exact"] >= 0.90
    assert en["body_f1_bag"] >= 0.94
    assert en["boundary_f1"] >= 0.96
    assert en["author_match"] >= 0.88
    assert en["date_match"] >= 0.92


@needs_corpus
@pytest.mark.parametrize(("set_name", "boundary"), [("zh-wrapped", 0.96), ("zh-wrapped-flat", 0.925)])
def test_every_chinese_page_hard_wrapped_is_rejoined(set_name, boundary):
    wrapped = scored(set_name)
    assert wrapped["boundary_f1"] >= boundary
    assert wrapped["title_exact"] >= 0.95 and wrapped["body_f1_bag"] >= 0.97


@needs_extra
@pytest.mark.parametrize(
    ("set_name", "title", "body"),
    # (CleanEval 0.905 -> 0.90: one page's caption printed twice, which CleanEval's gold counts as
    # content, is read as a caption since a sentence printed twice in a row is one; Readability
    # unseen gained 0.010 and Dragnet 0.003 by the same rule)
    [("en-l3s:unseen", 0.79, 0.94), ("en-dragnet:unseen", None, 0.86), ("en-readability:unseen", None, 0.87),
     ("en-cleaneval:unseen", None, 0.90)],
)
def test_english_pages_no_rule_was_written_from(set_name, title, body):
    found = scored(set_name, boundaries=False)
    assert found["body_f1_bag"] >= body
    if title is not None:
        assert found["title_exact"] >= title


@needs_extra
def test_saved_pages_no_rule_was_written_from_name_their_headline_in_their_markup():
    found = scored("en-l3s-html:unseen", boundaries=False)
    assert found["title_exact"] >= 0.89
    assert found["body_f1_bag"] >= 0.955


@needs_corpus
@pytest.mark.parametrize(
    ("set_name", "title", "body", "authors", "date"),
    [("zh-blind-chromium", 0.875, 0.98, 0.90, 0.97), ("zh-blind2-chromium", 0.95, 0.975, 0.92, 0.95),
     ("zh-blind2", 0.92, 0.97, 0.92, 0.95), ("zh-blind3-chromium", 0.95, 0.975, 0.87, 0.95),
     ("zh-blind3", 0.95, 0.97, 0.87, 0.95), ("zh-blind4-chromium", 0.97, 0.98, 0.95, 0.97),
     ("zh-blind4", 0.97, 0.98, 0.95, 0.97), ("zh-blind5-chromium", 0.95, 0.98, 0.95, 0.97),
     ("zh-blind5", 0.95, 0.98, 0.95, 0.97), ("zh-blind6-chromium", 0.95, 0.98, 0.82, 0.95),
     ("zh-blind6", 0.95, 0.975, 0.82, 0.95), ("zh-blind7-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind7", 0.95, 0.98, 0.97, 0.97), ("zh-blind8-chromium", 0.90, 0.98, 0.97, 0.97),
     ("zh-blind8", 0.90, 0.98, 0.97, 0.97), ("zh-blind9-chromium", 0.92, 0.98, 0.97, 0.97),
     ("zh-blind9", 0.92, 0.98, 0.97, 0.97), ("zh-blind10-chromium", 0.95, 0.98, 0.97, 0.95),
     ("zh-blind10", 0.95, 0.98, 0.97, 0.97), ("zh-blind11-chromium", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind11", 0.97, 0.98, 0.97, 0.97), ("zh-blind12-chromium", 0.90, 0.98, 0.95, 0.97),
     ("zh-blind12", 0.90, 0.98, 0.95, 0.97), ("zh-blind13-chromium", 0.92, 0.98, 0.97, 0.97),
     ("zh-blind13", 0.92, 0.98, 0.97, 0.97), ("zh-blind14-chromium", 0.90, 0.98, 0.97, 0.97),
     ("zh-blind14", 0.90, 0.98, 0.97, 0.97), ("zh-blind15-chromium", 0.90, 0.98, 0.95, 0.97),
     ("zh-blind15", 0.90, 0.98, 0.95, 0.97), ("zh-blind16-chromium", 0.92, 0.98, 0.95, 0.97),
     ("zh-blind16", 0.92, 0.98, 0.95, 0.97), ("zh-blind17-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind17", 0.95, 0.98, 0.97, 0.97), ("zh-blind18-chromium", 0.90, 0.98, 0.97, 0.97),
     ("zh-blind18", 0.90, 0.98, 0.97, 0.97), ("zh-blind19-chromium", 0.87, 0.98, 0.92, 0.97),
     ("zh-blind19", 0.87, 0.98, 0.92, 0.97), ("zh-blind20-chromium", 0.92, 0.98, 0.95, 0.97),
     ("zh-blind20", 0.92, 0.98, 0.95, 0.97), ("zh-blind21-chromium", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind21", 0.97, 0.98, 0.97, 0.97), ("zh-blind22-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind22", 0.95, 0.98, 0.97, 0.97), ("zh-blind23-chromium", 0.87, 0.98, 0.97, 0.95),
     ("zh-blind23", 0.90, 0.98, 0.97, 0.95), ("zh-blind24-chromium", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind24", 0.97, 0.98, 0.97, 0.97), ("zh-blind25-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind25", 0.95, 0.98, 0.97, 0.97), ("zh-blind26-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind26", 0.95, 0.98, 0.97, 0.97), ("zh-blind27-chromium", 0.95, 0.98, 0.95, 0.97),
     ("zh-blind27", 0.95, 0.98, 0.95, 0.97), ("zh-blind28-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind28", 0.95, 0.98, 0.97, 0.97), ("zh-blind29-chromium", 0.92, 0.98, 0.95, 0.97),
     ("zh-blind29", 0.92, 0.98, 0.95, 0.97), ("zh-blind30-chromium", 0.90, 0.98, 0.90, 0.97),
     ("zh-blind30", 0.90, 0.98, 0.90, 0.97), ("zh-blind31-chromium", 0.90, 0.98, 0.87, 0.97),
     ("zh-blind31", 0.90, 0.98, 0.87, 0.97), ("zh-blind32-chromium", 0.87, 0.98, 0.97, 0.97),
     ("zh-blind32", 0.87, 0.98, 0.97, 0.97), ("zh-blind33-chromium", 0.97, 0.98, 0.95, 0.97),
     ("zh-blind33", 0.97, 0.98, 0.95, 0.97), ("zh-blind34-chromium", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind34", 0.92, 0.99, 0.97, 0.97), ("zh-blind35-chromium", 0.95, 0.98, 0.95, 0.97),
     ("zh-blind35", 0.95, 0.98, 0.95, 0.97), ("zh-blind36-chromium", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind36", 0.97, 0.98, 0.97, 0.97), ("zh-blind37-chromium", 0.92, 0.98, 0.95, 0.95),
     ("zh-blind37", 0.92, 0.98, 0.97, 0.95), ("zh-blind38-chromium", 0.92, 0.98, 0.95, 0.97),
     ("zh-blind38", 0.92, 0.975, 0.95, 0.97), ("zh-blind39-chromium", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind39", 0.95, 0.98, 0.97, 0.97), ("zh-blind40-chromium", 0.92, 0.98, 0.95, 0.95),
     ("zh-blind40", 0.92, 0.98, 0.95, 0.95), ("zh-blind41-chromium", 0.92, 0.98, 0.95, 0.97),
     ("zh-blind41", 0.92, 0.98, 0.95, 0.97),
     ("zh-blind42-chromium", 0.95, 0.98, 0.95, 0.95), ("zh-blind42", 0.95, 0.98, 0.95, 0.95),
     ("zh-blind43-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind43", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind44-chromium", 0.90, 0.98, 0.95, 0.97), ("zh-blind44", 0.90, 0.98, 0.95, 0.97),
     ("zh-blind45-chromium", 0.87, 0.975, 0.95, 0.97), ("zh-blind45", 0.87, 0.975, 0.95, 0.97),
     ("zh-blind46-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind46", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind47-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind47", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind48-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind48", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind49-chromium", 0.92, 0.97, 0.92, 0.95), ("zh-blind49", 0.92, 0.97, 0.92, 0.95),
     ("zh-blind50-chromium", 0.97, 0.98, 0.95, 0.97), ("zh-blind50", 0.97, 0.98, 0.95, 0.97),
     ("zh-blind51-chromium", 0.92, 0.98, 0.92, 0.97), ("zh-blind51", 0.92, 0.98, 0.92, 0.97),
     ("zh-blind52-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind52", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind53-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind53", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind54-chromium", 0.87, 0.98, 0.97, 0.97), ("zh-blind54", 0.90, 0.98, 0.97, 0.97),
     ("zh-blind55-chromium", 0.90, 0.975, 0.95, 0.97), ("zh-blind55", 0.90, 0.975, 0.95, 0.97),
     ("zh-blind56-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind56", 0.97, 0.97, 0.97, 0.97),
     ("zh-blind57-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind57", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind58-chromium", 0.90, 0.98, 0.97, 0.97), ("zh-blind58", 0.90, 0.98, 0.97, 0.97),
     ("zh-blind59-chromium", 0.97, 0.975, 0.97, 0.97), ("zh-blind59", 0.97, 0.975, 0.97, 0.97),
     ("zh-blind60-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind60", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind61-chromium", 0.97, 0.975, 0.97, 0.97), ("zh-blind61", 0.97, 0.975, 0.97, 0.97),
     ("zh-blind62-chromium", 0.92, 0.98, 0.97, 0.97), ("zh-blind62", 0.92, 0.98, 0.97, 0.97),
     ("zh-blind63-chromium", 0.97, 0.97, 0.97, 0.97), ("zh-blind63", 0.97, 0.97, 0.97, 0.97),
     ("zh-blind64-chromium", 0.90, 0.98, 0.92, 0.97), ("zh-blind64", 0.90, 0.98, 0.92, 0.97),
     ("zh-blind65-chromium", 0.87, 0.98, 0.92, 0.97), ("zh-blind65", 0.87, 0.98, 0.92, 0.97),
     ("zh-blind66-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind66", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind67-chromium", 0.97, 0.97, 0.95, 0.97), ("zh-blind67", 0.97, 0.97, 0.95, 0.97),
     ("zh-blind68-chromium", 0.92, 0.99, 0.82, 0.95), ("zh-blind68", 0.92, 0.99, 0.82, 0.95),
     ("zh-blind69-chromium", 0.80, 0.99, 0.92, 0.97), ("zh-blind69", 0.80, 0.99, 0.92, 0.97),
     ("zh-blind70-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind70", 0.92, 0.98, 0.97, 0.97),
     ("zh-blind71-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind71", 0.97, 0.98, 0.95, 0.97),
     ("zh-blind72-chromium", 0.92, 0.975, 0.97, 0.97), ("zh-blind72", 0.92, 0.975, 0.97, 0.97),
     ("zh-blind73-chromium", 0.92, 0.99, 0.95, 0.97), ("zh-blind73", 0.92, 0.99, 0.95, 0.97),
     ("zh-blind74-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind74", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind75-chromium", 0.97, 0.975, 0.97, 0.97), ("zh-blind75", 0.97, 0.975, 0.97, 0.97),
     ("zh-blind76-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind76", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind77-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind77", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind78-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind78", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind79-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind79", 0.97, 0.99, 0.92, 0.97),
     ("zh-blind80-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind80", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind81-chromium", 0.90, 0.99, 0.85, 0.95), ("zh-blind81", 0.90, 0.99, 0.85, 0.95),
     ("zh-blind82-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind82", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind83-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind83", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind84-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind84", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind85-chromium", 0.92, 0.98, 0.92, 0.97), ("zh-blind85", 0.92, 0.98, 0.92, 0.97),
     ("zh-blind86-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind86", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind87-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind87", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind88-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind88", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind89-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind89", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind90-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind90", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind91-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind91", 0.97, 0.98, 0.92, 0.97),
     ("zh-blind92-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind92", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind93-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind93", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind94-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind94", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind95-chromium", 0.90, 0.99, 0.95, 0.97), ("zh-blind95", 0.90, 0.99, 0.95, 0.97),
     ("zh-blind96-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind96", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind97-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind97", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind98-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind98", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind99-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind99", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind100-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind100", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind101-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind101", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind102-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind102", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind103-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind103", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind104-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind104", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind105-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind105", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind106-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind106", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind107-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind107", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind108-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind108", 0.97, 0.975, 0.97, 0.97),
     ("zh-blind109-chromium", 0.95, 0.99, 0.95, 0.97), ("zh-blind109", 0.95, 0.99, 0.95, 0.97),
     ("zh-blind110-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind110", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind111-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind111", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind112-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind112", 0.97, 0.975, 0.97, 0.97),
     ("zh-blind113-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind113", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind114-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind114", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind115-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind115", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind116-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind116", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind117-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind117", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind118-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind118", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind119-chromium", 0.90, 0.99, 0.95, 0.97), ("zh-blind119", 0.90, 0.99, 0.95, 0.97),
     ("zh-blind120-chromium", 0.95, 0.98, 0.97, 0.97), ("zh-blind120", 0.95, 0.98, 0.97, 0.97),
     ("zh-blind121-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind121", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind122-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind122", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind123-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind123", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind124-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind124", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind125-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind125", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind126-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind126", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind127-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind127", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind128-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind128", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind129-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind129", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind130-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind130", 0.90, 0.99, 0.97, 0.97),
     ("zh-blind131-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind131", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind132-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind132", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind133-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind133", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind134-chromium", 0.92, 0.99, 0.95, 0.97), ("zh-blind134", 0.92, 0.99, 0.95, 0.97),
     ("zh-blind135-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind135", 0.97, 0.99, 0.92, 0.97),
     ("zh-blind136-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind136", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind137-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind137", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind138-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind138", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind139-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind139", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind140-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind140", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind141-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind141", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind142-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind142", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind143-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind143", 0.90, 0.99, 0.97, 0.97),
     ("zh-blind144-chromium", 0.90, 0.98, 0.97, 0.97), ("zh-blind144", 0.90, 0.98, 0.97, 0.97),
     ("zh-blind145-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind145", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind146-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind146", 0.90, 0.99, 0.97, 0.97),
     ("zh-blind147-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind147", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind148-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind148", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind149-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind149", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind150-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind150", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind151-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind151", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind152-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind152", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind153-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind153", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind154-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind154", 0.90, 0.99, 0.97, 0.97),
     ("zh-blind155-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind155", 0.97, 0.98, 0.95, 0.97),
     ("zh-blind156-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind156", 0.90, 0.99, 0.97, 0.97),
     ("zh-blind157-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind157", 0.97, 0.99, 0.92, 0.97),
     # made in the eighteenth round, scored on its final reader, looked at in the nineteenth
     ("zh-blind158-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind158", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind159-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind159", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind160-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind160", 0.90, 0.99, 0.97, 0.97),
     ("zh-blind161-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind161", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind162-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind162", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind163-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind163", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind164-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind164", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind165-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind165", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind166-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind166", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind167-chromium", 0.92, 0.98, 0.97, 0.97), ("zh-blind167", 0.92, 0.98, 0.97, 0.97),
     ("zh-blind168-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind168", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind169-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind169", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind170-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind170", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind171-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind171", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind172-chromium", 0.97, 0.98, 0.97, 0.97), ("zh-blind172", 0.97, 0.98, 0.97, 0.97),
     ("zh-blind173-chromium", 0.95, 0.99, 0.95, 0.97), ("zh-blind173", 0.95, 0.99, 0.95, 0.97),
     # made last in the nineteenth round, scored on its final reader, looked at in the twentieth
     ("zh-blind174-chromium", 0.87, 0.99, 0.95, 0.97), ("zh-blind174", 0.87, 0.99, 0.95, 0.97),
     ("zh-blind175-chromium", 0.95, 0.99, 0.95, 0.97), ("zh-blind175", 0.95, 0.99, 0.95, 0.97),
     ("zh-blind176-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind176", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind177-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind177", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind178-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind178", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind179-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind179", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind180-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind180", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind181-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind181", 0.97, 0.99, 0.97, 0.97),
     # made in the twentieth round, scored blind on its start and on look one's rules, then looked at
     ("zh-blind182-chromium", 0.92, 0.99, 0.95, 0.97), ("zh-blind182", 0.92, 0.99, 0.95, 0.97),
     ("zh-blind183-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind183", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind184-chromium", 0.97, 0.99, 0.90, 0.97), ("zh-blind184", 0.97, 0.99, 0.90, 0.97),
     ("zh-blind185-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind185", 0.97, 0.99, 0.92, 0.97),
     # made last in the twentieth round, scored on its final reader, looked at in the twenty-first
     ("zh-blind186-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind186", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind187-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind187", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind188-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind188", 0.97, 0.99, 0.92, 0.97),
     ("zh-blind189-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind189", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind190-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind190", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind191-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind191", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind192-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind192", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind193-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind193", 0.97, 0.99, 0.92, 0.97),
     # made in the twenty-first round, scored blind on its start and on look one's rules, then looked at
     ("zh-blind194-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind194", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind195-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind195", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind196-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind196", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind197-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind197", 0.97, 0.99, 0.97, 0.97),
     # made last in the twenty-first round, scored on its final reader, looked at in the twenty-second
     ("zh-blind198-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind198", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind199-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind199", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind200-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind200", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind201-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind201", 0.97, 0.99, 0.97, 0.97),
     # made in the twenty-second round and only scored, on its start and final reader: not looked at
     ("zh-blind202-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind202", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind203-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind203", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind204-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind204", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind205-chromium", 0.97, 0.99, 0.92, 0.97), ("zh-blind205", 0.97, 0.99, 0.92, 0.97),
     # made in the twenty-third round, scored blind on its start and on look one's rules, then looked at
     ("zh-blind206-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind206", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind207-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind207", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind208-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind208", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind209-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind209", 0.97, 0.99, 0.95, 0.97),
     # made last in the twenty-third round, scored on its start and final reader, looked at in the twenty-fourth
     ("zh-blind210-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind210", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind211-chromium", 0.92, 0.98, 0.97, 0.97), ("zh-blind211", 0.92, 0.98, 0.97, 0.97),
     ("zh-blind212-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind212", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind213-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind213", 0.97, 0.99, 0.97, 0.97),
     # made in the twenty-fourth round, scored blind on its start and on look one's rules, then looked at
     ("zh-blind214-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind214", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind215-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind215", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind216-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind216", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind217-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind217", 0.97, 0.99, 0.95, 0.97),
     # made last in the twenty-fourth round, scored on its start and final reader, looked at in the twenty-fifth
     ("zh-blind218-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind218", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind219-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind219", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind220-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind220", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind221-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind221", 0.97, 0.99, 0.97, 0.97),
     # made in the twenty-fifth round, scored blind on its start and on look one's rules, then looked at
     ("zh-blind222-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind222", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind223-chromium", 0.97, 0.99, 0.95, 0.97), ("zh-blind223", 0.97, 0.99, 0.95, 0.97),
     ("zh-blind224-chromium", 0.97, 0.99, 0.97, 0.97), ("zh-blind224", 0.97, 0.99, 0.97, 0.97),
     ("zh-blind225-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind225", 0.95, 0.99, 0.97, 0.97),
     # made last in the twenty-fifth round and only scored, on its start and final reader: not looked at
     ("zh-blind226-chromium", 0.95, 0.99, 0.97, 0.97), ("zh-blind226", 0.95, 0.99, 0.97, 0.97),
     ("zh-blind227-chromium", 0.92, 0.99, 0.97, 0.97), ("zh-blind227", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind228-chromium", 0.90, 0.99, 0.97, 0.97), ("zh-blind228", 0.92, 0.99, 0.97, 0.97),
     ("zh-blind229-chromium", 0.80, 0.99, 0.97, 0.97), ("zh-blind229", 0.80, 0.99, 0.97, 0.97)],
)
def test_chinese_pages_written_without_reading_the_reader(set_name, title, body, authors, date):
    """benchmarks/data/zh-blind … zh-blind229: Chinese government, portal, self-media, institution
    and e-paper pages written by people who never read the reader (each measured blind first, then
    looked at for the next rules). score.py comes from the shared corpus, so this needs it."""
    found = scored(set_name, boundaries=False)
    assert found["title_exact"] >= title
    assert found["body_f1_bag"] >= body
    assert found["author_match"] >= authors
    assert found["date_match"] >= date


# Sets whose saved pages are known to read less than their Chromium copies, marked strict so a fix is seen
# (zh-blind176's, 0.991 of the body against 0.996, was closed in the twentieth round).
# (zh-blind198's, an e-paper's 副题 read over the 主题 its markup names, was closed in the twenty-third round by the
# page's style sheet.)
_SAVED_BEHIND: dict[str, str] = {
    "zh-blind206": "saved pages find one headline fewer than the Chromium copies (0.975 against 1.000): an e-paper's "
                   "副题 read over its 主题 (sy-33), behind on ff8d7b49 already; looked at in the twenty-third round, "
                   "not fixed",
    "zh-blind226": "saved pages find three headlines fewer than the Chromium copies (0.875 against 0.950), on "
                   "4081a1bb and on the twenty-fifth round's reader alike; made last in that round, not looked at",
}


@needs_corpus
@pytest.mark.parametrize("blind", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=_SAVED_BEHIND[name])) if name in _SAVED_BEHIND
    else name for name in (f"zh-blind{n}" for n in range(11, 230))])
def test_the_saved_page_reader_is_as_good_as_the_text_reader_on_the_blind_pages(blind):
    html, text = scored(f"{blind}-html", boundaries=False), scored(f"{blind}-chromium", boundaries=False)
    assert html["title_exact"] >= text["title_exact"]
    assert html["body_f1_bag"] >= text["body_f1_bag"] - 0.005
