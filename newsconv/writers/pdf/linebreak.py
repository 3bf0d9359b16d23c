"""Line breaking for Chinese and mixed text, after W3C clreq (see PRINT.md).

Pure functions, no reportlab: text is cut into atoms (a Han character, a Latin word or number,
a run of spaces), each boundary between atoms is marked breakable or not, and lines are filled
greedily. The rules:

- no line starts with closing or pause punctuation (``，。、；：？！”’）》`` …) and none ends with
  opening punctuation (``“‘（《`` …); ``——`` and ``……`` stay with the character before them;
- Latin words and numbers are never split (a word longer than the line is cut as a last resort);
- a full-width mark that overflows the line by at most half its width is kept there and trimmed
  to half width (its ink is in the left half);
- where a line would otherwise have to start with a closing mark, the marks inside the line
  give up to half their width (punctuation compression) to make room for it, before a
  character is pushed down to the next line;
- a paragraph never ends with a single character alone on its last line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# clreq: characters that must not start a line (closing brackets and quotes, pause and stop
# marks, ellipsis and dash, interpuncts, percent signs, small kana, prolonged sound mark).
NO_START = frozenset(
    "、，。．：；！？”’」』）】〕〗〙〛〉》…—·・％‰℃,.;:!?)]}%～"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーヽヾゝゞ々〻"
)
# clreq: characters that must not end a line (opening brackets and quotes).
NO_END = frozenset("“‘「『（【〔〖〘〚〈《([{")
# Full-width marks whose ink sits in the left half of the em box: trimmable at the line end.
TRIMMABLE_END = frozenset("、，。．：；！？”’」』）】〕〗〉》")
# The pause and stop marks LibreOffice lets hang at the end of a line (into the margin);
# closing brackets and quotes do not. A page on a character grid (GB/T 9704) breaks as it
# does, so its DOCX paginates as its PDF.
HANGING = frozenset("、，。．：；！？")
# Full-width marks that may give up half their width inside a line: the blank half after a
# mark whose ink is on the left, before one whose ink is on the right.
COMPRESS_AFTER = frozenset("、，。．：；！？”’」』）】〕〗〙〛〉》")
COMPRESS_BEFORE = frozenset("“‘「『（【〔〖〘〚〈《")
_SQUEEZE_ATOMS = 3  # at most this many atoms are squeezed into a line

_CJK_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
# An atom: a run of white space, a run of "Latin" characters (anything not wide and not
# white space), or one wide character.
_ATOMS = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]+|.", re.S)


def is_space(atom: str) -> bool:
    return atom[:1] in " \t\u00a0\u3000" or ("\u2000" <= atom[:1] <= "\u200b")


def is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’—…·"


def is_ideograph(atom: str) -> bool:
    return bool(_CJK_IDEOGRAPH.match(atom))


def is_latin_word(atom: str) -> bool:
    return not is_space(atom) and not is_wide(atom[0]) and any(c.isalnum() for c in atom)


def split_atoms(text: str) -> list[str]:
    return _ATOMS.findall(text)


def _quote_role(atoms: Sequence[str], i: int) -> str:
    """ASCII " and ' open a quotation after white space (or at the start), else close one."""
    return "open" if i == 0 or is_space(atoms[i - 1]) else "close"


def can_break_before(atoms: Sequence[str], i: int) -> bool:
    """Whether a line may end after atom i-1 and start with atom i."""
    if i <= 0 or i >= len(atoms):
        return False
    prev, cur = atoms[i - 1], atoms[i]
    if is_space(cur):
        return False  # break after the spaces, never before them
    first, last = cur[0], prev[-1]
    if first in NO_START:
        return False
    if first in "\"'" and _quote_role(atoms, i) == "close":
        return False
    if last in NO_END:
        return False
    if last in "\"'" and len(prev) == 1 and _quote_role(atoms, i - 1) == "open":
        return False
    return True


def compressible(atoms: Sequence[str], start: int, end: int, trim: float) -> list[int]:
    """Atoms of the line [start, end) that may give up half their width (not a trimmed last mark)."""
    last = end
    while last > start and is_space(atoms[last - 1]):
        last -= 1
    if trim:
        last -= 1
    return [i for i in range(start, last) if atoms[i] in COMPRESS_AFTER or atoms[i] in COMPRESS_BEFORE]


