"""A department on one server under load: officers in separate processes saving the same records on PostgreSQL.

`python -m benchmarks.team_load --officers 20 --seconds 60 --db-url postgresql+psycopg://postgres@HOST:5432/postgres`

The run creates its own database (and one login per officer, so the audit trail and the notifications
name who wrote) and drops them afterwards. Each officer is a process with its own store and services
and a change watch (LISTEN/NOTIFY, services/change_watch.py), and works as the app does: it opens a
meeting, edits its own part (a line of the summary, its participant's position, its agenda item's
notes, its decision, its follow-up's contact) and saves; on a conflict it merges as the editor does
(ui/editor/store_merge.py: different fields merge, a field changed on both sides is put to the
officer, who keeps both by writing their part again onto the stored text), after a pause that grows
with each refusal; after 30 in a row it gives up that edit (counted: it was told every time, so
nothing is lost unseen). In the tracker it changes the
status of shared follow-ups and adds notes, with the version it saw. Most saves go to a few shared
("hot") meetings, so officers meet each other's changes all the time.

Every write an officer saw succeed is logged with the value it replaced. Afterwards the database must
hold every officer's last value of each of its parts, every note, one audit row per changed field with
the old value the officer saw (another old value is a colleague's change overwritten unseen) and the
officer's login; every listener must have received each other officer's save exactly once. Exit 1 on
any lost update, audit mismatch, missed notification or error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from benchmarks.measures import percentile

STATUSES = ("open", "in_progress", "done", "cancelled")
MAX_ATTEMPTS = 30  # a save that meets a colleague's change this often in a row is given up (and counted)
GAVE_UP = f"given up after {MAX_ATTEMPTS} refusals in a row"
EDITS = ("summary", "attendance", "agenda", "decision", "contact")


def tag(officer: int) -> str:
    """The officer's mark in shared texts: "o07"."""
    return f"o{officer:02d}"


# ---------------------------------------------------------------- set-up


@dataclass
class Plan:
    """What the officers work on (ids made by the set-up), and the run's parameters."""

    urls: list[str]  # one login per officer
    data_dir: str
    hot_meetings: list[int]
    own_meetings: list[int]  # index = officer - 1
    hot_follow_ups: list[int]
    names: list[str]  # each officer's participant (person) name
    seconds: float
    think: float
    seed: int
    result_dir: str


