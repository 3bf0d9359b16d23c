"""The reader on pages of sites it was built on, and on sites it has never seen.

    python benchmarks/cross_site.py [--sets zh,en,...] [--jobs 2] [--per-page FILE] [--json FILE]

Sets (each scored with the corpus's own score.py, imported from the corpus folder):

- ``zh``, ``en``, ``zh-seed``: ../shared/corpus/raw, the pasted text of the development pages;
- ``zh-chromium``, ``en-chromium``: ../shared/corpus/raw-chromium, the same pages as a real
  Chromium select-all + copy gives them;
- ``zh-wrapped``, ``zh-wrapped-flat``: the ``zh`` pages hard-wrapped as the zh-seed pages were
  (lines over 24 characters wrapped at 40, no blank lines), with and without indented
  paragraphs: how well paragraphs are re-joined on every page, not only the four of zh-seed;
- ``zh-html``, ``en-html``: ../shared/corpus/html, the saved pages, read by the HTML reader;
- ``en-l3s``, ``en-dragnet``, ``en-readability``, ``en-cleaneval``: ../shared/corpus-extra/raw,
  about 1,400 English pages from public extraction benchmarks (Chromium copies), which nothing
  in the reader was built or fitted on; ``…-html`` of each reads the saved page instead. Each
  is split in two halves by a hash of the page id: ``en-l3s:seen`` holds the pages whose
  failures were looked at one by one while the rules were written, ``en-l3s:unseen`` the pages
  that never were (only their totals are printed), so the rules' fit shows as the gap.
- ``zh-blind``, ``zh-blind-chromium``, ``zh-blind-html``: benchmarks/data/zh-blind, 40 Chinese
  pages of kinds of sites the development corpus lacks (government portals and their official
  documents, portals, self-media, institutions, newspaper e-paper, a forum, a blog), written
  without reading the reader (README there); pasted text, Chromium copy, saved page. Split in
  halves the same way (``zh-blind:seen``, ``zh-blind:unseen``);
- ``zh-blind2``, ``zh-blind2-chromium``, ``zh-blind2-html``: benchmarks/data/zh-blind2, 40 more
  such pages by another author (other provinces, site generations and kinds of page); its
  failures were looked at once the first set's rules were measured on it;
- ``zh-blind3``, ``zh-blind3-chromium``, ``zh-blind3-html``: benchmarks/data/zh-blind3, 40 more
  by a third author, made after both sets' rules were written; its totals were read first, then
  its failures looked at for the next rules;
- ``zh-blind4``, ``zh-blind4-chromium``, ``zh-blind4-html``: benchmarks/data/zh-blind4, 40 more by
  a fourth author, made after all the rules above; its totals were read, then its failures
  looked at for the next rules;
- ``zh-blind5``, ``zh-blind5-chromium``, ``zh-blind5-html``: benchmarks/data/zh-blind5, 40 more by
  a fifth author, made while those rules were written; its totals were read, then its failures
  looked at;
- ``zh-blind6``, ``zh-blind6-chromium``, ``zh-blind6-html``: benchmarks/data/zh-blind6, 40 more by
  a sixth author, made while the fifth set's rules were written; its totals were read, then its
  failures looked at;
- ``zh-blind7``, ``zh-blind7-chromium``, ``zh-blind7-html``: benchmarks/data/zh-blind7, 40 more by
  a seventh author (weighted to government pages), made while the sixth set's rules were written;
  its totals were read, then its failures looked at;
- ``zh-blind8``, ``zh-blind8-chromium``, ``zh-blind8-html``: benchmarks/data/zh-blind8, 40 more by
  an eighth author (government pages, headlines hard to find), made while the seventh set's rules
  were written; its totals were read, then its failures looked at;
- ``zh-blind9``, ``zh-blind9-chromium``, ``zh-blind9-html``: benchmarks/data/zh-blind9, 40 more by
  a ninth author (every headline position), made while the eighth set's rules were written; its
  totals were read, then its failures looked at;
- ``zh-blind10``, ``zh-blind10-chromium``, ``zh-blind10-html``: benchmarks/data/zh-blind10, 40 more
  by a tenth author (provinces and kinds of site no other author picked first), made while the
  ninth set's rules were written; its totals were read, then its failures looked at;
- ``zh-blind11``, ``zh-blind11-chromium``, ``zh-blind11-html``: benchmarks/data/zh-blind11, 40 more
  by an eleventh author, made while the tenth set's rules were written and never looked at one
  by one.

Two scores per set:

- **dev**: the reader as shipped;
- **cross-site**: every page read by a reader that did not learn from its site. The reader's
  data-driven part (the line model, trained by benchmarks/train_lines.py on the development
  corpus) is retrained without the page's site (leave-one-site-out; a site is the outlet: the
  id's site name for Chinese pages, the URL's domain for English ones, and the Chromium copy,
  the saved page and the hard-wrapped rewrite of a page belong to the page's site). The
  corpus-extra sets are never trained on, so there the two scores are one.

Reports title exact, body F1 (bag), body precision, boundary F1, authors and dates as score.py
computes them, and pages/s (time spent reading, summed over pages, so it is the rate of one
process whatever ``--jobs`` is).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EXTRA = SHARED / "corpus-extra"
BLIND_DATA = ROOT / "benchmarks" / "data"
# The blind sets (README in each folder), and how their pages' ids start.
BLIND_SETS = {"zh-blind": "zb-", "zh-blind2": "zc-", "zh-blind3": "zd-", "zh-blind4": "ze-", "zh-blind5": "zf-",
              "zh-blind6": "zg-", "zh-blind7": "zh-", "zh-blind8": "zi-", "zh-blind9": "zj-", "zh-blind10": "zk-",
              "zh-blind11": "zl-", "zh-blind12": "zm-", "zh-blind13": "zn-", "zh-blind14": "zo-", "zh-blind15": "zp-", "zh-blind16": "zq-", "zh-blind17": "zr-", "zh-blind18": "zs-", "zh-blind19": "zt-", "zh-blind20": "zu-", "zh-blind21": "zv-", "zh-blind22": "zw-", "zh-blind23": "zx-", "zh-blind24": "zy-", "zh-blind25": "zz-", "zh-blind26": "ya-", "zh-blind27": "yb-", "zh-blind28": "yc-", "zh-blind29": "yd-", "zh-blind30": "ye-", "zh-blind31": "yf-", "zh-blind32": "yg-", "zh-blind33": "yh-", "zh-blind34": "yi-", "zh-blind35": "yj-", "zh-blind36": "yk-", "zh-blind37": "yl-", "zh-blind38": "ym-", "zh-blind39": "yn-", "zh-blind40": "yo-", "zh-blind41": "yp-", "zh-blind42": "yq-", "zh-blind43": "yr-", "zh-blind44": "ys-", "zh-blind45": "yt-", "zh-blind46": "yu-", "zh-blind47": "yv-", "zh-blind48": "yw-", "zh-blind49": "yx-", "zh-blind50": "yy-", "zh-blind51": "yz-", "zh-blind52": "xa-", "zh-blind53": "xb-", "zh-blind54": "xc-", "zh-blind55": "xd-", "zh-blind56": "xe-", "zh-blind57": "xf-", "zh-blind58": "xg-", "zh-blind59": "xh-", "zh-blind60": "xi-", "zh-blind61": "xj-", "zh-blind62": "xk-", "zh-blind63": "xl-", "zh-blind64": "xm-", "zh-blind65": "xn-", "zh-blind66": "xo-", "zh-blind67": "xp-", "zh-blind68": "xq-", "zh-blind69": "xr-", "zh-blind70": "xs-", "zh-blind71": "xt-", "zh-blind72": "xu-", "zh-blind73": "xv-", "zh-blind74": "xw-", "zh-blind75": "xx-", "zh-blind76": "xy-", "zh-blind77": "xz-", "zh-blind78": "wa-", "zh-blind79": "wb-", "zh-blind80": "wc-", "zh-blind81": "wd-", "zh-blind82": "we-", "zh-blind83": "wf-", "zh-blind84": "wg-", "zh-blind85": "wh-", "zh-blind86": "wi-", "zh-blind87": "wj-", "zh-blind88": "wk-", "zh-blind89": "wl-", "zh-blind90": "wm-", "zh-blind91": "wn-", "zh-blind92": "wo-", "zh-blind93": "wp-", "zh-blind94": "wq-", "zh-blind95": "wr-", "zh-blind96": "ws-", "zh-blind97": "wt-", "zh-blind98": "wu-", "zh-blind99": "wv-", "zh-blind100": "ww-", "zh-blind101": "wx-", "zh-blind102": "wy-", "zh-blind103": "wz-", "zh-blind104": "va-", "zh-blind105": "vb-", "zh-blind106": "vc-", "zh-blind107": "vd-", "zh-blind108": "ve-", "zh-blind109": "vf-", "zh-blind110": "vg-", "zh-blind111": "vh-", "zh-blind112": "vi-", "zh-blind113": "vj-", "zh-blind114": "vk-", "zh-blind115": "vl-", "zh-blind116": "vm-", "zh-blind117": "vn-", "zh-blind118": "vo-", "zh-blind120": "vq-", "zh-blind121": "vr-", "zh-blind119": "vp-", "zh-blind122": "vs-", "zh-blind125": "vv-", "zh-blind123": "vt-", "zh-blind124": "vu-", "zh-blind126": "vw-", "zh-blind127": "vx-", "zh-blind128": "vy-", "zh-blind129": "vz-", "zh-blind130": "ua-", "zh-blind131": "ub-", "zh-blind132": "uc-", "zh-blind133": "ud-", "zh-blind134": "ue-", "zh-blind135": "uf-", "zh-blind136": "ug-", "zh-blind137": "uh-", "zh-blind138": "ui-", "zh-blind139": "uj-", "zh-blind140": "uk-", "zh-blind141": "ul-", "zh-blind142": "um-", "zh-blind143": "un-", "zh-blind144": "uo-", "zh-blind145": "up-", "zh-blind146": "uq-", "zh-blind147": "ur-", "zh-blind148": "us-", "zh-blind149": "ut-", "zh-blind150": "uu-", "zh-blind151": "uv-", "zh-blind152": "uw-", "zh-blind153": "ux-", "zh-blind154": "uy-", "zh-blind155": "uz-", "zh-blind156": "ta-", "zh-blind157": "tb-", "zh-blind158": "tc-", "zh-blind159": "td-", "zh-blind160": "te-", "zh-blind161": "tf-", "zh-blind162": "tg-", "zh-blind163": "th-", "zh-blind164": "ti-", "zh-blind165": "tj-", "zh-blind166": "tk-", "zh-blind167": "tl-", "zh-blind168": "tm-", "zh-blind169": "tn-", "zh-blind170": "to-", "zh-blind171": "tp-", "zh-blind172": "tq-", "zh-blind173": "tr-", "zh-blind174": "ts-", "zh-blind175": "tt-", "zh-blind176": "tu-", "zh-blind177": "tv-", "zh-blind178": "tw-", "zh-blind179": "tx-", "zh-blind180": "ty-", "zh-blind181": "tz-", "zh-blind183": "sb-", "zh-blind185": "sd-", "zh-blind182": "sa-", "zh-blind184": "sc-", "zh-blind186": "se-", "zh-blind189": "sh-", "zh-blind187": "sf-", "zh-blind188": "sg-", "zh-blind193": "sl-", "zh-blind190": "si-", "zh-blind191": "sj-", "zh-blind192": "sk-", "zh-blind194": "sm-", "zh-blind196": "so-", "zh-blind197": "sp-", "zh-blind195": "sn-", "zh-blind198": "sq-", "zh-blind199": "sr-", "zh-blind200": "ss-", "zh-blind201": "st-", "zh-blind202": "su-", "zh-blind203": "sv-", "zh-blind204": "sw-", "zh-blind205": "sx-", "zh-blind206": "sy-", "zh-blind207": "sz-", "zh-blind208": "ra-", "zh-blind209": "rb-", "zh-blind210": "rc-", "zh-blind211": "rd-", "zh-blind212": "re-", "zh-blind213": "rf-", "zh-blind214": "rg-", "zh-blind215": "rh-", "zh-blind216": "ri-", "zh-blind217": "rj-", "zh-blind218": "rk-", "zh-blind219": "rl-", "zh-blind220": "rm-", "zh-blind221": "rn-", "zh-blind222": "ro-", "zh-blind223": "rp-", "zh-blind224": "rq-", "zh-blind225": "rr-", "zh-blind226": "rs-", "zh-blind227": "rt-", "zh-blind228": "ru-", "zh-blind229": "rv-", "zh-blind230": "rw-", "zh-blind231": "rx-", "zh-blind232": "ry-", "zh-blind233": "rz-", "zh-blind234": "qa-", "zh-blind235": "qb-", "zh-blind236": "qc-", "zh-blind237": "qd-"}


@dataclass(frozen=True)
class PageSet:
    name: str
    folder: Path  # where the inputs are
    suffix: str  # ".txt" or ".html"
    gold: Path
    gold_set: str  # the "set" field of the gold files
    prefix: str  # ids of this set start with it
    trained: bool  # whether the development training data holds these pages' sites
    half: int | None = None  # corpus-extra: 0 = pages looked at while writing rules, 1 = never looked at
    rewrap: str | None = None  # hard-wrap the input as zh-seed is: "indented" or "flat" (no indentation)


SETS: dict[str, PageSet] = {
    "zh": PageSet("zh", CORPUS / "raw", ".txt", CORPUS / "gold", "zh", "zh-", True),
    "en": PageSet("en", CORPUS / "raw", ".txt", CORPUS / "gold", "en", "en-", True),
    "zh-seed": PageSet("zh-seed", CORPUS / "raw", ".txt", CORPUS / "gold", "zh-seed", "seed-", True),
    "zh-chromium": PageSet("zh-chromium", CORPUS / "raw-chromium", ".txt", CORPUS / "gold", "zh", "zh-", True),
    "en-chromium": PageSet("en-chromium", CORPUS / "raw-chromium", ".txt", CORPUS / "gold", "en", "en-", True),
    "zh-wrapped": PageSet("zh-wrapped", CORPUS / "raw", ".txt", CORPUS / "gold", "zh", "zh-", True,
                          rewrap="indented"),
    "zh-wrapped-flat": PageSet("zh-wrapped-flat", CORPUS / "raw", ".txt", CORPUS / "gold", "zh", "zh-", True,
                               rewrap="flat"),
    "zh-html": PageSet("zh-html", CORPUS / "html", ".html", CORPUS / "gold", "zh", "zh-", True),
    "en-html": PageSet("en-html", CORPUS / "html", ".html", CORPUS / "gold", "en", "en-", True),
}
for _name, _prefix in (("en-l3s", "l3s-"), ("en-dragnet", "dragnet-"), ("en-readability", "rdb-"),
                       ("en-cleaneval", "ce-")):
    SETS[_name] = PageSet(_name, EXTRA / "raw", ".txt", EXTRA / "gold", _name, _prefix, False)
    SETS[f"{_name}-html"] = PageSet(f"{_name}-html", EXTRA / "html", ".html", EXTRA / "gold", _name, _prefix, False)
    for _half, _label in ((0, "seen"), (1, "unseen")):
        for _kind, _folder, _suffix in (("", "raw", ".txt"), ("-html", "html", ".html")):
            SETS[f"{_name}{_kind}:{_label}"] = PageSet(f"{_name}{_kind}:{_label}", EXTRA / _folder, _suffix,
                                                       EXTRA / "gold", _name, _prefix, False, _half)
for _kind, _folder, _suffix in (("", "raw", ".txt"), ("-chromium", "raw-chromium", ".txt"), ("-html", "html", ".html")):
    for _name, _prefix in BLIND_SETS.items():
        SETS[f"{_name}{_kind}"] = PageSet(f"{_name}{_kind}", BLIND_DATA / _name / _folder, _suffix,
                                          BLIND_DATA / _name / "gold", _name, _prefix, False)
    for _half, _label in ((0, "seen"), (1, "unseen")):
        SETS[f"zh-blind{_kind}:{_label}"] = PageSet(f"zh-blind{_kind}:{_label}", BLIND_DATA / "zh-blind" / _folder,
                                                    _suffix, BLIND_DATA / "zh-blind" / "gold", "zh-blind", "zb-",
                                                    False, _half)


def half_of(page: str) -> int:
    """Which half of corpus-extra a page is in: 0, the pages whose failures were looked at while
    writing the reader's rules; 1, pages never looked at one by one (only their totals)."""
    return int(hashlib.sha1(page.encode()).hexdigest(), 16) % 2

