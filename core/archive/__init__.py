"""The JSON archive: one engagement (with its spin-offs, recursively) or the whole database,
complete and re-importable.

What an archive holds, as a ``tables`` object with one list of rows per table:
- the engagements, their objectives, milestones, criteria, checklist items, baselines
  (snapshot text and fingerprint as stored), review rounds, verdicts, sign-offs (issued PDF
  and returned file in base64, with their hashes) and ideas;
- the clients they use (and the clients of their reviewers) with every contact;
- the user-made review templates their milestones name (all of them in a whole-database
  archive). Built-in templates exist in every database under stable ids and are left out;
- settings, only in a whole-database archive;
- the history streams of those records (``engagement:<id>``, ``client:<id>``,
  ``template:<id>``): stream heads and every event column verbatim, so each chain verifies
  in the database it is imported into. The ``system`` stream (settings edits, imports) is
  local to one database and is never archived.

Every stored column is written: text exactly as stored, dates as ISO dates, timestamps as
stored (``2026-03-05T09:30:00Z``), money as a string of integer minor units, binary data as
base64. Keys are sorted and rows are in a fixed order, with no export time, so the same
records always give the same bytes: export, import into an empty database, export again is
byte-identical.

Importing checks the whole archive first (JSON, format and version, every field and its
text, unique keys, references, stored hashes, each history chain) and then the database
(codes, names, ids, document ids already present). Accepted records are inserted verbatim,
version counters and history included, in one transaction; before it commits, every rule of
``scopekeeper check`` (``core.check.RULES``) runs on the inserted records, so nothing that
check would flag gets in. Any problem refuses the archive whole with the reason (the first
ten rule problems, as check words them) and writes nothing. The transaction also records one
``system`` event. A client or user
template already present with the very same rows and history is reused instead of refused,
so two engagements of one client can be archived separately and imported side by side.
"""

from core.archive.exporting import export_archive, export_archive_file, write_archive
from core.archive.importing import ImportResult, import_archive, import_archive_file
from core.archive.layout import ARCHIVE_FORMAT, ARCHIVE_VERSION

__all__ = [
    "ARCHIVE_FORMAT",
    "ARCHIVE_VERSION",
    "ImportResult",
    "export_archive",
    "export_archive_file",
    "import_archive",
    "import_archive_file",
    "write_archive",
]
