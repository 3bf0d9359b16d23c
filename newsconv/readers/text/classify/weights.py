"""How much each kind of headline evidence counts: weights learned from pages, not set by hand.

Every headline candidate is measured by the rules in ``headline`` (what speaks for and against
it, each with a value) and by the weight of the body under it. The chooser adds these up; the
factor each kind of evidence is multiplied by comes from ``headline_weights.json``, which
``benchmarks/train_headline.py`` fits on the blind sets' pages (invented pages under CC0, made
by people who never read the reader): a conditional logit over each page's candidates, kept
near 1 (the rules' own values) by an L2 penalty. The rules still decide what a candidate is and
what it shows; the weights only say how much each showing counts. A kind of evidence the file
does not name counts at its rule's own value (factor 1), and so does every kind on a page whose
prose is mostly not Chinese: the training pages are Chinese (their few English pages teach
nothing of English sites), and the English pages newsconv is measured on may train no model.

Benchmarks swap the weights for ones trained without the pages being scored (``using``) and
the trainer records what the chooser measured (``recording``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_FILE = Path(__file__).with_name("headline_weights.json")

# What the body under a candidate adds: this factor times log2(1 + weight / 60).
BODY_FACTOR = 2.5


@dataclass(frozen=True)
class Weights:
    """A factor per kind of evidence (its reason, as ``--explain`` prints it) and one for the body."""

    evidence: dict[str, float] = field(default_factory=dict)
    body: float = 1.0

    def of(self, reason: str) -> float:
        return self.evidence.get(reason, 1.0)

    def weigh(self, evidence: Sequence[tuple[str, float]]) -> float:
        """What the evidence adds up to, each kind multiplied by its factor."""
        get = self.evidence.get
        return sum(get(reason, 1.0) * value for reason, value in evidence)

    @classmethod
    def from_json(cls, data: dict) -> Weights:
        return cls({str(k): float(v) for k, v in data["evidence"].items()}, float(data["body"]))


ONES = Weights()  # every kind of evidence at its rule's own value (pages unlike the training pages)


@cache
def shipped() -> Weights:
    """The weights newsconv ships (``headline_weights.json`` beside this module)."""
    return Weights.from_json(json.loads(_FILE.read_text(encoding="utf-8")))


_active: list[Weights] = []  # weights a benchmark put in place of the shipped ones (``using``)
_recorders: list[list] = []  # what the chooser measured, for the trainer (``recording``)


def current() -> Weights:
    return _active[-1] if _active else shipped()


@contextmanager
def using(weights: Weights) -> Iterator[Weights]:
    """Read with ``weights`` instead of the shipped ones (leave-one-set-out benchmarks)."""
    _active.append(weights)
    try:
        yield weights
    finally:
        _active.pop()


@contextmanager
def recording() -> Iterator[list]:
    """Collect, for each page read, every headline candidate the chooser measured: its title
    text, its evidence (reason, value) and its body's log weight."""
    found: list = []
    _recorders.append(found)
    try:
        yield found
    finally:
        _recorders.remove(found)


def record(candidates: list[tuple[str, list[tuple[str, float]], float]]) -> None:
    """Hand one page's measured candidates to the trainer, if one is recording."""
    for recorder in _recorders:
        recorder.append(candidates)


def recording_active() -> bool:
    return bool(_recorders)
