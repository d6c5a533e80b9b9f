"""due dates in the milestone index

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

``ix_milestone_engagement_state_amount`` (revision 0003) also holds each milestone's
forecast and baseline dates, so the dashboard's due counts (overdue, due within a week,
due later) are read from the index too, without visiting each milestone's row.
"""

from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

INDEX = 'ix_milestone_engagement_state_amount'


def upgrade() -> None:
    op.drop_index(INDEX, table_name='milestone')
    op.create_index(
        INDEX,
        'milestone',
        ['engagement_id', 'state', 'amount_minor', 'forecast_due', 'baseline_due'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name='milestone')
    op.create_index(
        INDEX, 'milestone', ['engagement_id', 'state', 'amount_minor'], unique=False
    )
