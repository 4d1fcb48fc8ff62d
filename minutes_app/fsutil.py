"""Writing user files safely: a temporary name in the same folder, then an atomic rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from minutes_app.domain.errors import ExportError


def _explain(exc: OSError, target: Path) -> str:
    """A sentence a person can act on for a failed write."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Cannot write {target}: permission denied (is the file open in another program, or the folder read-only?)"
    if exc.errno == errno.ENOSPC:
        return f"Cannot write {target}: the disk is full"
    if exc.errno == errno.ENOENT:
        return f"Cannot write {target}: the folder {target.parent} does not exist"
    if exc.errno == errno.EISDIR:
        return f"Cannot write {target}: it is a folder"
    return f"Cannot write {target}: {exc.strerror or exc}"


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success rename it over `target`, else delete it.

    A failed or cancelled write (any exception) leaves no partial file and the old file intact.
    """
    target = Path(target)
    if "\x00" in str(target):
        raise ExportError(f"Cannot write {str(target)!r}: the file name contains a NUL character")
    if target.is_dir():
        raise ExportError(f"Cannot write {target}: it is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(_explain(exc, target)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call `write(tmp_path)` and move the result into place atomically; return the target."""
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)
