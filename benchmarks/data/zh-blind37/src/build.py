"""Build the zh-blind37 set: html/ + gold/, then raw-chromium/ (Chromium copy) and raw/ (derived).

    python3 src/build.py            # html + gold only
    python3 src/build.py --chromium # also run ../shared/tools/chromium_text.py and derive raw/
"""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import pages_gov, pages_news, pages_self, pages_paper, pages_inst  # noqa: F401 (register pages)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def derive_raw():
    """raw/<id>.txt: raw-chromium text with each tab -> one space, leading/trailing spaces of lines
    stripped, and every run of blank lines collapsed to a single blank line."""
    import re
    src = os.path.join(ROOT, "raw-chromium")
    for fn in sorted(os.listdir(src)):
        if not fn.endswith(".txt"):
            continue
        t = open(os.path.join(src, fn), encoding="utf-8").read()
        lines = [l.replace("\t", " ").strip() for l in t.split("\n")]
        out, blank = [], False
        for l in lines:
            if l == "":
                if out and not blank:
                    out.append("")
                blank = True
            else:
                out.append(l); blank = False
        while out and out[-1] == "":
            out.pop()
        open(os.path.join(ROOT, "raw", fn), "w", encoding="utf-8").write("\n".join(out) + "\n")

if __name__ == "__main__":
    for d in ("html", "gold", "raw", "raw-chromium"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    lib.write_all(ROOT)
    print(len(lib.PAGES), "pages written")
    if "--chromium" in sys.argv:
        subprocess.run([sys.executable, "../shared/tools/chromium_text.py", "--html-dir",
                        os.path.join(ROOT, "html"), "--out", os.path.join(ROOT, "raw-chromium")], check=True)
        derive_raw()
