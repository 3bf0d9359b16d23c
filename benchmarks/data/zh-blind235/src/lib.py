import json, os, html as H
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []
def e(s): return H.escape(s, quote=True)
def img(alt, cap=None, cls="pic"):
    s = f'<img src="{GIF}" alt="{e(alt)}" width="300" height="200">'
    if cap: s = f'<div class="{cls}">{s}<p class="cap">{e(cap)}</p></div>'
    return s
def ps(paras, tag="p", attr=""):
    return "\n".join(f"<{tag}{attr}>{e(p)}</{tag}>" for p in paras)
def doc(title, css, body, charset="utf-8"):
    return f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}"><title>{e(title)}</title>\n<style>{css}</style></head>\n<body>\n{body}\n</body></html>\n'
def add(pid, kind, title, authors, ptime, body, html, lang="zh", feats=""):
    PAGES.append(dict(id=pid, kind=kind, title=title, authors=authors, publish_time=ptime,
                      body_paragraphs=body, html=html, lang=lang, feats=feats))
def write_all():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    meta = []
    for p in PAGES:
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(p["html"])
        g = {k: p[k] for k in ("id",)}
        g.update(set="zh-blind235", lang=p["lang"], kind=p["kind"], title=p["title"], authors=p["authors"],
                 publish_time=p["publish_time"], body_paragraphs=p["body_paragraphs"])
        json.dump(g, open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        meta.append(dict(id=p["id"], feats=p["feats"]))
    json.dump(meta, open(f"{ROOT}/src/features.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
