"""The checks of a finished PDF against a profile (GB/T 9704 numbers where the profile has them):
what each part of the page measures, and whether it is what the profile asks.

Roles are found as a reader of the page finds them: page numbers under the type area, the red
mark, the title (the largest black text on the first page), the body (the most common size),
level-1 and level-2 headings by their numbers (一、 （一）), the 版记 between the rules at the
foot of the last page.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

from newsconv.check import MM, Report
from newsconv.check.faces import face_status
from newsconv.check.pdfread import Line, Page, PdfDocument, Rule, is_red
from newsconv.profiles import Profile

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WIDE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60“”‘’—…·]")
_HANGING = "、，。．,."
_HEADING_1 = re.compile(r"^[一二三四五六七八九十百]+、")
_HEADING_2 = re.compile(r"^（[一二三四五六七八九十百]+）")
_DATE = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")


def _mm(points: float) -> str:
    return f"{points / MM:.1f} mm"


class _Page:
    """A page's lines sorted into what stands outside the type area and what inside."""

    def __init__(self, page: Page, profile: Profile) -> None:
        setup = profile.page
        self.page = page
        self.number = page.number
        bottom = setup.height - setup.margin_bottom
        self.numbers = [line for line in page.lines if line.em_top > bottom - 1 and _is_page_number(line)]
        self.outside = [line for line in page.lines if line.em_bottom < setup.margin_top - 2 * MM
                        or line.em_top > bottom + 1 * MM]
        self.text = [line for line in page.lines if line not in self.outside and line not in self.numbers]


def _is_page_number(line: Line) -> bool:
    return bool(re.fullmatch(r"[^\w]*\d{1,4}[^\w]*", line.squashed))


class _Roles:
    """The lines of each role across the document."""

    def __init__(self, pages: list[_Page], record_top: float | None) -> None:
        lines = [line for page in pages for line in page.text]
        self.record = [line for line in pages[-1].text if record_top is not None and line.em_top > record_top]
        lines = [line for line in lines if line not in self.record]
        self.mark = [line for line in lines if is_red(line.color)]
        black = [line for line in lines if not is_red(line.color)]
        first_page = [line for line in black if line.page == black[0].page] if black else []
        self.title: list[Line] = []
        if first_page:
            largest = max(line.size for line in first_page)
            sizes = Counter(round(line.size) for line in black for _ in line.glyphs)
            body_size = sizes.most_common(1)[0][0]
            if largest >= body_size + 2:
                start = next(n for n, line in enumerate(first_page) if abs(line.size - largest) < 0.3)
                for line in first_page[start:]:
                    if abs(line.size - largest) >= 0.3:
                        break
                    self.title.append(line)
        rest = [line for line in black if line not in self.title]
        sizes = Counter(round(line.size, 1) for line in rest for _ in line.glyphs)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 0.0
        same = [line for line in rest if abs(line.size - self.body_size) < 0.3]
        self.heading1 = [line for line in same if _HEADING_1.match(line.squashed)]
        self.heading2 = [line for line in same if _HEADING_2.match(line.squashed)]
        self.body = [line for line in same if line not in self.heading1 and line not in self.heading2]
        self.numbers = [line for page in pages for line in page.numbers]


def check_pdf(doc: PdfDocument, profile: Profile, report: Report) -> None:
    pages = [_Page(page, profile) for page in doc.pages]
    record = _record_rules(doc.pages[-1], profile)
    roles = _Roles(pages, record[0].top if record else None)
    _page_size(doc, profile, report)
    _margins(pages, roles, profile, report)
    _pitch(pages, roles, profile, report)
    _characters(roles, profile, report)
    _faces(roles, doc, profile, report)
    _title(roles, profile, report)
    _page_numbers(pages, record, profile, report)
    _letterhead(doc, roles, profile, report)
    _signature(roles, profile, report)
    _record(doc, record, roles, profile, report)


# ---------------------------------------------------------------------------- the page


