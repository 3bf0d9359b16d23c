"""Render one page description (see pages.py) to HTML and gold.

Body mini-language (one block per line of page["body"]):
  plain text       -> body paragraph <p>
  "## text"        -> sub-heading (body)
  "- text"         -> list item (body)
  "| a | b | c"    -> table row (body; consecutive rows form one table; gold = cells joined by one space)
  "!! text"        -> photo: <img alt> + caption (not body)
  "> text"         -> a non-body line inside the article (byline, 原标题, editor, source)
  "= text"         -> centred/right-aligned body line (署名, 成文日期) (body)
"""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return H.escape(s, quote=True)


def parse_body(text):
    blocks = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("!! "):
            blocks.append(("img", line[3:]))
        elif line.startswith("> "):
            blocks.append(("note", line[2:]))
        elif line.startswith("= "):
            blocks.append(("right", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def gold_paragraphs(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("p", "h", "li", "right"):
            out.append(val)
        elif kind == "table":
            out.extend(" ".join(c for c in row) for row in val)
    return out


def body_html(blocks, style):
    """style: dict with keys indent (bool), h ('h3'|'strong'|'h4'), list ('ul'|'ol'|'p'),
    img ('figure'|'table'|'p'), tablecls."""
    out = []
    i = 0
    ind = style.get("indent")
    while i < len(blocks):
        kind, val = blocks[i]
        if kind == "p":
            if style.get("p") == "div":
                out.append(f'<div class="para">{"　　" if ind else ""}{esc(val)}</div>')
            elif style.get("p") == "br":
                out.append(f'{"　　" if ind else ""}{esc(val)}<br><br>')
            else:
                st = ' style="text-indent:2em"' if ind else ""
                out.append(f'<p{st}>{esc(val)}</p>')
        elif kind == "h":
            h = style.get("h", "h3")
            if h == "strong":
                out.append(f'<p><strong>{esc(val)}</strong></p>')
            else:
                out.append(f'<{h} class="sub">{esc(val)}</{h}>')
        elif kind == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1])
                i += 1
            i -= 1
            if style.get("list") == "p":
                out.extend(f"<p>{esc(x)}</p>" for x in items)
            else:
                tag = style.get("list", "ul")
                out.append(f"<{tag}>" + "".join(f"<li>{esc(x)}</li>" for x in items) + f"</{tag}>")
        elif kind == "table":
            rows = val
            t = ['<table class="data" border="1" cellspacing="0" cellpadding="4">']
            for r, row in enumerate(rows):
                tag = "th" if r == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif kind == "img":
            img = f'<img src="{GIF}" alt="{esc(val)}" width="600" height="400">'
            if style.get("img") == "p":
                out.append(f'<p class="pic" style="text-align:center">{img}</p><p class="pic-note" style="text-align:center">{esc(val)}</p>')
            elif style.get("img") == "noalt":
                out.append(f'<div class="pic"><img src="{GIF}" alt="" width="600" height="400"><div class="cap">{esc(val)}</div></div>')
            else:
                out.append(f'<figure>{img}<figcaption>{esc(val)}</figcaption></figure>')
        elif kind == "note":
            out.append(f'<p class="note">{esc(val)}</p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right">{esc(val)}</p>')
        i += 1
    return "\n".join(out)


def page_html(title_text, css, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(title_text)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
