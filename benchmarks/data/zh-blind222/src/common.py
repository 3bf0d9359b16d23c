"""Shared HTML templates for zh-blind222. Each page spec is a dict; see build.py."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape


def parse_body(src):
    """Body DSL: plain line = paragraph; '## ' sub-heading; '- ' list line; '| a | b' table row;
    '! alt | caption' photo (not body); '> ' right-aligned line (署名/日期, body)."""
    items = []
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            items.append(("h", line[3:].strip()))
        elif line.startswith("- "):
            items.append(("li", line[2:].strip()))
        elif line.startswith("|"):
            items.append(("tr", [c.strip() for c in line.strip("|").split("|")]))
        elif line.startswith("! "):
            alt, _, cap = line[2:].partition("|")
            items.append(("img", alt.strip(), cap.strip()))
        elif line.startswith("> "):
            items.append(("sign", line[2:].strip()))
        else:
            items.append(("p", line))
    return items


def gold_paragraphs(items):
    out = []
    for it in items:
        if it[0] == "img":
            continue
        if it[0] == "tr":
            out.append(" ".join(it[1]))
        else:
            out.append(it[1])
    return out


def render_body(items, indent=True, table_cls="dt"):
    out, i = [], 0
    while i < len(items):
        it = items[i]
        k = it[0]
        if k == "p":
            out.append(f"<p>{e(it[1])}</p>")
        elif k == "h":
            out.append(f"<p class=\"sh\"><strong>{e(it[1])}</strong></p>")
        elif k == "sign":
            out.append(f"<p style=\"text-align:right\">{e(it[1])}</p>")
        elif k == "img":
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(it[1])}\" width=\"600\" height=\"360\">"
                       f"<p class=\"cap\">{e(it[2])}</p></div>")
        elif k == "li":
            lis = []
            while i < len(items) and items[i][0] == "li":
                lis.append(f"<li>{e(items[i][1])}</li>")
                i += 1
            out.append("<ul class=\"bl\">" + "".join(lis) + "</ul>")
            continue
        elif k == "tr":
            rows = []
            first = True
            while i < len(items) and items[i][0] == "tr":
                tag = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in items[i][1]) + "</tr>")
                first = False
                i += 1
            out.append(f"<table class=\"{table_cls}\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            continue
        i += 1
    return "\n".join(out)


def page(title, style, body, charset="utf-8"):
    return (f"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"{charset}\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{e(title)}</title><style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")


def ul(items, cls="rel"):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in items) + "</ul>"


def head_title(s):
    """Headline HTML: two-line headlines carry title2."""
    t = e(s["title"]) if not s.get("title2") else e(s["title"]) + "<br>" + e(s["title2"])
    return t


def gold_title(s):
    return s["title"] + s.get("title2", "")
