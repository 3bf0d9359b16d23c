#!/bin/sh
# Rebuild the whole zh-blind61 set from src/.
set -e
cd "$(dirname "$0")/.."
python3 src/build.py
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium ${CHROMIUM:+--chromium "$CHROMIUM"}
python3 src/make_raw.py
python3 src/check.py
python3 src/make_readme.py
