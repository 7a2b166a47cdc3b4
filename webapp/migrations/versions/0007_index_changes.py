"""the feed of index changes that other hosts follow; the coming weeks' meetings of listings

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import directory.db


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('index_changes',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=40), nullable=False),
    sa.Column('changed_at', directory.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_index_changes'))
    )
    with op.batch_alter_table('index_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_index_changes_changed_at'), ['changed_at'], unique=False)

    op.create_table('listing_occurrences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=True),
    sa.Column('ends', sa.Time(), nullable=True),
    sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_listing_occurrences_listing_id_listings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listing_occurrences'))
    )
    with op.batch_alter_table('listing_occurrences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_listing_occurrences_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_listing_occurrences_listing_id'), ['listing_id'], unique=False)

    op.create_table('derived_state',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('through', sa.Date(), nullable=True),
    sa.Column('updated_at', directory.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_derived_state'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('derived_state')
    with op.batch_alter_table('listing_occurrences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_listing_occurrences_listing_id'))
        batch_op.drop_index(batch_op.f('ix_listing_occurrences_day'))
    op.drop_table('listing_occurrences')
    with op.batch_alter_table('index_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_index_changes_changed_at'))
    op.drop_table('index_changes')
