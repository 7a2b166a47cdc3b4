"""areas, categories and targets record when they last changed

The API's and the open data files' ETag and Last-Modified follow the directory's last change;
an area's name or a category's label appears in those responses too, so a rename must move
them (before, a client's If-Modified-Since kept getting 304 with the old names). Existing rows
take the time of the upgrade: whatever a client holds may predate it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 13:30:00

"""
from datetime import UTC, datetime
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import directory.db


# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = ('areas', 'categories', 'targets')


def upgrade() -> None:
    """Upgrade schema."""
    now = datetime.now(UTC)
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('updated_at', directory.db.UTCDateTime(timezone=True), nullable=True)
            )
        table = sa.table(name, sa.column('updated_at', directory.db.UTCDateTime(timezone=True)))
        op.execute(table.update().values(updated_at=now))
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.alter_column(
                'updated_at', existing_type=directory.db.UTCDateTime(timezone=True), nullable=False
            )


def downgrade() -> None:
    """Downgrade schema."""
    for name in reversed(TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column('updated_at')
