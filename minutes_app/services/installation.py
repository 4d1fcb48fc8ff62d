"""This installation's random id, made once and kept in the store: it makes calendar UIDs unique to it."""

from __future__ import annotations

import hashlib
import uuid

from minutes_app.domain.errors import ConflictError, StoreError
from minutes_app.store import models as m
from minutes_app.store.database import Store

INSTALLATION_ID_KEY = "installation_id"


def _stored(store: Store) -> str | None:
    with store.reading() as session:
        row = session.get(m.SettingRow, INSTALLATION_ID_KEY)
        return row.value if row is not None and row.value else None


def installation_id(store: Store) -> str:
    """The store's installation id (32 hex digits), made and kept on first use.

    A read-only store that has none gets one derived from its location, the same on every export.
    """
    found = _stored(store)
    if found:
        return found
    if store.read_only:
        location = store.engine.url.render_as_string(hide_password=True)
        return hashlib.sha256(location.encode("utf-8")).hexdigest()[:32]
    try:
        with store.writing() as session:
            if session.get(m.SettingRow, INSTALLATION_ID_KEY) is None:
                session.add(m.SettingRow(key=INSTALLATION_ID_KEY, value=uuid.uuid4().hex))
    except (ConflictError, StoreError):
        # Another window or officer made it at the same moment: theirs is kept.
        if _stored(store) is None:
            raise
    found = _stored(store)
    assert found is not None  # written above, or by the other writer
    return found
