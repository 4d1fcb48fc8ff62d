"""Writing user files safely: a temporary name in the same folder, then an atomic rename.

Only regular files are ever replaced, and never the open store's own files (live_store). A symbolic
link is written through (its target file is replaced, the link stays); a device, pipe, socket or
folder at the chosen path is refused.

A new file gets the permissions the user's umask gives any file they make (0644 usually), so
colleagues can open an export on a shared folder; `private=True` (the store, its backups, recovery
copies) makes it readable by its owner only (0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from minutes_app import live_store
from minutes_app.domain.errors import ExportError, LiveStoreFileError


def _explain(exc: OSError, target: Path) -> str:
    """A sentence a person can act on for a failed write."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (
            f"Cannot write {target}: permission denied (is the file open in another program, or the folder read-only?)"
        )
    if exc.errno in (errno.ENOSPC, errno.EROFS):
        return f"Cannot write {target}: {_CAUSES[exc.errno]}"
    if exc.errno == errno.ENOENT:
        return f"Cannot write {target}: the folder {target.parent} does not exist"
    if exc.errno == errno.EISDIR:
        return f"Cannot write {target}: it is a folder"
    return f"Cannot write {target}: {exc.strerror or exc}"


# What a failed write's errno means, and what the person can do about it.
_CAUSES = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
}
_REMEDIES = {
    errno.EACCES: "ask for write access to it (or your IT support), or choose another folder",
    errno.EPERM: "ask for write access to it (or your IT support), or choose another folder",
    errno.EROFS: "choose a folder on another disk",
    errno.ENOSPC: "free some space and try again",
}


def explain_folder(exc: OSError, folder: Path, what: str = "The folder") -> str:
    """A sentence a person can act on when `folder` (or a file in it) cannot be written or made."""
    cause = _CAUSES.get(exc.errno or 0)
    if cause is None:
        return f"{what} {folder} cannot be written: {exc.strerror or exc}"
    return f"{what} {folder} cannot be written: {cause}; {_REMEDIES[exc.errno or 0]}"


def _destination(chosen: Path) -> tuple[Path, os.stat_result | None]:
    """The regular file to replace for `chosen` (a link's target) and its status; ExportError otherwise."""
    target = chosen
    if chosen.is_symlink():
        target = Path(os.path.realpath(chosen))
        if not target.exists():
            raise ExportError(f"Cannot write {chosen}: it is a link to {target}, which does not exist")
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise ExportError(_explain(exc, chosen)) from exc
    if stat.S_ISDIR(status.st_mode):
        raise ExportError(f"Cannot write {chosen}: it is a folder")
    if not stat.S_ISREG(status.st_mode):
        raise ExportError(f"Cannot write {chosen}: it is a device, pipe or socket, not a file; choose a file name")
    return target, status


_TEMP_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
PRIVATE_MODE = 0o600
SHARED_MODE = 0o666  # less the umask, as for any file the user makes


def _create_temp(target: Path, *, private: bool) -> Path:
    """A new empty file beside `target`, made exclusively (never an existing file or link)."""
    mode = PRIVATE_MODE if private else SHARED_MODE
    for _attempt in range(100):
        candidate = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(candidate, _TEMP_FLAGS, mode)  # the umask applies to `mode`, as tempfile's 0600 does not
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _keep_mode_and_owner(tmp: Path, status: os.stat_result | None, *, private: bool) -> None:
    """Give the new file the replaced file's permissions (and owner, when allowed); a private file stays 0600."""
    if status is None:
        return
    if not private:
        os.chmod(tmp, stat.S_IMODE(status.st_mode))
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
            os.chown(tmp, status.st_uid, status.st_gid)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside the file `target` names; on success rename it over that file, else delete it.

    The new file is readable by its owner only when `private`, else as the umask says.
    """
    # A failed or cancelled write (any exception) leaves no partial file and the old file intact.
    chosen = Path(target)
    if "\x00" in str(chosen):
        raise ExportError(f"Cannot write {str(chosen)!r}: the file name contains a NUL character")
    refused = live_store.refusal(chosen)  # links followed, by device and inode
    if refused:  # renamed over the open store or its WAL, it would be lost or corrupted
        raise LiveStoreFileError(refused, str(chosen))
    target, status = _destination(chosen)
    try:
        tmp = _create_temp(target, private=private)
    except OSError as exc:
        raise ExportError(_explain(exc, chosen)) from exc
    try:
        yield tmp
        _keep_mode_and_owner(tmp, status, private=private)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, chosen)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], object], *, private: bool = False) -> Path:
    """Call `write(tmp_path)` and move the result into place atomically; return the target."""
    with atomic_path(target, private=private) as tmp:
        write(tmp)
    return Path(target)
