"""The PySide6 desktop app: windows, pages, dialogs and table models over the service layer."""
