"""create forms' one-time tokens (二重送信の防止)

A double tap on 「登録」 or a resend after Back made a second case (or plan, need, note…): the
first send of a create form now claims the form's random token here, with the id of what it
created, and a later send of the same token shows that record instead. Tokens hold nothing
personal and are removed after a week (``matching.submissions``).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 15:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import directory.db


# revision identifiers, used by Alembic.
revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('form_submissions',
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('created_at', directory.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('token', name=op.f('pk_form_submissions'))
    )
    with op.batch_alter_table('form_submissions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_form_submissions_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('form_submissions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_form_submissions_created_at'))
    op.drop_table('form_submissions')
