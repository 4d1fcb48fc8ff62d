"""Where the app keeps its data, backups and logs; one object, redirectable by tests and options."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from minutes_app import APP_ID

DATA_DIR_ENV = "MINUTES_APP_DATA_DIR"
DB_FILE_NAME = "minutes.db"


@dataclass(frozen=True)
class AppPaths:
    """The data folder and the database URL the app works with."""

    data_dir: Path
    db_url: str  # never carries a password: resolve_paths moves it to `password`
    # A team server's password, held in memory only: kept out of repr() so no log or crash report shows it.
    password: str | None = field(default=None, repr=False, compare=False)
    server_name: str | None = None  # the saved team server this store was opened as, if any
    # A shared server's schema is updated only once the officer has agreed (its backups are the DBA's).
    upgrade_needs_consent: bool = False

    @property
    def is_sqlite(self) -> bool:
        """True when the store is a local SQLite file."""
        return self.db_url.startswith("sqlite")

    @property
    def db_file(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite:
            return None
        from sqlalchemy.engine import make_url

        # Parsed, not split: the URL percent-quotes the path (see sqlite_url).
        return Path(make_url(self.db_url).database or "")

    @property
    def backups_dir(self) -> Path:
        """Where automatic and manual backups go: beside the data."""
        return self.data_dir / "backups"

    @property
    def recovery_dir(self) -> Path:
        """Where the editor keeps recovery copies of unsaved work."""
        return self.data_dir / "recovery"

    @property
    def log_dir(self) -> Path:
        """The platform's log folder (inside the data folder when it was moved)."""
        if os.environ.get(DATA_DIR_ENV) or self.data_dir != default_data_dir():
            return self.data_dir / "logs"
        return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))

    def display_location(self) -> str:
        """The data file or server, for About boxes and messages (password hidden)."""
        if self.db_file is not None:
            return str(self.db_file)
        from sqlalchemy.engine import make_url

        return make_url(self.db_url).render_as_string(hide_password=True)


def sqlite_url(file: Path) -> str:
    """The SQLAlchemy URL of an SQLite file, its path quoted so "?", "#" or "%20" stay part of the name."""
    from sqlalchemy.engine import URL

    # An f-string "sqlite:///{file}" would read "q?mode=ro" as query options and "%20" as a space.
    return URL.create("sqlite", database=str(file)).render_as_string(hide_password=False)


def split_password(url: str) -> tuple[str, str | None]:
    """(`url` without its password, the password or None): the password then travels beside the URL, never in it."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password is None:
        return url, None
    # URL.set() ignores None; a URL is a named tuple.
    return parsed._replace(password=None).render_as_string(hide_password=False), str(parsed.password)


def default_data_dir() -> Path:
    """The user's data folder for the app, from platformdirs."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_paths(*, data_dir: str | None = None, db: str | None = None) -> AppPaths:
    """Work out the data folder and database from options, the environment and the platform."""
    folder = Path(data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()).expanduser()
    folder = folder.resolve()
    if db is None:
        url = sqlite_url(folder / DB_FILE_NAME)
    elif "://" in db:
        from minutes_app.store.db_url import check_db_url

        url, password = split_password(check_db_url(db))
        return AppPaths(data_dir=folder, db_url=url, password=password)
    else:
        url = sqlite_url(Path(db).expanduser().resolve())
    return AppPaths(data_dir=folder, db_url=url)
