"""Shared helpers: body blocks -> html and -> gold paragraphs (one source of truth)."""
import html as H
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = H.escape

def img(alt, cls="pic"):
    return f'<img class="{cls}" src="{GIF}" alt="{E(alt)}" width="1" height="1">'

def block_gold(b):
    """Return gold text of a body block, or None when it is not body."""
    if b.startswith(("CAP:", "IMG:", "BYLINE:", "NOTE:")):
        return None
    if b.startswith("|"):
        return " ".join(c.strip() for c in b.strip("|").split("|"))
    for p in ("## ", "- ", "> ", "R:", "C:"):
        if b.startswith(p):
            return b[len(p):]
    return b

def body_html(blocks, pstyle=""):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append(blocks[i]); i += 1
            t = ['<table class="bt" border="1" cellspacing="0" cellpadding="4">']
            for j, r in enumerate(rows):
                cells = [c.strip() for c in r.strip("|").split("|")]
                tag = "th" if j == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in cells) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t)); continue
        if b.startswith("- "):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(f"<li>{E(blocks[i][2:])}</li>"); i += 1
            out.append("<ul class=\"bl\">" + "".join(items) + "</ul>"); continue
        if b.startswith("## "):
            out.append(f'<p class="sub"><strong>{E(b[3:])}</strong></p>')
        elif b.startswith("> "):
            out.append(f"<blockquote><p>{E(b[2:])}</p></blockquote>")
        elif b.startswith("R:"):
            out.append(f'<p style="text-align:right">{E(b[2:])}</p>')
        elif b.startswith("C:"):
            out.append(f'<p style="text-align:center">{E(b[2:])}</p>')
        elif b.startswith("CAP:"):
            cap = b[4:]
            out.append(f'<p style="text-align:center">{img(cap)}</p><p class="cap" style="text-align:center">{E(cap)}</p>')
        elif b.startswith("IMG:"):
            out.append(f'<p style="text-align:center">{img(b[4:])}</p>')
        elif b.startswith("BYLINE:"):
            out.append(f'<p class="byl">{E(b[7:])}</p>')
        elif b.startswith("NOTE:"):
            out.append(f'<p class="note">{E(b[5:])}</p>')
        else:
            out.append(f"<p{pstyle}>{E(b)}</p>")
        i += 1
    return "\n".join(out)

def gold_paras(blocks):
    return [g for g in (block_gold(b) for b in blocks) if g is not None]
