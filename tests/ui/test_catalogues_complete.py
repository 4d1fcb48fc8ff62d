"""Every message the sources hold is translated in both catalogues, and compiled into their .qm files.

The messages are extracted afresh with pyside6-lupdate into a temporary .ts (the real catalogues are never
touched) and compared, as (context, source, disambiguation), with the finished entries of each catalogue.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import minutes_app
from minutes_app.ui.common.translations import APP_CATALOGUE, translations_dir

LANGUAGES = ("az", "ru")
SOURCES = Path(minutes_app.__file__).resolve().parent
Key = tuple[str, str, str]  # context, source text, disambiguation


def _lupdate() -> Path | None:
    """pyside6-lupdate beside the running interpreter (the venv's bin, or Scripts on Windows)."""
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        tool = Path(sys.executable).parent / name
        if tool.is_file():
            return tool
    return None


def _messages(ts_file: Path, *, finished_only: bool) -> set[Key]:
    """The messages of a .ts file; with finished_only, those with a complete translation."""
    found: set[Key] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if finished_only:
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = translation.findall("numerusform")
                texts = [form.text for form in forms] if forms else [translation.text]
                if not all(text and text.strip() for text in texts):
                    continue
            found.add(key)
    return found


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What pyside6-lupdate finds in every .py file of the app, extracted into a temporary .ts."""
    tool = _lupdate()
    if tool is None:
        pytest.skip(f"pyside6-lupdate is not installed beside {sys.executable}; cannot extract the messages")
    extracted = tmp_path_factory.mktemp("lupdate") / "sources.ts"
    files = sorted(str(path) for path in SOURCES.rglob("*.py"))
    subprocess.run(
        [str(tool), "-silent", "-locations", "none", *files, "-ts", str(extracted)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    messages = _messages(extracted, finished_only=False)
    assert len(messages) > 500, f"pyside6-lupdate found only {len(messages)} messages in {SOURCES}"
    return messages


def _listed(keys: set[Key]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source, _ in sorted(keys))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_translates_every_message(source_messages: set[Key], language: str) -> None:
    catalogue = translations_dir() / f"{APP_CATALOGUE}_{language}.ts"
    missing = source_messages - _messages(catalogue, finished_only=True)
    assert not missing, (
        f"{catalogue.name}: {len(missing)} message(s) missing or unfinished; regenerate and translate "
        f"them (README, Translations):\n{_listed(missing)}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_holds_every_message(source_messages: set[Key], language: str) -> None:
    """The .qm beside the .ts was compiled after the last translation (pyside6-lrelease)."""
    translator = QTranslator()
    assert translator.load(f"{APP_CATALOGUE}_{language}", str(translations_dir()))
    missing = {key for key in source_messages if not translator.translate(key[0], key[1], key[2] or None, 1)}
    assert not missing, (
        f"{APP_CATALOGUE}_{language}.qm lacks {len(missing)} message(s); run pyside6-lrelease:\n{_listed(missing)}"
    )


def test_every_literal_message_has_a_literal_context() -> None:
    """lupdate skips translate(CONTEXT, "text") when the context is a name, not a string: it would stay English."""
    hidden = []
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "translate" or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(text, ast.Constant) and isinstance(text.value, str) and not isinstance(context, ast.Constant):
                hidden.append(f"  {path.relative_to(SOURCES.parent)}:{node.lineno}")
    listing = "\n".join(hidden)
    assert not hidden, f"translate() with a literal text but a computed context, unseen by lupdate:\n{listing}"


def test_no_helper_hides_literal_messages_from_lupdate() -> None:
    """A helper such as `def _tr(text): return translate("Ctx", text)` called as `_tr("Meeting")` hides the
    literal from lupdate (it sees only `text`): the message is never extracted and stays English."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in sorted(SOURCES.rglob("*.py"))}
    wrappers: set[str] = set()
    for tree in trees.values():
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            parameters = {argument.arg for argument in function.args.args}
            for node in ast.walk(function):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                texts = {"translate": node.args[1:2], "tr": node.args[:1]}.get(node.func.attr, [])
                if any(isinstance(text, ast.Name) and text.id in parameters for text in texts):
                    wrappers.add(function.name)
    hidden = [
        f"  {path.relative_to(SOURCES.parent)}:{node.lineno} {node.func.id}({node.args[0].value!r})"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in wrappers
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]
    listing = "\n".join(hidden)
    assert not hidden, f"literal messages passed through a translate() helper, unseen by lupdate:\n{listing}"
