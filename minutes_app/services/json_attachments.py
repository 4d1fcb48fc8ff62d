"""Attachments in the JSON archive: their details in the document, their content as base64 streamed in pieces.

The archive stays one file. The export writes everything else with ``json.dumps`` and then each
attachment with its content encoded a stored piece at a time, so a large file is never held whole;
the import decodes and hashes the content in pieces and refuses a file whose SHA-256 differs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any, TextIO

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from minutes_app.domain.errors import ImportFormatError, ValidationError
from minutes_app.services.attachments import CHUNK_SIZE, clean_name, iter_content
from minutes_app.services.json_checks import stamp
from minutes_app.store import models as m

KEY = "attachments"
_SHA256 = re.compile(r"[0-9a-f]{64}")
# Base64 characters decoded at a time on import: a multiple of 4, one stored piece of content.
_B64_PIECE = CHUNK_SIZE // 3 * 4
# Bytes encoded at a time on export: a multiple of 3, so the pieces' base64 joins into one string.
_ENCODE_BYTES = CHUNK_SIZE // 3 * 3


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_entries(
    session: Session, meeting_ref: dict[int, int], follow_up_ref: dict[int, tuple[int, int]]
) -> tuple[list[dict[str, Any]], list[int]]:
    """The archive's entries for every attachment of an exported meeting or follow-up, and their store ids in order."""
    entries: list[dict[str, Any]] = []
    ids: list[int] = []
    for row in session.scalars(select(m.AttachmentRow).order_by(m.AttachmentRow.id)):
        if row.owner_kind == "meeting" and row.owner_id in meeting_ref:
            owner: dict[str, Any] = {"meeting_id": meeting_ref[row.owner_id], "follow_up_index": None}
        elif row.owner_kind == "follow_up" and row.owner_id in follow_up_ref:
            meeting, index = follow_up_ref[row.owner_id]
            owner = {"meeting_id": meeting, "follow_up_index": index}
        else:
            continue  # its owner is gone for good: the next emptying of the trash removes it
        ids.append(row.id)
        entries.append(
            {
                "id": len(ids),
                **owner,
                "file_name": row.file_name,
                "size": row.size,
                "media_type": row.media_type,
                "sha256": row.sha256,
                "annex": row.annex,
                "created_by": row.created_by,
                "created_at": _iso(row.created_at),
                "deleted_at": _iso(row.deleted_at),
            }
        )
    return entries, ids


def write_document(out: TextIO, doc: dict[str, Any], read_session: Any, attachment_ids: Sequence[int]) -> None:
    """Write `doc` as JSON to `out`, its attachments last with their content streamed from the store."""
    entries = doc.get(KEY, [])
    rest = {k: value for k, value in doc.items() if k != KEY}
    head = json.dumps(rest, ensure_ascii=False, indent=2, sort_keys=False).rstrip()
    out.write(head[:-1].rstrip())  # the document without its closing brace
    out.write(f',\n  "{KEY}": [')
    for number, (entry, attachment_id) in enumerate(zip(entries, attachment_ids)):
        details = json.dumps(entry, ensure_ascii=False)
        out.write(("," if number else "") + "\n    " + details[:-1] + ', "content_base64": "')
        with read_session() as session:
            _write_base64(out, session, attachment_id)
        out.write('"}')
    out.write("\n  ]\n}\n" if entries else "]\n}\n")


def _write_base64(out: TextIO, session: Session, attachment_id: int) -> None:
    pending = b""
    for piece in iter_content(session, attachment_id):
        pending += piece
        cut = len(pending) // 3 * 3
        if cut >= _ENCODE_BYTES:
            out.write(base64.b64encode(pending[:cut]).decode("ascii"))
            pending = pending[cut:]
    out.write(base64.b64encode(pending).decode("ascii"))


