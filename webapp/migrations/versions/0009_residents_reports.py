"""residents: a listing's short descriptions in other languages, and residents' reports

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 12:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import directory.db


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('summaries', sa.JSON(), server_default='{}', nullable=False))
    op.create_table('listing_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Enum('wrong', 'closed', 'other', name='reportreason', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('client_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', directory.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', directory.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolved_label', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_listing_reports_listing_id_listings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['users.id'], name=op.f('fk_listing_reports_resolved_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listing_reports'))
    )
    with op.batch_alter_table('listing_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_listing_reports_client_key'), ['client_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_listing_reports_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_listing_reports_listing_id'), ['listing_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('listing_reports')
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.drop_column('summaries')
