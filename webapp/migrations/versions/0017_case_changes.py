"""each change of a case's 会議・区分・地区 kept, so a later change does not move a past year's report

The 実績 report grouped cases by their meeting, 事業/任意 and 地区 as they stood when the
report was made: a case moved to the 重層的支援会議 or to another 地区 after a year's end moved
in that year's report too. Each change is now a row with the value before it and the day it
took effect. Changes made before this migration are not known: those cases count as they
stand, as before.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 04:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('case_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('before', sa.String(length=40), nullable=True),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_changes_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_changes'))
    )
    with op.batch_alter_table('case_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_changes_case_id'), ['case_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('case_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_changes_case_id'))
    op.drop_table('case_changes')
