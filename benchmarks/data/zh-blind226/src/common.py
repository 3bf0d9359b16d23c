"""Shared helpers: file writing only. Every page's text and layout is written in the gen_*.py files."""
import json, os, html as _h
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind226"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
PAGES = []

def e(s):
    return _h.escape(s, quote=False)

def img(alt):
    return f'<img src="{GIF}" alt="{_h.escape(alt)}" width="1" height="1">'

def ps(paras, cls=None, indent=True):
    c = f' class="{cls}"' if cls else ''
    return "\n".join(f"<p{c}>{e(p)}</p>" for p in paras)

def doc(title, css, body, charset="utf-8", lang="zh-CN"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f'<title>{e(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')

def save(pid, kind, title, authors, ptime, body, page_html, lang="zh"):
    n = sum(len(p) for p in body)
    if n < 300: print("SHORT", pid, n)
    assert 5 <= len(body) <= 11, (pid, len(body))
    with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html)
    g = {"id": pid, "set": SET, "lang": lang, "kind": kind, "title": title, "authors": authors,
         "publish_time": ptime, "body_paragraphs": body}
    with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
