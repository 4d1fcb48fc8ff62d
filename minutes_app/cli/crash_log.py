"""The CLI's last resort: an unexpected error is logged without record content and named in one line."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

from minutes_app import APP_ID

LOG_FILE_NAME = f"{APP_ID}.log"
EXIT_SOFTWARE = 70  # sysexits.h EX_SOFTWARE: an internal error


def _log_dir(data_dir: str | None) -> Path:
    from minutes_app.paths import AppPaths, default_data_dir

    folder = Path(data_dir or os.environ.get("MINUTES_APP_DATA_DIR") or default_data_dir()).expanduser().resolve()
    return AppPaths(data_dir=folder, db_url="sqlite:///unused").log_dir


def describe(exc: BaseException) -> str:
    """Where the error happened: its type and the stack's files, lines and functions, but not its message.

    The message of a database error holds the SQL parameters, i.e. what the person typed.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    stack = "".join(f"  {Path(f.filename).name}:{f.lineno} in {f.name}\n" for f in frames)
    return f"{dt.datetime.now().isoformat(timespec='seconds')} ERROR cli: unexpected {type(exc).__qualname__}\n{stack}"


def log_unexpected(exc: BaseException, data_dir: str | None) -> str:
    """Append `exc` to the log (mode 0600); returns the one line to print."""
    name = type(exc).__name__
    try:
        folder = _log_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / LOG_FILE_NAME
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(describe(exc))
    except OSError as log_error:
        return f"Unexpected error ({name}); the log could not be written ({log_error.strerror or 'unknown reason'})"
    return f"Unexpected error ({name}): see the log at {path}"