def _admin(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


def create_database(base_url: str, officers: int) -> tuple[str, list[str], list[str]]:
    """A fresh database and one login per officer: (admin url of the database, officer urls, role names)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"load_{uuid.uuid4().hex[:10]}"
    roles = [f"{name}_{tag(i)}" for i in range(1, officers + 1)]
    admin = _admin(base_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        for role in roles:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    admin.dispose()
    url = make_url(base_url).set(database=name)
    own = url.render_as_string(hide_password=False)
    return own, [url.set(username=role).render_as_string(hide_password=False) for role in roles], roles


def grant(db_url: str, roles: list[str]) -> None:
    """Let the officers' logins read and write the app's tables (what team-setup's officer role does, without rules)."""
    from sqlalchemy import text

    admin = _admin(db_url)
    with admin.connect() as conn:
        for role in roles:
            conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
            conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"'))
            conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    admin.dispose()


def drop_database(base_url: str, db_url: str, roles: list[str]) -> None:
    """Drop the run's database and logins."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    admin = _admin(base_url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(db_url).database}" WITH (FORCE)'))
        for role in roles:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()


def _meeting_for(title: str, officers: list[int], people: dict[int, int], follow_ups: int) -> Any:
    from minutes_app.domain import records as r

    return r.Meeting(
        title=title,
        date=dt.date(2027, 3, 12),
        summary="".join(f"{tag(i)}: -\n" for i in officers),
        attendances=[
            r.Attendance(person_id=people[i], side="host" if i % 2 else "guest", role="member") for i in officers
        ],
        agenda=[r.AgendaItem(title=f"Item of {tag(i)}") for i in officers],
        decisions=[r.Decision(text=f"[{tag(i)}] -") for i in officers],
        follow_ups=[r.FollowUp(description=f"Follow-up of {tag(i)}") for i in officers]
        + [r.FollowUp(description=f"Shared follow-up {n + 1}") for n in range(follow_ups)],
    )


def seed(services: Any, officers: int, hot: int, shared: int) -> tuple[list[int], list[int], list[int], list[str]]:
    """The records the officers share, made through the services: (hot meetings, own meetings, shared follow-ups, names)."""
    from minutes_app.domain import records as r

    org = services.directory.save_organisation(r.Organisation(name="Ministry of Foreign Affairs", kind="ministry"))
    people: dict[int, int] = {}
    names = []
    for i in range(1, officers + 1):
        name = f"Officer {tag(i)}"
        people[i] = services.directory.save_person(r.Person(name=name, organisation_id=org.id)).id
        names.append(name)
    everyone = list(range(1, officers + 1))
    hot_ids, shared_ids = [], []
    for n in range(hot):
        stored = services.meetings.save(_meeting_for(f"Hot meeting {n + 1}", everyone, people, shared))
        hot_ids.append(stored.id)
        shared_ids += [f.id for f in stored.follow_ups if f.description.startswith("Shared")]
    own_ids = [services.meetings.save(_meeting_for(f"Meeting of {tag(i)}", [i], people, 0)).id for i in everyone]
    return hot_ids, own_ids, shared_ids, names


# ---------------------------------------------------------------- one officer


@dataclass
class Log:
    """What one officer did and saw."""

    officer: int
    login: str = ""
    # (kind, record id, field, old, new): one per field its acknowledged writes changed
    audit: list[list[Any]] = field(default_factory=list)
    # last acknowledged value of each of its parts: "meeting:ID:summary" -> value
    last: dict[str, str] = field(default_factory=dict)
    notes: list[list[Any]] = field(default_factory=list)  # (follow-up id, text) of acknowledged notes
    acks: list[list[Any]] = field(default_factory=list)  # (meeting id, started, acknowledged, what)
    heard: list[list[Any]] = field(default_factory=list)  # (kind, record id, login, received) from the listener
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    conflicts: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def _summary_with(summary: str, officer: int, value: str) -> str:
    """The summary with the officer's line set to `value` (the others' lines as they are)."""
    mark = f"{tag(officer)}: "
    lines = [line for line in summary.splitlines() if line]
    lines = [mark + value if line.startswith(mark) else line for line in lines]
    if not any(line.startswith(mark) for line in lines):
        lines.append(mark + value)
    return "".join(line + "\n" for line in lines)


def _line_of(summary: str, officer: int) -> str:
    mark = f"{tag(officer)}: "
    return next((line[len(mark) :] for line in summary.splitlines() if line.startswith(mark)), "")


def apply_edits(meeting: Any, officer: int, edits: tuple[str, ...], token: str, name: str) -> Any:
    """A copy of `meeting` with the officer's parts named in `edits` set to `token`."""
    mine = replace(
        meeting,
        attendances=[replace(a) for a in meeting.attendances],
        agenda=[replace(a) for a in meeting.agenda],
        decisions=[replace(d) for d in meeting.decisions],
        follow_ups=[replace(f) for f in meeting.follow_ups],
    )
    me = tag(officer)
    for edit in edits:
        if edit == "summary":
            mine.summary = _summary_with(mine.summary, officer, token)
        elif edit == "attendance":
            for a in mine.attendances:
                if a.person is not None and a.person.name == name:
                    a.position = token
        elif edit == "agenda":
            for item in mine.agenda:
                if item.title == f"Item of {me}":
                    item.notes = token
        elif edit == "decision":
            for d in mine.decisions:
                if d.text.startswith(f"[{me}]"):
                    d.text = f"[{me}] {token}"
        elif edit == "contact":
            for f in mine.follow_ups:
                if f.description == f"Follow-up of {me}":
                    f.counterpart_contact = token
    return mine


def parts(meeting: Any, officer: int, name: str) -> dict[str, tuple[str, str, int, str]]:
    """The officer's parts of a meeting: edit -> (audit kind, record id, audit field, value)."""
    me = tag(officer)
    mid = meeting.id
    found: dict[str, tuple[str, str, int, str]] = {"summary": ("meeting", "summary", mid, meeting.summary)}
    for a in meeting.attendances:
        if a.person is not None and a.person.name == name:
            found["attendance"] = ("meeting", f"attendance: {name} position", mid, a.position)
    for n, item in enumerate(meeting.agenda, 1):
        if item.title == f"Item of {me}":
            found["agenda"] = ("meeting", f"agenda item {n} notes", mid, item.notes)
    for n, d in enumerate(meeting.decisions, 1):
        if d.text.startswith(f"[{me}]"):
            found["decision"] = ("meeting", f"decision {n} text", mid, d.text)
    for f in meeting.follow_ups:
        if f.description == f"Follow-up of {me}":
            found["contact"] = ("follow_up", "counterpart_contact", f.id, f.counterpart_contact)
    return found


def part_key(kind: str, record_id: int, edit: str, officer: int) -> str:
    """Where the officer's last value of a part is kept in Log.last."""
    return f"{kind}:{record_id}:{edit}:{tag(officer)}"


class Officer:
    """One simulated officer: its own services and change watch, working through the service layer."""

    def __init__(self, officer: int, plan: Plan) -> None:
        from minutes_app.paths import resolve_paths
        from minutes_app.services import open_services

        self.n = officer
        self.plan = plan
        self.name = plan.names[officer - 1]
        self.rng = random.Random(plan.seed * 1000 + officer)
        folder = Path(plan.data_dir) / tag(officer)
        folder.mkdir(parents=True, exist_ok=True)
        self.services = open_services(resolve_paths(data_dir=str(folder), db=plan.urls[officer - 1]))
        self.watch = self.services.watch_changes()  # the app's listener: LISTEN in place before any save
        self.log = Log(officer)
        self.counter = 0

    def token(self) -> str:
        self.counter += 1
        return f"{tag(self.n)}#{self.counter}"

    def listen(self) -> None:
        """Take what the listener heard so far."""
        for change in self.watch.poll():
            self.log.heard.append([change.kind, change.record_id, change.user, change.at.timestamp()])

    def timed(self, what: str, meeting_id: int, call: Any) -> Any:
        """Run one service write; an acknowledged one is logged with its times (the notification's reference)."""
        began = time.time()
        result = call()
        ended = time.time()
        self.log.latency[what].append(ended - began)
        self.log.acks.append([meeting_id, began, ended, what])
        return result

    def back_off(self, attempt: int) -> None:
        """After a refused write, a pause growing with the refusals (a person reads the message, the merge).

        Without it twenty officers retrying at once on one meeting starve some of them: each retry
        meets the save of another that retried a moment earlier.
        """
        time.sleep(self.rng.uniform(0, min(2.0, 0.05 * 2**attempt)))

    # the editor
    def save_meeting(self, meeting_id: int) -> None:
        from minutes_app.domain.errors import ConflictError
        from minutes_app.ui.editor.store_merge import merge

        edits = tuple(self.rng.sample(EDITS, self.rng.choice((1, 1, 2))))
        token = self.token()
        base = self.services.meetings.get(meeting_id)
        mine = apply_edits(base, self.n, edits, token, self.name)
        for attempt in range(MAX_ATTEMPTS):
            if attempt:
                self.back_off(attempt)
            try:
                stored = self.timed("meeting save", meeting_id, lambda m=mine: self.services.meetings.save(m))
            except ConflictError:
                self.log.conflicts["meeting save refused"] += 1
                theirs = self.services.meetings.get(meeting_id)
                merged = merge(base, mine, theirs)
                if merged.keys:  # a value changed on both sides (the editor asks about each)
                    # Shown side by side: the officer keeps the colleague's text and writes their own part again.
                    self.log.conflicts["asked (same field)"] += 1
                    mine = apply_edits(theirs, self.n, edits, token, self.name)
                else:
                    self.log.conflicts["merged field by field"] += 1
                    mine = merged.meeting
                base = theirs
                continue
            self._ack_meeting(base, stored, edits, token)
            return
        self.log.conflicts[GAVE_UP] += 1  # told each time, so nothing was lost unseen; the edit was not saved

    def _ack_meeting(self, base: Any, stored: Any, edits: tuple[str, ...], token: str) -> None:
        before, after = parts(base, self.n, self.name), parts(stored, self.n, self.name)
        for edit in edits:
            kind, name, record_id, old = before[edit]
            new = after[edit][3]
            wanted = _summary_with(base.summary, self.n, token) if edit == "summary" else None
            value = _line_of(new, self.n) if edit == "summary" else new
            if not value.endswith(token):
                self.log.errors.append(f"{kind} {record_id} {name}: stored {value!r}, saved {token!r}")
            if old != new:
                self.log.audit.append([kind, record_id, name, old, new])
            elif wanted is not None and wanted != new:
                self.log.errors.append(f"summary of {record_id} not as saved")
            self.log.last[part_key(kind, record_id, edit, self.n)] = value

    # the tracker
    def change_status(self, follow_up_id: int) -> None:
        from minutes_app.domain.errors import ConflictError

        note = f"status by {self.token()}"
        for attempt in range(MAX_ATTEMPTS):
            if attempt:
                self.back_off(attempt)
            seen = self.services.follow_ups.get(follow_up_id, latest_notes=0)
            status = self.rng.choice([s for s in STATUSES if s != seen.status])
            try:
                after = self.timed(
                    "status change",
                    seen.meeting_id,
                    lambda s=seen, st=status: self.services.follow_ups.change_status(
                        follow_up_id, st, note=note, author=tag(self.n), expected_version=s.version
                    ),
                )
            except ConflictError:
                self.log.conflicts["tracker change refused"] += 1  # the tracker says so and shows the latest
                continue
            self.log.audit.append(["follow_up", follow_up_id, "status", seen.status, after.status])
            old_done = seen.completed_on.isoformat() if seen.completed_on else ""
            new_done = after.completed_on.isoformat() if after.completed_on else ""
            if old_done != new_done:
                self.log.audit.append(["follow_up", follow_up_id, "completed_on", old_done, new_done])
            self.log.notes.append([follow_up_id, note])
            return
        self.log.conflicts[GAVE_UP] += 1

    def add_note(self, follow_up_id: int) -> None:
        from minutes_app.domain.errors import ConflictError

        note = f"note by {self.token()}"
        for attempt in range(MAX_ATTEMPTS):
            if attempt:
                self.back_off(attempt)
            seen = self.services.follow_ups.get(follow_up_id, latest_notes=0)
            try:
                self.timed(
                    "note",
                    seen.meeting_id,
                    lambda s=seen: self.services.follow_ups.add_note(
                        follow_up_id, note, author=tag(self.n), expected_version=s.version
                    ),
                )
            except ConflictError:
                self.log.conflicts["tracker note refused"] += 1
                continue
            self.log.notes.append([follow_up_id, note])
            return
        self.log.conflicts[GAVE_UP] += 1

    def act(self) -> None:
        """One thing an officer does."""
        # The first action goes round the four kinds (a short run still does each), then at random.
        pick = (0.2, 0.6, 0.7, 0.95)[(self.n - 1) % 4] if self.counter == 0 else self.rng.random()
        if pick < 0.5:
            self.save_meeting(self.rng.choice(self.plan.hot_meetings))
        elif pick < 0.65:
            self.save_meeting(self.plan.own_meetings[self.n - 1])
        elif pick < 0.9:
            self.change_status(self.rng.choice(self.plan.hot_follow_ups))
        else:
            self.add_note(self.rng.choice(self.plan.hot_follow_ups))

    def close(self) -> None:
        self.watch.close()
        self.services.close()


def officer_main(officer: int, plan: Plan, ready: Any, go: Any, worked: Any, stop: Any) -> None:
    """A process: open the store and listen, wait for the start, work, then keep listening until told to stop."""
    log = Log(officer)
    worker: Officer | None = None
    try:
        worker = Officer(officer, plan)
        log = worker.log
        log.login = worker.services.store.engine.url.username or ""
        ready.put(officer)
        go.wait()
        deadline = time.time() + plan.seconds
        while time.time() < deadline:
            try:
                worker.act()
            except Exception:  # noqa: BLE001 - counted and reported: an officer would have seen this
                log.errors.append(traceback.format_exc())
            worker.listen()
            time.sleep(worker.rng.uniform(0, 2 * plan.think))
        worked.put(officer)
        while not stop.is_set():
            worker.listen()
            stop.wait(0.05)
        worker.listen()
    except Exception:  # noqa: BLE001
        log.errors.append(traceback.format_exc())
        ready.put(officer)
        worked.put(officer)
    finally:
        if worker is not None:
            worker.close()
        data = {**log.__dict__, "latency": dict(log.latency), "conflicts": dict(log.conflicts)}
        path = Path(plan.result_dir) / f"{tag(officer)}.json"
        path.with_suffix(".part").write_text(json.dumps(data))
        path.with_suffix(".part").replace(path)


# ---------------------------------------------------------------- the run and its checks


@dataclass
class Report:
    """What the run found."""

    officers: int
    seconds: float
    saves: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)
    latency: dict[str, list[float]] = field(default_factory=dict)
    delays: list[float] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    audit_missing: list[str] = field(default_factory=list)
    audit_extra: list[str] = field(default_factory=list)
    audit_rows: int = 0
    audit_expected: int = 0
    notifications_expected: int = 0
    notifications_missed: list[str] = field(default_factory=list)
    notifications_extra: int = 0
    errors: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)
    load: tuple[float, float, float] = (0.0, 0.0, 0.0)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.audit_missing or self.audit_extra or self.notifications_missed or self.errors)


