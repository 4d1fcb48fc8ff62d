"""The service-level measures on a database server (PostgreSQL): what each interaction asks of the store.

The GUI measures start the app on an SQLite file; against a server, what differs is the time the
database takes to answer, so these measures time the service calls each interaction makes, the
same calls the widgets make, with the p90 held under 100 ms.
"""

from __future__ import annotations

import datetime as dt
import time

from benchmarks.measures import Result, _meeting_to_save, _timed, percentile, topic_ids

TODAY = dt.date(2026, 11, 27)
TARGET = "p90 < 100 ms"
# the words measure 3 types, one key at a time
WORDS = ["edelgeriev", "aliyev transport", "şəki", "товарооборот", "north-south", "cabbarov"]
SORTS = ["due_date", "description", "meeting_date", "owner_name", "department", "status_rank", "country"]


def _services(url: str):  # type: ignore[no-untyped-def]
    from minutes_app.paths import resolve_paths
    from minutes_app.services import open_services

    return open_services(resolve_paths(db=url))


def _result(name: str, times: list[float]) -> Result:
    return Result(name, times, None, TARGET, percentile(times, 90) < 0.100)


def measure_server_search(url: str, *, runs: int) -> Result:
    """Search per keystroke: the search service as the results panel calls it."""
    from minutes_app.ui.search.global_search import SHOWN_PER_KIND

    services = _services(url)
    times: list[float] = []
    for _ in range(max(1, runs // 3)):
        for word in WORDS:
            for end in range(1, len(word) + 1):
                times += _timed(
                    lambda q=word[:end]: services.search.search(q, limit_per_kind=SHOWN_PER_KIND + 1, snippets=False), 1
                )
    services.close()
    return _result("3. search per keystroke (service)", times)


def measure_server_filter(url: str, *, runs: int) -> Result:
    """Tracker: the combined filter's first page and count, as the table model asks for them."""
    from minutes_app.domain.filters import FollowUpFilter

    services = _services(url)
    flt = FollowUpFilter(statuses=["open"], country="TR", text="transport")

    def apply() -> None:
        page = services.follow_ups.page_after(flt, None, today=TODAY, limit=500)
        if len(page.rows) == 500:
            services.follow_ups.count(flt, today=TODAY)
        if not page.rows:
            raise RuntimeError("the combined filter found nothing")

    apply()
    times = _timed(apply, max(runs, 10))
    services.close()
    return _result("2. tracker combined filter (service)", times)


def measure_server_pages(url: str, *, runs: int) -> Result:
    """Tracker: every page from the first to the last (default order), and the first page each way of each sort."""
    from minutes_app.domain.filters import FollowUpFilter

    services = _services(url)
    everything = FollowUpFilter()
    times = _timed(lambda: services.follow_ups.count(everything, today=TODAY), 1)
    after = None
    rows = 0
    while True:
        began = time.perf_counter()
        page = services.follow_ups.page_after(everything, after, today=TODAY, limit=500)
        times.append(time.perf_counter() - began)
        if not page.rows:
            break
        rows += len(page.rows)
        after = page.last_key
    for sort in SORTS:
        for descending in (False, True):
            flt = FollowUpFilter(sort=sort, descending=descending)
            times += _timed(lambda f=flt: services.follow_ups.page_after(f, None, today=TODAY, limit=500), 1)
    services.close()
    return _result(f"7. tracker pages ({rows:,} rows; {len(SORTS)} sorts both ways)", times)


def measure_server_open_meeting(url: str, *, runs: int) -> Result:
    """What the editor reads from the store to open a 12-attendee meeting."""
    services = _services(url)
    listed = services.meetings.list_meetings()
    meeting_id = listed[len(listed) // 2].id

    def open_it() -> None:
        services.meetings.get(meeting_id)
        services.meetings.language_of(meeting_id)
        services.directory.people()
        services.directory.organisations()
        services.topics.list_topics(include_inactive=True)
        services.follow_ups.departments()

    open_it()
    times = _timed(open_it, max(runs, 10))
    services.close()
    return _result("9. open a meeting in the editor (service)", times)


def measure_server_overdue(url: str, *, runs: int) -> Result:
    """The overdue count the navigation shows after every change."""
    services = _services(url)
    services.follow_ups.count_overdue(today=TODAY)
    times = _timed(lambda: services.follow_ups.count_overdue(today=TODAY), max(runs, 10))
    services.close()
    return _result("8. overdue count (service)", times)


def measure_server_save(url: str, *, runs: int) -> Result:
    """Save a meeting with 12 attendees, 6 agenda items and 8 follow-ups (adds meetings to the benchmark's database)."""
    services = _services(url)
    counter = iter(range(10**6))
    topics = topic_ids(services)
    services.meetings.save(_meeting_to_save(topics, next(counter)))
    times = _timed(lambda: services.meetings.save(_meeting_to_save(topics, next(counter))), max(runs, 10))
    services.close()
    return _result("4. save a 12/6/8 meeting (service)", times)


def measure_server_history(url: str, *, runs: int) -> Result:
    """Select the follow-up with the longest history: what the detail pane reads."""
    from minutes_app.ui.tracker.followups_page import HISTORY_SHOWN

    services = _services(url)

    def select_it() -> None:
        services.follow_ups.get(1, latest_notes=HISTORY_SHOWN)
        services.follow_ups.note_count(1)

    select_it()
    times = _timed(select_it, max(runs, 10))
    services.close()
    return _result("10. select the follow-up with the longest history (service)", times)


SERVER_MEASURES = [
    measure_server_search,
    measure_server_filter,
    measure_server_pages,
    measure_server_overdue,
    measure_server_open_meeting,
    measure_server_history,
    measure_server_save,
]
