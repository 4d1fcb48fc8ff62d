"""search index

Revision ID: 0002_search_index
Revises: 0001_initial
Create Date: 2026-12-01

The search index (services/search_index.py): the ``search_entry`` table, then on SQLite an
external-content FTS5 table kept in step by triggers, on PostgreSQL a GIN index over the terms
as a tsvector. Fills the index from the data already in the store.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_search_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Folded terms are [a-z0-9] words (textfold.index_terms): unicode61 only has to split on spaces,
# and must not fold anything itself (remove_diacritics 0). detail=none: no phrase queries needed,
# and the index is far smaller. Prefix indexes for 1-3 letters keep typing fast.
SQLITE_DDL = (
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        index_text, content='search_entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail='none', columnsize=0)""",
    # The words in the index, for expanding long prefixes (search_index.fts_query); no storage.
    "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')",
    """CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_fts(rowid, index_text) VALUES (new.id, new.index_text);
    END""",
    """CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_fts(search_fts, rowid, index_text) VALUES ('delete', old.id, old.index_text);
    END""",
    """CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN
        INSERT INTO search_fts(search_fts, rowid, index_text) VALUES ('delete', old.id, old.index_text);
        INSERT INTO search_fts(rowid, index_text) VALUES (new.id, new.index_text);
    END""",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TABLE IF EXISTS search_vocab",
    "DROP TABLE IF EXISTS search_fts",
)
# One GIN index per kind, so a search of one kind never reads the matches of the others. The
# expression must stay identical to search_index._PG_TERMS, or the planner ignores the indexes.
KINDS = ("meeting", "person", "organisation", "agenda_item", "decision", "follow_up", "note")
POSTGRESQL_DDL = tuple(
    f"CREATE INDEX ix_search_entry_terms_{kind} ON search_entry "
    f"USING gin (array_to_tsvector(string_to_array(index_text, ' '))) WHERE kind = '{kind}'"
    for kind in KINDS
)


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("index_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
    )
    op.create_index("ix_search_entry_kind_record", "search_entry", ["kind", "record_id"], unique=False)
    op.create_index(op.f("ix_search_entry_meeting_id"), "search_entry", ["meeting_id"], unique=False)
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DDL if dialect == "sqlite" else POSTGRESQL_DDL:
        op.execute(statement)
    # The index is derived data, filled by the app's own builder when the store is opened
    # (services.open_services -> search_index.ensure_current: the store holds no index version
    # yet). It is not called here: the builder reads columns that later migrations add (the
    # translations of 0003), which do not exist yet at this revision. The empty index has no
    # version, whatever a store downgraded past this revision once recorded.
    op.execute("DELETE FROM app_setting WHERE key = 'search_index_version'")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
    else:
        for kind in KINDS:
            op.execute(f"DROP INDEX IF EXISTS ix_search_entry_terms_{kind}")
    op.drop_index(op.f("ix_search_entry_meeting_id"), table_name="search_entry")
    op.drop_index("ix_search_entry_kind_record", table_name="search_entry")
    op.drop_table("search_entry")
    op.execute("DELETE FROM app_setting WHERE key = 'search_index_version'")