DEFAULT_SETS = ("zh,en,zh-seed,zh-wrapped,zh-wrapped-flat,zh-chromium,en-chromium,zh-html,en-html,"
                + ",".join(f"{name}:{half}" for name in ("en-l3s", "en-dragnet", "en-readability", "en-cleaneval")
                           for half in ("seen", "unseen")))


def site_of(gold: dict[str, Any]) -> str:
    """The outlet a development page comes from: ``zh-sina-3`` and ``seed-zh-sina-1`` -> ``sina``;
    an English page -> the domain of its URL (``www.`` dropped)."""
    page = gold["id"]
    if page.startswith(("zh-", "seed-zh-")):
        parts = page.removeprefix("seed-").split("-")[1:]
        return parts[1] if parts[0] == "vis" else parts[0]  # zh-vis-cmse-1 is cmse's
    url = gold.get("url") or ""
    host = urlparse(url).hostname or page
    return host.removeprefix("www.")


WRAP_WIDTH = 40
_PROSE_LENGTH = 24


def rewrap(text: str, style: str) -> str:
    """A page as the zh-seed pages were made from theirs: blank lines dropped, every line longer
    than 24 characters hard-wrapped at 40, and (``indented``) its first line indented by two
    ideographic spaces; ``flat`` leaves the indentation out, so only the wrap width tells where
    paragraphs end."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= _PROSE_LENGTH:
            out.append(line)
            continue
        if style == "indented":
            line = "\u3000\u3000" + line
        out += [line[k : k + WRAP_WIDTH] for k in range(0, len(line), WRAP_WIDTH)]
    return "\n".join(out) + "\n"


def _load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def paragraphs(blocks: Any) -> list[str]:
    """The body as score.py's paragraphs: every text block, and a table one row per paragraph
    (its cells joined by a space), as the corpora's gold gives a table."""
    from newsconv.model import Table, block_texts, inline_text

    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            if block.caption:
                out.append(inline_text(block.caption))
            out += [" ".join(inline_text(cell) for cell in row) for row in block.rows]
        else:
            out += block_texts([block])
    return [text for text in out if text.strip()]


