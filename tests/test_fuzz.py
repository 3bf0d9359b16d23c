"""A small fuzzing budget for every reader (and the writers behind it), run with the tests.

The engine is ``tools/fuzz.py``; ``python tools/fuzz.py --inputs 50000`` runs it at length.
Each example is a real input of the format with a few mutations; converting it to every
output format must either work or be refused with newsconv's own error (exit 3 or 5), never
crash. Hypothesis shrinks a failure to the fewest mutations that still cause it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import fuzz  # noqa: E402


@cache
def _seeds(fmt: str) -> list[fuzz.Case]:
    return [case for case in fuzz.seeds() if case.fmt == fmt]


@pytest.mark.parametrize("fmt", fuzz.FORMATS)
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_inputs_convert_or_are_refused(fmt: str, data: st.DataObject) -> None:
    seeds = _seeds(fmt)
    seed = data.draw(st.sampled_from(seeds), label="seed")
    rng = data.draw(st.randoms(use_true_random=False), label="mutations")
    case = fuzz.mutate(seed, rng)
    status, seconds, detail = fuzz.run_case(case, slow=30.0)  # the 2 s target is the script's, on an idle machine
    assert status in ("ok", "refused"), f"{case.origin} mutated: {status} after {seconds:.1f} s\n{detail}"


def test_every_hostile_string_alone_is_read_or_refused() -> None:
    for fmt in fuzz.FORMATS:
        for piece in fuzz.HOSTILE:
            data = piece if fmt != "docx" else b"PK\x03\x04" + piece
            status, _, detail = fuzz.run_case(fuzz.Case(fmt, data, f"hostile-{fmt}"), slow=30.0)
            assert status in ("ok", "refused"), f"{fmt} {piece[:40]!r}: {detail}"
