"""Search through the service on both engines: the spelling examples, any input, order and limits."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from sqlalchemy import inspect, select

from minutes_app.domain import records as r
from minutes_app.domain.textfold import matches, query_terms
from minutes_app.services import Services
from minutes_app.services.demo import load_demo
from minutes_app.services.search import snippet
from minutes_app.store import models as m


def add_named_records(services: Services) -> dict[str, int]:
    """Records holding the names of the issue's examples; returns their ids."""
    sheki = services.directory.save_organisation(r.Organisation(name="Şəki Rayon İcra Hakimiyyəti", country="AZ"))
    aliyev = services.directory.save_person(
        r.Person(name="Elnur Əliyev", position="Deputy head", organisation_id=sheki.id)
    )
    cabbarov = services.directory.save_person(r.Person(name="Mikayıl Cabbarov", position="Minister"))
    edelgeriev = services.directory.save_person(r.Person(name="Руслан Эдельгериев"))
    yolkin = services.directory.save_person(r.Person(name="Пётр Ёлкин"))
    meeting = services.meetings.save(
        r.Meeting(
            title="Visit of the delegation to Şəki",
            date=dt.date(2026, 5, 4),
            countries=["RU"],
            venue="Işıq hall",
            agenda=[r.AgendaItem(title="Tourism routes", notes="The guide, Елкин, showed the old town.")],
            decisions=[r.Decision(text="To open a direct bus route")],
            follow_ups=[r.FollowUp(description="Send the programme to Елкин", department="Protocol")],
        )
    )
    return {
        "sheki": sheki.id or 0,
        "aliyev": aliyev.id or 0,
        "cabbarov": cabbarov.id or 0,
        "edelgeriev": edelgeriev.id or 0,
        "yolkin": yolkin.id or 0,
        "meeting": meeting.id or 0,
        "agenda": meeting.agenda[0].id or 0,
        "follow_up": meeting.follow_ups[0].id or 0,
    }


def found(services: Services, query: str) -> set[tuple[str, int]]:
    """(kind, record id) of every hit."""
    return {(h.kind, h.record_id) for h in services.search.search(query)}


EXAMPLES = [
    ("aliyev", "person", "aliyev"),
    ("eliyev", "person", "aliyev"),
    ("seki", "organisation", "sheki"),
    ("seki", "meeting", "meeting"),
    ("isiq", "meeting", "meeting"),
    ("edelgeriev", "person", "edelgeriev"),
    ("cabbarov", "person", "cabbarov"),
    ("елкин", "person", "yolkin"),
    ("ёлкин", "agenda_item", "agenda"),
    ("ёлкин", "follow_up", "follow_up"),
    ("ЁЛКИН", "person", "yolkin"),
]


@pytest.mark.parametrize(("query", "kind", "key"), EXAMPLES)
def test_the_examples_of_the_issue(services: Services, query: str, kind: str, key: str) -> None:
    ids = add_named_records(services)
    assert (kind, ids[key]) in found(services, query)


def test_nothing_else_is_found(services: Services) -> None:
    ids = add_named_records(services)
    assert found(services, "aliyevx") == set()
    assert found(services, "edelgeriev") == {("person", ids["edelgeriev"])}
    # Every word must match: "seki" alone finds the organisation and the meeting, with "visit" only the meeting.
    assert found(services, "visit seki") == {("meeting", ids["meeting"])}
    assert found(services, "Mikayıl Cab") == {("person", ids["cabbarov"])}


def test_prefixes_match_while_typing(services: Services) -> None:
    ids = add_named_records(services)
    for typed in ("c", "ca", "cab", "cabb", "cabba", "cabbar", "cabbaro", "cabbarov"):
        assert ("person", ids["cabbarov"]) in found(services, typed), typed
    for typed in ("Э", "Эд", "Эдель", "edel"):
        assert ("person", ids["edelgeriev"]) in found(services, typed), typed