def run(
    base_url: str,
    *,
    officers: int,
    seconds: float,
    think: float = 0.1,
    hot: int = 2,
    shared: int = 3,
    seed_value: int = 1,
    timeout: float | None = None,
) -> Report:
    """Run the load test on a database of its own (dropped afterwards) and check what it left."""
    from minutes_app.paths import resolve_paths
    from minutes_app.services import open_services

    db_url, urls, roles = create_database(base_url, officers)
    procs: list[Any] = []
    try:
        with tempfile.TemporaryDirectory(prefix="team-load-") as tmp:
            admin_services = open_services(resolve_paths(data_dir=str(Path(tmp) / "admin"), db=db_url))
            try:
                hot_ids, own_ids, shared_ids, names = seed(admin_services, officers, hot, shared)
                first_audit = _max_audit_id(admin_services)
            finally:
                admin_services.close()
            grant(db_url, roles)
            results = Path(tmp) / "results"
            results.mkdir()
            plan = Plan(urls, tmp, hot_ids, own_ids, shared_ids, names, seconds, think, seed_value, str(results))
            ctx = mp.get_context("spawn")
            ready, worked, go, stop = ctx.Queue(), ctx.Queue(), ctx.Event(), ctx.Event()
            procs = [
                ctx.Process(
                    target=officer_main, args=(i, plan, ready, go, worked, stop), name=f"officer-{tag(i)}", daemon=True
                )
                for i in range(1, officers + 1)
            ]
            for p in procs:
                p.start()
            limit = time.time() + (timeout or seconds + 180)
            _collect(ready, officers, limit, "start")
            go.set()
            _collect(worked, officers, limit, "finish")
            time.sleep(3)  # the last notifications reach every listener
            stop.set()
            for p in procs:
                p.join(max(1.0, limit - time.time()))
            logs = [
                json.loads((results / f"{tag(i)}.json").read_text())
                for i in range(1, officers + 1)
                if (results / f"{tag(i)}.json").exists()
            ]
            report = Report(officers, seconds)
            if len(logs) != officers:
                report.errors.append(f"only {len(logs)} of {officers} officers reported")
            checker = open_services(resolve_paths(data_dir=str(Path(tmp) / "check"), db=db_url))
            try:
                check(report, logs, checker, first_audit, hot_ids + own_ids)
            finally:
                checker.close()
            report.load = os.getloadavg()
            return report
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
                p.join(5)
        drop_database(base_url, db_url, roles)


