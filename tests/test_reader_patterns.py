"""The raw-text reader's word-list expressions match what the plain alternation of the words,
longest first, matches: the same places, the same word, inside larger patterns too."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsconv.readers.text.bylines import _LABEL_RE, _LABELS
from newsconv.readers.text.dates import _MONTHS, find_dates
from newsconv.readers.text.lexicon import load_lexicon
from newsconv.readers.text.patterns import literal_alternation


def _sorted_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_WORDS = st.lists(st.text(alphabet="ab中文-.", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(alphabet="ab中文-. ", max_size=30))
def test_tree_matches_the_longest_word_first(words: list[str], text: str) -> None:
    tree = re.compile(f"(?P<w>{literal_alternation(words)})")
    plain = re.compile(f"(?P<w>{_sorted_alternation(words)})")
    assert _matches(tree, text) == _matches(plain, text)
    # followed by more pattern: a shorter word is tried when the longer one leaves no match
    tree_in = re.compile(f"(?:{literal_alternation(words)})b")
    plain_in = re.compile(f"(?:{_sorted_alternation(words)})b")
    assert _matches(tree_in, text) == _matches(plain_in, text)


def test_tree_shares_beginnings() -> None:
    assert literal_alternation(["ab", "abc", "abcd"]) == "ab(?:c(?:d)?)?"
    assert re.fullmatch(literal_alternation(["来源", "来源于", "来自"]), "来源于")
    assert re.search(literal_alternation([]), "anything") is None
    # words too long for a tree (a user's lexicon may hold anything) are a plain alternation
    long_words = ["a" * k for k in range(1, 400)]
    assert re.fullmatch(f"(?:{literal_alternation(long_words)})", "a" * 250)
    assert re.match(literal_alternation(long_words), "a" * 500).group() == "a" * 399


def test_reader_expressions_find_what_they_found() -> None:
    lexicon = load_lexicon(())
    phrase = lexicon.chrome_contains.phrases[0]
    assert lexicon.chrome_contains.within(f"前文{phrase}后文") == phrase
    assert lexicon.chrome_prefix.prefix(lexicon.chrome_prefix.phrases[-1] + "x") == lexicon.chrome_prefix.phrases[-1]
    longest = max(_LABELS, key=len)
    assert _LABEL_RE.search(f"xx {longest}：张三")["label"] == longest
    assert [d.month for d in find_dates("Posted Sept 5, 2019 and 6 décembre 2019")] == [9, 12]
    assert _MONTHS["sept"] == 9
