"""translations

Revision ID: 0003_translations
Revises: 0002_search_index
Create Date: 2026-12-01

A ``translations`` column (field -> language -> text, JSON text with sorted keys) on the meeting
and on each record of a meeting with translatable texts. The texts already stored stay as they
are, the originals in the meeting's ``language``.

Until now the minutes printed a participant's Azerbaijani, Russian or English position from the
directory, so they changed whenever the directory did. Each attendance that showed the
directory's position now keeps those forms as its own translations: the documents of existing
meetings read as before, and stop following the directory.

Plain SQL only: a migration must keep working however the app's code changes later.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003_translations"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None

TABLES = ("meeting", "attendance", "agenda_item", "decision", "follow_up")
LANGUAGES = ("az", "ru", "en")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("translations", sa.Text(), server_default="{}", nullable=False))
    _keep_positions_shown_today()


def _keep_positions_shown_today() -> None:
    """Freeze, per attendance, the positions in other languages its minutes print today."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT a.id, a.position, mt.language, p.position, p.position_az, p.position_ru, p.position_en "
            "FROM attendance a JOIN person p ON p.id = a.person_id JOIN meeting mt ON mt.id = a.meeting_id"
        )
    ).all()
    update = sa.text("UPDATE attendance SET position = :position, translations = :translations WHERE id = :id")
    for attendance_id, held, original, recorded, *forms in rows:
        by_lang = dict(zip(LANGUAGES, (f or "" for f in forms)))
        held = held or ""
        # The exports printed the held position as typed when it was none of the directory's forms.
        if held and held not in {recorded or "", *by_lang.values()}:
            continue
        # In its own language the meeting printed the directory's form for that language.
        position = by_lang.get(original, "") or held or recorded or ""
        # In another language they printed its form, or the recorded position where it has none.
        shown = {lang: text or recorded or "" for lang, text in by_lang.items()}
        texts = {lang: text for lang, text in shown.items() if lang != original and text and text != position}
        if not texts and position == held:
            continue
        translations = json.dumps({"position": texts} if texts else {}, ensure_ascii=False, sort_keys=True)
        bind.execute(update, {"position": position, "translations": translations, "id": attendance_id})


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would copy and drop the meeting table, and
    # dropping it with foreign keys on deletes every row that refers to it.
    for table in reversed(TABLES):
        op.drop_column(table, "translations")
