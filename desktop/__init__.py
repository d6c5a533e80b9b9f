"""Scopekeeper's Qt desktop shell and the ``scopekeeper`` console script."""
