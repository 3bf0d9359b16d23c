#!/bin/sh
# Rebuild the whole set from the page descriptions (run from anywhere).
set -e
cd "$(dirname "$0")/.."
python3 src/build.py
rm -f raw-chromium/*.txt raw-chromium/_manifest.json
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/make_readme.py
