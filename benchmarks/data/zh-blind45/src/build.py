"""Build zh-blind45: html/, gold/ from page specs; then raw-chromium/ via chromium_text.py; raw/ derived."""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import tpl, pages_gov, pages_news, pages_self, pages_paper, extra
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.P + pages_news.P + pages_self.P + pages_paper.P
extra.apply(PAGES)

def build_html():
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for a in PAGES:
        html = tpl.TEMPLATES[a["tpl"]](a)
        open(os.path.join(ROOT, "html", a["id"] + ".html"), "w", encoding="utf-8").write(html)
        gold = {"id": a["id"], "set": "zh-blind45", "lang": a.get("lang", "zh"), "title": a["title"],
                "authors": a["authors"], "publish_time": a["pt"],
                "body_paragraphs": [p.replace("\xa0", " ") for p in tpl.gold_body(a["body"])]}
        json.dump(gold, open(os.path.join(ROOT, "gold", a["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def run_chromium():
    subprocess.run([sys.executable, "../shared/tools/chromium_text.py", "--html-dir", os.path.join(ROOT, "html"),
                    "--out", os.path.join(ROOT, "raw-chromium")], check=True)

def derive_raw():
    """raw/ = raw-chromium/ with tabs -> one space, spaces at line edges stripped, runs of blank lines -> one blank line."""
    os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
    for a in PAGES:
        t = open(os.path.join(ROOT, "raw-chromium", a["id"] + ".txt"), encoding="utf-8").read()
        lines = [re.sub(r"[ \t]+", " ", l.replace("\t", " ")).strip(" ") for l in t.split("\n")]
        t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
        open(os.path.join(ROOT, "raw", a["id"] + ".txt"), "w", encoding="utf-8").write(t)

if __name__ == "__main__":
    build_html()
    if "--no-chromium" not in sys.argv:
        run_chromium()
        derive_raw()
