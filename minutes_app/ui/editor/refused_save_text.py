"""What the editor says about a refused save: the service's field path parsed, its message worded for people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.errors import ValidationError

_PATH = re.compile(r"^(?P<list>[a-z_]+)\[(?P<number>\d+)\](?:\.(?P<field>[a-z_]+))?$")


@dataclass(frozen=True, slots=True)
class FieldPath:
    """Where an error points: a meeting field ("title"), or a field of the n-th item of a list."""

    list: str  # "" for a field of the meeting itself; else "participants", "agenda", "decisions", "follow_ups"
    index: int  # 0-based position in that list (0 for the meeting's own fields)
    field: str


def parse_field(path: str) -> FieldPath:
    """Split a service field path such as "follow_ups[2].due_date" (1-based) into its parts."""
    found = _PATH.match(path)
    if found is None:
        return FieldPath("", 0, path)
    return FieldPath(found["list"], int(found["number"]) - 1, found["field"] or "")


def describe(error: ValidationError) -> str:
    """The error's message for a person: known messages translated, others as the service wrote them."""
    message = error.message
    if message == "is required":
        return QCoreApplication.translate("EditorMessages", "This cannot be left empty.")
    if message == "the meeting cannot end before it starts":
        return QCoreApplication.translate("EditorMessages", "The meeting cannot end before it starts.")
    if message.startswith("is too long"):
        return (
            QCoreApplication.translate("EditorMessages", "This is too long.")
            + " "
            + message[len("is too long") :].strip()
        )
    if message.startswith("contains a control character"):
        return QCoreApplication.translate(
            "EditorMessages", "This contains an invisible control character that cannot be stored; retype it."
        )
    if message.startswith("unknown"):
        return QCoreApplication.translate(
            "EditorMessages", "This refers to a record that no longer exists ({0})."
        ).format(message)
    return message
