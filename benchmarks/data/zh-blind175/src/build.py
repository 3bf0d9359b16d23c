#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in p_*.py."""
import lib, p_gov, p_media, p_self, p_epaper, p_inst
lib.write_all()
print(len(lib.PAGES), "pages written")
