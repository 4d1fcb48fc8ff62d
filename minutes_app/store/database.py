"""Opening the store: checks, backup before migration, migrations, and transaction scopes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from minutes_app import live_store
from minutes_app.domain.errors import MinutesError, StoreError
from minutes_app.paths import AppPaths
from minutes_app.store import backup_leftovers, failures, migrate, read_only, sqlite_files, text_guard
from minutes_app.store.engine import READ_ONLY_OPTION, make_engine
from minutes_app.store.integrity_gate import IntegrityGate
from minutes_app.store.wal_checkpoint import WalCheckpointer


class Store:
    """An open, migrated store; hands out one session per transaction."""

    def __init__(
        self,
        engine: Engine,
        paths: AppPaths,
        *,
        read_only: bool = False,
        created: bool = False,
        integrity: IntegrityGate | None = None,
    ) -> None:
        self.engine = engine
        self.paths = paths
        self.read_only = read_only  # a data folder or file this user cannot write: browse, search, export only
        self.created = created  # made empty by this opening: a new data folder or file (the welcome follows it)
        # The integrity check still running beside the open window (open_store(defer_check=True)).
        self.integrity = integrity
        self._writer = sessionmaker(bind=engine, expire_on_commit=False)
        text_guard.install(self._writer)
        self._reader = sessionmaker(bind=engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False)
        # Its files are never read or replaced as a user's template, import or export target (live_store).
        self._registered = paths.db_file if engine.dialect.name == "sqlite" else None
        if self._registered is not None:
            live_store.register(self._registered)
        # A write's pages are copied into the file beside the window, not by a later save's COMMIT.
        self._checkpointer = WalCheckpointer(self._registered) if self._registered and not read_only else None

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error.

        Database failures arrive as StoreError or ConflictError in words (store/failures.py).
        """
        if self.read_only:
            raise failures.store_error(failures.READ_ONLY)
        if self.integrity is not None:
            self.integrity.wait()  # nothing is written to a store before its check has passed
        with _in_words(), self._writer() as session:
            with session.begin():
                yield session
        if self._checkpointer is not None:
            self._checkpointer.request()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction (on SQLite it does not take the write lock)."""
        with _in_words(), self._reader() as session:
            with session.begin():
                yield session

    def close(self) -> None:
        """Release every connection."""
        if self.integrity is not None:
            self.integrity.stop()
        if self._checkpointer is not None:
            self._checkpointer.stop()
        self.engine.dispose()
        if self._registered is not None:
            live_store.unregister(self._registered)
            self._registered = None


@contextlib.contextmanager
def _in_words() -> Iterator[None]:
    """Re-raise the database failures a person can act on as StoreError / ConflictError."""
    try:
        yield
    except SQLAlchemyError as exc:  # StaleDataError included
        named = failures.translate(exc)
        if named is None:
            raise
        raise named from exc


def open_store(paths: AppPaths, *, create: bool = True, defer_check: bool = False) -> Store:
    """Check, back up, migrate and open the store at `paths`; raise StoreError when it cannot.

    With `defer_check`, a SQLite store that needs no migration is opened before its integrity
    check, which the caller starts (`store.integrity.start()`); writes wait for it to pass.
    """
    if paths.is_sqlite and _folder_and_file(paths)[0].exists() and not read_only.can_write(*_folder_and_file(paths)):
        return _open_read_only(paths)  # browse, search and export; every write says why it cannot
    gate = None
    if paths.is_sqlite:
        gate = _prepare_sqlite(paths, create=create, defer_check=defer_check)
    engine = make_engine(paths.db_url, password=paths.password)
    try:
        created = _migrate(engine, paths)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(
            "unavailable", f"Cannot open the store {paths.display_location()}: {_first_line(exc)}"
        ) from exc
    backup_leftovers.clean(paths.backups_dir)
    return Store(engine, paths, created=created, integrity=gate)


def _folder_and_file(paths: AppPaths) -> tuple[Path, Path]:
    assert paths.db_file is not None
    return paths.db_file.parent, paths.db_file


def _open_read_only(paths: AppPaths) -> Store:
    """A store this user cannot write: opened read-only when it exists and needs no update, else StoreError."""
    folder, db_file = _folder_and_file(paths)
    if not db_file.exists():
        raise StoreError("unwritable", f"Cannot create {db_file.name}: the folder {folder} cannot be written")
    revision = read_only.check(db_file)
    if revision is None and sqlite_files.read_ownership(db_file)[1]:
        raise StoreError("not_ours", f"{db_file} holds tables that are not a Minutes App store")
    if revision != migrate.head_revision():
        raise StoreError(
            "unwritable",
            f"{db_file} must be updated for this version of Minutes App, but its folder or the file cannot be written",
        )
    return Store(read_only.make_read_only_engine(db_file), paths, read_only=True)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _prepare_sqlite(paths: AppPaths, *, create: bool, defer_check: bool = False) -> IntegrityGate | None:
    db_file = paths.db_file
    assert db_file is not None
    folder = db_file.parent
    if not folder.exists():
        if not create:
            raise StoreError("missing", f"{db_file} does not exist")
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise StoreError("unwritable", f"Cannot create the data folder {folder}: {exc.strerror}") from exc
    if paths.data_dir.exists() and paths.data_dir == folder:
        sqlite_files.restrict_permissions(folder, 0o700)
    gate = None
    if db_file.exists():
        revision, has_tables = _ownership(db_file, defer_check=defer_check)  # before any read-write connection
        if defer_check and revision == migrate.head_revision():
            gate = IntegrityGate(db_file)  # nothing to migrate: the check runs beside the window
        elif defer_check:
            sqlite_files.check_file(db_file, quick=True)  # a migration writes: check first
        if revision is None and has_tables:
            raise StoreError("not_ours", f"{db_file} holds tables that are not a Minutes App store")
        if revision is not None and revision not in migrate.known_revisions():
            raise StoreError(
                "too_new",
                f"{db_file} was written by a newer version of Minutes App (schema {revision}); "
                "update the app to open it",
            )
    elif not create:
        raise StoreError("missing", f"{db_file} does not exist")
    if not os.access(folder, os.W_OK) or (db_file.exists() and not os.access(db_file, os.W_OK)):
        raise StoreError("unwritable", f"The data folder {folder} or the file {db_file.name} cannot be written")
    return gate


def _ownership(db_file: Path, *, defer_check: bool) -> tuple[str | None, bool]:
    """read_ownership, after the integrity check unless it is deferred (a file it cannot read is checked now)."""
    if not defer_check:
        sqlite_files.check_file(db_file, quick=True)
        return sqlite_files.read_ownership(db_file)
    try:
        return sqlite_files.read_ownership(db_file)
    except sqlite3.DatabaseError:
        sqlite_files.check_file(db_file, quick=True)  # says in words why it cannot be read
        raise


def _migrate(engine: Engine, paths: AppPaths) -> bool:
    """Bring the store to the current schema; True when it was empty (this opening created it)."""
    with engine.connect() as conn:
        current = migrate.current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if current is not None and current not in migrate.known_revisions():
        raise StoreError(
            "too_new", f"The store {paths.display_location()} is from a newer version of Minutes App (schema {current})"
        )
    if current == migrate.head_revision():
        _finish_sqlite_file(paths)
        return False
    if current is None and has_tables:
        raise StoreError("not_ours", f"{paths.display_location()} holds tables that are not a Minutes App store")
    if paths.is_sqlite and current is not None:
        backup_before_migration(paths, current)
    if current is not None and paths.upgrade_needs_consent:
        raise StoreError(
            "upgrade_needs_consent",
            f"The team server {paths.display_location()} holds an older schema ({current}) that this version of "
            "Minutes App must update; open it in the desktop app, which asks before updating it",
        )
    try:
        migrate.upgrade_to_head(engine)
    except OperationalError as exc:
        raise StoreError(
            "migration_failed", f"Updating the store failed and nothing was changed: {_first_line(exc)}"
        ) from exc
    _finish_sqlite_file(paths)
    return current is None


def _finish_sqlite_file(paths: AppPaths) -> None:
    if paths.db_file is not None and paths.db_file.exists():
        sqlite_files.restrict_permissions(paths.db_file, 0o600)


def backup_before_migration(paths: AppPaths, revision: str) -> Path:
    """Back the SQLite file up into the backups folder before its schema changes; StoreError stops the update."""
    assert paths.db_file is not None
    target = paths.backups_dir / sqlite_files.backup_name(f"pre-migration-{revision}")
    try:
        paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return sqlite_files.backup_file(paths.db_file, target)
    except (OSError, MinutesError) as exc:  # StoreError in words; ExportError or OSError for the folder or .part
        if sqlite_files.is_disk_full(exc):
            raise StoreError(
                "disk_full",
                f"The disk is full: the store {paths.db_file} was not updated for this version of Minutes App "
                "(its backup before the update could not be written) and is as it was; free some space and open it again",
            ) from exc
        raise StoreError(
            "migration_failed", f"The store was not updated and is as it was: its backup failed: {exc}"
        ) from exc
