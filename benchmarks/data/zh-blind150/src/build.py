#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
n = 0
for m in ["pages_gov","pages_media","pages_self","pages_epaper","pages_inst"]:
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError as ex:
        if ex.name == m: continue
        raise
    for f in mod.ALL:
        f(); n += 1
print(n, "pages built")
