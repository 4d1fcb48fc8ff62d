"""Another officer's app, as a separate process, writing to the same store (for the live-update tests).

Usage: python tests/other_officer.py DATA_DIR DB_URL_OR_DASH ACTION ARGS...
  title MEETING_ID TEXT      save the meeting with a new title
  venue MEETING_ID TEXT      save the meeting with a new venue
  done FOLLOW_UP_ID          mark the follow-up done (as the tracker does)
  new TITLE DATE             record a new meeting on that ISO date
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace

from minutes_app.domain.records import Meeting
from minutes_app.paths import resolve_paths
from minutes_app.services import open_services


def main(argv: list[str]) -> None:
    """Open the store like the app does, make one change, close."""
    data_dir, db, action, *args = argv
    paths = resolve_paths(data_dir=data_dir, db=None if db == "-" else db)
    services = open_services(paths)
    try:
        if action in ("title", "venue"):
            meeting = services.meetings.get(int(args[0]))
            services.meetings.save(replace(meeting, **{action: args[1]}), author="colleague")
        elif action == "done":
            follow_up = services.follow_ups.get(int(args[0]))
            services.follow_ups.change_status(
                follow_up.id, "done", note="Done by a colleague", expected_version=follow_up.version
            )
        elif action == "new":
            services.meetings.save(Meeting(title=args[0], date=dt.date.fromisoformat(args[1])), author="colleague")
        else:
            raise SystemExit(f"unknown action {action}")
    finally:
        services.close()


if __name__ == "__main__":
    main(sys.argv[1:])
