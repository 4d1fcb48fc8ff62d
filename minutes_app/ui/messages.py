"""Telling a person about a service error in words, in a message box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain.errors import ConflictError, MinutesError, NotFoundError, ValidationError


def describe_error(error: MinutesError) -> str:
    """A sentence about `error` for a person (the services' own words for validation details)."""
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "Messages", "This record no longer exists; it may have been deleted in another window or by a colleague."
        )
    if isinstance(error, ConflictError):
        return QCoreApplication.translate(
            "Messages", "This record was changed elsewhere since you opened it. Reload it and make your change again."
        )
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("Messages", "Not saved: %1").replace("%1", str(error))
    return str(error)


def show_error(parent: QWidget | None, title: str, error: MinutesError) -> None:
    """A warning box about a service error."""
    QMessageBox.warning(parent, title, describe_error(error))


def required_message() -> str:
    """The text shown under a required field left empty."""
    return QCoreApplication.translate("Messages", "This field is required.")


def field_message(error: ValidationError) -> str:
    """The text shown under a field the services refused."""
    if error.message == "is required":
        return required_message()
    return error.message
