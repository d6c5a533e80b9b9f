"""Entry script of the frozen build: the same as the ``scopekeeper`` console script."""

import sys

from desktop.main import main

if __name__ == "__main__":
    sys.exit(main())
