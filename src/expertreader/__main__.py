"""Entry point for ``python -m expertreader``."""

import sys

from expertreader.cli import main

sys.exit(main())
