"""Search results as a two-level tree: a group row per kind (with its count), the hits of that kind under it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes_app.domain.records import SearchHit
from minutes_app.services.search import snippet
from minutes_app.ui.common.formatting import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit behind a hit row (None on a group row)
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the hit's date as shown ("" for people and organisations)
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4
_GROUP_ID = 0  # internalId of a group row; a hit row's is its group's row + 1

CONTEXT = "SearchResults"
_GROUP_TITLES = {
    "meeting": QT_TRANSLATE_NOOP("SearchResults", "Meetings"),
    "person": QT_TRANSLATE_NOOP("SearchResults", "People"),
    "organisation": QT_TRANSLATE_NOOP("SearchResults", "Organisations"),
    "agenda_item": QT_TRANSLATE_NOOP("SearchResults", "Agenda items"),
    "decision": QT_TRANSLATE_NOOP("SearchResults", "Decisions"),
    "follow_up": QT_TRANSLATE_NOOP("SearchResults", "Follow-ups"),
    "note": QT_TRANSLATE_NOOP("SearchResults", "Notes"),
}


def group_title(kind: str) -> str:
    """The translated name of a kind of hit, as its group is headed."""
    source = _GROUP_TITLES.get(kind)
    return QCoreApplication.translate("SearchResults", str(source)) if source else kind


@dataclass(slots=True)
class _Group:
    kind: str
    hits: list[SearchHit] = field(default_factory=list)
    more: bool = False  # the search found more than it was asked to show


class SearchResultsModel(QAbstractItemModel):
    """Hits grouped by kind, in the order the search service returns them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._terms: list[str] = []  # the query's terms, to cut the snippets around
        self._words: dict[str, bool] = {}  # words known to match them, or not

    def set_hits(self, hits: list[SearchHit], *, shown_per_kind: int, terms: list[str] | None = None) -> None:
        """Show `hits`, at most `shown_per_kind` of each kind; a kind with more is counted as "N+".

        Hits that carry their `detail` rather than a snippet have it cut around `terms` when first shown:
        a search lists up to 357 hits, and the panel shows about twenty.
        """
        self._terms = terms or []
        self._words = {}
        groups: dict[str, _Group] = {}
        for hit in hits:
            group = groups.setdefault(hit.kind, _Group(hit.kind))
            if len(group.hits) < shown_per_kind:
                group.hits.append(hit)
            else:
                group.more = True
        self.beginResetModel()
        self._groups = list(groups.values())
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_hits([], shown_per_kind=1)

    def hit_count(self) -> int:
        """How many hits are shown, in every group."""
        return sum(len(group.hits) for group in self._groups)

    def hits_of(self, kind: str) -> list[SearchHit]:
        """The hits shown under one kind."""
        return next((list(g.hits) for g in self._groups if g.kind == kind), [])

    def hit_at(self, index: AnyIndex) -> SearchHit | None:
        """The hit of a hit row; None for a group row or an invalid index."""
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, SearchHit) else None

    def hit_indexes(self) -> list[QModelIndex]:
        """Every hit row, top to bottom (what Up and Down walk through)."""
        return [
            self.index(row, 0, self.index(group_row, 0))
            for group_row, group in enumerate(self._groups)
            for row in range(len(group.hits))
        ]

    # Qt's model interface ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP_ID) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP_ID or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].hits):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP_ID and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: shown, never selected
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP_ID:
            return self._group_data(self._groups[index.row()], role)
        hit = self._groups[index.internalId() - 1].hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.title
        if role == HIT_ROLE:
            return hit
        if role == DATE_ROLE:
            return format_date(hit.date)
        if role == SNIPPET_ROLE:
            return self._snippet(hit)
        if role == IS_GROUP_ROLE:
            return False
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (hit.title, self._snippet(hit)) if part)
        return None

    def _snippet(self, hit: SearchHit) -> str:
        if hit.detail and not hit.snippet:
            hit.snippet, hit.detail = snippet(hit.detail, self._terms, cache=self._words), ""
        return hit.snippet

    def _group_data(self, group: _Group, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            count = f"{len(group.hits)}+" if group.more else str(len(group.hits))
            heading = QCoreApplication.translate("SearchResults", "%1 (%2)")
            return heading.replace("%1", group_title(group.kind)).replace("%2", count)
        if role == IS_GROUP_ROLE:
            return True
        return None
