"""Fit the factors the headline chooser gives each kind of evidence (newsconv's learned part).

    python benchmarks/train_headline.py            # refit and write the shipped weights file
    python benchmarks/train_headline.py --check    # refit and compare with the shipped file
    python benchmarks/train_headline.py --folds    # also leave one set out, set by set

The training pages are the blind sets' pasted text and Chromium copies (benchmarks/data: pages
invented for newsconv by people who never read the reader, CC0) whose failures have been looked
at while writing rules; the sets made last and not looked at yet (``UNLOOKED`` in
benchmarks/cross_site.py) are never trained on, so that they stay a blind measure. The
development corpus and corpus-extra are not trained on either (their licences let no model
built from them ship), so every figure on them is a figure on unseen pages.

Each page read gives the chooser's candidates, each with its evidence (the rules' reasons and
values) and its body's log weight. The model is a conditional logit over a page's candidates:
a candidate's score is the sum of its evidence values, each multiplied by its reason's factor,
plus the body term times the body factor, and the fit maximises the probability of the
candidate whose text is the gold title, with an L2 penalty pulling every factor towards 1 (the
rules' own values). Pages whose gold title is no candidate, or who have one candidate only,
teach nothing and are left out. scipy's L-BFGS minimises the loss; numpy and scipy are the
``train`` extra, not dependencies of the reader.

Reading the training pages takes a minute; what the chooser measured is cached under
benchmarks/.cache keyed by the reader's source, so the leave-one-set-out runs of
benchmarks/cross_site.py read them once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cross_site import BLIND_DATA, BLIND_SETS, UNLOOKED  # noqa: E402

WEIGHTS_FILE = ROOT / "newsconv" / "readers" / "text" / "classify" / "headline_weights.json"
CACHE = ROOT / "benchmarks" / ".cache"
FORMS = ("raw", "raw-chromium")
PENALTY = 3.0  # the L2 pull towards 1 (3 and 10 gave the same held-out figures, BENCHMARKS.md)

Page = dict[str, Any]  # {"set", "id", "form", "gold", "candidates": [[text, [[reason, value]…], body]…]}


def training_sets() -> list[str]:
    """The blind sets trained on: every registered one but those not looked at yet."""
    return [name for name in BLIND_SETS if name not in UNLOOKED]


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u3000", " ")).strip()


def _source_key(sets: list[str]) -> str:
    """What the cached measurements depend on: the reader's source and the pages read."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "newsconv" / "readers").rglob("*")):
        if path.suffix in (".py", ".toml", ".txt") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update(",".join(sets).encode())
    return digest.hexdigest()[:16]


def measure(sets: list[str]) -> list[Page]:
    """Read every training page with the shipped reader and keep what its chooser measured."""
    from newsconv.readers import ReadOptions
    from newsconv.readers.text import read_text
    from newsconv.readers.text.classify import weights

    pages: list[Page] = []
    for name in sets:
        gold_dir = BLIND_DATA / name / "gold"
        for form in FORMS:
            for path in sorted((BLIND_DATA / name / form).glob("*.txt")):
                gold_path = gold_dir / f"{path.stem}.json"
                if not gold_path.is_file():
                    continue
                gold = _norm(json.loads(gold_path.read_text(encoding="utf-8")).get("title"))
                if not gold:
                    continue
                with weights.using(weights.Weights()), weights.recording() as found:
                    read_text(path.read_bytes(), ReadOptions(source=str(path)))
                candidates = found[0] if found else []
                pages.append({"set": name, "id": path.stem, "form": form, "gold": gold,
                              "candidates": [[_norm(text), [list(item) for item in items], body]
                                             for text, items, body in candidates]})
    return pages


