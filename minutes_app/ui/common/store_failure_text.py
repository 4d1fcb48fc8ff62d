"""The store's failures (store/failures.py) in the interface language, by their reason, and the read-only banner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from minutes_app.domain import errors
from minutes_app.domain.errors import StoreError

CONTEXT = "StoreFailure"
# The same English sentences as store/failures.SENTENCES (a test keeps them equal), marked for lupdate.
_SENTENCES: dict[str, object] = {
    errors.DISK_FULL: QT_TRANSLATE_NOOP(
        "StoreFailure", "The disk is full: nothing was saved; free some space and save again."
    ),
    errors.LOCKED: QT_TRANSLATE_NOOP(
        "StoreFailure",
        "The data is in use by another window, program or colleague and stayed locked for 30 seconds: "
        "nothing was saved; try again in a moment.",
    ),
    errors.READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreFailure",
        "The data folder or file is read-only: nothing can be saved here. "
        "Ask for write access to the folder, or work on a copy in a folder you can write to.",
    ),
    errors.IO_ERROR: QT_TRANSLATE_NOOP(
        "StoreFailure",
        "The disk reported an error while reading or writing the data: nothing was saved. "
        "Check the disk or network drive, then save again.",
    ),
    errors.DAMAGED: QT_TRANSLATE_NOOP(
        "StoreFailure",
        "The data file is damaged: nothing was saved. Close the app and open it again to restore a backup.",
    ),
    errors.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "StoreFailure",
        "The database cannot be reached: nothing was saved; check the network or the server, then save again.",
    ),
    errors.REFUSED: QT_TRANSLATE_NOOP(
        "StoreFailure",
        "The team server refused this change: your role does not allow it (a reader, a meeting of another "
        "department, a marking above your clearance, or a shared list only a head of department changes). "
        "Nothing was saved.",
    ),
}


def store_failure_text(error: StoreError) -> str:
    """The sentence for a store failure in the interface language (the error's own words for other reasons)."""
    sentence = _SENTENCES.get(error.reason)
    return QCoreApplication.translate(CONTEXT, str(sentence)) if sentence is not None else str(error)


def read_only_banner() -> str:
    """The line shown above every page while the store is open read-only."""
    return QCoreApplication.translate(
        "StoreFailure",  # a literal, not CONTEXT: lupdate reads only literal contexts
        "This data folder is read-only: you can browse, search and export, but nothing can be saved. "
        "Ask for write access to the folder, or work on a copy in a folder you can write to.",
    )


def read_only_banner_label(read_only: bool) -> QLabel:
    """The banner above the pages, shown only while the store is read-only."""
    label = QLabel(read_only_banner())
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 6px 10px; }")
    label.setVisible(read_only)
    return label
