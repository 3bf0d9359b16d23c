"""``python -m newsconv``."""

from newsconv.cli import main

main()
