"""Telling a person about a service error in words, in a message box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain.errors import ConflictError, MinutesError, NotFoundError, StoreError, ValidationError
from minutes_app.ui.common.store_failure_text import store_failure_text
from minutes_app.ui.team.connection_banner import report_if_lost

if TYPE_CHECKING:
    from minutes_app.ui.widgets.field_errors import FieldErrors

T = TypeVar("T")


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
    if isinstance(error, StoreError):
        return store_failure_text(error)
    return str(error)


def show_error(parent: QWidget | None, title: str, error: MinutesError) -> None:
    """A warning box about a service error."""
    report_if_lost(error)  # a lost connection also shows the window's banner until it answers again
    QMessageBox.warning(parent, title, describe_error(error))


def required_message() -> str:
    """The text shown under a required field left empty."""
    return QCoreApplication.translate("Messages", "This field is required.")


def field_message(error: ValidationError) -> str:
    """The text shown under a field the services refused."""
    if error.message == "is required":
        return required_message()
    return error.message


def save_reporting_errors(parent: QWidget, errors: FieldErrors, save: Callable[[], T]) -> T | None:
    """Run a service call; a ValidationError shows next to its field (else in a box), any other
    MinutesError in a box. Returns the call's result, or None when it failed."""
    try:
        return save()
    except ValidationError as error:
        if not errors.show(error.field, field_message(error)):
            show_error(parent, parent.windowTitle(), error)
    except MinutesError as error:
        show_error(parent, parent.windowTitle(), error)
    return None
