"""Body DSL -> blocks. One source of truth for html and gold.
Lines: '## x' sub-heading; '- x' list item; '| a | b' table row; '> x' quote;
'!img alt|caption' picture (caption not body); '@ x' standalone byline/editor line (not body);
anything else: paragraph."""

def parse(text):
    blocks = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            blocks.append(("tr", cells))
        elif line.startswith("> "):
            blocks.append(("q", line[2:]))
        elif line.startswith("!img "):
            alt, _, cap = line[5:].partition("|")
            blocks.append(("img", (alt, cap)))
        elif line.startswith("@ "):
            blocks.append(("by", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def gold_paragraphs(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h", "li", "q", "p"):
            out.append(v)
        elif kind == "tr":
            out.append(" ".join(v))
    return out
