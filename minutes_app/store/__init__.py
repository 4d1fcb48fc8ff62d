"""Persistence: SQLAlchemy models, engine set-up, migrations, backups and integrity checks."""
