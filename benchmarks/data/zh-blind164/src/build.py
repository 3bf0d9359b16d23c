#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in specs_*.py.

Each description gives the page furniture as an HTML string with an {ARTICLE} marker and the
article as a list of blocks; the same blocks are rendered into the page and written to the gold
body, so the gold body is what is rendered as body.
Block kinds: ("p", text[, html]) body paragraph; ("h", text[, tag]) sub-heading; ("li", text)
list line (consecutive ones form one list); ("ol", text); ("table", rows) every row is one body
paragraph; ("img", alt, caption) not body; ("x", html) furniture inside the article, not body.
"""
import html as H, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
KINDS = {"gov": "government", "media": "media", "self": "self-media", "epaper": "e-paper", "inst": "institution"}


def esc(s):
    return H.escape(s, quote=False)


def render_blocks(blocks, pcls=""):
    out, body, lst = [], [], None
    def close():
        nonlocal lst
        if lst:
            out.append("</%s>" % lst)
            lst = None
    for b in blocks:
        k = b[0]
        if k in ("li", "ol"):
            tag = "ul" if k == "li" else "ol"
            if lst != tag:
                close(); out.append("<%s>" % tag); lst = tag
            out.append("<li>%s</li>" % esc(b[1])); body.append(b[1]); continue
        close()
        if k == "p":
            out.append(b[2] if len(b) > 2 else "<p%s>%s</p>" % (pcls, esc(b[1]))); body.append(b[1])
        elif k == "h":
            tag = b[2] if len(b) > 2 else "h3"
            if tag == "strong":
                out.append("<p%s><strong>%s</strong></p>" % (pcls, esc(b[1])))
            else:
                out.append("<%s>%s</%s>" % (tag, esc(b[1]), tag))
            body.append(b[1])
        elif k == "table":
            rows = b[1]
            t = ["<table class=\"dt\" border=\"1\" cellspacing=\"0\">"]
            for i, r in enumerate(rows):
                c = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (c, esc(x), c) for x in r) + "</tr>")
                body.append(" ".join(r))
            t.append("</table>"); out.append("".join(t))
        elif k == "img":
            cap = ("<p class=\"cap\">%s</p>" % esc(b[2])) if len(b) > 2 and b[2] else ""
            out.append("<div class=\"pic\"><img src=\"%s\" alt=\"%s\">%s</div>" % (GIF, H.escape(b[1]), cap))
        elif k == "x":
            out.append(b[1])
        else:
            raise ValueError(k)
    close()
    return "\n".join(out), body


def build(spec):
    art, body = render_blocks(spec["blocks"], spec.get("pcls", ""))
    page = spec["page"].replace("{ARTICLE}", art).replace("{GIF}", GIF)
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
           "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
        "en" if spec.get("lang") == "en" else "zh-CN", esc(spec["doctitle"]), spec.get("css", ""), page)
    gold = {"id": spec["id"], "set": "zh-blind164", "lang": spec.get("lang", "zh"),
            "kind": KINDS[spec["kind"]], "title": spec["title"], "authors": spec["authors"],
            "publish_time": spec["time"], "body_paragraphs": body}
    with open(os.path.join(OUT, "html", spec["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    with open(os.path.join(OUT, "gold", spec["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")


def all_specs():
    specs = []
    for m in ("specs_gov", "specs_media", "specs_self", "specs_epaper", "specs_inst"):
        try:
            mod = __import__(m)
        except ImportError:
            continue
        specs += mod.PAGES
    return specs


if __name__ == "__main__":
    for s in all_specs():
        build(s)
    print("built", len(all_specs()))
