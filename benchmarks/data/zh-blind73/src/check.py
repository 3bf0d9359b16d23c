#!/usr/bin/env python3
"""Check the zh-blind73 set.

For every gold/<id>.json: the title, every author, the publish_time and every body paragraph
must occur (modulo white space) in both raw-chromium/<id>.txt and raw/<id>.txt, the paragraphs
in reading order.  Also checks the file layout, the kinds and counts, body lengths (300-1200
characters), the HTML rules (one <style>, no scripts, no external resources, utf-8 meta), that
raw/ is exactly make_raw.py applied to raw-chromium/, and that printed weekdays and 农历 dates
agree with the Gregorian dates next to them.  Prints body lengths and, at the end,
"problems found: none" or the list of problems.

Usage (from anywhere):  python3 src/check.py
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

EXPECT = {"government": range(1, 13), "media": range(13, 25), "self-media": range(25, 31),
          "e-paper": range(31, 36), "institution": range(36, 41)}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WD = "一二三四五六日"
# first day of each lunar month, 2024-2025 (甲辰/乙巳), for the 农历 check
LUNAR = [("2024-02-10", "正月"), ("2024-03-10", "二月"), ("2024-04-09", "三月"), ("2024-05-08", "四月"),
         ("2024-06-06", "五月"), ("2024-07-06", "六月"), ("2024-08-04", "七月"), ("2024-09-03", "八月"),
         ("2024-10-03", "九月"), ("2024-11-01", "十月"), ("2024-12-01", "冬月"), ("2024-12-31", "腊月"),
         ("2025-01-29", "正月"), ("2025-02-28", "二月"), ("2025-03-29", "三月"), ("2025-04-28", "四月"),
         ("2025-05-27", "五月"), ("2025-06-25", "六月"), ("2025-07-25", "闰六月"), ("2025-08-23", "七月"),
         ("2025-09-22", "八月"), ("2025-10-21", "九月"), ("2025-11-20", "十月"), ("2025-12-20", "冬月")]
DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]

problems = []


def squash(s):
    return re.sub(r"\s+", "", s)


def lunar(d):
    prev = None
    for s, name in LUNAR:
        start = dt.date.fromisoformat(s)
        if start > d:
            break
        prev = (start, name)
    if prev is None or d >= dt.date(2026, 1, 19):
        return None
    return prev[1] + DAYS[(d - prev[0]).days]


DATE_RE = re.compile(r"(\d{4})(?:年|-|/|\.)(\d{1,2})(?:月|-|/|\.)(\d{1,2})日?"
                     r"(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*(?:[（(]?(?:星期|周)([一二三四五六日天])[)）]?)?"
                     r"(?:\s*农历(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?(\S+?月[初十廿三][一二三四五六七八九十]))?")


def check_dates(pid, text):
    for m in DATE_RE.finditer(text):
        y, mo, d, wd, lu = m.groups()
        if not (wd or lu):
            continue
        try:
            day = dt.date(int(y), int(mo), int(d))
        except ValueError:
            problems.append(f"{pid}: impossible date {m.group(0)!r}")
            continue
        if wd and WD[day.weekday()] != wd.replace("天", "日"):
            problems.append(f"{pid}: {m.group(0)!r} is a 星期{WD[day.weekday()]}")
        if lu:
            want = lunar(day)
            if want is None or lu != want:
                problems.append(f"{pid}: {m.group(0)!r}: 农历 should be {want}")


def main():
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    want_ids = [f"xv-{i:02d}" for i in range(1, 41)]
    if ids != want_ids:
        problems.append(f"gold ids are not xv-01..xv-40: {ids}")
    total = 0
    print(f"{'id':6} {'kind':12} {'paras':>5} {'body':>5}  title")
    for pid in ids:
        with open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g.get("id") != pid or g.get("set") != "zh-blind73":
            problems.append(f"{pid}: id/set wrong")
        n = int(pid[3:])
        if n not in EXPECT.get(g.get("kind"), ()):
            problems.append(f"{pid}: kind {g.get('kind')!r} not expected for this id")
        if not g["title"] or not g["publish_time"] or not g["body_paragraphs"]:
            problems.append(f"{pid}: empty title, publish_time or body")
        body_len = sum(len(p) for p in g["body_paragraphs"])
        total += 1
        print(f"{pid:6} {g['kind']:12} {len(g['body_paragraphs']):5} {body_len:5}  {g['title'][:40]}")
        if g["lang"] == "zh" and not 300 <= body_len <= 1200:
            problems.append(f"{pid}: body length {body_len} outside 300-1200")
        if g["lang"] == "en":
            words = sum(len(p.split()) for p in g["body_paragraphs"])
            if not 150 <= words <= 700:
                problems.append(f"{pid}: English body {words} words")
        if len(set(g["body_paragraphs"])) != len(g["body_paragraphs"]):
            problems.append(f"{pid}: duplicate body paragraphs")
        if any(p != p.strip() or not p for p in g["body_paragraphs"]):
            problems.append(f"{pid}: paragraph with edge white space or empty")
        for a in g["authors"]:
            if re.search(r"\s", a) and g["lang"] == "zh":
                problems.append(f"{pid}: author {a!r} keeps spaces")
            if re.search(r"编辑|审核|责编|校对|摄影|来源", a):
                problems.append(f"{pid}: author {a!r} looks like a credit line")
        # html rules
        hp = os.path.join(ROOT, "html", pid + ".html")
        if not os.path.exists(hp):
            problems.append(f"{pid}: no html")
        else:
            h = open(hp, encoding="utf-8").read()
            if '<meta charset="utf-8">' not in h or h.count("<style") != 1 or "<script" in h.lower() \
                    or re.search(r'(?:src|href)="(?!data:|#)', h) or "<link" in h.lower():
                problems.append(f"{pid}: html breaks the file rules")
        # the raw texts
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: no {d}/{pid}.txt")
                continue
            texts[d] = open(p, encoding="utf-8").read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw.py of raw-chromium/")
        if "raw-chromium" in texts:
            check_dates(pid, texts["raw-chromium"])
        for d, t in texts.items():
            s = squash(t)
            for label, val in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                    [("author", a) for a in g["authors"]]:
                if squash(val) not in s:
                    problems.append(f"{pid}: {label} {val!r} not in {d}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                q = squash(para)
                k = s.find(q, pos)
                if k < 0:
                    where = "out of order" if q in s else "missing"
                    problems.append(f"{pid}: paragraph {i} {where} in {d}: {para[:30]!r}")
                else:
                    pos = k + len(q)
    print(f"{total} pages checked")
    if problems:
        print(f"problems found: {len(problems)}")
        for p in problems:
            print("  " + p)
        return 1
    print("problems found: none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