def adjacent_marks(atoms: Sequence[str], widths: Sequence[float], em: float) -> tuple[list[float], list[bool]]:
    """clreq 3.1.6: two full-width marks side by side share one blank half: ``”、“`` takes two ems,
    not three, ``。”`` and ``：“`` one and a half. The first mark gives up the blank half after its
    ink (、，。：；！？”）》 …), else the second the blank half before it (“（《 …).

    Returns the width each atom gives up and whether it goes from the atom's leading side (the
    atom is then drawn that much to the left). Lines are broken on the marks' full widths, as Word
    and LibreOffice break them, so a GB/T 9704 line still holds 28 characters; the space two marks
    save is given to the line's justification.
    """
    kerned = [0.0] * len(atoms)
    leading = [False] * len(atoms)
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if len(a) != 1 or len(b) != 1 or not (a in COMPRESS_AFTER or a in COMPRESS_BEFORE) or \
                not (b in COMPRESS_AFTER or b in COMPRESS_BEFORE):
            continue
        if a in COMPRESS_AFTER and not kerned[i]:
            kerned[i] = min(widths[i], em) / 2
        elif b in COMPRESS_BEFORE and not kerned[i + 1]:
            kerned[i + 1] = min(widths[i + 1], em) / 2
            leading[i + 1] = True
    return kerned, leading


@dataclass(frozen=True, slots=True)
class Span:
    """One line: atoms [start, end), the width they take, and what was trimmed off the end."""

    start: int
    end: int
    width: float  # natural width without trailing spaces, after any end trim and squeeze
    trim: float = 0.0  # width trimmed from a full-width mark at the line end
    squeeze: float = 0.0  # width taken from the compressible marks inside the line


