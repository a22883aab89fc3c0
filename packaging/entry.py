"""PyInstaller's entry script: the same ``main`` as the ``expertreader`` console script."""

import sys

from expertreader.cli import main

if __name__ == "__main__":
    sys.exit(main())
