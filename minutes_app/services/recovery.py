"""Recovery copies of the meeting editor's unsaved work: written every few seconds, offered after a crash.

One JSON file per editor process in `paths.recovery_dir`, named after the meeting and the writing
process. A draft is stored exactly as typed and is never validated: it may be half-filled.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_app import live_store
from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError
from minutes_app.fsutil import atomic_path
from minutes_app.paths import AppPaths

log = logging.getLogger(__name__)

FORMAT = "minutes-app-recovery"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024  # far beyond any real meeting; a bigger file is not ours
_NAME = re.compile(r"^meeting-(?:\d+|new)-(?P<pid>\d+)\.json$")
_PART = re.compile(r"^\.meeting-(?:\d+|new)-(?P<pid>\d+)\.json\..*\.part$")

# The fields a recovery copy keeps, with how each is stored. Read-only fields the services fill in
# (names, history, timestamps) are left out: the editor looks them up again.
_MEETING = (
    ("id", "opt_int"),
    ("version", "int"),
    ("title", "str"),
    ("kind", "str"),
    ("date", "opt_date"),
    ("start_time", "opt_time"),
    ("end_time", "opt_time"),
    ("venue", "str"),
    ("host_organisation_id", "opt_int"),
    ("countries", "str_list"),
    ("reference_number", "str"),
    ("confidentiality", "str"),
    ("department", "later_str"),
    ("status", "str"),
    ("language", "str"),
    ("topic_ids", "int_list"),
    ("summary", "str"),
    ("prepared_by", "str"),
    ("approved_by", "str"),
    ("signatory_host", "later_str"),
    ("signatory_guest", "later_str"),
    ("translations", "translations"),
)
_ATTENDANCE = (
    ("id", "opt_int"),
    ("person_id", "opt_int"),
    ("organisation_id", "opt_int"),
    ("side", "str"),
    ("role", "str"),
    ("precedence", "int"),
    ("present", "bool"),
    ("position", "str"),
    ("translations", "translations"),
)
_AGENDA_ITEM = (("id", "opt_int"), ("title", "str"), ("notes", "str"), ("translations", "translations"))
_DECISION = (("id", "opt_int"), ("text", "str"), ("agenda_index", "opt_int"), ("translations", "translations"))
_FOLLOW_UP = (
    ("id", "opt_int"),
    ("meeting_id", "opt_int"),
    ("description", "str"),
    ("agenda_index", "opt_int"),
    ("decision_index", "opt_int"),
    ("owner_id", "opt_int"),
    ("department", "str"),
    ("counterpart_contact", "str"),
    ("due_date", "opt_date"),
    ("priority", "str"),
    ("topic_id", "opt_int"),
    ("status", "str"),
    ("completed_on", "opt_date"),
    ("version", "int"),
    ("translations", "translations"),
)
_LISTS: tuple[tuple[str, type[Any], tuple[tuple[str, str], ...]], ...] = (
    ("attendances", r.Attendance, _ATTENDANCE),
    ("agenda", r.AgendaItem, _AGENDA_ITEM),
    ("decisions", r.Decision, _DECISION),
    ("follow_ups", r.FollowUp, _FOLLOW_UP),
)


class RecoveryFileError(MinutesError):
    """A recovery file that cannot be read back (truncated, damaged, or not one of ours)."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """One recovery file as listed: whose unsaved work it holds and when it was written."""

    path: Path
    pid: int  # the process that wrote it
    meeting_id: int | None  # None for a meeting never saved
    meeting_version: int  # the stored version the unsaved work started from
    title: str
    saved_at: dt.datetime  # UTC, timezone-aware


def recovery_path(paths: AppPaths, meeting_id: int | None, pid: int) -> Path:
    """Where the editor of process `pid` keeps its copy of the meeting's unsaved work."""
    return paths.recovery_dir / f"meeting-{meeting_id if meeting_id is not None else 'new'}-{pid}.json"


def write_recovery(paths: AppPaths, meeting: r.Meeting, *, pid: int, now: dt.datetime | None = None) -> Path:
    """Write the meeting as it stands (unvalidated) to its recovery file, atomically; returns the file."""
    saved_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "pid": pid,
        "saved_at": saved_at.isoformat(),
        "meeting": _encode(meeting, _MEETING)
        | {name: [_encode(x, spec) for x in getattr(meeting, name)] for name, _, spec in _LISTS},
    }
    target = recovery_path(paths, meeting.id, pid)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = json.dumps(document, indent=1)  # ASCII escapes keep any character, lone surrogates included
    with atomic_path(target, private=True) as tmp:  # the meeting's text: the owner's eyes only
        tmp.write_text(text, encoding="ascii")
    return target


def list_recoveries(paths: AppPaths) -> list[Recovery]:
    """Every readable recovery file, newest first; unreadable ones are skipped with a log line."""
    folder = paths.recovery_dir
    if not folder.is_dir():
        return []
    try:
        names = sorted(path for path in folder.iterdir() if _NAME.match(path.name))
    except OSError as error:
        log.warning("cannot list the recovery folder %s: %s", folder, error)
        return []
    found: list[Recovery] = []
    for path in names:
        try:
            document = _load(path)
            meeting = _decode_meeting(document)
            found.append(
                Recovery(
                    path=path,
                    pid=_read(document, "pid", "int", "pid"),
                    meeting_id=meeting.id,
                    meeting_version=meeting.version,
                    title=meeting.title,
                    saved_at=_saved_at(document),
                )
            )
        except RecoveryFileError as error:
            log.warning("skipping the unreadable recovery file %s: %s", path, error)
    found.sort(key=lambda item: item.saved_at, reverse=True)
    return found


