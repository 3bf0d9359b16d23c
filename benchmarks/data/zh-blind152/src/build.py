#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import parse_body, gold_paragraphs, body_html, page_html
from templates import T
import pages_gov, pages_media, pages_rest

ROOT = os.path.dirname(HERE)


def main():
    pages = pages_gov.PAGES + pages_media.PAGES + pages_rest.PAGES
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    seen = {}
    for p in pages:
        key = (p["kind"], p["tpl"])
        assert key not in seen, f"{p['id']} shares template {p['tpl']} with {seen[key]}"
        seen[key] = p["id"]
        p.setdefault("site", p.get("account") or p.get("platform") or p["authors"][0] if p["authors"] else "")
        p.setdefault("prev", "关于做好近期安全生产工作的通知")
        p.setdefault("next", "本周工作动态汇总")
        blocks = parse_body(p["body"])
        body = body_html(blocks, p.get("style", {}))
        inner, css = T[p["tpl"]](p, body)
        html = page_html(p.get("doc_title", p["title"] + "_" + p["site"]), css, inner)
        if p.get("lang") == "en":
            html = html.replace('lang="zh-CN"', 'lang="en"')
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        gold = {"id": p["id"], "set": "zh-blind152", "lang": p.get("lang", "zh"), "kind": p["kind"],
                "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
                "body_paragraphs": gold_paragraphs(blocks)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")


if __name__ == "__main__":
    main()
