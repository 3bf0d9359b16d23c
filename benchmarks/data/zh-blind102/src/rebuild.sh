#!/bin/sh
# Rebuild the whole set: html/ + gold/, raw-chromium/ (Debian chromium), raw/, then check.
set -e
cd "$(dirname "$0")/.."
python3 src/build.py
rm -f raw-chromium/*.txt raw-chromium/_manifest.json raw/*.txt
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium "${CHROMIUM:-chromium}"
python3 src/make_raw.py
python3 src/check.py
