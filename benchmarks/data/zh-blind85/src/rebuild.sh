#!/bin/sh
# Rebuild everything: html/ + gold/, raw-chromium/ (Chromium), raw/, check, README table.
set -e
cd "$(dirname "$0")/.."
python3 src/build.py
rm -f raw-chromium/*.txt raw-chromium/_manifest.json
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium "${CHROMIUM:-/usr/bin/chromium}"
python3 src/make_raw.py
python3 src/make_readme.py
python3 src/check.py
