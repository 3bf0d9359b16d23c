"""Would a learned model choose the headline better than the rules? An experiment, not part of newsconv.

    pip install scikit-learn      # only for this script: newsconv itself does not depend on it
    python benchmarks/headline_reranker.py [--tree <a newsconv source tree>] [--last-seen 137]

For every page of the blind sets (benchmarks/data/zh-blind*) the reader's headline candidates are
listed with the rules' own evidence for each (the names and weights `newsconv parse --explain` prints),
the body's weight under it, its length and figures, and its rank by the rules' score. Gradient-boosted
trees and a logistic regression learn from the sets up to --last-seen which candidate is the gold
title, and choose one on every later set. The table prints the share of pages whose headline each
gets right there, beside the rules' own choice and the share whose gold title is a candidate at all.
Give --tree the tree whose rules had seen only the sets up to --last-seen, so the later sets are
unseen by both.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
_QUOTED = re.compile(r"'[^']*'|\([^)]*\)")  # a list's label or a line's number named inside an evidence's text
_SHAPE = ("len", "digits", "gap_to_body", "line_frac")


def _blind_sets() -> list[tuple[int, str]]:
    found = []
    for folder in DATA.glob("zh-blind*"):
        number = folder.name.removeprefix("zh-blind")
        if (folder / "gold").is_dir() and (not number or number.isdigit()):
            found.append((int(number or 1), folder.name))
    return sorted(found)


def candidates(tree: Path) -> list[dict]:
    """Every blind page's headline candidates with their evidence, read by ``tree``'s reader."""
    sys.path.insert(0, str(tree))
    classify = importlib.import_module("newsconv.readers.text.classify")
    headline = importlib.import_module("newsconv.readers.text.classify.headline")
    body = importlib.import_module("newsconv.readers.text.classify.body")
    readers = importlib.import_module("newsconv.readers")
    text_reader = importlib.import_module("newsconv.readers.text")
    choose, seen = classify.choose, {}

    def listing(page):  # the chooser, run as usual, after the candidates are listed
        rows = []
        for i in range(len(page.lines)):
            evidence = headline.title_evidence(page, i) if page.known[i] is None and not page.stops[i] else None
            start = body.body_start(page, page.unit_last(i)) if evidence is not None else None
            if start is None:
                continue
            first, last, weight, _ = body.body_from(page, start)
            if weight <= 0:
                continue
            features: dict[str, float] = {}
            for name, value in evidence + headline.body_evidence(page, i, first, last):
                key = _QUOTED.sub("", name).strip()[:60]
                features[key] = features.get(key, 0.0) + value
            features["BODY"] = 2.5 * math.log2(1 + weight / 60)
            score = sum(features.values())
            text = page.title_text(i)
            features.update(len=len(text), digits=sum(c.isdigit() for c in text), gap_to_body=start - page.unit_last(i),
                            line_frac=i / max(1, len(page.lines)))
            rows.append({"text": "".join(text.split()), "f": features, "score": score})
        seen["rows"] = rows
        return choose(page)

    classify.choose = listing
    pages = []
    for number, name in _blind_sets():
        for gold_file in sorted((DATA / name / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            raw = DATA / name / "raw" / f"{gold['id']}.txt"
            seen.clear()
            doc = text_reader.read_text(raw.read_bytes(), readers.ReadOptions(source=str(raw)))
            pages.append({"set": number, "gold": "".join((gold.get("title") or "").split()),
                          "pred": "".join((doc.meta.title or "").split()), "cands": seen.get("rows", [])})
    classify.choose = choose
    return pages


def _matrix(page: dict, keys: list[str]):
    import numpy as np

    scores = [c["score"] for c in page["cands"]]
    order = sorted(range(len(scores)), key=lambda j: -scores[j])
    rank = {j: r for r, j in enumerate(order)}
    return np.array([[c["f"].get(k, 0.0) for k in keys] + [c["score"], max(scores) - c["score"], rank[j], len(scores)]
                     for j, c in enumerate(page["cands"])])


def evaluate(pages: list[dict], last_seen: int, model) -> tuple[float, float, float, int]:
    """(model, rules, reachable) shares of the headlines on the sets after ``last_seen``, and their pages."""
    import numpy as np

    keys = sorted({k for p in pages for c in p["cands"] for k in c["f"]})
    train = [p for p in pages if p["set"] <= last_seen and p["gold"] in {c["text"] for c in p["cands"]}]
    test = [p for p in pages if p["set"] > last_seen]
    model.fit(np.vstack([_matrix(p, keys) for p in train]),
              np.array([int(c["text"] == p["gold"]) for p in train for c in p["cands"]]))
    right = sum(bool(p["cands"]) and p["cands"][int(np.argmax(model.predict_proba(_matrix(p, keys))[:, 1]))]["text"]
                == p["gold"] for p in test)
    rules = sum(p["pred"] == p["gold"] for p in test)
    reachable = sum(p["gold"] in {c["text"] for c in p["cands"]} for p in test)
    return right / len(test), rules / len(test), reachable / len(test), len(test)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="the newsconv source tree whose reader lists the candidates")
    parser.add_argument("--last-seen", type=int, default=137, help="learn from the blind sets up to this one")
    args = parser.parse_args()
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("headline_reranker.py: scikit-learn is not installed; run `pip install scikit-learn` first")
    pages = candidates(args.tree.resolve())
    print(f"| model (learnt from zh-blind … zh-blind{args.last_seen}) | headlines right | rules | gold a candidate "
          "| pages |")
    print("|---|---:|---:|---:|---:|")
    for name, model in (("gradient-boosted trees", HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05,
                                                                                  max_leaf_nodes=15)),
                        ("logistic regression", LogisticRegression(max_iter=2000, C=0.5))):
        share, rules, reachable, count = evaluate(pages, args.last_seen, model)
        print(f"| {name} | {share:.3f} | {rules:.3f} | {reachable:.3f} | {count} |")


if __name__ == "__main__":
    main()