def prediction(path: Path, style: str | None = None) -> tuple[dict[str, Any], float]:
    """score.py's prediction for one page (hard-wrapped first in ``style``, if given), and the
    seconds reading it took."""
    from newsconv.model import format_published
    from newsconv.readers import ReadOptions
    from newsconv.readers.html import read_html
    from newsconv.readers.text import read_text

    read = read_html if path.suffix == ".html" else read_text
    data: bytes | str = path.read_bytes()
    if style is not None:
        data = rewrap(path.read_text(encoding="utf-8"), style)
    start = time.perf_counter()
    doc = read(data, ReadOptions(source=str(path)))
    seconds = time.perf_counter() - start
    return {
        "title": doc.meta.title,
        "authors": list(doc.meta.writers),
        "publish_time": format_published(doc.meta.published) or dict(doc.meta.extra).get("published_text"),
        "body_paragraphs": paragraphs(doc.blocks),
    }, seconds


# ---------------------------------------------------------------------------- the line model


def line_model_hooks() -> tuple[Callable[[set[str]], Any], Callable[[Any], Any]] | None:
    """(train without these sites, use this model) when the reader has a learned part, else None."""
    try:
        from newsconv.readers.text import linemodel  # noqa: F401 - present once the reader learns
    except ImportError:
        return None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import train_lines

    return train_lines.train_without, linemodel.using


