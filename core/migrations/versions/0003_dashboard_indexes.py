"""dashboard indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

Two indexes on milestone for the dashboard of a large portfolio (10,000 engagements,
200,000 milestones):

- ``ix_milestone_due`` on the date a milestone falls due (its forecast, else its baseline),
  the order of the due and overdue list: the earliest thousand are read from it without
  sorting the tens of thousands that may be overdue;
- ``ix_milestone_engagement_state_amount``, which holds everything the money figures read
  of a milestone (its engagement, state and amount), so they are summed from the index
  without visiting each milestone's row.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_milestone_due',
        'milestone',
        [sa.text('coalesce(forecast_due, baseline_due)')],
        unique=False,
    )
    op.create_index(
        'ix_milestone_engagement_state_amount',
        'milestone',
        ['engagement_id', 'state', 'amount_minor'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_milestone_engagement_state_amount', table_name='milestone')
    op.drop_index('ix_milestone_due', table_name='milestone')
