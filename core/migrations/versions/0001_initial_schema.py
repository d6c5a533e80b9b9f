"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('client',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('name', name=op.f('uq_client_name'))
    )
    op.create_table('history_event',
    sa.Column('stream', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('stream', 'seq', name=op.f('pk_history_event'))
    )
    with op.batch_alter_table('history_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_event_at'), ['at'], unique=False)

    op.create_table('review_template',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_template')),
    sa.UniqueConstraint('name', name=op.f('uq_review_template_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('contact',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('signatory', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_contact_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_client_id'), ['client_id'], unique=False)

    op.create_table('engagement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('target_end_date', sa.Date(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('deemed_acceptance_days', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_engagement_client_id_client')),
    sa.ForeignKeyConstraint(['parent_id'], ['engagement.id'], name=op.f('fk_engagement_parent_id_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engagement')),
    sa.UniqueConstraint('code', name=op.f('uq_engagement_code'))
    )
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_engagement_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_status'), ['status'], unique=False)

    op.create_table('template_checklist_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['review_template.id'], name=op.f('fk_template_checklist_item_template_id_review_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_checklist_item'))
    )
    with op.batch_alter_table('template_checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_checklist_item_template_id'), ['template_id'], unique=False)

    op.create_table('template_criterion',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('target', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['review_template.id'], name=op.f('fk_template_criterion_template_id_review_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_criterion'))
    )
    with op.batch_alter_table('template_criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_criterion_template_id'), ['template_id'], unique=False)

    op.create_table('baseline',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_baseline_engagement_id_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baseline')),
    sa.UniqueConstraint('engagement_id', 'version', name=op.f('uq_baseline_engagement_id'))
    )
    with op.batch_alter_table('baseline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_baseline_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('history_stream',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=True),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_history_stream_engagement_id_engagement')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_history_stream'))
    )
    with op.batch_alter_table('history_stream', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_stream_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('milestone',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('deliverables', sa.Text(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('baseline_due', sa.Date(), nullable=True),
    sa.Column('forecast_due', sa.Date(), nullable=True),
    sa.Column('template_name', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('submitted_at', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_milestone_engagement_id_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone')),
    sa.UniqueConstraint('engagement_id', 'position', name=op.f('uq_milestone_engagement_id'))
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_engagement_id'), ['engagement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_state'), ['state'], unique=False)

    op.create_table('objective',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('measure', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_objective_engagement_id_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objective'))
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('checklist_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('milestone_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_checklist_item_milestone_id_milestone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_milestone_id'), ['milestone_id'], unique=False)

    op.create_table('criterion',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('milestone_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('target', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_criterion_milestone_id_milestone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion'))
    )
    with op.batch_alter_table('criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_milestone_id'), ['milestone_id'], unique=False)

    op.create_table('review_round',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('milestone_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('deemed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_review_round_milestone_id_milestone')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['contact.id'], name=op.f('fk_review_round_reviewer_id_contact')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_round')),
    sa.UniqueConstraint('milestone_id', 'number', name=op.f('uq_review_round_milestone_id'))
    )
    with op.batch_alter_table('review_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_round_milestone_id'), ['milestone_id'], unique=False)

    op.create_table('idea',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('raised_by', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('review_round_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('goals', sa.Text(), nullable=False),
    sa.Column('plans', sa.Text(), nullable=False),
    sa.Column('challenges', sa.Text(), nullable=False),
    sa.Column('timeline', sa.Text(), nullable=False),
    sa.Column('budget', sa.Text(), nullable=False),
    sa.Column('authority', sa.Text(), nullable=False),
    sa.Column('consequences', sa.Text(), nullable=False),
    sa.Column('implications', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('spinoff_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_idea_engagement_id_engagement')),
    sa.ForeignKeyConstraint(['review_round_id'], ['review_round.id'], name=op.f('fk_idea_review_round_id_review_round')),
    sa.ForeignKeyConstraint(['spinoff_id'], ['engagement.id'], name=op.f('fk_idea_spinoff_id_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idea'))
    )
    with op.batch_alter_table('idea', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idea_engagement_id'), ['engagement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_idea_spinoff_id'), ['spinoff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_idea_state'), ['state'], unique=False)

    op.create_table('signoff',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('milestone_id', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('document_id', sa.String(length=64), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('issued_pdf', sa.LargeBinary(), nullable=True),
    sa.Column('issued_sha256', sa.String(length=64), nullable=False),
    sa.Column('signature_method', sa.String(length=16), nullable=False),
    sa.Column('signer', sa.String(length=200), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('returned_file', sa.LargeBinary(), nullable=True),
    sa.Column('returned_sha256', sa.String(length=64), nullable=False),
    sa.Column('signer_cert_sha256', sa.String(length=64), nullable=False),
    sa.Column('confirmed_by', sa.String(length=200), nullable=False),
    sa.Column('verification', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_signoff_milestone_id_milestone')),
    sa.ForeignKeyConstraint(['round_id'], ['review_round.id'], name=op.f('fk_signoff_round_id_review_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signoff')),
    sa.UniqueConstraint('document_id', name=op.f('uq_signoff_document_id')),
    sa.UniqueConstraint('milestone_id', name=op.f('uq_signoff_milestone_id'))
    )
    op.create_table('verdict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_verdict_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['round_id'], ['review_round.id'], name=op.f('fk_verdict_round_id_review_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verdict'))
    )
    with op.batch_alter_table('verdict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verdict_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('verdict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verdict_round_id'))

    op.drop_table('verdict')
    op.drop_table('signoff')
    with op.batch_alter_table('idea', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idea_state'))
        batch_op.drop_index(batch_op.f('ix_idea_spinoff_id'))
        batch_op.drop_index(batch_op.f('ix_idea_engagement_id'))

    op.drop_table('idea')
    with op.batch_alter_table('review_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_round_milestone_id'))

    op.drop_table('review_round')
    with op.batch_alter_table('criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_milestone_id'))

    op.drop_table('criterion')
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_milestone_id'))

    op.drop_table('checklist_item')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_engagement_id'))

    op.drop_table('objective')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_state'))
        batch_op.drop_index(batch_op.f('ix_milestone_engagement_id'))

    op.drop_table('milestone')
    with op.batch_alter_table('history_stream', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_stream_engagement_id'))

    op.drop_table('history_stream')
    with op.batch_alter_table('baseline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_baseline_engagement_id'))

    op.drop_table('baseline')
    with op.batch_alter_table('template_criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_criterion_template_id'))

    op.drop_table('template_criterion')
    with op.batch_alter_table('template_checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_checklist_item_template_id'))

    op.drop_table('template_checklist_item')
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_engagement_status'))
        batch_op.drop_index(batch_op.f('ix_engagement_parent_id'))
        batch_op.drop_index(batch_op.f('ix_engagement_client_id'))

    op.drop_table('engagement')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_client_id'))

    op.drop_table('contact')
    op.drop_table('setting')
    op.drop_table('review_template')
    with op.batch_alter_table('history_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_event_at'))

    op.drop_table('history_event')
    op.drop_table('client')
