#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body block markers (one string per block):
  p: paragraph (body)        h: sub-heading (body)     li: list line (body)
  q: quoted passage (body)   r: right-aligned line (body: 署名, 成文日期)
  t: table row, cells split by '|' (body; consecutive rows form one table; first row = header)
  img: photo with caption (not body)   x: a non-body line inside the article (原标题, 文号, byline, editor)
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
PAGES = A + B + C
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#222;font-size:14px}
a{color:#234;text-decoration:none}.w{width:1000px;margin:0 auto}.top{background:#f3f3f3;font-size:12px;padding:4px 0}
.top span{margin-right:12px}.banner{background:#b22;color:#fff;padding:18px 0;font-size:26px}.nav a{display:inline-block;padding:8px 14px}
.nav{background:#c33}.nav a{color:#fff}.crumb{padding:8px 0;font-size:12px;color:#666}.info{color:#777;font-size:12px;margin:8px 0}
h1{font-size:24px;text-align:center;margin:16px 0 6px}.kicker,.sub{text-align:center;font-size:16px;color:#444;margin:4px 0}
.art p{text-indent:2em;line-height:1.9;margin:0 0 10px}.art h3{font-size:16px;margin:12px 0}.art .r{text-align:right}
.cap{text-align:center;color:#666;font-size:12px}.side{font-size:12px}.foot{background:#eee;font-size:12px;padding:14px 0;text-align:center;margin-top:20px}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td{border:1px solid #999;padding:4px 8px}.share span{margin-right:8px}
.card{border:1px solid #ddd;padding:8px;margin:8px 0}.epnav a{margin-right:6px}.lay{width:100%}.lay td{vertical-align:top}"""


def esc(s):
    return html.escape(s, quote=False)


def links(items, sep=""):
    return sep.join(f'<a href="#">{esc(i)}</a>' for i in items)


def lst(title, items):
    return f'<div class="side"><h4>{esc(title)}</h4><ul>' + "".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + "</ul></div>"


def render_blocks(blocks, lang):
    out, gold, table = [], [], []

    def flush():
        if table:
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in table)
            out.append(f'<table class="dt"><tbody>{rows}</tbody></table>')
            table.clear()
    for b in blocks:
        k, _, t = b.partition(":")
        if k != "t":
            flush()
        if k == "p":
            out.append(f"<p>{esc(t)}</p>"); gold.append(t)
        elif k == "h":
            out.append(f"<h3>{esc(t)}</h3>"); gold.append(t)
        elif k == "li":
            out.append(f"<p>{esc(t)}</p>"); gold.append(t)
        elif k == "q":
            out.append(f"<blockquote><p>{esc(t)}</p></blockquote>"); gold.append(t)
        elif k == "r":
            out.append(f'<p class="r">{esc(t)}</p>'); gold.append(t)
        elif k == "t":
            cells = t.split("|"); table.append(cells); gold.append(" ".join(cells))
        elif k == "img":
            out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{esc(t[:12])}" width="600" height="1"></p><p class="cap">{esc(t)}</p>')
        elif k == "x":
            out.append(f'<p style="text-indent:0">{esc(t)}</p>')
        else:
            raise ValueError(b)
    flush()
    return "\n".join(out), gold


def page_html(pg, art):
    s = pg["site"]
    title_html = "<br>".join(esc(x) for x in pg["title"])
    head = ""
    if pg.get("kicker"):
        head += f'<p class="kicker">{esc(pg["kicker"])}</p>'
    head += f"<h1>{title_html}</h1>"
    if pg.get("sub"):
        head += f'<p class="sub">{esc(pg["sub"])}</p>'
    info = f'<div class="info">{pg["info"]}</div>'  # info is trusted HTML from the description
    if pg.get("info_pos", "below") == "above":
        head = info + head
    else:
        head = head + info
    top = pg.get("top", ["无障碍", "长者模式", "繁體", "登录", "English"])
    parts = [f'<div class="top"><div class="w">' + "".join(f"<span>{esc(x)}</span>" for x in top) + "</div></div>"]
    parts.append(f'<div class="banner"><div class="w">{esc(s)}' + (f' <small>{esc(pg["slogan"])}</small>' if pg.get("slogan") else "") + "</div></div>")
    if pg.get("search", True):
        parts.append(f'<div class="w"><input type="text" placeholder="{esc(pg.get("ph", "请输入关键字"))}"> <button>搜索</button></div>')
    parts.append('<div class="nav"><div class="w">' + links(pg["nav"]) + "</div></div>")
    if pg.get("crumb"):
        parts.append(f'<div class="w crumb">{esc(pg["crumb"])}</div>')
    pre = "".join(pg.get("pre", []))
    post = pg.get("post", [])
    post_html = "".join(f"<p>{esc(x)}</p>" for x in post)
    share = f'<div class="share">' + "".join(f"<span>{esc(x)}</span>" for x in pg.get("share", ["分享到：", "微信", "微博", "QQ空间"])) + "</div>"
    side = "".join(lst(t, items) for t, items in pg.get("side", []))
    related = "".join(lst(t, items) for t, items in pg.get("related", []))
    foot = "".join(f"<p>{esc(x)}</p>" for x in pg["foot"])
    main = f'{pre}{head}<div class="art">{art}</div>{post_html}{share}{related}'
    if pg.get("layout") == "table":
        body = f'<table class="lay"><tr><td width="760">{main}</td><td>{side}</td></tr></table>'
    else:
        body = f'<div style="display:flex"><div style="width:760px">{main}</div><div style="margin-left:20px">{side}</div></div>'
    parts.append(f'<div class="w">{body}</div>')
    parts.append(f'<div class="foot">{foot}</div>')
    lang = pg.get("lang", "zh")
    return (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
            f'<title>{esc(pg["title_tag"] if pg.get("title_tag") else "".join(pg["title"]) + "_" + s)}</title>'
            f"<style>{CSS}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in PAGES:
        lang = pg.get("lang", "zh")
        art, body = render_blocks(pg["body"], lang)
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(pg, art))
        gold = {"id": pg["id"], "set": "zh-blind69", "lang": lang, "kind": pg["kind"],
                "title": ("" if lang == "zh" else " ").join(pg["title"]), "authors": pg["authors"],
                "publish_time": pg["time"], "body_paragraphs": body}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(PAGES), "pages built")


if __name__ == "__main__":
    main()
