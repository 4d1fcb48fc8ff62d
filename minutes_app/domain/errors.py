"""Typed errors the services raise; each names what is wrong so the UI and CLI can say it."""

from __future__ import annotations


class MinutesError(Exception):
    """Base of every error the app reports to a person rather than as a crash."""


class ValidationError(MinutesError):
    """Input that cannot be stored; `field` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(MinutesError):
    """A record that was asked for does not exist (or is in the trash)."""

    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"{kind} {record_id} does not exist")
        self.kind = kind
        self.record_id = record_id


class ConflictError(MinutesError):
    """The record changed in the store since it was opened (another window or officer)."""

    def __init__(self, kind: str, record_id: object, expected: int | None = None, actual: int | None = None) -> None:
        # The id and versions are unknown when the database itself caught the race (at flush).
        record = kind if record_id is None else f"{kind} {record_id}"
        versions = "" if expected is None or actual is None else f" (version {expected}, now {actual})"
        super().__init__(f"{record} was changed elsewhere since it was opened{versions}")
        self.kind = kind
        self.record_id = record_id
        self.expected = expected
        self.actual = actual


# StoreError reasons of a store in use that failed; store/failures.py turns driver errors into them.
DISK_FULL, LOCKED, READ_ONLY, IO_ERROR, DAMAGED, UNAVAILABLE = (
    "disk_full",
    "locked",
    "read_only",
    "io_error",
    "damaged",
    "unavailable",
)
# A team server refused the change: the user's role or department does not allow it (SQLSTATE 42501).
REFUSED = "refused"


class StoreError(MinutesError):
    """The store cannot be opened or used: damaged, not a database, too new, unwritable."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # machine-readable: "not_a_database", "damaged", "too_new", ...


class ImportFormatError(MinutesError):
    """An import file that is not valid; `where` says where in the file the problem lies."""

    def __init__(self, where: str, message: str, *, record: str = "") -> None:
        place = f"{where} ({record})" if where and record else where
        super().__init__(f"{place}: {message}" if place else message)
        self.where = where
        self.message = message
        self.record = record  # the records `where` passes through, named: 'meeting "Visit of…"'


class ExportError(MinutesError):
    """An export that could not be written (bad template, unwritable folder, file in use)."""


class LiveStoreFileError(ExportError):
    """A chosen file that is the open store itself or its -wal/-shm/-journal (see live_store)."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path  # the file as the person named it (a template or an export target)
