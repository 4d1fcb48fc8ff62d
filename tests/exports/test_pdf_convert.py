"""PDF conversion: Word through a fake COM object, LibreOffice for real where it is installed, clean failures."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from minutes_app.domain.errors import ExportError
from minutes_app.exports import pdf_convert
from minutes_app.exports.pdf_convert import (
    LibreOfficeConverter,
    WordConverter,
    find_libreoffice,
    libreoffice_candidates,
    write_pdf,
)
from minutes_app.services.pdf import export_pdf

SOFFICE = find_libreoffice()
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed here")


def _write_docx(text: str) -> Any:
    def write(path: Path) -> Path:
        document = docx.Document()
        document.add_heading(text, level=1)
        document.add_paragraph("Прием делегации — Nümayəndə heyətinin qəbulu")
        document.save(str(path))
        return path

    return write


class FakeDocument:
    def __init__(self, word: FakeWord, path: str) -> None:
        self.word, self.path = word, path

    def ExportAsFixedFormat(self, out: str, fmt: int) -> None:  # noqa: N802 - COM's names
        self.word.calls.append(("export", out, fmt))
        if self.word.fail:
            raise RuntimeError("com_error: the document is locked")
        Path(out).write_bytes(b"%PDF-1.7 fake from " + Path(self.path).name.encode())

    def Close(self, save: int) -> None:  # noqa: N802
        self.word.calls.append(("close", save))


class FakeDocuments:
    def __init__(self, word: FakeWord) -> None:
        self.word = word

    def Open(self, path: str, confirm: bool, read_only: bool, add_to_recent: bool) -> FakeDocument:  # noqa: N802
        self.word.calls.append(("open", path, read_only, add_to_recent))
        assert Path(path).is_file()
        return FakeDocument(self.word, path)


class FakeWord:
    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[tuple[Any, ...]] = []
        self.Documents = FakeDocuments(self)
        self.Visible = True
        self.DisplayAlerts = -1

    def Quit(self) -> None:  # noqa: N802
        self.calls.append(("quit",))


def test_word_through_com_writes_the_pdf_and_quits(tmp_path: Path) -> None:
    word = FakeWord()
    initialised: list[bool] = []
    converter = WordConverter(
        dispatch=lambda progid: word if progid == "Word.Application" else None,
        initialise=lambda: initialised.append(True),
    )
    target = tmp_path / "minutes.pdf"
    written = export_pdf(_write_docx("Minutes"), target, converter)
    assert written.converter == "Microsoft Word" and written.path == target
    assert target.read_bytes().startswith(b"%PDF")
    assert initialised == [True] and word.Visible is False and word.DisplayAlerts == 0
    kinds = [call[0] for call in word.calls]
    assert kinds == ["open", "export", "close", "quit"]
    assert word.calls[0][2] is True  # read-only
    assert word.calls[1][2] == pdf_convert.WD_FORMAT_PDF
    assert word.calls[2] == ("close", 0)  # nothing saved back into the .docx


def test_word_failure_leaves_the_old_file_and_no_temporary_files(tmp_path: Path) -> None:
    word = FakeWord(fail=True)
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the earlier PDF")
    with pytest.raises(ExportError, match="Microsoft Word did not convert"):
        export_pdf(_write_docx("Minutes"), target, WordConverter(dispatch=lambda _p: word))
    assert target.read_bytes() == b"the earlier PDF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]
    assert ("quit",) in word.calls  # Word is not left running


def test_word_that_cannot_start_is_one_clear_error(tmp_path: Path) -> None:
    def refuse(_progid: str) -> Any:
        raise OSError("Invalid class string")

    with pytest.raises(ExportError, match="Microsoft Word could not be started"):
        export_pdf(_write_docx("x"), tmp_path / "x.pdf", WordConverter(dispatch=refuse))
    assert not (tmp_path / "x.pdf").exists()


def test_no_converter_refuses_before_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_app.services import pdf

    monkeypatch.setattr(pdf, "pdf_converter", lambda: None)
    called: list[Path] = []
    with pytest.raises(ExportError, match="install LibreOffice"):
        pdf.export_pdf(called.append, tmp_path / "x.pdf")
    assert called == [] and list(tmp_path.iterdir()) == []


def test_libreoffice_is_looked_for_on_path_then_in_the_install_folders(tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    found = libreoffice_candidates({"PATH": str(tmp_path)}, platform="linux")
    assert found[0] == str(fake) and "/usr/lib/libreoffice/program/soffice" in found
    windows = libreoffice_candidates({"PATH": "", "ProgramFiles": r"D:\Apps"}, platform="win32")
    assert windows[0] == r"D:\Apps\LibreOffice\program\soffice.exe"
    assert find_libreoffice([str(tmp_path / "missing"), str(fake)]) == str(fake)
    assert find_libreoffice([str(tmp_path / "missing")]) is None


@pytest.mark.skipif(sys.platform.startswith("win"), reason="a shell script stands in for soffice")
def test_a_failing_libreoffice_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    fake.chmod(0o755)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="source file could not be loaded"):
        write_pdf(_write_docx("x"), out / "x.pdf", LibreOfficeConverter(str(fake)))
    assert list(out.iterdir()) == []


@pytest.mark.skipif(sys.platform.startswith("win"), reason="a shell script stands in for soffice")
def test_a_hanging_libreoffice_is_stopped_by_the_timeout(tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(0o755)
    with pytest.raises(ExportError, match="did not finish"):
        write_pdf(_write_docx("x"), tmp_path / "x.pdf", LibreOfficeConverter(str(fake), timeout=0.5))
    assert not (tmp_path / "x.pdf").exists()


@needs_libreoffice
def test_libreoffice_converts_for_real_with_a_private_profile(tmp_path: Path) -> None:
    assert SOFFICE is not None
    target = tmp_path / "Протокол встречи.pdf"
    written = export_pdf(_write_docx("Minutes of the meeting"), target, LibreOfficeConverter(SOFFICE))
    assert written.converter == "LibreOffice"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no .docx, no profile left beside it
    assert not any(name.startswith(".") for name in os.listdir(tmp_path))
