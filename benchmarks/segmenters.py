"""Chinese word segmenters for title breaks: load time in a fresh process, and how well their word
boundaries match where a print desk may break a title.

    python benchmarks/segmenters.py

Each segmenter that is installed is measured (newsconv depends on rjieba only; to compare,
install the others in a scratch environment: jieba, jieba3, jieba-next, budoux, thulac).

The gold below marks every place a title may break (the finest split an editor accepts: 经济/社会
may break, 人民/政府 inside 人民政府 may not). Only boundaries between two Han characters outside
quotation and title marks are scored, since newsconv joins marks, numbers and quotations itself.
"split a word" counts a segmenter's boundaries that fall inside a gold word (a break there would
split it); "found" counts the gold boundaries the segmenter offers (fewer means fewer choices).
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys

GOLD = [
    "市/人民政府/关于/印发/推动/制造业/高质量/发展/三年/行动/方案/的/通知",
    "关于/进一步/加强/和/改进/新时代/基层/党组织/规范化/建设/的/实施/意见",
    "全国人民代表大会常务委员会/关于/批准/财政部/发行/特别国债/购买/外汇/及/调整/2007年末/国债/余额/限额/的/决议",
    "顺德区/大良/街道/党工委/委员/潘卓辉/一行/到/众创/金融街/开展/调研/工作",
    "中国人/习以为常/的/地方/ /为何/老外/却/说/“了不得”？",
    "田家/街道/“1+5”/全域/党建/引领/经济/社会/发展",
    "最新/出炉/联合国/贸发/报告：/2019年/全球/经济/增长率/降至/2.3%",
    "日本/最后/一家/传呼机/公司/停止/服务，/殡仪馆/为/BB机/送终",
    "棱镜|/数据业/大整顿：/爬虫/与/现金贷/共生共荣，/用户/信息/几元/不等",
    "江门/七旬/阿婆/接/来电/称/其/涉黑/被骗/上百万！/冒充/公检法/电诈/团伙/被端",
    "国务院办公厅/关于/印发/《“十四五”全民医疗保障规划》/和/2025年/重点/工作/任务/分工/方案/的/通知",
    "区/人民政府/办公室/关于/做好/2024年度/防汛/抗旱/和/地质灾害/防治/工作/的/通知",
    "交通运输部：/着力/打造/京津冀/区域/综合/立体/交通/网络",
    "债券/市场/是否/存在/泡沫？/世界/知名/首席/投资官们/这么/说",
    "天宫一号/与/神舟九号/载人/交会/对接/任务/第二场/新闻/发布会",
    "一袭/汉服，/一架/古筝，/90后/彭静旋/异国/他乡/只为/传播/中华/文化",
    "王文：/中美/贸易/“持久战”，/中国人/的/斗志/被/激发",
    "苹果/回应/“违反中国劳动法”：/大多数/指控/错误",
]

# name -> code that defines cut(text) -> list[str]; run in a fresh process to time the load
SEGMENTERS = {
    "rjieba 0.2 (newsconv)": "import rjieba\ncut = lambda t: rjieba.cut(t, True)",
    "jieba 0.42": "import jieba\njieba.setLogLevel(60)\njieba.initialize()\ncut = lambda t: list(jieba.cut(t))",
    "jieba3 1.0": "import jieba3\n_t = jieba3.jieba3()\ncut = _t.cut_text",
    "jieba-next 1.0rc1": "import jieba_next\njieba_next.setLogLevel(60)\njieba_next.initialize()\n"
                         "cut = lambda t: list(jieba_next.cut(t))",
    "budoux 0.10 (phrases)": "import budoux\n_p = budoux.load_default_simplified_chinese_parser()\ncut = _p.parse",
    "thulac 0.2": "import thulac\n_t = thulac.thulac(seg_only=True)\ncut = lambda t: _t.cut(t, text=True).split()",
}

_RUN = """
import json, sys, time
start = time.perf_counter()
{setup}
cut("测试")
loaded = time.perf_counter() - start
titles = json.loads(sys.stdin.read())
start = time.perf_counter()
words = [cut(t) for t in titles]
print(json.dumps({{"load": loaded, "cut": time.perf_counter() - start, "words": words}}))
"""
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _scored(title: str) -> set[int]:
    """Offsets between two Han characters outside quotation and title marks."""
    inside, depth = set(), 0
    for i, ch in enumerate(title):
        if ch in "“《":
            depth += 1
        elif ch in "”》":
            depth = max(depth - 1, 0)
        elif depth:
            inside.add(i)
    return {i for i in range(1, len(title)) if _HAN.match(title[i - 1]) and _HAN.match(title[i])
            and i not in inside and i - 1 not in inside}


def _cuts(words: list[str]) -> set[int]:
    cuts, at = set(), 0
    for word in words:
        at += len(word)
        cuts.add(at)
    return cuts


def main() -> None:
    titles = [g.replace("/", "") for g in GOLD]
    gold = [_cuts(g.split("/")) for g in GOLD]
    print("| segmenter | load, fresh process | 18 titles | boundaries that split a word | gold boundaries found |")
    print("|---|---:|---:|---:|---:|")
    for name, setup in SEGMENTERS.items():
        loads, result = [], None
        for _ in range(3):
            run = subprocess.run([sys.executable, "-c", _RUN.format(setup=setup)], input=json.dumps(titles),
                                 capture_output=True, text=True)
            if run.returncode != 0:
                break
            result = json.loads(run.stdout.strip().splitlines()[-1])
            loads.append(result["load"])
        if result is None:
            print(f"| {name} | not installed | | | |")
            continue
        bad = found = scored_gold = scored_pred = 0
        for title, words, cuts in zip(titles, result["words"], gold, strict=True):
            if "".join(words).replace(" ", "") != title.replace(" ", ""):
                words = [w for w in words if w.strip()]
            scored = _scored(title)
            predicted = _cuts(words) & scored
            truth = cuts & scored
            bad += len(predicted - truth)
            found += len(predicted & truth)
            scored_gold += len(truth)
            scored_pred += len(predicted)
        print(f"| {name} | {statistics.median(loads) * 1000:.0f} ms | {result['cut'] * 1000:.1f} ms "
              f"| {bad} of {scored_pred} | {found} of {scored_gold} |")


if __name__ == "__main__":
    main()
