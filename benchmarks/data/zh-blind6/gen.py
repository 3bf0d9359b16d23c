import os, json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_gov import G
from gen_media import M
from gen_self import S
from gen_rest import R
root = os.path.dirname(os.path.abspath(__file__))
kinds = []
for f in G + M + S + R:
    p = f()
    p.write(root)
    kinds.append((p.pid, p.kind, len("".join(p.body))))
json.dump(kinds, open(os.path.join(root, "kinds.json"), "w"), ensure_ascii=False, indent=0)
print(len(kinds))
for k in kinds: print(*k, sep="\t")