def _page_size(doc: PdfDocument, profile: Profile, report: Report) -> None:
    setup = profile.page
    wrong = [p for p in doc.pages if abs(p.width - setup.width) > MM or abs(p.height - setup.height) > MM]
    if wrong:
        p = wrong[0]
        report.add("page size", "FAIL", f"{_mm(p.width)} × {_mm(p.height)} (profile {profile.name}: "
                   f"{_mm(setup.width)} × {_mm(setup.height)})", p.number)
    else:
        report.add("page size", "ok", f"{_mm(setup.width)} × {_mm(setup.height)}, {len(doc.pages)} pages")


def _mode(values: Iterable[float], step: float = 0.5) -> float | None:
    counts = Counter(round(v / step) * step for v in values)
    return counts.most_common(1)[0][0] if counts else None


def _margins(pages: list[_Page], roles: _Roles, profile: Profile, report: Report) -> None:
    setup = profile.page
    right_edge = setup.width - setup.margin_right
    body = roles.body + roles.heading1 + roles.heading2
    if not body:
        report.add("margins", "note", "no body text to measure")
        return
    left = min(line.x0 for line in body)
    full = [line for line in body if len(line.glyphs) >= 8 and line.glyphs[-1].text not in _HANGING]
    right = _mode(line.x1 for line in full if line.x1 > right_edge - 3 * line.size)
    problems = []
    if abs(left - setup.margin_left) > MM:
        problems.append(f"left {_mm(left)} (profile {profile.name}: {_mm(setup.margin_left)})")
    if right is not None and abs(right - right_edge) > MM:
        problems.append(f"right {_mm(setup.width - right)} (profile: {_mm(setup.margin_right)})")
    pitch = profile.role("body").leading(1.0)
    text = [line for page in pages for line in page.text]
    top = min(line.em_top for line in text)
    bottom = max(line.em_bottom for line in text)
    area_bottom = setup.height - setup.margin_bottom
    if top < setup.margin_top - MM:
        problems.append(f"text from {_mm(top)} down the page, above the type area ({_mm(setup.margin_top)})")
    if bottom > area_bottom + MM:
        problems.append(f"text down to {_mm(bottom)}, below the type area ({_mm(area_bottom)})")
    firsts = [page.text[0] for page in pages if page.text and not is_red(page.text[0].color)]
    late = [line for line in firsts if line.em_top > setup.margin_top + max(pitch, line.size) + MM
            and line.page > 1]
    if late:
        problems.append(f"the first line of page {late[0].page} starts {_mm(late[0].em_top - setup.margin_top)} "
                        f"under the type area's top")
    measured = (f"left {_mm(left)}, right {_mm(setup.width - right) if right is not None else 'not measured'}, "
                f"text between {_mm(top)} and {_mm(bottom)} down the page (type area {_mm(setup.margin_top)} to "
                f"{_mm(area_bottom)})")
    report.add("margins", "FAIL" if problems else "ok", "; ".join(problems) if problems else measured)


def _pitch(pages: list[_Page], roles: _Roles, profile: Profile, report: Report) -> None:
    """The distance between body lines, and (on a character grid) the lines a full page holds."""
    wanted = profile.role("body").leading(1.0)
    body = set(map(id, roles.body))
    gaps = []
    for page in pages:
        lines = [line for line in page.text if id(line) in body]
        gaps += [b.baseline - a.baseline for a, b in zip(lines, lines[1:], strict=False)
                 if b.baseline - a.baseline < 1.5 * wanted]
    if not gaps:
        report.add("line pitch", "note", "too few body lines to measure")
        return
    pitch = statistics.median(gaps)
    setup = profile.page
    fits = int(setup.frame_height / pitch + 1e-6)
    if profile.grid is not None:
        status = "ok" if abs(pitch - wanted) <= 0.3 and fits == profile.grid.lines else "FAIL"
        report.add("lines per page", status, f"{fits} lines of {pitch:.2f} pt in the type area's "
                   f"{_mm(setup.frame_height)} (profile {profile.name}: {profile.grid.lines} lines of {wanted:.2f} pt)")
        full = _full_pages(pages, roles, pitch, profile)
        short = [(n, count) for n, count in full if count != profile.grid.lines]
        if short:
            report.add("lines per page", "FAIL", f"{short[0][1]} lines on a full page", short[0][0])
        return
    status = "ok" if abs(pitch - wanted) <= max(0.3, wanted * 0.02) else "FAIL"
    report.add("line pitch", status, f"{pitch:.2f} pt between body lines (profile {profile.name}: {wanted:.2f} pt)")