@contextmanager
def _nothing() -> Iterator[None]:
    yield


# ---------------------------------------------------------------------------- one worker's job


_SCORE: ModuleType | None = None


def _score_pages(job: tuple[str, list[str], frozenset[str] | None]) -> list[dict[str, Any]]:
    """Read and score the pages of one set (and one held-out group of sites, for cross-site)."""
    global _SCORE
    if _SCORE is None:
        _SCORE = _load_score()
    set_name, ids, held_out = job
    page_set = SETS[set_name]
    context = _nothing()
    if held_out is not None:
        hooks = line_model_hooks()
        if hooks is not None:
            train_without, using = hooks
            context = using(train_without(set(held_out)))
    records = []
    with context:
        for page in ids:
            gold = json.loads((page_set.gold / f"{page}.json").read_text(encoding="utf-8"))
            path = page_set.folder / f"{page}{page_set.suffix}"
            try:
                pred, seconds = prediction(path, page_set.rewrap)
                error = None
            except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure and goes on
                pred, seconds, error = {}, 0.0, f"{type(exc).__name__}: {exc}"
            record = _SCORE.score_page(gold, pred)
            record.update(seconds=seconds, error=error, site=site_of(gold) if page_set.trained else page,
                          pred=pred)
            records.append(record)
    return records


