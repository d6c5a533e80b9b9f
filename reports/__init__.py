"""Documents made from core data: sign-off PDFs and other exports.

This package never imports Qt. It uses ReportLab with the TrueType fonts shipped in
``reports/fonts/`` (see ``reports/fonts/licences/``), and Babel through :mod:`reports.i18n`.
"""