def _full_pages(pages: list[_Page], roles: _Roles, pitch: float, profile: Profile) -> list[tuple[int, int]]:
    """(page, lines) of the pages whose text fills the type area from its first line to its last."""
    setup = profile.page
    bottom = setup.height - setup.margin_bottom
    out = []
    for page in pages[:-1]:
        lines = [line for line in page.text if line not in roles.record]
        if not lines or is_red(lines[0].color):
            continue
        first, last = lines[0], lines[-1]
        if first.em_top < setup.margin_top + pitch and last.em_bottom > bottom - pitch:
            middle = lambda line: line.baseline - 0.38 * line.size  # noqa: E731 - the em box's middle
            out.append((page.number, round((middle(last) - middle(first)) / pitch) + 1))
    return out


def _characters(roles: _Roles, profile: Profile, report: Report) -> None:
    """Characters a line holds (GB/T 9704: 28): the type area's width over the pitch of the
    body's Chinese characters, the distance from one to the next that most of them keep
    (lines spread to the edge and marks set close together aside)."""
    if profile.grid is None:
        return
    steps = []
    for line in roles.body:
        glyphs = line.glyphs
        steps += [b.x0 - a.x0 for a, b in zip(glyphs, glyphs[1:], strict=False)
                  if _HAN.match(a.text) and _HAN.match(b.text)]
    if len(steps) < 20:
        report.add("characters per line", "note", "too little Chinese text to measure")
        return
    pitch = _mode(steps, 0.05) or 0.0
    chars = int(profile.page.frame_width / pitch + 0.05) if pitch else 0
    status = "ok" if chars == profile.grid.chars else "FAIL"
    report.add("characters per line", status, f"{chars} (Chinese characters {pitch:.2f} pt apart on "
               f"{_mm(profile.page.frame_width)}; profile {profile.name}: {profile.grid.chars})")


# ---------------------------------------------------------------------------- faces