def page_ids(page_set: PageSet) -> list[str]:
    ids = []
    for path in sorted(page_set.folder.glob(f"{page_set.prefix}*{page_set.suffix}")):
        if (page_set.gold / f"{path.stem}.json").is_file() and page_set.half in (None, half_of(path.stem)):
            ids.append(path.stem)
    gold_sets = {json.loads((page_set.gold / f"{i}.json").read_text(encoding="utf-8"))["set"] for i in ids}
    assert gold_sets <= {page_set.gold_set}, gold_sets
    return ids


def jobs_for(set_name: str, cross: bool) -> list[tuple[str, list[str], frozenset[str] | None]]:
    """Work for one set: all pages at once (dev), or one job per held-out site (cross-site)."""
    page_set = SETS[set_name]
    ids = page_ids(page_set)
    if not cross:
        return [(set_name, ids[i : i + 50], None) for i in range(0, len(ids), 50)]
    by_site: dict[str, list[str]] = defaultdict(list)
    for page in ids:
        gold = json.loads((page_set.gold / f"{page}.json").read_text(encoding="utf-8"))
        by_site[site_of(gold)].append(page)
    return [(set_name, pages, frozenset({site})) for site, pages in sorted(by_site.items())]


# ---------------------------------------------------------------------------- the table