ODD_QUERIES = [
    '"',
    '""',
    "'",
    "*",
    "**",
    "-",
    "--",
    "-aliyev",
    "aliyev*",
    '"aliyev',
    "NEAR(",
    "NEAR(aliyev cabbarov, 2)",
    "'; DROP TABLE meeting; --",
    "aliyev OR",
    "AND",
    "NOT",
    "^",
    "%",
    "_",
    "\\",
    "{}:()[]",
    "a:b",
    "\x00\x01\x1f\x7f",
    "\u200b",
    "\ud800",
    "🙂",
    "   ",
    "",
    "\t\n",
    "col:aliyev",
    "+aliyev",
    "aliyev -cabbarov",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_any_text_is_a_search_and_never_an_error(services: Services, query: str) -> None:
    ids = add_named_records(services)
    hits = services.search.search(query)
    assert isinstance(hits, list)
    expected = {(k, i) for k, i in found_by_reference(services, query)}
    assert {(h.kind, h.record_id) for h in hits} == expected
    assert ("person", ids["aliyev"]) in found(services, "aliyev")  # the store is intact


def found_by_reference(services: Services, query: str) -> set[tuple[str, int]]:
    """What textfold.matches() says should be found, computed over every entry's own text."""
    with services.store.reading() as session:
        rows = session.execute(
            select(m.SearchEntryRow.kind, m.SearchEntryRow.record_id, m.SearchEntryRow.title, m.SearchEntryRow.detail)
        )
        if not query_terms(query):
            return set()  # matches() lets everything through; search finds nothing
        # A note is found by its own text only; its title is its follow-up's description.
        return {
            (kind, rid)
            for kind, rid, title, detail in rows
            if matches(query, detail if kind == "note" else title + "\n" + detail)
        }


def test_punctuation_separates_words_rather_than_acting_as_syntax(services: Services) -> None:
    ids = add_named_records(services)
    for query in ("-aliyev", '"aliyev"', "aliyev*", "(aliyev)", "aliyev:", "'aliyev'"):
        assert ("person", ids["aliyev"]) in found(services, query), query
    assert found(services, "") == set() and found(services, '"') == set() and found(services, "*") == set()
    # Search words that are FTS5 keywords are plain words: "or" is the start of "order".
    meeting = services.meetings.save(r.Meeting(title="Order of the day"))
    assert ("meeting", meeting.id) in found(services, "OR")


def test_huge_queries_and_control_characters(services: Services) -> None:
    ids = add_named_records(services)
    assert ("person", ids["aliyev"]) in found(services, "Əliyev " * 150_000)  # over 1 MB
    assert found(services, "x" * 1_000_000) == set()
    assert ("person", ids["aliyev"]) in found(services, "\x00Əliyev\x07\x1b\x7f\u200b")


def test_results_are_grouped_and_ordered(services: Services) -> None:
    for year in (2024, 2026, 2025):
        services.meetings.save(r.Meeting(title=f"Caspian forum {year}", date=dt.date(year, 3, 1)))
    services.meetings.save(r.Meeting(title="Caspian forum, date unknown"))
    for name in ("Zeynal Caspian", "Aydın Caspian", "Məmməd Caspian", "Бахрам Caspian"):
        services.directory.save_person(r.Person(name=name))
    services.directory.save_organisation(r.Organisation(name="Caspian Shipping"))
    hits = services.search.search("caspian")
    assert [h.kind for h in hits] == ["meeting"] * 4 + ["person"] * 4 + ["organisation"]
    assert [h.title for h in hits[:4]] == [
        "Caspian forum 2026",
        "Caspian forum 2025",
        "Caspian forum 2024",
        "Caspian forum, date unknown",
    ]
    assert [h.date for h in hits[:2]] == [dt.date(2026, 3, 1), dt.date(2025, 3, 1)]
    assert [h.title for h in hits[4:8]] == ["Aydın Caspian", "Бахрам Caspian", "Məmməd Caspian", "Zeynal Caspian"]
    assert [h.title for h in services.search.search("caspian forum", limit_per_kind=2)] == [
        "Caspian forum 2026",
        "Caspian forum 2025",
    ]


def test_hits_say_where_to_open_them(services: Services) -> None:
    meeting, _ = load_demo(services)
    follow_up = meeting.follow_ups[1]
    services.follow_ups.add_note(follow_up.id or 0, "Letter to Xəlilov sent on Monday", author="Leyla")
    hits = services.search.search("xalilov")
    assert [(h.kind, h.meeting_id, h.follow_up_id, h.date) for h in hits] == [
        ("note", meeting.id, follow_up.id, meeting.date)
    ]
    assert hits[0].title == follow_up.description and "Xəlilov" in hits[0].snippet
    kinds = {h.kind for h in services.search.search("alat")}
    assert kinds == {"agenda_item", "decision", "follow_up"}
    people = [h for h in services.search.search("jabbarov") if h.kind == "person"]
    assert people[0].meeting_id is None and people[0].date is None and "Микаил Джаббаров" in people[0].snippet
    # Organisations are found by their country and their other spellings.
    assert "organisation" in {h.kind for h in services.search.search("Посольство")}


def test_the_index_follows_every_write(services: Services) -> None:
    ids = add_named_records(services)
    meeting = services.meetings.get(ids["meeting"])
    meeting.title = "Visit to Qəbələ"
    services.meetings.save(meeting)
    assert found(services, "visit seki") == set() and ("meeting", ids["meeting"]) in found(services, "gabala")
    services.follow_ups.change_status(ids["follow_up"], "done", note="Handed over in Qəbələ")
    assert {k for k, _ in found(services, "handed qabala")} == {"note"}
    services.follow_ups.delete(ids["follow_up"])
    assert {k for k, _ in found(services, "programme")} == set() and found(services, "handed") == set()
    person = services.directory.person(ids["aliyev"])
    person.name = "Elnur Həsənov"
    services.directory.save_person(person)
    assert found(services, "aliyev") == set() and ("person", ids["aliyev"]) in found(services, "gasanov")
    organisation = services.directory.organisation(ids["sheki"])
    organisation.name = "Qax Rayon İcra Hakimiyyəti"
    services.directory.save_organisation(organisation)
    assert ("person", ids["aliyev"]) in found(services, "gakh")  # a person's entry names their organisation
    assert ("person", ids["aliyev"]) not in found(services, "seki")


def test_records_in_the_trash_are_not_found(services: Services) -> None:
    ids = add_named_records(services)
    services.meetings.delete(ids["meeting"])
    services.directory.delete_person(ids["cabbarov"])
    assert found(services, "ёлкин") == {("person", ids["yolkin"])}  # not the agenda item nor the follow-up
    assert found(services, "cabbarov") == set() and found(services, "isiq") == set()
    services.trash.restore("meeting", ids["meeting"])
    services.trash.restore("person", ids["cabbarov"])
    assert ("agenda_item", ids["agenda"]) in found(services, "ёлкин") and found(services, "cabbarov")
    services.meetings.delete(ids["meeting"])
    services.trash.empty()
    with services.store.reading() as session:
        left = set(session.scalars(select(m.SearchEntryRow.meeting_id).where(m.SearchEntryRow.meeting_id.is_not(None))))
    assert left == set()


def test_a_failed_write_leaves_the_index_as_it_was(services: Services) -> None:
    from minutes_app.services import hooks

    ids = add_named_records(services)
    with pytest.raises(RuntimeError), services.store.writing() as session:
        row = session.get(m.MeetingRow, ids["meeting"])
        assert row is not None
        row.title = "Zaqatala"
        session.flush()
        hooks.meeting_written(session, row.id)
        raise RuntimeError("the save fails after the index was written")
    assert found(services, "zaqatala") == set() and ("meeting", ids["meeting"]) in found(services, "visit seki")


def _index_rows(services: Services) -> list[tuple[object, ...]]:
    """Every search entry, in id order: what a rebuild must reproduce."""
    with services.store.reading() as session:
        return [tuple(row) for row in session.execute(select(m.SearchEntryRow.__table__).order_by(m.SearchEntryRow.id))]


def test_index_written_in_step_equals_a_rebuild(services: Services) -> None:
    from minutes_app.services import search_index

    ids = add_named_records(services)
    load_demo(services)
    services.follow_ups.add_note(ids["follow_up"], "Reminder sent")
    services.directory.delete_person(ids["edelgeriev"])
    services.meetings.delete(ids["meeting"])
    services.trash.restore("meeting", ids["meeting"])

    before = _index_rows(services)
    with services.store.writing() as session:
        search_index.rebuild(session)
    assert _index_rows(services) == before and len(before) > 30


def test_a_save_rewrites_only_the_entries_it_changed(services: Services) -> None:
    from minutes_app.services import search_index
    from tests.sql_probe import statements_sent

    ids = add_named_records(services)
    meeting = services.meetings.get(ids["meeting"])
    meeting.venue = "Nizami hall"  # in the meeting's own entry only
    sent = statements_sent(services.store.engine, lambda: services.meetings.save(meeting))
    written = [many for sql, _params, many in sent if sql.lstrip().upper().startswith("INSERT INTO SEARCH_ENTRY")]
    removed = [sql for sql, _params, _many in sent if sql.lstrip().upper().startswith("DELETE FROM SEARCH_ENTRY")]
    assert written == [False] and len(removed) == 1  # one row written, for the one entry that changed
    assert ("meeting", ids["meeting"]) in found(services, "nizami") and found(services, "isiq") == set()
    again = services.meetings.get(ids["meeting"])
    unchanged = statements_sent(services.store.engine, lambda: services.meetings.save(again))
    assert not [
        sql
        for sql, _p, _m in unchanged
        if sql.lstrip().upper().startswith(("INSERT INTO SEARCH", "DELETE FROM SEARCH"))
    ]

    before = _index_rows(services)
    with services.store.writing() as session:
        search_index.rebuild(session)
    assert _index_rows(services) == before  # what was kept and what was rewritten add up to the whole index


def _meeting_with_everything(services: Services) -> r.Meeting:
    """A stored meeting whose entries draw on every part: translations, attendees of both sides with several
    spellings and interleaved precedence, numbered decisions, follow-ups with notes, a follow-up in the trash and
    files on the meeting and on a follow-up."""
    ids = add_named_records(services)
    people = [ids["aliyev"], ids["cabbarov"], ids["edelgeriev"], ids["yolkin"]]
    services.directory.save_person(
        replace(services.directory.person(ids["yolkin"]), name_en="Pyotr Yolkin", name_az="Pyotr Yolkin")
    )
    meeting = services.meetings.get(ids["meeting"])
    meeting.translations = {"title": {"az": "Şəkiyə səfər"}, "summary": {"ru": "Визит в Шеки"}}
    meeting.summary = "Talks on tourism"
    meeting.countries = ["RU", "AZ"]
    meeting.reference_number = "PR-77"
    meeting.prepared_by = "L. Hasanova"
    meeting.attendances = [
        r.Attendance(person_id=person, side="host" if i % 2 else "guest", role="member", precedence=2 - i // 2)
        for i, person in enumerate(people)
    ]
    meeting.agenda.append(r.AgendaItem(title="Hotels", translations={"title": {"ru": "Гостиницы"}}))
    meeting.decisions.append(r.Decision(text="To exchange guides", translations={"text": {"az": "Bələdçi mübadiləsi"}}))
    meeting.follow_ups += [
        r.FollowUp(description="Book the Karvansaray", counterpart_contact="hotel@example.org"),
        r.FollowUp(description="Dropped idea"),
    ]
    stored = services.meetings.save(meeting)
    services.follow_ups.add_note(stored.follow_ups[0].id or 0, "Programme sent by post")
    services.follow_ups.delete(stored.follow_ups[2].id or 0)
    services.attachments.attach("meeting", stored.id or 0, io.BytesIO(b"seating plan of the hall"), "seating.txt")
    services.attachments.attach("follow_up", stored.follow_ups[1].id or 0, io.BytesIO(b"room list"), "rooms.txt")
    return services.meetings.get(stored.id or 0)


def test_a_save_indexes_its_meeting_as_a_rebuild_would(services: Services) -> None:
    from minutes_app.services import search_index

    meeting = _meeting_with_everything(services)
    meeting.title = "Visit of the delegation to Şəki and Qəbələ"
    meeting.follow_ups[0].description = "Send the programme to Ёлкин again"
    services.meetings.save(meeting)

    saved = _index_rows(services)
    with services.store.writing() as session:
        search_index.rebuild(session)
    assert _index_rows(services) == saved
    assert {"meeting", "agenda_item", "decision", "follow_up", "note"} <= {row[1] for row in saved}
    assert ("meeting", meeting.id) in found(services, "yolkin seating")
    assert ("follow_up", meeting.follow_ups[1].id) in found(services, "rooms")


def test_a_save_reads_the_meeting_back_once_not_again_for_the_index(services: Services) -> None:
    from tests.sql_probe import statements_sent

    meeting = _meeting_with_everything(services)
    meeting.venue = "Nizami hall"
    sent = statements_sent(services.store.engine, lambda: services.meetings.save(meeting))
    notes_read = [sql for sql, _p, _m in sent if sql.lstrip().upper().startswith("SELECT") and "follow_up_note" in sql]
    assert len(notes_read) == 2  # before the write (for the audit trail) and after it (the meeting returned)


def test_sqlite_fts_index_agrees_with_its_content(sqlite_services: Services) -> None:
    from sqlalchemy import text

    add_named_records(sqlite_services)
    load_demo(sqlite_services)
    sqlite_services.meetings.delete(1)
    sqlite_services.trash.empty()
    with sqlite_services.store.writing() as session:
        # Raises "database disk image is malformed" when the FTS index and search_entry disagree.
        session.execute(text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"))
    with sqlite_services.store.engine.connect() as conn:
        assert "search_fts" in inspect(conn).get_table_names()


def test_big_texts_are_indexed_up_to_their_first_200_kb(services: Services) -> None:
    import random

    rng = random.Random(4)
    # Words full of letters with several spellings give the largest index texts possible.
    letters = "şəcxqhçğıüö"
    wordy = " ".join("".join(rng.choice(letters) for _ in range(9)) for _ in range(30_000))
    summary = "Gəncə " + wordy + " " + "filler " * 40_000 + " Lənkəran"
    meeting = services.meetings.save(r.Meeting(title="Long minutes", summary=summary))
    assert ("meeting", meeting.id) in found(services, "ganja")
    assert ("meeting", meeting.id) not in found(services, "lankaran")  # beyond the first 200 KB
    with services.store.reading() as session:
        size = session.scalar(select(m.SearchEntryRow.index_text).where(m.SearchEntryRow.record_id == meeting.id))
    assert size is not None and 200_000 < len(size) <= 500_000


def test_tracker_text_filter_matches_like_search(services: Services) -> None:
    from minutes_app.domain.filters import FollowUpFilter

    ids = add_named_records(services)
    load_demo(services)
    everything = services.follow_ups.list_follow_ups()
    for query in (
        "ёлкин",
        "елкин",
        "alat",
        "ALAT free",
        "depart",
        "trade rep",
        "-",
        '"',
        "NEAR(",
        "'; DROP TABLE",
        "zzz",
    ):
        tracker = {row.id for row in services.follow_ups.list_follow_ups(FollowUpFilter(text=query))}
        searched = {h.record_id for h in services.search.search(query, limit_per_kind=1000) if h.kind == "follow_up"}
        if searched or any(ch.isalnum() for ch in query):
            assert tracker == searched, query
        else:
            assert tracker == {row.id for row in everything}, query  # punctuation only: no filter
    assert {row.id for row in services.follow_ups.list_follow_ups(FollowUpFilter(text="елкин"))} == {ids["follow_up"]}


def test_snippet_shows_the_match() -> None:
    text = "Opening words. " * 40 + "The minister of Şəki spoke about tourism. " + "Closing words. " * 40
    piece = snippet(text, ["seki"])
    assert piece.startswith("… ") and piece.endswith(" …") and "Şəki" in piece and len(piece) <= 170
    assert snippet("Short text", ["zzz"]) == "Short text"
    assert snippet("", ["a"]) == ""


def test_every_search_path_gives_the_same_hits(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_app.services import search

    for year in range(2010, 2022):
        services.meetings.save(
            r.Meeting(title=f"Round {year}", date=dt.date(year, 1, 1), venue="Xaçmaz" if year % 5 == 0 else "Quba")
        )
    for name in ("Xaçmaz Ltd", "Quba Ltd", "Xaçmaz Trading", "Quba Fruit", "Xaçmaz Port"):
        services.directory.save_organisation(r.Organisation(name=name))
    queries = ("xachmaz", "khach", "quba", "round xac", "round x", "xa", "ltd")
    expected = {q: [(h.kind, h.record_id) for h in services.search.search(q, limit_per_kind=3)] for q in queries}
    assert [h.title for h in services.search.search("xachmaz", limit_per_kind=3)][:3] == [
        "Round 2020",
        "Round 2015",
        "Round 2010",
    ]
    # PostgreSQL: a window of two entries sends most kinds through the GIN indexes (a short term
    # beside a longer one is then checked as text on what the index finds).
    # SQLite: long prefixes asked for as FTS5 prefix queries instead of vocabulary words.
    monkeypatch.setattr(search, "PG_WINDOW", 2)
    monkeypatch.setattr(search, "PG_SHORT_WINDOW", 2)
    monkeypatch.setattr(search, "MAX_EXPANSION", 0)
    for q in queries:
        assert [(h.kind, h.record_id) for h in services.search.search(q, limit_per_kind=3)] == expected[q], q
    monkeypatch.setattr(search, "PG_WALK", 0)  # PostgreSQL: no walk past a window, the GIN indexes only
    for q in queries:
        assert [(h.kind, h.record_id) for h in services.search.search(q, limit_per_kind=3)] == expected[q], q


def test_a_search_on_postgresql_is_one_statement_to_three(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each statement is a round trip to the server: every kind's window in one, the walks or the GIN indexes in one more."""
    from sqlalchemy import event

    from minutes_app.services import search

    if services.store.dialect != "postgresql":
        pytest.skip("round trips to a server")
    for year in range(2010, 2022):
        services.meetings.save(r.Meeting(title=f"Round {year}", date=dt.date(year, 1, 1), venue="Quba"))
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(services.store.engine, "before_cursor_execute", seen)
    try:
        assert len(services.search.search("round", limit_per_kind=3)) == 3
        assert len(statements) == 1  # the windows hold enough
        newest = ["Round 2021", "Round 2020", "Round 2019"]
        monkeypatch.setattr(search, "PG_WINDOW", 2)
        statements.clear()
        assert [h.title for h in services.search.search("round", limit_per_kind=3)] == newest
        assert len(statements) == 2  # the windows, then a walk past the one that matched too few
        monkeypatch.setattr(search, "PG_WALK", 0)
        statements.clear()
        assert [h.title for h in services.search.search("round", limit_per_kind=3)] == newest
        assert len(statements) == 3  # the windows, the planner told to use the GIN index, the index
    finally:
        event.remove(services.store.engine, "before_cursor_execute", seen)


def test_without_snippets_each_hit_carries_the_text_to_cut_the_same_snippet_from(services: Services) -> None:
    for query in ("guide", "aliyev", "şəki"):
        cut = services.search.search(query)
        uncut = services.search.search(query, snippets=False)
        assert [(h.kind, h.record_id) for h in cut] == [(h.kind, h.record_id) for h in uncut]
        assert all(h.snippet == "" for h in uncut)
        assert [snippet(h.detail, query_terms(query)) for h in uncut] == [h.snippet for h in cut]
