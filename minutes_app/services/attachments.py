"""Files attached to meetings and follow-ups: kept in the store in 1 MiB pieces, streamed in and out.

A file never sits whole in memory: attaching reads, hashes and inserts one piece at a time in one
transaction; saving reads one piece at a time into a temporary file renamed into place. The
content travels with the store (backups, restore) and with the JSON archive (services/json_io.py).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.services import hooks
from minutes_app.services import validation as v
from minutes_app.services.attachment_text import can_extract, extract_text
from minutes_app.services.settings import SettingsService
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import utcnow

CHUNK_SIZE = 1 << 20  # bytes per stored piece
OWNER_KINDS = ("meeting", "follow_up")
MAX_NAME = 500  # attachment.file_name
_MB = 1_000_000

Source = str | os.PathLike[str] | BinaryIO


def _owner_meeting(session: Session, owner_kind: str, owner_id: int) -> int:
    """The meeting an owner belongs to (for the search index); NotFoundError when it is gone or in the trash."""
    if owner_kind == "meeting":
        meeting = session.get(m.MeetingRow, owner_id)
        if meeting is None or meeting.deleted_at is not None:
            raise NotFoundError("meeting", owner_id)
        return meeting.id
    if owner_kind == "follow_up":
        follow_up = session.get(m.FollowUpRow, owner_id)
        if follow_up is None or follow_up.deleted_at is not None:
            raise NotFoundError("follow-up", owner_id)
        return follow_up.meeting_id
    raise ValidationError("owner_kind", f"{owner_kind!r} is not meeting or follow_up")


def _record(row: m.AttachmentRow) -> r.Attachment:
    return r.Attachment(
        id=row.id,
        owner_kind=row.owner_kind,
        owner_id=row.owner_id,
        file_name=row.file_name,
        size=row.size,
        media_type=row.media_type,
        sha256=row.sha256,
        annex=row.annex,
        created_by=row.created_by,
        created_at=row.created_at,
        deleted_at=row.deleted_at,
    )


def clean_name(name: str) -> str:
    """A file name to store: its last path part, without control characters; ValidationError when empty."""
    name = v.clean_text("file_name", str(name).replace("\\", "/").rsplit("/", 1)[-1], max_length=MAX_NAME)
    if not name.strip() or name in (".", ".."):
        raise ValidationError("file_name", "an attached file needs a name")
    return name.strip()


def too_big_message(name: str, limit_mb: int) -> str:
    """Why a file was refused: its name and the limit (the Settings dialog changes it)."""
    return (
        f"{name} is larger than the limit of {limit_mb} MB for an attached file; the limit can be changed in Settings"
    )


class TooLargeError(ValidationError):
    """A file larger than the per-file limit: names the file and the limit."""

    def __init__(self, file_name: str, limit_mb: int) -> None:
        super().__init__("file_name", too_big_message(file_name, limit_mb))
        self.file_name = file_name
        self.limit_mb = limit_mb


def current_user() -> str:
    """The operating-system user attaching a file (recorded as created_by)."""
    try:
        return getpass.getuser()[:300]
    except (OSError, KeyError, ImportError):
        return ""


class AttachmentService:
    """Attach, list, save, open, annex and trash the files of meetings and follow-ups."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._settings = SettingsService(store)

    def limit_mb(self) -> int:
        """The per-file limit in megabytes (a setting, 100 by default)."""
        return self._settings.get().attachment_limit_mb

    def attach(
        self, owner_kind: str, owner_id: int, path_or_stream: Source, name: str | None = None, *, annex: bool = False
    ) -> r.Attachment:
        """Store a file (a path, or a binary stream with `name`) on a meeting or follow-up, in one transaction.

        Refused with ValidationError naming the file and the limit when it is larger than the limit.
        """
        if isinstance(path_or_stream, (str, os.PathLike)):
            path = Path(path_or_stream)
            with path.open("rb") as stream:
                return self._attach(owner_kind, owner_id, stream, clean_name(name or path.name), annex)
        if name is None:
            raise ValidationError("file_name", "an attached stream needs a file name")
        return self._attach(owner_kind, owner_id, path_or_stream, clean_name(name), annex)

    def _attach(self, owner_kind: str, owner_id: int, stream: BinaryIO, name: str, annex: bool) -> r.Attachment:
        limit_mb = self.limit_mb()
        limit = limit_mb * _MB
        with contextlib.suppress(OSError, ValueError):  # not every stream knows its size
            if os.fstat(stream.fileno()).st_size > limit:
                raise TooLargeError(name, limit_mb)
        start = _tell(stream)
        with self.store.writing() as session:
            meeting_id = _owner_meeting(session, owner_kind, owner_id)
            order = session.scalar(
                select(func.coalesce(func.max(m.AttachmentRow.sort_order), 0)).where(
                    m.AttachmentRow.owner_kind == owner_kind, m.AttachmentRow.owner_id == owner_id
                )
            )
            row = m.AttachmentRow(
                owner_kind=owner_kind,
                owner_id=owner_id,
                file_name=name,
                size=0,
                media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                sha256="",
                annex=annex,
                sort_order=int(order or 0) + 1,
                created_by=current_user(),
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            digest = hashlib.sha256()
            size = 0
            seq = 0
            while piece := stream.read(CHUNK_SIZE):
                size += len(piece)
                if size > limit:
                    raise TooLargeError(name, limit_mb)
                digest.update(piece)
                # Core insert: no ORM object keeps the piece alive after it is sent.
                session.execute(insert(m.AttachmentChunkRow), {"attachment_id": row.id, "seq": seq, "data": piece})
                seq += 1
                del piece
            row.size = size
            row.sha256 = digest.hexdigest()
            if can_extract(name) and start is not None:
                stream.seek(start)
                row.text_content = extract_text(name, stream)
            session.flush()
            hooks.meeting_written(session, meeting_id)
            return _record(row)

    def list_for(self, owner_kind: str, owner_id: int) -> list[r.Attachment]:
        """The live attachments of one meeting or follow-up, in the order they were attached."""
        with self.store.reading() as session:
            rows = session.scalars(
                select(m.AttachmentRow)
                .where(
                    m.AttachmentRow.owner_kind == owner_kind,
                    m.AttachmentRow.owner_id == owner_id,
                    m.AttachmentRow.deleted_at.is_(None),
                )
                .order_by(m.AttachmentRow.sort_order, m.AttachmentRow.id)
            )
            return [_record(row) for row in rows]

    def get(self, attachment_id: int) -> r.Attachment:
        """One attachment (live or in the trash); NotFoundError when there is none."""
        with self.store.reading() as session:
            row = session.get(m.AttachmentRow, attachment_id)
            if row is None:
                raise NotFoundError("attachment", attachment_id)
            return _record(row)

    def annex_names(self, meeting_id: int) -> list[str]:
        """The names of a meeting's live attachments ticked as annexes, in order."""
        with self.store.reading() as session:
            return meeting_annexes(session, meeting_id)

    def write_to(self, attachment_id: int, target: BinaryIO) -> str:
        """Write an attachment's content into `target` a piece at a time; returns the SHA-256 of what was written."""
        with self.store.reading() as session:
            digest = hashlib.sha256()
            for piece in iter_content(session, attachment_id):
                digest.update(piece)
                target.write(piece)
            return digest.hexdigest()

    def save_as(self, attachment_id: int, target: str | os.PathLike[str]) -> Path:
        """Save an attachment's content as `target`: written under a temporary name beside it, then renamed."""
        target = Path(target)
        expected = self.get(attachment_id).sha256
        handle, temp_name = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                written = self.write_to(attachment_id, out)
                out.flush()
                os.fsync(out.fileno())
            if written != expected:
                raise ValidationError(
                    "file_name", f"the stored content of {target.name} is damaged (its SHA-256 differs)"
                )
            os.replace(temp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise
        return target

    def set_annex(self, attachment_id: int, annex: bool) -> None:
        """Tick or untick "list as an annex in the minutes"."""
        with self.store.writing() as session:
            row = _live(session, attachment_id)
            row.annex = bool(annex)

    def remove(self, attachment_id: int) -> None:
        """Move an attachment to the trash (restorable from the Trash page)."""
        with self.store.writing() as session:
            row = _live(session, attachment_id)
            row.deleted_at = utcnow()
            session.flush()
            _reindex_owner(session, row)

    def restore(self, attachment_id: int) -> None:
        """Bring an attachment back from the trash."""
        with self.store.writing() as session:
            row = session.get(m.AttachmentRow, attachment_id)
            if row is None or row.deleted_at is None:
                raise NotFoundError("attachment in the trash", attachment_id)
            _owner_meeting(session, row.owner_kind, row.owner_id)  # its meeting or follow-up must be live
            row.deleted_at = None
            session.flush()
            _reindex_owner(session, row)


def _tell(stream: BinaryIO) -> int | None:
    """Where a seekable stream is (to read it again for its text); None when it cannot seek."""
    try:
        return stream.tell() if stream.seekable() else None
    except (OSError, ValueError):
        return None


def _live(session: Session, attachment_id: int) -> m.AttachmentRow:
    row = session.get(m.AttachmentRow, attachment_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("attachment", attachment_id)
    return row


def _reindex_owner(session: Session, row: m.AttachmentRow) -> None:
    try:
        meeting_id = _owner_meeting(session, row.owner_kind, row.owner_id)
    except NotFoundError:
        return  # an owner in the trash has no index entries to update
    hooks.meeting_written(session, meeting_id)


def iter_content(session: Session, attachment_id: int) -> Iterator[bytes]:
    """An attachment's content, one stored piece at a time (each piece read by its own query)."""
    chunk = m.AttachmentChunkRow
    seqs = list(session.scalars(select(chunk.seq).where(chunk.attachment_id == attachment_id).order_by(chunk.seq)))
    for seq in seqs:
        data = session.scalar(select(chunk.data).where(chunk.attachment_id == attachment_id, chunk.seq == seq))
        yield bytes(data or b"")


def meeting_annexes(session: Session, meeting_id: int) -> list[str]:
    """Names of the meeting's live attachments ticked as annexes (the meeting's own first, then its follow-ups')."""
    a, f = m.AttachmentRow, m.FollowUpRow
    own = session.scalars(
        select(a.file_name)
        .where(a.owner_kind == "meeting", a.owner_id == meeting_id, a.annex.is_(True), a.deleted_at.is_(None))
        .order_by(a.sort_order, a.id)
    )
    names = list(own)
    names += session.scalars(
        select(a.file_name)
        .join(f, f.id == a.owner_id)
        .where(
            a.owner_kind == "follow_up",
            f.meeting_id == meeting_id,
            f.deleted_at.is_(None),
            a.annex.is_(True),
            a.deleted_at.is_(None),
        )
        .order_by(f.id, a.sort_order, a.id)
    )
    return names