METRICS = (("title_exact", "title"), ("body_f1_bag", "body F1"), ("body_precision_bag", "body P"),
           ("boundary_f1", "boundary F1"), ("author_match", "authors"), ("date_match", "date"))


def summarise(score: ModuleType, records: list[dict[str, Any]]) -> dict[str, Any]:
    summary = score.summarize(records)
    seconds = sum(r["seconds"] for r in records)
    summary["pages_per_s"] = len(records) / seconds if seconds else None
    summary["failures"] = sum(1 for r in records if r["error"])
    return summary


def _cell(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def print_table(results: dict[str, dict[str, dict[str, Any]]], learned: bool) -> None:
    head = "| set | pages | " + " | ".join(f"{label} dev | {label} cross" for _, label in METRICS) + " | pages/s |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for name, both in results.items():
        dev, cross = both["dev"], both.get("cross", both["dev"])
        cells = []
        for key, _ in METRICS:
            cells += [_cell(dev.get(key)), _cell(cross.get(key))]
        speed = f"{dev['pages_per_s']:.0f}" if dev.get("pages_per_s") else "–"
        print(f"| {name} | {dev['pages']} | " + " | ".join(cells) + f" | {speed} |")
    if not learned:
        print("\nThe reader has no learned part: nothing is fitted to data, so cross-site = dev on every set.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=DEFAULT_SETS, help=f"comma-separated; any of {', '.join(SETS)}")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--per-page", type=Path, help="write every page's scores and prediction here (JSON)")
    parser.add_argument("--json", type=Path, help="write the summary table here (JSON)")
    parser.add_argument("--dev-only", action="store_true", help="skip the leave-one-site-out runs")
    args = parser.parse_args()
    names = [s for s in args.sets.split(",") if s]
    unknown = [s for s in names if s not in SETS]
    if unknown:
        parser.error(f"unknown sets: {', '.join(unknown)}")
    missing = [s for s in names if not SETS[s].folder.is_dir()]
    if missing:
        print(f"corpus folders not found for: {', '.join(missing)}", file=sys.stderr)
        return 2
    learned = line_model_hooks() is not None
    score = _load_score()
    work: list[tuple[str, str, tuple[str, list[str], frozenset[str] | None]]] = []
    for name in names:
        work += [(name, "dev", job) for job in jobs_for(name, cross=False)]
        if learned and SETS[name].trained and not args.dev_only:
            work += [(name, "cross", job) for job in jobs_for(name, cross=True)]
    collected: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for (name, kind, _), records in zip(work, pool.map(_score_pages, [job for _, _, job in work]), strict=True):
            collected[(name, kind)] += records
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for name in names:
        results[name] = {kind: summarise(score, collected[(name, kind)])
                         for kind in ("dev", "cross") if collected[(name, kind)]}
        for record in collected[(name, "dev")]:
            if record["error"]:
                print(f"reader failed on {record['id']}: {record['error']}", file=sys.stderr)
    print(f"scored in {time.perf_counter() - started:.0f} s\n")
    print_table(results, learned)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.per_page:
        pages = {f"{name}/{kind}": records for (name, kind), records in collected.items()}
        args.per_page.write_text(json.dumps(pages, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
