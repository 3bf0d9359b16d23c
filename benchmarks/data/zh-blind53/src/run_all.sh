#!/bin/sh
# Rebuild the whole set: html/ + gold/, Chromium copy, raw/, checks.
set -e
cd "$(dirname "$0")/.."
rm -f html/* gold/* raw/* raw-chromium/*
python3 src/build.py
python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium > src/chromium.log 2>&1
tail -1 src/chromium.log
python3 src/derive_raw.py
python3 src/check.py
