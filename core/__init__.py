"""Scopekeeper core: domain model, rules, persistence, history, money and archive.

Nothing in this package imports Qt or ReportLab; CI checks that boundary.
"""

__version__ = "0.1.0"
