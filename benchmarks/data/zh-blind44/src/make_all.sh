#!/bin/sh
# Rebuild the whole set: pages + gold, Chromium copy, derived raw, checks.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 ../shared/tools/chromium_text.py --html-dir ../html --out ../raw-chromium
python3 derive_raw.py
python3 check.py
