"""Render one page description into html/<id>.html and gold/<id>.json.

A page description (see pages_*.py) gives the gold fields explicitly (title, authors,
publish_time) plus the page furniture as HTML (top = everything above the body,
bottom = everything below it) and the body as a list of block lines.  The gold
body_paragraphs come from the same blocks that are rendered as body.

Block lines:
  text            body paragraph
  ## text         body sub-heading
  - text          body list item (consecutive items form one list)
  | a | b |       body table row (consecutive rows form one table; first row is the header)
  !alt|caption    image with caption (not body)
  ~ text          non-body line inside the article (editor, source, standalone byline)
  <raw html>      a line starting with '<' is copied as is (not body)
"""
import html as H
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return H.escape(s, quote=False)


def render_body(lines, pstyle="p", indent=False, hstyle="h3"):
    out, gold = [], []
    i = 0
    lines = [l.strip() for l in lines if l.strip()]
    while i < len(lines):
        l = lines[i]
        if l.startswith("## "):
            t = l[3:].strip()
            gold.append(t)
            if hstyle == "strong":
                out.append(f"<p><strong>{esc(t)}</strong></p>")
            elif hstyle == "b-indent":
                out.append(f"<p style=\"text-indent:2em\"><b>{esc(t)}</b></p>")
            else:
                out.append(f"<{hstyle}>{esc(t)}</{hstyle}>")
            i += 1
        elif l.startswith("- "):
            out.append("<ul>")
            while i < len(lines) and lines[i].startswith("- "):
                t = lines[i][2:].strip()
                gold.append(t)
                out.append(f"<li>{esc(t)}</li>")
                i += 1
            out.append("</ul>")
        elif l.startswith("|"):
            out.append('<table class="bt" border="1" cellspacing="0" cellpadding="4">')
            first = True
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                gold.append(" ".join(cells))
                tag = "th" if first else "td"
                out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append("</table>")
        elif l.startswith("!"):
            alt, _, cap = l[1:].partition("|")
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{H.escape(alt)}" width="1" height="1"></p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center">{esc(cap)}</p>')
            i += 1
        elif l.startswith("~ "):
            out.append(f'<p class="nb">{esc(l[2:].strip())}</p>')
            i += 1
        elif l.startswith("<"):
            out.append(l)
            i += 1
        else:
            gold.append(l)
            t = ("\u3000\u3000" + l) if indent else l
            if pstyle == "br":
                out.append(f"{esc(t)}<br><br>")
            elif pstyle == "div":
                out.append(f"<div>{esc(t)}</div>")
            elif pstyle == "section":
                out.append(f"<section><span>{esc(t)}</span></section>")
            else:
                out.append(f"<p>{esc(t)}</p>")
            i += 1
    return "\n".join(out), gold


def build(p):
    from extra import EXTRA
    if p["id"] in EXTRA:
        pre, new = EXTRA[p["id"]]
        ls = p["body"].splitlines()
        k = [i for i, l in enumerate(ls) if l.startswith(pre)]
        assert len(k) == 1, (p["id"], pre)
        ls[k[0] + 1:k[0] + 1] = new.splitlines()
        p["body"] = "\n".join(ls)
    body_html, gold_body = render_body(p["body"].splitlines(), p.get("pstyle", "p"),
                                       p.get("indent", False), p.get("hstyle", "h3"))
    lang = p.get("lang", "zh")
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if lang == 'en' else 'zh-CN'}">
<head>
<meta charset="utf-8">
<title>{esc(p['doctitle'])}</title>
<style>
{p.get('css', '')}
</style>
</head>
<body>
{p['top']}
{body_html}
{p['bottom']}
</body>
</html>
"""
    with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    gold = {"id": p["id"], "set": "zh-blind127", "lang": lang, "kind": p["kind"],
            "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
            "body_paragraphs": gold_body}
    with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold
