#!/usr/bin/env python3
"""Generate html/<id>.html and gold/<id>.json from the page specs in pages_*.py."""
import json, os, sys, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_body, gold_paragraphs, gold_title
from templates import TPL
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind222"
PROV = {"tj": ("津", "天津市"), "sx": ("晋", "山西省"), "jx": ("赣", "江西省"), "gs": ("陇", "甘肃省")}
AREA = {"tj": "022", "sx": "0351", "jx": "0791", "gs": "0931"}


def defaults(s):
    h = zlib.crc32(s["id"].encode())
    ab, pname = PROV[s["prov"]]
    n = 10000000 + h % 89999999
    s.setdefault("foot", {})
    f = s["foot"]
    f.setdefault("org", s["site"].replace("门户网站", "").replace("网站", ""))
    f.setdefault("addr", (pname if s["prov"] != "tj" else "") + s.get("addr", "某路") + str(h % 300 + 1) + "号")
    f.setdefault("tel", f"{AREA[s['prov']]}-{h % 9000000 + 1000000}")
    f.setdefault("icp", f"{ab}ICP备{n}号-{h % 5 + 1}")
    f.setdefault("ga", f"{ab}公网安备 {str(h)[:5]}{h % 1000000000:010d}号")
    f.setdefault("bsm", f"{str(h)[:10].ljust(10, '7')}")
    f.setdefault("xkz", f"{str(h)[:11].ljust(11, '3')}")
    f.setdefault("copy", f"Copyright © 2011-2025 {s['site']} 版权所有")
    s.setdefault("related", ["关于做好当前重点工作的通知", "本周工作动态汇总", "一图读懂相关政策"])
    s.setdefault("prev", "关于开展春季安全生产大检查的通知")
    s.setdefault("next", "市领导调研重点项目建设进展情况")
    s.setdefault("crumbs", ["首页", "新闻中心"])
    s.setdefault("time_print", s["time"])
    return s


def main():
    specs = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for s in specs:
        s = defaults(s)
        items = parse_body(s["body"])
        html = TPL[s["tpl"]](s, items)
        with open(os.path.join(ROOT, "html", s["id"] + ".html"), "w", encoding="utf-8") as fh:
            fh.write(html)
        gold = {"id": s["id"], "set": SET, "lang": s.get("lang", "zh"), "kind": s["kind"],
                "title": gold_title(s), "authors": s["authors"], "publish_time": s["time"],
                "body_paragraphs": gold_paragraphs(items)}
        n = sum(len(p) for p in gold["body_paragraphs"])
        if n < 300:
            print("SHORT", s["id"], n)
        with open(os.path.join(ROOT, "gold", s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(len(specs), "pages")


if __name__ == "__main__":
    main()