def cached_measurements(sets: list[str] | None = None) -> list[Page]:
    """``measure`` of the training sets, from the cache when the reader has not changed."""
    sets = training_sets() if sets is None else sets
    path = CACHE / f"headline-{_source_key(sets)}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    pages = measure(sets)
    CACHE.mkdir(exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    partial.replace(path)
    return pages


def fit(pages: list[Page], penalty: float = PENALTY) -> dict[str, Any]:
    """The factors that make the gold title most likely among each page's candidates."""
    import numpy as np
    from scipy.optimize import minimize

    reasons = sorted({reason for page in pages for _, items, _ in page["candidates"] for reason, _ in items})
    column = {reason: k for k, reason in enumerate(reasons)}
    rows: list[list[float]] = []
    gold: list[bool] = []
    starts: list[int] = []
    for page in pages:
        candidates = page["candidates"]
        hits = [text == page["gold"] for text, _, _ in candidates]
        if len(candidates) < 2 or not any(hits):
            continue
        starts.append(len(rows))
        for (_, items, body), hit in zip(candidates, hits, strict=True):
            row = [0.0] * (len(reasons) + 1)
            for reason, value in items:
                row[column[reason]] += value
            row[-1] = body
            rows.append(row)
            gold.append(hit)
    x = np.array(rows)
    is_gold = np.array(gold)
    starts_a = np.array(starts)
    page_of = np.repeat(np.arange(len(starts)), np.diff(np.append(starts_a, len(rows))))

    def loss(delta: Any) -> tuple[float, Any]:
        scores = x @ (1.0 + delta)
        top = np.maximum.reduceat(scores, starts_a)[page_of]
        e = np.exp(scores - top)
        every = np.add.reduceat(e, starts_a)
        right = np.add.reduceat(np.where(is_gold, e, 0.0), starts_a)
        value = float(np.sum(np.log(every) - np.log(right))) + penalty * float(delta @ delta)
        p_every = e / every[page_of]
        p_right = np.where(is_gold, e, 0.0) / right[page_of]
        grad = x.T @ (p_every - p_right) + 2 * penalty * delta
        return value, grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    factors = 1.0 + result.x
    return {"evidence": {reason: round(float(factors[k]), 3) for k, reason in enumerate(reasons)},
            "body": round(float(factors[-1]), 3), "pages": len(starts), "penalty": penalty}


def chosen_right(pages: list[Page], model: dict[str, Any]) -> tuple[int, int]:
    """Pages whose best-scoring candidate under ``model`` is the gold title, of pages with candidates."""
    factors, body_factor = model["evidence"], model["body"]
    right = total = 0
    for page in pages:
        if not page["candidates"]:
            continue
        total += 1
        best = max(page["candidates"], key=lambda c: sum(factors.get(r, 1.0) * v for r, v in c[1]) + body_factor * c[2])
        right += best[0] == page["gold"]
    return right, total


@cache
def _training_pages() -> list[Page]:
    return cached_measurements()


@cache
def _fitted_without(held_out: frozenset[str]) -> Any:
    from newsconv.readers.text.classify.weights import Weights

    return Weights.from_json(fit([page for page in _training_pages() if page["set"] not in held_out]))


def train_without(held_out: set[str]) -> Any:
    """The weights fitted without the held-out sets (benchmarks/cross_site.py's leave-one-set-out;
    a set's three forms share one fit per process)."""
    return _fitted_without(frozenset(held_out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="refit and compare with the shipped file; write nothing")
    parser.add_argument("--folds", action="store_true", help="also score each set with weights fitted without it")
    args = parser.parse_args()
    started = time.perf_counter()
    sets = training_sets()
    pages = cached_measurements(sets)
    print(f"{len(pages)} pages of {len(sets)} sets measured in {time.perf_counter() - started:.0f} s")
    model = fit(pages)
    ones = {"evidence": {}, "body": 1.0}
    print("best-scoring candidate is the gold title (in sample): factors 1: {}/{}, fitted: {}/{}".format(
        *chosen_right(pages, ones), *chosen_right(pages, model)))
    if args.folds:
        right_ones = right_fit = total = 0
        for name in sets:
            held = [page for page in pages if page["set"] == name]
            fold = fit([page for page in pages if page["set"] != name])
            a, n = chosen_right(held, ones)
            b, _ = chosen_right(held, fold)
            right_ones, right_fit, total = right_ones + a, right_fit + b, total + n
        print(f"leave one set out: factors 1: {right_ones}/{total}, fitted without the set: {right_fit}/{total}")
    shipped = {"about": "Factors of the headline chooser's evidence; benchmarks/train_headline.py writes this file.",
               "trained_on": sets, "forms": list(FORMS), **model}
    text = json.dumps(shipped, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = WEIGHTS_FILE.read_text(encoding="utf-8") == text
        print("the shipped weights are " + ("what this training gives" if same else "NOT what this training gives"))
        return 0 if same else 1
    WEIGHTS_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
