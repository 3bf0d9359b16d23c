#!/usr/bin/env python3
"""Check the zh-blind64 set.

For every gold/<id>.json:
  * the gold has the required keys and values (set, kind, lang, types);
  * the title, every author, the publish_time and every body paragraph occur in
    both raw-chromium/<id>.txt and raw/<id>.txt modulo white space (Chinese pages:
    all white space removed on both sides; English pages: runs of white space
    folded to one space), and the body paragraphs occur in gold order;
  * raw/<id>.txt is exactly make_raw.to_raw(raw-chromium/<id>.txt);
  * html/<id>.html is a self-contained page: <meta charset="utf-8">, one <style>,
    no <script>, no external resources (only data: URIs);
and it prints the body length (characters without white space; words for English)
of every page, flagging bodies outside 300-1200 characters.

Exit status 1 if any problem was found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import to_raw  # noqa: E402

WS = re.compile(r"[\s\u3000\u00a0\u200b]+")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}


def norm(s, lang):
    if lang == "zh":
        return WS.sub("", s)
    return WS.sub(" ", s).strip()


def lint_html(doc):
    probs = []
    if '<meta charset="utf-8">' not in doc:
        probs.append("no <meta charset=\"utf-8\">")
    if len(re.findall(r"<style[\s>]", doc, re.I)) != 1:
        probs.append("not exactly one <style>")
    if re.search(r"<script", doc, re.I):
        probs.append("has <script>")
    if re.search(r"<(link|iframe|embed|object|video|audio|source)\b", doc, re.I):
        probs.append("has link/iframe/embed/object/media element")
    for m in re.finditer(r"\b(src|srcset|poster|background)\s*=\s*[\"']?([^\"'\s>]*)", doc, re.I):
        if not m.group(2).startswith("data:"):
            probs.append(f"external {m.group(1)}={m.group(2)[:40]}")
    for m in re.finditer(r"url\(\s*['\"]?([^)'\"]*)", doc, re.I):
        if not m.group(1).startswith("data:"):
            probs.append(f"css url({m.group(1)[:40]})")
    if re.search(r"@import", doc, re.I):
        probs.append("@import")
    return probs


def main():
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    problems = 0
    kinds = {}
    print(f"{'id':<7} {'kind':<11} {'paras':>5} {'body':>6}  title")
    for pid in ids:
        probs = []
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            probs.append(f"keys {list(g)}")
        if g.get("id") != pid or g.get("set") != "zh-blind64":
            probs.append("bad id/set")
        if g.get("kind") not in KINDS:
            probs.append(f"bad kind {g.get('kind')}")
        kinds[g.get("kind")] = kinds.get(g.get("kind"), 0) + 1
        lang = g.get("lang")
        if lang not in ("zh", "en"):
            probs.append(f"bad lang {lang}")
        if not isinstance(g.get("title"), str) or not g["title"].strip():
            probs.append("no title")
        if not isinstance(g.get("authors"), list) or not all(isinstance(a, str) and a for a in g["authors"]):
            probs.append("authors not a list of names")
        if any(re.search(r"\s", a) for a in g.get("authors", [])) and lang == "zh":
            probs.append("white space inside a Chinese author name")
        paras = g.get("body_paragraphs") or []
        if not paras or not all(isinstance(p, str) and p.strip() for p in paras):
            probs.append("empty body or empty paragraph")
        if len(set(paras)) != len(paras):
            probs.append("duplicate body paragraphs")
        html_path = os.path.join(ROOT, "html", pid + ".html")
        if not os.path.exists(html_path):
            probs.append("no html")
        else:
            with open(html_path, encoding="utf-8") as f:
                probs += lint_html(f.read())
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                probs.append(f"no {d}/{pid}.txt")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = f.read()
        if "raw-chromium" in texts and "raw" in texts and to_raw(texts["raw-chromium"]) != texts["raw"]:
            probs.append("raw/ is not make_raw(raw-chromium/)")
        for d, t in texts.items():
            nt = norm(t, lang)
            fields = [("title", g.get("title"))] + [("author", a) for a in g.get("authors", [])]
            if g.get("publish_time") is not None:
                fields.append(("publish_time", g["publish_time"]))
            for name, val in fields:
                if not isinstance(val, str) or norm(val, lang) not in nt:
                    probs.append(f"{d}: {name} not found: {val!r}")
            pos = 0
            for k, para in enumerate(paras):
                np_ = norm(para, lang)
                at = nt.find(np_, pos)
                if at < 0:
                    if nt.find(np_) >= 0:
                        probs.append(f"{d}: paragraph {k} out of order: {para[:30]!r}")
                    else:
                        probs.append(f"{d}: paragraph {k} not found: {para[:40]!r}")
                else:
                    pos = at + len(np_)
        if lang == "en":
            blen = sum(len(p.split()) for p in paras)
            unit = "w"
            lo, hi = 180, 800
        else:
            blen = sum(len(WS.sub("", p)) for p in paras)
            unit = "c"
            lo, hi = 300, 1200
        flag = "" if lo <= blen <= hi else "  <-- body length out of range"
        if flag:
            probs.append(f"body length {blen}{unit} outside {lo}-{hi}")
        print(f"{pid:<7} {g.get('kind', ''):<11} {len(paras):>5} {blen:>5}{unit}  {g.get('title')}{flag}")
        for p in probs:
            print(f"    PROBLEM {pid}: {p}")
        problems += len(probs)
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: str(kv[0]))))
    for k, n in KINDS.items():
        if kinds.get(k, 0) != n:
            print(f"    NOTE: expected {n} {k} pages, have {kinds.get(k, 0)}")
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