def _han_font(lines: list[Line], skip_number: bool = False) -> tuple[str, bool] | None:
    """The face most of the lines' Chinese characters are drawn with, and whether any is a
    synthetic bold."""
    fonts: Counter[str] = Counter()
    stroked = False
    for line in lines:
        glyphs = line.glyphs
        if skip_number:
            text = line.text
            m = _HEADING_1.match(text) or _HEADING_2.match(text)
            glyphs = glyphs[m.end():] if m else glyphs
            glyphs = glyphs[: max(4, len(glyphs) // 3)]
        for glyph in glyphs:
            if _HAN.match(glyph.text):
                fonts[glyph.font] += 1
                stroked |= glyph.stroked
    if not fonts:
        return None
    return fonts.most_common(1)[0][0], stroked


def _faces(roles: _Roles, doc: PdfDocument, profile: Profile, report: Report) -> None:
    pairs = (("title", roles.title, False), ("body", roles.body, False), ("heading 1", roles.heading1, True),
             ("heading 2", roles.heading2, True), ("mark", roles.mark, False), ("record", roles.record, False))
    for role, lines, skip in pairs:
        found = _han_font(lines, skip)
        if found is None:
            continue
        face, stroked = found
        style = profile.role(role)
        status, how = face_status(face, style.east_asian, profile, bold=style.bold)
        embedded = doc.fonts.get(face, False)
        message = f"{face}, {how}"
        if not embedded:
            status, message = "FAIL", f"{face} is not embedded; {message}"
        if stroked and not style.bold:
            status, message = "FAIL", f"drawn as a synthetic bold (filled and stroked); {message}"
        report.add(f"face {role}", status, message)
    digits = [g for line in roles.numbers for g in line.glyphs if g.text.isdigit()]
    if digits:
        face = Counter(g.font for g in digits).most_common(1)[0][0]
        style = profile.role("page number")
        status, how = face_status(face, style.latin, profile, bold=style.bold)
        report.add("face page number", status if doc.fonts.get(face) else "FAIL",
                   f"digits in {face}, {how}")
    missing = sorted(name for name, embedded in doc.fonts.items() if not embedded)
    if missing:
        report.add("embedded fonts", "FAIL", f"not embedded: {', '.join(missing)}")
    else:
        report.add("embedded fonts", "ok", f"all {len(doc.fonts)} fonts embedded")


# ---------------------------------------------------------------------------- the title


def _title(roles: _Roles, profile: Profile, report: Report) -> None:
    lines = roles.title
    if not lines:
        report.add("title", "note", "no title found (no text larger than the body on the first page)")
        return
    style = profile.role("title")
    setup = profile.page
    centre = setup.margin_left + setup.frame_width / 2
    widths = [line.x1 - line.x0 for line in lines]
    problems = []
    if abs(lines[0].size - style.size) > 0.3:
        problems.append(f"{lines[0].size:.1f} pt (profile {profile.name}: {style.size:g} pt)")
    if style.align == "center":
        off = [n + 1 for n, line in enumerate(lines) if abs(line.centre - centre) > 2.5]
        if off:
            problems.append(f"line {off[0]} is not centred ({(lines[off[0] - 1].centre - centre):+.1f} pt)")
    if len(lines) > 1 and min(widths) < 0.4 * max(widths):
        problems.append(f"a line of {min(widths) / max(widths):.0%} of the longest (GB/T 9704: balanced lines)")
    if any(widths[n] < widths[n - 1] - 1 and widths[n] < widths[n + 1] - 1 for n in range(1, len(widths) - 1)):
        problems.append("an hourglass shape (GB/T 9704: a trapezoid or a diamond)")
    shape = " / ".join(str(len(line.squashed)) for line in lines)
    report.add("title", "FAIL" if problems else "ok",
               "; ".join(problems) if problems else f"{len(lines)} line{'s' * (len(lines) > 1)} "
               f"({shape} characters), {lines[0].size:g} pt, centred")


# ---------------------------------------------------------------------------- page numbers


def _page_numbers(pages: list[_Page], record: list[Rule], profile: Profile, report: Report) -> None:
    numbers = profile.page_numbers
    if not numbers.format:
        return
    setup = profile.page
    style = profile.role("page number")
    inset = numbers.inset * style.size
    bottom = setup.height - setup.margin_bottom
    problems: list[tuple[int, str]] = []
    previous_blank = False
    for page in pages:
        blank = not page.text and not page.numbers
        found = [line for line in page.numbers]
        record_only = bool(record) and page is pages[-1] and all(line.em_top > record[0].top for line in page.text)
        if not found:
            if not (blank or (record_only and previous_blank)):
                problems.append((page.number, "no page number"))
            previous_blank = blank
            continue
        previous_blank = blank
        line = found[-1]
        expected = numbers.text(page.number)
        if line.squashed != "".join(expected.split()):
            problems.append((page.number, f"{line.text!r} (expected {expected!r})"))
        align = numbers.align if numbers.align != "outside" else ("right" if page.number % 2 else "left")
        if align == "right" and abs(line.x1 - (setup.width - setup.margin_right - inset)) > 1.5:
            problems.append((page.number, f"ends {_mm(setup.width - setup.margin_right - line.x1)} in from the right "
                                          f"edge of the type area (expected {numbers.inset:g} character in)"))
        elif align == "left" and abs(line.x0 - (setup.margin_left + inset)) > 1.5:
            problems.append((page.number, f"starts {_mm(line.x0 - setup.margin_left)} in from the left edge "
                                          f"(expected {numbers.inset:g} character in)"))
        elif align == "center" and abs(line.centre - (setup.margin_left + setup.frame_width / 2)) > 2:
            problems.append((page.number, "not centred"))
        if abs(line.em_top - (bottom + numbers.distance)) > MM:
            problems.append((page.number, f"its top {_mm(line.em_top - bottom)} under the type area "
                                          f"(expected {_mm(numbers.distance)})"))
        if abs(line.size - style.size) > 0.3:
            problems.append((page.number, f"{line.size:.1f} pt (expected {style.size:g} pt)"))
    if problems:
        page, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        report.add("page numbers", "FAIL", message + more, page)
    else:
        where = {"outside": "odd pages right, even pages left", "center": "centred"}.get(numbers.align, numbers.align)
        report.add("page numbers", "ok", f"{numbers.text(1)!r} … on every page, {where}, "
                   f"{_mm(numbers.distance)} under the type area")


# ---------------------------------------------------------------------------- the 版头


def _letterhead(doc: PdfDocument, roles: _Roles, profile: Profile, report: Report) -> None:
    setup = profile.page
    layout = profile.official
    red_rules = [r for page in doc.pages for r in page.rules if is_red(r.color)]
    if not roles.mark and not red_rules:
        report.add("red elements", "note", "no red 发文机关标志 or rule: not a document with a 版头 "
                   "(or one for pre-printed letterhead paper)")
        return
    problems = []
    centre = setup.margin_left + setup.frame_width / 2
    mark = roles.mark
    if mark:
        first = mark[0]
        if first.page != 1 or any(line.page != 1 for line in mark):
            problems.append("red text beyond the first page's 版头")
        if abs(first.centre - centre) > 2.5:
            problems.append(f"the mark is {first.centre - centre:+.1f} pt off centre")
        if abs(first.em_top - setup.margin_top - layout.mark_top) > 1.5 * MM:
            problems.append(f"the mark's top {_mm(first.em_top - setup.margin_top)} under the type area's top "
                            f"(profile {profile.name}: {_mm(layout.mark_top)})")
    if len(red_rules) != 1:
        problems.append(f"{len(red_rules)} red rules (expected 1, under the 发文字号)")
    else:
        rule = red_rules[0]
        if abs(rule.x0 - setup.margin_left) > MM or abs(rule.x1 - (setup.width - setup.margin_right)) > MM:
            problems.append(f"the red rule is {_mm(rule.x1 - rule.x0)} wide (the type area: {_mm(setup.frame_width)})")
        above = [line for line in roles.body + roles.heading1 + roles.title
                 if line.page == rule.page and line.em_bottom < rule.top]
        number = max(above, key=lambda line: line.baseline, default=None)
        if number is not None:
            gap = rule.top - number.em_bottom
            if abs(gap - layout.rule_below) > 0.6 * MM:
                problems.append(f"the red rule {_mm(gap)} under the 发文字号 (profile {profile.name}: "
                                f"{_mm(layout.rule_below)})")
    if problems:
        report.add("red elements", "FAIL", "; ".join(problems))
    else:
        parts = [f"mark {mark[0].squashed!r} centred, its top {_mm(mark[0].em_top - setup.margin_top)} under the "
                 "type area's top" if mark else "no mark (pre-printed letterhead)"]
        if red_rules:
            parts.append(f"red rule {_mm(red_rules[0].x1 - red_rules[0].x0)} wide")
        report.add("red elements", "ok", ", ".join(parts))


# ---------------------------------------------------------------------------- 署名 and 成文日期


def _signature(roles: _Roles, profile: Profile, report: Report) -> None:
    """The 成文日期 on a line of its own, set in from the left, under a 署名 (an office's name):
    where GB/T 9704 §7.3.5 puts them. A date in an article's text is not one."""
    from newsconv.readers.text.official import closing_kind

    body = roles.body
    setup = profile.page
    style = profile.role("body")
    char = style.size + style.letter_spacing
    found = [n for n, line in enumerate(body) if n and _DATE.match(line.squashed)
             and line.x0 > setup.margin_left + 4 * char and closing_kind(body[n - 1].squashed) == "issuer"
             and body[n - 1].page == line.page and line.baseline - body[n - 1].baseline < 2 * line.size]
    if not found:
        return
    date, issuer = body[found[-1]], body[found[-1] - 1]
    right = setup.width - setup.margin_right
    layout = profile.official
    date_in = (right - date.x1) / char
    sealed = abs(date_in - layout.date_right) < 0.5 and abs(issuer.centre - date.centre) < char / 2
    issuer_in = (right - issuer.x1) / char
    shift = (date.x0 - issuer.x0) / char
    unsealed = (abs(issuer_in - layout.signature_right) < 0.5 and abs(shift - layout.date_shift) < 0.5) or (
        abs(date_in - layout.signature_right) < 0.5 and abs(shift - layout.date_shift) < 0.5)
    if sealed:
        report.add("signature", "ok", f"sealed layout: 成文日期 {date_in:.1f} characters from the right, the 署名 "
                   "centred over it", date.page)
    elif unsealed:
        report.add("signature", "ok", f"layout without a seal: 署名 {issuer_in:.1f} characters from the right, the "
                   f"date {shift:.1f} characters right of its start", date.page)
    else:
        report.add("signature", "FAIL", f"成文日期 {date_in:.1f} characters from the right and the 署名 "
                   f"{issuer_in:.1f} (GB/T 9704: the date {layout.date_right:g} characters in with the 署名 centred "
                   f"over it, or without a seal the 署名 {layout.signature_right:g} in and the date "
                   f"{layout.date_shift:g} right of its start)", date.page)


# ---------------------------------------------------------------------------- the 版记


def _record_rules(page: Page, profile: Profile) -> list[Rule]:
    """The black rules of a 版记 at the foot of the last page, top to bottom: the run of
    type-area-wide rules ending at the lowest one, with nothing but small text between them."""
    setup = profile.page
    wide = [r for r in page.rules if not is_red(r.color) and r.x1 - r.x0 > setup.frame_width - 3 * MM]
    if len(wide) < 2:
        return []
    wide.sort(key=lambda r: r.top)
    out = [wide[-1]]
    for rule in reversed(wide[:-1]):
        if out[0].top - rule.bottom > 3.5 * profile.role("record").leading(1.0):
            break
        out.insert(0, rule)
    return out if len(out) >= 2 else []


def _record(doc: PdfDocument, rules: list[Rule], roles: _Roles, profile: Profile, report: Report) -> None:
    if not rules:
        report.add("record", "note", "no 版记 (rules at the foot of the last page)")
        return
    layout = profile.official
    setup = profile.page
    last = len(doc.pages)
    area_bottom = setup.height - setup.margin_bottom
    problems = []
    if abs(rules[-1].bottom - area_bottom) > 0.5 * MM:
        problems.append(f"its last rule {_mm(area_bottom - rules[-1].bottom)} above the type area's bottom edge")
    widths = [rule.width for rule in rules]
    outer_ok = all(abs(w - layout.record_rule_outer) < 0.07 * MM for w in (widths[0], widths[-1]))
    inner_ok = all(abs(w - layout.record_rule_inner) < 0.07 * MM for w in widths[1:-1])
    shown = "/".join(f"{w / MM:.2f}" for w in widths)
    if not (outer_ok and inner_ok):
        problems.append(f"rules {shown} mm (profile {profile.name}: {layout.record_rule_outer / MM:.2f} first and last, "
                        f"{layout.record_rule_inner / MM:.2f} between)")
    if layout.record_even_page and last % 2:
        problems.append(f"on page {last}, an odd page (GB/T 9704: the last side of a sheet printed on both sides)")
    style = profile.role("record")
    wrong = [line for line in roles.record if abs(line.size - style.size) > 0.3]
    if wrong:
        problems.append(f"its text in {wrong[0].size:.1f} pt (profile {profile.name}: {style.size:g} pt)")
    if problems:
        report.add("record", "FAIL", "; ".join(problems), last)
    else:
        report.add("record", "ok", f"{len(rules)} rules ({shown} mm) at the foot of page {last}, the last on the type "
                   "area's bottom edge", last)
