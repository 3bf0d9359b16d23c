"""Font chains: the faces a role draws with, and which face draws each character."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsconv.writers.pdf.fonts.faces import BlockFont, Face, load_face, load_fallback
from newsconv.writers.pdf.fonts.sources import FontSource, fallback_font, find_font, profile_base

if TYPE_CHECKING:
    from newsconv.profiles import Profile

_IGNORED = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))  # controls, format and space characters
# How many texts' runs a chain keeps before it starts again: a long issue draws a new page
# number on every page and a contents number per article, and a chain kept each (50,000 texts
# before). Cutting a text again is cheap (each character's face is remembered): 200 articles
# take the same time with no cache at all, and an LRU's bookkeeping costs more than it saves.
RUNS_KEPT = 4096


def _latin(char: str) -> bool:
    return unicodedata.east_asian_width(char) not in "WF" and char not in "“”‘’—…·"


@dataclass(slots=True)
class FontChain:
    """The faces a role draws with: Latin text with the Latin face, everything else with the
    East-Asian face, then the other, then the fallbacks; the first that has a character wins."""

    east_asian: Face
    latin: Face
    fallback_sources: tuple[FontSource, ...] = ()  # each loaded when a character first needs it
    _chosen: dict[str, Face | None] = field(default_factory=dict)
    _loaded: list[Face | BlockFont] = field(default_factory=list)
    _runs: dict[str, list[tuple[Face, str]]] = field(default_factory=dict)

    def _fallback(self, n: int) -> Face | BlockFont:
        while len(self._loaded) <= n:
            self._loaded.append(load_fallback(self.fallback_sources[len(self._loaded)]))
        return self._loaded[n]

    def _from_fallbacks(self, char: str) -> Face | None:
        for n in range(len(self.fallback_sources)):
            font = self._fallback(n)
            if font.has(char):
                return font.face_for(char) if isinstance(font, BlockFont) else font
        return None

    def face_for(self, char: str) -> Face | None:
        """The face that draws ``char``; None when no face of the chain has it."""
        try:
            return self._chosen[char]
        except KeyError:
            pass
        first, second = (self.latin, self.east_asian) if _latin(char) else (self.east_asian, self.latin)
        chosen = first if first.has(char) else second if second.has(char) else None
        if chosen is None:
            chosen = self._from_fallbacks(char)
        self._chosen[char] = chosen
        return chosen

    def runs(self, text: str) -> list[tuple[Face, str]]:
        """``text`` cut into runs of one face. A character no face has goes with its neighbours
        (it prints as the font's empty box; ``missing`` reports it)."""
        cached = self._runs.get(text)
        if cached is None:
            if len(self._runs) >= RUNS_KEPT:
                self._runs.clear()
            cached = self._runs[text] = self._cut(text)
        return cached

    def _cut(self, text: str) -> list[tuple[Face, str]]:
        out: list[tuple[Face, str]] = []
        for char in text:
            face = self.face_for(char)
            if face is None:
                face = out[-1][0] if out else (self.latin if _latin(char) else self.east_asian)
            if out and out[-1][0] is face:
                out[-1] = (face, out[-1][1] + char)
            else:
                out.append((face, char))
        return out

    def missing(self, text: str) -> set[str]:
        """The characters of ``text`` that no face of the chain has (spaces and controls aside)."""
        return {c for c in set(text) if unicodedata.category(c) not in _IGNORED and self.face_for(c) is None}


def role_sources(profile: Profile, role_name: str) -> tuple[FontSource, FontSource, tuple[FontSource, ...]]:
    """Where a role's East-Asian face, Latin face and fallbacks come from."""
    role = profile.role(role_name)
    base = profile_base(profile)
    east_asian = find_font(role.east_asian, profile.fonts, bold=role.bold, base=base)
    latin = find_font(role.latin, profile.fonts, bold=role.bold, base=base)
    fallbacks = tuple(fallback_font(spec, base) for spec in profile.fallback_fonts)
    return east_asian, latin, fallbacks


_CHAINS: dict[tuple[FontSource, FontSource, tuple[FontSource, ...]], FontChain] = {}


def role_chain(profile: Profile, role_name: str) -> FontChain:
    """The font chain of a role; one object per distinct set of faces, kept for the process
    (it remembers which face draws each character)."""
    key = role_sources(profile, role_name)
    chain = _CHAINS.get(key)
    if chain is None:
        east_asian, latin, fallbacks = key
        chain = _CHAINS[key] = FontChain(load_face(east_asian), load_face(latin), fallbacks)
    return chain


@dataclass(frozen=True, slots=True)
class StandIn:
    """A font a profile names that is not installed, and the face drawn instead."""

    font: str  # the name the profile gives: 仿宋_GB2312
    roles: tuple[str, ...]  # the roles that use it
    used: FontSource


def stand_ins(profile: Profile) -> list[StandIn]:
    """The fonts of a profile's roles that are drawn with a stand-in, in the order the roles
    come, each with the roles that use it."""
    found: dict[tuple[str, str], tuple[list[str], FontSource]] = {}
    for role_name in profile.roles:
        east_asian, latin, _ = role_sources(profile, role_name)
        for source in (east_asian, latin):
            if source.stand_in:
                roles, _ = found.setdefault((source.asked, source.label), ([], source))
                if role_name not in roles:
                    roles.append(role_name)
    return [StandIn(source.asked, tuple(roles), source) for roles, source in found.values()]
