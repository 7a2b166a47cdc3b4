"""a listing's 対象年齢 may be a child's with the adults who bring one (「未就学児とその保護者」)

The listing form read 「未就学児とその保護者」「0〜3歳の親子」 as the child's ages alone, so a
parent searching by age, or matched by age, never found the place meant for them too. The
listing now says so; listings saved before keep the child's ages alone until edited.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 16:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0018'
down_revision: Union[str, Sequence[str], None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # A plain ADD COLUMN (with its default): a batch copy of the table would have to rebuild
    # the expression index ix_listings_reading, which SQLite's reflection cannot read.
    op.add_column(
        'listings',
        sa.Column('age_with_adults', sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('listings', 'age_with_adults')
