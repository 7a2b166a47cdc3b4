"""each closing of a case kept (終結の記録), so reopening does not change a past year's report

Reopening a case cleared its closing, and the 実績 of the year it was closed in then counted it
as never closed (one fewer 終結, one more 支援中 at the year's end). Every closing is now a
row that a reopening marks with its day; the closings of cases closed today are copied in.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 19:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('case_closings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Enum('goal_met', 'handed_over', 'no_longer_wanted', 'unreachable', 'moved', 'institution', 'died', 'other', name='closurereason', native_enum=False, create_constraint=True, length=20), nullable=True),
    sa.Column('reopened_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_closings_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_closings'))
    )
    with op.batch_alter_table('case_closings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_closings_case_id'), ['case_id'], unique=False)
    op.execute(
        "INSERT INTO case_closings (case_id, closed_on, reason) "
        "SELECT id, closed_on, closure_reason FROM cases WHERE closed_on IS NOT NULL"
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('case_closings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_closings_case_id'))
    op.drop_table('case_closings')
