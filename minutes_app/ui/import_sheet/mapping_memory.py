"""Remembering a sheet's column mapping and value choices for next time, keyed by its header names."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QSettings

_PREFIX = "import_sheet/layouts/"


def _key(signature: str) -> str:
    return _PREFIX + hashlib.sha1(signature.encode("utf-8")).hexdigest()[:16]  # a short name, not a secret


def remembered(settings: QSettings, signature: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The mapping (field -> header name) and value choices last used for sheets with these headers."""
    try:
        data = json.loads(str(settings.value(_key(signature), "") or "{}"))
    except json.JSONDecodeError:
        return {}, {}
    if not isinstance(data, dict):
        return {}, {}
    mapping = data.get("mapping", {})
    values = data.get("values", {})
    if not isinstance(mapping, dict) or not isinstance(values, dict):
        return {}, {}
    return (
        {str(k): str(v) for k, v in mapping.items()},
        {str(f): {str(k): str(v) for k, v in t.items()} for f, t in values.items() if isinstance(t, dict)},
    )


def remember(settings: QSettings, signature: str, mapping: dict[str, str], values: dict[str, dict[str, str]]) -> None:
    """Keep the mapping and value choices for the next sheet with the same headers."""
    settings.setValue(_key(signature), json.dumps({"mapping": mapping, "values": values}, ensure_ascii=False))
