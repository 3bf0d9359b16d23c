"""Build zh-blind38: html/, gold/, raw-chromium/ (Chromium copy), raw/ (derived), then check gold."""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, pages_gov, pages_news, pages_other  # noqa: registering pages

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind38"

def main(run_chromium=True):
    for d in ("html", "gold", "raw", "raw-chromium"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    ids = [p["id"] for p in common.PAGES]
    assert len(ids) == len(set(ids)) == 40, ids
    for p in common.PAGES:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(p["html"])
        g = {"id": p["id"], "set": SET, "lang": p["lang"], "title": p["title"], "authors": p["authors"],
             "publish_time": p["publish_time"], "body_paragraphs": p["body"]}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if run_chromium:
        subprocess.run([sys.executable, "../shared/tools/chromium_text.py", "--html-dir", os.path.join(ROOT, "html"),
                        "--out", os.path.join(ROOT, "raw-chromium")], check=True)
    for i in ids:
        t = open(os.path.join(ROOT, "raw-chromium", i + ".txt"), encoding="utf-8").read()
        open(os.path.join(ROOT, "raw", i + ".txt"), "w", encoding="utf-8").write(derive_raw(t))

def derive_raw(t):
    """raw-chromium -> raw: tabs to one space, strip line edges, runs of blank lines to one blank line."""
    lines = [re.sub(r"[ \t]+", lambda m: " " if "\t" in m.group() else m.group(), l).strip() for l in t.split("\n")]
    lines = [re.sub(r"\t", " ", l) for l in lines]
    out, blank = [], False
    for l in lines:
        if not l:
            if out and not blank:
                out.append("")
            blank = True
        else:
            out.append(l)
            blank = False
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    main("--no-chromium" not in sys.argv)
