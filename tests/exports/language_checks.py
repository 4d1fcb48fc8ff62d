"""Reading a .docx run by run: each run's text with the language Word will check it in."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AZ_LETTERS = set("abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ")


def body_runs(path: Path) -> list[tuple[str, str]]:
    """(text, w:lang of the run) for every run with text in the body, tables included."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    runs = []
    for run in root.iter(f"{_W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
        if not text.strip():
            continue
        language = run.find(f"{_W}rPr/{_W}lang")
        runs.append((text, language.get(f"{_W}val") if language is not None else ""))
    return runs


def is_cyrillic(ch: str) -> bool:
    """True for a Cyrillic letter."""
    return "\u0400" <= ch <= "\u04ff"


def foreign_letters(text: str, lang: str) -> str:
    """The letters of `text` that are not of the script of `lang` ("" when all are)."""
    letters = [ch for ch in text if ch.isalpha()]
    if lang == "ru":
        return "".join(ch for ch in letters if not is_cyrillic(ch))
    if lang == "az":
        return "".join(ch for ch in letters if ch not in AZ_LETTERS)
    return "".join(ch for ch in letters if is_cyrillic(ch))


def words(text: str) -> set[str]:
    """The words of `text`, lower case."""
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
