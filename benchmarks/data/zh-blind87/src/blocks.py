"""Body blocks: one list of blocks per page is rendered as the article body and
also yields the gold body_paragraphs, so the two cannot drift apart.

Inline markup inside block text: **bold** -> <strong>, [[link]] -> <a href="#">,
__em__ -> <em>.  The gold text has the markers removed.
"""
import html as _h
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAACH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

_INLINE = re.compile(r"\*\*(.+?)\*\*|\[\[(.+?)\]\]|__(.+?)__")


def esc(s):
    return _h.escape(s, quote=True)


def inline(s):
    """Block text -> HTML."""
    out, pos = [], 0
    for m in _INLINE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>%s</strong>" % esc(m.group(1)))
        elif m.group(2) is not None:
            out.append('<a href="#">%s</a>' % esc(m.group(2)))
        else:
            out.append("<em>%s</em>" % esc(m.group(3)))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def plain(s):
    """Block text -> gold text."""
    return _INLINE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), s).strip()


# ---- block constructors -------------------------------------------------
# body kinds: p (paragraph), h (sub-heading), q (quoted passage), sign (署名),
# date (成文日期), ul/ol (list: one paragraph per item), table (one paragraph per row)
# not body: img (alt text + optional caption), note (byline / editor / source /
# 原标题 line shown inside the article area), wh (文号), raw html with its gold.

def P(t, fmt=None): return {"k": "p", "t": t, "fmt": fmt}
def H(t, fmt=None): return {"k": "h", "t": t, "fmt": fmt}
def Q(t, fmt=None): return {"k": "q", "t": t, "fmt": fmt}
def SIGN(t, fmt=None): return {"k": "sign", "t": t, "fmt": fmt}
def DATE(t, fmt=None): return {"k": "date", "t": t, "fmt": fmt}
def NOTE(t, fmt=None): return {"k": "note", "t": t, "fmt": fmt}
def WH(t, fmt=None): return {"k": "wh", "t": t, "fmt": fmt}
def IMG(alt, cap=None, fmt=None): return {"k": "img", "alt": alt, "cap": cap, "fmt": fmt}
def UL(*items, fmt=None): return {"k": "ul", "items": list(items), "fmt": fmt}
def OL(*items, fmt=None): return {"k": "ol", "items": list(items), "fmt": fmt}
def TABLE(rows, head=True, fmt=None): return {"k": "table", "rows": rows, "head": head, "fmt": fmt}
def RAW(html, gold=()): return {"k": "raw", "html": html, "gold": list(gold)}


DEFAULT = {
    "p": "<p>{}</p>",
    "h": "<h3>{}</h3>",
    "q": "<blockquote>{}</blockquote>",
    "sign": '<p style="text-align:right">{}</p>',
    "date": '<p style="text-align:right">{}</p>',
    "note": "<p>{}</p>",
    "wh": '<p style="text-align:center">{}</p>',
    # img gets {alt} {gif} and {cap} (the rendered caption, "" when none)
    "img": '<p style="text-align:center"><img src="{gif}" alt="{alt}"></p>{cap}',
    "cap": '<p style="text-align:center">{}</p>',
    "ul": ("<ul>", "<li>{}</li>", "</ul>"),
    "ol": ("<ol>", "<li>{}</li>", "</ol>"),
    "table": ('<table border="1" cellspacing="0" cellpadding="4">', "</table>"),
    "th": "<th>{}</th>",
    "td": "<td>{}</td>",
    "tr": "<tr>{}</tr>",
    "indent": "",  # prefix put before the HTML of p/q blocks (e.g. "\u3000\u3000")
    "sep": "\n",
}


def render(blocks, **fmt):
    f = dict(DEFAULT)
    f.update(fmt)
    out = []
    for b in blocks:
        k = b["k"]
        own = b.get("fmt")
        if k in ("p", "q"):
            out.append((own or f[k]).format(f["indent"] + inline(b["t"])))
        elif k in ("h", "sign", "date", "note", "wh"):
            out.append((own or f[k]).format(inline(b["t"])))
        elif k == "img":
            cap = f["cap"].format(inline(b["cap"])) if b["cap"] else ""
            out.append((own or f["img"]).format(alt=esc(b["alt"]), gif=GIF, cap=cap))
        elif k in ("ul", "ol"):
            a, li, z = own or f[k]
            out.append(a + "".join(li.format(inline(i)) for i in b["items"]) + z)
        elif k == "table":
            a, z = own or f["table"]
            rows = []
            for n, row in enumerate(b["rows"]):
                cell = f["th"] if (n == 0 and b["head"]) else f["td"]
                rows.append(f["tr"].format("".join(cell.format(inline(c)) for c in row)))
            out.append(a + "\n" + "\n".join(rows) + "\n" + z)
        elif k == "raw":
            out.append(b["html"])
        else:
            raise ValueError(k)
    return f["sep"].join(out)


def gold(blocks):
    out = []
    for b in blocks:
        k = b["k"]
        if k in ("p", "h", "q", "sign", "date"):
            out.append(plain(b["t"]))
        elif k in ("ul", "ol"):
            out.extend(plain(i) for i in b["items"])
        elif k == "table":
            out.extend(" ".join(plain(c) for c in row if plain(c)) for row in b["rows"])
        elif k == "raw":
            out.extend(b["gold"])
    return [p for p in out if p]
