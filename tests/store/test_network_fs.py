"""A data file on a network file system is detected (Linux mount table, Windows UNC and remote drives)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.store.network_fs import DRIVE_REMOTE, linux_fs_type, network_filesystem, windows_network

MOUNTINFO = """\
22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
30 22 0:40 / /home rw,relatime shared:2 - ext4 /dev/nvme0n1p3 rw
41 30 0:52 / /home/anar/share rw,relatime shared:30 - cifs //fileserver/protocol rw,vers=3.1.1
42 41 0:53 / /home/anar/share/local\\040copy rw,relatime shared:31 - ext4 /dev/sdb1 rw
43 22 0:54 / /mnt/nfs rw,relatime shared:32 - nfs4 server:/export rw
44 22 0:55 / /mnt/laptop rw,nosuid,nodev,relatime shared:33 - fuse.sshfs anar@laptop:/data rw
45 22 0:56 / /mnt/share2 rw,relatime shared:34 - ext4 /dev/sdc1 rw
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/anar/share/minutes.db", "cifs"),
        ("/home/anar/share/sub/dir/minutes.db", "cifs"),
        ("/home/anar/share/local copy/minutes.db", None),  # a local disk mounted inside the share
        ("/home/anar/shared/minutes.db", None),  # a name that only starts like the mount point
        ("/home/anar/minutes.db", None),
        ("/mnt/nfs/minutes.db", "nfs4"),
        ("/mnt/laptop/minutes.db", "fuse.sshfs"),
        ("/mnt/share2/minutes.db", None),
    ],
)
def test_the_longest_matching_mount_point_decides(path: str, expected: str | None) -> None:
    assert network_filesystem(Path(path), mountinfo=MOUNTINFO) == expected


def test_the_fs_type_of_the_root_and_an_escaped_mount_point() -> None:
    assert linux_fs_type(Path("/etc/minutes.db"), MOUNTINFO) == "ext4"
    assert linux_fs_type(Path("/home/anar/share/local copy"), MOUNTINFO) == "ext4"


def test_this_machine_s_test_folder_is_local(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path / "minutes.db") is None


def test_windows_unc_paths_and_remote_drives() -> None:
    assert windows_network(r"\\fileserver\protocol\minutes.db") == "network share"
    assert windows_network(r"Z:\minutes\minutes.db", drive_type=lambda root: DRIVE_REMOTE) == "network drive"
    roots: list[str] = []
    assert windows_network(r"C:\Users\anar\minutes.db", drive_type=lambda root: roots.append(root) or 3) is None
    assert roots == ["C:\\"]
