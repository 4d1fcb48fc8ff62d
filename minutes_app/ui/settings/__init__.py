"""The Settings dialog and its editable lists (topics, roles)."""