def _collect(q: Any, officers: int, limit: float, what: str) -> None:
    import queue

    seen = set()
    while len(seen) < officers:
        try:
            seen.add(q.get(timeout=max(0.1, limit - time.time())))
        except queue.Empty:
            raise TimeoutError(f"{officers - len(seen)} officers did not {what} in time") from None


def _max_audit_id(services: Any) -> int:
    from sqlalchemy import func, select

    from minutes_app.store import models as m

    with services.store.reading() as session:
        return int(session.scalar(select(func.coalesce(func.max(m.AuditEntryRow.id), 0))) or 0)


def check(report: Report, logs: list[dict[str, Any]], services: Any, first_audit: int, meeting_ids: list[int]) -> None:
    """Compare what the officers saw acknowledged with what the database holds and what the listeners heard."""
    from sqlalchemy import select

    from minutes_app.store import models as m

    for log in logs:
        report.errors += [f"{tag(log['officer'])}: {_what(e)}" for e in log["errors"]]
        report.tracebacks += [e for e in log["errors"] if "Traceback" in e]
        report.conflicts.update(log["conflicts"])
        for what, times in log["latency"].items():
            report.latency.setdefault(what, []).extend(times)
            report.saves[what] += len(times)

    # 1. every officer's last value of each of its parts is what the database holds
    meetings = {mid: services.meetings.get(mid) for mid in meeting_ids}
    names = {log["officer"]: f"Officer {tag(log['officer'])}" for log in logs}
    for log in logs:
        officer = log["officer"]
        for meeting in meetings.values():
            for edit, (kind, _name, record_id, value) in parts(meeting, officer, names[officer]).items():
                key = part_key(kind, record_id, edit, officer)
                if key not in log["last"]:
                    continue
                stored = _line_of(value, officer) if edit == "summary" else value
                if stored != log["last"][key]:
                    report.lost.append(f"{key}: saved {log['last'][key]!r}, the database holds {stored!r}")

    # 2. every acknowledged note is stored, once
    with services.store.reading() as session:
        stored_notes = Counter(
            (fid, text) for fid, text in session.execute(select(m.FollowUpNoteRow.follow_up_id, m.FollowUpNoteRow.text))
        )
        audit_rows = session.execute(
            select(
                m.AuditEntryRow.record_kind,
                m.AuditEntryRow.record_id,
                m.AuditEntryRow.field,
                m.AuditEntryRow.old_value,
                m.AuditEntryRow.new_value,
                m.AuditEntryRow.changed_by,
            ).where(m.AuditEntryRow.id > first_audit)
        ).all()
    for log in logs:
        for fid, text in log["notes"]:
            if stored_notes[(fid, text)] != 1:
                report.lost.append(f"note {text!r} on follow-up {fid}: stored {stored_notes[(fid, text)]} times")

    # 3. the audit trail: one row per acknowledged changed field, with the old value the officer saw, by its login
    expected = Counter((*row, log["login"]) for log in logs for row in log["audit"])
    actual = Counter(tuple(row) for row in audit_rows)
    report.audit_rows, report.audit_expected = sum(actual.values()), sum(expected.values())
    missing, extra = expected - actual, actual - expected
    for row in missing.elements():
        kind, rid, name, old, new, who = row
        other = [a for a in extra if a[:3] == (kind, rid, name) and a[4] == new and a[5] == who]
        if other:  # the write replaced a value its officer never saw: a colleague's change overwritten unseen
            report.lost.append(f"{who} on {kind} {rid} {name}: replaced {other[0][3]!r}, saw {old!r}")
        else:
            report.audit_missing.append(f"{who} on {kind} {rid} {name}: {old!r} -> {new!r}")
    report.audit_extra = [f"{a[5]} on {a[0]} {a[1]} {a[2]}: {a[3]!r} -> {a[4]!r}" for a in extra.elements()]

    # 4. every listener heard every other officer's acknowledged save once; the delay from acknowledgement
    by_writer: dict[tuple[str, int], list[float]] = defaultdict(list)
    for log in logs:
        for meeting_id, _began, ended, _call in log["acks"]:
            by_writer[(log["login"], meeting_id)].append(ended)
    for times in by_writer.values():
        times.sort()
    for listener in logs:
        heard: dict[tuple[str, int], list[float]] = defaultdict(list)
        for kind, record_id, user, at in listener["heard"]:
            if kind == "meeting":
                heard[(user, record_id)].append(at)
            else:
                report.notifications_extra += 1  # a reconnection's "refresh everything" or another kind
        for (writer, meeting_id), acked in by_writer.items():
            if writer == listener["login"]:
                continue
            got = sorted(heard.get((writer, meeting_id), []))
            report.notifications_expected += len(acked)
            if len(got) < len(acked):
                report.notifications_missed.append(
                    f"{tag(listener['officer'])} heard {len(got)} of {len(acked)} saves by {writer} on meeting {meeting_id}"
                )
            elif len(got) > len(acked):
                report.notifications_extra += len(got) - len(acked)
            # k-th heard with k-th acknowledged: the same writer's commits on one meeting arrive in order
            report.delays += [max(0.0, g - a) for g, a in zip(got, acked, strict=False)]


