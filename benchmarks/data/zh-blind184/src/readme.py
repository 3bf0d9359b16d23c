"""Write README.md (page table from gold/)."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
golds = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))]
rows = "\n".join(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |" for g in golds)
head = open(os.path.join(ROOT, "src", "README.head.md"), encoding="utf-8").read()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + "\n## Every page\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n" + rows + "\n")
