"""HTML for an official document's parts (GB/T 9704): the 版头 with its red mark and rule, the
主送, the 附件说明, the 署名 and 成文日期 placed as in the PDF, the 附注, each 附件 from a new
printed page, and the 版记 between its rules. Each part is an element with an ``official-…``
class (and dates in ``<time>``), so newsconv reads its own HTML back with the parts in place.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from newsconv.model import Block, Document, Official
from newsconv.profiles import Profile
from newsconv.writers.official import SIGNER_LABEL, OfficialTexts, ems, official_texts, signature_place


def esc(value: str) -> str:
    return html.escape(value, quote=True)


def stylesheet(profile: Profile, role_css: Callable[[str, object], str], font_stack: Callable[[object], str]) -> list[str]:
    """CSS for the parts, from the profile's roles and its [official] numbers."""
    roles = profile.roles
    layout = profile.official
    pitch = roles["body"].leading(1.0)
    em = roles["body"].size + roles["body"].letter_spacing
    return [
        role_css(".official-head p", roles["head"]),
        role_css(".official-mark", roles["mark"]),
        f".official-mark {{ margin-top: {layout.mark_top:g}pt; line-height: 1.2; }}",
        role_css(".official-number", roles["doc number"]),
        f".official-number {{ margin-top: {layout.mark_lines_after * pitch:g}pt; }}",
        f".official-number .signer-name {{ font-family: {font_stack(roles['signer'])}; }}",
        f".official-number.signed {{ display: flex; justify-content: space-between;"
        f" padding: 0 {layout.signer_inset:g}em; }}",
        f"hr.official-rule {{ border: 0; border-top: {layout.rule_width:g}pt solid {layout.rule_color};"
        f" margin: {layout.rule_below:g}pt 0 {layout.title_lines_after_rule * pitch:g}pt; }}",
        role_css(".official-recipients", roles["addressees"]),
        role_css(".official-attachments p", roles["attachment list"]),
        f".official-attachments {{ margin-top: {layout.attachment_list_lines_before * pitch:g}pt; }}",
        role_css(".official-signature p", roles["signature"]),
        ".official-signature p { text-indent: 0; text-align: right; }",
        role_css(".official-note", roles["note"]),
        role_css(".official-attachment .label", roles["attachment label"]),
        ".official-attachment { break-before: page; }",
        role_css(".official-record p", roles["record"]),
        f".official-record {{ margin-top: 2em; border-top: {layout.record_rule_outer:g}pt solid #000;"
        f" border-bottom: {layout.record_rule_outer:g}pt solid #000; }}",
        f".official-record p {{ padding: 0 {layout.record_inset:g}em; margin: 0; }}",
        f".official-record p + p {{ border-top: {layout.record_rule_inner:g}pt solid #000; }}",
        ".official-record .printed { display: flex; justify-content: space-between; }",
        f".official-attachments p + p {{ padding-left: {ems('附件：') * em:g}pt; }}",
    ]


def _time(value: str, iso: str | None) -> str:
    return f'<time datetime="{esc(iso)}">{esc(value)}</time>' if iso else esc(value)


def header(texts: OfficialTexts, official: Official, reserve: bool) -> list[str]:
    """The 版头's elements, before the title (the caller's <h1>)."""
    out: list[str] = []
    if texts.head:
        classes = ("copy-number", "secrecy", "urgency")
        values = (official.copy_number, official.secrecy, official.urgency)
        out.append('<div class="official-head">' + "".join(
            f'<p class="{c}">{esc(v)}</p>' for c, v in zip(classes, values, strict=True) if v) + "</div>")
    if texts.mark and not reserve:
        given = ' data-given="true"' if official.issuer_mark else ""
        out.append(f'<div class="official-mark"{given}>{esc(texts.mark)}</div>')
    if texts.doc_number or texts.signer:
        parts = [f'<span class="doc-number">{esc(texts.doc_number)}</span>'] if texts.doc_number else []
        if texts.signer:
            parts.append(f'<span class="signer">{esc(SIGNER_LABEL)}<span class="signer-name">{esc(texts.signer)}'
                         "</span></span>")
        signed = " signed" if texts.signer else ""
        out.append(f'<div class="official-number{signed}">' + "\u3000".join(parts) + "</div>")
    if texts.has_letterhead and not reserve:
        out.append('<hr class="official-rule">')
    return out


def after_title(texts: OfficialTexts) -> list[str]:
    return [f'<div class="official-recipients">{esc(texts.recipients)}</div>'] if texts.recipients else []


def after_body(doc: Document, texts: OfficialTexts, profile: Profile, blocks: Callable[[tuple[Block, ...]], list[str]],
               title: Callable[[str], str]) -> list[str]:
    """附件说明, 署名 and 成文日期, 附注, the attachments and the 版记."""
    official = doc.meta.official
    assert official is not None
    layout = profile.official
    out: list[str] = []
    if texts.attachment_items:
        out.append('<div class="official-attachments">' + "".join(
            f"<p>{esc(item.text)}</p>" for item in texts.attachment_items) + "</div>")
    if texts.issuer or texts.date:
        place = signature_place(ems(texts.issuer or ""), ems(texts.date or ""), sealed=texts.sealed,
                                date_right=layout.date_right, signature_right=layout.signature_right,
                                date_shift=layout.date_shift)
        seal = "sealed" if texts.sealed else "unsealed"
        lines = []
        if texts.issuer:
            right = place.issuer_right if texts.date else place.date_right
            lines.append(f'<p class="issuer" style="padding-right: {right:.2f}em">{esc(texts.issuer)}</p>')
        if texts.date:
            iso = official.date.isoformat() if official.date else None
            lines.append(f'<p class="date" style="padding-right: {place.date_right:.2f}em">'
                         f"{_time(texts.date, iso)}</p>")
        pitch = profile.role("body").leading(1.0)
        gap = (layout.sealed_lines_before if texts.sealed else layout.unsealed_lines_before) * pitch
        out.append(f'<div class="official-signature {seal}" style="margin-top: {gap:g}pt">' + "".join(lines) + "</div>")
    if texts.note:
        out.append(f'<div class="official-note">{esc(texts.note)}</div>')
    for page in texts.pages:
        out.append('<section class="official-attachment">')
        out.append(f'<p class="label">{esc(page.label)}</p>')
        out.append(f'<h2 class="attachment-title">{title(page.title)}</h2>')
        out.extend(blocks(page.blocks))
        out.append("</section>")
    if texts.has_record:
        rows = []
        if texts.cc:
            rows.append(f'<p class="cc">{esc(texts.cc)}</p>')
        if texts.printed_by or texts.printed_date:
            iso = official.printed_date.isoformat() if official.printed_date else None
            day = _time(texts.printed_date[:-2], iso) + "印发" if texts.printed_date else ""
            rows.append(f'<p class="printed"><span class="by">{esc(texts.printed_by or "")}</span>'
                        f'<span class="on">{day}</span></p>')
        out.append('<footer class="official-record">' + "".join(rows) + "</footer>")
    return out


def official_parts(doc: Document) -> OfficialTexts | None:
    return official_texts(doc.meta.official) if doc.meta.official is not None else None
