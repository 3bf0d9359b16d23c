"""Transforms: pure ``Document -> Document`` steps applied between reading and writing.

They run in the order ``TRANSFORMS`` lists, each imported only when used. A transform never
does I/O; what it changed it may report through ``TransformOptions.note`` (``parse --explain``
lists those notes, batch reports count them as nothing: they are not warnings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsconv.model import Document


@dataclass(frozen=True, slots=True)
class TransformOptions:
    """What the transforms may be told; the defaults are what a clerk gets."""

    note: Callable[[str, str], None] | None = None  # (transform name, what changed)
    metadata: tuple[tuple[str, str], ...] = ()  # -M KEY=VALUE pairs, set over what was read
    keep_punctuation: bool = False  # leave punctuation as pasted (no GB/T 15834 marks)

    def noted(self, name: str, message: str) -> None:
        if self.note is not None:
            self.note(name, message)


Transform = Callable[["Document", TransformOptions], "Document"]

# Name -> (module, function), applied in this order. A literal table, so the order is read in
# one place and no transform is imported before it is needed.
TRANSFORMS: dict[str, tuple[str, str]] = {
    "clean": ("newsconv.transforms.clean", "clean"),
    "links": ("newsconv.transforms.links", "safe_links"),
    "punctuation": ("newsconv.transforms.punctuation", "chinese_punctuation"),
    "official": ("newsconv.transforms.official", "lift_official"),  # after punctuation: full-width marks
    "metadata": ("newsconv.transforms.metadata", "apply_metadata"),  # last: what the clerk gives wins
}


def apply(doc: Document, opts: TransformOptions | None = None) -> Document:
    """Every transform, in order."""
    options = opts or TransformOptions()
    for module, function in TRANSFORMS.values():
        step: Transform = getattr(import_module(module), function)
        doc = step(doc, options)
    return doc
