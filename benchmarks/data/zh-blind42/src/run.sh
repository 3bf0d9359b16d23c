#!/bin/sh
# full rebuild of zh-blind42 (from the set folder: sh src/run.sh)
set -e
python3 src/build.py                                   # html/ + gold/
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
python3 src/make_raw.py                                # raw/ derived from raw-chromium/
python3 src/check.py                                   # gold strings must occur in both text copies
