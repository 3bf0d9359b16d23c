#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/*.py.

Each page description is a dict:
  id, kind, lang, title, authors, publish_time  -> gold metadata (must be printed on the page)
  css     : the page's one embedded stylesheet
  shell   : the page's own template (furniture, headline, info bar ...) with the marker
            @@BODY@@ where the article body goes (@@T@@ is replaced by the escaped title)
  p, h    : format strings for a body paragraph / sub-heading ("{}" = escaped text)
  body    : list of blocks:
            "text"                     paragraph            (gold)
            ("h", text)                sub-heading          (gold)
            ("li", [items])            list lines           (gold, one each)
            ("table", rows, attrs)     table                (gold, one per row, cells joined by a space)
            ("img", alt, caption|None) photo + caption      (not gold)
            ("x", html)                anything else in the body area: editor/source/byline
                                       lines, 原标题, captions, buttons ... (not gold)
            ("ph", html)               paragraph with inline markup (gold = text without tags)
The gold body is made from the very blocks that are rendered as body.
"""
import html, importlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SET = "zh-blind100"


def esc(s):
    # a double space inside text (spaced-out names 王  静) is kept as real pages keep it: &nbsp;
    return html.escape(s, quote=False).replace("  ", "&nbsp;&nbsp;")


CJK2 = re.compile(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])")


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def render(page):
    pfmt = page.get("p", "<p>{}</p>")
    hfmt = page.get("h", "<h3>{}</h3>")
    lifmt = page.get("li", "<li>{}</li>")
    ulfmt = page.get("ul", "<ul>{}</ul>")
    imgfmt = page.get("img", '<div class="pic"><img src="' + GIF + '" alt="{alt}"><p class="cap">{cap}</p></div>')
    out, gold = [], []
    for b in page["body"]:
        if isinstance(b, str):
            out.append(pfmt.format(esc(b)))
            gold.append(b)
        elif b[0] == "h":
            out.append(hfmt.format(esc(b[1])))
            gold.append(b[1])
        elif b[0] == "ph":
            out.append(pfmt.format(b[1]))
            gold.append(strip_tags(b[1]))
        elif b[0] == "li":
            out.append(ulfmt.format("".join(lifmt.format(esc(i)) for i in b[1])))
            gold.extend(b[1])
        elif b[0] == "table":
            attrs = b[2] if len(b) > 2 else 'border="1" cellspacing="0" cellpadding="4"'
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            out.append(f"<table {attrs}>" + "".join(rows) + "</table>")
        elif b[0] == "img":
            cap = b[2] or ""
            s = imgfmt.replace("{alt}", html.escape(b[1])).replace("{cap}", esc(cap))
            if not cap:
                s = s.replace('<p class="cap"></p>', "").replace('<figcaption></figcaption>', "")
            out.append(s)
        elif b[0] == "x":
            out.append(b[1])
        else:
            raise ValueError(f"{page['id']}: unknown block {b[0]!r}")
    return "\n".join(out), gold


def load_pages():
    sys.path.insert(0, HERE)
    pages = []
    for fn in sorted(os.listdir(os.path.join(HERE, "pages"))):
        if fn.endswith(".py") and not fn.startswith("_"):
            mod = importlib.import_module("pages." + fn[:-3])
            pages.extend(mod.PAGES)
    pages.sort(key=lambda p: p["id"])
    return pages


def main():
    pages = load_pages()
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for page in pages:
        body, gold_body = render(page)
        shell = CJK2.sub("&nbsp;&nbsp;", page["shell"]).replace("@@T@@", esc(page["title"])).replace("@@GIF@@", GIF)
        assert shell.count("@@BODY@@") == 1, page["id"]
        doc = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
               "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
            "en" if page["lang"] == "en" else "zh-CN", esc(page.get("doc_title", page["title"])),
            page["css"].strip(), shell.replace("@@BODY@@", body.replace("@@GIF@@", GIF)).strip())
        assert "<script" not in doc.lower() and "http://" not in doc and "https://" not in doc, page["id"]
        with open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": page["id"], "set": SET, "lang": page["lang"], "kind": page["kind"],
             "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
             "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
