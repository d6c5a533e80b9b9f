"""The lightweight table clauses that start-up reads through name real columns."""

from __future__ import annotations

from pathlib import Path

from core.models import Base
from core.schema_light import LIGHT_TABLES


def test_every_light_column_is_a_column_of_the_real_table() -> None:
    for light in LIGHT_TABLES:
        real = Base.metadata.tables[light.name]
        assert {c.name for c in light.columns} <= {c.name for c in real.columns}, light.name


def test_opening_a_database_and_listing_its_engagements_loads_no_orm_model(
    tmp_path: Path,
) -> None:
    """What the desktop's first frame and ``scopekeeper list`` do, in a fresh interpreter:
    the schema check, the built-in templates check and the engagement list."""
    from core.db import open_database
    from core.services import Services
    from tests.factories import make_active, run_fresh

    path = tmp_path / "light.sqlite3"
    db = open_database(str(path))
    make_active(Services(db, "tester"), milestones=3)
    db.close()
    script = (
        "import sys\n"
        "from core.db import open_database\n"
        "from core.queries.listing import list_engagements\n"
        f"db = open_database({str(path)!r})\n"
        "with db.reading() as session:\n"
        "    rows = list_engagements(session)\n"
        "    found = list_engagements(session, text_filter=rows[0].code.lower())\n"
        "assert [r.milestones for r in rows] == [3], rows\n"
        "assert [r.code for r in found] == [rows[0].code], found\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('core.models', 'core.uow')))\n"
        "assert not loaded, loaded\n"
    )
    run_fresh(script)
