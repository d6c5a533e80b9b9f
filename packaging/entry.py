"""Entry script of the frozen build: the same as the ``scopekeeper`` console script."""

from desktop.main import entry

if __name__ == "__main__":
    entry()