class Breaker:
    """Fills lines of given widths with atoms whose widths and gaps are known."""

    def __init__(
        self,
        atoms: Sequence[str],
        widths: Sequence[float],
        gaps: Sequence[float],
        *,
        em: float,
        grid: bool = False,
    ) -> None:
        self.atoms = atoms
        self.widths = widths
        self.gaps = gaps  # extra space before atom i (Han-Latin spacing)
        self.em = em
        # on a character grid: no compression inside a line, and only the HANGING marks hang at its end, whole
        self.squeeze = not grid
        self.trimmable = HANGING if grid else TRIMMABLE_END
        self.breakable = [can_break_before(atoms, i) for i in range(len(atoms) + 1)]

    def _measure(self, start: int, end: int) -> tuple[float, float]:
        """(width of atoms[start:end] without trailing spaces, trim available at its end)."""
        last = end
        while last > start and is_space(self.atoms[last - 1]):
            last -= 1
        width = sum(self.widths[start:last]) + sum(self.gaps[start + 1 : last])
        trim = 0.0
        if last > start and self.atoms[last - 1][-1] in self.trimmable:
            # a mark hangs into the margin on a grid (as Word and LibreOffice hang it), else its
            # blank half is trimmed
            trim = min(self.widths[last - 1], self.em) / (1 if not self.squeeze else 2)
        return width, trim

    def compressible(self, start: int, end: int, trim: float) -> list[int]:
        return compressible(self.atoms, start, end, trim) if self.squeeze else []

    def _squeezable(self, start: int, end: int, limit: float) -> int | None:
        """Where the line ends if the atoms from ``end`` up to the next legal break are squeezed
        into it by trimming its last mark and compressing the marks inside; None if they cannot be."""
        n = len(self.atoms)
        stop = end + 1
        while stop < n and not self.breakable[stop] and stop - end < _SQUEEZE_ATOMS:
            stop += 1
        if stop < n and not self.breakable[stop]:
            return None
        w, trim = self._measure(start, stop)
        room = sum(min(self.widths[i], self.em) / 2 for i in self.compressible(start, stop, trim))
        return stop if w - trim - room <= limit + 1e-6 else None

    def _fit(self, start: int, limit: float) -> int:
        """The end of the longest legal line from ``start`` within ``limit``."""
        n = len(self.atoms)
        width = 0.0
        end = start
        best = None
        while end < n:
            add = self.widths[end] + (self.gaps[end] if end > start else 0.0)
            if not is_space(self.atoms[end]) and width + add > limit:
                if end > start and not self.breakable[end]:
                    # the line may not end here: squeeze what must follow into it if that can be done
                    squeezed = self._squeezable(start, end, limit)
                    if squeezed is not None:
                        return squeezed
                break
            width += add
            end += 1
            if end == n or self.breakable[end]:
                best = end
        if end == n:
            return n
        if best is not None and best > start:
            return best
        # nothing legal fits: take what fits (a long word or URL is cut as a last resort)
        return max(end, start + 1)

    def lines(self, first_width: float, width: float) -> list[Span]:
        spans: list[Span] = []
        start, n = 0, len(self.atoms)
        while start < n and is_space(self.atoms[start]):
            start += 1
        while start < n:
            limit = first_width if not spans else width
            end = self._fit(start, limit)
            w, trim = self._measure(start, end)
            if w <= limit:
                spans.append(Span(start, end, w))
            elif w - trim <= limit:
                spans.append(Span(start, end, w - trim, trim))
            elif self.compressible(start, end, trim):
                spans.append(Span(start, end, limit, trim, w - trim - limit))
            else:  # a word longer than the line, cut as a last resort
                spans.append(Span(start, end, w))
            start = end
            while start < n and is_space(self.atoms[start]):
                start += 1
        return self._no_lonely_last(spans, first_width, width)

    def _no_lonely_last(self, spans: list[Span], first_width: float, width: float) -> list[Span]:
        """Pull one atom down when the last line would hold a single character."""
        if len(spans) < 2:
            return spans
        last, prev = spans[-1], spans[-2]
        chars = [a for a in self.atoms[last.start : last.end] if not is_space(a)]
        if len(chars) != 1 or not is_ideograph(chars[0]) or len(chars[0]) != 1:
            return spans
        for cut in range(prev.end - 1, prev.start + 1, -1):
            if self.breakable[cut]:
                w1, _ = self._measure(prev.start, cut)
                w2, _ = self._measure(cut, last.end)
                if w2 <= width:
                    return [*spans[:-2], Span(prev.start, cut, w1), Span(cut, last.end, w2)]
                break
        return spans


def expansion_points(atoms: Sequence[str], span: Span, kerned: Sequence[float] | None = None) -> list[int]:
    """Atom indices after which justification may add space: between wide characters and at spaces,
    never between two marks set side by side (``adjacent_marks``)."""
    points: list[int] = []
    end = span.end
    while end > span.start and is_space(atoms[end - 1]):
        end -= 1
    for i in range(span.start, end - 1):
        a, b = atoms[i], atoms[i + 1]
        if kerned and (kerned[i] or kerned[i + 1]) and len(a) == 1 and len(b) == 1 and \
                (a in COMPRESS_AFTER or a in COMPRESS_BEFORE) and (b in COMPRESS_AFTER or b in COMPRESS_BEFORE):
            continue
        if is_space(a):
            points.append(i)
        elif not is_space(b) and not (is_latin_word(a) and is_latin_word(b)):
            points.append(i)
    return points


# The space between Han and Latin or digits: a quarter em (clreq); on a character grid the
# fifth of an em LibreOffice puts there, so that a grid page's lines break where its DOCX's do.
HAN_LATIN_GAP = 0.25
GRID_HAN_LATIN_GAP = 0.2


def measure_atoms(atoms: Sequence[str], width_of: Callable[[str], float], em: float,
                  han_latin_gap: float = HAN_LATIN_GAP) -> tuple[list[float], list[float]]:
    """Atom widths, and the gap before each atom (between Han and Latin, by layout)."""
    widths = [width_of(a) for a in atoms]
    gaps = [0.0] * len(atoms)
    for i in range(1, len(atoms)):
        a, b = atoms[i - 1], atoms[i]
        if (is_ideograph(a[-1]) and is_latin_word(b)) or (is_latin_word(a) and is_ideograph(b[0])):
            gaps[i] = han_latin_gap * em
    return widths, gaps
