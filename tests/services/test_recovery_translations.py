"""The recovery copy keeps the translations typed in the editor; copies written before translations still open."""

from __future__ import annotations

import json

import pytest

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths
from minutes_app.services.recovery import RecoveryFileError, read_recovery, write_recovery


def _meeting() -> r.Meeting:
    return r.Meeting(
        title="Meeting with the delegation",
        translations={"title": {"ru": "Встреча с делегацией"}},
        attendances=[r.Attendance(person_id=1, position="Minister", translations={"position": {"az": "Nazir"}})],
        agenda=[r.AgendaItem(title="Trade", translations={"title": {"ru": "Торговля"}})],
        decisions=[r.Decision(text="To trade more.", translations={"text": {"ru": "Расширять торговлю."}})],
        follow_ups=[
            r.FollowUp(description="Send the draft", translations={"department": {"az": "Xarici əlaqələr şöbəsi"}})
        ],
    )


def test_translations_come_back_from_the_recovery_copy(sqlite_paths: AppPaths) -> None:
    path = write_recovery(sqlite_paths, _meeting(), pid=4242)
    back = read_recovery(path)
    assert back.translations == {"title": {"ru": "Встреча с делегацией"}}
    assert back.attendances[0].translations == {"position": {"az": "Nazir"}}
    assert back.agenda[0].translations == {"title": {"ru": "Торговля"}}
    assert back.decisions[0].translations == {"text": {"ru": "Расширять торговлю."}}
    assert back.follow_ups[0].translations == {"department": {"az": "Xarici əlaqələr şöbəsi"}}


def test_a_copy_written_before_translations_opens_and_a_damaged_one_is_refused(sqlite_paths: AppPaths) -> None:
    path = write_recovery(sqlite_paths, _meeting(), pid=4243)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["meeting"]["translations"]
    del document["meeting"]["agenda"][0]["translations"]
    path.write_text(json.dumps(document), encoding="utf-8")
    back = read_recovery(path)
    assert back.translations == {} and back.agenda[0].translations == {}
    document["meeting"]["translations"] = {"title": "not a mapping"}
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(RecoveryFileError):
        read_recovery(path)


def test_the_signature_lines_come_back_and_a_copy_written_before_them_reads_them_empty(sqlite_paths: AppPaths) -> None:
    from dataclasses import replace

    meeting = replace(
        _meeting(),
        signatory_host="For the Ministry of Economy",
        translations={"signatory_host": {"ru": "За Министерство экономики"}},
    )
    path = write_recovery(sqlite_paths, meeting, pid=4244)
    back = read_recovery(path)
    assert (back.signatory_host, back.signatory_guest) == ("For the Ministry of Economy", "")
    assert back.translations == {"signatory_host": {"ru": "За Министерство экономики"}}
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["meeting"]["signatory_host"], document["meeting"]["signatory_guest"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_recovery(path).signatory_host == ""
    document["meeting"]["signatory_guest"] = 7
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(RecoveryFileError):
        read_recovery(path)
