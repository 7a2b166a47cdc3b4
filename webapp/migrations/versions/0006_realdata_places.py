"""real places: finer location precisions (町丁目・大字・file) and the landmarks gazetteer

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 10:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import directory.db


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OLD_PRECISIONS = ('manual', 'rooftop', 'block', 'city', 'unknown')
NEW_PRECISIONS = ('file', 'manual', 'rooftop', 'chome', 'block', 'oaza', 'city', 'unknown')


def _precision(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name='locationprecision', native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('landmarks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kana', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('station', 'city_hall', 'community_centre', 'school', 'welfare', 'other', name='landmarkkind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('updated_at', directory.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_landmarks')),
    sa.UniqueConstraint('name', name=op.f('uq_landmarks_name'))
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.alter_column('precision', existing_type=_precision(OLD_PRECISIONS), type_=_precision(NEW_PRECISIONS), existing_nullable=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("UPDATE locations SET precision = 'block' WHERE precision IN ('chome', 'oaza')")
    op.execute("UPDATE locations SET precision = 'rooftop' WHERE precision = 'file'")
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.alter_column('precision', existing_type=_precision(NEW_PRECISIONS), type_=_precision(OLD_PRECISIONS), existing_nullable=False)
    op.drop_table('landmarks')
