import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
print("| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|")
for g in sorted((root / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    print(f"| {d['id']} | {d['kind']} | {d['title']} | {'、'.join(d['authors']) or '—'} | {d['publish_time']} | {len(d['body_paragraphs'])} |")
