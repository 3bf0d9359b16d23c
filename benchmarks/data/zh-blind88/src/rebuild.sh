#!/bin/sh
# Rebuild the whole set from the page descriptions (run from anywhere).
set -e
cd "$(dirname "$0")/.."
python3 src/build.py
rm -f raw-chromium/*.txt raw/*.txt
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium ${CHROMIUM:+--chromium "$CHROMIUM"}
python3 src/make_raw.py --src raw-chromium --out raw
python3 src/check.py
