"""listings indexed by (status, verified_at, id): the stale listings are found from the index

The coordinators' dashboard lists the published listings nobody has confirmed for long, the
oldest first, and counts them; without an index every published listing is read (at 100,000
listings on PostgreSQL: 26 ms for the count and 25 ms for the list; with it, both under 1 ms
when few are stale).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 00:30:00

"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.create_index(
            'ix_listings_status_verified_at', ['status', 'verified_at', 'id'], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.drop_index('ix_listings_status_verified_at')
