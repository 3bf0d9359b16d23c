#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind96 from the page descriptions.

Each page description (src/pages_*.py) gives the furniture HTML written for that site's
template (head, tail), the article's title, info bar and a body written in a tiny line DSL:

    text            body paragraph
    ## text         sub-heading (body)
    - text          list line (body)
    | a | b |       table row (body: cells joined by one space)
    > text          署名 / 成文日期 line (body, right aligned)
    # text          文号 line (not body)
    ~ text          on-page line that is not body (editor, 原标题, lone byline, source)
    !alt|caption    image with alt text and caption (not body)

The gold body is taken from the same parsed blocks that are rendered, so it cannot drift.
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape


def parse(body):
    blocks = []
    for line in body.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:].strip()))
        elif line.startswith("- "):
            blocks.append(("li", line[2:].strip()))
        elif line.startswith("|"):
            blocks.append(("tr", [c.strip() for c in line.strip("|").split("|")]))
        elif line.startswith("> "):
            blocks.append(("sign", line[2:].strip()))
        elif line.startswith("# "):
            blocks.append(("wh", line[2:].strip()))
        elif line.startswith("~ "):
            blocks.append(("note", line[2:].strip()))
        elif line.startswith("!"):
            alt, _, cap = line[1:].partition("|")
            blocks.append(("img", (alt.strip(), cap.strip())))
        else:
            blocks.append(("p", line))
    return blocks


def gold_body(blocks):
    out = []
    for k, v in blocks:
        if k in ("p", "h", "li", "sign"):
            out.append(v)
        elif k == "tr":
            out.append(" ".join(c for c in v if c))
    return out


def render_body(blocks, style):
    """style: p | indent | div | br | font (old table-era <p><font>)"""
    out, i = [], 0
    ind = "\u3000\u3000" if style in ("indent", "font", "br") else ""
    br_buf = []

    def flush_br():
        if br_buf:
            out.append('<div class="brbody">' + "<br><br>".join(br_buf) + "</div>")
            br_buf.clear()

    while i < len(blocks):
        k, v = blocks[i]
        if style == "br" and k == "p":
            br_buf.append(ind + E(v)); i += 1; continue
        flush_br()
        if k == "p":
            if style == "div":
                out.append(f"<div class=\"para\">{E(v)}</div>")
            elif style == "font":
                out.append(f"<p><font size=\"3\">{ind}{E(v)}</font></p>")
            else:
                out.append(f"<p>{ind}{E(v)}</p>")
        elif k == "h":
            if style in ("font", "indent", "br"):
                out.append(f"<p>{ind}<strong>{E(v)}</strong></p>")
            else:
                out.append(f"<h3 class=\"sub\">{E(v)}</h3>")
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{E(blocks[i][1])}</li>"); i += 1
            out.append("<ul class=\"lst\">" + "".join(items) + "</ul>")
            continue
        elif k == "tr":
            rows = []
            first = True
            while i < len(blocks) and blocks[i][0] == "tr":
                tag = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in blocks[i][1]) + "</tr>")
                first = False; i += 1
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            continue
        elif k == "sign":
            out.append(f"<p style=\"text-align:right\">{E(v)}</p>")
        elif k == "wh":
            out.append(f"<p style=\"text-align:center\">{E(v)}</p>")
        elif k == "note":
            out.append(f"<p class=\"note\">{E(v)}</p>")
        elif k == "img":
            alt, cap = v
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{E(alt)}\" width=\"600\" height=\"380\">"
                       + (f"<p class=\"cap\">{E(cap)}</p>" if cap else "") + "</div>")
        i += 1
    flush_br()
    return "\n".join(out)


BASE_CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}ul{margin:0;padding:0 0 0 18px}
.w{width:1100px;margin:0 auto}.cap{text-align:center;color:#666;font-size:13px}
.pic{text-align:center;margin:10px 0}.note{color:#888}.dt{border-collapse:collapse;margin:8px auto}
.dt td,.dt th{padding:4px 8px;border:1px solid #999}"""


def render(p):
    blocks = parse(p["body"])
    tl = p.get("title_lines") or [p["title"]]
    sep = "<br>" if len(tl) > 1 else ""
    title_html = p.get("title_html") or f"<{p.get('htag','h1')} class=\"{p.get('tclass','title')}\">{sep.join(E(t) for t in tl)}</{p.get('htag','h1')}>"
    info = p.get("info", "")
    if p.get("info_pos", "below") == "above":
        head_block = info + "\n" + title_html
    else:
        head_block = title_html + "\n" + info
    article = (p.get("pre_title", "") + head_block + "\n" + p.get("pre_body", "") +
               f"<div class=\"{p.get('bclass','content')}\">\n" + render_body(blocks, p.get("pstyle", "p")) +
               "\n</div>\n" + p.get("post_body", ""))
    wrap = p.get("wrap", "{}")
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s\n%s\n</style>\n</head>\n<body>\n%s\n%s\n%s\n</body>\n</html>\n" % (
        "en" if p.get("lang") == "en" else "zh-CN", E(p.get("doc_title", p["title"])), BASE_CSS, p.get("css", ""),
        p.get("head", ""), wrap.replace("{}", article, 1) if "{}" in wrap else article, p.get("tail", "")))
    joiner = " " if p.get("lang") == "en" else ""
    gold = {"id": p["id"], "set": "zh-blind96", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": joiner.join(tl) if p.get("title_lines") else p["title"],
            "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(blocks)}
    return doc, gold


def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    ps = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    return sorted(ps, key=lambda p: p["id"])


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in all_pages():
        doc, gold = render(p)
        assert "<script" not in doc.lower()
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print("built", len(all_pages()), "pages")


if __name__ == "__main__":
    main()