def check_entries(doc: dict[str, Any], follow_up_counts: dict[int, int]) -> list[dict[str, Any]]:
    """The archive's attachment entries, checked (owner, name, hash, stamps); ImportFormatError naming the first problem."""
    entries = doc.get(KEY, [])
    if not isinstance(entries, list) or not all(isinstance(x, dict) for x in entries):
        raise ImportFormatError(KEY, "must be a list of objects")
    for i, entry in enumerate(entries):
        where = f"{KEY}[{i}]"
        meeting = entry.get("meeting_id")
        if isinstance(meeting, bool) or meeting not in follow_up_counts:
            raise ImportFormatError(f"{where}.meeting_id", f"{meeting!r} does not name a meeting in the file")
        index = entry.get("follow_up_index")
        if index is not None and (
            isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < follow_up_counts[meeting]
        ):
            raise ImportFormatError(f"{where}.follow_up_index", f"{index!r} does not name a follow-up of its meeting")
        try:
            entry["file_name"] = clean_name(entry.get("file_name") if isinstance(entry.get("file_name"), str) else "")
        except ValidationError as exc:
            raise ImportFormatError(f"{where}.file_name", exc.message) from exc
        if not isinstance(entry.get("sha256"), str) or not _SHA256.fullmatch(entry["sha256"]):
            raise ImportFormatError(f"{where}.sha256", "must be 64 lowercase hexadecimal digits")
        if not isinstance(entry.get("content_base64"), str):
            raise ImportFormatError(f"{where}.content_base64", "must be the file's content in base64")
        for key, limit in (("media_type", 200), ("created_by", 300)):
            if not isinstance(entry.get(key, ""), str) or len(entry.get(key, "")) > limit:
                raise ImportFormatError(f"{where}.{key}", f"must be text of at most {limit} characters")
        if not isinstance(entry.get("annex", False), bool):
            raise ImportFormatError(f"{where}.annex", "must be true or false")
        for key in ("created_at", "deleted_at"):
            stamp(entry, key, where)
    return entries


def write_entries(session: Session, entries: list[dict[str, Any]], meeting_rows: dict[int, m.MeetingRow]) -> set[int]:
    """Store the checked entries; returns the ids of the meetings they belong to (to reindex)."""
    touched: set[int] = set()
    for i, entry in enumerate(entries):
        meeting = meeting_rows[entry["meeting_id"]]
        index = entry.get("follow_up_index")
        owner_kind, owner_id = ("meeting", meeting.id) if index is None else ("follow_up", meeting.follow_ups[index].id)
        created = stamp(entry, "created_at", "")
        row = m.AttachmentRow(
            owner_kind=owner_kind,
            owner_id=owner_id,
            file_name=entry["file_name"],
            size=0,
            media_type=entry.get("media_type") or "application/octet-stream",
            sha256="",
            annex=bool(entry.get("annex", False)),
            sort_order=i + 1,
            created_by=entry.get("created_by", ""),
            deleted_at=stamp(entry, "deleted_at", ""),
        )
        if created is not None:
            row.created_at = created
        session.add(row)
        session.flush()
        row.size, row.sha256 = _write_content(session, row.id, entry["content_base64"], f"{KEY}[{i}]")
        if row.sha256 != entry["sha256"]:
            raise ImportFormatError(f"{KEY}[{i}].sha256", "does not match the content: the file is damaged")
        entry["content_base64"] = ""  # the text is no longer needed
        touched.add(meeting.id)
    return touched


def _write_content(session: Session, attachment_id: int, text: str, where: str) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    for seq, start in enumerate(range(0, len(text), _B64_PIECE)):
        try:
            piece = base64.b64decode(text[start : start + _B64_PIECE], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ImportFormatError(f"{where}.content_base64", "is not valid base64") from exc
        digest.update(piece)
        size += len(piece)
        session.execute(insert(m.AttachmentChunkRow), {"attachment_id": attachment_id, "seq": seq, "data": piece})
    return size, digest.hexdigest()
