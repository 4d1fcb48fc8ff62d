"""Attached files: stored in pieces, listed, saved as, hashed, trashed, searched, and carried by backups and JSON."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import docx
import pytest

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.services import Services, open_services
from minutes_app.services.backups import backup_store, restore_store
from minutes_app.services.json_io import export_json, import_json
from minutes_app.services.settings import Settings
from minutes_app.store import models as m

MB = 1_000_000


def _meeting(services: Services) -> r.Meeting:
    return services.meetings.save(
        r.Meeting(title="Talks on transit", follow_ups=[r.FollowUp(description="Send the draft agreement")])
    )


def _random_file(path: Path, size: int) -> str:
    """Write `size` bytes of varied content (so no piece compresses away); return their SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as out:
        left, n = size, 0
        while left:
            piece = hashlib.sha256(str(n).encode()).digest() * min(4096, (left + 31) // 32)
            piece = piece[:left]
            out.write(piece)
            digest.update(piece)
            left -= len(piece)
            n += 1
    return digest.hexdigest()


def test_attach_list_and_save_as_keep_the_bytes(services: Services, tmp_path: Path) -> None:
    meeting = _meeting(services)
    source = tmp_path / "Letter from the ministry.pdf"
    expected = _random_file(source, 2 * 1024 * 1024 + 123)  # three pieces, the last one short
    attached = services.attachments.attach("meeting", meeting.id, source, source.name)
    assert (attached.size, attached.sha256, attached.media_type) == (source.stat().st_size, expected, "application/pdf")
    assert attached.created_by and attached.created_at is not None
    follow_up_id = meeting.follow_ups[0].id
    services.attachments.attach("follow_up", follow_up_id, io.BytesIO(b"draft"), "draft.txt")

    assert [a.file_name for a in services.attachments.list_for("meeting", meeting.id)] == [source.name]
    assert [a.file_name for a in services.attachments.list_for("follow_up", follow_up_id)] == ["draft.txt"]
    with services.store.reading() as session:
        pieces = session.query(m.AttachmentChunkRow).filter_by(attachment_id=attached.id).count()
    assert pieces == 3

    saved = services.attachments.save_as(attached.id, tmp_path / "copy.pdf")
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_file_over_the_limit_is_refused_naming_it_and_the_limit(services: Services, tmp_path: Path) -> None:
    meeting = _meeting(services)
    big = tmp_path / "scan of the signed minutes.tif"
    with big.open("wb") as out:  # sparse: 200 MB on paper, nothing on the disk
        out.truncate(200 * MB)
    with pytest.raises(ValidationError) as refused:
        services.attachments.attach("meeting", meeting.id, big)
    assert "scan of the signed minutes.tif" in refused.value.message and "100 MB" in refused.value.message
    # A stream that does not know its size is refused when it passes the limit, and nothing stays.
    services.settings.save(Settings(attachment_limit_mb=1))
    with pytest.raises(ValidationError, match="limit of 1 MB"):
        services.attachments.attach("meeting", meeting.id, io.BufferedReader(io.BytesIO(b"x" * (MB + 1))), "a.bin")
    assert services.attachments.list_for("meeting", meeting.id) == []
    with services.store.reading() as session:
        assert session.query(m.AttachmentChunkRow).count() == 0


def _memory_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
def test_a_90_mb_file_is_stored_without_the_memory_growing_by_50_mb(services: Services, tmp_path: Path) -> None:
    meeting = _meeting(services)
    source = tmp_path / "presentation.pptx"
    with source.open("wb") as out:  # sparse: read back as zeros, written to the store in full
        out.truncate(90 * MB)
    Path("/proc/self/clear_refs").write_text("5")  # resets the peak (VmHWM) to the current size
    before = _memory_kb("VmRSS")
    attached = services.attachments.attach("meeting", meeting.id, source)
    services.attachments.save_as(attached.id, tmp_path / "back.pptx")
    peak = _memory_kb("VmHWM")
    assert attached.size == 90 * MB
    assert (tmp_path / "back.pptx").stat().st_size == 90 * MB
    assert (peak - before) * 1024 < 50 * MB, f"memory grew by {(peak - before) // 1024} MB"


def test_remove_to_the_trash_restore_and_empty(services: Services) -> None:
    meeting = _meeting(services)
    attached = services.attachments.attach("meeting", meeting.id, io.BytesIO(b"photo"), "photo.jpg", annex=True)
    assert services.meetings.get(meeting.id).annexes == ["photo.jpg"]
    services.attachments.remove(attached.id)
    assert services.attachments.list_for("meeting", meeting.id) == []
    assert services.meetings.get(meeting.id).annexes == []
    [item] = [i for i in services.trash.list_deleted() if i.kind == "attachment"]
    assert (item.label, item.detail) == ("photo.jpg", "Talks on transit")
    services.trash.restore("attachment", attached.id)
    assert [a.id for a in services.attachments.list_for("meeting", meeting.id)] == [attached.id]
    services.attachments.remove(attached.id)
    services.trash.empty()
    with pytest.raises(NotFoundError):
        services.attachments.get(attached.id)
    with services.store.reading() as session:
        assert session.query(m.AttachmentChunkRow).count() == 0


def test_names_and_the_text_of_docx_and_txt_are_searchable(services: Services, tmp_path: Path) -> None:
    meeting = _meeting(services)
    letter = tmp_path / "incoming.docx"
    document = docx.Document()
    document.add_paragraph("The railway consortium proposes a tariff of Zanzibarian scale")
    document.save(str(letter))
    services.attachments.attach("meeting", meeting.id, letter)
    services.attachments.attach(
        "follow_up", meeting.follow_ups[0].id, io.BytesIO("Протокол согласования".encode("cp1251")), "notes.txt"
    )
    services.attachments.attach("meeting", meeting.id, io.BytesIO(b"%PDF-1.4"), "Quarterly overview.pdf")

    def found(text: str) -> set[str]:
        return {hit.kind for hit in services.search.search(text)}

    assert "meeting" in found("zanzibarian")
    assert "meeting" in found("incoming")
    assert "meeting" in found("quarterly overview")
    assert "follow_up" in found("согласования")


def test_attachments_survive_json_export_and_import_with_identical_hashes(
    services: Services, tmp_path: Path, any_paths: object
) -> None:
    meeting = _meeting(services)
    source = tmp_path / "annex.bin"
    expected = _random_file(source, 3 * 1024 * 1024 + 1)
    services.attachments.attach("meeting", meeting.id, source, annex=True)
    services.attachments.attach("follow_up", meeting.follow_ups[0].id, io.BytesIO(b""), "empty.txt")
    archive = export_json(services, tmp_path / "archive.json")

    fresh_folder = tmp_path / "fresh"
    fresh_folder.mkdir(mode=0o700)
    from minutes_app.paths import resolve_paths

    fresh = open_services(resolve_paths(data_dir=str(fresh_folder)))
    try:
        counts = import_json(fresh, archive)
        assert counts["attachments"] == 2
        [imported] = fresh.meetings.list_meetings()
        [own] = fresh.attachments.list_for("meeting", imported.id)
        assert (own.file_name, own.sha256, own.annex) == ("annex.bin", expected, True)
        restored = fresh.attachments.save_as(own.id, tmp_path / "restored.bin")
        assert hashlib.sha256(restored.read_bytes()).hexdigest() == expected
        follow_up_id = fresh.meetings.get(imported.id).follow_ups[0].id
        [empty] = fresh.attachments.list_for("follow_up", follow_up_id)
        assert (empty.size, empty.sha256) == (0, hashlib.sha256(b"").hexdigest())
        again = export_json(fresh, tmp_path / "again.json")
        assert again.read_bytes() == archive.read_bytes()
    finally:
        fresh.close()


def test_a_damaged_archive_content_is_refused(services: Services, tmp_path: Path) -> None:
    meeting = _meeting(services)
    services.attachments.attach("meeting", meeting.id, io.BytesIO(b"original"), "a.txt")
    archive = export_json(services, tmp_path / "archive.json")
    text = archive.read_text(encoding="utf-8")
    archive.write_text(text.replace('"content_base64": "b3JpZ2luYWw="', '"content_base64": "Y2hhbmdlZA=="'))
    fresh_folder = tmp_path / "fresh"
    fresh_folder.mkdir(mode=0o700)
    from minutes_app.domain.errors import ImportFormatError
    from minutes_app.paths import resolve_paths

    fresh = open_services(resolve_paths(data_dir=str(fresh_folder)))
    try:
        with pytest.raises(ImportFormatError, match="sha256"):
            import_json(fresh, archive)
        assert fresh.meetings.list_meetings() == []
    finally:
        fresh.close()


def test_attachments_survive_backup_and_restore(sqlite_paths: object, tmp_path: Path) -> None:
    services = open_services(sqlite_paths)  # type: ignore[arg-type]
    try:
        meeting = _meeting(services)
        source = tmp_path / "photo.jpg"
        expected = _random_file(source, 1024 * 1024 + 5)
        attached = services.attachments.attach("meeting", meeting.id, source)
        backup = backup_store(services.paths, tmp_path / "backup.db")
        services.attachments.remove(attached.id)
        services.trash.empty()
    finally:
        services.close()
    restore_store(sqlite_paths, backup)  # type: ignore[arg-type]
    services = open_services(sqlite_paths)  # type: ignore[arg-type]
    try:
        [back] = services.attachments.list_for("meeting", meeting.id)
        assert back.sha256 == expected
        saved = services.attachments.save_as(back.id, tmp_path / "again.jpg")
        assert hashlib.sha256(saved.read_bytes()).hexdigest() == expected
    finally:
        services.close()


def test_the_minutes_list_ticked_attachments_as_annexes(services: Services, tmp_path: Path) -> None:
    meeting = _meeting(services)
    services.attachments.attach("meeting", meeting.id, io.BytesIO(b"1"), "Agenda as agreed.pdf", annex=True)
    skipped = services.attachments.attach("meeting", meeting.id, io.BytesIO(b"2"), "photo.jpg")
    services.attachments.attach("follow_up", meeting.follow_ups[0].id, io.BytesIO(b"3"), "Draft.docx", annex=True)
    services.attachments.set_annex(skipped.id, False)
    from minutes_app.services.documents import DocumentService

    for lang, word in (("en", "Annex"), ("ru", "Приложение"), ("az", "Əlavə")):
        path = DocumentService(services).minutes(meeting.id, tmp_path / f"minutes-{lang}.docx", lang=lang)
        texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
        assert texts[-2:] == [f"{word} 1: Agenda as agreed.pdf", f"{word} 2: Draft.docx"]
    assert os.path.exists(tmp_path / "minutes-en.docx")
