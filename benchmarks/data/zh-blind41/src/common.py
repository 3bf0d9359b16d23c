"""Shared helpers for the zh-blind41 page generator."""
import html as _h
import re

PAGES = {}  # id -> (html, gold)
KINDS = {}  # id -> kind description


def esc(s):
    """Escape; runs of two spaces become &nbsp;&nbsp; as CMSs pad two-character names
    (`王&nbsp;&nbsp;静`), so the spacing survives HTML white-space collapsing."""
    return _h.escape(s, quote=False).replace("  ", "&nbsp;&nbsp;")


def ps(paras, tag="p", attr=""):
    """Render paragraphs as <p> (or other tag)."""
    return "\n".join(f"<{tag}{attr}>{esc(p)}</{tag}>" for p in paras)


def doc(title, css, body, lang="zh-CN"):
    # padded names written literally in templates: keep the padding as &nbsp;
    body = re.sub(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", body)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title>\n<style>\n{css}\n</style></head>\n<body>\n{body}\n</body></html>\n")


def ul(items, cls="list"):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{esc(i)}</a></li>" for i in items) + "</ul>"


def table(rows, cls="data", head=True):
    out = [f"<table class=\"{cls}\">"]
    for i, r in enumerate(rows):
        t = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{t}>{esc(c)}</{t}>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def rows_to_paras(rows):
    return [" ".join(r) for r in rows]


def add(pid, kind, title_html, html_body, title, authors, ptime, body, css="", lang="zh",
        page_title=None):
    """Register one page; gold is given explicitly."""
    h = doc(page_title or title, css, html_body, "en" if lang == "en" else "zh-CN")
    # padded names (`王  静`) are stored without the padding; Latin names as printed
    authors = [re.sub(r"\s+", "", a) if re.search(r"[\u4e00-\u9fff]", a) else a for a in authors]
    gold = {"id": pid, "set": "zh-blind41", "lang": lang, "title": title,
            "authors": authors, "publish_time": ptime, "body_paragraphs": body}
    PAGES[pid] = (h, gold)
    KINDS[pid] = kind


BASE_CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}
ul{list-style:none;margin:0;padding:0}
.w{width:1000px;margin:0 auto}
.topbar{background:#f2f2f2;font-size:12px;height:30px;line-height:30px}
.topbar span,.topbar a{margin-right:12px}
.nav li{display:inline-block;padding:0 14px}
.crumb{font-size:13px;color:#666;margin:10px 0}
.art h1{font-size:26px;text-align:center}
.info{font-size:12px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding-bottom:8px}
.content p{text-indent:2em;line-height:1.9;font-size:16px}
.foot{background:#eee;font-size:12px;text-align:center;padding:16px;margin-top:20px}
table.data{border-collapse:collapse;margin:10px auto}
table.data td,table.data th{border:1px solid #999;padding:4px 8px}
.side{float:right;width:260px}
.tt{font-weight:bold;border-bottom:2px solid #c00}
"""
