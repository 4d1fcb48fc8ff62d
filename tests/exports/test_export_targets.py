"""What an export may replace: regular files only; a link is written through; the old file's mode is kept."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from minutes_app.domain.errors import ExportError
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.fsutil import write_atomically


def test_a_pipe_is_refused_and_left_a_pipe(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "minutes.docx"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="device, pipe or socket"):
        write_minutes(meeting, fifo, lang="en")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.docx"]  # no temporary file left


def test_a_link_to_a_pipe_is_refused(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "minutes.docx"
    link.symlink_to(fifo)
    with pytest.raises(ExportError, match="device, pipe or socket"):
        write_minutes(meeting, link, lang="en")
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)


def test_a_link_is_written_through_to_its_target(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "minutes-final.docx"
    real.write_bytes(b"old")
    link = tmp_path / "minutes.docx"
    link.symlink_to(real)
    write_minutes(meeting, link, lang="en")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert zipfile.is_zipfile(real)
    assert sorted(p.name for p in shared.iterdir()) == ["minutes-final.docx"]


def test_a_dangling_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "nowhere" / "x.csv")
    with pytest.raises(ExportError, match=r"link to .* which does not exist"):
        write_atomically(link, lambda tmp: tmp.write_text("a,b\n"))
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_an_existing_file_keeps_its_mode(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_minutes(meeting, target, lang="en")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and zipfile.is_zipfile(target)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomically(tmp_path, lambda tmp: tmp.write_text("x"))
