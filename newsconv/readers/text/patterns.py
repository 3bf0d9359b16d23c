"""Regular expressions built from word lists (lexicon phrases, labels, month names)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_DEEPEST = 100  # a tree is as deep as its longest word: longer words are left as a plain alternation


def literal_alternation(words: Iterable[str]) -> str:
    """An expression matching any of ``words``, the longest first where several match at one place,
    as the alternation of the words sorted longest first does; but written as a tree of their
    shared beginnings (``ab(?:c(?:d)?)?`` for ``ab``, ``abc``, ``abcd``), so that each character is
    tested once, not once per word (an alternation of many words is slow to try at each place)."""
    unique = set(words)
    if any(len(word) > _DEEPEST for word in unique):  # (a user's lexicon may hold anything)
        return "|".join(re.escape(word) for word in sorted(unique, key=len, reverse=True)) or "(?!)"
    tree: dict[str, dict] = {}
    for word in unique:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(tree) or "(?!)"


def runs_of(char_class: str) -> str:
    """One character of ``char_class`` or more (``[…]+``), written as the class and then its repeats:
    an expression that opens with a class lets a search skip straight to the characters that can
    begin a match, where one that opens with a repeat is tried at every character (three times
    slower through a line without any)."""
    return f"{char_class}{char_class}*"


def _branches(node: dict[str, dict]) -> str:
    # the words below a node start with different characters, so at most one branch can match
    # and their order does not matter; a longer word is tried before the one ending here (greedy ?)
    branches = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
