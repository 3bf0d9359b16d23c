#!/usr/bin/env python3
"""Check the zh-blind77 set.

For every page: the gold is well formed; the title, every author, the publish_time and every
gold paragraph (in gold order) occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo
white space; raw/ is exactly make_raw.py applied to raw-chromium/; the HTML keeps the rules
(UTF-8, <meta charset="utf-8">, one <style>, no scripts, no external resources).
Prints the body length of every page and, at the end, the problems found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

SET = "zh-blind77"
KINDS = {
    "government": range(1, 13),
    "media": range(13, 25),
    "self-media": range(25, 31),
    "e-paper": range(31, 36),
    "institution": range(36, 41),
}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
NOT_BODY_START = ("责任编辑", "编辑：", "编辑:", "审核：", "审核:", "来源：", "来源:", "原标题", "作者：", "记者：",
                  "本版编辑", "校对", "监制", "摄影", "图片来源", "上一篇", "下一篇", "分享到", "扫一扫")
LABELS = ("发布时间", "发布日期", "时间：", "日期：", "来源", "Updated", "Published", "【", "[", "（", "(")


def squash(s: str) -> str:
    return "".join(s.split())


def kind_of(num):
    for k, r in KINDS.items():
        if num in r:
            return k
    return None


def main():
    problems = []
    ids = [f"xz-{i:02d}" for i in range(1, 41)]
    extra = {fn.rsplit(".", 1)[0] for d in ("html", "gold", "raw", "raw-chromium")
             for fn in os.listdir(os.path.join(ROOT, d)) if not fn.startswith("_")} - set(ids)
    if extra:
        problems.append(f"unexpected files: {sorted(extra)}")
    man_path = os.path.join(ROOT, "raw-chromium", "_manifest.json")
    manifest = json.load(open(man_path, encoding="utf-8")) if os.path.exists(man_path) else {"pages": {}}
    print(f"{'id':6} {'kind':12} {'paras':>5} {'body chars':>10}  title")
    total = 0
    for num, pid in enumerate(ids, 1):
        paths = {d: os.path.join(ROOT, d, pid + ext) for d, ext in
                 (("html", ".html"), ("gold", ".json"), ("raw", ".txt"), ("raw-chromium", ".txt"))}
        missing = [d for d, p in paths.items() if not os.path.exists(p)]
        if missing:
            problems.append(f"{pid}: missing {', '.join(missing)}")
            continue
        total += 1
        # ---- gold
        g = json.load(open(paths["gold"], encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g.get("id") != pid or g.get("set") != SET:
            problems.append(f"{pid}: id/set wrong")
        if g.get("kind") != kind_of(num):
            problems.append(f"{pid}: kind {g.get('kind')} but id range says {kind_of(num)}")
        if g.get("lang") not in ("zh", "en"):
            problems.append(f"{pid}: lang {g.get('lang')}")
        title, authors, pt, paras = g.get("title"), g.get("authors"), g.get("publish_time"), g.get("body_paragraphs")
        if not isinstance(title, str) or not title.strip() or "\n" in title or title != title.strip():
            problems.append(f"{pid}: bad title {title!r}")
        if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
            problems.append(f"{pid}: bad authors {authors!r}")
            authors = []
        for a in authors:
            if g["lang"] == "zh" and re.search(r"[\u4e00-\u9fff]", a) and re.search(r"\s", a):
                problems.append(f"{pid}: author with white space {a!r}")
            if any(w in a for w in ("记者", "通讯员", "编辑", "：", ":", "By ", "本报")):
                problems.append(f"{pid}: author with a label {a!r}")
        if len(set(authors)) != len(authors):
            problems.append(f"{pid}: duplicate authors")
        if not isinstance(pt, str) or not pt.strip():
            problems.append(f"{pid}: bad publish_time {pt!r}")
            pt = ""
        elif pt.startswith(LABELS) or pt.endswith(("】", "]", "）", ")")):
            problems.append(f"{pid}: publish_time keeps a label or bracket {pt!r}")
        elif not re.search(r"\d", pt):
            problems.append(f"{pid}: publish_time without digits {pt!r}")
        if not isinstance(paras, list) or not paras or not all(isinstance(p, str) and p.strip() for p in paras):
            problems.append(f"{pid}: bad body_paragraphs")
            paras = [p for p in (paras or []) if isinstance(p, str)]
        for p in paras:
            if p != p.strip(" \t\n\u3000"):
                problems.append(f"{pid}: paragraph not stripped {p[:20]!r}")
            if p.startswith(NOT_BODY_START):
                problems.append(f"{pid}: paragraph looks like furniture {p[:30]!r}")
        if title in paras:
            problems.append(f"{pid}: title repeated as a body paragraph")
        if len(set(paras)) != len(paras):
            problems.append(f"{pid}: duplicate body paragraphs")
        body_len = len(squash("".join(paras)))
        if g["lang"] == "zh" and not 300 <= body_len <= 1200:
            problems.append(f"{pid}: body length {body_len} outside 300-1200")
        if g["lang"] == "en" and not 150 <= len("".join(paras).split()) <= 900:
            problems.append(f"{pid}: English body of {len(' '.join(paras).split())} words")
        # ---- html
        raw_bytes = open(paths["html"], "rb").read()
        try:
            h = raw_bytes.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{pid}: html is not UTF-8")
            h = raw_bytes.decode("utf-8", "replace")
        hl = h.lower()
        if '<meta charset="utf-8">' not in hl:
            problems.append(f"{pid}: no <meta charset=\"utf-8\">")
        if hl.count("<style") != 1:
            problems.append(f"{pid}: {hl.count('<style')} <style> elements")
        for bad in ("<script", "<link", "<iframe", "<object", "<embed", "@import", "url("):
            if bad in hl:
                problems.append(f"{pid}: html contains {bad}")
        for m in re.finditer(r'\b(?:src|srcset|poster|data)\s*=\s*"([^"]*)"', h):
            if not m.group(1).startswith("data:image/gif;base64,"):
                problems.append(f"{pid}: external resource {m.group(0)[:60]}")
        if "<title>" not in hl:
            problems.append(f"{pid}: no <title>")
        # ---- raw texts
        rc = open(paths["raw-chromium"], encoding="utf-8").read()
        rw = open(paths["raw"], encoding="utf-8").read()
        if convert(rc) != rw:
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        info = manifest.get("pages", {}).get(pid, {})
        if info.get("error") or info.get("warnings"):
            problems.append(f"{pid}: chromium manifest reports {info.get('error') or info.get('warnings')}")
        for name, text in (("raw-chromium", rc), ("raw", rw)):
            flat = squash(text)
            for label, s in [("title", title)] + [("author", a) for a in authors] + [("publish_time", pt)]:
                if s and squash(s) not in flat:
                    problems.append(f"{pid}: {label} {s!r} not in {name}")
            pos = 0
            for i, p in enumerate(paras):
                q = squash(p)
                j = flat.find(q, pos)
                if j < 0:
                    where = "anywhere" if q not in flat else "in order"
                    problems.append(f"{pid}: paragraph {i + 1} not found {where} in {name}: {p[:40]!r}")
                else:
                    pos = j + len(q)
        print(f"{pid:6} {g['kind']:12} {len(paras):5d} {body_len:10d}  {title[:40]}")
    print(f"\n{total} pages checked")
    if problems:
        print(f"problems found: {len(problems)}")
        for p in problems:
            print("  - " + p)
        return 1
    print("problems found: none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