def _what(error: str) -> str:
    """The line of an error (a traceback's exception line, not the driver's notes under it)."""
    lines = [line for line in error.strip().splitlines() if line.strip()]
    skip = (" ", "(", "[", "DETAIL", "HINT", "CONTEXT", "Process ")
    return next((line for line in reversed(lines) if not line.startswith(skip)), lines[-1] if lines else "")


def _ms(values: list[float], pct: float) -> str:
    return f"{percentile(values, pct) * 1000:.0f} ms" if values else "-"


def print_report(report: Report) -> None:
    """The table of figures and the verdicts."""
    rows = [("officers (processes)", str(report.officers)), ("seconds", f"{report.seconds:g}")]
    for what in sorted(report.latency):
        times = report.latency[what]
        rows.append(
            (
                f"{what}: count, p50 / p95 / max",
                f"{len(times)}, {_ms(times, 50)} / {_ms(times, 95)} / {max(times) * 1000:.0f} ms",
            )
        )
    everything = [t for times in report.latency.values() for t in times]
    rows.append(
        (
            "all writes: p50 / p95 / max",
            f"{_ms(everything, 50)} / {_ms(everything, 95)} / {max(everything, default=0) * 1000:.0f} ms",
        )
    )
    rows.append(("writes per second", f"{len(everything) / max(report.seconds, 1e-9):.1f}"))
    for what, n in sorted(report.conflicts.items()):
        rows.append((f"conflicts: {what}", str(n)))
    if report.saves["meeting save"]:
        refused = report.conflicts["meeting save refused"] / report.saves["meeting save"]
        rows.append(("refused meeting saves per acknowledged one", f"{refused:.1f}"))
    rows.append(("lost updates", str(len(report.lost))))
    rows.append(
        (
            "audit rows / expected (missing, extra)",
            f"{report.audit_rows} / {report.audit_expected} ({len(report.audit_missing)}, {len(report.audit_extra)})",
        )
    )
    rows.append(
        (
            "notifications expected / missed / extra",
            f"{report.notifications_expected} / {len(report.notifications_missed)} / {report.notifications_extra}",
        )
    )
    rows.append(
        (
            "notification delay p50 / p95 / max",
            f"{_ms(report.delays, 50)} / {_ms(report.delays, 95)} / {max(report.delays, default=0) * 1000:.0f} ms",
        )
    )
    rows.append(("errors", str(len(report.errors))))
    rows.append(("load average (1, 5, 15 min)", " ".join(f"{x:.2f}" for x in report.load)))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for title, items in (
        ("LOST", report.lost),
        ("AUDIT MISSING", report.audit_missing),
        ("AUDIT EXTRA", report.audit_extra),
        ("NOTIFICATION MISSED", report.notifications_missed),
        ("ERROR", report.errors),
    ):
        for item in items[:15]:
            print(f"{title}: {item}")
        if len(items) > 15:
            print(f"{title}: ... {len(items) - 15} more")
    if report.tracebacks:
        print(f"FIRST TRACEBACK (of {len(report.tracebacks)}):\n{report.tracebacks[0]}")
    print("OK" if report.ok else "FAILED")


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print its table; 1 on any lost update, audit mismatch, missed notification or error."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.team_load", description=__doc__.splitlines()[0])
    parser.add_argument("--officers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--db-url",
        default=os.environ.get("MINUTES_APP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--think", type=float, default=0.1, help="mean pause between an officer's actions (s)")
    parser.add_argument("--hot", type=int, default=2, help="meetings every officer works on")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    report = run(
        args.db_url, officers=args.officers, seconds=args.seconds, think=args.think, hot=args.hot, seed_value=args.seed
    )
    print_report(report)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
