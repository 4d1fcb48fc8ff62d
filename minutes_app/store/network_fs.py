"""Is a data file on a network file system (SMB/CIFS, NFS, sshfs…)? SQLite's locks do not hold there,
which is how SQLite files get corrupted on office networks; the team server (PostgreSQL) is the way
to share a store. Linux reads the mount table, Windows asks for UNC paths and remote drives.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

NETWORK_FS_TYPES = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "fuse.sshfs",
        "sshfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
        "davfs",
        "fuse.davfs2",
    }
)
_ESCAPE = re.compile(r"\\([0-7]{3})")
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def mount_points(mountinfo: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of /proc/self/mountinfo."""
    found: list[tuple[str, str]] = []
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        after = fields[fields.index("-") + 1 :]
        if after:
            # The kernel writes space, tab, newline and backslash in paths as octal escapes.
            found.append((_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), fields[4]), after[0]))
    return found


def linux_fs_type(path: Path, mountinfo: str) -> str | None:
    """The type of the file system holding `path`: the longest mount point that contains it."""
    text = str(path)
    best: tuple[int, str] | None = None
    for point, fs_type in mount_points(mountinfo):
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def windows_network(path: str, drive_type: Callable[[str], int] | None = None) -> str | None:
    """ "network share" for a UNC path, "network drive" for a mapped remote drive, else None."""
    pure = PureWindowsPath(path)
    if pure.drive.startswith("\\\\"):
        return "network share"
    if not pure.drive:
        return None
    if drive_type is None:
        drive_type = _windows_drive_type
    return "network drive" if drive_type(pure.drive + "\\") == DRIVE_REMOTE else None


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)  # only on Windows
    return int(windll.kernel32.GetDriveTypeW(root)) if windll is not None else 0


def network_filesystem(path: Path, *, mountinfo: str | None = None) -> str | None:
    """The network file system `path` is on ("cifs", "nfs4", "network drive"…), None when local or unknown."""
    if os.name == "nt":
        return windows_network(str(path))
    if not sys.platform.startswith("linux"):
        return None  # macOS and others: not detected
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    # The data file may not exist yet: its folder, with symbolic links resolved, decides.
    fs_type = linux_fs_type(path.parent.resolve() / path.name, mountinfo)
    return fs_type if fs_type in NETWORK_FS_TYPES else None
