"""The app's rotating log file, readable by its owner only (mode 0600), old and rotated files included."""

from __future__ import annotations

import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from typing import Any

LOG_MODE = 0o600


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 and made 0600 when they already exist."""

    def __init__(self, filename: str | os.PathLike[str], **kwargs: Any) -> None:
        super().__init__(filename, **kwargs)
        for number in range(1, self.backupCount + 1):
            old = f"{self.baseFilename}.{number}"
            try:
                if os.name == "posix" and (os.stat(old).st_mode & 0o777) != LOG_MODE:
                    os.chmod(old, LOG_MODE)  # rotated by an older version at 0644
            except OSError:
                continue

    def _open(self) -> TextIOWrapper:
        """Open the log file for appending with owner-only permissions."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, LOG_MODE)
        try:
            if os.name == "posix" and (os.fstat(fd).st_mode & 0o777) != LOG_MODE:
                os.fchmod(fd, LOG_MODE)  # a file written by an older version was 0644
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise
