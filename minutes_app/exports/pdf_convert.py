"""Word documents to PDF through a program on the machine: Microsoft Word (Windows, COM) or LibreOffice.

Nothing here is imported at start-up: pywin32 is imported only when Word is asked for, LibreOffice is
run as a separate process. The .docx is written to a private temporary folder, converted there, and
the PDF renamed into place atomically; a failure leaves neither a partial PDF nor the temporary files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from minutes_app.domain.errors import ExportError
from minutes_app.fsutil import atomic_path

# A large report takes LibreOffice a few seconds; a minute means it hangs (a dialog nobody sees).
TIMEOUT_SECONDS = 120
WD_FORMAT_PDF = 17  # Word's WdExportFormat.wdExportFormatPDF

NO_CONVERTER = "no program on this computer converts to PDF: install LibreOffice (or Microsoft Word on Windows)"


class Converter(Protocol):
    """A program that turns a .docx into a PDF."""

    name: str

    def convert(self, docx: Path, pdf: Path) -> None:
        """Write `pdf` from `docx`; ExportError when the program fails."""


# The places LibreOffice installs itself when it is not on PATH.
_WINDOWS_PLACES = (
    r"{pf}\LibreOffice\program\soffice.exe",
    r"{pf86}\LibreOffice\program\soffice.exe",
)
_UNIX_PLACES = (
    "/usr/bin/soffice",
    "/usr/local/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/snap/bin/libreoffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def libreoffice_candidates(env: dict[str, str] | None = None, platform: str | None = None) -> list[str]:
    """Where LibreOffice's `soffice` may be, PATH first, then the usual install folders of the platform."""
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    found = [shutil.which(name, path=env.get("PATH")) for name in ("soffice", "libreoffice")]
    places: Iterable[str]
    if platform.startswith("win"):
        pf = env.get("ProgramFiles", r"C:\Program Files")
        pf86 = env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")
        places = [p.format(pf=pf, pf86=pf86) for p in _WINDOWS_PLACES]
    else:
        places = _UNIX_PLACES
    return [str(p) for p in [*found, *places] if p]


def find_libreoffice(candidates: Iterable[str] | None = None) -> str | None:
    """The first LibreOffice executable that exists, or None."""
    for candidate in libreoffice_candidates() if candidates is None else candidates:
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@dataclass
class LibreOfficeConverter:
    """`soffice --headless --convert-to pdf`, with a profile of its own so an open LibreOffice does not block it."""

    executable: str
    timeout: float = TIMEOUT_SECONDS
    name: str = "LibreOffice"

    def convert(self, docx: Path, pdf: Path) -> None:
        """Convert in a fresh folder, then move the result to `pdf`."""
        with tempfile.TemporaryDirectory(prefix="minutes-app-lo-") as work:
            profile = Path(work, "profile").as_uri()
            outdir = Path(work, "out")
            outdir.mkdir()
            command = [
                self.executable,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                str(docx),
            ]
            try:
                done = subprocess.run(command, capture_output=True, timeout=self.timeout, check=False)
            except subprocess.TimeoutExpired as exc:
                raise ExportError(f"LibreOffice did not finish the PDF within {int(self.timeout)} seconds") from exc
            except OSError as exc:
                raise ExportError(f"LibreOffice could not be started: {exc.strerror or exc}") from exc
            produced = outdir / (docx.stem + ".pdf")
            if done.returncode != 0 or not produced.is_file() or produced.stat().st_size == 0:
                said = (done.stderr or done.stdout or b"").decode("utf-8", "replace").strip().splitlines()
                raise ExportError(
                    f"LibreOffice did not convert the document to PDF: {said[-1] if said else 'no output'}"
                )
            shutil.move(str(produced), pdf)


# Makes the COM object of a ProgID (win32com.client.DispatchEx); tests pass a fake.
Dispatch = Callable[[str], Any]


@dataclass
class WordConverter:
    """Microsoft Word through its COM interface: open read-only, export as PDF, close, quit."""

    dispatch: Dispatch
    name: str = "Microsoft Word"
    initialise: Callable[[], Any] | None = None  # pythoncom.CoInitialize: the export runs in a worker thread

    def convert(self, docx: Path, pdf: Path) -> None:
        """Have a private, invisible Word instance write `pdf`."""
        if self.initialise is not None:
            self.initialise()
        try:
            # COM raises its own error types (pywintypes.com_error), so any exception means Word failed.
            word = self.dispatch("Word.Application")
        except Exception as exc:
            raise ExportError(f"Microsoft Word could not be started: {exc}") from exc
        try:
            word.Visible = False
            word.DisplayAlerts = 0  # wdAlertsNone: no dialog may wait for a click nobody can give
            document = word.Documents.Open(str(docx), False, True, False)  # ConfirmConversions, ReadOnly, AddToRecent
            try:
                document.ExportAsFixedFormat(str(pdf), WD_FORMAT_PDF)
            finally:
                document.Close(0)  # wdDoNotSaveChanges
        except Exception as exc:
            raise ExportError(f"Microsoft Word did not convert the document to PDF: {exc}") from exc
        finally:
            with contextlib.suppress(Exception):
                word.Quit()
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise ExportError("Microsoft Word did not write the PDF")


def word_is_registered() -> bool:
    """True on Windows when Word's COM class is registered (read from the registry; Word is not started)."""
    if not sys.platform.startswith("win"):
        return False
    import winreg  # Windows only

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID"):  # type: ignore[attr-defined,unused-ignore]
            return True
    except OSError:
        return False


def find_word() -> WordConverter | None:
    """Word through pywin32 when both are installed, else None."""
    if not word_is_registered():
        return None
    try:
        import pythoncom  # type: ignore[import-untyped,import-not-found,unused-ignore]  # pywin32, optional
        import win32com.client  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    return WordConverter(dispatch=win32com.client.DispatchEx, initialise=pythoncom.CoInitialize)


def find_converter() -> Converter | None:
    """The converter this machine has: Word on Windows first (it lays out Word files exactly), then LibreOffice."""
    word = find_word()
    if word is not None:
        return word
    executable = find_libreoffice()
    return LibreOfficeConverter(executable) if executable else None


def write_pdf(write_docx: Callable[[Path], object], target: str | os.PathLike[str], converter: Converter) -> Path:
    """Write the document with `write_docx(path)` to a temporary .docx, convert it, rename the PDF to `target`."""
    with tempfile.TemporaryDirectory(prefix="minutes-app-pdf-") as work:
        stem = Path(target).stem or "document"
        docx = Path(work, stem + ".docx")
        write_docx(docx)
        converted = Path(work, stem + ".pdf")
        converter.convert(docx, converted)
        with atomic_path(target) as tmp:
            shutil.copyfile(converted, tmp)
    return Path(target)