def abandoned_recoveries(paths: AppPaths, *, is_running: Callable[[int], bool] | None = None) -> list[Recovery]:
    """The recovery files whose writing process is gone: unsaved work left by a crash, to offer back.

    Called at start-up, before this process opens an editor: a file bearing this process's own id
    can then only come from an earlier process that had the same id.
    """
    running = is_running or process_exists
    own = os.getpid()
    _remove_abandoned_parts(paths.recovery_dir, running)
    return [item for item in list_recoveries(paths) if item.pid == own or not running(item.pid)]


def read_recovery(path: Path) -> r.Meeting:
    """The meeting a recovery file holds (RecoveryFileError when it cannot be read back)."""
    return _decode_meeting(_load(path))


def discard_recovery(path: Path) -> None:
    """Delete a recovery file (nothing happens when it is already gone)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("could not delete the recovery file %s: %s", path, error)


def process_exists(pid: int) -> bool:
    """True while a process with this id runs (an id the system cannot check counts as running)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


# Encoding -------------------------------------------------------------------------------------


def _encode(record: object, spec: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, kind in spec:
        value = getattr(record, name)
        if kind in ("opt_date", "opt_time"):
            value = value.isoformat() if value is not None else None
        elif kind in ("str_list", "int_list"):
            value = list(value)
        elif kind == "translations":
            value = {name: dict(texts) for name, texts in value.items()}
        result[name] = value
    return result


# Decoding: every value checked, any surprise a RecoveryFileError -------------------------------


def _load(path: Path) -> dict[str, Any]:
    refused = live_store.refusal(path)  # a link to the store: read with open(), it would drop our locks
    if refused:
        raise RecoveryFileError(refused)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise RecoveryFileError("the file is too big to be a recovery copy")
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise RecoveryFileError(f"cannot read it: {error}") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RecoveryFileError("not a recovery copy of this app")
    if document.get("format_version") != FORMAT_VERSION:
        raise RecoveryFileError(f"written in an unknown format version {document.get('format_version')!r}")
    return document


def _saved_at(document: dict[str, Any]) -> dt.datetime:
    text = _read(document, "saved_at", "str", "saved_at")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise RecoveryFileError(f"saved_at: {error}") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _decode_meeting(document: dict[str, Any]) -> r.Meeting:
    data = document.get("meeting")
    if not isinstance(data, dict):
        raise RecoveryFileError("meeting: missing")
    meeting = r.Meeting(**_decode(data, _MEETING, "meeting"))
    for name, record_type, spec in _LISTS:
        items = data.get(name)
        if not isinstance(items, list):
            raise RecoveryFileError(f"meeting.{name}: not a list")
        decoded = []
        for number, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise RecoveryFileError(f"meeting.{name}[{number}]: not an object")
            decoded.append(record_type(**_decode(item, spec, f"meeting.{name}[{number}]")))
        setattr(meeting, name, decoded)
    return meeting


def _decode(data: dict[str, Any], spec: tuple[tuple[str, str], ...], where: str) -> dict[str, Any]:
    return {name: _read(data, name, kind, f"{where}.{name}") for name, kind in spec}


def _read(data: dict[str, Any], name: str, kind: str, where: str) -> Any:
    if kind == "translations":
        return _read_translations(data.get(name, {}), where)  # copies written before translations have none
    if kind == "later_str":  # copies written before the field existed have none: blank
        kind = "str"
        data = {name: ""} | data
    if name not in data:
        raise RecoveryFileError(f"{where}: missing")
    value = data[name]
    if kind.startswith("opt_") and value is None:
        return None
    base = kind.removeprefix("opt_")
    if base == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if base == "str" and isinstance(value, str):
        return value
    if base == "bool" and isinstance(value, bool):
        return value
    if base in ("date", "time") and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if base == "date" else dt.time.fromisoformat(value)
        except ValueError as error:
            raise RecoveryFileError(f"{where}: {error}") from error
    if base == "str_list" and isinstance(value, list) and all(isinstance(x, str) for x in value):
        return list(value)
    if (
        base == "int_list"
        and isinstance(value, list)
        and all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    ):
        return list(value)
    raise RecoveryFileError(f"{where}: unexpected value {value!r:.40}")


def _read_translations(value: object, where: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict) or not all(
        isinstance(name, str)
        and isinstance(texts, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items())
        for name, texts in value.items()
    ):
        raise RecoveryFileError(f"{where}: unexpected value {value!r:.40}")
    return {name: dict(texts) for name, texts in value.items()}


def _remove_abandoned_parts(folder: Path, running: Callable[[int], bool]) -> None:
    """Delete half-written temporary files a killed writer left behind."""
    try:
        paths = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return
    for path in paths:
        found = _PART.match(path.name)
        if found and not running(int(found["pid"])) and int(found["pid"]) != os.getpid():
            discard_recovery(path)
