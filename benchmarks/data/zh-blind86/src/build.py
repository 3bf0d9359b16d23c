#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/,
and the page table in README.md.

    python3 src/build.py            # from the set folder (or anywhere)
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402

KINDS = ["government", "media", "self-media", "e-paper", "institution"]


def load_pages():
    pdir = os.path.join(HERE, "pages")
    mods = []
    for fn in sorted(os.listdir(pdir)):
        if re.fullmatch(r"wi_\d\d\.py", fn):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(pdir, fn))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            mods.append(m)
    return mods


def lint_html(pid: str, doc: str) -> list:
    errs = []
    low = doc.lower()
    if low.count("<style") != 1:
        errs.append("not exactly one <style>")
    for bad in ("<script", "<link", "<iframe", "<object", "<embed", "url(", "@import", "<video", "<audio"):
        if bad in low:
            errs.append(f"contains {bad}")
    for m in re.finditer(r'\ssrc\s*=\s*"([^"]*)"', doc, re.I):
        if not m.group(1).startswith("data:"):
            errs.append(f"non-data src {m.group(1)[:40]}")
    if '<meta charset="utf-8">' not in doc:
        errs.append("no utf-8 meta")
    return errs


def main() -> int:
    mods = load_pages()
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    problems = 0
    rows = []
    for m in mods:
        P = m.PAGE
        pid = P["id"]
        body = lib.render_body(m.BLOCKS, getattr(m, "FMT", None))
        inner = m.render(P, body)
        doc = lib.document(P.get("head_title", P["title"]), m.CSS, inner, P.get("html_lang", "zh-CN" if P["lang"] == "zh" else "en"))
        errs = lint_html(pid, doc)
        assert P["kind"] in KINDS, (pid, P["kind"])
        gold = {
            "id": pid,
            "set": lib.SET,
            "lang": P["lang"],
            "kind": P["kind"],
            "title": P["title"],
            "authors": P["authors"],
            "publish_time": P["publish_time"],
            "body_paragraphs": lib.gold_body(m.BLOCKS),
        }
        # every gold string must be in the visible text of the page (rough, tag-stripped)
        vis = re.sub(r"\s+", "", lib.text_of(re.sub(r"<(style|title)>.*?</\1>", "", doc, flags=re.S)))
        alts = " ".join(re.findall(r'alt="([^"]*)"', doc))
        for label, s in [("title", P["title"]), ("publish_time", P["publish_time"])] + \
                        [("author", a) for a in P["authors"]] + [("para", p) for p in gold["body_paragraphs"]]:
            if s and re.sub(r"\s+", "", s) not in vis:
                errs.append(f"{label} not in page text: {s[:40]}")
        for e in errs:
            print(f"{pid}: {e}")
        problems += len(errs)
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        rows.append((P, gold, m))
    write_readme(rows)
    counts = {k: sum(1 for P, g, m in rows if P["kind"] == k) for k in KINDS}
    print(f"{len(rows)} pages built: " + ", ".join(f"{k} {n}" for k, n in counts.items())
          + (f"; {problems} problems" if problems else ""))
    return 1 if problems else 0


def write_readme(rows):
    tpl_path = os.path.join(HERE, "README.template.md")
    if not os.path.exists(tpl_path):
        return
    with open(tpl_path, encoding="utf-8") as f:
        tpl = f.read()
    feats = []
    table = ["| id | kind | region / site | title | authors | publish_time | paras |",
             "|---|---|---|---|---|---|---|"]
    for P, g, m in rows:
        feats.append(f"- **{P['id']}** ({P['kind']}, {P['region']}, {P['site']}): {P['features']}")
        esc = lambda s: s.replace("|", "\\|")
        table.append(f"| {P['id']} | {P['kind']} | {esc(P['region'])} / {esc(P['site'])} | {esc(g['title'])} | "
                     f"{esc('、'.join(g['authors'])) if g['authors'] else '[]'} | {esc(g['publish_time'] or 'null')} | "
                     f"{len(g['body_paragraphs'])} |")
    chromium = "(version: see raw-chromium/_manifest.json)"
    man = os.path.join(ROOT, "raw-chromium", "_manifest.json")
    if os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            chromium = json.load(f).get("chromium", chromium)
    out = (tpl.replace("{{FEATURES}}", "\n".join(feats)).replace("{{TABLE}}", "\n".join(table))
           .replace("{{CHROMIUM}}", chromium))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    sys.exit(main())
