"""Build zh-blind50: html/, gold/, then (with --text) raw-chromium/ via shared tool and raw/ derived from it.

    python3 src/build.py            # html + gold
    python3 src/build.py --text     # also run Chromium and derive raw/
    python3 src/check.py            # gold vs raw-chromium
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
import pages_gov, pages_news, pages_other  # noqa: E402,F401
from pages_gov import P  # noqa: E402
from lib import body, doc  # noqa: E402


def derive_raw(text):
    """raw/ from raw-chromium/: tabs -> one space, spaces at line edges trimmed,
    runs of blank lines -> a single blank line, blank line between every block."""
    lines = [l.replace("\t", " ").strip() for l in text.split("\n")]
    out = []
    for l in lines:
        if not l:
            continue
        if out:
            out.append("")
        out.append(l)
    return "\n".join(out) + "\n"


def main():
    ids = [p["id"] for p in P]
    assert ids == [f"yy-{i:02d}" for i in range(1, 41)], ids
    for d in ("html", "gold", "raw", "raw-chromium"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    kinds = {}
    for p in P:
        bh, gold = body(p["items"])
        inner = p["build"](bh)
        h = doc(p["title"], inner)
        if p["lang"] == "en":
            h = h.replace('lang="zh-CN"', 'lang="en"')
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(h)
        g = {"id": p["id"], "set": "zh-blind50", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["pt"], "body_paragraphs": gold}
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        kinds.setdefault(p["kind"].split(":")[0], []).append(p["id"])
    print({k: len(v) for k, v in kinds.items()})
    if "--text" in sys.argv:
        subprocess.run([sys.executable, "../shared/tools/chromium_text.py", "--html-dir", os.path.join(ROOT, "html"),
                        "--out", os.path.join(ROOT, "raw-chromium")], check=True)
    rc = os.path.join(ROOT, "raw-chromium")
    for i in ids:
        f = os.path.join(rc, i + ".txt")
        if os.path.exists(f):
            open(os.path.join(ROOT, "raw", i + ".txt"), "w", encoding="utf-8").write(derive_raw(open(f, encoding="utf-8").read()))


if __name__ == "__main__":
    main()
