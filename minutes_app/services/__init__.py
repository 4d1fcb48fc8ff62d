"""The service layer: every read and write the GUI and the command line make, one transaction each."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from minutes_app.domain.errors import REFUSED, StoreError
from minutes_app.paths import AppPaths
from minutes_app.store.database import Store, open_store

# Each service is imported when first used: importing them all took a third of the start before the
# window's first paint, and the meetings page needs only a few (the others follow the officer's clicks).
if TYPE_CHECKING:
    from minutes_app.services.attachments import AttachmentService
    from minutes_app.services.audit import AuditService
    from minutes_app.services.change_watch import ChangeWatch
    from minutes_app.services.directory import DirectoryService
    from minutes_app.services.documents import DocumentService
    from minutes_app.services.dossier import DossierService
    from minutes_app.services.followups import FollowUpService
    from minutes_app.services.meeting_list import MeetingListService
    from minutes_app.services.meetings import MeetingService
    from minutes_app.services.roles import RoleService
    from minutes_app.services.search import SearchService
    from minutes_app.services.settings import SettingsService
    from minutes_app.services.team_roles import Access
    from minutes_app.services.topics import TopicService
    from minutes_app.services.trash import TrashService


class Services:
    """All services over one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._access: Access | None = None

    @functools.cached_property
    def meetings(self) -> MeetingService:
        """Meetings: read, save, delete."""
        from minutes_app.services.meetings import MeetingService

        return MeetingService(self.store)

    @functools.cached_property
    def meeting_list(self) -> MeetingListService:
        """The meetings page's list, paged in SQL."""
        from minutes_app.services.meeting_list import MeetingListService

        return MeetingListService(self.store)

    @functools.cached_property
    def follow_ups(self) -> FollowUpService:
        """The tracker's follow-ups."""
        from minutes_app.services.followups import FollowUpService

        return FollowUpService(self.store)

    @functools.cached_property
    def directory(self) -> DirectoryService:
        """People and organisations."""
        from minutes_app.services.directory import DirectoryService

        return DirectoryService(self.store)

    @functools.cached_property
    def topics(self) -> TopicService:
        """Topics."""
        from minutes_app.services.topics import TopicService

        return TopicService(self.store)

    @functools.cached_property
    def roles(self) -> RoleService:
        """Attendance roles."""
        from minutes_app.services.roles import RoleService

        return RoleService(self.store)

    @functools.cached_property
    def settings(self) -> SettingsService:
        """The store's settings."""
        from minutes_app.services.settings import SettingsService

        return SettingsService(self.store)

    @functools.cached_property
    def trash(self) -> TrashService:
        """Deleted records and their restoring."""
        from minutes_app.services.trash import TrashService

        return TrashService(self.store)

    @functools.cached_property
    def search(self) -> SearchService:
        """Search over every record."""
        from minutes_app.services.search import SearchService

        return SearchService(self.store)

    @functools.cached_property
    def dossier(self) -> DossierService:
        """A counterpart's dossier."""
        from minutes_app.services.dossier import DossierService

        return DossierService(self.store)

    @functools.cached_property
    def documents(self) -> DocumentService:
        """Minutes, status reports, briefing notes, calendars and spreadsheets (the Word code loads at the first)."""
        from minutes_app.services.documents import DocumentService

        return DocumentService(self)

    @functools.cached_property
    def attachments(self) -> AttachmentService:
        """Files attached to meetings and follow-ups."""
        from minutes_app.services.attachments import AttachmentService

        return AttachmentService(self.store)

    @functools.cached_property
    def audit(self) -> AuditService:
        """The audit trail."""
        from minutes_app.services.audit import AuditService

        return AuditService(self.store)

    @property
    def paths(self) -> AppPaths:
        """Where the store lives."""
        return self.store.paths

    def access(self) -> Access:
        """What the signed-in user may do (their role on a team server; everything on this computer's store).

        Read once per connection: the server enforces the roles whatever this says, so a role changed meanwhile
        shows as a refused save, and as greyed-out controls at the next connection.
        """
        if self._access is None:
            from minutes_app.services.team_roles import current_access

            self._access = current_access(self.store)
        return self._access

    def watch_changes(self) -> ChangeWatch:
        """A watch reporting what other processes and connections commit to this store (close it when done)."""
        from minutes_app.services.change_watch import ChangeWatch

        return ChangeWatch(self.store)

    def close(self) -> None:
        """Close the store."""
        self.store.close()


def open_services(paths: AppPaths, *, defer_check: bool = False) -> Services:
    """Open (creating and migrating as needed) the store at `paths` with all its services.

    The search index (and the meetings page's list texts) is rebuilt here when it was built by another version of the app, so a
    migration never has to run the index builder of a later version (services/search_index.py).
    With `defer_check` the integrity check is left to run beside the window (store/integrity_gate.py).
    """
    store = open_store(paths, defer_check=defer_check)
    if not store.read_only:
        from minutes_app.services import meeting_list_text, search_index

        with store.reading() as session:
            current = search_index.is_current(session) and meeting_list_text.is_current(session)
        if not current:  # a write transaction only when there is something to write
            try:
                with store.writing() as session:
                    search_index.ensure_current(session)
                    meeting_list_text.ensure_current(session)
            except StoreError as exc:
                if exc.reason != REFUSED:
                    raise
                # A reader (or a member who sees part of the store) cannot rebuild the shared index: the
                # schema owner's next opening does; until then search answers from the index as it is.
    return Services(store)
