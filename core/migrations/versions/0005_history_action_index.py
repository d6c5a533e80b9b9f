"""history action index

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

The history filter finds an event by the words its row shows, and the words of an action
("forecast moved", "state changed") stand for the action stored in the event: every event
of the stream with that action is kept. In a long history such an action can be a third of
the events (600,000 of 1,800,000); the search index of revision 0002 does not help there
(it would list them all), so counting them read the whole stream. This revision adds
``ix_history_event_stream_action`` on (stream, action): the events of a stream with given
actions are counted from the index alone, without reading a row, and the text search is
left to look for the typed text only.

The same index on SQLite and PostgreSQL. Its size: a key of the stream and the action per
event, some 70 bytes on SQLite (about 140 MB for 2,000,000 events); PostgreSQL stores each
repeated key once per page.
"""

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

INDEX = 'ix_history_event_stream_action'


def upgrade() -> None:
    op.create_index(INDEX, 'history_event', ['stream', 'action'], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name='history_event')
