"""The PySide6 desktop app: windows, pages, dialogs and table models over the service layer."""

from minutes_app.ui.pyside_source_scan import skip_source_scan

skip_source_scan()  # before the app's Qt modules are imported: PySide6 would read each one's source
